#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <utility>

namespace lkk {

struct ApiError;

// The one place in the main window that says the server cannot be reached or cannot serve now.
// The pages of the account area report such failures here instead of each showing a message of its own
// (one outage would otherwise show the same news in the window's banner and again in the page),
// keep what they showed, and leave the retry to the banner's one «Повторить», which runs every
// reported page's retry.
class ConnectionTrouble : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // The server was not reached at all (no network, refused, timed out, untrusted certificate):
    // trying again later may help; the server's own answers (4xx, 5xx) are not such trouble.
    static bool isConnectionProblem(const ApiError& error);
    // A connection problem, or the server's answer that it cannot serve now (503: its database is
    // out of reach, or it is overloaded): the same requests may pass later, and what is reported
    // here is retried by the banner's «Повторить».
    static bool isTemporary(const ApiError& error);

    // `page` could not load for `error`; `retry` loads it again. One retry per page is kept (the
    // latest): a page that failed twice is retried once.
    void report(const ApiError& error, QObject* page, std::function<void()> retry);
    // Runs and forgets the reported retries (pages gone meanwhile are skipped).
    void retryAll();

signals:
    void reported(const lkk::ApiError& error);

private:
    struct Pending {
        QPointer<QObject> page;
        std::function<void()> retry;
    };
    QHash<QObject*, Pending> m_pending;
};

} // namespace lkk
