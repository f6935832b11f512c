#include "server/billing/BillingStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <limits>

namespace lkk::server::billing {

using namespace Qt::StringLiterals;

namespace {

// SQLite: rows per multi-row statement (larger ones cost more to prepare than they save) and
// values per IN list (below SQLite's limit of 32766 parameters). PostgreSQL takes a column or a
// list as one array parameter of up to maxListValues.
constexpr qsizetype maxRowsPerStatement = 64;
constexpr qsizetype maxListValues = 256;
constexpr qsizetype maxParameters = 30000;

const QStringList amountColumns = {u"debt_start"_s,  u"paid"_s,     u"charged"_s,   u"social_support"_s,
                                   u"adjustments"_s, u"debt_end"_s, u"penalties"_s, u"total_to_pay"_s};

// Statements are prepared for power-of-two row counts only, so a handful serve every batch size.
qsizetype chunkSize(qsizetype remaining, qsizetype limit) {
    qsizetype n = 1;
    while (n * 2 <= remaining && n * 2 <= limit)
        n *= 2;
    return n;
}

qsizetype rowLimit(qsizetype columns) {
    return chunkSize(maxRowsPerStatement, std::max<qsizetype>(1, maxParameters / std::max<qsizetype>(1, columns)));
}

qsizetype listLimit() {
    return chunkSize(maxListValues, maxParameters);
}

// "(?, ?, ?), (?, ?, ?)": rows of marks.
QString marks(qsizetype rows, qsizetype columns) {
    const QString row = u'(' + QStringList(columns, u"?"_s).join(u", "_s) + u')';
    return QStringList(rows, row).join(u", "_s);
}

// An absent optional text is stored as '' (NOT NULL columns): a null QString would bind as NULL.
QVariant bindable(const QVariant& v) {
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(u""_s);
    return v;
}

// PostgreSQL's name for the type of a bound value: numbers are bigint, the rest text.
QString postgresType(const QVariant& v) {
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        return u"bigint"_s;
    default:
        return u"text"_s;
    }
}

// One column of rows as a PostgreSQL array literal: {"a","b\\"c",NULL} or {1,2,NULL}.
QString postgresArray(const QList<QVariantList>& rows, qsizetype column) {
    QString out = u"{"_s;
    out.reserve(rows.size() * 16);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QVariant& v = rows[r][column];
        if (r > 0)
            out += u',';
        if (v.isNull() && v.typeId() != QMetaType::QString) {
            out += u"NULL"_s;
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            out += QString::number(v.toLongLong());
        } else if (v.typeId() == QMetaType::Bool) {
            out += v.toBool() ? u'1' : u'0';
        } else {
            out += u'"';
            const QString text = v.toString();
            if (!text.contains(u'"') && !text.contains(u'\\')) {
                out += text; // the usual case: nothing to escape
            } else {
                for (const QChar c : text) {
                    if (c == u'"' || c == u'\\')
                        out += u'\\';
                    out += c;
                }
            }
            out += u'"';
        }
    }
    out += u'}';
    return out;
}

QVariant optionalInt(const std::optional<qint64>& v) {
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qlonglong>());
}

std::optional<qint64> optionalAt(const QSqlQuery& q, int i) {
    const QVariant v = q.value(i);
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

Amounts amountsAt(const QSqlQuery& q, int first) {
    Amounts a;
    qint64* fields[] = {&a.debtStart,   &a.paid,    &a.charged,   &a.socialSupport,
                        &a.adjustments, &a.debtEnd, &a.penalties, &a.totalToPay};
    for (int i = 0; i < 8; ++i)
        *fields[i] = q.value(first + i).toLongLong();
    return a;
}

QVariantList amountValues(const Amounts& a) {
    return {a.debtStart, a.paid, a.charged, a.socialSupport, a.adjustments, a.debtEnd, a.penalties, a.totalToPay};
}

template <typename T> QVariantList variants(const QList<T>& values) {
    QVariantList out;
    out.reserve(values.size());
    for (const T& v : values)
        out << QVariant::fromValue(v);
    return out;
}

} // namespace

BillingStore::RowKey BillingStore::rowKey(const QVariantList& keyValues) {
    QString key;
    for (const QVariant& v : keyValues) {
        key += v.toString();
        key += u'\x1f';
    }
    return key;
}

BillingStore::BillingStore(QSqlDatabase& db, Dialect dialect)
    : m_db(db)
    , m_dialect(dialect)
    , m_behind(dialect == Dialect::Postgres ? PostgresWriteBehind::open(db) : nullptr) {}

BillingStore::~BillingStore() = default;

bool BillingStore::fail(const QSqlQuery& q) {
    if (m_error.isEmpty())
        m_error = q.lastError().text() + u" — "_s + q.lastQuery().left(300);
    return false;
}

bool BillingStore::settled() {
    if (m_behind && !m_behind->settle() && m_error.isEmpty())
        m_error = m_behind->error();
    return ok();
}

bool BillingStore::beginChecks() {
    if (!m_behind || !m_behind->holds())
        return ok();
    if (ok() && !m_behind->release() && m_error.isEmpty())
        m_error = m_behind->error();
    return ok();
}

bool BillingStore::sync() {
    return beginChecks() && settled();
}

bool BillingStore::finishWrites() {
    if (!sync())
        return false;
    // The import gave out ids past each sequence (only imports write these tables, and they
    // serialize): the sequence moves past them, never back.
    for (auto it = m_nextId.cbegin(); it != m_nextId.cend(); ++it) {
        if (*it > m_firstId.value(it.key()))
            run(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                u"GREATEST(nextval(pg_get_serial_sequence('%1', 'id')), %2))"_s.arg(it.key())
                    .arg(*it - 1));
    }
    return ok();
}

qint64 BillingStore::allocateIds(const QString& table, qsizetype n) {
    qint64& next = m_nextId[table];
    const qint64 first = next;
    next += n;
    return first;
}

bool BillingStore::holdRows(const QString& head, qsizetype columns, const QString& tail,
                            const QList<QVariantList>& rows) {
    if (rows.isEmpty())
        return ok();
    QStringList arrays;
    QList<QByteArray> parameters;
    for (qsizetype c = 0; c < columns; ++c) {
        arrays << u"$%1::"_s.arg(c + 1) + postgresType(rows.constFirst()[c]) + u"[]"_s;
        parameters << postgresArray(rows, c).toUtf8();
    }
    m_behind->hold((head + u" SELECT * FROM unnest("_s + arrays.join(u", "_s) + u')' + tail).toUtf8(),
                   std::move(parameters));
    return ok();
}

bool BillingStore::deleteIn(const QString& sql, const QList<qint64>& ids) {
    if (ids.isEmpty() || !m_behind)
        return selectIn(sql, variants(ids), {});
    QList<QVariantList> column;
    for (const qint64 id : ids)
        column << QVariantList{id};
    m_behind->hold(sql.arg(u"= ANY($1::bigint[])"_s).toUtf8(), {postgresArray(column, 0).toUtf8()});
    return ok();
}

QSqlQuery* BillingStore::prepared(const QString& sql) {
    if (!settled())
        return nullptr;
    if (const auto it = m_statements.constFind(sql); it != m_statements.constEnd())
        return it->get();
    auto q = std::make_shared<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        fail(*q);
        return nullptr;
    }
    m_statements.insert(sql, q);
    return q.get();
}

bool BillingStore::exec(QSqlQuery* q) {
    if (!q || !settled())
        return false;
    return q->exec() || fail(*q);
}

bool BillingStore::run(const QString& sql) {
    QSqlQuery q(m_db);
    return settled() && (q.exec(sql) || fail(q));
}

bool BillingStore::execRows(const QString& head, qsizetype columns, const QString& tail,
                            const QList<QVariantList>& rows, const std::function<void(QSqlQuery&)>& onRow) {
    if (rows.isEmpty())
        return ok();
    if (m_behind && !onRow)
        return holdRows(head, columns, tail, rows);
    if (m_dialect == Dialect::Postgres) {
        // One array per column, unnested into rows: a statement of a few parameters, not thousands.
        QStringList arrays;
        for (qsizetype c = 0; c < columns; ++c)
            arrays << u"?::"_s + postgresType(rows.constFirst()[c]) + u"[]"_s;
        QSqlQuery* q = prepared(head + u" SELECT * FROM unnest("_s + arrays.join(u", "_s) + u')' + tail);
        if (!q)
            return false;
        for (qsizetype c = 0; c < columns; ++c)
            q->bindValue(int(c), postgresArray(rows, c));
        if (!exec(q))
            return false;
        while (onRow && q->next())
            onRow(*q);
        return ok();
    }
    const qsizetype limit = rowLimit(columns);
    for (qsizetype done = 0; done < rows.size() && ok();) {
        const qsizetype n = chunkSize(rows.size() - done, limit);
        QSqlQuery* q = prepared(head + u" VALUES "_s + marks(n, columns) + tail);
        if (!q)
            return false;
        int position = 0;
        for (qsizetype r = done; r < done + n; ++r) {
            for (const QVariant& v : rows[r])
                q->bindValue(position++, bindable(v));
        }
        if (!exec(q))
            return false;
        while (onRow && q->next())
            onRow(*q);
        done += n;
    }
    return ok();
}

QString BillingStore::membership(const QVariantList& values) const {
    if (m_dialect == Dialect::Postgres)
        return u"= ANY(?::"_s + postgresType(values.constFirst()) + u"[])"_s;
    return u"IN ("_s + QStringList(values.size(), u"?"_s).join(u", "_s) + u')';
}

void BillingStore::bindMembers(QSqlQuery* q, int* position, const QVariantList& values) const {
    if (m_dialect == Dialect::Postgres) {
        QList<QVariantList> column;
        column.reserve(values.size());
        for (const QVariant& v : values)
            column << QVariantList{v};
        q->bindValue((*position)++, postgresArray(column, 0));
        return;
    }
    for (const QVariant& v : values)
        q->bindValue((*position)++, v);
}

bool BillingStore::selectIn(const QString& sql, const QVariantList& values,
                            const std::function<void(QSqlQuery&)>& onRow, const QVariantList& before) {
    const qsizetype limit = m_dialect == Dialect::Postgres ? maxParameters : listLimit();
    for (qsizetype done = 0; done < values.size() && ok();) {
        const qsizetype remaining = values.size() - done;
        // SQLite: padded with the first value to a power of two (repeats in an IN list change
        // nothing), so a handful of statements serve every size.
        qsizetype n = m_dialect == Dialect::Postgres ? std::min(remaining, limit) : chunkSize(remaining, limit);
        if (n < remaining && n < limit)
            n *= 2;
        const qsizetype taken = std::min(n, remaining);
        QVariantList members = values.mid(done, taken);
        while (members.size() < n)
            members << members.constFirst();
        QSqlQuery* q = prepared(sql.arg(membership(members)));
        if (!q)
            return false;
        int position = 0;
        for (const QVariant& v : before)
            q->bindValue(position++, v);
        bindMembers(q, &position, members);
        if (!exec(q))
            return false;
        while (onRow && q->next())
            onRow(*q);
        done += taken;
    }
    return ok();
}

// ---------------------------------------------------------------- scratch tables and the log

bool BillingStore::createScratchTables() {
    if (m_dialect == Dialect::Postgres) {
        // Every statement looks rows up by a key that has an index. The tables grow within this
        // transaction, where no statistics see the new rows, so the planner would keep choosing
        // the sequential scans it chose while they were small (and JIT-compile them).
        run(u"SET LOCAL enable_seqscan = off"_s);
        run(u"SET LOCAL jit = off"_s);
    }
    // Temporary: private to this connection, gone with a rollback; spilled to disk when large.
    const QString end = m_dialect == Dialect::Postgres ? u" ON COMMIT DROP"_s : QString();
    if (m_dialect == Dialect::Sqlite) {
        run(u"DROP TABLE IF EXISTS temp.import_used"_s);
        run(u"DROP TABLE IF EXISTS temp.import_credited"_s);
    }
    run(u"CREATE TEMP TABLE import_used (scope INTEGER NOT NULL, row_id BIGINT NOT NULL, "
        u"PRIMARY KEY (scope, row_id))"_s +
        end);
    run(u"CREATE TEMP TABLE import_credited (account_id BIGINT NOT NULL, sub_account TEXT NOT NULL, "
        u"period TEXT NOT NULL, amount BIGINT NOT NULL, PRIMARY KEY (account_id, sub_account, period))"_s +
        end);
    // Tables nothing but imports writes (the cabinet adds readings and payments, never these).
    const QList<QPair<Scope, QString>> importOnly = {{Scope::Provider, u"billing_providers"_s},
                                                     {Scope::Tariff, u"billing_tariffs"_s},
                                                     {Scope::Account, u"billing_accounts"_s},
                                                     {Scope::Contract, u"billing_contracts"_s},
                                                     {Scope::Meter, u"billing_meters"_s}};
    // When writes go behind, the import gives out the ids of new rows of these tables (and of
    // the bills and their blocks) itself: no RETURNING to wait for.
    QStringList tables;
    for (const auto& [scope, table] : importOnly)
        tables << table;
    if (m_behind)
        tables << u"billing_bills"_s << u"billing_bill_providers"_s;
    QStringList maxima;
    for (const QString& table : std::as_const(tables))
        maxima << u"(SELECT COALESCE(MAX(id), 0) FROM %1)"_s.arg(table);
    QSqlQuery q(m_db);
    if (settled() && (!q.exec(u"SELECT "_s + maxima.join(u", "_s)) || !q.next()))
        fail(q);
    for (qsizetype i = 0; ok() && i < tables.size(); ++i) {
        const qint64 first = q.value(int(i)).toLongLong() + 1;
        if (i < importOnly.size())
            m_firstNewId.insert(importOnly[i].first, first);
        if (m_behind) {
            m_nextId.insert(tables[i], first);
            m_firstId.insert(tables[i], first);
        }
    }
    return ok();
}

bool BillingStore::dropScratchTables() {
    m_statements.clear(); // no statement may still use them
    if (m_dialect == Dialect::Postgres)
        return ok(); // ON COMMIT DROP
    run(u"DROP TABLE temp.import_used"_s);
    run(u"DROP TABLE temp.import_credited"_s);
    return ok();
}

std::optional<BillingStore::LastImport> BillingStore::lastImport() {
    QSqlQuery q(m_db);
    if (!settled() || !q.exec(u"SELECT generated_at_ms, generated_at, sha256, inserted + updated + unchanged "
                              u"FROM billing_imports ORDER BY generated_at_ms DESC, id DESC LIMIT 1"_s)) {
        fail(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return LastImport{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
}

bool BillingStore::recordImport(const QString& fileName, const QByteArray& sha256, const QString& generatedAt,
                                qint64 generatedAtMs, const QString& periodUpTo, int inserted, int updated,
                                int unchanged, qint64 importedAt) {
    return execRows(u"INSERT INTO billing_imports (file_name, sha256, generated_at, generated_at_ms, period_up_to, "
                    u"inserted, updated, unchanged, imported_at)"_s,
                    9, QString(),
                    {{fileName, QString::fromLatin1(sha256.toHex()), generatedAt, generatedAtMs, periodUpTo, inserted,
                      updated, unchanged, importedAt}});
}

// ---------------------------------------------------------------- rows by key

QHash<BillingStore::RowKey, BillingStore::StoredRow> BillingStore::fetch(const Table& table,
                                                                         const QList<QVariantList>& keys) {
    QHash<RowKey, StoredRow> out;
    const qsizetype nk = table.keys.size();
    QStringList where;
    for (qsizetype i = 0; i < nk; ++i)
        where << table.keys[i] + u" %"_s + QString::number(i + 1);
    const QString sql = u"SELECT id, %1 FROM %2 WHERE %3"_s.arg((table.keys + table.columns).join(u", "_s), table.name,
                                                                where.join(u" AND "_s));
    // A group of keys at a time, each key column as an IN list of its distinct values; rows that
    // match the lists but are no wanted key (a composite key's cross product) are left out.
    const qsizetype limit = m_dialect == Dialect::Postgres ? maxParameters : listLimit();
    for (qsizetype done = 0; done < keys.size() && ok(); done += limit) {
        const QList<QVariantList> group = keys.mid(done, limit);
        QSet<RowKey> wanted;
        QList<QVariantList> lists(nk);
        QList<QSet<QString>> seen(nk);
        for (const QVariantList& k : group) {
            wanted.insert(rowKey(k));
            for (qsizetype i = 0; i < nk; ++i) {
                if (!seen[i].contains(k[i].toString())) {
                    seen[i].insert(k[i].toString());
                    lists[i] << k[i];
                }
            }
        }
        QString statement = sql;
        for (qsizetype i = 0; i < nk; ++i) {
            const qsizetype n = chunkSize(lists[i].size(), limit) < lists[i].size()
                                    ? chunkSize(lists[i].size(), limit) * 2
                                    : lists[i].size();
            while (m_dialect == Dialect::Sqlite && lists[i].size() < n)
                lists[i] << lists[i].first();
            statement = statement.arg(membership(lists[i]));
        }
        QSqlQuery* q = prepared(statement);
        if (!q)
            break;
        int position = 0;
        for (const QVariantList& list : std::as_const(lists))
            bindMembers(q, &position, list);
        if (!exec(q))
            break;
        while (q->next()) {
            QVariantList key;
            for (qsizetype i = 0; i < nk; ++i)
                key << q->value(int(i) + 1);
            const RowKey k = rowKey(key);
            if (!wanted.contains(k))
                continue;
            StoredRow row;
            row.id = q->value(0).toLongLong();
            for (qsizetype i = 0; i < table.columns.size(); ++i)
                row.values << q->value(int(nk + i) + 1);
            out.insert(k, row);
        }
    }
    return out;
}

QHash<BillingStore::RowKey, qint64> BillingStore::upsert(const Table& table, const QList<QVariantList>& rows,
                                                         std::optional<Scope> markAs) {
    QStringList sets;
    for (const QString& c : table.columns)
        sets << c + u" = excluded."_s + c;
    const QString onConflict =
        u" ON CONFLICT (%1) DO UPDATE SET %2"_s.arg(table.keys.join(u", "_s), sets.join(u", "_s));
    if (m_behind && markAs && !rows.isEmpty()) {
        // Marked by the statement itself: the ids are the server's, nothing comes back.
        holdRows(u"WITH written AS (INSERT INTO %1 (%2)"_s.arg(table.name, (table.keys + table.columns).join(u", "_s)),
                 table.keys.size() + table.columns.size(),
                 onConflict + u" RETURNING id) INSERT INTO import_used (scope, row_id) SELECT %1, id FROM written "
                              u"ON CONFLICT DO NOTHING"_s.arg(int(*markAs)),
                 rows);
        return {};
    }
    const QHash<RowKey, qint64> ids = insertRows(table, onConflict, rows);
    if (markAs)
        markUsed(*markAs, ids.values());
    return ids;
}

QHash<BillingStore::RowKey, qint64> BillingStore::insert(const Table& table, const QList<QVariantList>& rows) {
    return insertRows(table, QString(), rows);
}

QHash<BillingStore::RowKey, qint64> BillingStore::insertRows(const Table& table, const QString& onConflict,
                                                             const QList<QVariantList>& rows) {
    QHash<RowKey, qint64> ids;
    const qsizetype nk = table.keys.size();
    if (m_behind) {
        const QString columns = (table.keys + table.columns).join(u", "_s);
        if (!onConflict.isEmpty() || !m_nextId.contains(table.name)) {
            holdRows(u"INSERT INTO %1 (%2)"_s.arg(table.name, columns), nk + table.columns.size(), onConflict, rows);
            return ids;
        }
        QList<QVariantList> withIds;
        withIds.reserve(rows.size());
        qint64 id = allocateIds(table.name, rows.size());
        for (const QVariantList& row : rows) {
            ids.insert(rowKey(row.mid(0, nk)), id);
            withIds << QVariantList{id} + row;
            ++id;
        }
        if (!withIds.isEmpty())
            holdRows(u"INSERT INTO %1 (id, %2)"_s.arg(table.name, columns), nk + table.columns.size() + 1, QString(),
                     withIds);
        return ids;
    }
    execRows(u"INSERT INTO %1 (%2)"_s.arg(table.name, (table.keys + table.columns).join(u", "_s)),
             nk + table.columns.size(), onConflict + u" RETURNING id, "_s + table.keys.join(u", "_s), rows,
             [&](QSqlQuery& q) {
                 QVariantList key;
                 for (qsizetype i = 0; i < nk; ++i)
                     key << q.value(int(i) + 1);
                 ids.insert(rowKey(key), q.value(0).toLongLong());
             });
    return ids;
}

QSet<qint64> BillingStore::markUsed(Scope scope, const QList<qint64>& ids) {
    const qint64 firstNew = m_firstNewId.value(scope, std::numeric_limits<qint64>::max());
    QSet<qint64> used, unmarked;
    for (const qint64 id : ids) {
        if (id >= firstNew)
            used.insert(id); // inserted by this import
        else
            unmarked.insert(id);
    }
    QList<QVariantList> rows;
    for (const qint64 id : std::as_const(unmarked))
        rows << QVariantList{int(scope), id};
    QSet<qint64> markedNow;
    execRows(u"INSERT INTO import_used (scope, row_id)"_s, 2, u" ON CONFLICT DO NOTHING RETURNING row_id"_s, rows,
             [&](QSqlQuery& q) { markedNow.insert(q.value(0).toLongLong()); });
    for (const qint64 id : std::as_const(unmarked)) {
        if (!markedNow.contains(id))
            used.insert(id);
    }
    return used;
}

// ---------------------------------------------------------------- references

QHash<QString, qint64> BillingStore::ids(const QString& table, const QString& keyColumn, const QStringList& keys) {
    QHash<QString, qint64> out;
    selectIn(u"SELECT %1, id FROM %2 WHERE %1 %3"_s.arg(keyColumn, table, u"%1"_s), variants(keys),
             [&](QSqlQuery& q) { out.insert(q.value(0).toString(), q.value(1).toLongLong()); });
    return out;
}

QHash<QString, BillingStore::TariffRef> BillingStore::tariffs(const QStringList& codes) {
    QHash<QString, TariffRef> out;
    selectIn(u"SELECT code, id, zone FROM billing_tariffs WHERE code %1"_s, variants(codes), [&](QSqlQuery& q) {
        out.insert(q.value(0).toString(), TariffRef{q.value(1).toLongLong(), q.value(2).toString()});
    });
    return out;
}

namespace {

const QString contractColumns = u"SELECT code, id, account_id, provider_id, sub_account FROM billing_contracts "_s;

BillingStore::ContractRef contractAt(const QSqlQuery& q) {
    return BillingStore::ContractRef{q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                     q.value(0).toString(), q.value(4).toString()};
}

} // namespace

QHash<QString, BillingStore::ContractRef> BillingStore::contractsByCode(const QStringList& codes) {
    QHash<QString, ContractRef> out;
    selectIn(contractColumns + u"WHERE code %1"_s, variants(codes),
             [&](QSqlQuery& q) { out.insert(q.value(0).toString(), contractAt(q)); });
    return out;
}

QList<BillingStore::ContractRef> BillingStore::contractsOfAccounts(const QList<qint64>& accountIds) {
    QList<ContractRef> out;
    selectIn(contractColumns + u"WHERE account_id %1"_s, variants(accountIds),
             [&](QSqlQuery& q) { out << contractAt(q); });
    return out;
}

QHash<QString, BillingStore::MeterRef> BillingStore::meters(const QStringList& externalIds) {
    QHash<QString, MeterRef> out;
    selectIn(u"SELECT external_id, id, zones, capacity_integer, capacity_fraction FROM billing_meters "
             u"WHERE external_id %1"_s,
             variants(externalIds), [&](QSqlQuery& q) {
                 out.insert(q.value(0).toString(), MeterRef{q.value(1).toLongLong(), q.value(2).toString().split(u','),
                                                            q.value(3).toInt(), q.value(4).toInt()});
             });
    return out;
}

QSet<qint64> BillingStore::usedAmong(Scope scope, const QList<qint64>& ids) {
    const qint64 firstNew = m_firstNewId.value(scope, std::numeric_limits<qint64>::max());
    QSet<qint64> out;
    QList<qint64> marked;
    for (const qint64 id : ids) {
        if (id >= firstNew)
            out.insert(id); // inserted by this import
        else
            marked << id;
    }
    // Two index lookups rather than a join: temporary tables have no statistics for the planner.
    selectIn(u"SELECT row_id FROM import_used WHERE scope = ? AND row_id %1"_s, variants(marked),
             [&](QSqlQuery& q) { out.insert(q.value(0).toLongLong()); }, {int(scope)});
    return out;
}

QHash<qint64, QString> BillingStore::providerCodes(const QList<qint64>& ids) {
    QHash<qint64, QString> out;
    selectIn(u"SELECT id, code FROM billing_providers WHERE id %1"_s, variants(ids),
             [&](QSqlQuery& q) { out.insert(q.value(0).toLongLong(), q.value(1).toString()); });
    return out;
}

// ---------------------------------------------------------------- contract tariffs

QHash<qint64, QList<qint64>> BillingStore::contractTariffs(const QList<qint64>& contractIds) {
    QHash<qint64, QList<qint64>> out;
    selectIn(u"SELECT contract_id, tariff_id FROM billing_contract_tariffs WHERE contract_id %1 "
             u"ORDER BY contract_id, ord"_s,
             variants(contractIds), [&](QSqlQuery& q) { out[q.value(0).toLongLong()] << q.value(1).toLongLong(); });
    return out;
}

bool BillingStore::replaceContractTariffs(const QHash<qint64, QList<qint64>>& tariffsByContract,
                                          const QList<qint64>& stored) {
    if (tariffsByContract.isEmpty())
        return ok();
    QList<qint64> replaced;
    for (const qint64 id : stored) {
        if (tariffsByContract.contains(id))
            replaced << id;
    }
    deleteIn(u"DELETE FROM billing_contract_tariffs WHERE contract_id %1"_s, replaced);
    QList<QVariantList> rows;
    for (auto it = tariffsByContract.cbegin(); it != tariffsByContract.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i)
            rows << QVariantList{it.key(), it->at(i), int(i)};
    }
    return execRows(u"INSERT INTO billing_contract_tariffs (contract_id, tariff_id, ord)"_s, 3, QString(), rows);
}

// ---------------------------------------------------------------- bills

QHash<QPair<qint64, QString>, QPair<qint64, BillingStore::BillRow>>
BillingStore::bills(const QList<QPair<qint64, QString>>& wanted) {
    QHash<QPair<qint64, QString>, QPair<qint64, BillRow>> out;
    QList<QVariantList> keys;
    for (const auto& [account, period] : wanted)
        keys << QVariantList{account, period};
    QHash<qint64, QPair<qint64, QString>> keyOf; // bill id -> (account id, period)
    const QHash<RowKey, StoredRow> headers =
        fetch(Table{u"billing_bills"_s, {u"account_id"_s, u"period"_s}, {u"total_to_pay"_s, u"penalties"_s}}, keys);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        const QStringList parts = it.key().split(u'\x1f');
        const auto key = qMakePair(parts.value(0).toLongLong(), parts.value(1));
        keyOf.insert(it->id, key);
        out.insert(key, qMakePair(it->id, BillRow{it->values[0].toLongLong(), it->values[1].toLongLong(), {}}));
    }
    if (keyOf.isEmpty())
        return out;
    const QVariantList billIds = variants(keyOf.keys());
    selectIn(u"SELECT bill_id, provider_id, sub_account, %1 FROM billing_bill_providers WHERE bill_id %2 "
             u"ORDER BY bill_id, ord"_s.arg(amountColumns.join(u", "_s), u"%1"_s),
             billIds, [&](QSqlQuery& q) {
                 out[keyOf.value(q.value(0).toLongLong())].second.blocks
                     << BillBlockRow{q.value(1).toLongLong(), q.value(2).toString(), amountsAt(q, 3), {}};
             });
    selectIn(u"SELECT bp.bill_id, bp.ord, bl.contract_id, bl.zone, bl.unit, bl.quantity, bl.factor, "
             u"bl.tariff_kopecks, bl.price_per_unit, %1 FROM billing_bill_lines bl JOIN billing_bill_providers bp "
             u"ON bp.id = bl.bill_provider_id WHERE bp.bill_id %2 ORDER BY bp.bill_id, bp.ord, bl.ord"_s.arg(
                 u"bl."_s + amountColumns.join(u", bl."_s), u"%1"_s),
             billIds, [&](QSqlQuery& q) {
                 BillRow& bill = out[keyOf.value(q.value(0).toLongLong())].second;
                 const int ord = q.value(1).toInt();
                 if (ord < 0 || ord >= bill.blocks.size())
                     return; // cannot happen: blocks are written with ord 0…n-1
                 bill.blocks[ord].lines << BillLineRow{
                     q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(),   optionalAt(q, 7),      optionalAt(q, 8),      amountsAt(q, 9)};
             });
    return out;
}

bool BillingStore::writeBills(const QList<QPair<QPair<qint64, QString>, BillRow>>& bills,
                              const QHash<QPair<qint64, QString>, qint64>& replaced) {
    if (bills.isEmpty())
        return ok();
    QList<QVariantList> fresh, updated;
    for (const auto& [key, bill] : bills)
        (replaced.contains(key) ? updated : fresh)
            << QVariantList{key.first, key.second, bill.totalToPay, bill.penalties};
    const Table headers{u"billing_bills"_s, {u"account_id"_s, u"period"_s}, {u"total_to_pay"_s, u"penalties"_s}};
    // Only imports write bills and they serialize: a bill not found when the batch was looked up
    // is inserted without a conflict check.
    QHash<RowKey, qint64> billIds = insert(headers, fresh);
    upsert(headers, updated);
    for (auto it = replaced.cbegin(); it != replaced.cend(); ++it)
        billIds.insert(rowKey({it.key().first, it.key().second}), *it); // an upsert keeps the id
    const QList<qint64> replacedIds = replaced.values();
    if (!replacedIds.isEmpty()) {
        // Replaced whole: lines first (no reliance on ON DELETE CASCADE being enabled).
        deleteIn(u"DELETE FROM billing_bill_lines WHERE bill_provider_id IN "
                 u"(SELECT id FROM billing_bill_providers WHERE bill_id %1)"_s,
                 replacedIds);
        deleteIn(u"DELETE FROM billing_bill_providers WHERE bill_id %1"_s, replacedIds);
    }
    QList<QVariantList> blocks;
    QList<QPair<qint64, int>> blockKeys; // (bill id, ord)
    for (const auto& [key, bill] : bills) {
        const qint64 billId = billIds.value(rowKey({key.first, key.second}));
        for (qsizetype k = 0; k < bill.blocks.size(); ++k) {
            const BillBlockRow& b = bill.blocks[k];
            blocks << QVariantList{billId, int(k), b.providerId, b.subAccount} + amountValues(b.amounts);
            blockKeys << qMakePair(billId, int(k));
        }
    }
    QHash<QPair<qint64, int>, qint64> blockIds;
    const QString blockColumns = u"bill_id, ord, provider_id, sub_account, "_s + amountColumns.join(u", "_s);
    if (m_behind) {
        // The import gives the blocks their ids: the lines are sent along without waiting.
        qint64 id = allocateIds(u"billing_bill_providers"_s, blocks.size());
        for (qsizetype i = 0; i < blocks.size(); ++i, ++id) {
            blockIds.insert(blockKeys[i], id);
            blocks[i].prepend(id);
        }
        execRows(u"INSERT INTO billing_bill_providers (id, %1)"_s.arg(blockColumns), 13, QString(), blocks);
    } else {
        execRows(u"INSERT INTO billing_bill_providers (%1)"_s.arg(blockColumns), 12, u" RETURNING id, bill_id, ord"_s,
                 blocks, [&](QSqlQuery& q) {
                     blockIds.insert(qMakePair(q.value(1).toLongLong(), q.value(2).toInt()), q.value(0).toLongLong());
                 });
    }
    QList<QVariantList> lines;
    for (const auto& [key, bill] : bills) {
        const qint64 billId = billIds.value(rowKey({key.first, key.second}));
        for (qsizetype k = 0; k < bill.blocks.size(); ++k) {
            const qint64 blockId = blockIds.value(qMakePair(billId, int(k)));
            const QList<BillLineRow>& rows = bill.blocks[k].lines;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const BillLineRow& l = rows[i];
                lines << QVariantList{blockId,
                                      int(i),
                                      l.contractId,
                                      l.zone,
                                      l.unit,
                                      l.quantity,
                                      l.factor,
                                      optionalInt(l.tariff),
                                      optionalInt(l.pricePerUnit)} +
                             amountValues(l.amounts);
            }
        }
    }
    return execRows(u"INSERT INTO billing_bill_lines (bill_provider_id, ord, contract_id, zone, unit, quantity, "
                    u"factor, tariff_kopecks, price_per_unit, %1)"_s.arg(amountColumns.join(u", "_s)),
                    17, QString(), lines);
}

// ---------------------------------------------------------------- credited payments

bool BillingStore::addCredited(const QHash<CreditKey, qint64>& amounts) {
    QList<QVariantList> rows;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        rows << QVariantList{it.key().first, it.key().second.first, it.key().second.second, *it};
    return execRows(u"INSERT INTO import_credited (account_id, sub_account, period, amount)"_s, 4,
                    u" ON CONFLICT (account_id, sub_account, period) DO UPDATE SET "
                    u"amount = import_credited.amount + excluded.amount"_s,
                    rows);
}

QHash<BillingStore::CreditKey, qint64> BillingStore::credited(const QList<qint64>& accountIds) {
    QHash<CreditKey, qint64> out;
    selectIn(u"SELECT account_id, sub_account, period, amount FROM import_credited WHERE account_id %1"_s,
             variants(accountIds), [&](QSqlQuery& q) {
                 out.insert(qMakePair(q.value(0).toLongLong(), qMakePair(q.value(1).toString(), q.value(2).toString())),
                            q.value(3).toLongLong());
             });
    return out;
}

// ---------------------------------------------------------------- the import's page cache

namespace {

// The import's page cache, main and temporary tables each (KiB): the pages an import batch
// touches of every table and index it writes stay in, so each is written to the WAL about once.
constexpr int importCacheKiB = 32 << 10;

} // namespace

ImportCache::ImportCache(QSqlDatabase& db, Dialect dialect)
    : m_db(db) {
    if (dialect != Dialect::Sqlite)
        return;
    for (const QString& pragma : {u"main.cache_size"_s, u"temp.cache_size"_s}) {
        QSqlQuery q(m_db);
        if (q.exec(u"PRAGMA "_s + pragma) && q.next()) {
            m_before << qMakePair(pragma, q.value(0));
            q.finish();
            q.exec(u"PRAGMA %1 = -%2"_s.arg(pragma).arg(importCacheKiB)); // negative: KiB, not pages
        }
    }
}

ImportCache::~ImportCache() {
    for (const auto& [pragma, value] : std::as_const(m_before)) {
        QSqlQuery q(m_db);
        q.exec(u"PRAGMA %1 = %2"_s.arg(pragma).arg(value.toLongLong()));
    }
}

} // namespace lkk::server::billing
