#include "server/operator/CallerSearch.h"

#include "server/db/PreparedQuery.h"
#include "server/operator/OperatorRules.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcCallerSearch, "lkk.server.operator.search")

namespace lkk::server::operators {

using namespace Qt::StringLiterals;

namespace {

constexpr int kFetch = maxSearchResults + 1; // one more tells that there are more
// Customers of a surname prefix whose addresses a search with address words reads at most
// (docs/operations.md, «Operator search»).
constexpr int maxAddressCandidates = 1000;

Failure searchQueryFailed(const QSqlQuery& q) {
    qCWarning(lcCallerSearch) << "query failed:" << q.lastError().text();
    return Failure::databaseUnavailable();
}

// Runs `sql` with `values` and appends the first column of each row to *ids (once each, in
// order), with `kind` as what it matched by.
Result<Done> collect(QSqlDatabase& db, const QString& sql, const QVariantList& values, const QString& kind,
                     QList<qint64>* ids, QHash<qint64, QString>* matchedBy) {
    PreparedQuery q(db, sql);
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (!q->exec())
        return searchQueryFailed(*q);
    while (q->next() && ids->size() < kFetch) {
        const qint64 id = q->value(0).toLongLong();
        if (matchedBy->contains(id))
            continue;
        ids->append(id);
        matchedBy->insert(id, kind);
    }
    return Done{};
}

// LIKE with the user's text as a literal: \ escapes % and _.
QString likeContains(const QString& word) {
    QString escaped = word;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString placeholders(qsizetype n) {
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}

QJsonObject cardFrom(const QSqlQuery& q) {
    return {{u"id"_s, q.value(0).toLongLong()},
            {u"surname"_s, q.value(1).toString()},
            {u"firstName"_s, q.value(2).toString()},
            {u"patronymic"_s, q.value(3).toString()},
            {u"email"_s, maskedEmail(q.value(4).toString())},
            {u"phone"_s, maskedPhone(q.value(5).toString())}};
}

const QString kCardSelect = u"SELECT id, surname, first_name, patronymic, email, phone FROM users "_s;
const QString kCustomers = u"role = 'customer'"_s;

} // namespace

Result<CallerSearch::Found> CallerSearch::search(QSqlDatabase& db, const CallerQuery& query) {
    QList<qint64> ids;
    QHash<qint64, QString> matchedBy;
    auto run = [&](const QString& sql, const QVariantList& values, const QString& kind) {
        return collect(db, sql, values, kind, &ids, &matchedBy);
    };
    const QString linkedCustomers = u"SELECT l.user_id FROM account_links l JOIN users u ON u.id = l.user_id "_s;
    if (!query.email.isEmpty()) {
        if (auto r = run(u"SELECT id FROM users WHERE email = ? AND "_s + kCustomers, {query.email}, u"email"_s); !r)
            return std::move(r).failure();
    }
    if (!query.number.isEmpty()) {
        if (auto r =
                run(linkedCustomers + u"JOIN billing_accounts a ON a.id = l.account_id WHERE a.number = ? AND u."_s +
                        kCustomers + u" ORDER BY l.user_id"_s,
                    {query.number}, u"account"_s);
            !r)
            return std::move(r).failure();
        if (auto r = run(u"SELECT DISTINCT l.user_id FROM billing_contracts c JOIN account_links l ON l.account_id = "
                         u"c.account_id JOIN users u ON u.id = l.user_id WHERE c.sub_account = ? AND u."_s +
                             kCustomers + u" ORDER BY l.user_id"_s,
                         {query.number}, u"subAccount"_s);
            !r)
            return std::move(r).failure();
    }
    if (!query.phone.isEmpty()) {
        if (auto r = run(u"SELECT id FROM users WHERE phone = ? AND "_s + kCustomers + u" ORDER BY id LIMIT ?"_s,
                         {query.phone, kFetch}, u"phone"_s);
            !r)
            return std::move(r).failure();
    }
    bool uncheckedCandidates = false;
    if (!query.surname.isEmpty()) {
        // A prefix is one range of the index: [prefix, prefix with its last character one higher).
        QString upper = query.surname;
        upper.back() = QChar(char16_t(upper.back().unicode() + 1));
        const QString range = u"FROM users u WHERE u."_s + kCustomers +
                              u" AND u.search_surname >= ? AND u.search_surname < ? ORDER BY u.search_surname, u.id"_s;
        const qsizetype before = ids.size();
        if (query.addressWords.isEmpty()) {
            if (auto r = run(u"SELECT u.id "_s + range + u" LIMIT ?"_s, {query.surname, upper, kFetch}, u"surname"_s);
                !r)
                return std::move(r).failure();
        } else {
            // The address words are checked on the first maxAddressCandidates customers of the prefix
            // only, so a street that few of them live on costs a bounded walk, not the whole range.
            QStringList terms;
            QVariantList values{query.surname, upper, maxAddressCandidates};
            for (const QString& word : query.addressWords) {
                terms << u"a.search_address LIKE ? ESCAPE '\\'"_s;
                values << likeContains(word);
            }
            values << kFetch;
            const QString sql =
                u"SELECT c.id FROM (SELECT u.id, u.search_surname "_s + range +
                u" LIMIT ?) c WHERE EXISTS (SELECT 1 FROM account_links l JOIN billing_accounts a ON a.id = "
                u"l.account_id WHERE l.user_id = c.id AND "_s +
                terms.join(u" AND "_s) + u") ORDER BY c.search_surname, c.id LIMIT ?"_s;
            if (auto r = run(sql, values, u"surname"_s); !r)
                return std::move(r).failure();
            if (ids.size() - before < kFetch) {
                // Fewer than asked for: were there customers of the prefix beyond those checked?
                PreparedQuery beyond(db, u"SELECT u.id "_s + range + u" LIMIT 1 OFFSET ?"_s);
                beyond->addBindValue(query.surname);
                beyond->addBindValue(upper);
                beyond->addBindValue(maxAddressCandidates);
                if (!beyond->exec())
                    return searchQueryFailed(*beyond);
                uncheckedCandidates = beyond->next();
            }
        }
    }

    Found found;
    found.truncated = ids.size() > maxSearchResults || uncheckedCandidates;
    if (ids.size() > maxSearchResults)
        ids.resize(maxSearchResults);
    if (ids.isEmpty())
        return found;

    // Kept per connection like the statements above: one per number of customers found.
    PreparedQuery cardRows(db, kCardSelect + u"WHERE id IN ("_s + placeholders(ids.size()) + u')');
    for (qint64 id : std::as_const(ids))
        cardRows->addBindValue(id);
    if (!cardRows->exec())
        return searchQueryFailed(*cardRows);
    QHash<qint64, QJsonObject> cards;
    while (cardRows->next())
        cards.insert(cardRows->value(0).toLongLong(), cardFrom(*cardRows));

    PreparedQuery accountRows(db, u"SELECT l.user_id, a.id, a.number, a.address_display FROM account_links l "
                                  u"JOIN billing_accounts a ON a.id = l.account_id WHERE l.user_id IN ("_s +
                                      placeholders(ids.size()) + u") ORDER BY l.linked_at, l.id"_s);
    for (qint64 id : std::as_const(ids))
        accountRows->addBindValue(id);
    if (!accountRows->exec())
        return searchQueryFailed(*accountRows);
    QHash<qint64, QJsonArray> accounts;
    while (accountRows->next()) {
        accounts[accountRows->value(0).toLongLong()].append(
            QJsonObject{{u"id"_s, accountRows->value(1).toLongLong()},
                        {u"number"_s, accountRows->value(2).toString()},
                        {u"address"_s, accountRows->value(3).toString()}});
    }
    for (qint64 id : std::as_const(ids)) {
        QJsonObject customer = cards.value(id);
        customer.insert(u"matchedBy"_s, matchedBy.value(id));
        customer.insert(u"accounts"_s, accounts.value(id));
        found.customers.append(customer);
    }
    return found;
}

Result<std::optional<QJsonObject>> CallerSearch::card(QSqlDatabase& db, qint64 customerId) {
    PreparedQuery q(db, kCardSelect + u"WHERE id = ? AND "_s + kCustomers);
    q->addBindValue(customerId);
    if (!q->exec())
        return searchQueryFailed(*q);
    if (!q->next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(cardFrom(*q));
}

} // namespace lkk::server::operators
