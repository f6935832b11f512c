#include "tests/support/ApiTestServer.h"

#include "tests/support/TotpCode.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lkk::test {

namespace {
constexpr int kTimeoutMs = 60000; // generous: ASan builds on a busy 2-core machine are slow
}

ApiTestServer::ApiTestServer() = default;

ApiTestServer::~ApiTestServer() {
    stop();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
    m_scratch.drop();
}

bool ApiTestServer::postgres() {
    return qEnvironmentVariable("LKK_TEST_BACKEND") == u"postgres"_s;
}

QString ApiTestServer::backendUnavailableReason() {
    if (postgres() && ServerProcess::databaseUrlFromEnvironment().isEmpty())
        return u"LKK_TEST_DATABASE_URL is not set: PostgreSQL suite skipped"_s;
    return {};
}

bool ApiTestServer::start(const Options& options, QString* error) {
    m_options = options;
    if (!m_dir.isValid()) {
        *error = u"cannot create a temporary directory"_s;
        return false;
    }
    if (options.databaseUrl.isEmpty() && postgres() && !m_scratch.create(options.scratchPrefix, error))
        return false;
    m_databaseUrl = options.databaseUrl.isEmpty() ? m_scratch.url() : options.databaseUrl;
    return startProcess(0, error);
}

bool ApiTestServer::startProcess(int port, QString* error) {
    ServerProcess::Options options;
    options.dataDir = m_dir.path();
    options.databaseUrl = m_databaseUrl; // empty = SQLite in the data directory
    options.port = port;
    options.extraArgs = {u"--environment"_s, u"test"_s};
    if (m_options.fastPasswordHashing)
        options.extraArgs << u"--test-fast-password-hashing"_s;
    if (m_options.looseRateLimits)
        options.extraArgs << u"--rate-email-max"_s << u"1000"_s << u"--rate-ip-max"_s << u"1000"_s;
    if (m_options.testClock.isValid()) {
        options.extraArgs << u"--test-clock"_s << m_options.testClock.toUTC().toString(Qt::ISODateWithMs);
        // Started before the server reads the option: from here on, m_clockSetTo plus the time
        // elapsed is never behind the server's clock.
        m_clockSetTo = m_options.testClock;
        m_clockSetAt.start();
    }
    options.extraArgs << m_options.extraArgs;
    if (!m_process.start(options, error))
        return false;
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_process.caFile());
    if (certs.isEmpty()) {
        *error = u"no CA certificate at "_s + m_process.caFile();
        return false;
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setCaCertificates(certs); // only the server's dev CA
    return true;
}

void ApiTestServer::stop() {
    m_process.stop();
}

bool ApiTestServer::restart(QString* error) {
    stop();
    return startProcess(0, error);
}

bool ApiTestServer::startAgain(QString* error) {
    return startProcess(m_process.url().port(), error);
}

bool ApiTestServer::advanceClock(std::chrono::milliseconds by) {
    if (!m_clockSetAt.isValid()) {
        qWarning("advanceClock: the server runs without --test-clock (Options::testClock)");
        return false;
    }
    const QDateTime to = m_clockSetTo.addMSecs(m_clockSetAt.elapsed() + by.count());
    m_clockSetAt.start(); // before the request: the server sets its clock a little later
    m_clockSetTo = to;
    const HttpReply r = post(u"/api/v1/test/clock"_s, {}, {{u"now"_s, to.toUTC().toString(Qt::ISODateWithMs)}});
    if (r.status != 204)
        qWarning().noquote() << "POST /api/v1/test/clock answered" << r.status << r.body;
    return r.status == 204;
}

HttpReply ApiTestServer::send(const QByteArray& method, const QString& path, const QString& token,
                              const QByteArray& body, RawHeaders headers) {
    QUrl url = m_process.url();
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Accept-Language", "ru"); // Qt would send the test machine's locale
    if (!token.isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + token.toLatin1()));
    for (const auto& header : std::as_const(headers))
        request.setRawHeader(header.first, header.second);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kTimeoutMs);
    HttpReply r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto& pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return r;
}

HttpReply ApiTestServer::post(const QString& path, const QString& token, const QJsonObject& body, RawHeaders headers) {
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return send("POST", path, token, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply ApiTestServer::patch(const QString& path, const QString& token, const QJsonObject& body, RawHeaders headers) {
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return send("PATCH", path, token, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QString ApiTestServer::login(const QString& email, const QString& password) {
    const HttpReply r = post(u"/api/v1/auth/login"_s, {}, {{u"email"_s, email}, {u"password"_s, password}});
    const QString token = r.json.value(u"accessToken"_s).toString();
    if (token.isEmpty())
        qWarning().noquote() << "login" << email << "failed:" << r.status << r.body;
    return token;
}

QString ApiTestServer::loginOperator(const QString& email, const QString& password, const QString& totpSecret) {
    const HttpReply first = post(u"/api/v1/auth/login"_s, {}, {{u"email"_s, email}, {u"password"_s, password}});
    const QString challenge = first.json.value(u"challenge"_s).toString();
    if (first.status != 202 || challenge.isEmpty()) {
        qWarning().noquote() << "operator login" << email << "failed:" << first.status << first.body;
        return {};
    }
    qint64 now = TotpCode::stepAt(serverNowMs());
    const qint64 next = m_totpSteps.value(email, -1) + 1;
    if (next > now + 1) { // both codes the server would take now were used
        if (!advanceClock(std::chrono::milliseconds((next - now) * 30000)))
            return {};
        now = TotpCode::stepAt(serverNowMs());
    }
    const qint64 step = std::max(now, next);
    const HttpReply second =
        post(u"/api/v1/auth/login/second-factor"_s, {},
             {{u"challenge"_s, challenge}, {u"code"_s, TotpCode::at(TotpCode::secretFromBase32(totpSecret), step)}});
    const QString token = second.json.value(u"accessToken"_s).toString();
    if (token.isEmpty()) {
        qWarning().noquote() << "operator second factor" << email << "failed:" << second.status << second.body;
        return {};
    }
    m_totpSteps.insert(email, step);
    return token;
}

QString ApiTestServer::loginDemoOperator() {
    return loginOperator(u"operator@lkk.example"_s, u"Operator1234"_s, u"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"_s);
}

QString ApiTestServer::loginDemoSupervisor() {
    return loginOperator(u"supervisor@lkk.example"_s, u"Supervisor1234"_s, u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s);
}

qint64 ApiTestServer::serverNowMs() const {
    if (!m_clockSetAt.isValid())
        return QDateTime::currentMSecsSinceEpoch();
    return m_clockSetTo.toMSecsSinceEpoch() + m_clockSetAt.elapsed();
}

QStringList ApiTestServer::commandOptions() const {
    QStringList options{u"--environment"_s, u"test"_s,         u"--data-dir"_s,
                        dataDir(),          u"--public-url"_s, m_process.url().toString()};
    if (!m_databaseUrl.isEmpty())
        options << u"--db"_s << m_databaseUrl;
    return options;
}

qint64 ApiTestServer::accountId(const QString& token, const QString& number) {
    for (const auto& account : get(u"/api/v1/accounts"_s, token).json[u"accounts"_s].toArray()) {
        if (account[u"number"_s].toString() == number)
            return account[u"id"_s].toInteger();
    }
    return 0;
}

QSqlDatabase ApiTestServer::directConnection() {
    if (m_connection.isEmpty()) {
        const QString name = u"api-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!m_databaseUrl.isEmpty()) {
            const QUrl url(m_databaseUrl);
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName(QUrl::FullyDecoded));
            db.setPassword(url.password(QUrl::FullyDecoded));
            db.setDatabaseName(url.path().mid(1));
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_dir.filePath(u"lkk.sqlite"_s));
        }
        if (!QSqlDatabase::database(name).isOpen()) {
            qWarning().noquote() << "cannot open the server's database:"
                                 << QSqlDatabase::database(name).lastError().text();
            QSqlDatabase::removeDatabase(name);
            return {};
        }
        m_connection = name;
    }
    return QSqlDatabase::database(m_connection);
}

QString ApiTestServer::databaseUrl() const {
    if (!m_databaseUrl.isEmpty())
        return m_databaseUrl;
    return QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("lkk.sqlite"));
}

bool ApiTestServer::exec(const QString& sql) {
    const QSqlDatabase db = directConnection();
    if (!db.isValid())
        return false;
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning().noquote() << "SQL failed:" << query.lastError().text() << sql;
        return false;
    }
    return true;
}

qint64 ApiTestServer::scalar(const QString& sql) {
    const QSqlDatabase db = directConnection();
    if (!db.isValid())
        return -1;
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning().noquote() << "SQL failed:" << query.lastError().text() << sql;
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace lkk::test
