#include "server/billing/BillingImporter.h"

#include "server/Clock.h"
#include "server/Sha256Hex.h"
#include "server/billing/BillRules.h"
#include "server/billing/BillingStore.h"
#include "server/billing/ElementFeed.h"
#include "server/billing/EntityReader.h"
#include "server/billing/JsonStreamReader.h"
#include "server/db/Database.h"
#include "shared/Decimal.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcBilling, "lkk.server.billing")

namespace lkk::server::billing {

using namespace Qt::StringLiterals;
using Counts = BillingImporter::Counts;
using Scope = BillingStore::Scope;
using RowKey = BillingStore::RowKey;

QString ImportError::toString(const QString& fileName) const {
    const QString where = line > 0 ? u"%1:%2:%3"_s.arg(fileName).arg(line).arg(column) : fileName;
    return u"%1: %2: %3: %4"_s.arg(where, path.isEmpty() ? u"$"_s : path, code, message);
}

namespace {

// What one import holds in memory at a time (docs/billing-import.md, "Implementation").
constexpr qsizetype batchEntities = 2048;      // entities checked and written together
constexpr qsizetype batchBytes = 16 << 20;     // … or fewer when they are large
constexpr qsizetype maxEntityBytes = 1 << 20;  // one element of an array
constexpr qsizetype maxHeaderBytes = 64 << 10; // one header member
constexpr qsizetype cacheLimit = 4096;         // providers and tariffs remembered by code

enum HeaderField { Format, Version, GeneratedAt, PeriodUpTo, Source, HeaderCount };
const QLatin1StringView headerNames[HeaderCount] = {"format"_L1, "version"_L1, "generatedAt"_L1, "periodUpTo"_L1,
                                                    "source"_L1};

template <size_t N> int indexOf(const QLatin1StringView (&names)[N], const QByteArray& name) {
    for (size_t i = 0; i < N; ++i) {
        if (QLatin1StringView(name) == names[i])
            return int(i);
    }
    return -1;
}

const QStringList importZoneNames = {u"T1"_s, u"T2"_s, u"T3"_s};

// An entity read from the file, waiting in a batch: its JSON stays for locating problems.
template <typename T> struct Pending {
    using Entity = T;
    T entity;
    qint64 index = 0;
    QString path; // "$.accounts[12]"
    JsonTree tree;
};

template <typename T> struct Batch {
    QList<Pending<T>> items;
    qsizetype bytes = 0;
    bool full() const { return items.size() >= batchEntities || bytes >= batchBytes; }
    void clear() {
        items.clear();
        bytes = 0;
    }
};

enum class Change { Inserted, Updated, Unchanged };

// How a batch of one kind is written: the table and key, where a key used twice is reported,
// the kind's own rules and the column values.
template <typename T> struct KindWrite {
    QString counter; // "accounts"
    BillingStore::Table table;
    std::optional<Scope> scope; // keys used twice in the file are found through import_used
    QString keyField;           // ".number": where a duplicate key is reported
    std::function<QVariantList(const T&)> key;
    std::function<QString(const T&)> keyText;
    std::function<void(Pending<T>&)> check; // records the first problem
    std::function<QVariantList(const T&)> values;
    // The cabinet writes this table too (readings, payments): a row may appear between the lookup
    // and the write, so new rows are upserted as well. Rows new to a table only imports write
    // are inserted plainly (imports serialize).
    bool othersWrite = false;
};

struct Written {
    QHash<RowKey, qint64> ids;
    QList<Change> changes;
};

// Compared as text, as both databases give them back; NULL only equals NULL.
bool same(const QVariant& stored, const QVariant& wanted) {
    if (stored.isNull() || wanted.isNull())
        return stored.isNull() == wanted.isNull();
    return stored.toString() == wanted.toString();
}

bool sameValues(const QVariantList& stored, const QVariantList& wanted) {
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (!same(stored.value(i), wanted[i]))
            return false;
    }
    return true;
}

// "account id/provider id/sub-account": the sub-account belongs to that provider on that account.
QString subAccountKey(qint64 accountId, qint64 providerId, const QString& subAccount) {
    return u"%1/%2/"_s.arg(accountId).arg(providerId) + subAccount;
}

template <typename T>
QStringList distinct(const QList<Pending<T>>& items, const std::function<void(const T&, QStringList*)>& collect) {
    QStringList all;
    for (const Pending<T>& item : items)
        collect(item.entity, &all);
    all.removeDuplicates();
    return all;
}

// One run of the importer over one file, inside the transaction the caller holds.
class ImportRun {
public:
    ImportRun(QSqlDatabase& db, Dialect dialect, QIODevice& device, bool recheck)
        : m_reader(device)
        , m_store(db, dialect)
        , m_recheck(recheck) {}

    // Reads, checks and writes the whole file; false when it is refused or the database failed.
    bool run();
    bool record(const QString& fileName);

    std::optional<ImportError> rejection;
    QString failure;
    QMap<QString, Counts> counts;
    std::optional<int> sameFileEntities; // the file imported last again: so many entities unchanged

private:
    bool outline();
    bool header(HeaderField field, const QString& path);
    bool checkHeader();
    bool readArrays();
    bool add(ElementFeed::Item&& item);
    template <typename T>
    bool enqueue(Kind kind, Batch<T>& batch, T entity, FirstProblem& problem, JsonTree&& tree, const QString& path,
                 qint64 index);
    bool flush(Kind kind);
    bool flushProviders();
    bool flushTariffs();
    bool flushAccounts();
    bool flushContracts();
    bool flushMeters();
    bool flushReadings();
    bool flushBills();
    bool flushPayments();
    template <typename T> bool write(Batch<T>& batch, const KindWrite<T>& how, Written* out);

    void resolveProviders(const QStringList& codes);
    void resolveTariffs(const QStringList& codes);
    std::optional<qint64> providerId(const QString& code) const;
    QString providerCode(qint64 id);

    bool reject(const JsonTree& tree, const QString& entityPath);
    bool rejectAt(const QString& path, const QString& code, const QString& message, TextPosition at);
    bool readerStopped(JsonStreamReader::Status status, const QString& message, TextPosition errorAt,
                       const QString& path, TextPosition start, qsizetype maxBytes);
    bool readerFailed(const QString& path = QString(), TextPosition start = {}, qsizetype maxBytes = 0);
    bool storeFailed();

    JsonStreamReader m_reader;
    BillingStore m_store;
    const bool m_recheck;
    FirstProblem m_problem;
    FileHeader m_header;
    bool m_headerSeen[HeaderCount] = {};
    TextPosition m_root, m_generatedAtPosition;
    ArrayStart m_arrays[KindCount];

    Batch<Provider> m_providers;
    Batch<Tariff> m_tariffs;
    Batch<Account> m_accounts;
    Batch<Contract> m_contracts;
    Batch<Meter> m_meters;
    Batch<Reading> m_readings;
    Batch<Bill> m_bills;
    Batch<Payment> m_payments;

    QHash<QString, qint64> m_providerIds;
    QHash<qint64, QString> m_providerCodes;
    QHash<QString, BillingStore::TariffRef> m_tariffRefs;

    // The reading and the bill before the current one: readings come grouped by meter and zone
    // in date order, bills grouped by account in period order.
    struct LastReading {
        QString meter, zone, date, value;
        qint64 units = 0;
    };
    std::optional<LastReading> m_lastReading;
    struct LastBill {
        QString account, period;
        BillRules::DebtEnds debtEnds;
    };
    std::optional<LastBill> m_lastBill;
    // The keys of the last batch written and its kind ("accounts"), and the sub-accounts its
    // contracts gave providers: the writes of a batch may still be on their way while the next
    // one is checked.
    QString m_lastBatchKind;
    QSet<RowKey> m_lastBatchKeys;
    QHash<QPair<qint64, QString>, qint64> m_lastBatchSubAccounts;
};

// ---------------------------------------------------------------- problems

bool ImportRun::reject(const JsonTree& tree, const QString& entityPath) {
    ImportError e = *m_problem.error;
    const QStringView relative =
        e.path.startsWith(entityPath) ? QStringView(e.path).mid(entityPath.size()) : QStringView();
    const TextPosition at = tree.locate(relative);
    e.line = at.line;
    e.column = at.column;
    rejection = e;
    return false;
}

bool ImportRun::rejectAt(const QString& path, const QString& code, const QString& message, TextPosition at) {
    rejection = ImportError{path, code, message, at.line, at.column};
    return false;
}

// The reader stopped: a value larger than maxBytes (refused where it starts), malformed JSON
// (where the reader found it so) or the file unreadable (a failure, not the file's fault).
bool ImportRun::readerStopped(JsonStreamReader::Status status, const QString& message, TextPosition errorAt,
                              const QString& path, TextPosition start, qsizetype maxBytes) {
    switch (status) {
    case JsonStreamReader::Status::TooLarge:
        return rejectAt(path, u"invalid_value"_s, u"a value may take at most %1 KiB of the file"_s.arg(maxBytes / 1024),
                        start);
    case JsonStreamReader::Status::ReadError:
        failure = message;
        return false;
    default:
        return rejectAt(QString(), u"malformed_json"_s, message, errorAt);
    }
}

bool ImportRun::readerFailed(const QString& path, TextPosition start, qsizetype maxBytes) {
    return readerStopped(m_reader.status(), m_reader.errorMessage(), m_reader.errorPosition(), path, start, maxBytes);
}

bool ImportRun::storeFailed() {
    failure = u"import failed, nothing changed: "_s + m_store.error();
    qCWarning(lcBilling) << failure;
    return false;
}

// ---------------------------------------------------------------- the file, top down

bool ImportRun::run() {
    if (!m_store.createScratchTables())
        return storeFailed();
    if (!outline() || !checkHeader())
        return false;
    if (sameFileEntities)
        return true;
    return readArrays();
}

// The first pass: the header read and checked, where each array starts; the arrays themselves
// are only scanned (and hashed) here.
bool ImportRun::outline() {
    m_reader.peekValue();
    m_root = m_reader.position();
    if (!m_reader.enterObject())
        return readerFailed();
    QByteArray name;
    while (m_reader.nextMember(&name)) {
        const QString path = u"$."_s + QString::fromUtf8(name);
        m_reader.peekValue();
        const TextPosition at = m_reader.position();
        if (const int kind = indexOf(arrayNames, name); kind >= 0) {
            if (m_arrays[kind].offset >= 0)
                return rejectAt(path, u"malformed_json"_s, u"\"%1\" appears twice"_s.arg(arrayNames[kind]), at);
            m_arrays[kind] = ArrayStart{m_reader.offset(), at};
            if (!m_reader.skipValue())
                return readerFailed();
        } else if (const int field = indexOf(headerNames, name); field >= 0) {
            if (!header(HeaderField(field), path))
                return false;
        } else {
            return rejectAt(path, u"unknown_field"_s,
                            u"\"%1\" is not a field of this version"_s.arg(QString::fromUtf8(name)), at);
        }
    }
    if (!m_reader.ok() || !m_reader.finish())
        return readerFailed();
    return true;
}

bool ImportRun::header(HeaderField field, const QString& path) {
    const TextPosition at = m_reader.position();
    if (m_headerSeen[field])
        return rejectAt(path, u"malformed_json"_s, u"\"%1\" appears twice"_s.arg(headerNames[field]), at);
    m_headerSeen[field] = true;
    JsonTree tree;
    if (!m_reader.readValue(&tree, maxHeaderBytes))
        return readerFailed(path, at, maxHeaderBytes);
    EntityReader reader(m_problem, tree, path);
    switch (field) {
    case Format:
        reader.format(&m_header);
        break;
    case Version:
        reader.version(&m_header);
        break;
    case GeneratedAt:
        reader.generatedAt(&m_header);
        m_generatedAtPosition = at;
        break;
    case PeriodUpTo:
        reader.periodUpTo(&m_header);
        break;
    default:
        reader.source(&m_header);
    }
    return m_problem.ok() || reject(tree, path);
}

// Before anything is written: the header and every array are there, and the file is not older
// than the last one imported.
bool ImportRun::checkHeader() {
    for (int field = Format; field < Source; ++field) {
        if (!m_headerSeen[field])
            return rejectAt(u"$"_s, u"missing_field"_s, u"\"%1\" is required"_s.arg(headerNames[field]), m_root);
    }
    for (int kind = 0; kind < KindCount; ++kind) {
        if (m_arrays[kind].offset < 0)
            return rejectAt(u"$"_s, u"missing_field"_s, u"\"%1\" is required"_s.arg(arrayNames[kind]), m_root);
    }
    const auto last = m_store.lastImport();
    if (!m_store.ok())
        return storeFailed();
    if (last && last->generatedAtMs > m_header.generatedAtMs)
        return rejectAt(u"$.generatedAt"_s, u"stale_file"_s,
                        u"%1 is older than the last imported file (%2)"_s.arg(m_header.generatedAt, last->generatedAt),
                        m_generatedAtPosition);
    // The very file imported last: its content is in the database already.
    if (!m_recheck && last && last->sha256 == QString::fromLatin1(m_reader.sha256().toHex()))
        sameFileEntities = last->entities;
    return true;
}

// The arrays in the order their references need, whatever their order in the file: read and
// parsed on the feed's thread, checked and written here a batch at a time.
bool ImportRun::readArrays() {
    ElementFeed feed(m_reader, m_arrays, maxEntityBytes);
    for (;;) {
        ElementFeed::Item item = feed.next();
        switch (item.what) {
        case ElementFeed::Item::What::Element:
            if (!add(std::move(item)))
                return false;
            break;
        case ElementFeed::Item::What::ArrayEnd:
            if (!flush(item.kind))
                return false;
            // The next array looks up what this one wrote.
            if (!m_store.sync())
                return storeFailed();
            break;
        case ElementFeed::Item::What::NotAnArray:
            return rejectAt(item.path, u"wrong_type"_s, u"expected an array"_s, item.position);
        case ElementFeed::Item::What::Failed:
            return flush(item.kind) && readerStopped(item.readerStatus, item.message, item.position, item.path,
                                                     item.position, maxEntityBytes);
        case ElementFeed::Item::What::Done:
            return true;
        }
    }
}

bool ImportRun::add(ElementFeed::Item&& item) {
    const Kind kind = item.kind;
    auto to = [&](auto& batch) {
        using T = typename std::decay_t<decltype(batch.items)>::value_type::Entity;
        return enqueue(kind, batch, std::move(std::get<T>(item.entity)), item.problem, std::move(item.tree), item.path,
                       item.index);
    };
    switch (kind) {
    case Providers:
        return to(m_providers);
    case Tariffs:
        return to(m_tariffs);
    case Accounts:
        return to(m_accounts);
    case Contracts:
        return to(m_contracts);
    case Meters:
        return to(m_meters);
    case Readings:
        return to(m_readings);
    case Bills:
        return to(m_bills);
    default:
        return to(m_payments);
    }
}

template <typename T>
bool ImportRun::enqueue(Kind kind, Batch<T>& batch, T entity, FirstProblem& problem, JsonTree&& tree,
                        const QString& path, qint64 index) {
    if (!problem.ok()) {
        if (!flush(kind))
            return false;
        m_problem = problem;
        return reject(tree, path);
    }
    batch.bytes += tree.footprint();
    batch.items.append(Pending<T>{std::move(entity), index, path, std::move(tree)});
    return !batch.full() || flush(kind);
}

bool ImportRun::flush(Kind kind) {
    bool ok = true;
    switch (kind) {
    case Providers:
        ok = m_providers.items.isEmpty() || flushProviders();
        m_providers.clear();
        break;
    case Tariffs:
        ok = m_tariffs.items.isEmpty() || flushTariffs();
        m_tariffs.clear();
        break;
    case Accounts:
        ok = m_accounts.items.isEmpty() || flushAccounts();
        m_accounts.clear();
        break;
    case Contracts:
        ok = m_contracts.items.isEmpty() || flushContracts();
        m_contracts.clear();
        break;
    case Meters:
        ok = m_meters.items.isEmpty() || flushMeters();
        m_meters.clear();
        break;
    case Readings:
        ok = m_readings.items.isEmpty() || flushReadings();
        m_readings.clear();
        break;
    case Bills:
        ok = m_bills.items.isEmpty() || flushBills();
        m_bills.clear();
        break;
    default:
        ok = m_payments.items.isEmpty() || flushPayments();
        m_payments.clear();
    }
    return ok;
}

// ---------------------------------------------------------------- a batch of one kind

// Looks the batch's rows up by key, checks each entity in file order (a key used twice, then
// the kind's own rules) and upserts what is new or different.
template <typename T> bool ImportRun::write(Batch<T>& batch, const KindWrite<T>& how, Written* out) {
    QList<QVariantList> keys;
    keys.reserve(batch.items.size());
    for (const Pending<T>& item : std::as_const(batch.items))
        keys << how.key(item.entity);
    const QHash<RowKey, BillingStore::StoredRow> stored = m_store.fetch(how.table, keys);
    QSet<qint64> usedBefore;
    if (how.scope) {
        QList<qint64> ids;
        for (const BillingStore::StoredRow& row : stored)
            ids << row.id;
        usedBefore = m_store.markUsed(*how.scope, ids);
    }
    if (!m_store.ok() || !m_store.beginChecks())
        return storeFailed();
    Counts& count = counts[how.counter];
    // The batch before may not be written yet (its writes run while this batch is checked): a
    // key of it again is a key used twice as well.
    const QSet<RowKey> lastBatch = how.counter == m_lastBatchKind ? std::exchange(m_lastBatchKeys, {}) : QSet<RowKey>();
    QSet<RowKey> inBatch;
    QList<QVariantList> rows, fresh;
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        Pending<T>& item = batch.items[i];
        const RowKey key = BillingStore::rowKey(keys[i]);
        const auto row = stored.constFind(key);
        if (how.scope && (inBatch.contains(key) || lastBatch.contains(key) ||
                          (row != stored.constEnd() && usedBefore.contains(row->id))))
            m_problem.fail(item.path + how.keyField, u"duplicate_key"_s,
                           u"%1 appears twice in the file"_s.arg(how.keyText(item.entity)));
        inBatch.insert(key);
        if (m_problem.ok() && how.check)
            how.check(item);
        if (!m_problem.ok())
            return reject(item.tree, item.path);
        const QVariantList values = how.values(item.entity);
        if (row == stored.constEnd()) {
            ++count.inserted;
            out->changes << Change::Inserted;
            (how.othersWrite ? rows : fresh) << keys[i] + values;
        } else if (sameValues(row->values, values)) {
            ++count.unchanged;
            out->changes << Change::Unchanged;
            out->ids.insert(key, row->id);
        } else {
            ++count.updated;
            out->changes << Change::Updated;
            out->ids.insert(key, row->id);
            rows << keys[i] + values;
        }
    }
    m_lastBatchKind = how.counter;
    m_lastBatchKeys = inBatch;
    // New rows of a table only imports write count as this file's by their ids; those of a table
    // others write too are marked as they are written.
    out->ids.insert(m_store.insert(how.table, fresh));
    m_store.upsert(how.table, rows, how.othersWrite ? how.scope : std::nullopt);
    return m_store.ok() || storeFailed();
}

void ImportRun::resolveProviders(const QStringList& codes) {
    QStringList missing;
    for (const QString& code : codes) {
        if (!m_providerIds.contains(code))
            missing << code;
    }
    if (missing.isEmpty())
        return;
    if (m_providerIds.size() + missing.size() > cacheLimit) {
        m_providerIds.clear();
        m_providerCodes.clear();
        missing = codes;
    }
    const QHash<QString, qint64> found = m_store.ids(u"billing_providers"_s, u"code"_s, missing);
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        m_providerIds.insert(it.key(), *it);
        m_providerCodes.insert(*it, it.key());
    }
}

void ImportRun::resolveTariffs(const QStringList& codes) {
    QStringList missing;
    for (const QString& code : codes) {
        if (!m_tariffRefs.contains(code))
            missing << code;
    }
    if (missing.isEmpty())
        return;
    if (m_tariffRefs.size() + missing.size() > cacheLimit) {
        m_tariffRefs.clear();
        missing = codes;
    }
    m_tariffRefs.insert(m_store.tariffs(missing));
}

std::optional<qint64> ImportRun::providerId(const QString& code) const {
    const auto it = m_providerIds.constFind(code);
    return it == m_providerIds.constEnd() ? std::nullopt : std::optional<qint64>(*it);
}

QString ImportRun::providerCode(qint64 id) {
    if (!m_providerCodes.contains(id))
        m_providerCodes.insert(m_store.providerCodes({id}));
    return m_providerCodes.value(id);
}

// ---------------------------------------------------------------- the kinds

bool ImportRun::flushProviders() {
    Written w;
    return write<Provider>(
        m_providers,
        {u"providers"_s,
         {u"billing_providers"_s,
          {u"code"_s},
          {u"name"_s, u"inn"_s, u"kpp"_s, u"bank_name"_s, u"bic"_s, u"settlement_account"_s, u"correspondent_account"_s,
           u"operation_code"_s}},
         Scope::Provider,
         u".code"_s,
         [](const Provider& p) { return QVariantList{p.code}; },
         [](const Provider& p) { return p.code; },
         {},
         [](const Provider& p) {
             return QVariantList{
                 p.name, p.inn, p.kpp, p.bankName, p.bic, p.settlementAccount, p.correspondentAccount, p.operationCode};
         }},
        &w);
}

bool ImportRun::flushTariffs() {
    Written w;
    const BillingStore::Table table{u"billing_tariffs"_s, {u"code"_s}, {u"name"_s, u"unit"_s, u"zone"_s}};
    if (!write<Tariff>(m_tariffs,
                       {u"tariffs"_s,
                        table,
                        Scope::Tariff,
                        u".code"_s,
                        [](const Tariff& t) { return QVariantList{t.code}; },
                        [](const Tariff& t) { return t.code; },
                        {},
                        [](const Tariff& t) {
                            return QVariantList{t.name, t.unit, t.zone};
                        }},
                       &w))
        return false;
    // The history is merged with what is stored: new starts added, existing ones updated.
    const BillingStore::Table values{
        u"billing_tariff_values"_s, {u"tariff_id"_s, u"valid_from"_s}, {u"value_kopecks"_s, u"period"_s}};
    QList<QVariantList> keys, wanted;
    for (const Pending<Tariff>& item : std::as_const(m_tariffs.items)) {
        const qint64 id = w.ids.value(BillingStore::rowKey({item.entity.code}));
        for (const TariffValue& v : item.entity.history) {
            keys << QVariantList{id, v.from};
            wanted << QVariantList{v.value, v.period};
        }
    }
    const auto stored = m_store.fetch(values, keys);
    Counts& count = counts[u"tariff values"_s];
    QList<QVariantList> fresh, rows;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto row = stored.constFind(BillingStore::rowKey(keys[i]));
        if (row != stored.constEnd() && sameValues(row->values, wanted[i])) {
            ++count.unchanged;
            continue;
        }
        ++(row == stored.constEnd() ? count.inserted : count.updated);
        (row == stored.constEnd() ? fresh : rows) << keys[i] + wanted[i];
    }
    m_store.insert(values, fresh);
    m_store.upsert(values, rows);
    return m_store.ok() || storeFailed();
}

bool ImportRun::flushAccounts() {
    Written w;
    return write<Account>(m_accounts,
                          {u"accounts"_s,
                           {u"billing_accounts"_s,
                            {u"number"_s},
                            {u"kind"_s, u"postal_code"_s, u"region"_s, u"district"_s, u"locality"_s, u"street"_s,
                             u"house"_s, u"flat"_s, u"address_display"_s, u"address_full"_s, u"owner_name"_s,
                             u"total_area"_s, u"living_area"_s, u"residents"_s, u"link_code"_s}},
                           Scope::Account,
                           u".number"_s,
                           [](const Account& a) { return QVariantList{a.number}; },
                           [](const Account& a) { return a.number; },
                           {},
                           [](const Account& a) {
                               return QVariantList{a.kind,           a.postalCode,  a.region,  a.district,
                                                   a.locality,       a.street,      a.house,   a.flat,
                                                   a.addressDisplay, a.addressFull, a.owner,   a.totalArea,
                                                   a.livingArea,     a.residents,   a.linkCode};
                           }},
                          &w);
}

bool ImportRun::flushContracts() {
    const QList<Pending<Contract>>& items = m_contracts.items;
    const QHash<QString, qint64> accountIds =
        m_store.ids(u"billing_accounts"_s, u"number"_s,
                    distinct<Contract>(items, [](const Contract& c, QStringList* out) { *out << c.account; }));
    resolveProviders(distinct<Contract>(items, [](const Contract& c, QStringList* out) { *out << c.provider; }));
    resolveTariffs(distinct<Contract>(items, [](const Contract& c, QStringList* out) { *out << c.tariffs; }));
    // Within an account a sub-account belongs to one provider: the file's contracts so far.
    const QList<BillingStore::ContractRef> ofAccounts = m_store.contractsOfAccounts(accountIds.values());
    QList<qint64> contractIds;
    for (const BillingStore::ContractRef& c : ofAccounts)
        contractIds << c.id;
    const QSet<qint64> inFile = m_store.usedAmong(Scope::Contract, contractIds);
    QHash<QPair<qint64, QString>, qint64> subAccounts;
    for (const BillingStore::ContractRef& c : ofAccounts) {
        if (inFile.contains(c.id))
            subAccounts.insert(qMakePair(c.accountId, c.subAccount), c.providerId);
    }
    for (auto it = m_lastBatchSubAccounts.cbegin(); it != m_lastBatchSubAccounts.cend(); ++it)
        subAccounts.insert(it.key(), *it); // the same as stored when the batch before is written
    if (!m_store.ok())
        return storeFailed();
    QHash<QPair<qint64, QString>, qint64> thisBatch;

    auto check = [&](Pending<Contract>& item) {
        const Contract& c = item.entity;
        const QString& path = item.path;
        const auto account = accountIds.constFind(c.account);
        const auto provider = providerId(c.provider);
        if (account == accountIds.constEnd()) {
            m_problem.fail(path + u".account"_s, u"unknown_reference"_s, u"no account "_s + c.account);
            return;
        }
        if (!provider) {
            m_problem.fail(path + u".provider"_s, u"unknown_reference"_s, u"no provider "_s + c.provider);
            return;
        }
        QSet<QString> zones;
        for (qsizetype k = 0; m_problem.ok() && k < c.tariffs.size(); ++k) {
            const auto tariff = m_tariffRefs.constFind(c.tariffs[k]);
            if (tariff == m_tariffRefs.constEnd())
                m_problem.fail(path + u".tariffs[%1]"_s.arg(k), u"unknown_reference"_s, u"no tariff "_s + c.tariffs[k]);
            else if (zones.contains(tariff->zone))
                m_problem.fail(path + u".tariffs[%1]"_s.arg(k), u"invalid_value"_s, u"two tariffs for one zone"_s);
            else
                zones.insert(tariff->zone);
        }
        const auto key = qMakePair(*account, c.subAccount);
        if (m_problem.ok() && subAccounts.contains(key) && subAccounts.value(key) != *provider)
            m_problem.fail(path + u".subAccount"_s, u"inconsistent_reference"_s,
                           u"sub-account %1 already belongs to provider %2"_s.arg(
                               c.subAccount, providerCode(subAccounts.value(key))));
        subAccounts.insert(key, *provider);
        thisBatch.insert(key, *provider);
    };
    Written w;
    if (!write<Contract>(m_contracts,
                         {u"contracts"_s,
                          {u"billing_contracts"_s,
                           {u"code"_s},
                           {u"account_id"_s, u"provider_id"_s, u"sub_account"_s, u"service"_s, u"service_kind"_s}},
                          Scope::Contract,
                          u".code"_s,
                          [](const Contract& c) { return QVariantList{c.code}; },
                          [](const Contract& c) { return c.code; },
                          check,
                          [&](const Contract& c) {
                              return QVariantList{accountIds.value(c.account), providerId(c.provider).value_or(0),
                                                  c.subAccount, c.service, c.serviceKind};
                          }},
                         &w))
        return false;
    m_lastBatchSubAccounts = thisBatch;

    // The contract's tariffs, in file order: replaced when the list differs.
    QList<qint64> existing;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (w.changes[i] != Change::Inserted)
            existing << w.ids.value(BillingStore::rowKey({items[i].entity.code}));
    }
    const QHash<qint64, QList<qint64>> stored = m_store.contractTariffs(existing);
    QHash<qint64, QList<qint64>> replace;
    Counts& count = counts[u"contracts"_s];
    for (qsizetype i = 0; i < items.size(); ++i) {
        const qint64 id = w.ids.value(BillingStore::rowKey({items[i].entity.code}));
        QList<qint64> wanted;
        for (const QString& code : items[i].entity.tariffs)
            wanted << m_tariffRefs.value(code).id;
        if (stored.value(id) == wanted)
            continue;
        replace.insert(id, wanted);
        if (w.changes[i] == Change::Unchanged) {
            --count.unchanged;
            ++count.updated;
        }
    }
    return m_store.replaceContractTariffs(replace, existing) || storeFailed();
}

bool ImportRun::flushMeters() {
    const QHash<QString, BillingStore::ContractRef> contracts = m_store.contractsByCode(
        distinct<Meter>(m_meters.items, [](const Meter& m, QStringList* out) { *out << m.contract; }));
    if (!m_store.ok())
        return storeFailed();
    Written w;
    return write<Meter>(m_meters,
                        {u"meters"_s,
                         {u"billing_meters"_s,
                          {u"external_id"_s},
                          {u"number"_s, u"contract_id"_s, u"unit"_s, u"zones"_s, u"capacity_integer"_s,
                           u"capacity_fraction"_s, u"verified_until"_s, u"automatic"_s, u"installed_at"_s}},
                         Scope::Meter,
                         u".id"_s,
                         [](const Meter& m) { return QVariantList{m.id}; },
                         [](const Meter& m) { return m.id; },
                         [&](Pending<Meter>& item) {
                             if (!contracts.contains(item.entity.contract))
                                 m_problem.fail(item.path + u".contract"_s, u"unknown_reference"_s,
                                                u"no contract "_s + item.entity.contract);
                         },
                         [&](const Meter& m) {
                             return QVariantList{m.number,
                                                 contracts.value(m.contract).id,
                                                 m.unit,
                                                 m.zones.join(u','),
                                                 m.capacityInteger,
                                                 m.capacityFraction,
                                                 m.verifiedUntil,
                                                 m.automatic ? 1 : 0,
                                                 m.installedAt};
                         }},
                        &w);
}

bool ImportRun::flushReadings() {
    const QHash<QString, BillingStore::MeterRef> meters = m_store.meters(
        distinct<Reading>(m_readings.items, [](const Reading& r, QStringList* out) { *out << r.meter; }));
    auto groupOf = [&](const Reading& r) -> std::optional<qint64> {
        const auto m = meters.constFind(r.meter);
        const qsizetype zone = importZoneNames.indexOf(r.zone);
        if (m == meters.constEnd() || zone < 0)
            return std::nullopt;
        return m->id * 4 + zone;
    };
    // Each meter and zone's readings form one run: a run that starts again later is out of order.
    QList<qint64> starts;
    std::optional<LastReading> before = m_lastReading;
    for (const Pending<Reading>& item : std::as_const(m_readings.items)) {
        const Reading& r = item.entity;
        const auto group = groupOf(r);
        if (group && !(before && before->meter == r.meter && before->zone == r.zone))
            starts << *group;
        before = LastReading{r.meter, r.zone, r.date, QString(), 0};
    }
    const QSet<qint64> startedBefore = m_store.markUsed(Scope::ReadingGroup, starts);
    if (!m_store.ok())
        return storeFailed();
    QSet<qint64> startedHere;

    auto check = [&](Pending<Reading>& item) {
        Reading& r = item.entity;
        const QString& path = item.path;
        const bool sameRun = m_lastReading && m_lastReading->meter == r.meter && m_lastReading->zone == r.zone;
        if (sameRun && m_lastReading->date == r.date) {
            m_problem.fail(path, u"duplicate_key"_s,
                           u"%1 appears twice in the file"_s.arg(r.meter + u'/' + r.zone + u'/' + r.date));
            return;
        }
        const auto m = meters.constFind(r.meter);
        if (m == meters.constEnd()) {
            m_problem.fail(path + u".meter"_s, u"unknown_reference"_s, u"no meter "_s + r.meter);
            return;
        }
        if (!m->zones.contains(r.zone)) {
            m_problem.fail(path + u".zone"_s, u"invalid_value"_s, u"meter %1 has no zone %2"_s.arg(r.meter, r.zone));
            return;
        }
        const auto d = Decimal::parse(r.value, 6);
        const auto scaled = d ? d->rescaled(m->capacityFraction) : std::nullopt;
        if (!scaled || d->integerDigits() > m->capacityInteger) {
            m_problem.fail(path + u".value"_s, u"reading_capacity"_s,
                           u"%1 does not fit the meter's capacity %2.%3"_s.arg(r.value)
                               .arg(m->capacityInteger)
                               .arg(m->capacityFraction));
            return;
        }
        r.units = scaled->units();
        r.value = scaled->toString();
        if (r.period > m_header.periodUpTo) {
            m_problem.fail(path + u".period"_s, u"after_period_up_to"_s, r.period + u" is after periodUpTo"_s);
            return;
        }
        if (sameRun && r.date < m_lastReading->date) {
            m_problem.fail(path + u".date"_s, u"out_of_order"_s,
                           u"readings of meter %1 zone %2 must be in date order: %3 comes after %4"_s.arg(
                               r.meter, r.zone, r.date, m_lastReading->date));
            return;
        }
        const qint64 group = *groupOf(r);
        if (!sameRun && (startedBefore.contains(group) || startedHere.contains(group))) {
            m_problem.fail(path + u".meter"_s, u"out_of_order"_s,
                           u"the readings of meter %1 zone %2 must be together, sorted by date "
                           u"(docs/billing-import.md §3.6): they began earlier in the file"_s.arg(r.meter, r.zone));
            return;
        }
        startedHere.insert(group);
        if (sameRun && r.units < m_lastReading->units) {
            // A rollover: the earlier value near the top of the register, the later near zero.
            const qint64 full = powerOfTen(m->capacityInteger + m->capacityFraction);
            if (!(m_lastReading->units >= full - full / 10 && r.units < full / 10)) {
                m_problem.fail(
                    path + u".value"_s, u"reading_decreasing"_s,
                    u"%1 on %2 is below %3 on %4"_s.arg(r.value, r.date, m_lastReading->value, m_lastReading->date));
                return;
            }
        }
        m_lastReading = LastReading{r.meter, r.zone, r.date, r.value, r.units};
    };
    Written w;
    return write<Reading>(m_readings,
                          {u"readings"_s,
                           {u"billing_readings"_s,
                            {u"meter_id"_s, u"zone"_s, u"reading_date"_s},
                            {u"period"_s, u"value"_s, u"value_units"_s, u"source"_s}},
                           std::nullopt,
                           QString(),
                           [&](const Reading& r) {
                               return QVariantList{meters.value(r.meter).id, r.zone, r.date};
                           },
                           {},
                           check,
                           [](const Reading& r) {
                               return QVariantList{r.period, r.value, r.units, r.source};
                           },
                           true},
                          &w);
}

bool ImportRun::flushBills() {
    const QList<Pending<Bill>>& items = m_bills.items;
    const QHash<QString, qint64> accountIds =
        m_store.ids(u"billing_accounts"_s, u"number"_s,
                    distinct<Bill>(items, [](const Bill& b, QStringList* out) { *out << b.account; }));
    resolveProviders(distinct<Bill>(items, [](const Bill& b, QStringList* out) {
        for (const BillProvider& bp : b.providers)
            *out << bp.provider;
    }));
    // The accounts' contracts: what lines refer to, and which sub-account is whose.
    QHash<QString, BillingStore::ContractRef> contracts;
    QSet<QString> subAccounts; // subAccountKey()
    for (const BillingStore::ContractRef& c : m_store.contractsOfAccounts(accountIds.values())) {
        contracts.insert(c.code, c);
        subAccounts.insert(subAccountKey(c.accountId, c.providerId, c.subAccount));
    }
    const QStringList elsewhere = distinct<Bill>(items, [&](const Bill& b, QStringList* out) {
        for (const BillProvider& bp : b.providers) {
            for (const BillLine& l : bp.lines) {
                if (!contracts.contains(l.contract))
                    *out << l.contract;
            }
        }
    });
    contracts.insert(m_store.contractsByCode(elsewhere));
    // Each account's bills form one run: a run that starts again later is out of order.
    QList<qint64> starts;
    QList<QPair<qint64, QString>> keys;
    std::optional<QString> before = m_lastBill ? std::optional<QString>(m_lastBill->account) : std::nullopt;
    for (const Pending<Bill>& item : items) {
        const auto account = accountIds.constFind(item.entity.account);
        if (account != accountIds.constEnd()) {
            keys << qMakePair(*account, item.entity.period);
            if (before != item.entity.account)
                starts << *account;
        }
        before = item.entity.account;
    }
    const QSet<qint64> startedBefore = m_store.markUsed(Scope::BillAccount, starts);
    const auto stored = m_store.bills(keys);
    // Payments are read before bills: what they credited is known (rule 5).
    const QHash<BillingStore::CreditKey, qint64> credited = m_store.credited(accountIds.values());
    if (!m_store.ok() || !m_store.beginChecks())
        return storeFailed();

    QSet<qint64> startedHere;
    QList<QPair<QPair<qint64, QString>, BillingStore::BillRow>> writes;
    QHash<QPair<qint64, QString>, qint64> replaced; // key -> stored id
    Counts& count = counts[u"bills"_s];
    for (const Pending<Bill>& item : items) {
        const Bill& b = item.entity;
        const QString& path = item.path;
        const bool sameRun = m_lastBill && m_lastBill->account == b.account;
        const auto account = accountIds.constFind(b.account);
        if (sameRun && m_lastBill->period == b.period)
            m_problem.fail(path, u"duplicate_key"_s,
                           u"%1 appears twice in the file"_s.arg(b.account + u'/' + b.period));
        else if (account == accountIds.constEnd())
            m_problem.fail(path + u".account"_s, u"unknown_reference"_s, u"no account "_s + b.account);
        else if (b.period > m_header.periodUpTo)
            m_problem.fail(path + u".period"_s, u"after_period_up_to"_s, b.period + u" is after periodUpTo"_s);
        else if (sameRun && b.period < m_lastBill->period)
            m_problem.fail(path + u".period"_s, u"out_of_order"_s,
                           u"the bills of account %1 must be in period order: %2 comes after %3"_s.arg(
                               b.account, b.period, m_lastBill->period));
        else if (!sameRun && (startedBefore.contains(*account) || startedHere.contains(*account)))
            m_problem.fail(path + u".account"_s, u"out_of_order"_s,
                           u"the bills of account %1 must be together, in period order "
                           u"(docs/billing-import.md §3.7): they began earlier in the file"_s.arg(b.account));
        if (!m_problem.ok())
            return reject(item.tree, path);
        startedHere.insert(*account);
        const bool continues = sameRun && m_lastBill->period == BillRules::previousPeriod(b.period);
        BillRules::References refs{*account, [this](const QString& code) { return providerId(code); },
                                   [&](const QString& code) -> std::optional<BillRules::ContractInfo> {
                                       const auto c = contracts.constFind(code);
                                       if (c == contracts.constEnd())
                                           return std::nullopt;
                                       return BillRules::ContractInfo{c->accountId, c->providerId, c->subAccount};
                                   },
                                   [&](qint64 provider, const QString& subAccount) {
                                       return subAccounts.contains(subAccountKey(*account, provider, subAccount));
                                   }};
        BillRules::check(b, path, refs, continues ? &m_lastBill->debtEnds : nullptr, m_problem);
        for (qsizetype k = 0; m_problem.ok() && k < b.providers.size(); ++k) {
            const BillProvider& bp = b.providers[k];
            const qint64 sum = credited.value(qMakePair(*account, qMakePair(bp.subAccount, b.period)));
            if (sum != bp.amounts.paid)
                m_problem.fail(path + u".providers[%1].paid"_s.arg(k), u"invariant_paid"_s,
                               u"paid %1 ≠ the credited payments of %2 in %3, %4"_s.arg(bp.amounts.paid)
                                   .arg(bp.subAccount, b.period)
                                   .arg(sum));
        }
        if (!m_problem.ok())
            return reject(item.tree, path);

        BillingStore::BillRow row{b.totalToPay, b.penalties, {}};
        for (qsizetype k = 0; k < b.providers.size(); ++k) {
            const BillProvider& bp = b.providers[k];
            BillingStore::BillBlockRow block{*providerId(bp.provider), bp.subAccount, bp.amounts, {}};
            for (const BillLine& l : bp.lines)
                block.lines << BillingStore::BillLineRow{contracts.value(l.contract).id,
                                                         l.zone,
                                                         l.unit,
                                                         l.quantity,
                                                         l.factor,
                                                         l.tariff,
                                                         l.pricePerUnit,
                                                         l.amounts};
            row.blocks << block;
        }
        const auto key = qMakePair(*account, b.period);
        const auto old = stored.constFind(key);
        if (old == stored.constEnd()) {
            ++count.inserted;
            writes << qMakePair(key, row);
        } else if (old->second == row) {
            ++count.unchanged;
        } else {
            ++count.updated;
            writes << qMakePair(key, row);
            replaced.insert(key, old->first);
        }
        m_lastBill = LastBill{b.account, b.period, BillRules::debtEnds(b)};
    }
    m_store.writeBills(writes, replaced);
    return m_store.ok() || storeFailed();
}

bool ImportRun::flushPayments() {
    const QList<Pending<Payment>>& items = m_payments.items;
    const QHash<QString, qint64> accountIds =
        m_store.ids(u"billing_accounts"_s, u"number"_s,
                    distinct<Payment>(items, [](const Payment& p, QStringList* out) { *out << p.account; }));
    resolveProviders(distinct<Payment>(items, [](const Payment& p, QStringList* out) { *out << p.provider; }));
    QSet<QString> subAccounts; // subAccountKey()
    for (const BillingStore::ContractRef& c : m_store.contractsOfAccounts(accountIds.values()))
        subAccounts.insert(subAccountKey(c.accountId, c.providerId, c.subAccount));
    if (!m_store.ok())
        return storeFailed();
    auto check = [&](Pending<Payment>& item) {
        const Payment& p = item.entity;
        const QString& path = item.path;
        const auto account = accountIds.constFind(p.account);
        const auto provider = providerId(p.provider);
        if (account == accountIds.constEnd())
            m_problem.fail(path + u".account"_s, u"unknown_reference"_s, u"no account "_s + p.account);
        else if (!provider)
            m_problem.fail(path + u".provider"_s, u"unknown_reference"_s, u"no provider "_s + p.provider);
        else if (!subAccounts.contains(subAccountKey(*account, *provider, p.subAccount)))
            m_problem.fail(path + u".subAccount"_s, u"inconsistent_reference"_s,
                           u"%1 is not a sub-account of %2 on account %3"_s.arg(p.subAccount, p.provider, p.account));
        else if (p.date.left(7) > m_header.periodUpTo || p.period > m_header.periodUpTo)
            m_problem.fail(path + u".date"_s, u"after_period_up_to"_s, u"after periodUpTo"_s);
        else if (!p.period.isEmpty() && p.date.left(7) > p.period)
            m_problem.fail(path + u".period"_s, u"invalid_value"_s, u"paid after the period it is counted in"_s);
    };
    Written w;
    if (!write<Payment>(m_payments,
                        {u"payments"_s,
                         {u"billing_payments"_s,
                          {u"external_id"_s},
                          {u"payment_date"_s, u"account_id"_s, u"provider_id"_s, u"sub_account"_s, u"amount"_s,
                           u"status"_s, u"period"_s}},
                         Scope::Payment,
                         u".id"_s,
                         [](const Payment& p) { return QVariantList{p.id}; },
                         [](const Payment& p) { return p.id; },
                         check,
                         [&](const Payment& p) {
                             return QVariantList{p.date,
                                                 accountIds.value(p.account),
                                                 providerId(p.provider).value_or(0),
                                                 p.subAccount,
                                                 p.amount,
                                                 p.status,
                                                 p.period};
                         },
                         true},
                        &w))
        return false;
    // What the credited payments add up to per account, sub-account and period (rule 5).
    QHash<BillingStore::CreditKey, qint64> credited;
    for (const Pending<Payment>& item : items) {
        const Payment& p = item.entity;
        if (p.status == u"credited")
            credited[qMakePair(accountIds.value(p.account), qMakePair(p.subAccount, p.period))] += p.amount;
    }
    return m_store.addCredited(credited) || storeFailed();
}

bool ImportRun::record(const QString& fileName) {
    Counts total;
    for (const Counts& c : std::as_const(counts)) {
        total.inserted += c.inserted;
        total.updated += c.updated;
        total.unchanged += c.unchanged;
    }
    if (sameFileEntities)
        total.unchanged = *sameFileEntities;
    m_store.recordImport(fileName, m_reader.sha256(), m_header.generatedAt, m_header.generatedAtMs, m_header.periodUpTo,
                         total.inserted, total.updated, total.unchanged, nowMs());
    m_store.finishWrites();
    m_store.dropScratchTables();
    return m_store.ok() || storeFailed();
}

} // namespace

BillingImporter::Counts BillingImporter::Result::total() const {
    Counts t;
    if (sameFileEntities)
        t.unchanged = *sameFileEntities;
    for (const Counts& c : counts) {
        t.inserted += c.inserted;
        t.updated += c.updated;
        t.unchanged += c.unchanged;
    }
    return t;
}

QString BillingImporter::Result::summary() const {
    if (sameFileEntities)
        return u"the same file as the last import (SHA-256): its %1 entities are in already"_s.arg(*sameFileEntities);
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

BillingImporter::Result BillingImporter::importFile(const QString& path, Mode mode) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.failure = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return r;
    }
    return importDevice(file, QFileInfo(path).fileName(), mode);
}

BillingImporter::Result BillingImporter::importData(const QByteArray& json, const QString& fileName, Mode mode) {
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer, fileName, mode);
}

bool BillingImporter::wasImported(const QByteArray& json, QString* error) {
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM billing_imports WHERE sha256 = ?"_s);
    q.addBindValue(sha256Hex(json));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return q.next();
}

BillingImporter::Result BillingImporter::importDevice(QIODevice& device, const QString& fileName, Mode mode) {
    Result r;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        r.failure = u"cannot open the database: "_s + m_database.lastOpenError();
        return r;
    }
    const ImportCache cache(db, m_database.dialect()); // back to the connection's own after the commit
    if (!m_database.beginWrite(db)) {
        r.failure = u"cannot start the import transaction: "_s + db.lastError().text();
        return r;
    }
    // Imports serialize: on SQLite BEGIN IMMEDIATE already does; on PostgreSQL this lock.
    QSqlQuery lock(db);
    if (m_database.dialect() == Dialect::Postgres && !lock.exec(u"SELECT pg_advisory_xact_lock(7275002)"_s)) {
        r.failure = u"cannot take the import lock: "_s + lock.lastError().text();
        Database::rollback(db);
        return r;
    }
    {
        ImportRun run(db, m_database.dialect(), device, mode == Mode::Recheck);
        r.ok = run.run() && run.record(fileName);
        r.rejection = run.rejection;
        r.failure = run.failure;
        r.counts = run.counts;
        r.sameFileEntities = run.sameFileEntities;
    } // its statements are finished before the transaction ends
    if (r.ok && !Database::commit(db)) {
        r.ok = false;
        r.failure = u"cannot commit the import: "_s + db.lastError().text();
    }
    if (!r.ok) {
        Database::rollback(db);
        r.counts.clear();
        r.sameFileEntities.reset();
    }
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
