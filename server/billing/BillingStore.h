#pragma once

#include "server/billing/BillingData.h"
#include "server/billing/PostgresWriteBehind.h"
#include "server/db/Database.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace lkk::server::billing {

// The SQL of one import, run inside its transaction on SQLite or PostgreSQL: lookups by natural
// key and multi-row upserts, a batch at a time, through prepared statements that are reused;
// and the import's scratch tables (docs/billing-import.md, "Implementation"). The first database
// error stops everything: ok() turns false and error() says what failed.
class BillingStore {
public:
    // A table written by key: its key columns and the columns compared and written.
    struct Table {
        QString name;
        QStringList keys;
        QStringList columns;
    };
    // The key values of a row as one hashable text.
    using RowKey = QString;
    static RowKey rowKey(const QVariantList& keyValues);
    struct StoredRow {
        qint64 id = 0;
        QVariantList values; // Table::columns
    };

    // Scopes of "this file used it" (import_used): rows by id, and groups that must be contiguous.
    enum class Scope { Provider = 1, Tariff, Account, Contract, Meter, Payment, BillAccount, ReadingGroup };

    struct ContractRef {
        qint64 id = 0, accountId = 0, providerId = 0;
        QString code, subAccount;
    };
    struct MeterRef {
        qint64 id = 0;
        QStringList zones;
        int capacityInteger = 0, capacityFraction = 0;
    };
    struct TariffRef {
        qint64 id = 0;
        QString zone;
    };

    // A bill as stored, in ids: compared whole with the file's, replaced whole when it differs.
    struct BillLineRow {
        qint64 contractId = 0;
        QString zone, unit, quantity, factor;
        std::optional<qint64> tariff, pricePerUnit;
        Amounts amounts;
        bool operator==(const BillLineRow&) const = default;
    };
    struct BillBlockRow {
        qint64 providerId = 0;
        QString subAccount;
        Amounts amounts;
        QList<BillLineRow> lines;
        bool operator==(const BillBlockRow&) const = default;
    };
    struct BillRow {
        qint64 totalToPay = 0, penalties = 0;
        QList<BillBlockRow> blocks;
        bool operator==(const BillRow&) const = default;
    };

    BillingStore(QSqlDatabase& db, Dialect dialect);
    ~BillingStore();
    BillingStore(const BillingStore&) = delete;
    BillingStore& operator=(const BillingStore&) = delete;

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    // The order of writes. On PostgreSQL with libpq the writes of a batch are held back and sent
    // when the next batch has been looked up, to run while it is checked (docs/billing-import.md,
    // "Writing"); elsewhere every statement runs at once and these only report ok().
    // A batch's lookups are done: what the batch before wrote goes to the server now.
    bool beginChecks();
    // Everything written so far is in the database (the end of an array).
    bool sync();
    // The end of the import: every write done, the id sequences past the ids the import gave out.
    bool finishWrites();

    // The import's temporary tables, and where the ids it will insert start.
    bool createScratchTables();
    bool dropScratchTables();
    // The last file imported (the newest: files are applied in generatedAt order).
    struct LastImport {
        qint64 generatedAtMs = 0;
        QString generatedAt;
        QString sha256; // hex
        int entities = 0;
    };
    std::optional<LastImport> lastImport();
    bool recordImport(const QString& fileName, const QByteArray& sha256, const QString& generatedAt,
                      qint64 generatedAtMs, const QString& periodUpTo, int inserted, int updated, int unchanged,
                      qint64 importedAt);

    // ---- generic rows by key
    QHash<RowKey, StoredRow> fetch(const Table& table, const QList<QVariantList>& keys);
    // rows: key values then column values; returns the id of each row by its key, except when
    // writes go behind (then the caller knows the ids of the rows it updates). With markAs, each
    // row written is marked as used by this file in that scope (tables others write too).
    QHash<RowKey, qint64> upsert(const Table& table, const QList<QVariantList>& rows,
                                 std::optional<Scope> markAs = std::nullopt);
    // The same for rows known to be new: no conflict check (a key there already is a failure).
    // Returns the ids of tables only imports write (given out by the import when writes go behind).
    QHash<RowKey, qint64> insert(const Table& table, const QList<QVariantList>& rows);
    // Marks ids as used by this file in a scope; returns those that were already. Rows this import
    // inserted into a table only imports write count as used without a mark.
    QSet<qint64> markUsed(Scope scope, const QList<qint64>& ids);

    // ---- references
    QHash<QString, qint64> ids(const QString& table, const QString& keyColumn, const QStringList& keys);
    QHash<QString, TariffRef> tariffs(const QStringList& codes);
    QHash<QString, ContractRef> contractsByCode(const QStringList& codes);
    QList<ContractRef> contractsOfAccounts(const QList<qint64>& accountIds);
    QHash<QString, MeterRef> meters(const QStringList& externalIds);
    // Those of these ids that this file has used in the scope so far.
    QSet<qint64> usedAmong(Scope scope, const QList<qint64>& ids);
    QHash<qint64, QString> providerCodes(const QList<qint64>& ids);

    // ---- contract tariffs, in order
    QHash<qint64, QList<qint64>> contractTariffs(const QList<qint64>& contractIds);
    // Contracts inserted by this import have no list to delete: only those in stored are.
    bool replaceContractTariffs(const QHash<qint64, QList<qint64>>& tariffsByContract, const QList<qint64>& stored);

    // ---- bills
    // The stored ones of these bills: (account id, period) -> (bill id, content).
    QHash<QPair<qint64, QString>, QPair<qint64, BillRow>> bills(const QList<QPair<qint64, QString>>& keys);
    // Writes bills whole: new headers inserted, those of replaced bills (their stored ids by key)
    // updated, stored blocks and lines of replaced bills deleted, the new ones inserted. Keyed by
    // (account id, period).
    bool writeBills(const QList<QPair<QPair<qint64, QString>, BillRow>>& bills,
                    const QHash<QPair<qint64, QString>, qint64>& replaced);

    // ---- the file's credited payments, for the bills' paid (rule 5): per account, sub-account, period
    using CreditKey = QPair<qint64, QPair<QString, QString>>;
    bool addCredited(const QHash<CreditKey, qint64>& amounts);
    QHash<CreditKey, qint64> credited(const QList<qint64>& accountIds);

private:
    // Waits for the writes sent behind, so the connection is Qt's again; false on their error.
    bool settled();
    // execRows' statement held back for the write-behind (PostgreSQL arrays as text parameters).
    bool holdRows(const QString& head, qsizetype columns, const QString& tail, const QList<QVariantList>& rows);
    // The first of n consecutive ids for new rows of a table only imports write (write-behind).
    qint64 allocateIds(const QString& table, qsizetype n);
    // sql with "%1" replaced by a membership test of ids: deletes, held back when writes go behind.
    bool deleteIn(const QString& sql, const QList<qint64>& ids);
    QSqlQuery* prepared(const QString& sql);
    bool exec(QSqlQuery* q);
    // INSERT … onConflict RETURNING id and the key: the ids by key.
    QHash<RowKey, qint64> insertRows(const Table& table, const QString& onConflict, const QList<QVariantList>& rows);
    // Runs "head VALUES (?,…),… tail" over rows in chunks; onRow sees each row a RETURNING gives.
    bool execRows(const QString& head, qsizetype columns, const QString& tail, const QList<QVariantList>& rows,
                  const std::function<void(QSqlQuery&)>& onRow = {});
    // "IN (?, …)" on SQLite, "= ANY(?::type[])" on PostgreSQL, and its values bound.
    QString membership(const QVariantList& values) const;
    void bindMembers(QSqlQuery* q, int* position, const QVariantList& values) const;
    // Runs sql with "%1" replaced by a membership test for each chunk of values; onRow sees each result row.
    bool selectIn(const QString& sql, const QVariantList& values, const std::function<void(QSqlQuery&)>& onRow,
                  const QVariantList& before = {});
    bool run(const QString& sql);
    bool fail(const QSqlQuery& q);

    QSqlDatabase& m_db;
    Dialect m_dialect;
    QString m_error;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    // Per scope of a table only imports write: ids from here on were inserted by this import
    // (imports serialize, so nobody else adds rows meanwhile).
    QHash<Scope, qint64> m_firstNewId;
    // Write-behind only: the next id the import gives out per table, and where it started.
    QHash<QString, qint64> m_nextId, m_firstId;
    // Declared last, so it waits for what it sent before the statements above are released.
    std::unique_ptr<PostgresWriteBehind> m_behind;
};

// SQLite: a larger page cache for the import's connection while it lives, the one it had
// before afterwards (docs/billing-import.md, "Writing"). One import transaction touches far more
// pages than the default cache holds; the pages it has to drop mid-transaction are written to
// the WAL, and one page may be written there many times over. Nothing on PostgreSQL.
class ImportCache {
public:
    ImportCache(QSqlDatabase& db, Dialect dialect);
    ~ImportCache();
    ImportCache(const ImportCache&) = delete;
    ImportCache& operator=(const ImportCache&) = delete;

private:
    QSqlDatabase& m_db;
    QList<QPair<QString, QVariant>> m_before; // "main.cache_size" -> its value
};

} // namespace lkk::server::billing
