// Every dialog and page driven from the keyboard alone: the Tab order walked with real Tab presses
// (tests/ui/KeyboardWalk.h) against the order of the form, and the button Enter presses.
#include "app/api/ApiClient.h"
#include "app/registration/RecoveryController.h"
#include "app/registration/RegistrationController.h"
#include "tests/support/FakeNetwork.h"
#include "tests/support/FixtureCheck.h"
#include "tests/ui/KeyboardWalk.h"
#include "ui/Theme.h"
#include "ui/accounts/AddAccountPage.h"
#include "ui/accounts/ControlQuestionDialog.h"
#include "ui/history/PeriodRangeDialog.h"
#include "ui/registration/RecoveryDialog.h"
#include "ui/registration/RegistrationWizard.h"

#include <QApplication>
#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::FakeNetwork;
using lkk::test::tabWalk;

namespace {

QString captchaPng() {
    QImage image(200, 70, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QString::fromLatin1(png.toBase64());
}

struct Fake {
    FakeNetwork net;
    ApiClient api{&net};
    Fake() {
        LKK_FIXTURE_CHECK(!api.setServer(u"https://lkk.example"_s));
        net.route("POST", u"/api/v1/captcha"_s, [](const FakeNetwork::Request&) {
            const QJsonObject body{{"id"_L1, u"cap"_s}, {"image"_L1, captchaPng()}, {"expiresIn"_L1, 300}};
            return FakeNetwork::Response::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
        });
    }
};

void type(QWidget* w, const QString& name, const QString& text);

template <typename T> T* child(const QWidget* w, const QString& name) {
    T* c = w->findChild<T*>(name);
    if (!c)
        qFatal("no child %s", qPrintable(name));
    return c;
}

void type(QWidget* w, const QString& name, const QString& text) {
    auto* edit = child<QLineEdit>(w, name);
    edit->setText(text);
}

void showActive(QWidget* w) {
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
}

} // namespace

class TestKeyboard : public QObject {
    Q_OBJECT
private slots:
    void registrationWizardPages() {
        Fake fake;
        RegistrationController controller(&fake.api, nullptr);
        QWidget login; // the wizard opens over the login window, as AppShell opens it
        login.setObjectName(u"LoginWindow"_s);
        auto* loginField = new QLineEdit(&login);
        loginField->setObjectName(u"loginEmail"_s);
        login.show();
        RegistrationWizard wizard(&controller, &login);
        wizard.setAttribute(Qt::WA_DeleteOnClose, false);
        showActive(&wizard);

        // Step 1: the fields top to bottom, then the buttons in their row order.
        QCOMPARE(tabWalk(child<QWidget>(&wizard, u"phoneEdit"_s)),
                 (QStringList{u"phoneEdit"_s, u"emailEdit"_s, u"passwordEdit"_s, u"repeatEdit"_s, u"cancelButton"_s,
                              u"nextButton"_s}));
        type(&wizard, u"phoneEdit"_s, u"+7 913 123-45-67"_s);
        type(&wizard, u"emailEdit"_s, u"petrov@lkk.example"_s);
        type(&wizard, u"passwordEdit"_s, u"Secret12!"_s);
        type(&wizard, u"repeatEdit"_s, u"Secret12!"_s);
        QTest::mouseClick(child<QPushButton>(&wizard, u"nextButton"_s), Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), int(RegistrationWizard::PersonalPage));
        QCOMPARE(tabWalk(child<QWidget>(&wizard, u"surnameEdit"_s)),
                 (QStringList{u"surnameEdit"_s, u"firstNameEdit"_s, u"patronymicEdit"_s, u"birthDateEdit"_s,
                              u"birthDateEditNotGiven"_s, u"sexCombo"_s, u"cancelButton"_s, u"backButton"_s,
                              u"nextButton"_s}));
        type(&wizard, u"surnameEdit"_s, u"Петров"_s);
        type(&wizard, u"firstNameEdit"_s, u"Пётр"_s);
        QTest::mouseClick(child<QPushButton>(&wizard, u"nextButton"_s), Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), int(RegistrationWizard::CheckPage));
        // Step 3: the captcha's answer, then «Другая картинка» beside the picture.
        QCOMPARE(tabWalk(child<QWidget>(&wizard, u"captchaAnswer"_s)),
                 (QStringList{u"captchaAnswer"_s, u"captchaRefresh"_s, u"agreementCheck"_s, u"agreementLink"_s,
                              u"cancelButton"_s, u"backButton"_s, u"nextButton"_s}));
    }

    // The e-mail is reached again after the buttons: the captcha (a compound) once had a place of
    // its own at the end of the chain, so Tab went from «Получить код» back to the captcha.
    void recoveryDialog() {
        Fake fake;
        RecoveryController recovery(&fake.api, nullptr);
        RecoveryDialog dialog(&recovery, u"petrov@lkk.example"_s);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        showActive(&dialog);
        QCOMPARE(tabWalk(child<QWidget>(&dialog, u"emailEdit"_s)),
                 (QStringList{u"emailEdit"_s, u"captchaAnswer"_s, u"captchaRefresh"_s, u"cancelButton"_s,
                              u"submitButton"_s}));
    }

    void controlQuestionDialog() {
        ControlQuestionDialog dialog;
        showActive(&dialog);
        QCOMPARE(tabWalk(child<QWidget>(&dialog, u"questionCombo"_s)),
                 (QStringList{u"questionCombo"_s, u"answerEdit"_s, u"confirmButton"_s, u"cancelButton"_s}));
    }

    // Each end of the period: its date field, then its calendar under it.
    void periodDialog() {
        PeriodRangeDialog dialog(QDate(2026, 1, 1), QDate(2026, 12, 6), QDate(2026, 12, 6));
        showActive(&dialog);
        QCOMPARE(tabWalk(child<QWidget>(&dialog, u"periodFromEdit"_s)),
                 (QStringList{u"periodFromEdit"_s, u"periodFromCalendar"_s, u"periodToEdit"_s, u"periodToCalendar"_s,
                              u"periodApplyButton"_s, u"periodCancelButton"_s}));
    }

    void addAccountPage() {
        AddAccountPage page;
        showActive(&page);
        QCOMPARE(tabWalk(child<QWidget>(&page, u"backButton"_s)),
                 (QStringList{u"backButton"_s, u"numberEdit"_s, u"helpButton"_s, u"relationCombo"_s, u"linkButton"_s}));
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    lkk::applyLightTheme(app);
    TestKeyboard t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_keyboard.moc"
