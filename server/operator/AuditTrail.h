#pragma once

#include "server/Result.h"
#include "server/http/RequestContext.h"

#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <limits>

namespace lkk::server::operators {

// The actions the trail records (operator_audit.action).
namespace action {
inline constexpr char search[] = "search";                          // a caller search (no customer)
inline constexpr char cabinetOpen[] = "cabinet_open";               // a caller's cabinet summary read
inline constexpr char readingsView[] = "readings_view";             // an account's readings form read
inline constexpr char cabinetView[] = "cabinet_view";               // a read of the caller's cabinet (details.view)
inline constexpr char readingSubmit[] = "reading_submit";           // a reading submitted on the caller's behalf
inline constexpr char confirmationResend[] = "confirmation_resend"; // the registration mail sent again
inline constexpr char signInLockLift[] = "sign_in_lock_lift";       // the caller's sign-in lock lifted
inline constexpr char linkLockLift[] = "link_lock_lift";            // an account's link lock lifted
inline constexpr char appealCreate[] = "appeal_create";             // an appeal registered for the caller
inline constexpr char limitExceeded[] = "limit_exceeded";           // a refused request (details.limit)
} // namespace action

// One entry of the trail, as a read or an action writes it; 0 = none for the ids.
struct AuditEntry {
    qint64 operatorId = 0;
    qint64 customerId = 0;
    qint64 accountId = 0;
    QString action;
    QString reason;
    QJsonObject details;
};

// An entry as read back, with the names a supervisor sees.
struct AuditRow {
    qint64 id = 0;
    qint64 at = 0;
    qint64 operatorId = 0;
    QString operatorName;
    QString operatorEmail;
    qint64 customerId = 0;
    QString customerName;
    qint64 accountId = 0;
    QString accountNumber;
    QString action;
    QString reason;
    QJsonObject details;
    QString requestId;
};

// The append-only operator audit trail (operator_audit, docs/security.md «Operator audit
// trail»). record() writes inside the caller's transaction, so the entry and what it records
// commit or vanish together; nothing here updates or deletes, and the database's triggers refuse
// both. SQLite and PostgreSQL.
class AuditTrail {
public:
    static Result<Done> record(QSqlDatabase& db, const RequestContext& context, const AuditEntry& entry);

    // The operator's entries of `action` since sinceMs: how many, and the time of the oldest.
    struct Count {
        int entries = 0;
        qint64 oldestAt = 0;
    };
    static Result<Count> count(QSqlDatabase& db, qint64 operatorId, const char* action, qint64 sinceMs);
    // The different customers whose data the operator read (cabinet_open, readings_view,
    // cabinet_view) since sinceMs, and whether `customerId` is one of them.
    struct Customers {
        int distinct = 0;
        bool includes = false;
        qint64 oldestAt = 0;
    };
    static Result<Customers> customersRead(QSqlDatabase& db, qint64 operatorId, qint64 sinceMs, qint64 customerId);

    struct Filter {
        qint64 operatorId = 0;                            // 0: any
        qint64 customerId = 0;                            // 0: any
        qint64 fromMs = 0;                                // at >= fromMs
        qint64 toMs = std::numeric_limits<qint64>::max(); // at < toMs
        int limit = 100;
        int offset = 0;
    };
    // Newest first; *total gets the number of all entries that match.
    static Result<QList<AuditRow>> rows(QSqlDatabase& db, const Filter& filter, int* total);

    // Every entry with fromMs <= at < toMs, oldest first, as CSV (RFC 4180, a header line, UTF-8;
    // a text that a spreadsheet would take for a formula starts with an apostrophe). The number of
    // entries written, or -1 when the database failed.
    static qint64 exportCsv(QSqlDatabase& db, qint64 fromMs, qint64 toMs, QIODevice& out);
};

} // namespace lkk::server::operators
