// The login window (docs/manual.md §2) driven by objectName like a user would: local validation
// without any network call, Enter, tab order, focus, the busy state and Esc, the banner with the
// server's own message, the captcha block, the keychain warning and «Запомнить», against the real
// lkk-server (--demo, test environment) where the network matters.
#include "tests/support/ApiTestServer.h"
#include "tests/ui/KeyboardWalk.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/Dialogs.h"
#include "ui/LoginWindow.h"
#include "ui/MessageBanner.h"
#include "ui/registration/CaptchaPicture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::UiCore;
using Field = LoginController::Field;

namespace {

const QString demoEmail = u"demo@lkk.example"_s;
const QString demoPassword = u"Demo1234"_s;

template <typename T> T* child(QWidget& window, const QString& name) {
    T* widget = window.findChild<T*>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

// A TCP listener that takes connections and never answers: a sign-in against it stays busy.
struct SilentServer {
    QTcpServer server;
    QList<QTcpSocket*> sockets;
    SilentServer() {
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket* s = server.nextPendingConnection())
                sockets << s;
        });
    }
    QUrl url() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())); }
};

} // namespace

class TestLoginWindow : public QObject {
    Q_OBJECT

    lkk::test::ApiTestServer m_server;
    bool m_serverStarted = false;
    QString m_serverError;

    bool needServer() {
        if (!m_serverStarted && m_serverError.isEmpty())
            m_serverStarted = m_server.start(&m_serverError);
        return m_serverStarted;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { Dialogs::resetForTesting(); }

    void formHasItsFields() {
        UiCore core;
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const auto& name :
             {u"emailEdit"_s, u"passwordEdit"_s, u"captchaAnswer"_s, u"serverUrlEdit"_s, u"caFileEdit"_s})
            QVERIFY2(child<QLineEdit>(w, name), qPrintable(name));
        for (const auto& name : {u"signInButton"_s, u"registerButton"_s, u"recoverButton"_s})
            QVERIFY2(child<QPushButton>(w, name), qPrintable(name));
        QVERIFY(child<QCheckBox>(w, u"rememberCheck"_s)->isVisible());
        QCOMPARE(child<QLineEdit>(w, u"passwordEdit"_s)->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QWidget>(w, u"captchaBox"_s)->isVisible()); // only when the server asks
        QVERIFY(!child<QWidget>(w, u"messageBanner"_s)->isVisible());
        QVERIFY(!child<QWidget>(w, u"connectionPanel"_s)->isVisible()); // collapsed at first
        QVERIFY(child<QLabel>(w, u"supportLabel"_s)->text().contains(u"75-00-75"_s));
        QVERIFY(child<QPushButton>(w, u"signInButton"_s)->isDefault());
    }

    void localValidationMakesNoRequest_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty e-mail") << QString() << u"whatever1"_s << u"emailError"_s << u"emailEdit"_s;
        QTest::newRow("bad e-mail") << u"ivanova.example.com"_s << u"whatever1"_s << u"emailError"_s << u"emailEdit"_s;
        QTest::newRow("empty password") << u"ivanova@example.com"_s << QString() << u"passwordError"_s
                                        << u"passwordEdit"_s;
    }

    void localValidationMakesNoRequest() {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, errorLabel);
        QFETCH(QString, field);
        // Any request would show up as a connection here.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        UiCore core(QUrl(u"https://127.0.0.1:%1"_s.arg(listener.serverPort())));
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy busy(&core.controller, &LoginController::busyChanged);

        QTest::keyClicks(child<QLineEdit>(w, u"emailEdit"_s), email);
        QTest::keyClicks(child<QLineEdit>(w, u"passwordEdit"_s), password);
        QTest::mouseClick(child<QPushButton>(w, u"signInButton"_s), Qt::LeftButton);

        QLabel* error = child<QLabel>(w, errorLabel);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(child<QLineEdit>(w, field)->property("invalid").toBool());
        const QString other = errorLabel == u"emailError"_s ? u"passwordError"_s : u"emailError"_s;
        QVERIFY(!child<QLabel>(w, other)->isVisible());
        QVERIFY(!child<QWidget>(w, u"messageBanner"_s)->isVisible());
        // Proving that nothing happens needs a little time: nothing to wait *for*.
        QTest::qWait(150);
        QCOMPARE(busy.count(), 0);
        QVERIFY(!listener.hasPendingConnections());
        QVERIFY(child<QPushButton>(w, u"signInButton"_s)->isEnabled());
    }

    void errorClearsWhileTyping() {
        UiCore core;
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::mouseClick(child<QPushButton>(w, u"signInButton"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(w, u"emailError"_s)->isVisible());
        QTest::keyClicks(child<QLineEdit>(w, u"emailEdit"_s), u"a"_s);
        QVERIFY(!child<QLabel>(w, u"emailError"_s)->isVisible());
        QVERIFY(!child<QLineEdit>(w, u"emailEdit"_s)->property("invalid").toBool());
    }

    void enterSubmits() {
        UiCore core; // port 9: the request is refused at once
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QLineEdit* email = child<QLineEdit>(w, u"emailEdit"_s);
        QLineEdit* password = child<QLineEdit>(w, u"passwordEdit"_s);

        QTest::keyClick(email, Qt::Key_Return);
        QVERIFY(child<QLabel>(w, u"emailError"_s)->isVisible());

        QSignalSpy busy(&core.controller, &LoginController::busyChanged);
        QTest::keyClicks(email, u"ivanova@example.com"_s);
        QTest::keyClicks(password, u"Secret123"_s);
        QTest::keyClick(password, Qt::Key_Enter);
        QVERIFY(!busy.isEmpty());
        QCOMPARE(busy.first().first().toBool(), true);
        // Refused: the banner tells why and the connection settings open at the server address.
        auto* banner = child<MessageBanner>(w, u"messageBanner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QCOMPARE(banner->type(), MessageBanner::Type::Error);
        QVERIFY(!banner->text().isEmpty());
        QVERIFY(child<QWidget>(w, u"connectionPanel"_s)->isVisible());
        QVERIFY(child<QLineEdit>(w, u"serverUrlEdit"_s)->property("invalid").toBool());
        QVERIFY(child<QPushButton>(w, u"signInButton"_s)->isEnabled());
    }

    void tabOrderAndFirstFocus() {
        UiCore core;
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(w, u"emailEdit"_s));
        const QStringList order{u"passwordEdit"_s,   u"rememberCheck"_s, u"signInButton"_s,
                                u"registerButton"_s, u"recoverButton"_s, u"connectionToggle"_s};
        for (const QString& name : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY(QApplication::focusWidget());
            QCOMPARE(QApplication::focusWidget()->objectName(), name);
        }
    }

    void focusStartsAtPasswordWhenEmailIsKnown() {
        UiCore core;
        core.settings.setValue(AppSettings::Key::LastEmail, u"ivanova@example.com"_s);
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(child<QLineEdit>(w, u"emailEdit"_s)->text(), u"ivanova@example.com"_s);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(w, u"passwordEdit"_s));
    }

    void passwordShowHide() {
        UiCore core;
        LoginWindow w(&core.controller, &core.settings);
        auto* toggle = w.findChild<QAction*>(u"togglePasswordAction"_s);
        QVERIFY(toggle);
        QLineEdit* password = child<QLineEdit>(w, u"passwordEdit"_s);
        toggle->trigger();
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        toggle->trigger();
        QCOMPARE(password->echoMode(), QLineEdit::Password);
    }

    void busyStateAndEscCancels() {
        SilentServer silent;
        QVERIFY(silent.server.isListening());
        UiCore core(silent.url());
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QPushButton* button = child<QPushButton>(w, u"signInButton"_s);
        const QString idleText = button->text();
        QTest::keyClicks(child<QLineEdit>(w, u"emailEdit"_s), u"ivanova@example.com"_s);
        QTest::keyClicks(child<QLineEdit>(w, u"passwordEdit"_s), u"Secret123"_s);
        QTest::mouseClick(button, Qt::LeftButton);

        QVERIFY(core.controller.isBusy());
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->text(), LoginWindow::tr("Signing in…"));
        QVERIFY(button->text() != idleText);
        for (const auto& name : {u"emailEdit"_s, u"passwordEdit"_s})
            QVERIFY2(!child<QWidget>(w, name)->isEnabled(), qPrintable(name));
        QVERIFY(!child<QWidget>(w, u"rememberCheck"_s)->isEnabled());
        QVERIFY(child<QProgressBar>(w, u"busyIndicator"_s)->isVisible());
        QTRY_VERIFY(!silent.sockets.isEmpty()); // the request really went out

        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!core.controller.isBusy());
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text(), idleText);
        QVERIFY(child<QWidget>(w, u"emailEdit"_s)->isEnabled());
        QVERIFY(!child<QProgressBar>(w, u"busyIndicator"_s)->isVisible());
    }

    void keychainUnavailableDisablesRemember() {
        UiCore core;
        core.settings.setValue(AppSettings::Key::RememberMe, true);
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* remember = child<QCheckBox>(w, u"rememberCheck"_s);
        QVERIFY(remember->isChecked());
        const QString reason = u"The name org.freedesktop.secrets was not provided by any .service files"_s;
        emit core.controller.keychainStatusChanged(false, reason);

        auto* banner = child<MessageBanner>(w, u"keychainBanner"_s);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->type(), MessageBanner::Type::Warning);
        // Plain words, not the system's untranslated message (that one goes to the log).
        QVERIFY2(!banner->text().contains(u"org.freedesktop"_s), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(u"keychain"_s));
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        QVERIFY(!remember->toolTip().contains(u"org.freedesktop"_s));
        QVERIFY(child<QPushButton>(w, u"signInButton"_s)->isEnabled()); // signing in still works
        // The user never unticked it: the stored preference is untouched.
        QVERIFY(core.settings.value(AppSettings::Key::RememberMe).toBool());

        emit core.controller.keychainStatusChanged(true, {});
        QVERIFY(!banner->isVisible());
        QVERIFY(remember->isEnabled());
    }

    void captchaBlockWhenAsked() {
        UiCore core;
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!child<QWidget>(w, u"captchaBox"_s)->isVisible());
        QImage image(200, 70, QImage::Format_RGB32);
        image.fill(Qt::white);
        emit core.controller.captchaShown(image);
        QVERIFY(child<QWidget>(w, u"captchaBox"_s)->isVisible());
        QCOMPARE(child<CaptchaPicture>(w, u"captchaImage"_s)->image().size(), QSize(200, 70));
        // The whole picture is visible at its size: the window grows instead of squeezing it.
        QTRY_COMPARE(child<CaptchaPicture>(w, u"captchaImage"_s)->pictureRect().size(), QSize(200, 70));
        QVERIFY(child<QToolButton>(w, u"captchaRefresh"_s)->isVisible());
        // From the keyboard: the captcha between the password and «Запомнить».
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(lkk::test::tabWalk(child<QLineEdit>(w, u"emailEdit"_s)),
                 (QStringList{u"emailEdit"_s, u"passwordEdit"_s, u"captchaAnswer"_s, u"captchaRefresh"_s,
                              u"rememberCheck"_s, u"signInButton"_s, u"registerButton"_s, u"recoverButton"_s,
                              u"connectionToggle"_s, u"faqButton"_s}));
        // An empty answer is caught locally.
        QTest::keyClicks(child<QLineEdit>(w, u"emailEdit"_s), u"ivanova@example.com"_s);
        QTest::keyClicks(child<QLineEdit>(w, u"passwordEdit"_s), u"Secret123"_s);
        QSignalSpy busy(&core.controller, &LoginController::busyChanged);
        QTest::mouseClick(child<QPushButton>(w, u"signInButton"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(w, u"captchaError"_s)->isVisible());
        QCOMPARE(busy.count(), 0);
    }

    void linksOpenRegistrationAndRecovery() {
        UiCore core;
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy registration(&w, &LoginWindow::registrationRequested);
        QSignalSpy recovery(&w, &LoginWindow::passwordRecoveryRequested);
        auto* banner = child<MessageBanner>(w, u"messageBanner"_s);

        // The links open the wizard and the recovery dialog (AppShell), no banner here.
        QTest::mouseClick(child<QPushButton>(w, u"registerButton"_s), Qt::LeftButton);
        QCOMPARE(registration.count(), 1);
        QVERIFY(!banner->isVisible());
        QTest::mouseClick(child<QPushButton>(w, u"recoverButton"_s), Qt::LeftButton);
        QCOMPARE(recovery.count(), 1);
        QVERIFY(!banner->isVisible());
    }

    void connectionSettingsAreSaved() {
        UiCore core;
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::mouseClick(child<QToolButton>(w, u"connectionToggle"_s), Qt::LeftButton);
        QVERIFY(child<QWidget>(w, u"connectionPanel"_s)->isVisible());
        QLineEdit* url = child<QLineEdit>(w, u"serverUrlEdit"_s);
        QCOMPARE(url->text(), u"https://127.0.0.1:9"_s);
        url->selectAll();
        QTest::keyClicks(url, u"https://lkk.example.org"_s);
        emit url->editingFinished();
        QCOMPARE(core.settings.string(AppSettings::Key::ServerUrl), u"https://lkk.example.org"_s);

        Dialogs::setNextFileName(u"/etc/ssl/certs/corporate-ca.pem"_s);
        QTest::mouseClick(child<QToolButton>(w, u"caBrowseButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(w, u"caFileEdit"_s)->text(), u"/etc/ssl/certs/corporate-ca.pem"_s);
        QCOMPARE(core.settings.string(AppSettings::Key::ExtraCaFile), u"/etc/ssl/certs/corporate-ca.pem"_s);

        // Values given for this run only are shown but cannot be edited (or saved).
        core.settings.overrideForThisRun(AppSettings::Key::ServerUrl, u"https://127.0.0.1:4443"_s);
        w.setConnectionLocked(true, u"demo"_s);
        QCOMPARE(url->text(), u"https://127.0.0.1:4443"_s);
        QVERIFY(url->isReadOnly());
        QVERIFY(!child<QToolButton>(w, u"caBrowseButton"_s)->isEnabled());
    }

    void demoHintPrefillsEmail() {
        UiCore core;
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setPreparing(u"Starting the demo server…"_s);
        QVERIFY(!child<QPushButton>(w, u"signInButton"_s)->isEnabled());
        QCOMPARE(child<QLabel>(w, u"busyLabel"_s)->text(), u"Starting the demo server…"_s);
        w.setDemoCredentials(demoEmail, demoPassword);
        w.setPreparing({});
        QVERIFY(child<QPushButton>(w, u"signInButton"_s)->isEnabled());
        QVERIFY(child<QWidget>(w, u"demoHint"_s)->isVisible());
        const QString hint = child<QLabel>(w, u"demoHintLabel"_s)->text();
        QVERIFY(hint.contains(demoEmail) && hint.contains(demoPassword));
        QCOMPARE(child<QLineEdit>(w, u"emailEdit"_s)->text(), demoEmail);
    }

    // The demo hint and the keychain's warning both shown: each has the height of its wrapped
    // text (the hint's last line, with the password, was cut in half).
    void demoHintWholeBesideTheKeychainWarning() {
        UiCore core;
        LoginWindow w(&core.controller, &core.settings);
        w.resize(1, 1); // its narrowest: the texts wrap the most
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        emit core.controller.keychainStatusChanged(false, u"no secret service"_s);
        w.setDemoCredentials(demoEmail, demoPassword);
        auto* hint = child<QLabel>(w, u"demoHintLabel"_s);
        auto* banner = child<MessageBanner>(w, u"keychainBanner"_s);
        QTRY_VERIFY(hint->height() >= hint->heightForWidth(hint->width()) &&
                    banner->height() >= banner->heightForWidth(banner->width()));
        QVERIFY(hint->text().contains(demoPassword));
    }

    // ---- against the real server ----

    void wrongPasswordShowsServerMessage() {
        if (!needServer())
            QFAIL(qPrintable(m_serverError));
        UiCore core(m_server.process().url(), m_server.process().caFile());
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy failed(&core.controller, &LoginController::failed);
        QTest::keyClicks(child<QLineEdit>(w, u"emailEdit"_s), demoEmail);
        QTest::keyClicks(child<QLineEdit>(w, u"passwordEdit"_s), u"Wrong1234"_s);
        QTest::keyClick(child<QLineEdit>(w, u"passwordEdit"_s), Qt::Key_Return);
        auto* banner = child<MessageBanner>(w, u"messageBanner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Field>(), Field::None);
        QCOMPARE(banner->type(), MessageBanner::Type::Error);
        QVERIFY(!banner->text().isEmpty());
        QCOMPARE(banner->text(), failed.first().at(1).toString()); // the server's own words
        QVERIFY(child<QPushButton>(w, u"signInButton"_s)->isEnabled());
    }

    void signInShowsBusyThenSucceeds() {
        if (!needServer())
            QFAIL(qPrintable(m_serverError));
        UiCore core(m_server.process().url(), m_server.process().caFile());
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy signedIn(&core.controller, &LoginController::signedIn);
        QTest::keyClicks(child<QLineEdit>(w, u"emailEdit"_s), demoEmail);
        QTest::keyClicks(child<QLineEdit>(w, u"passwordEdit"_s), demoPassword);
        QTest::mouseClick(child<QPushButton>(w, u"signInButton"_s), Qt::LeftButton);
        QVERIFY(!child<QPushButton>(w, u"signInButton"_s)->isEnabled());
        QVERIFY(!child<QLineEdit>(w, u"passwordEdit"_s)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
        QCOMPARE(core.session.user().surname, u"Иванова"_s);
        QVERIFY(child<QLineEdit>(w, u"passwordEdit"_s)->text().isEmpty()); // not kept in the form
        QVERIFY(!child<QWidget>(w, u"messageBanner"_s)->isVisible());
    }

    void captchaAppearsAfterFailedLogins() {
        if (!needServer())
            QFAIL(qPrintable(m_serverError));
        UiCore core(m_server.process().url(), m_server.process().caFile());
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy failed(&core.controller, &LoginController::failed);
        QSignalSpy captcha(&core.controller, &LoginController::captchaShown);
        QTest::keyClicks(child<QLineEdit>(w, u"emailEdit"_s), u"nobody@lkk.example"_s);
        QLineEdit* password = child<QLineEdit>(w, u"passwordEdit"_s);
        for (int attempt = 1; attempt <= 6 && captcha.isEmpty(); ++attempt) {
            QTest::keyClicks(password, u"Wrong1234"_s);
            QTest::mouseClick(child<QPushButton>(w, u"signInButton"_s), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= attempt && !core.controller.isBusy(), 20000);
            QVERIFY(!child<QWidget>(w, u"captchaBox"_s)->isVisible() || attempt > 5);
        }
        QTRY_COMPARE_WITH_TIMEOUT(captcha.count(), 1, 20000);
        QVERIFY(child<QWidget>(w, u"captchaBox"_s)->isVisible());
        QVERIFY(!child<CaptchaPicture>(w, u"captchaImage"_s)->image().isNull());
        QVERIFY(child<QLabel>(w, u"captchaError"_s)->isVisible()); // the server's «captcha required»
        // A new picture on request.
        QTest::mouseClick(child<QToolButton>(w, u"captchaRefresh"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(captcha.count(), 2, 20000);
    }

    void rememberMeStoresTheSignIn() {
        QString why;
        if (!lkk::test::keychainSessionPresent(&why)) {
            if (qEnvironmentVariableIntValue("LKK_TEST_REQUIRE_KEYCHAIN") == 1)
                QFAIL(qPrintable(u"LKK_TEST_REQUIRE_KEYCHAIN=1 but "_s + why));
            QSKIP(qPrintable(why));
        }
        if (!needServer())
            QFAIL(qPrintable(m_serverError));
        UiCore core(m_server.process().url(), m_server.process().caFile());
        LoginWindow w(&core.controller, &core.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy status(&core.controller, &LoginController::keychainStatusChanged);
        core.controller.probeKeychain();
        QTRY_COMPARE_WITH_TIMEOUT(status.count(), 1, 20000);
        QVERIFY2(status.first().at(0).toBool(), qPrintable(status.first().at(1).toString()));
        auto* remember = child<QCheckBox>(w, u"rememberCheck"_s);
        QVERIFY(remember->isEnabled());
        QVERIFY(!child<QWidget>(w, u"keychainBanner"_s)->isVisible());

        QSignalSpy remembered(&core.controller, &LoginController::rememberFinished);
        QTest::keyClicks(child<QLineEdit>(w, u"emailEdit"_s), demoEmail);
        QTest::keyClicks(child<QLineEdit>(w, u"passwordEdit"_s), demoPassword);
        QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(8, remember->height() / 2));
        QVERIFY(remember->isChecked());
        QTest::mouseClick(child<QPushButton>(w, u"signInButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(remembered.count(), 1, 20000);
        QVERIFY(remembered.first().first().toBool());
        QVERIFY(!core.settings.string(AppSettings::Key::RememberedUser).isEmpty());
        QVERIFY(core.settings.value(AppSettings::Key::RememberMe).toBool());

        // Signing out forgets it again.
        QSignalSpy signedOut(&core.session, &Session::signedOut);
        core.session.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(core.settings.string(AppSettings::Key::RememberedUser).isEmpty(), 10000);
    }
};

QTEST_MAIN(TestLoginWindow)
#include "tst_loginwindow.moc"
