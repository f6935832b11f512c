// JsonCodec on real payloads of the auth contract, and the mapping of error answers.
#include "app/api/JsonCodec.h"
#include "app/api/JsonReader.h"
#include "shared/ErrorCodes.h"
#include "tests/support/FixtureCheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;

namespace {

// A login answer as the server sends it (docs/openapi.yaml, POST /auth/login with remember).
const QByteArray loginWithRemember = R"({
  "accessToken": "at-3q2+7w==",
  "accessExpiresIn": 900,
  "refreshToken": "rt-Zm9vYmFy",
  "refreshExpiresIn": 2592000,
  "user": {"id": 1, "email": "demo@lkk.example", "surname": "Иванова", "firstName": "Мария",
           "patronymic": "Петровна", "phone": "+79131234567", "birthDate": "1985-03-14",
           "sex": "female", "role": "customer"}
})";

const QByteArray profileJson = R"({"id": 7, "email": "operator@lkk.example", "surname": "Operator",
  "firstName": "Olga", "patronymic": "", "phone": "", "birthDate": null, "sex": "", "role": "operator"})";

// An operator's right password (docs/openapi.yaml, POST /auth/login 202) at the first sign-in.
// Not a raw string: moc would take the "//" in it for a comment.
const QByteArray enrolmentChallenge =
    "{\"secondFactor\": \"totp\", \"challenge\": \"ch-5Jd2\", \"expiresIn\": 300, \"enrolment\": "
    "{\"otpauthUri\": \"otpauth://totp/LKK:op%40lkk.example?secret=JBSWY3DPEHPK3PXP&issuer=LKK&algorithm=SHA1&"
    "digits=6&period=30\", \"secret\": \"JBSWY3DPEHPK3PXP\"}}";

QByteArray replaced(QByteArray json, const QByteArray& from, const QByteArray& to) {
    const qsizetype at = json.indexOf(from);
    LKK_FIXTURE_CHECK(at >= 0);
    return json.replace(at, from.size(), to);
}

} // namespace

class TestJsonCodec : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loginResultWithRemember() {
        const auto r = json::parseLoginResult(loginWithRemember);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        const LoginResult& v = r.value();
        QCOMPARE(v.tokens.accessToken, u"at-3q2+7w=="_s);
        QCOMPARE(v.tokens.accessExpiresIn, 900);
        QCOMPARE(v.tokens.refreshToken, u"rt-Zm9vYmFy"_s);
        QCOMPARE(v.tokens.refreshExpiresIn, 2592000);
        QCOMPARE(v.user.id, 1);
        QCOMPARE(v.user.surname, u"Иванова"_s);
        QCOMPARE(v.user.firstName, u"Мария"_s);
        QCOMPARE(v.user.patronymic, u"Петровна"_s);
        QCOMPARE(v.user.phone, u"+79131234567"_s);
        QCOMPARE(v.user.birthDate, QDate(1985, 3, 14));
        QCOMPARE(v.user.sex, u"female"_s);
        QCOMPARE(v.user.role, u"customer"_s);
        QCOMPARE(v.user.displayName(), u"Иванова Мария"_s);
    }

    void loginResultWithoutRememberHasNoRefreshToken() {
        QByteArray body = replaced(loginWithRemember, "\"refreshToken\": \"rt-Zm9vYmFy\",", "");
        body = replaced(body, "\"refreshExpiresIn\": 2592000,", "");
        const auto r = json::parseLoginResult(body);
        QVERIFY(r.ok());
        QVERIFY(r.value().tokens.refreshToken.isEmpty());
        QCOMPARE(r.value().tokens.refreshExpiresIn, 0);
    }

    void loginAnswerOf202IsASecondFactorChallenge() {
        const auto r = json::parseLoginAnswer(202, enrolmentChallenge);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QVERIFY(r.value().secondFactor);
        const SecondFactorChallenge& c = *r.value().secondFactor;
        QCOMPARE(c.challenge, u"ch-5Jd2"_s);
        QCOMPARE(c.expiresIn, 300);
        QVERIFY(c.enrolling());
        QVERIFY(c.otpauthUri.startsWith(u"otpauth://totp/LKK:op%40lkk.example?secret=JBSWY3DPEHPK3PXP"_s));
        QCOMPARE(c.secret, u"JBSWY3DPEHPK3PXP"_s);
        QVERIFY(r.value().tokens.accessToken.isEmpty());

        // A later sign-in: no enrolment.
        const auto later = json::parseLoginAnswer(202, R"({"secondFactor":"totp","challenge":"c2","expiresIn":300})");
        QVERIFY(later.ok());
        QVERIFY(!later.value().secondFactor->enrolling());
        // 200 is still a session.
        const auto session = json::parseLoginAnswer(200, loginWithRemember);
        QVERIFY(session.ok());
        QVERIFY(!session.value().secondFactor);
        QCOMPARE(session.value().tokens.accessToken, u"at-3q2+7w=="_s);
    }

    void badSecondFactorChallengesAreProtocolErrors_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown factor") << replaced(enrolmentChallenge, "\"totp\"", "\"sms\"") << u"secondFactor"_s;
        QTest::newRow("no challenge") << replaced(enrolmentChallenge, "\"challenge\": \"ch-5Jd2\",", "")
                                      << u"challenge"_s;
        QTest::newRow("empty challenge") << replaced(enrolmentChallenge, "\"ch-5Jd2\"", "\"\"") << u"challenge"_s;
        QTest::newRow("not otpauth") << replaced(enrolmentChallenge, "otpauth://totp/", "https://x/")
                                     << u"enrolment.otpauthUri"_s;
        QTest::newRow("no secret") << replaced(enrolmentChallenge, "\"secret\": \"JBSWY3DPEHPK3PXP\"", "\"s\": 1")
                                   << u"enrolment.secret"_s;
        QTest::newRow("enrolment not an object")
            << QByteArray(R"({"secondFactor":"totp","challenge":"c","expiresIn":300,"enrolment":"x"})")
            << u"enrolment"_s;
    }
    void badSecondFactorChallengesAreProtocolErrors() {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto r = json::parseLoginAnswer(202, body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Protocol);
        QVERIFY2(r.error().message.contains(field), qPrintable(r.error().message));
    }

    void secondFactorStepAnswersRecoveryCodesOnce() {
        QByteArray withCodes =
            replaced(loginWithRemember, "\"accessExpiresIn\": 900,",
                     "\"accessExpiresIn\": 900, \"recoveryCodes\": [\"abcde-fghjk\", \"mnpqr-stuvw\"],");
        withCodes = replaced(withCodes, "\"role\": \"customer\"", "\"role\": \"supervisor\"");
        const auto r = json::parseLoginResult(withCodes);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r.value().recoveryCodes, (QStringList{u"abcde-fghjk"_s, u"mnpqr-stuvw"_s}));
        QCOMPARE(r.value().user.role, u"supervisor"_s);
        QVERIFY(json::parseLoginResult(loginWithRemember).value().recoveryCodes.isEmpty());
        const QByteArray emptyCode = replaced(loginWithRemember, "\"accessExpiresIn\": 900,",
                                              "\"accessExpiresIn\": 900, \"recoveryCodes\": [\"\"],");
        QVERIFY(!json::parseLoginResult(emptyCode).ok());
        const QByteArray notStrings = replaced(loginWithRemember, "\"accessExpiresIn\": 900,",
                                               "\"accessExpiresIn\": 900, \"recoveryCodes\": [1],");
        QVERIFY(!json::parseLoginResult(notStrings).ok());
    }

    void rolesAreCustomerOperatorSupervisor() {
        for (const char* role : {"customer", "operator", "supervisor"}) {
            const QByteArray body = replaced(profileJson, "\"operator\"}", QByteArray("\"") + role + "\"}");
            const auto r = json::parseProfile(body);
            QVERIFY2(r.ok(), role);
            QCOMPARE(r.value().role, QString::fromLatin1(role));
        }
        const auto unknown = json::parseProfile(replaced(profileJson, "\"operator\"}", "\"admin\"}"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(u"role"_s));
    }

    void secondFactorRequestCarriesOneOfTheCodes() {
        QCOMPARE(QJsonDocument::fromJson(json::encodeSecondFactorRequest(u"c1"_s, u"287082"_s, {})).object(),
                 (QJsonObject{{"challenge"_L1, u"c1"_s}, {"code"_L1, u"287082"_s}}));
        QCOMPARE(QJsonDocument::fromJson(json::encodeSecondFactorRequest(u"c1"_s, {}, u"abcde-fghjk"_s)).object(),
                 (QJsonObject{{"challenge"_L1, u"c1"_s}, {"recoveryCode"_L1, u"abcde-fghjk"_s}}));
    }

    void unknownFieldsAreIgnored() {
        const QByteArray body =
            replaced(loginWithRemember, "\"accessExpiresIn\": 900,",
                     "\"accessExpiresIn\": 900, \"tokenType\": \"Bearer\", \"extra\": {\"a\": [1,2]},");
        QVERIFY(json::parseLoginResult(body).ok());
        const QByteArray profile =
            replaced(profileJson, "\"role\": \"operator\"", "\"role\": \"operator\", \"avatar\": null");
        QVERIFY(json::parseProfile(profile).ok());
    }

    void profileNullsAndEmpties() {
        const auto r = json::parseProfile(profileJson);
        QVERIFY(r.ok());
        QVERIFY(r.value().birthDate.isNull());
        QVERIFY(r.value().sex.isEmpty());
        QVERIFY(r.value().phone.isEmpty());
        QCOMPARE(r.value().role, u"operator"_s);
        QCOMPARE(r.value().displayName(), u"Operator Olga"_s);
    }

    void badPayloads_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions"); // the error message names the culprit
        QTest::newRow("not json") << QByteArray("<html>502</html>") << u"JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"object"_s;
        QTest::newRow("empty") << QByteArray() << u"JSON"_s;
        QTest::newRow("no access token") << replaced(loginWithRemember, "\"accessToken\": \"at-3q2+7w==\",", "")
                                         << u"accessToken"_s;
        QTest::newRow("null access token")
            << replaced(loginWithRemember, "\"at-3q2+7w==\"", "null") << u"accessToken"_s;
        QTest::newRow("empty access token")
            << replaced(loginWithRemember, "\"at-3q2+7w==\"", "\"\"") << u"accessToken"_s;
        QTest::newRow("expires as string") << replaced(loginWithRemember, "900", "\"900\"") << u"accessExpiresIn"_s;
        QTest::newRow("expires fractional") << replaced(loginWithRemember, "900", "900.5") << u"accessExpiresIn"_s;
        QTest::newRow("token as number") << replaced(loginWithRemember, "\"rt-Zm9vYmFy\"", "42") << u"refreshToken"_s;
        QTest::newRow("no user") << replaced(loginWithRemember, "\"user\"", "\"usr\"") << u"user"_s;
        QTest::newRow("user is string") << QByteArray("{\"accessToken\":\"a\",\"accessExpiresIn\":1,\"user\":\"x\"}")
                                        << u"user"_s;
        QTest::newRow("user id string") << replaced(loginWithRemember, "\"id\": 1", "\"id\": \"1\"") << u"user.id"_s;
        QTest::newRow("user no email") << replaced(loginWithRemember, "\"email\": \"demo@lkk.example\",", "")
                                       << u"user.email"_s;
        QTest::newRow("bad birth date") << replaced(loginWithRemember, "1985-03-14", "14.03.1985") << u"birthDate"_s;
        QTest::newRow("bad role") << replaced(loginWithRemember, "\"customer\"", "\"admin\"") << u"role"_s;
        QTest::newRow("bad sex") << replaced(loginWithRemember, "\"female\"", "\"f\"") << u"sex"_s;
    }
    void badPayloads() {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto r = json::parseLoginResult(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Protocol);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void captcha() {
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a");
        const QByteArray body = "{\"id\":\"c-1\",\"image\":\"" + png.toBase64() + "\",\"expiresIn\":300}";
        const auto r = json::parseCaptcha(body);
        QVERIFY(r.ok());
        QCOMPARE(r.value().id, u"c-1"_s);
        QCOMPARE(r.value().png, png);
        QCOMPARE(r.value().expiresIn, 300);
        QVERIFY(r.value().testAnswer.isEmpty());

        const auto withAnswer =
            json::parseCaptcha("{\"id\":\"c\",\"image\":\"iVBORw==\",\"expiresIn\":1,\"answer\":\"k7p2\"}");
        QVERIFY(withAnswer.ok());
        QCOMPARE(withAnswer.value().testAnswer, u"k7p2"_s);

        const auto notBase64 = json::parseCaptcha("{\"id\":\"c\",\"image\":\"*not base64*\",\"expiresIn\":1}");
        QVERIFY(!notBase64.ok());
        QVERIFY(notBase64.error().message.contains(u"image"_s));
    }

    void health() {
        const auto r = json::parseHealth("{\"status\":\"ok\",\"version\":\"0.1.0\",\"database\":\"ok\"}");
        QVERIFY(r.ok());
        QCOMPARE(r.value().status, u"ok"_s);
        QCOMPARE(r.value().version, u"0.1.0"_s);
        QVERIFY(!json::parseHealth("{\"version\":\"0.1.0\"}").ok());
    }

    void encodeLogin() {
        LoginRequest request{u"demo@lkk.example"_s, u"Demo1234"_s, true, {}, {}};
        QCOMPARE(json::encodeLoginRequest(request),
                 QByteArray("{\"email\":\"demo@lkk.example\",\"password\":\"Demo1234\",\"remember\":true}"));
        request.captchaId = u"c-1"_s;
        request.captchaAnswer = u"ab12"_s;
        const QByteArray withCaptcha = json::encodeLoginRequest(request);
        QVERIFY(withCaptcha.contains("\"captchaId\":\"c-1\""));
        QVERIFY(withCaptcha.contains("\"captchaAnswer\":\"ab12\""));
        // Non-ASCII passwords travel as UTF-8, escaped or not, but intact.
        request.password = u"пароль\"\\"_s;
        QVERIFY(json::encodeLoginRequest(request).contains("\"password\":\"пароль\\\"\\\\\""));
        QCOMPARE(json::encodeRefreshRequest(u"rt"_s), QByteArray("{\"refreshToken\":\"rt\"}"));
    }

    void structuredError() {
        const QByteArray body = "{\"error\":{\"code\":\"captcha_invalid\",\"field\":\"captchaAnswer\",\"message\":"
                                "\"Неверно введены символы\"}}";
        const ApiError e = json::parseApiError(403, body, {{"Content-Type", "application/json"}});
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 403);
        QCOMPARE(e.code, QLatin1String(errc::captchaInvalid));
        QCOMPARE(e.field, u"captchaAnswer"_s);
        QCOMPARE(e.message, u"Неверно введены символы"_s);
        QVERIFY(e.is(errc::captchaInvalid));
        QVERIFY(!e.is(errc::captchaRequired));
        QVERIFY(!e.retryAfterSeconds);
    }

    void retryAfter() {
        const QByteArray body = "{\"error\":{\"code\":\"too_many_attempts\",\"message\":\"Слишком много попыток\"}}";
        ApiError e = json::parseApiError(429, body, {{"retry-after", "120"}});
        QCOMPARE(e.code, QLatin1String(errc::tooManyAttempts));
        QVERIFY(e.field.isEmpty());
        QCOMPARE(e.retryAfterSeconds, std::optional<int>(120));

        const QByteArray date = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::RFC2822Date).toLatin1();
        e = json::parseApiError(429, body, {{"Retry-After", date}});
        QVERIFY(e.retryAfterSeconds);
        QVERIFY2(*e.retryAfterSeconds >= 58 && *e.retryAfterSeconds <= 61,
                 qPrintable(QString::number(*e.retryAfterSeconds)));

        e = json::parseApiError(429, body, {{"Retry-After", "soon"}});
        QVERIFY(!e.retryAfterSeconds);
        e = json::parseApiError(429, body, {{"Retry-After", "-5"}});
        QVERIFY(!e.retryAfterSeconds);
    }

    // The one reader every codec uses: the first problem wins, with its full path, also from nested
    // readers and array elements; optional fields accept absent, null (and, for dates, "").
    void jsonReader() {
        const auto object = [](const char* json) {
            return QJsonDocument::fromJson(json).object();
        };
        {
            lkk::json::JsonReader r(object(R"({"a":"x","n":3,"d":"","t":null,"c":7})"));
            QCOMPARE(r.string("a"_L1), u"x"_s);
            QCOMPARE(r.integer("n"_L1), 3);
            QVERIFY(!r.optionalDate("d"_L1).isValid());
            QVERIFY(!r.optionalDateTime("t"_L1).isValid());
            QCOMPARE(r.optionalInteger("missing"_L1), std::nullopt);
            QCOMPARE(r.count("c"_L1), 7);
            QVERIFY(!r.optionalBoolean("missing"_L1));
            QVERIFY(r.ok());
        }
        {
            lkk::json::JsonReader r(object(R"({"items":[{"v":1},{"v":1.5},{"v":"x"}]})"));
            const QList<qint64> values =
                r.objects<qint64>("items"_L1, [](lkk::json::JsonReader& i) { return i.integer("v"_L1); });
            QCOMPARE(values.size(), 2); // stops at the first problem
            QCOMPARE(r.error(), u"\"items[1].v\" must be an integer"_s);
        }
        {
            lkk::json::JsonReader r(object(R"({"items":[1]})"));
            r.objects<int>("items"_L1, [](lkk::json::JsonReader&) { return 0; });
            QCOMPARE(r.error(), u"\"items[0]\" must be an object"_s);
        }
        {
            lkk::json::JsonReader r(object(R"({"o":{"when":"2025-13-01"},"later":5})"), u"root"_s);
            lkk::json::JsonReader inner = r.nested(r.object("o"_L1), r.path("o"_L1));
            inner.date("when"_L1);
            r.string("later"_L1); // a second problem does not replace the first
            QVERIFY(!r.ok());
            QCOMPARE(r.error(), u"\"root.o.when\" is not a YYYY-MM-DD date"_s);
        }
        {
            lkk::json::JsonReader r(object(R"({"c":-1,"p":"2025-1","u":"no scheme"})"));
            r.count("c"_L1);
            QCOMPARE(r.error(), u"\"c\" must be a non-negative integer"_s);
            lkk::json::JsonReader p(object(R"({"p":"2025-1"})"));
            p.period("p"_L1);
            QCOMPARE(p.error(), u"\"p\" is not a YYYY-MM period"_s);
            lkk::json::JsonReader u(object(R"({"u":"no scheme"})"));
            u.url("u"_L1);
            QCOMPARE(u.error(), u"\"u\" is not a URL"_s);
            lkk::json::JsonReader m(object(R"({"s":null})"));
            m.string("s"_L1);
            QCOMPARE(m.error(), u"\"s\" is missing"_s);
        }
    }

    void nonJsonErrorBody() {
        ApiError e = json::parseApiError(502, "<html><body>Bad Gateway</body></html>", {});
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 502);
        QVERIFY(e.code.isEmpty());
        QVERIFY2(e.message.contains(u"502"_s), qPrintable(e.message));

        e = json::parseApiError(404, "", {});
        QVERIFY2(e.message.contains(u"404"_s), qPrintable(e.message));

        // JSON, but not our error shape.
        e = json::parseApiError(400, "{\"error\":\"bad\"}", {});
        QVERIFY(e.code.isEmpty());
        QVERIFY(e.message.contains(u"400"_s));

        e = json::parseApiError(429, "", {{"Retry-After", "30"}});
        QVERIFY2(e.message.contains(u"30"_s), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
