// AppShell and the main window shell: which window is on screen after start, sign-in, sign-out
// and an expired session; the user's name top right with «Профиль» and «Выйти»; the restore of a
// remembered sign-in at start (splash, then the main window) against the real lkk-server; an
// expired session while a confirmation is open over the main window.
#include "app/accounts/AccountsStore.h"
#include "tests/support/ApiTestServer.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AboutDialog.h"
#include "ui/AppShell.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/RestoreSplash.h"
#include "ui/accounts/AccountsSidebar.h"
#include "ui/registration/ProfileDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::UiCore;

namespace {

Profile ivanova() {
    Profile p;
    p.id = 1;
    p.email = u"demo@lkk.example"_s;
    p.surname = u"Иванова"_s;
    p.firstName = u"Мария"_s;
    p.patronymic = u"Петровна"_s;
    p.phone = u"+79131234567"_s;
    p.birthDate = QDate(1985, 3, 14);
    p.sex = u"female"_s;
    p.role = u"customer"_s;
    return p;
}

// Signs in without a server: what LoginController does after a successful login.
void fakeSignIn(UiCore& core) {
    LoginResult login;
    login.tokens.accessToken = u"test-access"_s;
    login.tokens.accessExpiresIn = 900;
    login.user = ivanova();
    core.session.start(login);
    emit core.controller.signedIn(login.user);
}

} // namespace

class TestAppShell : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsAtLoginWithoutRememberedUser() {
        UiCore core;
        AppShell shell(&core.settings, &core.session, &core.controller);
        shell.start();
        QVERIFY(shell.loginWindow()->isVisible());
        QVERIFY(!shell.mainWindow());
        QVERIFY(!shell.restoreSplash());
    }

    void splashCancelsWithEscOrButton() {
        RestoreSplash splash;
        QSignalSpy cancel(&splash, &RestoreSplash::cancelRequested);
        splash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&splash));
        QTest::keyClick(&splash, Qt::Key_Escape);
        QCOMPARE(cancel.count(), 1);
        QTest::mouseClick(splash.findChild<QPushButton*>(u"restoreCancelButton"_s), Qt::LeftButton);
        QCOMPARE(cancel.count(), 2);
    }

    void mainWindowShowsUserAndSignsOut() {
        UiCore core;
        AppShell shell(&core.settings, &core.session, &core.controller);
        shell.start();
        fakeSignIn(core);

        MainWindow* main = shell.mainWindow();
        QVERIFY(main);
        QVERIFY(QTest::qWaitForWindowExposed(main));
        QVERIFY(!shell.loginWindow()->isVisible());
        auto* user = main->findChild<QToolButton*>(u"userButton"_s);
        QVERIFY(user);
        QCOMPARE(user->text(), u"Иванова Мария"_s);
        QVERIFY(user->menu());
        auto* profile = main->findChild<QAction*>(u"profileAction"_s);
        auto* signOut = main->findChild<QAction*>(u"signOutAction"_s);
        QVERIFY(profile && signOut);
        QVERIFY(user->menu()->actions().contains(profile));
        QVERIFY(user->menu()->actions().contains(signOut));

        // The sidebar «Ваши счета» with «Добавить лицевой счёт» (linking: tst_accounts).
        auto* title = main->findChild<QLabel*>(u"accountsTitle"_s);
        QVERIFY(title && title->isVisible());
        auto* add = main->findChild<QPushButton*>(u"addAccountButton"_s);
        QVERIFY(add && add->isEnabled());

        // «Профиль»: the sections in view mode that never block (open(), not exec()); editing: tst_registration.
        profile->trigger();
        auto* dialog = main->findChild<ProfileDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel*>(u"profileName"_s)->text(), u"Иванова Мария Петровна"_s);
        QCOMPARE(dialog->findChild<QLabel*>(u"profilePhone"_s)->text(), u"+7 913 123-45-67"_s);
        for (const QLineEdit* edit : dialog->findChildren<QLineEdit*>())
            QVERIFY(!edit->isVisible());
        dialog->reject();

        // F1 is «Вопросы и ответы» (tst_appeals_e2e); «О программе»: the version and the support phone.
        QCOMPARE(main->findChild<QAction*>(u"faqAction"_s)->shortcut(), QKeySequence(Qt::Key_F1));
        auto* about = main->findChild<QAction*>(u"aboutAction"_s);
        QVERIFY(about);
        about->trigger();
        auto* aboutDialog = main->findChild<AboutDialog*>();
        QVERIFY(aboutDialog);
        QVERIFY(
            aboutDialog->findChild<QLabel*>(u"aboutVersion"_s)->text().contains(QLatin1StringView(branding::version)));
        QVERIFY(aboutDialog->findChild<QLabel*>(u"aboutSupport"_s)->text().contains(u"75-00-75"_s));
        aboutDialog->reject();
        auto* quit = main->findChild<QAction*>(u"quitAction"_s);
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        // Side by side in «Кабинет»: «Выйти из кабинета» and «Закрыть программу», not «Выйти» and «Выход».
        QVERIFY(main->findChild<QMenu*>(u"fileMenu"_s)->actions().contains(quit));
        QCOMPARE(main->findChild<QAction*>(u"signOutAction"_s)->text(), u"Sign out of the cabinet"_s);
        QCOMPARE(quit->text(), u"&Close the program"_s);

        // «Выйти»: back to the login window (the server is unreachable: the revoke is best effort).
        signOut->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!shell.mainWindow(), 15000);
        QVERIFY(shell.loginWindow()->isVisible());
        QVERIFY(!core.session.isSignedIn());
        QVERIFY(!core.settings.value(AppSettings::Key::MainWindowGeometry).toByteArray().isEmpty());
    }

    // «Запомнить» that the keychain did not keep is said in words in the main window, not silently
    // forgotten until the next start.
    void rememberFailureIsShown() {
        UiCore core;
        AppShell shell(&core.settings, &core.session, &core.controller);
        shell.start();
        fakeSignIn(core);
        QVERIFY(QTest::qWaitForWindowExposed(shell.mainWindow()));
        emit core.controller.rememberFinished(false);
        MessageBanner* banner = shell.mainWindow()->banner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->type(), MessageBanner::Type::Warning);
        QVERIFY(banner->text().startsWith(AppShell::tr("«Remember me» did not work").left(20)));
    }

    void expiredSessionReturnsToLoginWithBanner() {
        UiCore core;
        AppShell shell(&core.settings, &core.session, &core.controller);
        shell.start();
        fakeSignIn(core);
        QVERIFY(shell.mainWindow());

        ApiError reason;
        reason.kind = ApiError::Kind::Http;
        reason.httpStatus = 401;
        reason.code = u"invalid_refresh_token"_s;
        reason.message = u"Refresh token revoked"_s;
        emit core.session.expired(reason);

        QTRY_VERIFY(!shell.mainWindow());
        LoginWindow* login = shell.loginWindow();
        QVERIFY(login->isVisible());
        auto* banner = login->findChild<MessageBanner*>(u"messageBanner"_s);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->type(), MessageBanner::Type::Warning);
        QVERIFY(banner->text().contains(reason.message));
        QVERIFY(banner->text().contains(AppShell::tr("Your session has expired, please sign in again.")
                                            .chopped(1))); // same wording, with the reason after it
        QVERIFY(login->findChild<QLineEdit*>(u"passwordEdit"_s)->text().isEmpty());
    }

    void expiryWhileAConfirmationIsOpen() {
        // The session expires while «Отключить лицевой счёт?» is open over the main window: the
        // shell deletes the window; the box goes with it and its answer never arrives.
        UiCore core;
        AppShell shell(&core.settings, &core.session, &core.controller);
        shell.start();
        fakeSignIn(core);
        QPointer<MainWindow> main = shell.mainWindow();
        QVERIFY(main);
        QVERIFY(QTest::qWaitForWindowExposed(main));
        AccountSummary account;
        account.id = 11;
        account.number = u"100103492"_s;
        account.address = u"Ласточкина ул., д.13, кв.11"_s;
        main->accountsStore()->upsert(account);
        QSignalSpy unlink(main->sidebar(), &AccountsSidebar::unlinkRequested);
        main->sidebar()->requestUnlink(11);
        QPointer<QMessageBox> box = main->findChild<QMessageBox*>(u"confirmationBox"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->windowModality(), Qt::WindowModal); // not exec(): no nested event loop

        emit core.session.expired(ApiError{});
        QTRY_VERIFY(!main);
        QVERIFY(!box);
        QVERIFY(shell.loginWindow()->isVisible());
        QCOMPARE(unlink.count(), 0);
    }

    void restoresRememberedSignInAtStart() {
        QString why;
        if (!lkk::test::keychainSessionPresent(&why)) {
            if (qEnvironmentVariableIntValue("LKK_TEST_REQUIRE_KEYCHAIN") == 1)
                QFAIL(qPrintable(u"LKK_TEST_REQUIRE_KEYCHAIN=1 but "_s + why));
            QSKIP(qPrintable(why));
        }
        lkk::test::ApiTestServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        QTemporaryDir settingsDir;
        const QString ini = settingsDir.filePath(u"lkk.ini"_s);
        {
            UiCore first(server.process().url(), server.process().caFile(), ini);
            QSignalSpy remembered(&first.controller, &LoginController::rememberFinished);
            first.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, true, {});
            QTRY_COMPARE_WITH_TIMEOUT(remembered.count(), 1, 20000);
            QVERIFY(remembered.first().first().toBool());
        } // the client quits without signing out

        UiCore second(server.process().url(), server.process().caFile(), ini);
        AppShell shell(&second.settings, &second.session, &second.controller);
        shell.start();
        QVERIFY(shell.restoreSplash());
        QVERIFY(shell.restoreSplash()->isVisible());
        QVERIFY(!shell.loginWindow()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow() && shell.mainWindow()->isVisible(), 20000);
        QCOMPARE(shell.mainWindow()->findChild<QToolButton*>(u"userButton"_s)->text(), u"Иванова Мария"_s);
        QTRY_VERIFY(!shell.restoreSplash());
        QVERIFY(!shell.loginWindow()->isVisible());

        // Sign out for real: the keychain entry goes too.
        shell.mainWindow()->findChild<QAction*>(u"signOutAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!shell.mainWindow(), 15000);
        QVERIFY(shell.loginWindow()->isVisible());
        QTRY_VERIFY(second.settings.string(AppSettings::Key::RememberedUser).isEmpty());
    }
};

QTEST_MAIN(TestAppShell)
#include "tst_appshell.moc"
