// Registration end to end against the real lkk-server over TLS (SQLite): register with the exposed test
// captcha -> the code from the server's mail drop (.eml) -> sign-in before confirming says
// email_not_confirmed -> confirm -> sign in: detailsRequired (no phone given) -> PATCH the phone ->
// edit the profile -> recover the password with the code from the mail -> the old session is gone,
// the new password works. Skips while the server has no /auth/register route.
#include "app/api/ApiClient.h"
#include "app/api/ApiOperations.h"
#include "app/registration/ProfileEditor.h"
#include "app/registration/RecoveryController.h"
#include "app/registration/RegistrationController.h"
#include "app/session/CredentialStore.h"
#include "app/session/LoginController.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "tests/support/ApiTestServer.h"
#include "tests/support/RunOperation.h"
#include "tests/support/ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;

namespace {

// The text of an .eml: headers as they are, base64 / quoted-printable bodies decoded.
QString decodedMail(const QByteArray& raw) {
    QString out;
    const QList<QByteArray> lines = raw.split('\n');
    QByteArray base64;
    bool inBody = false;
    QByteArray encoding;
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.toLower().startsWith("content-transfer-encoding:"))
            encoding = line.mid(26).trimmed().toLower();
        if (line.isEmpty()) {
            inBody = true;
            continue;
        }
        if (line.startsWith("--")) { // a MIME boundary: the next part has its own headers
            if (!base64.isEmpty())
                out += QString::fromUtf8(QByteArray::fromBase64(base64));
            base64.clear();
            inBody = false;
            continue;
        }
        if (inBody && encoding == "base64")
            base64 += line;
        else if (inBody && encoding == "quoted-printable")
            out += QString::fromUtf8(QByteArray::fromPercentEncoding(line.replace("=\r", "").replace('=', '%')));
        else
            out += QString::fromUtf8(line) + u'\n';
    }
    if (!base64.isEmpty())
        out += QString::fromUtf8(QByteArray::fromBase64(base64));
    return out;
}

// The code of the newest letter to `to` whose text mentions `subjectWord`.
QString codeFromMailDrop(const QString& dir, const QString& to, const QString& subjectWord, int skip = 0) {
    QDir d(dir);
    const QFileInfoList files = d.entryInfoList({u"*.eml"_s}, QDir::Files, QDir::Time);
    for (const QFileInfo& f : files) {
        QFile file(f.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray raw = file.readAll();
        if (!raw.contains(to.toUtf8()))
            continue;
        const QString text = decodedMail(raw);
        if (!subjectWord.isEmpty() && !text.contains(subjectWord, Qt::CaseInsensitive) &&
            !raw.contains(subjectWord.toUtf8()))
            continue;
        if (skip-- > 0)
            continue;
        static const QRegularExpression code(u"(?<![\\d\\w=/])(\\d{6})(?![\\d\\w])"_s);
        QRegularExpressionMatchIterator it = code.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            // Skip header-ish numbers (dates in "Date:" lines).
            const qsizetype lineStart = text.lastIndexOf(u'\n', match.capturedStart()) + 1;
            const QString lineText = text.mid(lineStart, match.capturedStart() - lineStart);
            if (lineText.startsWith(u"Date:"_s, Qt::CaseInsensitive) ||
                lineText.contains(u"Message-ID"_s, Qt::CaseInsensitive))
                continue;
            return match.captured(1);
        }
    }
    return {};
}

} // namespace

class TestRegistrationIntegration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        // SQLite, or a scratch PostgreSQL database when LKK_TEST_BACKEND=postgres; the server's own
        // rate limits stay on (the test sends a handful of mails per address).
        lkk::test::ApiTestServer::Options options;
        options.extraArgs = {u"--test-expose-captcha"_s};
        options.looseRateLimits = false;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        QVERIFY(!m_api.setServer(m_server.process().url().toString(), m_server.process().caFile()));
        m_settings.reset(new AppSettings(m_home.filePath(u"lkk.ini"_s)));
        m_settings->setValue(AppSettings::Key::ServerUrl, m_server.process().url().toString());
        m_settings->setValue(AppSettings::Key::ExtraCaFile, m_server.process().caFile());
    }

    void cleanupTestCase() { m_server.stop(); }

    void wholeFlow() {
        const QString email = u"new.user@lkk.example"_s;
        const QString password = u"Register12"_s;

        // Register (no phone: «Заполните реквизиты» will follow).
        RegistrationController registration(&m_api, m_settings.get());
        QSignalSpy captcha(&registration, &RegistrationController::captchaShown);
        QSignalSpy accepted(&registration, &RegistrationController::accepted);
        QSignalSpy confirmed(&registration, &RegistrationController::confirmed);
        QSignalSpy regFailed(&registration, &RegistrationController::failed);
        registration.loadCaptcha();
        QVERIFY(captcha.wait(10000));
        QVERIFY2(!registration.captchaTestAnswer().isEmpty(), "the test server exposes the captcha answer");
        RegistrationForm form;
        form.email = u"New.User@LKK.example"_s;
        form.password = password;
        form.surname = u"Сидорова"_s;
        form.firstName = u"Анна"_s;
        registration.submit(form, registration.captchaTestAnswer(), true);
        QVERIFY2(accepted.wait(10000), regFailed.isEmpty() ? "" : qPrintable(regFailed.first().at(1).toString()));
        QCOMPARE(registration.email(), email);

        // Signing in before confirming: email_not_confirmed with the right password.
        Session session(&m_api);
        CredentialStore credentials(u"lkk-test-registration"_s);
        LoginController login(&session, &credentials, m_settings.get());
        QSignalSpy notConfirmed(&login, &LoginController::emailNotConfirmed);
        QSignalSpy signedIn(&login, &LoginController::signedIn);
        login.signIn(email, password, false, {});
        QVERIFY(notConfirmed.wait(10000));
        QCOMPARE(notConfirmed.first().at(0).toString(), email);

        // The code from the mail drop confirms.
        QString code;
        QTRY_VERIFY_WITH_TIMEOUT(!(code = codeFromMailDrop(m_server.process().mailDrop(), email, {})).isEmpty(), 10000);
        registration.confirm(code);
        QVERIFY2(confirmed.wait(10000), regFailed.isEmpty() ? "" : qPrintable(regFailed.last().at(1).toString()));

        // Sign in: the profile asks for the details; PATCH the phone.
        login.signIn(email, password, false, {});
        QVERIFY(signedIn.wait(10000));
        QVERIFY(session.user().detailsRequired);
        QVERIFY(session.user().emailConfirmed);
        ProfileEditor editor(&session);
        QSignalSpy saved(&editor, &ProfileEditor::saved);
        QSignalSpy editFailed(&editor, &ProfileEditor::failed);
        ProfileUpdate details;
        details.phone = u"8 (913) 765-43-21"_s;
        details.sex = u"female"_s;
        editor.save(ProfileEditor::Section::Details, details);
        QVERIFY2(saved.wait(10000), editFailed.isEmpty() ? "" : qPrintable(editFailed.first().at(2).toString()));
        QCOMPARE(session.user().phone, u"+79137654321"_s);
        QVERIFY(!session.user().detailsRequired);

        // Profile edit: the patronymic and a mailing list.
        ProfileUpdate more;
        more.patronymic = u"Сергеевна"_s;
        more.tomskRts = MarketingSubscription{true, email};
        editor.save(ProfileEditor::Section::Personal, more);
        QVERIFY(saved.wait(10000));
        QCOMPARE(session.user().patronymic, u"Сергеевна"_s);
        QVERIFY(session.user().tomskRts.enabled);

        // Recovery with the code from the mail; the signed-in session is revoked.
        RecoveryController recovery(&m_api, m_settings.get());
        QSignalSpy recCaptcha(&recovery, &RecoveryController::captchaShown);
        QSignalSpy codeSent(&recovery, &RecoveryController::codeSent);
        QSignalSpy recovered(&recovery, &RecoveryController::recovered);
        QSignalSpy recFailed(&recovery, &RecoveryController::failed);
        recovery.loadCaptcha();
        QVERIFY(recCaptcha.wait(10000));
        const QStringList before = QDir(m_server.process().mailDrop()).entryList({u"*.eml"_s}, QDir::Files);
        recovery.requestCode(email, recovery.captchaTestAnswer());
        QVERIFY2(codeSent.wait(10000), recFailed.isEmpty() ? "" : qPrintable(recFailed.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(
            QDir(m_server.process().mailDrop()).entryList({u"*.eml"_s}, QDir::Files).size() > before.size(), 10000);
        const QString recoveryCode = codeFromMailDrop(m_server.process().mailDrop(), email, {});
        QVERIFY(!recoveryCode.isEmpty());
        const QString newPassword = u"Recovered34"_s;
        recovery.reset(recoveryCode, newPassword, newPassword);
        QVERIFY2(recovered.wait(10000), recFailed.isEmpty() ? "" : qPrintable(recFailed.last().at(1).toString()));

        QSignalSpy expired(&session, &Session::expired);
        bool profileFailed = false;
        bool done = false;
        session.fetchProfile(this, [&](Result<Profile> r) {
            profileFailed = !r.ok();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done || !expired.isEmpty(), 10000);
        QVERIFY(!session.isSignedIn() || profileFailed);

        // The old password no longer works; the new one does.
        Session fresh(&m_api);
        LoginController login2(&fresh, &credentials, m_settings.get());
        QSignalSpy failed2(&login2, &LoginController::failed);
        QSignalSpy signedIn2(&login2, &LoginController::signedIn);
        login2.signIn(email, password, false, {});
        QVERIFY(failed2.wait(10000));
        login2.signIn(email, newPassword, false, {});
        QVERIFY(signedIn2.wait(10000));
        QCOMPARE(fresh.user().patronymic, u"Сергеевна"_s);

        // What «Запомнить» relies on (LoginController): a password change in the profile keeps
        // this session's refresh token working (only the other sessions end); a recovery ends it,
        // so the client drops the remembered copy (LoginController::forgetRememberedFor).
        LoginOperation rememberedLogin;
        rememberedLogin.login = {email, newPassword, true, {}, {}};
        const auto remembered = lkk::test::runOp(m_api, rememberedLogin);
        QVERIFY(remembered.ok());
        QVERIFY(!remembered.value().tokens.refreshToken.isEmpty());
        Session rememberedSession(&m_api);
        rememberedSession.start(remembered.value());
        ProfileEditor passwordEditor(&rememberedSession);
        QSignalSpy passwordChanged(&passwordEditor, &ProfileEditor::passwordChanged);
        QSignalSpy passwordFailed(&passwordEditor, &ProfileEditor::failed);
        const QString changedPassword = u"Changed56"_s;
        passwordEditor.changePassword(newPassword, changedPassword, changedPassword);
        QVERIFY2(passwordChanged.wait(10000),
                 passwordFailed.isEmpty() ? "" : qPrintable(passwordFailed.first().at(2).toString()));
        const auto afterChange = lkk::test::runOp(m_api, RefreshOperation{rememberedSession.tokens().refreshToken});
        QVERIFY2(afterChange.ok(), afterChange.ok() ? "" : qPrintable(afterChange.error().message));

        recovery.loadCaptcha();
        QVERIFY(recCaptcha.wait(10000));
        const qsizetype codesBefore = codeSent.size();
        recovery.requestCode(email, recovery.captchaTestAnswer());
        QTRY_VERIFY_WITH_TIMEOUT(codeSent.size() > codesBefore, 10000);
        QString secondCode;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(secondCode = codeFromMailDrop(m_server.process().mailDrop(), email, u"восстановлени"_s)).isEmpty() &&
                secondCode != recoveryCode,
            10000);
        const qsizetype recoveredBefore = recovered.size();
        recovery.reset(secondCode, u"Recovered78"_s, u"Recovered78"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recovered.size() > recoveredBefore, 10000);
        const auto afterRecovery = lkk::test::runOp(m_api, RefreshOperation{afterChange.value().tokens.refreshToken});
        QVERIFY(!afterRecovery.ok());
        QCOMPARE(afterRecovery.error().httpStatus, 401);
    }

private:
    QTemporaryDir m_home;
    lkk::test::ApiTestServer m_server;
    QNetworkAccessManager m_network;
    ApiClient m_api{&m_network};
    std::unique_ptr<AppSettings> m_settings;
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestRegistrationIntegration t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_registration.moc"
