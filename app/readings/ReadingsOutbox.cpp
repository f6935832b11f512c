#include "app/readings/ReadingsOutbox.h"

#include "app/api/ApiErrorStore.h"
#include "app/core/OwnerOnlyFile.h"
#include "app/core/Sha256Hex.h"
#include "app/readings/ReadingsCodec.h"
#include "app/readings/ReadingsLogging.h"
#include "app/readings/ReadingsOperations.h"
#include "app/session/Session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

QString stateName(ReadingsOutbox::State state) {
    switch (state) {
    case ReadingsOutbox::State::Pending:
    case ReadingsOutbox::State::Sending: // a send cut short by the exit is pending again
        return u"pending"_s;
    case ReadingsOutbox::State::Accepted:
        return u"accepted"_s;
    case ReadingsOutbox::State::Refused:
        return u"refused"_s;
    }
    return u"pending"_s;
}

} // namespace

ReadingsOutbox::ReadingsOutbox(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_retry(session->clock().createTimer(this)) {
    connect(m_retry, &ClockTimer::timeout, this, &ReadingsOutbox::sendNext);
}

ReadingsOutbox::~ReadingsOutbox() = default;

QString ReadingsOutbox::filePathFor(const QString& serverUrl, qint64 userId) {
    // One file per server and user; the name says nothing about either.
    const QByteArray key = serverUrl.toUtf8() + '\n' + QByteArray::number(userId);
    const QString hash = sha256Hex(key).left(32);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/outbox/readings-"_s + hash +
           u".json"_s;
}

void ReadingsOutbox::open(const QString& serverUrl, qint64 userId) {
    m_path = filePathFor(serverUrl, userId);
    m_entries.clear();
    m_inFlight.clear();
    load();
    sendNext();
}

void ReadingsOutbox::load() {
    QFile file(m_path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcReadings) << "outbox: cannot read" << m_path << file.errorString();
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonArray items = doc.object().value("entries"_L1).toArray();
    bool dropped = false;
    for (const QJsonValue& item : items) {
        const QJsonObject o = item.toObject();
        const QString state = o.value("state"_L1).toString();
        if (state != "pending"_L1) { // seen in an earlier run
            dropped = true;
            continue;
        }
        auto submission = json::readingSubmissionFromJson(o.value("submission"_L1).toObject());
        if (!submission || submission->submissionId.isEmpty()) {
            qCWarning(lcReadings) << "outbox: skipping an unreadable entry";
            dropped = true;
            continue;
        }
        Entry e;
        e.submission = *submission;
        e.state = State::Pending;
        e.createdAt = QDateTime::fromString(o.value("createdAt"_L1).toString(), Qt::ISODate);
        e.attempts = o.value("attempts"_L1).toInt();
        if (o.value("error"_L1).isObject())
            e.error = apiErrorFromJson(o.value("error"_L1).toObject());
        m_entries.append(e);
    }
    qCInfo(lcReadings) << "outbox: loaded" << m_entries.size() << "pending submission(s)";
    if (dropped)
        save();
}

bool ReadingsOutbox::save() {
    if (m_path.isEmpty())
        return false;
    QJsonArray items;
    for (const Entry& e : std::as_const(m_entries)) {
        QJsonObject submission = json::readingSubmissionToJson(e.submission);
        submission.insert("accountId"_L1, e.submission.accountId);
        QJsonObject o{{"submission"_L1, submission},
                      {"state"_L1, stateName(e.state)},
                      {"createdAt"_L1, e.createdAt.toString(Qt::ISODateWithMs)},
                      {"attempts"_L1, e.attempts}};
        if (e.result)
            o.insert("result"_L1, json::readingSubmissionResultToJson(*e.result));
        if (e.error)
            o.insert("error"_L1, apiErrorToJson(*e.error));
        items.append(o);
    }
    // Owner only: the readings of the user's meters.
    const QByteArray data =
        QJsonDocument(QJsonObject{{"version"_L1, 1}, {"entries"_L1, items}}).toJson(QJsonDocument::Compact);
    QString error;
    if (!writeOwnerOnlyFile(m_path, data, &error)) {
        qCWarning(lcReadings) << "outbox: cannot write" << m_path << error;
        return false;
    }
    return true;
}

QString ReadingsOutbox::submit(ReadingSubmission submission) {
    if (submission.submissionId.isEmpty())
        submission.submissionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Entry e;
    e.submission = submission;
    e.createdAt = m_session->clock().now();
    m_entries.append(e);
    save(); // before sending: a crash now still leaves it queued
    emit entryChanged(submission.submissionId);
    if (!m_retry->isActive())
        sendNext();
    return submission.submissionId;
}

void ReadingsOutbox::retryNow() {
    m_retry->stop();
    m_delay = std::chrono::milliseconds(0);
    sendNext();
}

void ReadingsOutbox::forget(const QString& submissionId) {
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry& e) { return e.submission.submissionId == submissionId; });
    if (it == m_entries.end() || it->state == State::Pending || it->state == State::Sending)
        return;
    m_entries.erase(it);
    save();
    emit entryRemoved(submissionId);
}

std::optional<ReadingsOutbox::Entry> ReadingsOutbox::entry(const QString& submissionId) const {
    for (const Entry& e : m_entries) {
        if (e.submission.submissionId == submissionId)
            return e;
    }
    return std::nullopt;
}

std::optional<ReadingsOutbox::Entry> ReadingsOutbox::latestFor(qint64 accountId, qint64 meterId) const {
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->submission.accountId == accountId && it->submission.meterId == meterId)
            return *it;
    }
    return std::nullopt;
}

int ReadingsOutbox::pendingCount() const {
    return static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(), [](const Entry& e) {
        return e.state == State::Pending || e.state == State::Sending;
    }));
}

void ReadingsOutbox::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds max) {
    m_firstDelay = first;
    m_maxDelay = max;
}

bool ReadingsOutbox::isTransient(const ApiError& error) {
    return isTransientForResend(error);
}

ReadingsOutbox::Entry* ReadingsOutbox::find(const QString& submissionId) {
    for (Entry& e : m_entries) {
        if (e.submission.submissionId == submissionId)
            return &e;
    }
    return nullptr;
}

void ReadingsOutbox::sendNext() {
    if (!m_inFlight.isEmpty() || !m_session || !m_session->isSignedIn())
        return;
    Entry* next = nullptr;
    for (Entry& e : m_entries) {
        if (e.state == State::Pending) {
            next = &e;
            break;
        }
    }
    if (!next)
        return;
    next->state = State::Sending;
    ++next->attempts;
    const QString id = next->submission.submissionId;
    m_inFlight = id;
    emit entryChanged(id);
    qCDebug(lcReadings) << "outbox: sending" << id << "attempt" << next->attempts;
    m_session->authorized(SubmitReadingOperation{next->submission}, this,
                          [this, id](Result<ReadingSubmissionResult> result) {
                              if (result)
                                  finish(id, result.value(), std::nullopt);
                              else
                                  finish(id, std::nullopt, result.error());
                          });
}

void ReadingsOutbox::finish(const QString& submissionId, const std::optional<ReadingSubmissionResult>& result,
                            const std::optional<ApiError>& error) {
    m_inFlight.clear();
    Entry* e = find(submissionId);
    if (!e)
        return;
    bool transient = false;
    if (result) {
        e->state = State::Accepted;
        e->result = result;
        e->error.reset();
        qCInfo(lcReadings) << "outbox: accepted" << submissionId << (result->replay ? "(replay)" : "");
    } else if (error && isTransient(*error)) {
        e->state = State::Pending;
        e->error = error;
        transient = true;
        qCInfo(lcReadings) << "outbox: will retry" << submissionId << "after" << error->message;
    } else {
        e->state = State::Refused;
        e->error = error;
        qCInfo(lcReadings) << "outbox: refused" << submissionId << (error ? error->code : QString());
    }
    save();
    emit entryChanged(submissionId);
    if (transient) {
        scheduleRetry();
    } else {
        m_delay = std::chrono::milliseconds(0);
        sendNext();
    }
}

void ReadingsOutbox::scheduleRetry() {
    m_delay = m_delay.count() == 0 ? m_firstDelay : std::min(m_delay * 2, m_maxDelay);
    m_retry->start(m_delay);
}

} // namespace lkk
