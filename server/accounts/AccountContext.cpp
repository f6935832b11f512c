#include "server/accounts/AccountContext.h"

#include "shared/ErrorCodes.h"

namespace lkk::server::accounts {

qint64 parsePathId(const QString& text) {
    if (text.isEmpty() || text.size() > 18)
        return 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return 0;
    }
    return text.toLongLong();
}

ApiReply databaseDown(QSqlDatabase& db, Language language) {
    db.close();
    return ApiReply::error(503, errc::serviceUnavailable, language);
}

} // namespace lkk::server::accounts
