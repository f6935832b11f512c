// Appeals (docs/appeals.md) over real HTTPS against the lkk-server binary, SQLite
// (LKK_TEST_BACKEND=sqlite) or PostgreSQL (LKK_TEST_BACKEND=postgres): every route, attachments
// decided by their content, size and count limits, someone else's appeals, the operators' routes
// and their 403 for customers, the answer mail (read from the mail drop), reopening on a reply,
// idempotent posts, the daily limits, the thread limit, a battery of bad input, and the demo data.
// The server's clock is the test clock; each test starts a day after the previous one, so the
// daily limits of one test never reach into the next.
#include "tests/support/ApiTestServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

using lkk::test::ApiTestServer;
using Headers = lkk::test::RawHeaders;
using Reply = lkk::test::HttpReply;

namespace {

const QDateTime kStart = QDateTime::fromString(u"2026-11-26T05:00:00Z"_s, Qt::ISODate);
constexpr qint64 kMiB = 1024 * 1024;

QByteArray filled(QByteArray head, qint64 size) {
    head.reserve(size);
    for (qint64 i = head.size(); i < size; ++i)
        head.append(char('a' + i % 26));
    return head;
}

QByteArray png(qint64 size = 200) {
    return filled(QByteArray("\x89PNG\r\n\x1a\n", 8), size);
}

QByteArray jpeg(qint64 size = 200) {
    return filled(QByteArray("\xFF\xD8\xFF\xE0", 4), size);
}

QByteArray pdf(qint64 size = 200) {
    return filled("%PDF-1.4\n", size);
}

QJsonObject file(const QString& name, const QByteArray& content) {
    return {{u"fileName"_s, name}, {u"content"_s, QString::fromLatin1(content.toBase64())}};
}

QJsonArray files(const QList<QJsonObject>& list) {
    QJsonArray a;
    for (const QJsonObject& f : list)
        a.append(f);
    return a;
}

} // namespace

class TestAppeals : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;
    QString m_demo, m_second, m_operator;
    qint64 m_epd = 0;   // 100103492 (ЕПД)
    qint64 m_power = 0; // 7012045318 (electricity)
    qint64 m_ztk = 0;   // a provider of m_epd
    qint64 m_tes = 0;   // the provider of m_power
    int m_keys = 0;

    QByteArray key() { return u"appeal-test-%1-%2"_s.arg(++m_keys).arg(kStart.toSecsSinceEpoch()).toLatin1(); }

    void relogin() {
        m_demo = m_server->login(u"demo@lkk.example"_s, u"Demo1234"_s);
        m_second = m_server->login(u"second@lkk.example"_s, u"Second1234"_s);
        m_operator = m_server->loginDemoOperator();
        QVERIFY(!m_demo.isEmpty() && !m_second.isEmpty() && !m_operator.isEmpty());
    }

    void advanceHours(int hours) {
        QVERIFY(m_server->advanceClock(std::chrono::hours(hours)));
        relogin();
    }

    QJsonObject body(const QString& text, const QJsonArray& attachments = {}, qint64 provider = 0,
                     const QString& topic = u"readings"_s) {
        QJsonObject b{{u"providerId"_s, provider ? provider : m_ztk}, {u"topic"_s, topic}, {u"text"_s, text}};
        if (!attachments.isEmpty())
            b.insert(u"attachments"_s, attachments);
        return b;
    }

    Reply create(const QJsonObject& b, const QByteArray& idempotencyKey, qint64 account = 0, const QString& token = {},
                 const QByteArray& language = "ru") {
        return m_server->post(u"/api/v1/accounts/%1/appeals"_s.arg(account ? account : m_epd),
                              token.isEmpty() ? m_demo : token, b,
                              {{"Idempotency-Key", idempotencyKey}, {"Accept-Language", language}});
    }

    Reply reply(qint64 appeal, const QJsonObject& b, const QByteArray& idempotencyKey, const QString& token = {}) {
        return m_server->post(u"/api/v1/appeals/%1/messages"_s.arg(appeal), token.isEmpty() ? m_demo : token, b,
                              {{"Idempotency-Key", idempotencyKey}});
    }

    Reply answer(qint64 appeal, const QJsonObject& b, const QByteArray& idempotencyKey) {
        return m_server->post(u"/api/v1/operator/appeals/%1/messages"_s.arg(appeal), m_operator, b,
                              {{"Idempotency-Key", idempotencyKey}});
    }

    Reply thread(qint64 appeal, const QString& token = {}) {
        return m_server->get(u"/api/v1/appeals/%1"_s.arg(appeal), token.isEmpty() ? m_demo : token);
    }

    // A new appeal on the ЕПД account: its id.
    qint64 newAppeal(const QString& text = u"Прошу проверить начисление."_s, const QJsonArray& attachments = {}) {
        const Reply r = create(body(text, attachments), key());
        if (r.status != 201)
            qWarning().noquote() << "create answered" << r.status << r.body.left(500);
        return r.json[u"id"_s].toInteger();
    }

    // Every appeal of the demo customer on the account over the last years: the count.
    int appealCount(qint64 account) {
        const Reply r =
            m_server->get(u"/api/v1/accounts/%1/appeals?from=2020-01-01&to=2030-12-31"_s.arg(account), m_demo);
        return r.status == 200 ? int(r.json[u"appeals"_s].toArray().size()) : -1;
    }

    int unreadOn(qint64 account) {
        for (const auto& a : m_server->get(u"/api/v1/accounts"_s, m_demo).json[u"accounts"_s].toArray()) {
            if (a[u"id"_s].toInteger() == account)
                return a[u"unreadAppeals"_s].toInt();
        }
        return -1;
    }

    // The mail to `to` that mentions `needle`, waiting for it: the server sends mail from a queue
    // after answering. Its headers, the decoded subject and the decoded text.
    QString mailTo(const QString& to, const QString& needle) {
        QString found;
        if (!QTest::qWaitFor([&] { return !(found = findMail(to, needle)).isEmpty(); }, 20000))
            qWarning("no mail to %s mentioning %s", qPrintable(to), qPrintable(needle));
        return found;
    }

    QString findMail(const QString& to, const QString& needle) const {
        const QDir drop(m_server->process().mailDrop());
        static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([^?]*)\\?="_s);
        for (const QString& name : drop.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
            QFile f(drop.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray eml = f.readAll();
            const qsizetype split = eml.indexOf("\r\n\r\n");
            const QByteArray headers = "\r\n" + eml.left(split) + "\r\n";
            if (!headers.contains(QByteArray("\r\nTo: " + to.toUtf8() + "\r\n")))
                continue;
            QByteArray subject;
            for (const auto& m : word.globalMatch(QString::fromLatin1(headers)))
                subject += QByteArray::fromBase64(m.captured(1).toLatin1());
            const QString mail =
                QString::fromUtf8(headers + subject) + u"\n\n"_s +
                QString::fromUtf8(QByteArray::fromBase64(eml.mid(split + 4).simplified().replace(' ', "")));
            if (mail.contains(needle))
                return mail;
        }
        return {};
    }

    // Sends `head` (a request's head, no body) over a fresh TLS connection and returns what the
    // server answers before any body byte: its status line, headers and whatever body follows.
    QByteArray answerToHead(const QByteArray& head) {
        QSslSocket socket;
        socket.setSslConfiguration(m_server->ssl()); // trusts only the server's dev CA
        const QUrl url = m_server->process().url();
        socket.connectToHostEncrypted(url.host(), quint16(url.port()));
        if (!socket.waitForEncrypted(20000)) {
            qWarning() << "TLS:" << socket.errorString();
            return {};
        }
        socket.write(head);
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
            answer += socket.readAll();
        socket.waitForReadyRead(200); // the error body may follow in a second packet
        answer += socket.readAll();
        return answer;
    }

    QByteArray postHead(const QString& path, qint64 contentLength) const {
        return "POST " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
               m_demo.toLatin1() + "\r\nContent-Type: application/json\r\nIdempotency-Key: early-413-" +
               QByteArray::number(contentLength) +
               "\r\nExpect: 100-continue\r\nContent-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
    }

    static QStringList authors(const Reply& r) {
        QStringList list;
        for (const auto& m : r.json[u"messages"_s].toArray())
            list << m[u"author"_s].toString();
        return list;
    }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        m_server = std::make_unique<ApiTestServer>();
        ApiTestServer::Options options;
        options.testClock = kStart;
        options.extraArgs = {u"--access-token-ttl"_s, u"172800"_s};
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        relogin();
        for (const auto& a : m_server->get(u"/api/v1/accounts"_s, m_demo).json[u"accounts"_s].toArray()) {
            if (a[u"number"_s].toString() == u"100103492")
                m_epd = a[u"id"_s].toInteger();
            if (a[u"number"_s].toString() == u"7012045318")
                m_power = a[u"id"_s].toInteger();
        }
        QVERIFY(m_epd > 0 && m_power > 0);
        const Reply form = m_server->get(u"/api/v1/accounts/%1/appeal-form"_s.arg(m_epd), m_demo);
        for (const auto& p : form.json[u"providers"_s].toArray()) {
            if (p[u"name"_s].toString() == u"ООО «ЗТК»")
                m_ztk = p[u"id"_s].toInteger();
        }
        const Reply powerForm = m_server->get(u"/api/v1/accounts/%1/appeal-form"_s.arg(m_power), m_demo);
        m_tes = powerForm.json[u"providers"_s][0][u"id"_s].toInteger();
        QVERIFY(m_ztk > 0 && m_tes > 0);
    }

    // A day later than the previous test: the daily limits start afresh.
    void init() { advanceHours(25); }

    void cleanupTestCase() { m_server.reset(); }

    void demoData() {
        QSet<QString> statuses;
        int unread = 0;
        bool answerWithFiles = false;
        for (const auto& a : m_server->get(u"/api/v1/accounts"_s, m_demo).json[u"accounts"_s].toArray()) {
            unread += a[u"unreadAppeals"_s].toInt();
            const Reply list = m_server->get(u"/api/v1/accounts/%1/appeals"_s.arg(a[u"id"_s].toInteger()), m_demo);
            QCOMPARE(list.status, 200);
            for (const auto& appeal : list.json[u"appeals"_s].toArray()) {
                statuses << appeal[u"status"_s].toString();
                const QJsonArray attached = appeal[u"lastAnswer"_s][u"attachments"_s].toArray();
                if (attached.size() == 2) {
                    answerWithFiles = true;
                    const Reply download =
                        m_server->get(u"/api/v1/appeals/%1/attachments/%2"_s.arg(appeal[u"id"_s].toInteger())
                                          .arg(attached[0][u"id"_s].toInteger()),
                                      m_demo);
                    QCOMPARE(download.status, 200);
                    QVERIFY(download.body.startsWith("%PDF-") || download.body.startsWith("\x89PNG"));
                }
            }
        }
        QCOMPARE(statuses, (QSet<QString>{u"new"_s, u"in_progress"_s, u"answered"_s, u"closed"_s}));
        QVERIFY2(unread >= 2, "the demo has answers not read yet");
        QVERIFY(answerWithFiles);
    }

    void form() {
        const Reply r = m_server->get(u"/api/v1/accounts/%1/appeal-form"_s.arg(m_epd), m_demo);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"providers"_s].toArray().size(), 6); // ЗТК, ВВК, ВК, Октябрьское, Комсервис+М ×2
        QStringList codes;
        for (const auto& t : r.json[u"topics"_s].toArray())
            codes << t[u"code"_s].toString();
        QCOMPARE(codes,
                 (QStringList{u"readings"_s, u"payment"_s, u"meters"_s, u"recalculation"_s, u"quality"_s, u"other"_s}));
        QCOMPARE(r.json[u"topics"_s][1][u"name"_s].toString(), u"Оплата"_s);
        const QJsonObject limits = r.json[u"limits"_s].toObject();
        QCOMPARE(limits[u"maxTextLength"_s].toInt(), 4000);
        QCOMPARE(limits[u"maxAttachments"_s].toInt(), 5);
        QCOMPARE(limits[u"maxAttachmentBytes"_s].toInteger(), 5 * kMiB);
        QCOMPARE(limits[u"appealsLeft"_s].toInt(), 10);
        const Reply en = m_server->send("GET", u"/api/v1/accounts/%1/appeal-form"_s.arg(m_epd), m_demo, {},
                                        {{"Accept-Language", "en"}});
        QCOMPARE(en.json[u"topics"_s][1][u"name"_s].toString(), u"Payment"_s);
        const Reply foreign = m_server->get(u"/api/v1/accounts/%1/appeal-form"_s.arg(m_epd), m_second);
        QCOMPARE(foreign.status, 404);
        QCOMPARE(foreign.errorCode(), u"account_not_found"_s);
    }

    void createReadAndDownload() {
        const QByteArray photo = png(3000), scan = jpeg(2000), act = pdf(1500);
        const Reply r = create(body(u"  Прошу пересчитать\r\nотопление за октябрь.  "_s,
                                    files({file(u"фото счётчика.png"_s, photo), file(u"C:\\docs\\скан.jpg"_s, scan),
                                           file(u"акт.pdf"_s, act)})),
                               key());
        QCOMPARE(r.status, 201);
        const qint64 id = r.json[u"id"_s].toInteger();
        QCOMPARE(r.json[u"status"_s].toString(), u"new"_s);
        QCOMPARE(r.json[u"text"_s].toString(), u"Прошу пересчитать\nотопление за октябрь."_s);
        QCOMPARE(r.json[u"accountId"_s].toInteger(), m_epd);
        QCOMPARE(r.json[u"accountNumber"_s].toString(), u"100103492"_s);
        QCOMPARE(r.json[u"provider"_s][u"id"_s].toInteger(), m_ztk);
        QCOMPARE(r.json[u"topic"_s][u"code"_s].toString(), u"readings"_s);
        QCOMPARE(r.json[u"messageCount"_s].toInt(), 1);
        QCOMPARE(r.json[u"unread"_s].toBool(), false);
        QVERIFY(r.json[u"lastAnswer"_s].isNull());
        QVERIFY(r.json[u"canReply"_s].toBool() && r.json[u"canClose"_s].toBool());
        const QJsonArray attached = r.json[u"messages"_s][0][u"attachments"_s].toArray();
        QCOMPARE(attached.size(), 3);
        QCOMPARE(attached[0][u"fileName"_s].toString(), u"фото счётчика.png"_s);
        QCOMPARE(attached[1][u"fileName"_s].toString(), u"скан.jpg"_s); // the path is cut off
        QCOMPARE(attached[1][u"contentType"_s].toString(), u"image/jpeg"_s);
        QCOMPARE(attached[2][u"contentType"_s].toString(), u"application/pdf"_s);
        QCOMPARE(attached[2][u"size"_s].toInteger(), act.size());

        const Reply again = thread(id);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json, r.json);
        const Reply list = m_server->get(u"/api/v1/accounts/%1/appeals"_s.arg(m_epd), m_demo);
        QCOMPARE(list.json[u"appeals"_s][0][u"id"_s].toInteger(), id); // newest first

        const QList<QByteArray> contents{photo, scan, act};
        for (qsizetype i = 0; i < 3; ++i) {
            const QString path = u"/api/v1/appeals/%1/attachments/%2"_s.arg(id).arg(attached[i][u"id"_s].toInteger());
            for (const QString& token : {m_demo, m_operator}) {
                const Reply d = m_server->get(path, token);
                QCOMPARE(d.status, 200);
                QCOMPARE(d.body, contents.at(i));
                QCOMPARE(d.headers.value("content-type"), attached[i][u"contentType"_s].toString().toLatin1());
                QCOMPARE(d.headers.value("x-content-type-options"), QByteArray("nosniff"));
                QVERIFY(d.headers.value("content-disposition").startsWith("attachment; filename=\""));
                QVERIFY(d.headers.value("content-disposition").contains("filename*=UTF-8''"));
            }
        }
        const QByteArray disposition =
            m_server->get(u"/api/v1/appeals/%1/attachments/%2"_s.arg(id).arg(attached[0][u"id"_s].toInteger()), m_demo)
                .headers.value("content-disposition");
        QVERIFY2(
            disposition.endsWith(QByteArray("filename*=UTF-8''" + QUrl::toPercentEncoding(u"фото счётчика.png"_s))),
            disposition.constData());
        QCOMPARE(m_server->get(u"/api/v1/appeals/%1/attachments/999999"_s.arg(id), m_demo).errorCode(),
                 u"attachment_not_found"_s);
        // An attachment of another appeal through this one's path: not found either.
        const qint64 other = newAppeal(u"Другое обращение"_s, files({file(u"a.png"_s, png())}));
        const qint64 otherFile = thread(other).json[u"messages"_s][0][u"attachments"_s][0][u"id"_s].toInteger();
        QCOMPARE(m_server->get(u"/api/v1/appeals/%1/attachments/%2"_s.arg(id).arg(otherFile), m_demo).status, 404);
    }

    void idempotentPosts() {
        const int before = appealCount(m_epd);
        const QByteArray k = key();
        const QJsonObject b = body(u"Повторная отправка из очереди"_s, files({file(u"a.pdf"_s, pdf())}));
        const Reply first = create(b, k);
        QCOMPARE(first.status, 201);
        const Reply second = create(b, k);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json[u"id"_s].toInteger(), first.json[u"id"_s].toInteger());
        QCOMPARE(appealCount(m_epd), before + 1);
        const Reply other = create(body(u"Другой текст"_s), k);
        QCOMPARE(other.status, 409);
        QCOMPARE(other.errorCode(), u"idempotency_conflict"_s);
        QCOMPARE(m_server->post(u"/api/v1/accounts/%1/appeals"_s.arg(m_epd), m_demo, b).errorCode(),
                 u"idempotency_key_required"_s);
        QCOMPARE(create(b, "short").errorCode(), u"idempotency_key_required"_s);
        QCOMPARE(appealCount(m_epd), before + 1);

        const qint64 id = first.json[u"id"_s].toInteger();
        const QByteArray m = key();
        const QJsonObject text{{u"text"_s, u"Дополнение"_s}};
        QCOMPARE(reply(id, text, m).status, 201);
        const Reply replayed = reply(id, text, m);
        QCOMPARE(replayed.status, 200);
        QCOMPARE(replayed.json[u"messageCount"_s].toInt(), 2);
        QCOMPARE(reply(id, QJsonObject{{u"text"_s, u"Иначе"_s}}, m).status, 409);
        // The key of the appeal itself, reused for a message: another request.
        QCOMPARE(reply(id, text, k).status, 409);
        QCOMPARE(thread(id).json[u"messageCount"_s].toInt(), 2);
    }

    void attachmentTypeByContent() {
        const int before = appealCount(m_epd);
        const Reply html =
            create(body(u"Фото"_s, files({file(u"photo.jpg"_s, "<html><script>alert(1)</script>")})), key());
        QCOMPARE(html.status, 422);
        QCOMPARE(html.errorCode(), u"attachment_type_not_allowed"_s);
        QCOMPARE(html.errorField(), u"attachments[0]"_s);
        QVERIFY2(html.errorMessage().contains(u"photo.jpg"_s), qPrintable(html.errorMessage()));
        QCOMPARE(html.details()[u"fileName"_s].toString(), u"photo.jpg"_s);
        const Reply gif =
            create(body(u"Фото"_s, files({file(u"ok.png"_s, png()), file(u"a.gif"_s, "GIF89a....")})), key());
        QCOMPARE(gif.errorField(), u"attachments[1]"_s);
        QCOMPARE(create(body(u"x"_s, files({file(u"setup.pdf"_s, "MZ\x90\x00program")})), key()).status, 422);
        QCOMPARE(appealCount(m_epd), before);
        // A PNG under another name is a PNG; the name it is handed out under says so.
        const Reply renamed = create(body(u"Фото"_s, files({file(u"invoice.exe"_s, png())})), key());
        QCOMPARE(renamed.status, 201);
        const QJsonObject stored = renamed.json[u"messages"_s][0][u"attachments"_s][0].toObject();
        QCOMPARE(stored[u"contentType"_s].toString(), u"image/png"_s);
        QCOMPARE(stored[u"fileName"_s].toString(), u"invoice.exe.png"_s);
    }

    void attachmentSizeAndCount() {
        const int before = appealCount(m_epd);
        const Reply tooLarge = create(body(u"Большой файл"_s, files({file(u"big.png"_s, png(5 * kMiB + 1))})), key());
        QCOMPARE(tooLarge.status, 422);
        QCOMPARE(tooLarge.errorCode(), u"attachment_too_large"_s);
        QCOMPARE(tooLarge.details()[u"maxBytes"_s].toInteger(), 5 * kMiB);
        QVERIFY(tooLarge.errorMessage().contains(u"big.png"_s));
        QCOMPARE(create(body(u"6 МБ"_s, files({file(u"six.pdf"_s, pdf(6 * kMiB))})), key()).errorCode(),
                 u"attachment_too_large"_s);
        QList<QJsonObject> six;
        for (int i = 0; i < 6; ++i)
            six << file(u"%1.png"_s.arg(i), png());
        const Reply many = create(body(u"Много файлов"_s, files(six)), key());
        QCOMPARE(many.status, 422);
        QCOMPARE(many.errorCode(), u"too_many_attachments"_s);
        QCOMPARE(many.details()[u"max"_s].toInt(), 5);
        QCOMPARE(appealCount(m_epd), before);
        // The largest allowed message: five files of exactly 5 MiB.
        six.clear();
        for (int i = 0; i < 5; ++i)
            six << file(u"%1.pdf"_s.arg(i), pdf(5 * kMiB));
        const Reply largest = create(body(QString(4000, u'ж'), files(six)), key());
        QCOMPARE(largest.status, 201);
        QCOMPARE(appealCount(m_epd), before + 1);
    }

    // More than the route's body limit, sent whole by the Qt client: nothing stored. The HTTP
    // layer answers 413 from the head and closes the connection once it has dropped its drain
    // budget (32 MiB) of the body, so a client that reads only after sending may see just the
    // closed connection (announcedBodyRefusedBeforeItIsRead checks the early 413 itself).
    void bodyOverTheRouteLimit() {
        const int before = appealCount(m_epd);
        const QByteArray huge = "{\"providerId\":1,\"topic\":\"other\",\"text\":\"x\",\"attachments\":[{\"fileName\":"
                                "\"a.png\",\"content\":\"" +
                                QByteArray(37 * kMiB, 'A') + "\"}]}";
        const Reply r = m_server->send("POST", u"/api/v1/accounts/%1/appeals"_s.arg(m_epd), m_demo, huge,
                                       {{"Content-Type", "application/json"}, {"Idempotency-Key", key()}});
        QVERIFY2(r.status == 413 || r.status == 0, qPrintable(QString::number(r.status)));
        if (r.status == 413)
            QCOMPARE(r.errorCode(), u"body_too_large"_s);
        m_server->dropConnections();
        QCOMPARE(appealCount(m_epd), before);
    }

    // The posting routes have their own limit (36 MiB, docs/appeals.md): an announced body over
    // it is refused from the head alone, before a byte of it is sent; one within it is asked for
    // (100 Continue) although it is far over the 64 KiB of the other routes, which still refuse
    // such a body early.
    void announcedBodyRefusedBeforeItIsRead() {
        const int before = appealCount(m_epd);
        const QString create = u"/api/v1/accounts/%1/appeals"_s.arg(m_epd);
        const QByteArray over = answerToHead(postHead(create, 36 * kMiB + 1));
        QVERIFY2(over.startsWith("HTTP/1.1 413 "), over.constData());
        QVERIFY2(over.contains("body_too_large"), over.constData());
        const QByteArray within = answerToHead(postHead(create, 30 * kMiB));
        QVERIFY2(within.startsWith("HTTP/1.1 100 Continue\r\n"), within.constData());
        const qint64 id = newAppeal(u"Для проверки предела тела"_s);
        QVERIFY(id > 0);
        const QByteArray close = answerToHead(postHead(u"/api/v1/appeals/%1/close"_s.arg(id), 65 * 1024));
        QVERIFY2(close.startsWith("HTTP/1.1 413 "), close.constData());
        QCOMPARE(appealCount(m_epd), before + 1);
        QCOMPARE(thread(id).json[u"status"_s].toString(), u"new"_s);
    }

    void badInputBattery_data() {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("contentType");
        const QByteArray json = "application/json";
        auto text = [](const QByteArray& value) -> QByteArray {
            return "{\"text\":" + value + "}";
        };
        auto attached = [](const QByteArray& list) -> QByteArray {
            return "{\"text\":\"ok\",\"attachments\":" + list + "}";
        };
        const QByteArray b64 = png().toBase64();
        QTest::newRow("empty body") << QByteArray() << json;
        QTest::newRow("empty object") << QByteArray("{}") << json;
        QTest::newRow("malformed") << QByteArray("{\"text\":") << json;
        QTest::newRow("not an object") << QByteArray("[\"text\"]") << json;
        QTest::newRow("text/plain") << text("\"hello\"") << QByteArray("text/plain");
        QTest::newRow("empty text") << text("\"\"") << json;
        QTest::newRow("blank text") << text("\"  \\n\\t  \"") << json;
        QTest::newRow("4001 characters") << text('"' + QByteArray(4001, 'a') + '"') << json;
        QTest::newRow("4001 with spaces inside") << text("\" " + QByteArray(4001, 'b') + " \"") << json;
        QTest::newRow("NUL") << text("\"a\\u0000b\"") << json;
        QTest::newRow("escape") << text("\"\\u001b[31mred\"") << json;
        QTest::newRow("DEL") << text("\"a\\u007fb\"") << json;
        QTest::newRow("C1 control") << text("\"a\\u0085b\"") << json;
        QTest::newRow("lone surrogate") << text("\"a\\ud800b\"") << json;
        QTest::newRow("invalid UTF-8") << text("\"a\xff\xfe b\"") << json;
        QTest::newRow("overlong UTF-8") << text("\"\xc0\xaf\"") << json;
        QTest::newRow("text a number") << text("5") << json;
        QTest::newRow("text null") << text("null") << json;
        QTest::newRow("unknown field") << QByteArray("{\"text\":\"ok\",\"html\":\"<b>\"}") << json;
        QTest::newRow("attachments a string") << attached("\"x\"") << json;
        QTest::newRow("attachment a number") << attached("[5]") << json;
        QTest::newRow("attachment without content") << attached("[{\"fileName\":\"a.png\"}]") << json;
        QTest::newRow("file name a number") << attached("[{\"fileName\":1,\"content\":\"" + b64 + "\"}]") << json;
        QTest::newRow("empty file name") << attached("[{\"fileName\":\" \",\"content\":\"" + b64 + "\"}]") << json;
        QTest::newRow("file name with NUL")
            << attached("[{\"fileName\":\"a\\u0000.png\",\"content\":\"" + b64 + "\"}]") << json;
        QTest::newRow("file name 300 characters")
            << attached("[{\"fileName\":\"" + QByteArray(300, 'n') + ".png\",\"content\":\"" + b64 + "\"}]") << json;
        QTest::newRow("unknown attachment field")
            << attached("[{\"fileName\":\"a.png\",\"content\":\"" + b64 + "\",\"type\":\"image/png\"}]") << json;
        QTest::newRow("not base64") << attached("[{\"fileName\":\"a.png\",\"content\":\"!!!!\"}]") << json;
        QTest::newRow("Cyrillic base64") << attached("[{\"fileName\":\"a.png\",\"content\":\"ЖЖЖЖ\"}]") << json;
        QTest::newRow("empty file") << attached("[{\"fileName\":\"a.png\",\"content\":\"\"}]") << json;
        QTest::newRow("HTML as JPEG") << attached("[{\"fileName\":\"a.jpg\",\"content\":\"" +
                                                  QByteArray("<html>").toBase64() + "\"}]")
                                      << json;
        QByteArray ten = "[";
        for (int i = 0; i < 10; ++i)
            ten += QByteArray(i ? "," : "") + "{\"fileName\":\"f.png\",\"content\":\"" + b64 + "\"}";
        QTest::newRow("10 attachments") << attached(ten + "]") << json;
        QTest::newRow("6 MiB") << attached("[{\"fileName\":\"a.pdf\",\"content\":\"" + pdf(6 * kMiB).toBase64() +
                                           "\"}]")
                               << json;
    }

    // Each bad body on each route that posts a message: a clear 4xx, never a 5xx, nothing stored.
    void badInputBattery() {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, contentType);
        static qint64 target = 0; // one appeal to post into, made once for every row
        if (target == 0)
            target = newAppeal(u"Цель проверки плохих запросов"_s);
        QVERIFY(target > 0);
        const int appeals = appealCount(m_epd);
        const int messages = thread(target).json[u"messageCount"_s].toInt();

        QJsonObject extra{{u"providerId"_s, m_ztk}, {u"topic"_s, u"other"_s}};
        QByteArray createBody = raw;
        if (raw.startsWith("{\"text\"")) // the create route needs its own fields too
            createBody = "{\"providerId\":" + QByteArray::number(m_ztk) + ",\"topic\":\"other\"," + raw.mid(1);
        const QList<std::tuple<QString, QByteArray, QString>> routes{
            {u"/api/v1/accounts/%1/appeals"_s.arg(m_epd), createBody, m_demo},
            {u"/api/v1/appeals/%1/messages"_s.arg(target), raw, m_demo},
            {u"/api/v1/operator/appeals/%1/messages"_s.arg(target), raw, m_operator},
        };
        for (const auto& [path, bytes, token] : routes) {
            const Reply r =
                m_server->send("POST", path, token, bytes, {{"Content-Type", contentType}, {"Idempotency-Key", key()}});
            QVERIFY2(r.status >= 400 && r.status < 500 && r.status != 404,
                     qPrintable(u"%1: %2 %3"_s.arg(path).arg(r.status).arg(QString::fromUtf8(r.body.left(300)))));
            QVERIFY2(!r.errorCode().isEmpty() && !r.errorMessage().isEmpty(), r.body.left(300).constData());
        }
        QCOMPARE(appealCount(m_epd), appeals);
        QCOMPARE(thread(target).json[u"messageCount"_s].toInt(), messages);
    }

    void textAtTheLimits() {
        // 4000 characters, counted as characters: an emoji is one, not two UTF-16 units.
        const QString emoji = QString::fromUcs4(U"\U0001F600");
        const Reply r = create(body(QString(QString(3999, u'я') + emoji)), key());
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[u"text"_s].toString().size(), 4001);
        const qint64 id = r.json[u"id"_s].toInteger();
        QCOMPARE(reply(id, QJsonObject{{u"text"_s, QString(QString(4000, u'a') + u"\n\t "_s)}}, key()).status, 201);
        QCOMPARE(reply(id, QJsonObject{{u"text"_s, QString(QString(4000, u'a') + emoji)}}, key()).errorField(),
                 u"text"_s);
        // Markup is text: stored and returned as written, never interpreted.
        const QString markup = u"<b>жирный</b> <script>alert(1)</script> &amp;"_s;
        const Reply stored = reply(id, QJsonObject{{u"text"_s, markup}}, key());
        QCOMPARE(stored.json[u"messages"_s].toArray().last()[u"text"_s].toString(), markup);
    }

    void someoneElsesAppeal() {
        const qint64 id = newAppeal(u"Только моё"_s, files({file(u"a.png"_s, png())}));
        const qint64 fileId = thread(id).json[u"messages"_s][0][u"attachments"_s][0][u"id"_s].toInteger();
        const Reply missing = thread(999999999, m_second);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), u"appeal_not_found"_s);
        const QList<std::pair<QByteArray, QString>> calls{
            {"GET", u"/api/v1/appeals/%1"_s},
            {"POST", u"/api/v1/appeals/%1/messages"_s},
            {"POST", u"/api/v1/appeals/%1/close"_s},
            {"POST", u"/api/v1/appeals/%1/read"_s},
            {"GET", u"/api/v1/appeals/%1/attachments/"_s + QString::number(fileId)},
        };
        for (const auto& [method, path] : calls) {
            for (const QString& appeal : {QString::number(id), u"999999999"_s, u"abc"_s, u"-1"_s}) {
                const Reply r = m_server->send(method, path.arg(appeal), m_second, "{\"text\":\"чужое\"}",
                                               {{"Content-Type", "application/json"}, {"Idempotency-Key", key()}});
                QCOMPARE(r.status, 404);
                QCOMPARE(r.json, missing.json); // the same answer as for one that does not exist
            }
        }
        const Reply list = m_server->get(u"/api/v1/accounts/%1/appeals"_s.arg(m_epd), m_second);
        QCOMPARE(list.errorCode(), u"account_not_found"_s);
        QCOMPARE(create(body(u"чужой счёт"_s), key(), m_epd, m_second).errorCode(), u"account_not_found"_s);
        // Still untouched.
        const Reply mine = thread(id);
        QCOMPARE(mine.json[u"status"_s].toString(), u"new"_s);
        QCOMPARE(mine.json[u"messageCount"_s].toInt(), 1);
    }

    void operatorRoutesRefuseCustomers() {
        const qint64 id = newAppeal();
        const QList<std::pair<QByteArray, QString>> calls{
            {"GET", u"/api/v1/operator/appeal-topics"_s},
            {"GET", u"/api/v1/operator/appeals"_s},
            {"GET", u"/api/v1/operator/appeals/%1"_s.arg(id)},
            {"POST", u"/api/v1/operator/appeals/%1/take"_s.arg(id)},
            {"POST", u"/api/v1/operator/appeals/%1/messages"_s.arg(id)},
            {"POST", u"/api/v1/operator/appeals/%1/status"_s.arg(id)},
        };
        for (const auto& [method, path] : calls) {
            const QByteArray b = "{\"text\":\"ответ\",\"status\":\"closed\"}";
            const Headers h{{"Content-Type", "application/json"}, {"Idempotency-Key", key()}};
            const Reply customer = m_server->send(method, path, m_demo, b, h);
            QCOMPARE(customer.status, 403);
            QCOMPARE(customer.errorCode(), u"forbidden"_s);
            QCOMPARE(m_server->send(method, path, {}, b, h).status, 401);
        }
        // And the customer's routes are the customer's.
        QCOMPARE(thread(id, m_operator).status, 403);
        const Reply untouched = thread(id);
        QCOMPARE(untouched.json[u"status"_s].toString(), u"new"_s);
        QCOMPARE(untouched.json[u"messageCount"_s].toInt(), 1);
    }

    void operatorAnswersAndTheCustomerReplies() {
        // Opened in English: the answer mail is English.
        const Reply opened =
            create(body(u"The meter reading was not accepted."_s, {}, m_tes, u"meters"_s), key(), m_power, {}, "en");
        QCOMPARE(opened.status, 201);
        const qint64 id = opened.json[u"id"_s].toInteger();
        const int unreadBefore = unreadOn(m_power);

        const Reply queue = m_server->get(
            u"/api/v1/operator/appeals?status=new&providerId=%1&topic=meters&assignee=nobody&maxAgeHours=1"_s.arg(
                m_tes),
            m_operator);
        QCOMPARE(queue.status, 200);
        QCOMPARE(queue.json[u"total"_s].toInt(), 1);
        const QJsonObject row = queue.json[u"appeals"_s][0].toObject();
        QCOMPARE(row[u"id"_s].toInteger(), id);
        QCOMPARE(row[u"customer"_s][u"email"_s].toString(), u"demo@lkk.example"_s);
        QCOMPARE(row[u"language"_s].toString(), u"en"_s);
        QVERIFY(row[u"assignee"_s].isNull());
        QCOMPARE(m_server->get(u"/api/v1/operator/appeals?status=new&minAgeHours=2"_s, m_operator)
                     .json[u"appeals"_s]
                     .toArray()
                     .contains(row),
                 false);

        const Reply taken = m_server->post(u"/api/v1/operator/appeals/%1/take"_s.arg(id), m_operator, {});
        QCOMPARE(taken.status, 200);
        QCOMPARE(taken.json[u"status"_s].toString(), u"in_progress"_s);
        QCOMPARE(taken.json[u"assignee"_s][u"name"_s].toString(), u"Смирнов А. В."_s);
        QCOMPARE(authors(taken), (QStringList{u"customer"_s, u"system"_s}));
        QCOMPARE(taken.json[u"messages"_s][1][u"status"_s].toString(), u"in_progress"_s);
        QCOMPARE(m_server->get(u"/api/v1/operator/appeals?assignee=me&status=in_progress"_s, m_operator)
                         .json[u"appeals"_s]
                         .toArray()
                         .size() >= 1,
                 true);

        const QByteArray act = pdf(900);
        const Reply answered = answer(
            id, {{u"text"_s, u"The reading is accepted now."_s}, {u"attachments"_s, files({file(u"act.pdf"_s, act)})}},
            key());
        QCOMPARE(answered.status, 201);
        QCOMPARE(answered.json[u"status"_s].toString(), u"answered"_s);
        QCOMPARE(answered.json[u"unread"_s].toBool(), true);
        QCOMPARE(answered.json[u"lastAnswer"_s][u"text"_s].toString(), u"The reading is accepted now."_s);
        QVERIFY(!answered.json[u"answeredAt"_s].isNull());
        QCOMPARE(unreadOn(m_power), unreadBefore + 1);

        const QString mail = mailTo(u"demo@lkk.example"_s, u"Answer to your appeal No. %1"_s.arg(id));
        QVERIFY2(mail.contains(u"The reading is accepted now."_s), qPrintable(mail));
        QVERIFY2(mail.contains(u"act.pdf"_s), qPrintable(mail));
        QVERIFY2(mail.contains(u"7012045318"_s), qPrintable(mail));

        // The customer sees it, reads it, replies: back to the operator.
        const Reply seen = thread(id);
        QCOMPARE(seen.json[u"unread"_s].toBool(), true);
        QCOMPARE(authors(seen), (QStringList{u"customer"_s, u"system"_s, u"operator"_s}));
        QCOMPARE(m_server->post(u"/api/v1/appeals/%1/read"_s.arg(id), m_demo, {}).status, 204);
        QCOMPARE(thread(id).json[u"unread"_s].toBool(), false);
        QCOMPARE(unreadOn(m_power), unreadBefore);
        const Reply reopened = reply(id, QJsonObject{{u"text"_s, u"Thank you, but the bill is still wrong."_s}}, key());
        QCOMPARE(reopened.status, 201);
        QCOMPARE(reopened.json[u"status"_s].toString(), u"in_progress"_s);
        QCOMPARE(reopened.json[u"messageCount"_s].toInt(), 3);
        QCOMPARE(reopened.json[u"assignee"_s].isUndefined(), true); // the customer's view has no assignee
        const Reply mine = m_server->get(u"/api/v1/operator/appeals/%1"_s.arg(id), m_operator);
        QCOMPARE(mine.json[u"assignee"_s][u"name"_s].toString(), u"Смирнов А. В."_s); // still the operator's

        // Statuses the operator sets.
        auto setStatus = [&](const QString& status) {
            return m_server->post(u"/api/v1/operator/appeals/%1/status"_s.arg(id), m_operator, {{u"status"_s, status}});
        };
        QCOMPARE(setStatus(u"answered"_s).errorField(), u"status"_s);
        QCOMPARE(setStatus(u"archived"_s).status, 400);
        const Reply returned = setStatus(u"new"_s);
        QCOMPARE(returned.json[u"status"_s].toString(), u"new"_s);
        QVERIFY(returned.json[u"assignee"_s].isNull());
        const Reply closed = setStatus(u"closed"_s);
        QCOMPARE(closed.json[u"status"_s].toString(), u"closed"_s);
        QVERIFY(!closed.json[u"closedAt"_s].isNull());
        QCOMPARE(closed.json[u"canReply"_s].toBool(), false);
        QCOMPARE(setStatus(u"closed"_s).json[u"messages"_s].toArray().size(),
                 closed.json[u"messages"_s].toArray().size()); // no change, no new system message
        const Reply late = reply(id, QJsonObject{{u"text"_s, u"One more thing"_s}}, key());
        QCOMPARE(late.status, 409);
        QCOMPARE(late.errorCode(), u"appeal_closed"_s);
        QCOMPARE(answer(id, QJsonObject{{u"text"_s, u"Also"_s}}, key()).errorCode(), u"appeal_closed"_s);
        QCOMPARE(m_server->post(u"/api/v1/operator/appeals/%1/take"_s.arg(id), m_operator, {}).status, 409);
        // Reopened by the operator, then closed by the customer (twice: the same answer).
        QCOMPARE(setStatus(u"in_progress"_s).json[u"status"_s].toString(), u"in_progress"_s);
        const Reply byCustomer = m_server->post(u"/api/v1/appeals/%1/close"_s.arg(id), m_demo, {});
        QCOMPARE(byCustomer.status, 200);
        QCOMPARE(byCustomer.json[u"status"_s].toString(), u"closed"_s);
        const Reply twice = m_server->post(u"/api/v1/appeals/%1/close"_s.arg(id), m_demo, {});
        QCOMPARE(twice.status, 200);
        QCOMPARE(twice.json[u"messages"_s], byCustomer.json[u"messages"_s]);
        QCOMPARE(byCustomer.json[u"messages"_s].toArray().last()[u"author"_s].toString(), u"system"_s);
    }

    void answerMailInRussian() {
        const qint64 id = newAppeal(u"Вопрос по-русски"_s);
        QCOMPARE(answer(id, QJsonObject{{u"text"_s, u"Ответ по-русски."_s}}, key()).status, 201);
        const QString mail = mailTo(u"demo@lkk.example"_s, u"Ответ на обращение № %1"_s.arg(id));
        QVERIFY2(mail.contains(u"Здравствуйте, Мария Петровна!"_s), qPrintable(mail));
        QVERIFY2(mail.contains(u"Ответ по-русски."_s), qPrintable(mail));
    }

    void operatorQueueAndTopics() {
        const Reply topics = m_server->get(u"/api/v1/operator/appeal-topics"_s, m_operator);
        QCOMPARE(topics.status, 200);
        QCOMPARE(topics.json[u"topics"_s].toArray().size(), 6);
        QCOMPARE(topics.json[u"topics"_s][0][u"active"_s].toBool(), true);
        const Reply all =
            m_server->get(u"/api/v1/operator/appeals?status=new,in_progress,answered,closed&limit=100"_s, m_operator);
        QCOMPARE(all.status, 200);
        QVERIFY(all.json[u"total"_s].toInt() >= 8); // the demo's at least
        const QJsonArray rows = all.json[u"appeals"_s].toArray();
        for (qsizetype i = 1; i < rows.size(); ++i) // oldest first
            QVERIFY(rows[i - 1][u"createdAt"_s].toString() <= rows[i][u"createdAt"_s].toString());
        const Reply page = m_server->get(u"/api/v1/operator/appeals?status=closed&limit=1&offset=1"_s, m_operator);
        QCOMPARE(page.json[u"appeals"_s].toArray().size(), 1);
        QCOMPARE(page.json[u"limit"_s].toInt(), 1);
        for (const QString& bad : {u"status=open"_s, u"providerId=x"_s, u"minAgeHours=-1"_s, u"limit=0"_s,
                                   u"limit=101"_s, u"offset=z"_s, u"assignee=him"_s}) {
            const Reply r = m_server->get(u"/api/v1/operator/appeals?"_s + bad, m_operator);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorField(), bad.section(u'=', 0, 0));
        }
        QCOMPARE(m_server->get(u"/api/v1/operator/appeals/999999999"_s, m_operator).errorCode(), u"appeal_not_found"_s);
    }

    void listPeriod() {
        const qint64 id = newAppeal(u"Обращение для периода"_s);
        const QString today =
            m_server->get(u"/api/v1/accounts/%1/appeals"_s.arg(m_epd), m_demo).json[u"to"_s].toString();
        const QDate day = QDate::fromString(today, Qt::ISODate);
        QVERIFY(day.isValid());
        auto ids = [&](const QString& query) {
            QList<qint64> list;
            for (const auto& a : m_server->get(u"/api/v1/accounts/%1/appeals?"_s.arg(m_epd) + query, m_demo)
                                     .json[u"appeals"_s]
                                     .toArray())
                list << a[u"id"_s].toInteger();
            return list;
        };
        QVERIFY(ids(u"from="_s + today + u"&to="_s + today).contains(id));
        QVERIFY(!ids(u"to="_s + day.addDays(-1).toString(Qt::ISODate)).contains(id));
        QVERIFY(
            !ids(u"from="_s + day.addDays(1).toString(Qt::ISODate) + u"&to="_s + day.addDays(2).toString(Qt::ISODate))
                 .contains(id));
        for (const QString& bad : {u"from=2026-13-01"_s, u"to=yesterday"_s, u"from=2026-1-1"_s}) {
            const Reply r = m_server->get(u"/api/v1/accounts/%1/appeals?"_s.arg(m_epd) + bad, m_demo);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorField(), bad.section(u'=', 0, 0));
        }
        const Reply reversed =
            m_server->get(u"/api/v1/accounts/%1/appeals?from=2026-12-01&to=2026-11-01"_s.arg(m_epd), m_demo);
        QCOMPARE(reversed.status, 400);
        QCOMPARE(reversed.errorField(), u"from"_s);
    }

    void dailyAppealLimit() {
        for (int i = 0; i < 10; ++i)
            QVERIFY(newAppeal(u"Обращение %1"_s.arg(i + 1)) > 0);
        const QByteArray k = key();
        const Reply refused = create(body(u"Одиннадцатое"_s), k);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), u"appeal_limit_reached"_s);
        const qint64 retryAfter = refused.headers.value("retry-after").toLongLong();
        QVERIFY2(retryAfter > 23 * 3600 && retryAfter <= 24 * 3600, refused.headers.value("retry-after").constData());
        QCOMPARE(refused.details()[u"max"_s].toInt(), 10);
        QVERIFY(!refused.details()[u"retryAt"_s].toString().isEmpty());
        QVERIFY2(refused.errorMessage().contains(u"(время томское)"_s), qPrintable(refused.errorMessage()));
        QCOMPARE(m_server->get(u"/api/v1/accounts/%1/appeal-form"_s.arg(m_epd), m_demo)
                     .json[u"limits"_s][u"appealsLeft"_s]
                     .toInt(),
                 0);
        // A day later the first of the ten has left the window.
        advanceHours(24);
        QCOMPARE(create(body(u"Одиннадцатое"_s), k).status, 201);
    }

    // 50 further messages a day (429 after), and a thread of 200 messages at most (409 after):
    // filled over four days of the test clock.
    void dailyMessageLimitAndFullThread() {
        const qint64 id = newAppeal(u"Длинная переписка"_s);
        int count = 1;
        for (int day = 0; day < 4; ++day) {
            if (day > 0)
                advanceHours(25);
            for (int i = 0; i < 50 && count < 200; ++i, ++count) {
                const Reply r = reply(id, QJsonObject{{u"text"_s, u"Сообщение %1"_s.arg(count + 1)}}, key());
                QVERIFY2(r.status == 201, r.body.left(300).constData());
            }
            if (day == 0) {
                const Reply refused = reply(id, QJsonObject{{u"text"_s, u"Пятьдесят первое"_s}}, key());
                QCOMPARE(refused.status, 429);
                QCOMPARE(refused.errorCode(), u"message_limit_reached"_s);
                QVERIFY(refused.headers.value("retry-after").toLongLong() > 0);
                QCOMPARE(refused.details()[u"max"_s].toInt(), 50);
            }
        }
        QCOMPARE(thread(id).json[u"messageCount"_s].toInt(), 200);
        QCOMPARE(thread(id).json[u"canReply"_s].toBool(), false);
        const Reply full = reply(id, QJsonObject{{u"text"_s, u"Двести первое"_s}}, key());
        QCOMPARE(full.status, 409);
        QCOMPARE(full.errorCode(), u"appeal_thread_full"_s);
        QCOMPARE(answer(id, QJsonObject{{u"text"_s, u"Ответ"_s}}, key()).errorCode(), u"appeal_thread_full"_s);
    }

    void faqNeedsNoSignIn() {
        const Reply ru = m_server->get(u"/api/v1/faq"_s);
        QCOMPARE(ru.status, 200);
        QCOMPARE(ru.json[u"language"_s].toString(), u"ru"_s);
        const QJsonArray companies = ru.json[u"companies"_s].toArray();
        QCOMPARE(companies.size(), 2);
        QCOMPARE(companies[0][u"name"_s].toString(), u"АО «Томскэнергосбыт»"_s);
        QCOMPARE(companies[1][u"name"_s].toString(), u"АО «ТомскРТС»"_s);
        for (const auto& c : companies)
            QVERIFY(c[u"questions"_s].toArray().size() >= 12);
        const Reply en = m_server->send("GET", u"/api/v1/faq"_s, {}, {}, {{"Accept-Language", "en"}});
        QCOMPARE(en.json[u"companies"_s][0][u"name"_s].toString(), u"JSC Tomskenergosbyt"_s);
        QCOMPARE(en.headers.value("content-language"), QByteArray("en"));
        QCOMPARE(m_server->send("GET", u"/api/v1/faq?lang=ru"_s, {}, {}, {{"Accept-Language", "en"}})
                     .json[u"language"_s]
                     .toString(),
                 u"ru"_s);
        QCOMPARE(m_server->get(u"/api/v1/faq?lang=de"_s).errorField(), u"lang"_s);
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestAppeals test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appeals.moc"
