#pragma once

#include "server/billing/BillingData.h"

#include <QByteArray>
#include <QMap>
#include <QString>

class QIODevice;

namespace lkk::server {
class Database;
}

namespace lkk::server::billing {

// Loads an lkk-billing file into the billing tables (migration 0002) in one transaction, reading
// it as a stream: each entity is checked and written as it arrives, a batch at a time, and the
// first problem rolls everything back (docs/billing-import.md, "Implementation"). Rows are
// upserted by natural keys, comparing before writing, so a re-import changes no row. A bill in
// the file replaces the stored one when it differs. Each accepted file is recorded in
// billing_imports; an older file is refused, and the very file imported last (same SHA-256) is
// only recorded again unless a recheck is asked for.
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
        std::optional<int> sameFileEntities;  // the file imported last: nothing compared, all unchanged
        Counts total() const;
        QString summary() const; // "providers 8 (8 new, 0 updated, 0 unchanged), …"
    };

    enum class Mode {
        SkipSameFile, // the file imported last again: recorded, nothing compared
        Recheck,      // every entity checked and compared even then
    };

    explicit BillingImporter(Database& database);

    Result importFile(const QString& path, Mode mode = Mode::SkipSameFile);
    Result importData(const QByteArray& json, const QString& fileName, Mode mode = Mode::SkipSameFile);

    // True when a file with this content (SHA-256) has been imported before.
    bool wasImported(const QByteArray& json, QString* error);

    // --demo: imports the demo file embedded in the server (:/lkk/demo/billing.json) unless it is
    // already in. Returns false only on failure; *message says what happened.
    static bool importDemoIfNeeded(Database& database, QString* message);

private:
    Result importDevice(QIODevice& device, const QString& fileName, Mode mode);

    Database& m_database;
};

} // namespace lkk::server::billing
