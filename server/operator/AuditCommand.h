#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace lkk::server::operators {

// `lkk-server audit export --from WHEN --to WHEN [--out FILE] [--db URL | --data-dir DIR]
// [--config FILE]`: writes the operator audit trail of the period as CSV (AuditTrail::exportCsv)
// to FILE or stdout (docs/operations.md, «Operator audit trail»). WHEN is a day (Tomsk time;
// --to includes it) or an ISO 8601 instant with its offset. Exit status 0 = written, 2 = bad
// usage, 1 = the database or the file failed.
class AuditCommand {
public:
    static bool isAuditCommand(const QStringList& arguments);
    static int run(const QStringList& arguments, const QProcessEnvironment& environment);
};

} // namespace lkk::server::operators
