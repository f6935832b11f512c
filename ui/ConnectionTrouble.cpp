#include "ui/ConnectionTrouble.h"

#include "app/api/ApiError.h"

namespace lkk {

bool ConnectionTrouble::isConnectionProblem(const ApiError& error) {
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
           error.kind == ApiError::Kind::Tls;
}

bool ConnectionTrouble::isTemporary(const ApiError& error) {
    return isConnectionProblem(error) || (error.kind == ApiError::Kind::Http && error.httpStatus == 503);
}

void ConnectionTrouble::report(const ApiError& error, QObject* page, std::function<void()> retry) {
    if (page && retry)
        m_pending.insert(page, {page, std::move(retry)});
    emit reported(error);
}

void ConnectionTrouble::retryAll() {
    const QHash<QObject*, Pending> pending = std::exchange(m_pending, {});
    for (const Pending& p : pending) {
        if (p.page)
            p.retry();
    }
}

} // namespace lkk
