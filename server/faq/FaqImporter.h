#pragma once

#include "server/billing/BillingData.h"
#include "server/faq/FaqData.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace lkk::server {
class Database;
}

namespace lkk::server::faq {

// Loads an lkk-faq file (docs/faq-import.md) in one transaction: checked whole first
// (FaqValidator), then it replaces every company and question; recorded in faq_imports.
class FaqImporter {
public:
    struct Result {
        bool ok = false;
        std::optional<billing::ImportError> rejection; // the file is bad (exit status 2)
        QString failure;                               // the database failed (exit status 1)
        int companies = 0;
        int questions = 0;
    };

    explicit FaqImporter(Database& database);
    Result importFile(const QString& path, qint64 nowMs);
    Result importData(const QByteArray& json, const QString& fileName, qint64 nowMs);

    // --demo: imports resources/demo/faq.json (embedded as :/lkk/demo/faq.json) unless an FAQ
    // was ever imported. False only on failure; *message says what happened.
    static bool importDemoIfNeeded(Database& database, qint64 nowMs, QString* message);

private:
    Database& m_database;
};

} // namespace lkk::server::faq
