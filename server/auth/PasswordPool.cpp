#include "server/auth/PasswordPool.h"

#include <QLoggingCategory>
#include <QSemaphore>

Q_LOGGING_CATEGORY(lcPasswordPool, "lkk.server.auth.passwords")

namespace lkk::server {

PasswordPool::PasswordPool(const PasswordHasher& hasher, Options options, QThreadPool* workers)
    : m_hasher(hasher)
    , m_options(options)
    , m_workers(workers) {
    m_pool.setMaxThreadCount(qMax(1, options.threads));
    m_pool.setExpiryTimeout(-1);
}

PasswordPool::~PasswordPool() {
    m_pool.waitForDone();
}

bool PasswordPool::run(const std::function<void()>& job) const {
    const int capacity = qMax(1, m_options.threads) + qMax(0, m_options.queue);
    int current = m_inFlight.load();
    do {
        if (current >= capacity)
            return false;
    } while (!m_inFlight.compare_exchange_weak(current, current + 1));

    QSemaphore done;
    m_pool.start([&job, &done] {
        job();
        done.release();
    });
    // While this worker only waits, the router's pool may run another request in its place.
    if (m_workers)
        m_workers->releaseThread();
    done.acquire();
    if (m_workers)
        m_workers->reserveThread();
    m_inFlight.fetch_sub(1);
    return true;
}

Failure PasswordPool::busy() const {
    qCWarning(lcPasswordPool) << "password pool full: answered 503";
    return Failure::of(503, errc::serviceUnavailable)
        .withHeader("Retry-After", QByteArray::number(m_options.retryAfterSec));
}

Result<bool> PasswordPool::verify(const QString& storedHash, const QString& password) const {
    bool ok = false;
    if (!run([&] { ok = m_hasher.verify(storedHash, password); }))
        return busy();
    return ok;
}

Result<bool> PasswordPool::verifyDummy(const QString& password) const {
    if (!run([&] { m_hasher.verifyDummy(password); }))
        return busy();
    return false;
}

Result<QString> PasswordPool::hash(const QString& password) const {
    QString hashed;
    if (!run([&] { hashed = m_hasher.hash(password); }))
        return busy();
    if (hashed.isEmpty())
        return Failure::of(503, errc::serviceUnavailable);
    return hashed;
}

} // namespace lkk::server
