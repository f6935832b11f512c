#pragma once

#include "server/Result.h"
#include "server/operator/CallerQuery.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace lkk::server::operators {

// The SQL of the caller search and of a caller's card, SQLite and PostgreSQL. Only customers
// (users.role 'customer') are found; every key is indexed (migrations 0011 and 0015), so a search
// reads a few index ranges and at most maxSearchResults + 1 customers — a surname with address
// words at most 1000 — whatever the size of the database.
class CallerSearch {
public:
    struct Found {
        QJsonArray customers;   // CallerSummary: the card and the accounts with their addresses
        bool truncated = false; // more may match: refine the search
    };
    static Result<Found> search(QSqlDatabase& db, const CallerQuery& query);

    // The card of a customer (id, names, masked e-mail and phone); nullopt when there is no
    // customer with this id.
    static Result<std::optional<QJsonObject>> card(QSqlDatabase& db, qint64 customerId);
};

} // namespace lkk::server::operators
