#pragma once

#include "server/Result.h"
#include "server/auth/PasswordHasher.h"

#include <QThreadPool>
#include <atomic>
#include <functional>

namespace lkk::server {

// Runs Argon2 (PasswordHasher) on a few threads of its own with a bounded queue, so password
// work cannot take every worker thread and CPU core: the rest of the API keeps its latency while
// someone floods a password route. A worker thread that waits for its hash lends its slot to the
// worker pool meanwhile (QThreadPool::releaseThread), so requests without password work still
// find a free worker. When the threads are busy and the queue is full, the call fails at once
// with 503 service_unavailable and Retry-After (docs/security.md, «Password work»).
class PasswordPool {
public:
    struct Options {
        int threads = 2;
        int queue = 16; // waiting jobs beyond the running ones
        int retryAfterSec = 1;
    };

    // workers: the pool the callers run on (the router's), or null (start-up, tests).
    PasswordPool(const PasswordHasher& hasher, Options options, QThreadPool* workers);
    ~PasswordPool();
    PasswordPool(const PasswordPool&) = delete;
    PasswordPool& operator=(const PasswordPool&) = delete;

    Result<bool> verify(const QString& storedHash, const QString& password) const;
    // The same work against a dummy hash (unknown e-mail): Ok(false) unless the pool is full.
    Result<bool> verifyDummy(const QString& password) const;
    // The hash; 503 when the pool is full or hashing failed (out of memory).
    Result<QString> hash(const QString& password) const;

    // Jobs running or queued now (tests, logs).
    int inFlight() const { return m_inFlight.load(); }
    const PasswordHasher& hasher() const { return m_hasher; }

private:
    // Runs job on the pool and waits for it; false when the pool was full (job not run).
    bool run(const std::function<void()>& job) const;
    Failure busy() const;

    const PasswordHasher& m_hasher;
    Options m_options;
    QThreadPool* m_workers;
    mutable QThreadPool m_pool;
    mutable std::atomic<int> m_inFlight{0};
};

} // namespace lkk::server
