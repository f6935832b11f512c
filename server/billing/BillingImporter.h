#pragma once

#include "server/billing/BillingData.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace lkk::server {
class Database;
}

namespace lkk::server::billing {

// Loads an lkk-billing file into the billing tables (migration 0002) in one transaction:
// validated whole first (BillingValidator), then upserted by natural keys, comparing before
// writing so a re-import changes no row. A bill present in the file replaces the stored one when
// it differs. Each accepted file is recorded in billing_imports; an older file is refused.
class BillingImporter {
public:
    struct Counts {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        int changed() const { return inserted + updated; }
    };

    struct Result {
        bool ok = false;
        std::optional<ImportError> rejection; // the file is bad (exit status 2)
        QString failure;                      // the database failed (exit status 1)
        QMap<QString, Counts> counts;         // per entity: "providers", "bills", …
        Counts total() const;
        QString summary() const; // "providers 8 (8 new, 0 updated, 0 unchanged), …"
    };

    explicit BillingImporter(Database& database);

    Result importFile(const QString& path);
    Result importData(const QByteArray& json, const QString& fileName);

    // True when a file with this content (SHA-256) has been imported before.
    bool wasImported(const QByteArray& json, QString* error);

    // --demo: imports the demo file embedded in the server (:/lkk/demo/billing.json) unless it is
    // already in. Returns false only on failure; *message says what happened.
    static bool importDemoIfNeeded(Database& database, QString* message);

private:
    Database& m_database;
};

} // namespace lkk::server::billing
