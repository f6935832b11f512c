#include "server/billing/BillingImporter.h"

#include "server/Clock.h"
#include "server/billing/BillingValidator.h"
#include "server/db/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcBilling, "lkk.server.billing")

namespace lkk::server::billing {

using namespace Qt::StringLiterals;

namespace {

QVariant optionalInt(const std::optional<qint64>& v) {
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qlonglong>());
}

// An absent optional text is stored as '' (NOT NULL columns): a null QString would bind as NULL.
QVariant bindable(const QVariant& v) {
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    return v;
}

bool same(const QVariant& stored, const QVariant& wanted) {
    if (stored.isNull() || wanted.isNull())
        return stored.isNull() == wanted.isNull();
    return stored.toString() == wanted.toString();
}

// The database side of the validator: entities a partial file refers to without repeating them.
class StoredData : public BillingValidator::Known {
public:
    explicit StoredData(QSqlDatabase& db)
        : m_db(db) {}

    bool hasProvider(const QString& code) const override {
        return exists(u"SELECT 1 FROM billing_providers WHERE code = ?"_s, code);
    }

    std::optional<QString> tariffZone(const QString& code) const override {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT zone FROM billing_tariffs WHERE code = ?"_s);
        q.addBindValue(code);
        if (q.exec() && q.next())
            return q.value(0).toString();
        return std::nullopt;
    }

    bool hasAccount(const QString& number) const override {
        return exists(u"SELECT 1 FROM billing_accounts WHERE number = ?"_s, number);
    }

    std::optional<Contract> contract(const QString& code) const override {
        const QList<Contract> list = contracts(u"c.code = ?"_s, code);
        if (list.isEmpty())
            return std::nullopt;
        return list.constFirst();
    }

    QList<Contract> contractsOfAccount(const QString& number) const override {
        return contracts(u"a.number = ?"_s, number);
    }

    std::optional<Meter> meter(const QString& id) const override {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT m.number, c.code, m.unit, m.zones, m.capacity_integer, m.capacity_fraction, "
                  u"m.verified_until, m.automatic, m.installed_at FROM billing_meters m "
                  u"JOIN billing_contracts c ON c.id = m.contract_id WHERE m.external_id = ?"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return std::nullopt;
        Meter m;
        m.id = id;
        m.number = q.value(0).toString();
        m.contract = q.value(1).toString();
        m.unit = q.value(2).toString();
        m.zones = q.value(3).toString().split(u',');
        m.capacityInteger = q.value(4).toInt();
        m.capacityFraction = q.value(5).toInt();
        m.verifiedUntil = q.value(6).toString();
        m.automatic = q.value(7).toInt() != 0;
        m.installedAt = q.value(8).toString();
        return m;
    }

private:
    bool exists(const QString& sql, const QString& value) const {
        QSqlQuery q(m_db);
        q.prepare(sql);
        q.addBindValue(value);
        return q.exec() && q.next();
    }

    QList<Contract> contracts(const QString& where, const QString& value) const {
        QList<Contract> out;
        QSqlQuery q(m_db);
        q.prepare(u"SELECT c.code, a.number, p.code, c.sub_account, c.service, c.service_kind FROM billing_contracts c "
                  u"JOIN billing_accounts a ON a.id = c.account_id JOIN billing_providers p ON p.id = c.provider_id "
                  u"WHERE "_s +
                  where);
        q.addBindValue(value);
        if (!q.exec())
            return out;
        while (q.next())
            out << Contract{q.value(0).toString(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            q.value(5).toString(),
                            {}};
        return out;
    }

    QSqlDatabase& m_db;
};

// Writes a validated file. Every statement goes through run(); the first failure stops it.
class Writer {
public:
    Writer(QSqlDatabase& db, Dialect dialect)
        : m_db(db)
        , m_dialect(dialect) {}

    QString error;
    QMap<QString, BillingImporter::Counts> counts;

    bool ok() const { return error.isEmpty(); }

    void write(const BillingFile& f) {
        for (const Provider& p : f.providers)
            m_providers[p.code] = upsert(u"providers"_s, u"billing_providers"_s, {u"code"_s}, {p.code},
                                         {u"name"_s, u"inn"_s, u"kpp"_s, u"bank_name"_s, u"bic"_s,
                                          u"settlement_account"_s, u"correspondent_account"_s, u"operation_code"_s},
                                         {p.name, p.inn, p.kpp, p.bankName, p.bic, p.settlementAccount,
                                          p.correspondentAccount, p.operationCode});
        for (const Tariff& t : f.tariffs) {
            const qint64 id = upsert(u"tariffs"_s, u"billing_tariffs"_s, {u"code"_s}, {t.code},
                                     {u"name"_s, u"unit"_s, u"zone"_s}, {t.name, t.unit, t.zone});
            m_tariffs[t.code] = id;
            for (const TariffValue& v : t.history)
                upsert(u"tariff values"_s, u"billing_tariff_values"_s, {u"tariff_id"_s, u"valid_from"_s}, {id, v.from},
                       {u"value_kopecks"_s, u"period"_s}, {v.value, v.period});
        }
        for (const Account& a : f.accounts)
            m_accounts[a.number] =
                upsert(u"accounts"_s, u"billing_accounts"_s, {u"number"_s}, {a.number},
                       {u"kind"_s, u"postal_code"_s, u"region"_s, u"district"_s, u"locality"_s, u"street"_s, u"house"_s,
                        u"flat"_s, u"address_display"_s, u"address_full"_s, u"owner_name"_s, u"total_area"_s,
                        u"living_area"_s, u"residents"_s, u"link_code"_s},
                       {a.kind, a.postalCode, a.region, a.district, a.locality, a.street, a.house, a.flat,
                        a.addressDisplay, a.addressFull, a.owner, a.totalArea, a.livingArea, a.residents, a.linkCode});
        for (const Contract& c : f.contracts) {
            const qint64 id =
                upsert(u"contracts"_s, u"billing_contracts"_s, {u"code"_s}, {c.code},
                       {u"account_id"_s, u"provider_id"_s, u"sub_account"_s, u"service"_s, u"service_kind"_s},
                       {idOf(u"billing_accounts"_s, u"number"_s, c.account, m_accounts),
                        idOf(u"billing_providers"_s, u"code"_s, c.provider, m_providers), c.subAccount, c.service,
                        c.serviceKind});
            m_contracts[c.code] = id;
            contractTariffs(id, c.tariffs);
        }
        for (const Meter& m : f.meters)
            m_meters[m.id] = upsert(u"meters"_s, u"billing_meters"_s, {u"external_id"_s}, {m.id},
                                    {u"number"_s, u"contract_id"_s, u"unit"_s, u"zones"_s, u"capacity_integer"_s,
                                     u"capacity_fraction"_s, u"verified_until"_s, u"automatic"_s, u"installed_at"_s},
                                    {m.number, idOf(u"billing_contracts"_s, u"code"_s, m.contract, m_contracts), m.unit,
                                     m.zones.join(u','), m.capacityInteger, m.capacityFraction, m.verifiedUntil,
                                     m.automatic ? 1 : 0, m.installedAt});
        for (const Reading& r : f.readings)
            upsert(u"readings"_s, u"billing_readings"_s, {u"meter_id"_s, u"zone"_s, u"reading_date"_s},
                   {idOf(u"billing_meters"_s, u"external_id"_s, r.meter, m_meters), r.zone, r.date},
                   {u"period"_s, u"value"_s, u"value_units"_s, u"source"_s}, {r.period, r.value, r.units, r.source});
        for (const Bill& b : f.bills)
            bill(b);
        for (const Payment& p : f.payments)
            upsert(u"payments"_s, u"billing_payments"_s, {u"external_id"_s}, {p.id},
                   {u"payment_date"_s, u"account_id"_s, u"provider_id"_s, u"sub_account"_s, u"amount"_s, u"status"_s,
                    u"period"_s},
                   {p.date, idOf(u"billing_accounts"_s, u"number"_s, p.account, m_accounts),
                    idOf(u"billing_providers"_s, u"code"_s, p.provider, m_providers), p.subAccount, p.amount, p.status,
                    p.period});
    }

private:
    bool run(QSqlQuery& q) {
        if (!ok())
            return false;
        if (!q.exec()) {
            error = q.lastError().text() + u" — "_s + q.lastQuery();
            return false;
        }
        return true;
    }

    // withId: the table has an id column to return (all but billing_contract_tariffs).
    qint64 insert(const QString& table, const QStringList& cols, const QVariantList& vals, bool withId = true) {
        QSqlQuery q(m_db);
        const QString marks = QStringList(cols.size(), u"?"_s).join(u", "_s);
        q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)%4"_s.arg(
            table, cols.join(u", "_s), marks,
            m_dialect == Dialect::Postgres && withId ? u" RETURNING id"_s : QString()));
        for (const QVariant& v : vals)
            q.addBindValue(bindable(v));
        if (!run(q))
            return 0;
        if (!withId)
            return 0;
        if (m_dialect == Dialect::Postgres)
            return q.next() ? q.value(0).toLongLong() : 0;
        return q.lastInsertId().toLongLong();
    }

    // Inserts or updates the row with these key values; returns its id and counts what happened.
    qint64 upsert(const QString& kind, const QString& table, const QStringList& keyCols, const QVariantList& keyVals,
                  const QStringList& cols, const QVariantList& vals) {
        if (!ok())
            return 0;
        BillingImporter::Counts& c = counts[kind];
        QStringList where;
        for (const QString& k : keyCols)
            where << k + u" = ?"_s;
        QSqlQuery q(m_db);
        q.prepare(u"SELECT id, %1 FROM %2 WHERE %3"_s.arg(cols.join(u", "_s), table, where.join(u" AND "_s)));
        for (const QVariant& v : keyVals)
            q.addBindValue(v);
        if (!run(q))
            return 0;
        if (!q.next()) {
            ++c.inserted;
            return insert(table, keyCols + cols, keyVals + vals);
        }
        const qint64 id = q.value(0).toLongLong();
        QStringList sets;
        QVariantList changed;
        for (qsizetype i = 0; i < cols.size(); ++i) {
            if (!same(q.value(int(i) + 1), vals[i])) {
                sets << cols[i] + u" = ?"_s;
                changed << vals[i];
            }
        }
        if (sets.isEmpty()) {
            ++c.unchanged;
            return id;
        }
        ++c.updated;
        QSqlQuery u(m_db);
        u.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)));
        for (const QVariant& v : std::as_const(changed))
            u.addBindValue(bindable(v));
        u.addBindValue(id);
        run(u);
        return id;
    }

    // The id of an entity the file names: written above, or already stored (validated to exist).
    qint64 idOf(const QString& table, const QString& keyCol, const QString& key, QHash<QString, qint64>& cache) {
        if (const auto it = cache.constFind(key); it != cache.constEnd())
            return *it;
        QSqlQuery q(m_db);
        q.prepare(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(table, keyCol));
        q.addBindValue(key);
        if (!run(q))
            return 0;
        if (!q.next()) {
            error = u"%1 %2 vanished during the import"_s.arg(table, key);
            return 0;
        }
        return cache[key] = q.value(0).toLongLong();
    }

    void contractTariffs(qint64 contractId, const QStringList& codes) {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT t.code FROM billing_contract_tariffs ct JOIN billing_tariffs t ON t.id = ct.tariff_id "
                  u"WHERE ct.contract_id = ? ORDER BY ct.ord"_s);
        q.addBindValue(contractId);
        if (!run(q))
            return;
        QStringList stored;
        while (q.next())
            stored << q.value(0).toString();
        if (stored == codes)
            return;
        QSqlQuery d(m_db);
        d.prepare(u"DELETE FROM billing_contract_tariffs WHERE contract_id = ?"_s);
        d.addBindValue(contractId);
        run(d);
        for (qsizetype i = 0; i < codes.size(); ++i)
            insert(u"billing_contract_tariffs"_s, {u"contract_id"_s, u"tariff_id"_s, u"ord"_s},
                   {contractId, idOf(u"billing_tariffs"_s, u"code"_s, codes[i], m_tariffs), int(i)}, false);
    }

    static Amounts amountsAt(const QSqlQuery& q, int first) {
        Amounts a;
        qint64* fields[] = {&a.debtStart,   &a.paid,    &a.charged,   &a.socialSupport,
                            &a.adjustments, &a.debtEnd, &a.penalties, &a.totalToPay};
        for (int i = 0; i < 8; ++i)
            *fields[i] = q.value(first + i).toLongLong();
        return a;
    }

    static QVariantList amountValues(const Amounts& a) {
        return {a.debtStart, a.paid, a.charged, a.socialSupport, a.adjustments, a.debtEnd, a.penalties, a.totalToPay};
    }

    inline static const QStringList amountCols = {u"debt_start"_s,  u"paid"_s,     u"charged"_s,   u"social_support"_s,
                                                  u"adjustments"_s, u"debt_end"_s, u"penalties"_s, u"total_to_pay"_s};

    // The stored version of a bill, in the same shape as the file's, to compare whole.
    Bill storedBill(qint64 billId, const Bill& header) {
        Bill b;
        b.account = header.account;
        b.period = header.period;
        QSqlQuery q(m_db);
        q.prepare(u"SELECT bp.id, p.code, bp.sub_account, %1 FROM billing_bill_providers bp "
                  u"JOIN billing_providers p ON p.id = bp.provider_id WHERE bp.bill_id = ? ORDER BY bp.ord"_s.arg(
                      amountCols.join(u", bp."_s).prepend(u"bp."_s)));
        q.addBindValue(billId);
        if (!run(q))
            return b;
        QList<qint64> ids;
        while (q.next()) {
            ids << q.value(0).toLongLong();
            b.providers << BillProvider{q.value(1).toString(), q.value(2).toString(), amountsAt(q, 3), {}};
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QSqlQuery l(m_db);
            l.prepare(
                u"SELECT c.code, bl.zone, bl.unit, bl.quantity, bl.factor, bl.tariff_kopecks, bl.price_per_unit, "
                u"%1 FROM billing_bill_lines bl JOIN billing_contracts c ON c.id = bl.contract_id "
                u"WHERE bl.bill_provider_id = ? ORDER BY bl.ord"_s.arg(amountCols.join(u", bl."_s).prepend(u"bl."_s)));
            l.addBindValue(ids[i]);
            if (!run(l))
                return b;
            while (l.next()) {
                BillLine line;
                line.contract = l.value(0).toString();
                line.zone = l.value(1).toString();
                line.unit = l.value(2).toString();
                line.quantity = l.value(3).toString();
                line.factor = l.value(4).toString();
                if (!l.value(5).isNull())
                    line.tariff = l.value(5).toLongLong();
                if (!l.value(6).isNull())
                    line.pricePerUnit = l.value(6).toLongLong();
                line.amounts = amountsAt(l, 7);
                b.providers[i].lines << line;
            }
        }
        return b;
    }

    void bill(const Bill& b) {
        if (!ok())
            return;
        const qint64 accountId = idOf(u"billing_accounts"_s, u"number"_s, b.account, m_accounts);
        BillingImporter::Counts& c = counts[u"bills"_s];
        QSqlQuery q(m_db);
        q.prepare(u"SELECT id, total_to_pay, penalties FROM billing_bills WHERE account_id = ? AND period = ?"_s);
        q.addBindValue(accountId);
        q.addBindValue(b.period);
        if (!run(q))
            return;
        qint64 billId = 0;
        if (q.next()) {
            billId = q.value(0).toLongLong();
            Bill stored = storedBill(billId, b);
            stored.totalToPay = q.value(1).toLongLong();
            stored.penalties = q.value(2).toLongLong();
            if (stored == b) {
                ++c.unchanged;
                return;
            }
            ++c.updated;
            // Replaced whole: lines first (no reliance on ON DELETE CASCADE being enabled).
            QSqlQuery d(m_db);
            d.prepare(u"DELETE FROM billing_bill_lines WHERE bill_provider_id IN "
                      u"(SELECT id FROM billing_bill_providers WHERE bill_id = ?)"_s);
            d.addBindValue(billId);
            run(d);
            QSqlQuery d2(m_db);
            d2.prepare(u"DELETE FROM billing_bill_providers WHERE bill_id = ?"_s);
            d2.addBindValue(billId);
            run(d2);
            QSqlQuery u(m_db);
            u.prepare(u"UPDATE billing_bills SET total_to_pay = ?, penalties = ? WHERE id = ?"_s);
            u.addBindValue(b.totalToPay);
            u.addBindValue(b.penalties);
            u.addBindValue(billId);
            run(u);
        } else {
            ++c.inserted;
            billId = insert(u"billing_bills"_s, {u"account_id"_s, u"period"_s, u"total_to_pay"_s, u"penalties"_s},
                            {accountId, b.period, b.totalToPay, b.penalties});
        }
        for (qsizetype i = 0; ok() && i < b.providers.size(); ++i) {
            const BillProvider& bp = b.providers[i];
            const qint64 bpId =
                insert(u"billing_bill_providers"_s,
                       QStringList{u"bill_id"_s, u"ord"_s, u"provider_id"_s, u"sub_account"_s} + amountCols,
                       QVariantList{billId, int(i), idOf(u"billing_providers"_s, u"code"_s, bp.provider, m_providers),
                                    bp.subAccount} +
                           amountValues(bp.amounts));
            for (qsizetype k = 0; ok() && k < bp.lines.size(); ++k) {
                const BillLine& l = bp.lines[k];
                insert(u"billing_bill_lines"_s,
                       QStringList{u"bill_provider_id"_s, u"ord"_s, u"contract_id"_s, u"zone"_s, u"unit"_s,
                                   u"quantity"_s, u"factor"_s, u"tariff_kopecks"_s, u"price_per_unit"_s} +
                           amountCols,
                       QVariantList{bpId, int(k), idOf(u"billing_contracts"_s, u"code"_s, l.contract, m_contracts),
                                    l.zone, l.unit, l.quantity, l.factor, optionalInt(l.tariff),
                                    optionalInt(l.pricePerUnit)} +
                           amountValues(l.amounts));
            }
        }
    }

    QSqlDatabase& m_db;
    Dialect m_dialect;
    QHash<QString, qint64> m_providers, m_tariffs, m_accounts, m_contracts, m_meters;
};

} // namespace

BillingImporter::Counts BillingImporter::Result::total() const {
    Counts t;
    for (const Counts& c : counts) {
        t.inserted += c.inserted;
        t.updated += c.updated;
        t.unchanged += c.unchanged;
    }
    return t;
}

QString BillingImporter::Result::summary() const {
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << u"%1 %2 (%3 new, %4 updated, %5 unchanged)"_s.arg(it.key())
                     .arg(it->inserted + it->updated + it->unchanged)
                     .arg(it->inserted)
                     .arg(it->updated)
                     .arg(it->unchanged);
    return parts.join(u", "_s);
}

BillingImporter::BillingImporter(Database& database)
    : m_database(database) {}

BillingImporter::Result BillingImporter::importFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.failure = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return r;
    }
    return importData(file.readAll(), QFileInfo(path).fileName());
}

bool BillingImporter::wasImported(const QByteArray& json, QString* error) {
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM billing_imports WHERE sha256 = ?"_s);
    q.addBindValue(QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return q.next();
}

BillingImporter::Result BillingImporter::importData(const QByteArray& json, const QString& fileName) {
    Result r;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        r.failure = u"cannot open the database: "_s + m_database.lastOpenError();
        return r;
    }
    if (!m_database.beginWrite(db)) {
        r.failure = u"cannot start the import transaction: "_s + db.lastError().text();
        return r;
    }
    auto abandon = [&db](Result& result) -> Result {
        Database::rollback(db);
        return result;
    };
    QSqlQuery q(db);
    // Imports serialize: on SQLite BEGIN IMMEDIATE already does; on PostgreSQL this lock.
    if (m_database.dialect() == Dialect::Postgres && !q.exec(u"SELECT pg_advisory_xact_lock(7275002)"_s)) {
        r.failure = u"cannot take the import lock: "_s + q.lastError().text();
        return abandon(r);
    }

    const StoredData stored(db);
    ImportError error;
    const auto file = BillingValidator::validate(json, stored, &error);
    if (!file) {
        r.rejection = error;
        return abandon(r);
    }
    if (!q.exec(u"SELECT MAX(generated_at_ms), MAX(generated_at) FROM billing_imports"_s) || !q.next()) {
        r.failure = u"cannot read billing_imports: "_s + q.lastError().text();
        return abandon(r);
    }
    if (!q.value(0).isNull() && q.value(0).toLongLong() > file->generatedAtMs) {
        ImportError stale{
            u"$.generatedAt"_s, u"stale_file"_s,
            u"%1 is older than the last imported file (%2)"_s.arg(file->generatedAt, q.value(1).toString()), 0, 0};
        r.rejection = stale;
        return abandon(r);
    }

    Writer writer(db, m_database.dialect());
    writer.write(*file);
    if (!writer.ok()) {
        r.failure = u"import failed, nothing changed: "_s + writer.error;
        qCWarning(lcBilling) << r.failure;
        return abandon(r);
    }
    r.counts = writer.counts;
    const Counts total = r.total();
    QSqlQuery log(db);
    log.prepare(u"INSERT INTO billing_imports (file_name, sha256, generated_at, generated_at_ms, period_up_to, "
                u"inserted, updated, unchanged, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    log.addBindValue(fileName);
    log.addBindValue(QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
    log.addBindValue(file->generatedAt);
    log.addBindValue(file->generatedAtMs);
    log.addBindValue(file->periodUpTo);
    log.addBindValue(total.inserted);
    log.addBindValue(total.updated);
    log.addBindValue(total.unchanged);
    log.addBindValue(nowMs());
    if (!log.exec()) {
        r.failure = u"cannot record the import: "_s + log.lastError().text();
        return abandon(r);
    }
    if (!Database::commit(db)) {
        r.failure = u"cannot commit the import: "_s + db.lastError().text();
        return abandon(r);
    }
    r.ok = true;

    return r;
}

bool BillingImporter::importDemoIfNeeded(Database& database, QString* message) {
    QFile file(u":/lkk/demo/billing.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *message = u"the demo billing data is missing from this build"_s;
        return false;
    }
    const QByteArray json = file.readAll();
    BillingImporter importer(database);
    QString error;
    if (importer.wasImported(json, &error)) {
        *message = u"demo billing data already imported"_s;
        return true;
    }
    if (!error.isEmpty()) {
        *message = u"cannot check billing imports: "_s + error;
        return false;
    }
    const Result r = importer.importData(json, u"demo billing.json"_s);
    if (r.rejection && r.rejection->code == u"stale_file") {
        // Newer billing data is already there (a real import): keep it.
        *message = u"demo billing data skipped: newer data already imported"_s;
        return true;
    }
    if (!r.ok) {
        *message = r.rejection ? r.rejection->toString(u"demo billing.json"_s) : r.failure;
        return false;
    }
    *message = u"imported demo billing data: "_s + r.summary();
    return true;
}

} // namespace lkk::server::billing
