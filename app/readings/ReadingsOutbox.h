#pragma once

#include "app/api/ApiError.h"
#include "app/readings/ReadingsDtos.h"

#include <QDateTime>
#include <QObject>
#include <chrono>
#include <optional>

namespace lkk {

class ClockTimer;
class Session;

// The submissions the user made and their fate, persisted so that nothing typed is lost: a JSON
// file per server and user in AppDataLocation (written atomically). Entries are sent one at a time,
// oldest first; a network failure, a timeout or a 5xx/429 keeps the entry pending and retries with
// a growing delay (and at once on retryNow()); any other 4xx is final and kept with the server's
// error for the user. Every retry reuses the entry's submissionId, which the server uses to store
// a submission exactly once. Loading the file (open()) resumes what was pending; entries that had
// reached a final state in an earlier run are dropped then. The retries wait on the session's clock.
class ReadingsOutbox : public QObject {
    Q_OBJECT
public:
    enum class State { Pending, Sending, Accepted, Refused };
    Q_ENUM(State)

    struct Entry {
        ReadingSubmission submission;
        State state = State::Pending;
        QDateTime createdAt;
        int attempts = 0;
        std::optional<ReadingSubmissionResult> result; // Accepted
        std::optional<ApiError> error;                 // Refused: final; Pending: the last failure
    };

    explicit ReadingsOutbox(Session* session, QObject* parent = nullptr);
    ~ReadingsOutbox() override;

    // Loads (or starts) the outbox of this server and user and sends what is pending.
    void open(const QString& serverUrl, qint64 userId);
    bool isOpen() const { return !m_path.isEmpty(); }
    QString filePath() const { return m_path; }
    static QString filePathFor(const QString& serverUrl, qint64 userId);

    // Queues a submission (a fresh submissionId when it has none) and returns its id.
    QString submit(ReadingSubmission submission);
    void retryNow();
    // Removes a final entry (the user has seen it); pending ones stay.
    void forget(const QString& submissionId);

    const QList<Entry>& entries() const { return m_entries; }
    std::optional<Entry> entry(const QString& submissionId) const;
    // The newest entry for a meter, if any.
    std::optional<Entry> latestFor(qint64 accountId, qint64 meterId) const;
    int pendingCount() const;

    // The delay before the first retry, doubling up to `max` (1 s and a minute unless set).
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);

    static bool isTransient(const ApiError& error);

signals:
    void entryChanged(const QString& submissionId);
    void entryRemoved(const QString& submissionId);

private:
    void load();
    bool save();
    void sendNext();
    void finish(const QString& submissionId, const std::optional<ReadingSubmissionResult>& result,
                const std::optional<ApiError>& error);
    void scheduleRetry();
    Entry* find(const QString& submissionId);

    Session* m_session;
    QString m_path;
    QList<Entry> m_entries;
    ClockTimer* m_retry;
    QString m_inFlight;
    std::chrono::milliseconds m_firstDelay{1000};
    std::chrono::milliseconds m_maxDelay{60000};
    std::chrono::milliseconds m_delay{0};
};

} // namespace lkk
