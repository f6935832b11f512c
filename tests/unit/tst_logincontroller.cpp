// LoginController with a fake server and an in-memory keychain: validation, captcha, remember-me,
// restore at start, keychain problems, sign-out.
#include "app/api/ApiClient.h"
#include "app/registration/ProfileEditor.h"
#include "app/session/CredentialStore.h"
#include "app/session/LoginController.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "shared/ErrorCodes.h"
#include "tests/support/FakeNetwork.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::FakeNetwork;
using Response = FakeNetwork::Response;
using Field = LoginController::Field;

namespace {

const QString server = u"https://lkk.example:8443"_s;
const QString rememberedKey = u"demo@lkk.example@lkk.example:8443"_s;

// The keychain, in memory; `failure` makes every job fail like a missing Secret Service.
class MemoryCredentialStore : public CredentialStore {
public:
    MemoryCredentialStore()
        : CredentialStore(u"test"_s) {}
    QHash<QString, QString> entries;
    QString failure;
    int writes = 0;

    void write(const QString& key, const QString& secret, QObject* context, Callback done) override {
        ++writes;
        finish(context, done, [this, key, secret](Outcome& o) { entries.insert(key, secret), o.ok = true; });
    }
    void read(const QString& key, QObject* context, Callback done) override {
        finish(context, done, [this, key](Outcome& o) {
            o.ok = entries.contains(key);
            o.notFound = !o.ok;
            o.secret = entries.value(key);
            if (o.notFound)
                o.errorText = u"Entry not found"_s;
        });
    }
    void remove(const QString& key, QObject* context, Callback done) override {
        finish(context, done, [this, key](Outcome& o) { entries.remove(key), o.ok = true; });
    }
    void probe(QObject* context, std::function<void(bool, const QString&)> done) override {
        QTimer::singleShot(0, context, [this, done] { done(failure.isEmpty(), failure); });
    }

private:
    void finish(QObject* context, const Callback& done, std::function<void(Outcome&)> work) {
        QTimer::singleShot(0, context, [this, done, work] {
            Outcome o;
            if (!failure.isEmpty())
                o.errorText = failure;
            else
                work(o);
            if (done)
                done(o);
        });
    }
};

QJsonObject userJson() {
    return QJsonObject{{"id"_L1, 1},
                       {"email"_L1, u"demo@lkk.example"_s},
                       {"surname"_L1, u"Иванова"_s},
                       {"firstName"_L1, u"Мария"_s},
                       {"patronymic"_L1, u"Петровна"_s},
                       {"phone"_L1, u"+79131234567"_s},
                       {"birthDate"_L1, QJsonValue::Null},
                       {"sex"_L1, u"female"_s},
                       {"role"_L1, u"customer"_s}};
}

QByteArray pngBytes() {
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QJsonObject operatorJson() {
    QJsonObject user = userJson();
    user.insert("id"_L1, 7);
    user.insert("email"_L1, u"op@lkk.example"_s);
    user.insert("role"_L1, u"operator"_s);
    return user;
}

const QString operatorCode = u"287082"_s;
const QString operatorRecoveryCode = u"abcde-fghjk"_s;

// The auth routes of a server that knows demo@lkk.example / Demo1234 and the operator
// op@lkk.example / Operator1234, whose password asks for a second factor.
struct FakeServer {
    FakeNetwork net;
    bool operatorEnrolled = true;           // false: the password answers the enrolment
    std::optional<Response> secondFactorAs; // set: the second-factor step answers this
    bool operatorRemember = false;
    int wrongCodes = 0;
    bool wantCaptcha = false;
    int captchas = 0;
    QString refresh;
    int refreshGeneration = 0;

    FakeServer() {
        net.route("POST", u"/api/v1/auth/login"_s, [this](const FakeNetwork::Request& r) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (wantCaptcha) {
                if (!body.contains("captchaId"_L1))
                    return Response::apiError(403, errc::captchaRequired, u"Введите символы с картинки"_s);
                if (body.value("captchaId"_L1).toString() != u"cap-"_s + QString::number(captchas) ||
                    body.value("captchaAnswer"_L1).toString() != "right"_L1)
                    return Response::apiError(403, errc::captchaInvalid, u"Неверно введены символы"_s, "captchaAnswer");
            }
            if (body.value("email"_L1).toString() == "op@lkk.example"_L1 &&
                body.value("password"_L1).toString() == "Operator1234"_L1) {
                operatorRemember = body.value("remember"_L1).toBool();
                QJsonObject challenge{
                    {"secondFactor"_L1, u"totp"_s}, {"challenge"_L1, u"ch-1"_s}, {"expiresIn"_L1, 300}};
                if (!operatorEnrolled)
                    challenge.insert("enrolment"_L1,
                                     QJsonObject{{"otpauthUri"_L1, u"otpauth://totp/LKK:op%40lkk.example?"
                                                                   "secret=JBSWY3DPEHPK3PXP&issuer=LKK"_s},
                                                 {"secret"_L1, u"JBSWY3DPEHPK3PXP"_s}});
                return Response::json(202, QJsonDocument(challenge).toJson());
            }
            if (body.value("email"_L1).toString() != "demo@lkk.example"_L1 ||
                body.value("password"_L1).toString() != "Demo1234"_L1)
                return Response::apiError(401, errc::invalidCredentials, u"Неверный e-mail или пароль"_s);
            return Response::json(200, tokens(body.value("remember"_L1).toBool()));
        });
        net.route("POST", u"/api/v1/auth/login/second-factor"_s, [this](const FakeNetwork::Request& r) {
            if (secondFactorAs)
                return *secondFactorAs;
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (body.value("challenge"_L1).toString() != "ch-1"_L1)
                return Response::apiError(401, errc::signInExpired, u"Вход не завершён вовремя."_s);
            if (body.value("code"_L1).toString() != operatorCode &&
                body.value("recoveryCode"_L1).toString() != operatorRecoveryCode) {
                const QJsonObject error{{"code"_L1, QString::fromLatin1(errc::secondFactorInvalid)},
                                        {"field"_L1, body.contains("code"_L1) ? u"code"_s : u"recoveryCode"_s},
                                        {"message"_L1, u"Неверный код подтверждения входа."_s},
                                        {"details"_L1, QJsonObject{{"attemptsLeft"_L1, 5 - ++wrongCodes}}}};
                return Response::json(422, QJsonDocument(QJsonObject{{"error"_L1, error}}).toJson());
            }
            QJsonObject answer = QJsonDocument::fromJson(tokens(operatorRemember)).object();
            answer.insert("user"_L1, operatorJson());
            if (!operatorEnrolled) {
                QJsonArray codes;
                for (int i = 0; i < 10; ++i)
                    codes.append(u"code%1-abcde"_s.arg(i));
                answer.insert("recoveryCodes"_L1, codes);
                operatorEnrolled = true;
            }
            return Response::json(200, QJsonDocument(answer).toJson());
        });
        net.route("POST", u"/api/v1/auth/refresh"_s, [this](const FakeNetwork::Request& r) {
            const QString token = QJsonDocument::fromJson(r.body).object().value("refreshToken"_L1).toString();
            if (refresh.isEmpty() || token != refresh)
                return Response::apiError(401, errc::invalidRefreshToken, u"Сессия истекла"_s);
            return Response::json(200, tokens(true));
        });
        net.route("POST", u"/api/v1/captcha"_s, [this](const FakeNetwork::Request&) {
            ++captchas;
            const QJsonObject body{{"id"_L1, QString(u"cap-"_s + QString::number(captchas))},
                                   {"image"_L1, QString::fromLatin1(pngBytes().toBase64())},
                                   {"expiresIn"_L1, 300}};
            return Response::json(200, QJsonDocument(body).toJson());
        });
        net.route("GET", u"/api/v1/profile"_s,
                  [](const FakeNetwork::Request&) { return Response::json(200, QJsonDocument(userJson()).toJson()); });
        net.route("POST", u"/api/v1/auth/logout"_s, [this](const FakeNetwork::Request&) {
            refresh.clear();
            return Response::json(204, {});
        });
    }

    QByteArray tokens(bool remember) {
        QJsonObject body{{"accessToken"_L1, QString(u"access-"_s + QString::number(refreshGeneration))},
                         {"accessExpiresIn"_L1, 900},
                         {"user"_L1, userJson()}};
        if (remember) {
            refresh = u"refresh-"_s + QString::number(++refreshGeneration);
            body.insert("refreshToken"_L1, refresh);
            body.insert("refreshExpiresIn"_L1, 3600);
        }
        return QJsonDocument(body).toJson();
    }
};

// One client: API, session, keychain, settings and the controller.
struct Client {
    ApiClient api;
    Session session;
    AppSettings settings;
    LoginController controller;
    Client(FakeServer& s, MemoryCredentialStore& keychain, const QString& settingsPath)
        : api(&s.net)
        , session(&api)
        , settings(settingsPath)
        , controller(&session, &keychain, &settings) {
        settings.setValue(AppSettings::Key::ServerUrl, server);
    }
};

// The operator's right password: afterwards the controller waits for the code.
bool operatorPasswordAccepted(Client& c) {
    QSignalSpy asked(&c.controller, &LoginController::secondFactorRequired);
    c.controller.signIn(u"op@lkk.example"_s, u"Operator1234"_s, false, {});
    return asked.wait(5000) && c.controller.secondFactorPending();
}

} // namespace

class TestLoginController : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void validation_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no email") << u" "_s << u"x"_s << Field::Email << u"Enter your e-mail"_s;
        QTest::newRow("bad email") << u"demo@"_s << u"x"_s << Field::Email << u"Invalid e-mail format"_s;
        QTest::newRow("no password") << u"demo@lkk.example"_s << QString() << Field::Password
                                     << u"Enter your password"_s;
        QTest::newRow("ok") << u"demo@lkk.example"_s << u"x"_s << Field::None << QString();
    }
    void validation() {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(Field, field);
        QFETCH(QString, message);
        FakeServer s;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"v.ini"_s));
        QString text;
        QCOMPARE(c.controller.validate(email, password, &text), field);
        QCOMPARE(text, message);
        if (field == Field::None)
            return;
        QSignalSpy failed(&c.controller, &LoginController::failed);
        c.controller.signIn(email, password, false, {});
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Field>(), field);
        QCOMPARE(failed.first().at(1).toString(), message);
        QVERIFY(!c.controller.isBusy());
        QCOMPARE(s.net.requests().size(), 0); // nothing sent
    }

    void signInWithoutRemember() {
        FakeServer s;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"a.ini"_s));
        QSignalSpy busy(&c.controller, &LoginController::busyChanged);
        QSignalSpy signedIn(&c.controller, &LoginController::signedIn);
        c.controller.signIn(u" Demo@LKK.example "_s, u"Demo1234"_s, false, {});
        QVERIFY(c.controller.isBusy());
        QTRY_COMPARE(signedIn.count(), 1);
        QCOMPARE(signedIn.first().first().value<Profile>().surname, u"Иванова"_s);
        QVERIFY(!c.controller.isBusy());
        QCOMPARE(busy.count(), 2);
        QVERIFY(c.session.isSignedIn());
        QVERIFY(c.session.tokens().refreshToken.isEmpty());
        QCOMPARE(keychain.writes, 0);
        QVERIFY(c.settings.string(AppSettings::Key::RememberedUser).isEmpty());
        // The e-mail goes out normalised.
        QVERIFY(s.net.requests().constFirst().body.contains("\"email\":\"demo@lkk.example\""));
    }

    void wrongPasswordShowsServerMessage() {
        FakeServer s;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"w.ini"_s));
        QSignalSpy failed(&c.controller, &LoginController::failed);
        c.controller.signIn(u"demo@lkk.example"_s, u"wrong"_s, false, {});
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Field>(), Field::None);
        QCOMPARE(failed.first().at(1).toString(), u"Неверный e-mail или пароль"_s);
        QVERIFY(!c.controller.isBusy());
        QVERIFY(!c.session.isSignedIn());
    }

    void insecureServerIsRefused() {
        FakeServer s;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"h.ini"_s));
        c.settings.setValue(AppSettings::Key::ServerUrl, u"http://lkk.example"_s);
        QSignalSpy failed(&c.controller, &LoginController::failed);
        c.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, false, {});
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Field>(), Field::Server);
        QCOMPARE(s.net.requests().size(), 0);
    }

    void captchaFlow() {
        FakeServer s;
        s.wantCaptcha = true;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"c.ini"_s));
        QSignalSpy failed(&c.controller, &LoginController::failed);
        QSignalSpy captcha(&c.controller, &LoginController::captchaShown);
        QSignalSpy signedIn(&c.controller, &LoginController::signedIn);

        c.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, false, {});
        QTRY_COMPARE(captcha.count(), 1);
        QVERIFY(c.controller.captchaRequired());
        QCOMPARE(failed.first().at(0).value<Field>(), Field::Captcha);
        QCOMPARE(captcha.first().first().value<QImage>().size(), QSize(40, 20));

        // The answer is required now.
        c.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, false, {});
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.last().at(0).value<Field>(), Field::Captcha);

        // A wrong answer loads a new picture.
        c.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, false, u"wrong"_s);
        QTRY_COMPARE(captcha.count(), 2);
        QCOMPARE(failed.last().at(1).toString(), u"Неверно введены символы"_s);
        QCOMPARE(s.captchas, 2);

        c.controller.reloadCaptcha();
        QTRY_COMPARE(captcha.count(), 3);

        c.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, false, u" right "_s);
        QTRY_COMPARE(signedIn.count(), 1);
        const QByteArray last = s.net.requestsTo(u"/api/v1/auth/login"_s).constLast().body;
        QVERIFY2(last.contains("\"captchaId\":\"cap-3\""), last.constData());
        QVERIFY(last.contains("\"captchaAnswer\":\"right\""));
        QVERIFY(!c.controller.captchaRequired());
    }

    void rememberStoresTokenInKeychainOnly() {
        FakeServer s;
        MemoryCredentialStore keychain;
        const QString ini = m_dir.filePath(u"r.ini"_s);
        {
            Client c(s, keychain, ini);
            QSignalSpy signedIn(&c.controller, &LoginController::signedIn);
            QSignalSpy remembered(&c.controller, &LoginController::rememberFinished);
            c.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, true, {});
            QTRY_COMPARE(signedIn.count(), 1);
            QTRY_COMPARE(remembered.count(), 1);
            QCOMPARE(remembered.first().first().toBool(), true);
            QCOMPARE(keychain.entries.value(rememberedKey), s.refresh);
            QCOMPARE(c.settings.string(AppSettings::Key::RememberedUser), rememberedKey);
            QCOMPARE(c.settings.string(AppSettings::Key::LastEmail), u"demo@lkk.example"_s);
            c.settings.sync();
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("demo@lkk.example"));
        QVERIFY(!stored.contains("Demo1234"));
        QVERIFY(!stored.contains("refresh-"));
        QVERIFY(!stored.contains("access-"));

        // A restarted client restores the sign-in without the password, rotating the token.
        Client again(s, keychain, ini);
        QSignalSpy restored(&again.controller, &LoginController::restoreFinished);
        QSignalSpy signedIn(&again.controller, &LoginController::signedIn);
        const QString before = keychain.entries.value(rememberedKey);
        again.controller.restoreRemembered();
        QTRY_COMPARE(restored.count(), 1);
        QCOMPARE(restored.first().first().toBool(), true);
        QCOMPARE(signedIn.count(), 1);
        QVERIFY(again.session.isSignedIn());
        QTRY_COMPARE(keychain.entries.value(rememberedKey), s.refresh);
        QVERIFY(keychain.entries.value(rememberedKey) != before);
        QCOMPARE(s.net.count(u"/api/v1/profile"_s), 1);

        // Signing out forgets it.
        again.session.signOut();
        QTRY_VERIFY(!keychain.entries.contains(rememberedKey));
        QVERIFY(again.settings.string(AppSettings::Key::RememberedUser).isEmpty());
        again.controller.restoreRemembered();
        QCOMPARE(restored.count(), 2);
        QCOMPARE(restored.last().first().toBool(), false);
    }

    void restoreWithRevokedToken() {
        FakeServer s;
        MemoryCredentialStore keychain;
        keychain.entries.insert(rememberedKey, u"refresh-revoked"_s);
        Client c(s, keychain, m_dir.filePath(u"x.ini"_s));
        c.settings.setValue(AppSettings::Key::RememberedUser, rememberedKey);
        QSignalSpy restored(&c.controller, &LoginController::restoreFinished);
        QSignalSpy failed(&c.controller, &LoginController::failed);
        c.controller.restoreRemembered();
        QTRY_COMPARE(restored.count(), 1);
        QCOMPARE(restored.first().first().toBool(), false);
        QCOMPARE(failed.count(), 1);
        QTRY_VERIFY(!keychain.entries.contains(rememberedKey));
        QVERIFY(c.settings.string(AppSettings::Key::RememberedUser).isEmpty());
        QVERIFY(!c.session.isSignedIn());
        QVERIFY(!c.controller.isBusy());
    }

    void restoreIgnoresOtherServer() {
        FakeServer s;
        MemoryCredentialStore keychain;
        keychain.entries.insert(u"demo@lkk.example@other.example:443"_s, u"t"_s);
        Client c(s, keychain, m_dir.filePath(u"o.ini"_s));
        c.settings.setValue(AppSettings::Key::RememberedUser, u"demo@lkk.example@other.example:443"_s);
        QSignalSpy restored(&c.controller, &LoginController::restoreFinished);
        c.controller.restoreRemembered();
        QTRY_COMPARE(restored.count(), 1);
        QCOMPARE(restored.first().first().toBool(), false);
        QCOMPARE(s.net.requests().size(), 0);
    }

    void rotationUpdatesKeychain() {
        FakeServer s;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"t.ini"_s));
        QSignalSpy signedIn(&c.controller, &LoginController::signedIn);
        c.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, true, {});
        QTRY_COMPARE(signedIn.count(), 1);
        emit c.session.refreshTokenRotated(u"rotated"_s);
        QTRY_COMPARE(keychain.entries.value(rememberedKey), u"rotated"_s);
    }

    // A confirmed e-mail change renames the login: the remembered sign-in moves to the new
    // address (keychain entry and settings), and a restarted client still restores it.
    void emailChangeMovesRememberedSignIn() {
        FakeServer s;
        QJsonObject changed = userJson();
        changed.insert("email"_L1, u"new.address@lkk.example"_s);
        s.net.route("POST", u"/api/v1/profile/email/confirm"_s, [changed](const FakeNetwork::Request&) {
            return Response::json(200, QJsonDocument(changed).toJson());
        });
        MemoryCredentialStore keychain;
        const QString ini = m_dir.filePath(u"e.ini"_s);
        const QString newKey = u"new.address@lkk.example@lkk.example:8443"_s;
        {
            Client c(s, keychain, ini);
            QSignalSpy remembered(&c.controller, &LoginController::rememberFinished);
            c.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, true, {});
            QTRY_COMPARE(remembered.count(), 1);
            QVERIFY(keychain.entries.contains(rememberedKey));

            ProfileEditor editor(&c.session);
            QSignalSpy saved(&editor, &ProfileEditor::saved);
            editor.confirmEmail(u"123456"_s);
            QTRY_COMPARE(saved.count(), 1);
            QCOMPARE(c.session.user().email, u"new.address@lkk.example"_s);
            QTRY_COMPARE(keychain.entries.value(newKey), s.refresh);
            QTRY_VERIFY(!keychain.entries.contains(rememberedKey));
            QCOMPARE(c.settings.string(AppSettings::Key::RememberedUser), newKey);
            QCOMPARE(c.settings.string(AppSettings::Key::LastEmail), u"new.address@lkk.example"_s);

            // A rotation after the move goes to the new entry.
            emit c.session.refreshTokenRotated(u"rotated-after-move"_s);
            QTRY_COMPARE(keychain.entries.value(newKey), u"rotated-after-move"_s);
            QVERIFY(!keychain.entries.contains(rememberedKey));
            keychain.entries.insert(newKey, s.refresh); // what the server really knows
        }
        Client again(s, keychain, ini);
        QSignalSpy restored(&again.controller, &LoginController::restoreFinished);
        again.controller.restoreRemembered();
        QTRY_COMPARE(restored.count(), 1);
        QCOMPARE(restored.first().first().toBool(), true);
        QTRY_COMPARE(keychain.entries.value(newKey), s.refresh);
        QVERIFY(!keychain.entries.contains(rememberedKey));
    }

    // Saving a profile without an e-mail change leaves the remembered sign-in alone.
    void profileSaveKeepsRememberedSignIn() {
        FakeServer s;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"p.ini"_s));
        QSignalSpy remembered(&c.controller, &LoginController::rememberFinished);
        c.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, true, {});
        QTRY_COMPARE(remembered.count(), 1);
        const int writes = keychain.writes;
        Profile same = c.session.user();
        same.phone = u"+79130000000"_s;
        c.session.updateUser(same);
        QCOMPARE(keychain.writes, writes); // a move would have started its write by now

        QCOMPARE(keychain.entries.value(rememberedKey), s.refresh);
        QCOMPARE(c.settings.string(AppSettings::Key::RememberedUser), rememberedKey);
    }

    // A password recovery ends every session of the user: the remembered one is removed.
    void recoveryForgetsRememberedSignIn() {
        FakeServer s;
        MemoryCredentialStore keychain;
        keychain.entries.insert(rememberedKey, u"refresh-dead"_s);
        keychain.entries.insert(u"other@lkk.example@lkk.example:8443"_s, u"refresh-other"_s);
        Client c(s, keychain, m_dir.filePath(u"f.ini"_s));
        c.settings.setValue(AppSettings::Key::RememberedUser, rememberedKey);
        c.controller.forgetRememberedFor(u" Demo@LKK.example "_s);
        QTRY_VERIFY(!keychain.entries.contains(rememberedKey));
        QVERIFY(c.settings.string(AppSettings::Key::RememberedUser).isEmpty());
        QCOMPARE(keychain.entries.value(u"other@lkk.example@lkk.example:8443"_s), u"refresh-other"_s);
    }

    void keychainUnavailableStillSignsIn() {
        FakeServer s;
        MemoryCredentialStore keychain;
        keychain.failure = u"The name org.freedesktop.secrets was not provided by any .service files"_s;
        Client c(s, keychain, m_dir.filePath(u"k.ini"_s));
        QSignalSpy status(&c.controller, &LoginController::keychainStatusChanged);
        QSignalSpy signedIn(&c.controller, &LoginController::signedIn);
        QSignalSpy remembered(&c.controller, &LoginController::rememberFinished);

        c.controller.probeKeychain();
        QTRY_COMPARE(status.count(), 1);
        QCOMPARE(status.first().at(0).toBool(), false);
        QCOMPARE(status.first().at(1).toString(), keychain.failure);
        QVERIFY(!c.controller.keychainAvailable());
        QCOMPARE(c.controller.keychainProblem(), keychain.failure);

        c.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, true, {});
        QTRY_COMPARE(signedIn.count(), 1);
        QTRY_COMPARE(remembered.count(), 1);
        QCOMPARE(remembered.first().first().toBool(), false);
        QVERIFY(status.count() >= 2);
        QVERIFY(c.session.isSignedIn());
        QVERIFY(c.settings.string(AppSettings::Key::RememberedUser).isEmpty());
    }

    void keychainWriteFailureStillSignsIn() {
        FakeServer s;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"f.ini"_s));
        keychain.failure = u"Access denied"_s; // the probe was fine, the write fails
        c.settings.setValue(AppSettings::Key::RememberMe, true);
        QSignalSpy status(&c.controller, &LoginController::keychainStatusChanged);
        QSignalSpy signedIn(&c.controller, &LoginController::signedIn);
        c.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, true, {});
        QTRY_COMPARE(signedIn.count(), 1);
        QTRY_COMPARE(status.count(), 1);
        QCOMPARE(status.first().at(1).toString(), u"Access denied"_s);
        QVERIFY(c.settings.string(AppSettings::Key::RememberedUser).isEmpty());
        QVERIFY(!c.settings.value(AppSettings::Key::RememberMe).toBool()); // «Запомнить» unticked for next time
    }

    void signOutBeforeKeychainAnswers() {
        FakeServer s;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"so.ini"_s));
        QSignalSpy signedIn(&c.controller, &LoginController::signedIn);
        QSignalSpy remembered(&c.controller, &LoginController::rememberFinished);
        int rememberedAtSignIn = -1;
        // The user signs out at once, before the keychain has answered.
        connect(&c.controller, &LoginController::signedIn, &c.session, [&] {
            rememberedAtSignIn = static_cast<int>(remembered.count());
            c.session.signOut();
        });
        c.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, true, {});
        QTRY_COMPARE(signedIn.count(), 1);
        QCOMPARE(rememberedAtSignIn, 0); // signing in did not wait for the keychain
        QTRY_COMPARE(remembered.count(), 1);
        QCOMPARE(remembered.first().first().toBool(), false);
        QTRY_VERIFY(!keychain.entries.contains(rememberedKey));
        QVERIFY(c.settings.string(AppSettings::Key::RememberedUser).isEmpty());
    }

    void cancelDropsTheAnswer() {
        FakeServer s;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"z.ini"_s));
        QSignalSpy signedIn(&c.controller, &LoginController::signedIn);
        c.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, false, {});
        QVERIFY(c.controller.isBusy());
        c.controller.cancel();
        QVERIFY(!c.controller.isBusy());
        QTest::qWait(100);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!c.session.isSignedIn());
    }

    // ---- An operator's second factor (docs/operations.md, «Operator accounts») ----

    void operatorSignInAsksForTheCode() {
        FakeServer s;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"op1.ini"_s));
        QSignalSpy asked(&c.controller, &LoginController::secondFactorRequired);
        QSignalSpy signedIn(&c.controller, &LoginController::signedIn);
        QSignalSpy failed(&c.controller, &LoginController::failed);
        c.controller.signIn(u"op@lkk.example"_s, u"Operator1234"_s, false, {});
        QTRY_COMPARE(asked.count(), 1);
        const auto challenge = asked.first().first().value<SecondFactorChallenge>();
        QCOMPARE(challenge.challenge, u"ch-1"_s);
        QVERIFY(!challenge.enrolling());
        QVERIFY(c.controller.secondFactorPending());
        QVERIFY(!c.controller.isBusy());
        QVERIFY(!c.session.isSignedIn());
        QCOMPARE(failed.count(), 0); // the 202 is no error

        // Checked here first: nothing is sent for a code that cannot be right.
        const qsizetype sent = s.net.requests().size();
        c.controller.submitSecondFactor(u"12345"_s, false);
        c.controller.submitSecondFactor(u""_s, false);
        c.controller.submitSecondFactor(u"  "_s, true);
        QCOMPARE(failed.count(), 3);
        QCOMPARE(failed.at(0).at(0).value<Field>(), Field::SecondFactor);
        QCOMPARE(failed.at(0).at(1).toString(), u"The code is 6 digits"_s);
        QCOMPARE(failed.at(1).at(1).toString(), u"Enter the 6-digit code from the authenticator app"_s);
        QCOMPARE(failed.at(2).at(1).toString(), u"Enter one of your recovery codes"_s);
        QCOMPARE(s.net.requests().size(), sent);

        // A wrong code: the server's words and what the challenge still takes.
        c.controller.submitSecondFactor(u"111111"_s, false);
        QVERIFY(c.controller.isBusy());
        QTRY_COMPARE(failed.count(), 4);
        QCOMPARE(failed.last().at(0).value<Field>(), Field::SecondFactor);
        QCOMPARE(failed.last().at(1).toString(), u"Неверный код подтверждения входа. 4 attempt(s) left."_s);
        QVERIFY(c.controller.secondFactorPending());

        // The right one, typed with a space: signed in as the operator.
        c.controller.submitSecondFactor(u"287 082"_s, false);
        QTRY_COMPARE(signedIn.count(), 1);
        const QJsonObject sentBody = QJsonDocument::fromJson(s.net.requests().constLast().body).object();
        QCOMPARE(sentBody, (QJsonObject{{"challenge"_L1, u"ch-1"_s}, {"code"_L1, operatorCode}}));
        QCOMPARE(signedIn.first().first().value<Profile>().role, u"operator"_s);
        QVERIFY(c.session.isSignedIn());
        QVERIFY(!c.controller.secondFactorPending());
    }

    void recoveryCodeInsteadOfTheApp() {
        FakeServer s;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"op2.ini"_s));
        QSignalSpy signedIn(&c.controller, &LoginController::signedIn);
        QVERIFY(operatorPasswordAccepted(c));
        c.controller.submitSecondFactor(u" abcde-fghjk "_s, true);
        QTRY_COMPARE(signedIn.count(), 1);
        const QJsonObject sentBody = QJsonDocument::fromJson(s.net.requests().constLast().body).object();
        QCOMPARE(sentBody, (QJsonObject{{"challenge"_L1, u"ch-1"_s}, {"recoveryCode"_L1, operatorRecoveryCode}}));
    }

    void enrolmentHoldsTheSignInUntilTheCodesAreKept() {
        FakeServer s;
        s.operatorEnrolled = false;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"op3.ini"_s));
        QSignalSpy asked(&c.controller, &LoginController::secondFactorRequired);
        QSignalSpy codes(&c.controller, &LoginController::recoveryCodesIssued);
        QSignalSpy signedIn(&c.controller, &LoginController::signedIn);
        QSignalSpy remembered(&c.controller, &LoginController::rememberFinished);
        c.controller.signIn(u"op@lkk.example"_s, u"Operator1234"_s, true, {});
        QTRY_COMPARE(asked.count(), 1);
        const auto challenge = asked.first().first().value<SecondFactorChallenge>();
        QVERIFY(challenge.enrolling());
        QCOMPARE(challenge.secret, u"JBSWY3DPEHPK3PXP"_s);
        c.controller.submitSecondFactor(operatorCode, false);
        QTRY_COMPARE(codes.count(), 1);
        QCOMPARE(codes.first().first().toStringList().size(), 10);
        // The session runs (and «Запомнить» is kept), but the cabinet waits for the codes.
        QVERIFY(c.session.isSignedIn());
        QTRY_COMPARE(remembered.count(), 1);
        QVERIFY(remembered.first().first().toBool());
        QCOMPARE(keychain.entries.value(u"op@lkk.example@lkk.example:8443"_s), c.session.tokens().refreshToken);
        QTest::qWait(20);
        QCOMPARE(signedIn.count(), 0);
        c.controller.acknowledgeRecoveryCodes();
        QCOMPARE(signedIn.count(), 1);
        c.controller.acknowledgeRecoveryCodes(); // once only
        QCOMPARE(signedIn.count(), 1);
    }

    void expiredChallengeGoesBackToThePassword() {
        FakeServer s;
        s.secondFactorAs = Response::apiError(401, errc::signInExpired, u"Вход не завершён вовремя."_s);
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"op4.ini"_s));
        QSignalSpy expired(&c.controller, &LoginController::secondFactorExpired);
        QSignalSpy failed(&c.controller, &LoginController::failed);
        QVERIFY(operatorPasswordAccepted(c));
        c.controller.submitSecondFactor(operatorCode, false);
        QTRY_COMPARE(expired.count(), 1);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Field>(), Field::None);
        QCOMPARE(failed.first().at(1).toString(), u"Вход не завершён вовремя."_s);
        QVERIFY(!c.controller.secondFactorPending());
        QVERIFY(!c.controller.isBusy());
        const qsizetype sent = s.net.requests().size();
        c.controller.submitSecondFactor(operatorCode, false); // no challenge left to answer
        QCOMPARE(s.net.requests().size(), sent);
    }

    void tooManyCodesSaysHowLongToWait_data() {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("message");
        QTest::newRow("minutes") << QByteArray("541") << u"Too many wrong codes. Try again in 10 minute(s)."_s;
        QTest::newRow("seconds") << QByteArray("45") << u"Too many wrong codes. Try again in 45 second(s)."_s;
        QTest::newRow("no header") << QByteArray() << u"Слишком много попыток. Повторите позже."_s;
    }
    void tooManyCodesSaysHowLongToWait() {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, message);
        FakeServer s;
        Response tooMany = Response::apiError(429, errc::tooManyAttempts, u"Слишком много попыток. Повторите позже."_s);
        if (!retryAfter.isEmpty())
            tooMany.headers.append({"Retry-After", retryAfter});
        s.secondFactorAs = tooMany;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"op5.ini"_s));
        QSignalSpy failed(&c.controller, &LoginController::failed);
        QVERIFY(operatorPasswordAccepted(c));
        c.controller.submitSecondFactor(operatorCode, false);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Field>(), Field::SecondFactor);
        QCOMPARE(failed.first().at(1).toString(), message);
        QVERIFY(c.controller.secondFactorPending()); // the challenge stays: try again after the wait
    }

    void abandoningTheSecondFactorDropsIt() {
        FakeServer s;
        MemoryCredentialStore keychain;
        Client c(s, keychain, m_dir.filePath(u"op6.ini"_s));
        QSignalSpy signedIn(&c.controller, &LoginController::signedIn);
        QVERIFY(operatorPasswordAccepted(c));
        c.controller.submitSecondFactor(operatorCode, false);
        c.controller.abandonSecondFactor(); // «Назад» while the code is on its way
        QVERIFY(!c.controller.isBusy());
        QVERIFY(!c.controller.secondFactorPending());
        QTest::qWait(50);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!c.session.isSignedIn());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLoginController)
#include "tst_logincontroller.moc"
