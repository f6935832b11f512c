#include "server/accounts/AccountContext.h"

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

} // namespace lkk::server::accounts
