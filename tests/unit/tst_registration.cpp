// Registration, confirmation, recovery and profile editing in the client core against a
// fake server: what is sent (normalized e-mail, E.164 phone, only the changed profile fields),
// local checks before sending, server field errors mapped back, attempts left, resend countdown,
// the profile codec's new fields and the session's user after an edit.
#include "app/api/ApiClient.h"
#include "app/api/JsonCodec.h"
#include "app/registration/FieldMessages.h"
#include "app/registration/ProfileEditor.h"
#include "app/registration/RecoveryController.h"
#include "app/registration/RegistrationCodec.h"
#include "app/registration/RegistrationController.h"
#include "app/session/CredentialStore.h"
#include "app/session/LoginController.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "shared/ErrorCodes.h"
#include "tests/support/FakeNetwork.h"
#include "tests/support/FixtureCheck.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::FakeNetwork;
using Response = FakeNetwork::Response;

namespace {

QJsonObject bodyOf(const FakeNetwork::Request& r) {
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray toJson(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray pngBase64() {
    QImage image(20, 10, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png.toBase64();
}

QJsonObject profileJson(const QString& phone = {}) {
    QJsonObject o{
        {"id"_L1, 7},
        {"email"_L1, u"new@lkk.example"_s},
        {"surname"_L1, u"Петров"_s},
        {"firstName"_L1, u"Пётр"_s},
        {"patronymic"_L1, QJsonValue::Null},
        {"phone"_L1, phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(phone)},
        {"birthDate"_L1, QJsonValue::Null},
        {"sex"_L1, u""_s},
        {"role"_L1, u"customer"_s},
        {"emailConfirmed"_L1, true},
        {"pendingEmail"_L1, QJsonValue::Null},
        {"detailsRequired"_L1, phone.isEmpty()},
        {"marketing"_L1,
         QJsonObject{{"tomskRts"_L1, QJsonObject{{"enabled"_L1, false}, {"email"_L1, u"new@lkk.example"_s}}},
                     {"tomskEnergosbyt"_L1, QJsonObject{{"enabled"_L1, true}, {"email"_L1, u"new@lkk.example"_s}}}}}};
    return o;
}

RegistrationForm goodForm() {
    RegistrationForm f;
    f.email = u"  New@LKK.example "_s;
    f.password = u"Secret123"_s;
    f.surname = u"Петров"_s;
    f.firstName = u"Пётр"_s;
    f.phone = u"8 (913) 123 45 67"_s;
    f.birthDate = QDate(1990, 3, 4);
    f.sex = u"male"_s;
    return f;
}

struct Client {
    FakeNetwork net;
    ApiClient api{&net};
    Client() { LKK_FIXTURE_CHECK(!api.setServer(u"https://lkk.example"_s)); }
    void routeCaptcha() {
        net.route("POST", u"/api/v1/captcha"_s, [](const FakeNetwork::Request&) {
            return Response::json(
                200,
                toJson({{"id"_L1, u"cap-1"_s}, {"image"_L1, QString::fromLatin1(pngBase64())}, {"expiresIn"_L1, 300}}));
        });
    }
};

} // namespace

class TestRegistration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia)); }

    void profileCodecReadsIssue5Fields() {
        const auto p = json::parseProfile(toJson(profileJson()));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QVERIFY(p.value().detailsRequired);
        QVERIFY(p.value().emailConfirmed);
        QVERIFY(!p.value().tomskRts.enabled);
        QVERIFY(p.value().tomskEnergosbyt.enabled);
        QCOMPARE(p.value().tomskEnergosbyt.email, u"new@lkk.example"_s);
        // An older server without the fields: defaults.
        QJsonObject old = profileJson(u"+79131234567"_s);
        for (const auto* k : {"emailConfirmed", "pendingEmail", "detailsRequired", "marketing"})
            old.remove(QLatin1StringView(k));
        const auto q = json::parseProfile(toJson(old));
        QVERIFY(q.ok());
        QVERIFY(q.value().emailConfirmed);
        QVERIFY(!q.value().detailsRequired);
        // A wrong type is a protocol error naming the field.
        QJsonObject bad = profileJson();
        bad.insert("marketing"_L1, QJsonObject{{"tomskRts"_L1, QJsonObject{{"enabled"_L1, u"yes"_s}}}});
        const auto r = json::parseProfile(toJson(bad));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"marketing.tomskRts.enabled"_s), qPrintable(r.error().message));
    }

    void profileUpdateSendsOnlyGivenFields() {
        ProfileUpdate u;
        u.phone = u"+7 913 123-45-67"_s;
        u.birthDate = QDate();
        u.tomskRts = MarketingSubscription{true, u"me@lkk.example"_s};
        const QJsonObject o = QJsonDocument::fromJson(json::encodeProfileUpdate(u)).object();
        QCOMPARE(o.keys(), (QStringList{u"birthDate"_s, u"marketing"_s, u"phone"_s}));
        QCOMPARE(o.value("phone"_L1).toString(), u"+79131234567"_s);
        QVERIFY(o.value("birthDate"_L1).isNull());
        QCOMPARE(o.value("marketing"_L1).toObject().keys(), QStringList{u"tomskRts"_s});
    }

    void registrationPageChecks() {
        RegistrationController c(nullptr, nullptr);
        c.setToday(QDate(2026, 11, 26));
        RegistrationForm f = goodForm();
        QVERIFY(c.validateContacts(f, f.password).isEmpty());
        QVERIFY(c.validatePersonal(f).isEmpty());
        f.phone = u"12345"_s;
        f.email = u"not-an-email"_s;
        f.password = u"secret"_s;
        auto errors = c.validateContacts(f, u"other"_s);
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors[0].field, u"phone"_s);
        QCOMPARE(errors[0].message, FieldMessages::phone(rules::Violation::PhoneFormat));
        QCOMPARE(errors[1].field, u"email"_s);
        QCOMPARE(errors[2].field, u"password"_s);
        QCOMPARE(errors[3].field, u"repeat"_s);
        f.surname.clear();
        f.firstName = u"Пётр1"_s;
        f.birthDate = QDate(2020, 1, 1);
        errors = c.validatePersonal(f);
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors[0].field, u"surname"_s);
        QCOMPARE(errors[1].field, u"firstName"_s);
        QCOMPARE(errors[2].field, u"birthDate"_s);
        errors = c.validateCheck(u" "_s, false);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[1].field, u"agreement"_s);
    }

    void registerConfirmAndResend() {
        Client client;
        client.routeCaptcha();
        int wrongCodes = 0;
        client.net.route("POST", u"/api/v1/auth/register"_s, [](const FakeNetwork::Request& r) {
            const QJsonObject b = bodyOf(r);
            if (b.value("captchaAnswer"_L1).toString() != "right"_L1)
                return Response::apiError(403, errc::captchaInvalid, u"Неверные символы с картинки."_s,
                                          "captchaAnswer");
            return Response::json(202, toJson({{"email"_L1, b.value("email"_L1)},
                                               {"codeLength"_L1, 6},
                                               {"expiresIn"_L1, 86400},
                                               {"resendAfter"_L1, 60}}));
        });
        client.net.route("POST", u"/api/v1/auth/register/confirm"_s, [&wrongCodes](const FakeNetwork::Request& r) {
            if (bodyOf(r).value("code"_L1).toString() == "123456"_L1)
                return Response::json(204, {});
            ++wrongCodes;
            Response e = Response::apiError(422, errc::confirmationCodeInvalid, u"Неверный код."_s, "code");
            QJsonObject o = QJsonDocument::fromJson(e.body).object();
            QJsonObject err = o.value("error"_L1).toObject();
            err.insert("details"_L1, QJsonObject{{"attemptsLeft"_L1, 5 - wrongCodes}});
            e.body = toJson({{"error"_L1, err}});
            return e;
        });
        int resends = 0;
        client.net.route("POST", u"/api/v1/auth/register/resend"_s, [&resends](const FakeNetwork::Request&) {
            if (++resends > 1) {
                Response r = Response::apiError(429, errc::tooManyAttempts, u"Слишком часто."_s);
                r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "42"));
                return r;
            }
            return Response::json(202, R"({"resendAfter":60})");
        });

        RegistrationController c(&client.api, nullptr);
        c.setToday(QDate(2026, 11, 26));
        QSignalSpy failed(&c, &RegistrationController::failed);
        QSignalSpy accepted(&c, &RegistrationController::accepted);
        QSignalSpy captcha(&c, &RegistrationController::captchaShown);
        QSignalSpy resendIn(&c, &RegistrationController::resendAvailableIn);
        QSignalSpy confirmed(&c, &RegistrationController::confirmed);

        c.loadCaptcha();
        QVERIFY(captcha.wait());

        // Local problem: nothing is sent.
        c.submit(goodForm(), QString(), true);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.takeFirst().at(0).toString(), u"captchaAnswer"_s);
        QCOMPARE(client.net.count(u"/api/v1/auth/register"_s), 0);

        // Wrong captcha: the server's field, and a new picture.
        c.submit(goodForm(), u"wrong"_s, true);
        QVERIFY(failed.wait());
        QCOMPARE(failed.takeFirst().at(0).toString(), u"captchaAnswer"_s);
        QVERIFY(captcha.wait());

        c.submit(goodForm(), u"right"_s, true);
        QVERIFY(accepted.wait());
        const QJsonObject sent = bodyOf(client.net.requestsTo(u"/api/v1/auth/register"_s).last());
        QCOMPARE(sent.value("email"_L1).toString(), u"new@lkk.example"_s);
        QCOMPARE(sent.value("phone"_L1).toString(), u"+79131234567"_s);
        QCOMPARE(sent.value("birthDate"_L1).toString(), u"1990-03-04"_s);
        QCOMPARE(sent.value("sex"_L1).toString(), u"male"_s);
        QCOMPARE(sent.value("agreement"_L1).toBool(), true);
        QCOMPARE(sent.value("captchaId"_L1).toString(), u"cap-1"_s);
        QVERIFY(!sent.contains("patronymic"_L1));
        QCOMPARE(resendIn.last().at(0).toInt(), 60);
        QCOMPARE(c.email(), u"new@lkk.example"_s);

        // Code: local format check, then a wrong code with the attempts left.
        c.confirm(u"12"_s);
        QCOMPARE(failed.takeFirst().at(0).toString(), u"code"_s);
        c.confirm(u"654321"_s);
        QVERIFY(failed.wait());
        const auto wrong = failed.takeFirst();
        QCOMPARE(wrong.at(0).toString(), u"code"_s);
        QVERIFY2(wrong.at(1).toString().contains(u"4"_s), qPrintable(wrong.at(1).toString()));

        // Resend: allowed once, then 429 with Retry-After restarts the countdown.
        QSignalSpy resent(&c, &RegistrationController::resent);
        resendIn.clear();
        c.resend();
        QVERIFY(resent.wait());
        QCOMPARE(resends, 1);
        QCOMPARE(resendIn.last().at(0).toInt(), 60);
        c.resend();
        QVERIFY(failed.wait());
        QCOMPARE(resendIn.last().at(0).toInt(), 42);

        c.confirm(u"123456"_s);
        QVERIFY(confirmed.wait());
        QCOMPARE(confirmed.first().at(0).toString(), u"new@lkk.example"_s);
        QCOMPARE(bodyOf(client.net.requestsTo(u"/api/v1/auth/register/confirm"_s).last()).value("email"_L1).toString(),
                 u"new@lkk.example"_s);
    }

    void registrationFieldErrorFromServer() {
        Client client;
        client.routeCaptcha();
        client.net.route("POST", u"/api/v1/auth/register"_s, [](const FakeNetwork::Request&) {
            return Response::apiError(400, errc::validationFailed, u"Укажите настоящую дату рождения."_s, "birthDate");
        });
        RegistrationController c(&client.api, nullptr);
        QSignalSpy failed(&c, &RegistrationController::failed);
        c.submit(goodForm(), u"x"_s, true);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).toString(), u"birthDate"_s);
        QCOMPARE(failed.first().at(1).toString(), u"Укажите настоящую дату рождения."_s);
    }

    void recovery() {
        Client client;
        client.routeCaptcha();
        client.net.route("POST", u"/api/v1/auth/recover"_s, [](const FakeNetwork::Request&) {
            return Response::json(202, R"({"codeLength":6,"expiresIn":3600})");
        });
        client.net.route("POST", u"/api/v1/auth/recover/confirm"_s, [](const FakeNetwork::Request& r) {
            if (bodyOf(r).value("code"_L1).toString() != "111111"_L1)
                return Response::apiError(410, errc::recoveryExpired, u"Код устарел."_s);
            return Response::json(204, {});
        });
        RecoveryController c(&client.api, nullptr);
        QSignalSpy failed(&c, &RecoveryController::failed);
        QSignalSpy sent(&c, &RecoveryController::codeSent);
        QSignalSpy recovered(&c, &RecoveryController::recovered);
        c.loadCaptcha();
        c.requestCode(u"bad"_s, u"x"_s);
        QCOMPARE(failed.takeFirst().at(0).toString(), u"email"_s);
        c.requestCode(u"Demo@LKK.example"_s, u"x"_s);
        QVERIFY(sent.wait());
        QCOMPARE(sent.first().at(0).toString(), u"demo@lkk.example"_s);
        c.reset(u"111111"_s, u"Newpass12"_s, u"Newpass13"_s);
        QCOMPARE(failed.takeFirst().at(0).toString(), u"repeat"_s);
        c.reset(u"222222"_s, u"Newpass12"_s, u"Newpass12"_s);
        QVERIFY(failed.wait());
        QCOMPARE(failed.takeFirst().at(0).toString(), u"code"_s); // 410 lands on the code field
        c.reset(u"111111"_s, u"Newpass12"_s, u"Newpass12"_s);
        QVERIFY(recovered.wait());
        const QJsonObject body = bodyOf(client.net.requestsTo(u"/api/v1/auth/recover/confirm"_s).last());
        QCOMPARE(body.value("email"_L1).toString(), u"demo@lkk.example"_s);
        QCOMPARE(body.value("newPassword"_L1).toString(), u"Newpass12"_s);
    }

    void profileEditing() {
        Client client;
        Session session(&client.api);
        LoginResult login;
        login.tokens.accessToken = u"A0"_s;
        login.tokens.accessExpiresIn = 900;
        login.user = json::parseProfile(toJson(profileJson())).value();
        session.start(login);

        client.net.route("PATCH", u"/api/v1/profile"_s, [](const FakeNetwork::Request& r) {
            const QJsonObject b = bodyOf(r);
            if (b.value("phone"_L1).toString() == "+79990000000"_L1)
                return Response::apiError(400, errc::validationFailed, u"Телефон не принят."_s, "phone");
            return Response::json(200, toJson(profileJson(b.value("phone"_L1).toString())));
        });
        client.net.route("POST", u"/api/v1/profile/email"_s, [](const FakeNetwork::Request& r) {
            if (bodyOf(r).value("currentPassword"_L1).toString() != "Secret123"_L1)
                return Response::apiError(403, errc::wrongPassword, u"Неверный пароль."_s, "currentPassword");
            return Response::json(202, R"({"pendingEmail":"other@lkk.example","codeLength":6,"expiresIn":86400})");
        });
        client.net.route("POST", u"/api/v1/profile/password"_s,
                         [](const FakeNetwork::Request&) { return Response::json(204, {}); });

        ProfileEditor editor(&session);
        editor.setToday(QDate(2026, 11, 26));
        QSignalSpy failed(&editor, &ProfileEditor::failed);
        QSignalSpy saved(&editor, &ProfileEditor::saved);
        QSignalSpy codeSent(&editor, &ProfileEditor::emailCodeSent);
        QSignalSpy passwordChanged(&editor, &ProfileEditor::passwordChanged);

        auto errors = editor.validatePersonal(u"Петров"_s, u"Пётр"_s, QString(), QString(), true, QDate());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, u"phone"_s);

        ProfileUpdate u;
        u.phone = u"+79990000000"_s;
        editor.save(ProfileEditor::Section::Details, u);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(1).toString(), u"phone"_s);
        u.phone = u"9131234567"_s;
        editor.save(ProfileEditor::Section::Details, u);
        QVERIFY(saved.wait());
        QCOMPARE(session.user().phone, u"+79131234567"_s);
        QVERIFY(!session.user().detailsRequired);
        QCOMPARE(client.net.requestsTo(u"/api/v1/profile"_s).last().header("Authorization"), QByteArray("Bearer A0"));

        failed.clear();
        editor.changeEmail(u"new@lkk.example"_s, u"x"_s);
        QCOMPARE(failed.takeFirst().at(1).toString(), u"newEmail"_s); // the same address
        editor.changeEmail(u"other@lkk.example"_s, u"bad"_s);
        QVERIFY(failed.wait());
        QCOMPARE(failed.takeFirst().at(1).toString(), u"currentPassword"_s);
        editor.changeEmail(u"other@lkk.example"_s, u"Secret123"_s);
        QVERIFY(codeSent.wait());
        QCOMPARE(codeSent.first().at(0).toString(), u"other@lkk.example"_s);

        editor.changePassword(u"Secret123"_s, u"weak"_s, u"weak"_s);
        QCOMPARE(failed.takeFirst().at(1).toString(), u"newPassword"_s);
        editor.changePassword(u"Secret123"_s, u"Stronger12"_s, u"Stronger12"_s);
        QVERIFY(passwordChanged.wait());
    }

    void passwordStrength() {
        QCOMPARE(PasswordStrength::of(QString()).level, PasswordStrength::Level::Empty);
        const auto weak = PasswordStrength::of(u"abc"_s);
        QCOMPARE(weak.level, PasswordStrength::Level::Weak);
        QCOMPARE(weak.missing.size(), 3); // length, digit, upper
        QCOMPARE(PasswordStrength::of(u"Secret12"_s).level, PasswordStrength::Level::Medium);
        QCOMPARE(PasswordStrength::of(u"Secret12!"_s).level, PasswordStrength::Level::Strong);
        QCOMPARE(PasswordStrength::of(u"Secretsecret12"_s).level, PasswordStrength::Level::Strong);
    }
    void loginSaysEmailNotConfirmed() {
        Client client;
        client.net.route("POST", u"/api/v1/auth/login"_s, [](const FakeNetwork::Request& r) {
            if (bodyOf(r).value("password"_L1).toString() != "Secret123"_L1)
                return Response::apiError(401, errc::invalidCredentials, u"Неверный e-mail или пароль"_s);
            return Response::apiError(403, errc::emailNotConfirmed, u"Адрес электронной почты не подтверждён."_s);
        });
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"lkk.ini"_s));
        settings.setValue(AppSettings::Key::ServerUrl, u"https://lkk.example"_s);
        Session session(&client.api);
        CredentialStore credentials(u"lkk-test-registration"_s);
        LoginController login(&session, &credentials, &settings);
        QSignalSpy failed(&login, &LoginController::failed);
        QSignalSpy notConfirmed(&login, &LoginController::emailNotConfirmed);
        login.signIn(u"Petrov@LKK.example"_s, u"Wrong123"_s, false, {});
        QVERIFY(failed.wait());
        QCOMPARE(notConfirmed.size(), 0); // a wrong password reveals nothing
        login.signIn(u"Petrov@LKK.example"_s, u"Secret123"_s, false, {});
        QVERIFY(notConfirmed.wait());
        QCOMPARE(notConfirmed.first().at(0).toString(), u"petrov@lkk.example"_s);
        QCOMPARE(failed.last().at(1).toString(), u"Адрес электронной почты не подтверждён."_s);
        QVERIFY(!session.isSignedIn());
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestRegistration t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_registration.moc"
