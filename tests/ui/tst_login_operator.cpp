// An operator's and a supervisor's sign-in in the login window against the real lkk-server (test
// clock): the second step with the code of an authenticator app (computed here from the secret,
// as the phone would), the first sign-in's enrolment with its QR code and its recovery codes,
// a recovery code instead of the app, wrong codes and the wait after too many — all from the
// keyboard. With LKK_SCREENSHOT_DIR set, every new screen is kept as a PNG.
#include "tests/support/ApiTestServer.h"
#include "tests/support/OperatorFixture.h"
#include "tests/support/TotpCode.h"
#include "tests/ui/KeyboardWalk.h"
#include "tests/ui/Screenshot.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/Dialogs.h"
#include "ui/LoginWindow.h"
#include "ui/MessageBanner.h"
#include "ui/QrCodeView.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::ApiTestServer;
using lkk::test::OperatorFixture;
using lkk::test::TotpCode;
using lkk::test::UiCore;

namespace {

const QString demoOperator = u"operator@lkk.example"_s;
const QString demoOperatorPassword = u"Operator1234"_s;
const QString demoOperatorSecret = u"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"_s; // published: server/DemoSetup.h
constexpr int timeoutMs = 20000;

template <typename T> T* child(QWidget& window, const QString& name) {
    T* widget = window.findChild<T*>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

// Keys typed where the focus is, as a keyboard user types them.
void typeHere(const QString& text) {
    QTest::keyClicks(QApplication::focusWidget(), text);
}
void pressHere(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

// One client with its login window on screen, against `server`.
struct LoginScreen {
    UiCore core;
    LoginWindow window;
    explicit LoginScreen(ApiTestServer& server)
        : core(server.process().url(), server.process().caFile())
        , window(&core.controller, &core.settings) {
        window.show();
    }
    bool active() { return QTest::qWaitForWindowActive(&window); }
};

} // namespace

class TestLoginOperator : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    OperatorFixture m_operators{m_server}; // one for the suite: it numbers the addresses it makes
    QTemporaryDir m_files;

    // The code the authenticator app shows now for `secret` (base32): the server's clock, whose
    // steps each accept one code, moved on a step first so that no two sign-ins share one.
    QString nextCode(const QString& secret) {
        if (!m_server.advanceClock(std::chrono::seconds(30)))
            return {};
        return TotpCode::at(TotpCode::secretFromBase32(secret), TotpCode::stepAt(m_server.serverNowMs()));
    }

    // The login window's password step typed and sent from the keyboard.
    void typePassword(LoginWindow& w, const QString& email, const QString& password) {
        auto* emailEdit = child<QLineEdit>(w, u"emailEdit"_s);
        emailEdit->setFocus(Qt::TabFocusReason);
        emailEdit->selectAll();
        typeHere(email);
        pressHere(Qt::Key_Tab);
        typeHere(password);
        pressHere(Qt::Key_Return);
    }

    bool onSecondFactorStep(LoginWindow& w) {
        return child<QWidget>(w, u"secondFactorCard"_s)->isVisible() && !child<QWidget>(w, u"loginCard"_s)->isVisible();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_files.isValid());
        ApiTestServer::Options options;
        options.testClock = QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
    }

    void init() { Dialogs::resetForTesting(); }

    void demoOperatorSignsInWithTheCodeOfTheApp() {
        LoginScreen screen(m_server);
        QVERIFY(screen.active());
        UiCore& core = screen.core;
        LoginWindow& w = screen.window;
        QSignalSpy signedIn(&core.controller, &LoginController::signedIn);
        typePassword(w, demoOperator, demoOperatorPassword);
        QTRY_VERIFY_WITH_TIMEOUT(onSecondFactorStep(w), timeoutMs);
        QVERIFY(!child<QWidget>(w, u"enrolmentBox"_s)->isVisible()); // enrolled already
        auto* code = child<QLineEdit>(w, u"secondFactorCodeEdit"_s);
        QTRY_COMPARE(QApplication::focusWidget(), code);
        QVERIFY(child<QPushButton>(w, u"useRecoveryCodeButton"_s)->isVisible());
        lkk::test::screenshot(&w, u"login-second-factor"_s);

        // The keyboard reaches everything on the card, in reading order (then the window's help).
        QCOMPARE(lkk::test::tabWalk(code),
                 (QStringList{u"secondFactorCodeEdit"_s, u"secondFactorConfirmButton"_s, u"useRecoveryCodeButton"_s,
                              u"secondFactorBackButton"_s, u"faqButton"_s}));

        // Letters do not go in; a code from long ago is refused with the attempts left.
        code->setFocus(Qt::TabFocusReason);
        typeHere(u"ab12"_s);
        QCOMPARE(code->text(), u"12"_s);
        code->clear();
        const QString stale = TotpCode::at(TotpCode::secretFromBase32(demoOperatorSecret),
                                           TotpCode::stepAt(m_server.serverNowMs()) - 100);
        typeHere(stale);
        pressHere(Qt::Key_Return);
        auto* error = child<QLabel>(w, u"secondFactorCodeError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), timeoutMs);
        QVERIFY2(error->text().contains(u"Неверный код"_s), qPrintable(error->text()));
        QVERIFY2(error->text().contains(u"4 attempt"_s), qPrintable(error->text()));
        QCOMPARE(QApplication::focusWidget(), code);
        QVERIFY(code->hasSelectedText()); // typing replaces the wrong code
        lkk::test::screenshot(&w, u"login-second-factor-wrong-code"_s);

        const QString right = nextCode(demoOperatorSecret);
        typeHere(right);
        QCOMPARE(code->text(), right);
        QVERIFY(error->text().isEmpty() || !error->isVisible()); // typing clears the error
        pressHere(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!core.controller.isBusy(), timeoutMs);
        QVERIFY2(signedIn.count() == 1, qPrintable(error->text()));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, timeoutMs);
        QCOMPARE(core.session.user().role, u"operator"_s);
        QCOMPARE(core.session.user().email, demoOperator);
        // After the sign-in the window is back at a clean password form.
        QVERIFY(child<QWidget>(w, u"loginCard"_s)->isVisible());
        QVERIFY(!child<QWidget>(w, u"secondFactorCard"_s)->isVisible());
        QVERIFY(child<QLineEdit>(w, u"passwordEdit"_s)->text().isEmpty());
    }

    void escapeGoesBackToThePassword() {
        LoginScreen screen(m_server);
        QVERIFY(screen.active());
        UiCore& core = screen.core;
        LoginWindow& w = screen.window;
        typePassword(w, demoOperator, demoOperatorPassword);
        QTRY_VERIFY_WITH_TIMEOUT(onSecondFactorStep(w), timeoutMs);
        pressHere(Qt::Key_Escape);
        QVERIFY(child<QWidget>(w, u"loginCard"_s)->isVisible());
        QVERIFY(!core.controller.secondFactorPending());
    }

    void supervisorEnrolsAtTheFirstSignIn() {
        // A supervisor made as in production, then their second factor reset: the next sign-in enrols.
        const OperatorFixture::Enrolled made = m_operators.enrol(true);
        QVERIFY(!made.email.isEmpty());
        QCOMPARE(m_operators.run({u"reset-2fa"_s, made.email}).exitCode, 0);

        LoginScreen screen(m_server);
        QVERIFY(screen.active());
        UiCore& core = screen.core;
        LoginWindow& w = screen.window;
        QSignalSpy signedIn(&core.controller, &LoginController::signedIn);
        typePassword(w, made.email, made.password);
        QTRY_VERIFY_WITH_TIMEOUT(onSecondFactorStep(w), timeoutMs);
        QVERIFY(child<QWidget>(w, u"enrolmentBox"_s)->isVisible());
        auto* qr = child<QrCodeView>(w, u"enrolmentQr"_s);
        QVERIFY(qr->isVisible() && qr->hasSymbol());
        // Whole modules on screen, at least 3 logical pixels each, so a phone can read it.
        QVERIFY2(qr->width() >= 29 * 3 && qr->width() == qr->height(),
                 qPrintable(u"%1×%2"_s.arg(qr->width()).arg(qr->height())));
        // No recovery codes exist yet: the card does not offer one.
        QVERIFY(!child<QPushButton>(w, u"useRecoveryCodeButton"_s)->isVisible());
        lkk::test::screenshot(&w, u"login-enrolment"_s);

        // The secret as text, grouped by four, and «Копировать» gives it without the spaces.
        const QString shown = child<QLabel>(w, u"enrolmentSecret"_s)->text();
        QVERIFY2(shown.contains(u' '), qPrintable(shown));
        const QString secret = QString(shown).remove(u' ');
        QCOMPARE(TotpCode::secretFromBase32(secret).size(), 20); // 160 bits, as RFC 4226 recommends
        auto* code = child<QLineEdit>(w, u"secondFactorCodeEdit"_s);
        QTRY_COMPARE(QApplication::focusWidget(), code);
        pressHere(Qt::Key_Backtab); // to «Копировать», from the keyboard
        QCOMPARE(QApplication::focusWidget()->objectName(), u"copySecretButton"_s);
        pressHere(Qt::Key_Space);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QVERIFY(child<QLabel>(w, u"secretCopiedLabel"_s)->isVisible());

        // The app's first code completes the enrolment: the recovery codes come, once.
        pressHere(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), code);
        typeHere(nextCode(secret));
        pressHere(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(w, u"recoveryCodesCard"_s)->isVisible(), timeoutMs);
        QVERIFY(!child<QWidget>(w, u"secondFactorCard"_s)->isVisible());
        const QStringList codes =
            child<QPlainTextEdit>(w, u"recoveryCodesView"_s)->toPlainText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(codes.size(), 10);
        QCOMPARE(signedIn.count(), 0); // not before the codes are kept
        auto* continueButton = child<QPushButton>(w, u"recoveryCodesContinueButton"_s);
        QVERIFY(!continueButton->isEnabled());
        lkk::test::screenshot(&w, u"login-recovery-codes"_s);

        QCOMPARE(lkk::test::tabWalk(child<QWidget>(w, u"recoveryCodesView"_s)),
                 (QStringList{u"recoveryCodesView"_s, u"copyRecoveryCodesButton"_s, u"saveRecoveryCodesButton"_s,
                              u"recoveryCodesSavedCheck"_s, u"faqButton"_s}));

        // «Скопировать» and «Сохранить в файл…» (owner-only: the codes sign in without the phone).
        child<QWidget>(w, u"copyRecoveryCodesButton"_s)->setFocus(Qt::TabFocusReason);
        pressHere(Qt::Key_Space);
        QCOMPARE(QGuiApplication::clipboard()->text().split(u'\n'), codes);
        const QString file = m_files.filePath(u"codes.txt"_s);
        Dialogs::setNextFileName(file);
        pressHere(Qt::Key_Tab);
        pressHere(Qt::Key_Space);
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        for (const QString& c : codes)
            QVERIFY2(text.contains(c), qPrintable(c));
        QVERIFY(text.contains(made.email));
        QCOMPARE(saved.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(child<QLabel>(w, u"recoveryCodesStatus"_s)->text().contains(u"codes.txt"_s));

        // Enter does nothing until «Я сохранил коды» is ticked; then it goes on to the cabinet.
        pressHere(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"recoveryCodesSavedCheck"_s);
        pressHere(Qt::Key_Return);
        QCOMPARE(signedIn.count(), 0);
        pressHere(Qt::Key_Space);
        QVERIFY(continueButton->isEnabled());
        lkk::test::screenshot(&w, u"login-recovery-codes-saved"_s);
        pressHere(Qt::Key_Return);
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(core.session.user().role, u"supervisor"_s);
        QVERIFY(child<QPlainTextEdit>(w, u"recoveryCodesView"_s)->toPlainText().isEmpty()); // not kept

        // One of the codes instead of the app, the next time.
        LoginScreen screen2(m_server);
        QVERIFY(screen2.active());
        UiCore& again = screen2.core;
        LoginWindow& w2 = screen2.window;
        QSignalSpy signedInAgain(&again.controller, &LoginController::signedIn);
        typePassword(w2, made.email, made.password);
        QTRY_VERIFY_WITH_TIMEOUT(onSecondFactorStep(w2), timeoutMs);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"secondFactorCodeEdit"_s);
        pressHere(Qt::Key_Tab);
        pressHere(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"useRecoveryCodeButton"_s);
        pressHere(Qt::Key_Space);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"secondFactorCodeEdit"_s);
        lkk::test::screenshot(&w2, u"login-recovery-code-entry"_s);
        typeHere(codes.at(3).toUpper()); // case does not matter
        pressHere(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(signedInAgain.count(), 1, timeoutMs);
        QCOMPARE(again.session.user().role, u"supervisor"_s);
    }

    void tooManyWrongCodesSayHowLongToWait() {
        // A fresh operator: the limits of the demo operator stay untouched for the other cases.
        const OperatorFixture::Enrolled made = m_operators.enrol();
        QVERIFY(!made.email.isEmpty());
        LoginScreen screen(m_server);
        QVERIFY(screen.active());
        UiCore& core = screen.core;
        LoginWindow& w = screen.window;
        QSignalSpy expired(&core.controller, &LoginController::secondFactorExpired);
        typePassword(w, made.email, made.password);
        QTRY_VERIFY_WITH_TIMEOUT(onSecondFactorStep(w), timeoutMs);
        auto* error = child<QLabel>(w, u"secondFactorCodeError"_s);
        // Five wrong codes use a challenge up: back to the password, with the server's reason.
        // Ten within 15 minutes stop the person's codes for a while: the wait is said.
        for (int attempt = 0; attempt < 14 && !error->text().contains(u"Try again in"_s); ++attempt) {
            if (!onSecondFactorStep(w)) {
                QVERIFY(child<MessageBanner>(w, u"messageBanner"_s)->isVisible());
                lkk::test::screenshot(&w, u"login-second-factor-expired"_s);
                QCOMPARE(QApplication::focusWidget()->objectName(), u"signInButton"_s); // the password is kept
                pressHere(Qt::Key_Return);
                QTRY_VERIFY_WITH_TIMEOUT(onSecondFactorStep(w), timeoutMs);
            }
            auto* code = child<QLineEdit>(w, u"secondFactorCodeEdit"_s);
            QTRY_COMPARE(QApplication::focusWidget(), code);
            code->clear();
            typeHere(u"000000"_s);
            pressHere(Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!core.controller.isBusy(), timeoutMs);
        }
        QVERIFY2(error->text().contains(u"Too many wrong codes. Try again in "_s) &&
                     error->text().contains(u"minute(s)."_s),
                 qPrintable(error->text()));
        QVERIFY(expired.count() >= 1);
        lkk::test::screenshot(&w, u"login-second-factor-too-many"_s);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    lkk::applyLightTheme(app); // the screenshots show the real look
    TestLoginOperator t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_login_operator.moc"
