#pragma once

#include "app/api/ApiError.h"
#include "app/appeals/AppealDtos.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <chrono>
#include <optional>

namespace lkk {

class ClockTimer;
class Session;

// New appeals and replies the user sent, and the «Новое обращение» forms they left unfinished,
// kept so that nothing written is lost: one JSON file per server and user in AppDataLocation,
// owner-only (0600), written atomically. Queued messages go one at a time, oldest first, each
// with its own Idempotency-Key that every resend reuses, so the server stores it exactly once
// (docs/appeals.md). A network failure, a timeout, 5xx, 429 or 401 keeps it queued and retries on
// the session's clock with a growing delay (at once on retryNow()); any other refusal is final
// and kept with the server's error. open() resumes what an earlier run left queued.
class AppealOutbox : public QObject {
    Q_OBJECT
public:
    enum class State { Pending, Sending, Sent, Refused };
    Q_ENUM(State)
    enum class Kind { NewAppeal, Reply };

    struct Entry {
        QString key; // the Idempotency-Key
        Kind kind = Kind::NewAppeal;
        NewAppeal appeal;         // Kind::NewAppeal
        NewAppealMessage message; // Kind::Reply
        State state = State::Pending;
        QDateTime createdAt;
        int attempts = 0;
        std::optional<ApiError> error; // Refused: final; Pending: the last failure
        qint64 appealId = 0;           // Sent: the appeal it opened or answered
    };

    // An unfinished «Новое обращение» of an account: what was typed and the files chosen.
    struct Draft {
        qint64 accountId = 0;
        qint64 providerId = 0;
        QString topic;
        QString text;
        QStringList files; // paths
        bool isEmpty() const { return text.trimmed().isEmpty() && files.isEmpty(); }
        friend bool operator==(const Draft&, const Draft&) = default;
    };

    explicit AppealOutbox(Session* session, QObject* parent = nullptr);
    ~AppealOutbox() override;

    void open(const QString& serverUrl, qint64 userId);
    bool isOpen() const { return !m_path.isEmpty(); }
    QString filePath() const { return m_path; }
    static QString filePathFor(const QString& serverUrl, qint64 userId);

    // Queue a message; returns its Idempotency-Key (new each time).
    QString send(const NewAppeal& appeal);
    QString send(const NewAppealMessage& message);
    void retryNow();
    void forget(const QString& key); // a final entry the user has seen

    const QList<Entry>& entries() const { return m_entries; }
    std::optional<Entry> entry(const QString& key) const;
    int pendingCount() const;

    std::optional<Draft> draft(qint64 accountId) const;
    void saveDraft(const Draft& draft); // an empty one removes it
    void removeDraft(qint64 accountId);

    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);

signals:
    void entryChanged(const QString& key);
    // The server stored it (or had stored it: a replay); `thread` is the appeal as it is now.
    void sent(const QString& key, const lkk::AppealThread& thread);

private:
    QString enqueue(Entry entry);
    void load();
    bool save();
    void sendNext();
    void finish(const QString& key, const std::optional<AppealThread>& thread, const std::optional<ApiError>& error);
    Entry* find(const QString& key);

    Session* m_session;
    QString m_path;
    QList<Entry> m_entries;
    QList<Draft> m_drafts;
    ClockTimer* m_retry;
    QString m_inFlight;
    std::chrono::milliseconds m_firstDelay{1000};
    std::chrono::milliseconds m_maxDelay{60000};
    std::chrono::milliseconds m_delay{0};
};

} // namespace lkk
