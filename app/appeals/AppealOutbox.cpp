#include "app/appeals/AppealOutbox.h"

#include "app/api/ApiErrorStore.h"
#include "app/appeals/AppealsCodec.h"
#include "app/appeals/AppealsLogging.h"
#include "app/appeals/AppealsOperations.h"
#include "app/core/OwnerOnlyFile.h"
#include "app/core/Sha256Hex.h"
#include "app/session/Session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

QString stateName(AppealOutbox::State state) {
    switch (state) {
    case AppealOutbox::State::Pending:
    case AppealOutbox::State::Sending: // a send cut short by the exit is pending again
        return u"pending"_s;
    case AppealOutbox::State::Sent:
        return u"sent"_s;
    case AppealOutbox::State::Refused:
        return u"refused"_s;
    }
    return u"pending"_s;
}

QJsonObject draftToJson(const AppealOutbox::Draft& d) {
    return QJsonObject{{"accountId"_L1, d.accountId},
                       {"providerId"_L1, d.providerId},
                       {"topic"_L1, d.topic},
                       {"text"_L1, d.text},
                       {"files"_L1, QJsonArray::fromStringList(d.files)}};
}

AppealOutbox::Draft draftFromJson(const QJsonObject& o) {
    AppealOutbox::Draft d;
    d.accountId = o.value("accountId"_L1).toInteger();
    d.providerId = o.value("providerId"_L1).toInteger();
    d.topic = o.value("topic"_L1).toString();
    d.text = o.value("text"_L1).toString();
    for (const QJsonValue& f : o.value("files"_L1).toArray())
        d.files.append(f.toString());
    return d;
}

} // namespace

AppealOutbox::AppealOutbox(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_retry(session->clock().createTimer(this)) {
    connect(m_retry, &ClockTimer::timeout, this, &AppealOutbox::sendNext);
}

AppealOutbox::~AppealOutbox() = default;

QString AppealOutbox::filePathFor(const QString& serverUrl, qint64 userId) {
    // One file per server and user; the name says nothing about either.
    const QByteArray key = serverUrl.toUtf8() + '\n' + QByteArray::number(userId);
    const QString hash = sha256Hex(key).left(32);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/outbox/appeals-"_s + hash +
           u".json"_s;
}

void AppealOutbox::open(const QString& serverUrl, qint64 userId) {
    m_path = filePathFor(serverUrl, userId);
    m_entries.clear();
    m_drafts.clear();
    m_inFlight.clear();
    load();
    sendNext();
}

void AppealOutbox::load() {
    QFile file(m_path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcAppeals) << "outbox: cannot read" << m_path << file.errorString();
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    bool dropped = false;
    for (const QJsonValue& item : root.value("entries"_L1).toArray()) {
        const QJsonObject o = item.toObject();
        if (o.value("state"_L1).toString() != "pending"_L1) { // seen in an earlier run
            dropped = true;
            continue;
        }
        Entry e;
        e.key = o.value("key"_L1).toString();
        e.kind = o.value("kind"_L1).toString() == "reply"_L1 ? Kind::Reply : Kind::NewAppeal;
        bool readable = !e.key.isEmpty();
        if (e.kind == Kind::NewAppeal) {
            const auto appeal = json::newAppealFromJson(o.value("appeal"_L1).toObject());
            readable = readable && appeal;
            e.appeal = appeal.value_or(NewAppeal{});
        } else {
            const auto message = json::newAppealMessageFromJson(o.value("message"_L1).toObject());
            readable = readable && message;
            e.message = message.value_or(NewAppealMessage{});
        }
        if (!readable) {
            qCWarning(lcAppeals) << "outbox: skipping an unreadable entry";
            dropped = true;
            continue;
        }
        e.createdAt = QDateTime::fromString(o.value("createdAt"_L1).toString(), Qt::ISODate);
        e.attempts = o.value("attempts"_L1).toInt();
        if (o.value("error"_L1).isObject())
            e.error = apiErrorFromJson(o.value("error"_L1).toObject());
        m_entries.append(e);
    }
    for (const QJsonValue& item : root.value("drafts"_L1).toArray()) {
        const Draft d = draftFromJson(item.toObject());
        if (d.accountId > 0 && !d.isEmpty())
            m_drafts.append(d);
    }
    qCInfo(lcAppeals) << "outbox: loaded" << m_entries.size() << "queued message(s)," << m_drafts.size() << "draft(s)";
    if (dropped)
        save();
}

bool AppealOutbox::save() {
    if (m_path.isEmpty())
        return false;
    QJsonArray items;
    for (const Entry& e : std::as_const(m_entries)) {
        QJsonObject o{{"key"_L1, e.key},
                      {"kind"_L1, e.kind == Kind::Reply ? u"reply"_s : u"appeal"_s},
                      {"state"_L1, stateName(e.state)},
                      {"createdAt"_L1, e.createdAt.toString(Qt::ISODateWithMs)},
                      {"attempts"_L1, e.attempts}};
        if (e.kind == Kind::Reply)
            o.insert("message"_L1, json::newAppealMessageToJson(e.message));
        else
            o.insert("appeal"_L1, json::newAppealToJson(e.appeal));
        if (e.error)
            o.insert("error"_L1, apiErrorToJson(*e.error));
        if (e.appealId)
            o.insert("appealId"_L1, e.appealId);
        items.append(o);
    }
    QJsonArray drafts;
    for (const Draft& d : std::as_const(m_drafts))
        drafts.append(draftToJson(d));
    const QByteArray data = QJsonDocument(QJsonObject{{"version"_L1, 1}, {"entries"_L1, items}, {"drafts"_L1, drafts}})
                                .toJson(QJsonDocument::Compact);
    QString error;
    if (!writeOwnerOnlyFile(m_path, data, &error)) { // owner only: what the user wrote to the utility
        qCWarning(lcAppeals) << "outbox: cannot write" << m_path << error;
        return false;
    }
    return true;
}

QString AppealOutbox::send(const NewAppeal& appeal) {
    Entry e;
    e.kind = Kind::NewAppeal;
    e.appeal = appeal;
    return enqueue(e);
}

QString AppealOutbox::send(const NewAppealMessage& message) {
    Entry e;
    e.kind = Kind::Reply;
    e.message = message;
    return enqueue(e);
}

QString AppealOutbox::enqueue(Entry entry) {
    entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces); // 36 of [0-9a-f-]: a valid key
    entry.createdAt = m_session->clock().now();
    m_entries.append(entry);
    save(); // before sending: a crash now still leaves it queued
    emit entryChanged(entry.key);
    if (!m_retry->isActive())
        sendNext();
    return entry.key;
}

void AppealOutbox::retryNow() {
    m_retry->stop();
    m_delay = std::chrono::milliseconds(0);
    sendNext();
}

void AppealOutbox::forget(const QString& key) {
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.key == key; });
    if (it == m_entries.end() || it->state == State::Pending || it->state == State::Sending)
        return;
    m_entries.erase(it);
    save();
}

std::optional<AppealOutbox::Entry> AppealOutbox::entry(const QString& key) const {
    for (const Entry& e : m_entries) {
        if (e.key == key)
            return e;
    }
    return std::nullopt;
}

int AppealOutbox::pendingCount() const {
    return static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(), [](const Entry& e) {
        return e.state == State::Pending || e.state == State::Sending;
    }));
}

std::optional<AppealOutbox::Draft> AppealOutbox::draft(qint64 accountId) const {
    for (const Draft& d : m_drafts) {
        if (d.accountId == accountId)
            return d;
    }
    return std::nullopt;
}

void AppealOutbox::saveDraft(const Draft& draft) {
    const auto it =
        std::find_if(m_drafts.begin(), m_drafts.end(), [&](const Draft& d) { return d.accountId == draft.accountId; });
    if (draft.isEmpty()) {
        if (it == m_drafts.end())
            return;
        m_drafts.erase(it);
    } else if (it != m_drafts.end()) {
        if (*it == draft)
            return;
        *it = draft;
    } else {
        m_drafts.append(draft);
    }
    save();
}

void AppealOutbox::removeDraft(qint64 accountId) {
    saveDraft(Draft{accountId, 0, {}, {}, {}});
}

void AppealOutbox::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds max) {
    m_firstDelay = first;
    m_maxDelay = max;
}

AppealOutbox::Entry* AppealOutbox::find(const QString& key) {
    for (Entry& e : m_entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

void AppealOutbox::sendNext() {
    if (!m_inFlight.isEmpty() || !m_session || !m_session->isSignedIn())
        return;
    const auto next =
        std::find_if(m_entries.begin(), m_entries.end(), [](const Entry& e) { return e.state == State::Pending; });
    if (next == m_entries.end())
        return;
    next->state = State::Sending;
    ++next->attempts;
    const QString key = next->key;
    m_inFlight = key;
    emit entryChanged(key);
    qCDebug(lcAppeals) << "outbox: sending" << key << "attempt" << next->attempts;
    auto done = [this, key](Result<AppealThread> result) {
        if (result)
            finish(key, result.value(), std::nullopt);
        else
            finish(key, std::nullopt, result.error());
    };
    if (next->kind == Kind::Reply)
        m_session->authorized(AddAppealMessageOperation{next->message, key}, this, done);
    else
        m_session->authorized(CreateAppealOperation{next->appeal, key}, this, done);
}

void AppealOutbox::finish(const QString& key, const std::optional<AppealThread>& thread,
                          const std::optional<ApiError>& error) {
    m_inFlight.clear();
    Entry* e = find(key);
    if (!e)
        return;
    bool transient = false;
    if (thread) {
        e->state = State::Sent;
        e->appealId = thread->appeal.id;
        e->error.reset();
        qCInfo(lcAppeals) << "outbox: sent" << key << "appeal" << e->appealId << (thread->replay ? "(replay)" : "");
    } else if (error && isTransientForResend(*error)) {
        e->state = State::Pending;
        e->error = error;
        transient = true;
        qCInfo(lcAppeals) << "outbox: will retry" << key << "after" << error->message;
    } else {
        e->state = State::Refused;
        e->error = error;
        qCInfo(lcAppeals) << "outbox: refused" << key << (error ? error->code : QString());
    }
    save();
    emit entryChanged(key);
    if (thread)
        emit sent(key, *thread);
    if (transient) {
        m_delay = m_delay.count() == 0 ? m_firstDelay : std::min(m_delay * 2, m_maxDelay);
        m_retry->start(m_delay);
    } else {
        m_delay = std::chrono::milliseconds(0);
        sendNext();
    }
}

} // namespace lkk
