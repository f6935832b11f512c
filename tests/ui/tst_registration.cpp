// The registration, recovery and profile screens offscreen against a fake server: every wizard
// field's inline message, the page a server field error leads back to, the code page with its
// countdown, the recovery dialog, «Заполните реквизиты» and the profile sections. Set
// LKK_SCREENSHOT_DIR to keep a PNG per screen.
#include "app/api/ApiClient.h"
#include "app/api/JsonCodec.h"
#include "app/registration/ProfileEditor.h"
#include "app/registration/RecoveryController.h"
#include "app/registration/RegistrationController.h"
#include "app/session/CredentialStore.h"
#include "app/session/LoginController.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "shared/ErrorCodes.h"
#include "tests/support/FakeNetwork.h"
#include "tests/support/FixtureCheck.h"
#include "tests/ui/KeyboardWalk.h"
#include "ui/AppShell.h"
#include "ui/DateField.h"
#include "ui/Dialogs.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/registration/CaptchaPicture.h"
#include "ui/registration/DetailsDialog.h"
#include "ui/registration/ProfileDialog.h"
#include "ui/registration/RecoveryDialog.h"
#include "ui/registration/RegistrationWizard.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::FakeNetwork;
using Response = FakeNetwork::Response;
using lkk::test::tabWalk;

namespace {

QByteArray toJson(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject bodyOf(const FakeNetwork::Request& r) {
    return QJsonDocument::fromJson(r.body).object();
}

QString pngBase64(QSize size = {150, 50}) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(230, 236, 245));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QString::fromLatin1(png.toBase64());
}

QJsonObject profileJson(const QString& phone, const QString& patronymic = {}) {
    return QJsonObject{
        {"id"_L1, 7},
        {"email"_L1, u"petrov@lkk.example"_s},
        {"surname"_L1, u"Петров"_s},
        {"firstName"_L1, u"Пётр"_s},
        {"patronymic"_L1, patronymic},
        {"phone"_L1, phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(phone)},
        {"birthDate"_L1, QJsonValue::Null},
        {"sex"_L1, u""_s},
        {"role"_L1, u"customer"_s},
        {"emailConfirmed"_L1, true},
        {"pendingEmail"_L1, QJsonValue::Null},
        {"detailsRequired"_L1, phone.isEmpty()},
        {"marketing"_L1,
         QJsonObject{
             {"tomskRts"_L1, QJsonObject{{"enabled"_L1, false}, {"email"_L1, u"petrov@lkk.example"_s}}},
             {"tomskEnergosbyt"_L1, QJsonObject{{"enabled"_L1, true}, {"email"_L1, u"petrov@lkk.example"_s}}}}}};
}

template <typename T> T* child(const QWidget* w, const QString& name) {
    T* c = w->findChild<T*>(name);
    if (!c)
        qFatal("no child %s", qPrintable(name));
    return c;
}

QString errorText(const QWidget* w, const QString& field) {
    const auto* label = w->findChild<QLabel*>(field + u"Error"_s);
    return label && label->isVisible() ? label->text() : QString();
}

void shot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("LKK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + u'/' + name + u".png"_s);
}

void type(QWidget* w, const QString& name, const QString& text) {
    auto* edit = child<QLineEdit>(w, name);
    edit->clear();
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(edit, text);
    } else { // QTest can only type Latin-1: set the text as typing would
        edit->setText(text);
        emit edit->textEdited(text);
    }
    if (text.isEmpty())
        emit edit->textEdited(text);
}

struct Fake {
    FakeNetwork net;
    ApiClient api{&net};
    int wrongCodes = 0;
    QString registerFieldError; // set: /auth/register answers 400 with this field
    int recoverRetryAfter = 0;  // set: /auth/recover answers 429 with this Retry-After
    QSize captchaSize{150, 50};
    Fake() {
        LKK_FIXTURE_CHECK(!api.setServer(u"https://lkk.example"_s));
        net.route("POST", u"/api/v1/captcha"_s, [this](const FakeNetwork::Request&) {
            return Response::json(
                200, toJson({{"id"_L1, u"cap"_s}, {"image"_L1, pngBase64(captchaSize)}, {"expiresIn"_L1, 300}}));
        });
        net.route("POST", u"/api/v1/auth/register"_s, [this](const FakeNetwork::Request& r) {
            if (!registerFieldError.isEmpty())
                return Response::apiError(400, errc::validationFailed, u"Сервер не принял это поле."_s,
                                          registerFieldError.toLatin1());
            return Response::json(202, toJson({{"email"_L1, bodyOf(r).value("email"_L1)},
                                               {"codeLength"_L1, 6},
                                               {"expiresIn"_L1, 86400},
                                               {"resendAfter"_L1, 60}}));
        });
        net.route("POST", u"/api/v1/auth/register/confirm"_s, [this](const FakeNetwork::Request& r) {
            if (bodyOf(r).value("code"_L1).toString() == "123456"_L1)
                return Response::json(204, {});
            ++wrongCodes;
            return Response::json(
                422,
                toJson({{"error"_L1, QJsonObject{{"code"_L1, QString::fromLatin1(errc::confirmationCodeInvalid)},
                                                 {"field"_L1, u"code"_s},
                                                 {"message"_L1, u"Неверный код."_s},
                                                 {"details"_L1, QJsonObject{{"attemptsLeft"_L1, 5 - wrongCodes}}}}}}));
        });
        net.route("POST", u"/api/v1/auth/recover"_s, [this](const FakeNetwork::Request&) {
            if (recoverRetryAfter > 0) {
                Response limited = Response::apiError(429, errc::tooManyAttempts, u"Слишком много попыток."_s);
                limited.headers.append({"Retry-After", QByteArray::number(recoverRetryAfter)});
                return limited;
            }
            return Response::json(202, R"({"codeLength":6,"expiresIn":3600})");
        });
        net.route("POST", u"/api/v1/auth/recover/confirm"_s,
                  [](const FakeNetwork::Request&) { return Response::json(204, {}); });
    }
};

} // namespace

class TestRegistrationUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia)); }

    // The messages under the fields (errors, the password's strength) have their room before they
    // appear: the fields and buttons below stay where the user aims.
    void wizardFieldsStayPutWhenMessagesAppear() {
        Fake fake;
        RegistrationController controller(&fake.api, nullptr);
        RegistrationWizard wizard(&controller);
        wizard.setAttribute(Qt::WA_DeleteOnClose, false);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QApplication::sendPostedEvents();
        const auto top = [&wizard](const QString& name) {
            auto* w = child<QWidget>(&wizard, name);
            return w->mapTo(&wizard, QPoint(0, 0)).y();
        };
        const QStringList below{u"emailEdit"_s, u"passwordEdit"_s, u"repeatEdit"_s, u"nextButton"_s};
        QList<int> before;
        for (const QString& name : below)
            before << top(name);
        shot(&wizard, u"wizard-1-room-for-messages"_s);
        type(&wizard, u"phoneEdit"_s, u"+7 3822 123"_s);
        type(&wizard, u"passwordEdit"_s, u"secret"_s); // the strength hint appears
        QTest::mouseClick(child<QPushButton>(&wizard, u"nextButton"_s), Qt::LeftButton);
        QVERIFY(!errorText(&wizard, u"phone"_s).isEmpty());
        QVERIFY(!errorText(&wizard, u"email"_s).isEmpty());
        QApplication::sendPostedEvents();
        shot(&wizard, u"wizard-1-messages-in-their-room"_s);
        QList<int> after;
        for (const QString& name : below)
            after << top(name);
        QCOMPARE(after, before);
    }

    void wizardChecksEveryFieldAndConfirms() {
        Fake fake;
        RegistrationController controller(&fake.api, nullptr);
        controller.setToday(QDate::currentDate());
        RegistrationWizard wizard(&controller);
        wizard.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy confirmed(&wizard, &RegistrationWizard::confirmed);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* next = child<QPushButton>(&wizard, u"nextButton"_s);

        // Page 1: nothing typed.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), int(RegistrationWizard::ContactsPage));
        QCOMPARE(errorText(&wizard, u"phone"_s), QString()); // optional on this page
        QCOMPARE(errorText(&wizard, u"email"_s), FieldMessages::email(rules::Violation::Required));
        QCOMPARE(errorText(&wizard, u"password"_s), FieldMessages::newPassword(rules::Violation::Required));
        QVERIFY(!errorText(&wizard, u"repeat"_s).isEmpty());
        QCOMPARE(wizard.focusWidget(), child<QLineEdit>(&wizard, u"emailEdit"_s));
        shot(&wizard, u"wizard-1-errors"_s);

        type(&wizard, u"phoneEdit"_s, u"+7 3822 123"_s);
        type(&wizard, u"emailEdit"_s, u"petrov@"_s);
        type(&wizard, u"passwordEdit"_s, u"secret"_s);
        type(&wizard, u"repeatEdit"_s, u"secreT"_s);
        QVERIFY(child<QLabel>(&wizard, u"strengthLabel"_s)->text().contains(FieldMessages::tr("a digit")));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(errorText(&wizard, u"phone"_s), FieldMessages::phone(rules::Violation::PhoneFormat));
        QCOMPARE(errorText(&wizard, u"email"_s), FieldMessages::email(rules::Violation::EmailFormat));
        QCOMPARE(errorText(&wizard, u"password"_s), FieldMessages::newPassword(rules::Violation::PasswordTooShort));
        QCOMPARE(errorText(&wizard, u"repeat"_s), FieldMessages::passwordsDiffer());
        QVERIFY(child<QLineEdit>(&wizard, u"phoneEdit"_s)->property("invalid").toBool());

        type(&wizard, u"phoneEdit"_s, u"8 (913) 123 45 67"_s);
        QCOMPARE(errorText(&wizard, u"phone"_s), QString()); // typing clears the message
        type(&wizard, u"emailEdit"_s, u"Petrov@LKK.example"_s);
        type(&wizard, u"passwordEdit"_s, u"secret12"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(errorText(&wizard, u"password"_s), FieldMessages::newPassword(rules::Violation::PasswordNeedsUpper));
        type(&wizard, u"passwordEdit"_s, u"Secret12!"_s);
        type(&wizard, u"repeatEdit"_s, u"Secret12!"_s);
        shot(&wizard, u"wizard-1-filled"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), int(RegistrationWizard::PersonalPage));

        // Page 2.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(errorText(&wizard, u"surname"_s), FieldMessages::name(rules::Violation::Required, u"surname"_s));
        QCOMPARE(errorText(&wizard, u"firstName"_s), FieldMessages::name(rules::Violation::Required, u"firstName"_s));
        type(&wizard, u"surnameEdit"_s, u"Петров2"_s);
        type(&wizard, u"firstNameEdit"_s, u"Пётр"_s);
        child<DateField>(&wizard, u"birthDateEdit"_s)->setDate(QDate::currentDate().addYears(-10));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(errorText(&wizard, u"surname"_s), FieldMessages::name(rules::Violation::NameCharacters, u"surname"_s));
        QCOMPARE(errorText(&wizard, u"birthDate"_s), FieldMessages::birthDate());
        shot(&wizard, u"wizard-2-errors"_s);
        type(&wizard, u"surnameEdit"_s, u"Петров"_s);
        child<DateField>(&wizard, u"birthDateEdit"_s)->setDate(QDate(1985, 6, 1));
        child<QComboBox>(&wizard, u"sexCombo"_s)->setCurrentIndex(1);
        shot(&wizard, u"wizard-2-filled"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), int(RegistrationWizard::CheckPage));

        // Page 3: the captcha arrives; answer and consent are required.
        QTRY_VERIFY(!child<CaptchaPicture>(&wizard, u"captchaImage"_s)->image().isNull());
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(!errorText(&wizard, u"captchaAnswer"_s).isEmpty());
        QVERIFY(!errorText(&wizard, u"agreement"_s).isEmpty());
        QCOMPARE(fake.net.count(u"/api/v1/auth/register"_s), 0);
        shot(&wizard, u"wizard-3-errors"_s);
        type(&wizard, u"captchaAnswer"_s, u"k7m2p"_s);
        // The agreement text; «Принимаю» ticks the consent box.
        QTest::mouseClick(child<QPushButton>(&wizard, u"agreementLink"_s), Qt::LeftButton);
        QDialog* agreement = nullptr;
        QTRY_VERIFY((agreement = wizard.findChild<QDialog*>(u"AgreementDialog"_s)) && agreement->isVisible());
        QVERIFY(child<QTextBrowser>(agreement, u"agreementText"_s)->toPlainText().contains(u"152-ФЗ"_s));
        shot(agreement, u"wizard-3-agreement"_s);
        QTest::mouseClick(child<QPushButton>(agreement, u"acceptAgreement"_s), Qt::LeftButton);
        QVERIFY(child<QCheckBox>(&wizard, u"agreementCheck"_s)->isChecked());
        shot(&wizard, u"wizard-3-filled"_s);
        QTest::mouseClick(next, Qt::LeftButton);

        // Page 4: the code.
        QTRY_COMPARE(wizard.currentPage(), int(RegistrationWizard::ConfirmPage));
        const QJsonObject sent = bodyOf(fake.net.requestsTo(u"/api/v1/auth/register"_s).last());
        QCOMPARE(sent.value("email"_L1).toString(), u"petrov@lkk.example"_s);
        QCOMPARE(sent.value("phone"_L1).toString(), u"+79131234567"_s);
        QCOMPARE(sent.value("birthDate"_L1).toString(), u"1985-06-01"_s);
        QCOMPARE(sent.value("sex"_L1).toString(), u"male"_s);
        QVERIFY(child<QLabel>(&wizard, u"sentToLabel"_s)->text().contains(u"petrov@lkk.example"_s));
        auto* resend = child<QPushButton>(&wizard, u"resendButton"_s);
        QVERIFY(!resend->isEnabled());
        QVERIFY2(resend->text().contains(u"1:00"_s) || resend->text().contains(u"0:59"_s), qPrintable(resend->text()));
        QVERIFY(!child<QPushButton>(&wizard, u"backButton"_s)->isVisible());
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(!errorText(&wizard, u"code"_s).isEmpty());
        type(&wizard, u"codeEdit"_s, u"654321"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY(errorText(&wizard, u"code"_s).contains(u"4"_s));
        shot(&wizard, u"wizard-4-wrong-code"_s);
        type(&wizard, u"codeEdit"_s, u"123456"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(confirmed.size(), 1);
        QCOMPARE(confirmed.first().at(0).toString(), u"petrov@lkk.example"_s);
        QCOMPARE(confirmed.first().at(1).toString(), u"Secret12!"_s);
    }

    void escapeAsksBeforeDiscardingTheWizard() {
        Fake fake;
        RegistrationController controller(&fake.api, nullptr);
        Dialogs::resetForTesting();
        {
            // Nothing typed: Esc closes at once.
            RegistrationWizard wizard(&controller);
            wizard.setAttribute(Qt::WA_DeleteOnClose, false);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QTest::keyClick(&wizard, Qt::Key_Escape);
            QVERIFY(!wizard.isVisible());
            QVERIFY(Dialogs::lastAsked().title.isEmpty());
        }
        RegistrationWizard wizard(&controller);
        wizard.setAttribute(Qt::WA_DeleteOnClose, false);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(child<QLineEdit>(&wizard, u"emailEdit"_s), u"ivanov@example.ru"_s);
        // Typed: Esc asks; «Продолжить» keeps the form as it was.
        Dialogs::setNextAnswer(false);
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(!Dialogs::lastAsked().title.isEmpty());
        QVERIFY(wizard.isVisible());
        QCOMPARE(child<QLineEdit>(&wizard, u"emailEdit"_s)->text(), u"ivanov@example.ru"_s);
        // «Отменить» asks the same; agreeing closes the wizard.
        Dialogs::resetForTesting();
        Dialogs::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&wizard, u"cancelButton"_s), Qt::LeftButton);
        QVERIFY(!Dialogs::lastAsked().title.isEmpty());
        QVERIFY(!wizard.isVisible());
        Dialogs::resetForTesting();
    }

    void serverFieldErrorLeadsBackToItsPage() {
        Fake fake;
        fake.registerFieldError = u"phone"_s;
        RegistrationController controller(&fake.api, nullptr);
        RegistrationWizard wizard(&controller);
        wizard.setAttribute(Qt::WA_DeleteOnClose, false);
        wizard.show();
        type(&wizard, u"emailEdit"_s, u"a@b.ru"_s);
        type(&wizard, u"passwordEdit"_s, u"Secret12"_s);
        type(&wizard, u"repeatEdit"_s, u"Secret12"_s);
        auto* next = child<QPushButton>(&wizard, u"nextButton"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        type(&wizard, u"surnameEdit"_s, u"Петров"_s);
        type(&wizard, u"firstNameEdit"_s, u"Пётр"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        type(&wizard, u"captchaAnswer"_s, u"x"_s);
        child<QCheckBox>(&wizard, u"agreementCheck"_s)->setChecked(true);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(wizard.currentPage(), int(RegistrationWizard::ContactsPage));
        QCOMPARE(errorText(&wizard, u"phone"_s), u"Сервер не принял это поле."_s);
    }

    void unconfirmedAccountOpensAtTheCode() {
        Fake fake;
        RegistrationController controller(&fake.api, nullptr);
        RegistrationWizard wizard(&controller);
        wizard.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy confirmed(&wizard, &RegistrationWizard::confirmed);
        wizard.openAtConfirmation(u"Old@LKK.example"_s);
        wizard.show();
        QCOMPARE(wizard.currentPage(), int(RegistrationWizard::ConfirmPage));
        QVERIFY(child<QPushButton>(&wizard, u"resendButton"_s)->isEnabled());
        shot(&wizard, u"wizard-4-from-login"_s);
        type(&wizard, u"codeEdit"_s, u"123456"_s);
        QTest::mouseClick(child<QPushButton>(&wizard, u"nextButton"_s), Qt::LeftButton);
        QTRY_COMPARE(confirmed.size(), 1);
        QCOMPARE(confirmed.first().at(0).toString(), u"old@lkk.example"_s);
        QCOMPARE(confirmed.first().at(1).toString(), QString()); // no password known: back to the login window
    }

    // The captcha picture is whole, at its own aspect ratio, whatever size the server draws it —
    // also taller or wider than the room beside «Другая картинка» — and the label says what to do.
    void captchaShownWhole_data() {
        QTest::addColumn<QSize>("drawn");
        QTest::newRow("the server's 200 x 70") << QSize(200, 70);
        QTest::newRow("taller") << QSize(200, 160);
        QTest::newRow("much wider") << QSize(900, 90);
    }
    void captchaShownWhole() {
        QFETCH(QSize, drawn);
        Fake fake;
        fake.captchaSize = drawn;
        RecoveryController controller(&fake.api, nullptr);
        RecoveryDialog dialog(&controller, u"petrov@lkk.example"_s);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* picture = child<CaptchaPicture>(&dialog, u"captchaImage"_s);
        QTRY_COMPARE(picture->image().size(), drawn);
        QTRY_VERIFY(picture->pictureRect().width() > 0);
        const QRect shown = picture->pictureRect();
        QVERIFY2(picture->contentsRect().contains(shown), "the picture is cut");
        QVERIFY(picture->visibleRegion().boundingRect().contains(shown));
        // The aspect ratio to within a pixel of rounding.
        QVERIFY(std::abs(shown.width() * drawn.height() - shown.height() * drawn.width()) <=
                std::max(drawn.width(), drawn.height()));
        QVERIFY(shown.width() >= std::min(drawn.width(), 200)); // big enough to read
        QVERIFY(child<QToolButton>(&dialog, u"captchaRefresh"_s)->isVisible());
        QVERIFY(!child<QToolButton>(&dialog, u"captchaRefresh"_s)->text().isEmpty()); // «Другая картинка»
        QCOMPARE(child<QLabel>(&dialog, u"captchaLabel"_s)->text(), u"Enter the digits from the picture*:"_s);
        shot(&dialog, u"recovery-captcha-"_s + QString::number(drawn.width()) + u'x' + QString::number(drawn.height()));
    }

    void recoveryDialog() {
        Fake fake;
        RecoveryController controller(&fake.api, nullptr);
        RecoveryDialog dialog(&controller, u"petrov@lkk.example"_s);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy recovered(&dialog, &RecoveryDialog::recovered);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!child<CaptchaPicture>(&dialog, u"captchaImage"_s)->image().isNull());
        auto* submit = child<QPushButton>(&dialog, u"submitButton"_s);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(!errorText(&dialog, u"captchaAnswer"_s).isEmpty());
        shot(&dialog, u"recovery-1"_s);
        type(&dialog, u"captchaAnswer"_s, u"abc"_s);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE(dialog.currentPage(), int(RecoveryDialog::ResetPage));
        type(&dialog, u"codeEdit"_s, u"111111"_s);
        type(&dialog, u"newPasswordEdit"_s, u"Newpass12"_s);
        type(&dialog, u"repeatEdit"_s, u"Newpass13"_s);
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(errorText(&dialog, u"repeat"_s), FieldMessages::passwordsDiffer());
        shot(&dialog, u"recovery-2"_s);
        type(&dialog, u"repeatEdit"_s, u"Newpass12"_s);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE(dialog.currentPage(), int(RecoveryDialog::DonePage));
        shot(&dialog, u"recovery-3"_s);
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(recovered.size(), 1);
        QCOMPARE(recovered.first().at(0).toString(), u"petrov@lkk.example"_s);
    }

    // «Отправить код ещё раз»: after the countdown, back to the first page with the e-mail kept and
    // a new captcha; the server's rate limit shows next to the e-mail; the new code lands on page 2.
    void recoveryResendsTheCode() {
        Fake fake;
        RecoveryController controller(&fake.api, nullptr);
        RecoveryDialog dialog(&controller, u"petrov@lkk.example"_s);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!child<CaptchaPicture>(&dialog, u"captchaImage"_s)->image().isNull());
        auto* submit = child<QPushButton>(&dialog, u"submitButton"_s);
        type(&dialog, u"captchaAnswer"_s, u"abc"_s);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE(dialog.currentPage(), int(RecoveryDialog::ResetPage));

        auto* resend = child<QPushButton>(&dialog, u"resendButton"_s);
        QVERIFY(resend->isVisible());
        QVERIFY(!resend->isEnabled()); // the countdown runs
        QVERIFY2(resend->text().contains(u"1:00"_s), qPrintable(resend->text()));
        auto* code = child<QLineEdit>(&dialog, u"codeEdit"_s);
        QCOMPARE(dialog.focusWidget(), code);
        type(&dialog, u"codeEdit"_s, u"111"_s);

        emit controller.resendAvailableIn(0); // the countdown is over
        QVERIFY(resend->isEnabled());
        // Keyboard: the code, then «send again», then the new password.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        code->setFocus();
        QTest::keyClick(code, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), resend);
        QTest::keyClick(resend, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, u"newPasswordEdit"_s));
        const int captchas = fake.net.count(u"/api/v1/captcha"_s);
        QTest::mouseClick(resend, Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), int(RecoveryDialog::RequestPage));
        QCOMPARE(child<QLineEdit>(&dialog, u"emailEdit"_s)->text(), u"petrov@lkk.example"_s);
        QTRY_COMPARE(fake.net.count(u"/api/v1/captcha"_s), captchas + 1);
        QTRY_COMPARE(dialog.focusWidget(), child<QLineEdit>(&dialog, u"captchaAnswer"_s));
        QVERIFY(child<QWidget>(&dialog, u"recoveryBanner"_s)->isVisible());
        shot(&dialog, u"recovery-resend"_s);

        // The server's limit on letters: inline next to the e-mail, with the time to wait.
        fake.recoverRetryAfter = 1200;
        type(&dialog, u"captchaAnswer"_s, u"abc"_s);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY(!errorText(&dialog, u"email"_s).isEmpty());
        QVERIFY2(errorText(&dialog, u"email"_s).contains(u"20"_s), qPrintable(errorText(&dialog, u"email"_s)));
        QCOMPARE(dialog.currentPage(), int(RecoveryDialog::RequestPage));

        fake.recoverRetryAfter = 0;
        QTRY_COMPARE(fake.net.count(u"/api/v1/captcha"_s), captchas + 2); // the used one was replaced
        type(&dialog, u"captchaAnswer"_s, u"abc"_s);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE(dialog.currentPage(), int(RecoveryDialog::ResetPage));
        QVERIFY(child<QLineEdit>(&dialog, u"codeEdit"_s)->text().isEmpty()); // the old code is void
        QVERIFY(child<QWidget>(&dialog, u"recoveryBanner"_s)->isVisible());
        QVERIFY(!resend->isEnabled()); // a new countdown
        QCOMPARE(fake.net.count(u"/api/v1/auth/recover"_s), 3);
    }

    void detailsDialogRequiresThePhone() {
        FakeNetwork net;
        ApiClient api(&net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        LoginResult login;
        login.tokens.accessToken = u"A"_s;
        login.tokens.accessExpiresIn = 900;
        login.user = json::parseProfile(toJson(profileJson({}))).value();
        session.start(login);
        net.route("PATCH", u"/api/v1/profile"_s, [](const FakeNetwork::Request& r) {
            const QJsonObject b = bodyOf(r);
            return Response::json(
                200, toJson(profileJson(b.value("phone"_L1).toString(), b.value("patronymic"_L1).toString())));
        });
        ProfileEditor editor(&session);
        DetailsDialog dialog(&editor, session.user());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* cont = child<QPushButton>(&dialog, u"continueButton"_s);
        QTest::mouseClick(cont, Qt::LeftButton);
        QCOMPARE(errorText(&dialog, u"phone"_s), FieldMessages::phone(rules::Violation::Required));
        shot(&dialog, u"details-errors"_s);
        type(&dialog, u"phoneEdit"_s, u"913 123-45-67"_s);
        type(&dialog, u"patronymicEdit"_s, u"Ильич"_s);
        QTest::mouseClick(cont, Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        const QJsonObject sent = bodyOf(net.requestsTo(u"/api/v1/profile"_s).last());
        QCOMPARE(sent.value("phone"_L1).toString(), u"+79131234567"_s);
        QCOMPARE(sent.value("patronymic"_L1).toString(), u"Ильич"_s);
        QVERIFY(!sent.contains("surname"_L1));
        QVERIFY(!session.user().detailsRequired);
    }

    void profileSections() {
        FakeNetwork net;
        ApiClient api(&net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        LoginResult login;
        login.tokens.accessToken = u"A"_s;
        login.tokens.accessExpiresIn = 900;
        login.user = json::parseProfile(toJson(profileJson(u"+79131234567"_s))).value();
        session.start(login);
        QJsonObject lastPatch;
        net.route("PATCH", u"/api/v1/profile"_s, [&lastPatch](const FakeNetwork::Request& r) {
            lastPatch = bodyOf(r);
            QJsonObject p = profileJson(u"+79131234567"_s, lastPatch.value("patronymic"_L1).toString());
            if (lastPatch.contains("marketing"_L1)) {
                QJsonObject m = p.value("marketing"_L1).toObject();
                const QJsonObject sent = lastPatch.value("marketing"_L1).toObject();
                for (auto it = sent.begin(); it != sent.end(); ++it)
                    m.insert(it.key(), it.value());
                p.insert("marketing"_L1, m);
            }
            return Response::json(200, toJson(p));
        });
        net.route("POST", u"/api/v1/profile/password"_s, [](const FakeNetwork::Request& r) {
            if (bodyOf(r).value("currentPassword"_L1).toString() != "Secret12"_L1)
                return Response::apiError(403, errc::wrongPassword, u"Неверный текущий пароль."_s, "currentPassword");
            return Response::json(204, {});
        });
        net.route("POST", u"/api/v1/profile/email"_s, [](const FakeNetwork::Request&) {
            return Response::json(202, R"({"pendingEmail":"new@lkk.example","codeLength":6,"expiresIn":86400})");
        });

        ProfileDialog dialog(&session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLabel>(&dialog, u"profileName"_s)->text(), u"Петров Пётр"_s);
        QCOMPARE(child<QLabel>(&dialog, u"profilePhone"_s)->text(), u"+7 913 123-45-67"_s);
        QVERIFY(child<QLabel>(&dialog, u"profileTomskEnergosbyt"_s)->text().contains(u"petrov@lkk.example"_s));
        shot(&dialog, u"profile-view"_s);

        // Personal data: the phone may not be emptied once given; the patronymic is saved alone.
        QTest::mouseClick(child<QToolButton>(&dialog, u"personalSectionEdit"_s), Qt::LeftButton);
        QVERIFY(!child<QToolButton>(&dialog, u"passwordSectionEdit"_s)->isEnabled());
        auto* form = child<QWidget>(&dialog, u"personalForm"_s);
        type(form, u"phoneEdit"_s, QString());
        QTest::mouseClick(child<QPushButton>(&dialog, u"personalSectionSave"_s), Qt::LeftButton);
        QCOMPARE(errorText(form, u"phone"_s), FieldMessages::phone(rules::Violation::Required));
        shot(&dialog, u"profile-personal-edit"_s);
        type(form, u"phoneEdit"_s, u"+7 913 123-45-67"_s);
        type(form, u"patronymicEdit"_s, u"Ильич"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"personalSectionSave"_s), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&dialog, u"profileName"_s)->text(), u"Петров Пётр Ильич"_s);
        QCOMPARE(lastPatch.keys(), QStringList{u"patronymic"_s});

        // Password: wrong current password lands next to that field.
        QTest::mouseClick(child<QToolButton>(&dialog, u"passwordSectionEdit"_s), Qt::LeftButton);
        type(&dialog, u"currentPasswordEdit"_s, u"Wrong123"_s);
        type(&dialog, u"newPasswordEdit"_s, u"Newpass12"_s);
        type(&dialog, u"repeatPasswordEdit"_s, u"Newpass12"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"passwordSectionSave"_s), Qt::LeftButton);
        QTRY_COMPARE(errorText(&dialog, u"password.currentPassword"_s), u"Неверный текущий пароль."_s);
        shot(&dialog, u"profile-password-error"_s);
        type(&dialog, u"currentPasswordEdit"_s, u"Secret12"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"passwordSectionSave"_s), Qt::LeftButton);
        auto* banner = child<MessageBanner>(&dialog, u"profileBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->type(), MessageBanner::Type::Info);

        // E-mail: the code step after the password.
        QTest::mouseClick(child<QToolButton>(&dialog, u"emailSectionEdit"_s), Qt::LeftButton);
        type(&dialog, u"newEmailEdit"_s, u"new@lkk.example"_s);
        type(&dialog, u"emailPasswordEdit"_s, u"Secret12"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"emailSectionSave"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QLineEdit>(&dialog, u"emailCodeEdit"_s)->isVisible());
        QVERIFY(child<QLabel>(&dialog, u"codeSentToLabel"_s)->text().contains(u"new@lkk.example"_s));
        shot(&dialog, u"profile-email-code"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"emailSectionCancel"_s), Qt::LeftButton);

        // Mailing lists: a switched-on list needs a valid address.
        QTest::mouseClick(child<QToolButton>(&dialog, u"marketingSectionEdit"_s), Qt::LeftButton);
        child<QCheckBox>(&dialog, u"tomskRtsEnabled"_s)->setChecked(true);
        type(&dialog, u"tomskRtsEmail"_s, u"bad"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"marketingSectionSave"_s), Qt::LeftButton);
        QCOMPARE(errorText(&dialog, u"marketing.tomskRts.email"_s),
                 FieldMessages::email(rules::Violation::EmailFormat));
        shot(&dialog, u"profile-marketing-edit"_s);
        type(&dialog, u"tomskRtsEmail"_s, u"rts@lkk.example"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"marketingSectionSave"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(&dialog, u"profileTomskRts"_s)->text().contains(u"rts@lkk.example"_s));
        QCOMPARE(lastPatch.value("marketing"_L1).toObject().keys(), QStringList{u"tomskRts"_s});
        shot(&dialog, u"profile-after"_s);

        // Esc with a section open asks; «Продолжить редактирование» keeps the typed text.
        Dialogs::resetForTesting();
        QTest::mouseClick(child<QToolButton>(&dialog, u"personalSectionEdit"_s), Qt::LeftButton);
        type(form, u"patronymicEdit"_s, u"Ильич2"_s);
        const int profileRequests = net.count(u"/api/v1/profile"_s);
        Dialogs::setNextAnswer(false);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!Dialogs::lastAsked().title.isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLineEdit>(form, u"patronymicEdit"_s)->text(), u"Ильич2"_s);
        Dialogs::setNextAnswer(true);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(net.count(u"/api/v1/profile"_s), profileRequests); // the discarded edit was not sent
        Dialogs::resetForTesting();
    }
    // Enter saves the section being edited, in every section, wherever the focus was before.
    void profileEnterSavesTheSection() {
        FakeNetwork net;
        ApiClient api(&net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        LoginResult login;
        login.tokens.accessToken = u"A"_s;
        login.tokens.accessExpiresIn = 900;
        login.user = json::parseProfile(toJson(profileJson(u"+79131234567"_s))).value();
        session.start(login);
        net.route("PATCH", u"/api/v1/profile"_s, [](const FakeNetwork::Request&) {
            return Response::json(200, toJson(profileJson(u"+79131234567"_s, u"Ильич"_s)));
        });
        net.route("POST", u"/api/v1/profile/password"_s,
                  [](const FakeNetwork::Request&) { return Response::json(204, {}); });
        net.route("POST", u"/api/v1/profile/email"_s, [](const FakeNetwork::Request&) {
            return Response::json(202, R"({"pendingEmail":"new@lkk.example","codeLength":6,"expiresIn":86400})");
        });
        ProfileDialog dialog(&session);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        // «Закрыть» had the focus last: Enter must still save the section, not close the dialog.
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->setFocus();
        QTest::mouseClick(child<QToolButton>(&dialog, u"personalSectionEdit"_s), Qt::LeftButton);
        type(child<QWidget>(&dialog, u"personalForm"_s), u"patronymicEdit"_s, u"Ильич"_s);
        QTest::keyClick(child<QLineEdit>(&dialog, u"patronymicEdit"_s), Qt::Key_Return);
        QTRY_COMPARE(net.requestsTo(u"/api/v1/profile"_s).size(), 1);
        QTRY_COMPARE(child<QLabel>(&dialog, u"profileName"_s)->text(), u"Петров Пётр Ильич"_s);
        QVERIFY(dialog.isVisible());

        QTest::mouseClick(child<QToolButton>(&dialog, u"emailSectionEdit"_s), Qt::LeftButton);
        type(&dialog, u"newEmailEdit"_s, u"new@lkk.example"_s);
        type(&dialog, u"emailPasswordEdit"_s, u"Secret12"_s);
        QTest::keyClick(child<QLineEdit>(&dialog, u"emailPasswordEdit"_s), Qt::Key_Return);
        QTRY_COMPARE(net.requestsTo(u"/api/v1/profile/email"_s).size(), 1);
        QTest::mouseClick(child<QPushButton>(&dialog, u"emailSectionCancel"_s), Qt::LeftButton);

        QTest::mouseClick(child<QToolButton>(&dialog, u"passwordSectionEdit"_s), Qt::LeftButton);
        type(&dialog, u"currentPasswordEdit"_s, u"Secret12"_s);
        type(&dialog, u"newPasswordEdit"_s, u"Newpass12"_s);
        type(&dialog, u"repeatPasswordEdit"_s, u"Newpass12"_s);
        QTest::keyClick(child<QLineEdit>(&dialog, u"repeatPasswordEdit"_s), Qt::Key_Return);
        QTRY_COMPARE(net.requestsTo(u"/api/v1/profile/password"_s).size(), 1);
        QTRY_VERIFY(!child<QWidget>(&dialog, u"passwordSectionSave"_s)->isVisible());

        QTest::mouseClick(child<QToolButton>(&dialog, u"marketingSectionEdit"_s), Qt::LeftButton);
        auto* rts = child<QCheckBox>(&dialog, u"tomskRtsEnabled"_s);
        rts->setFocus();
        QTest::keyClick(rts, Qt::Key_Space);
        QTest::keyClick(rts, Qt::Key_Return);
        QTRY_COMPARE(net.requestsTo(u"/api/v1/profile"_s).size(), 2);
        QVERIFY(dialog.isVisible());
    }

    // The profile from the keyboard: the pencils in the order of the sections, then «Закрыть»; a
    // section being edited: its fields top to bottom, «Отмена», «Сохранить», then «Закрыть».
    void profileTabOrder() {
        FakeNetwork net;
        ApiClient api(&net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        LoginResult login;
        login.tokens.accessToken = u"A"_s;
        login.tokens.accessExpiresIn = 900;
        login.user = json::parseProfile(toJson(profileJson(u"+79131234567"_s))).value();
        session.start(login);
        ProfileDialog dialog(&session);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(tabWalk(child<QWidget>(&dialog, u"personalSectionEdit"_s)),
                 (QStringList{u"personalSectionEdit"_s, u"emailSectionEdit"_s, u"passwordSectionEdit"_s,
                              u"marketingSectionEdit"_s, u"accessJournalButton"_s, u"profileButtons"_s}));
        const QList<std::pair<QString, QStringList>> sections{
            {u"personalSection"_s,
             {u"surnameEdit"_s, u"firstNameEdit"_s, u"phoneEdit"_s, u"patronymicEdit"_s, u"birthDateEdit"_s,
              u"birthDateEditNotGiven"_s, u"sexCombo"_s}},
            {u"emailSection"_s, {u"newEmailEdit"_s, u"emailPasswordEdit"_s}},
            {u"passwordSection"_s, {u"currentPasswordEdit"_s, u"newPasswordEdit"_s, u"repeatPasswordEdit"_s}},
            // The first list's address is off with the list, so not a stop.
            {u"marketingSection"_s, {u"tomskRtsEnabled"_s, u"tomskEnergosbytEnabled"_s, u"tomskEnergosbytEmail"_s}}};
        for (const auto& [section, fields] : sections) {
            QTest::mouseClick(child<QToolButton>(&dialog, section + u"Edit"_s), Qt::LeftButton);
            QWidget* first = QApplication::focusWidget();
            QVERIFY(first);
            const QStringList expected =
                fields + QStringList{section + u"Cancel"_s, section + u"Save"_s, u"profileButtons"_s};
            QCOMPARE(tabWalk(first), expected);
            QTest::mouseClick(child<QPushButton>(&dialog, section + u"Cancel"_s), Qt::LeftButton);
        }
    }

    void detailsDialogTabOrder() {
        FakeNetwork net;
        ApiClient api(&net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        LoginResult login;
        login.tokens.accessToken = u"A"_s;
        login.tokens.accessExpiresIn = 900;
        login.user = json::parseProfile(toJson(profileJson({}))).value();
        session.start(login);
        ProfileEditor editor(&session);
        DetailsDialog dialog(&editor, session.user());
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(tabWalk(QApplication::focusWidget()),
                 (QStringList{u"phoneEdit"_s, u"patronymicEdit"_s, u"birthDateEdit"_s, u"birthDateEditNotGiven"_s,
                              u"sexCombo"_s, u"cancelButton"_s, u"continueButton"_s}));
    }

    // The shell end to end on a fake server: email_not_confirmed at sign-in -> «Ввести код» opens the
    // wizard at the code page -> confirmed -> the login window has the e-mail; sign-in then shows
    // «Заполните реквизиты» (no phone) -> «Отменить» signs out; the «Регистрация» link opens the wizard.
    void shellFlows() {
        QTemporaryDir dir;
        Fake fake;
        fake.net.route("POST", u"/api/v1/auth/login"_s, [&fake](const FakeNetwork::Request&) {
            if (fake.net.count(u"/api/v1/auth/register/confirm"_s) == 0)
                return Response::apiError(403, errc::emailNotConfirmed,
                                          u"Адрес электронной почты не подтверждён. Введите код из письма или "
                                          u"отправьте письмо ещё раз."_s);
            return Response::json(
                200, toJson({{"accessToken"_L1, u"A"_s}, {"accessExpiresIn"_L1, 900}, {"user"_L1, profileJson({})}}));
        });
        fake.net.route("POST", u"/api/v1/auth/register/resend"_s,
                       [](const FakeNetwork::Request&) { return Response::json(202, R"({"resendAfter":60})"); });
        fake.net.route("POST", u"/api/v1/auth/logout"_s,
                       [](const FakeNetwork::Request&) { return Response::json(204, {}); });
        AppSettings settings(dir.filePath(u"lkk.ini"_s));
        settings.setValue(AppSettings::Key::ServerUrl, u"https://lkk.example"_s);
        Session session(&fake.api);
        CredentialStore credentials(u"lkk-test-registration-ui"_s);
        LoginController controller(&session, &credentials, &settings);
        AppShell shell(&settings, &session, &controller);
        shell.start();
        LoginWindow* login = shell.loginWindow();
        QVERIFY(QTest::qWaitForWindowExposed(login));

        type(login, u"emailEdit"_s, u"petrov@lkk.example"_s);
        type(login, u"passwordEdit"_s, u"Secret12"_s);
        QTest::mouseClick(child<QPushButton>(login, u"signInButton"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QWidget>(login, u"unconfirmedRow"_s)->isVisible());
        auto* banner = child<MessageBanner>(login, u"messageBanner"_s);
        QVERIFY(banner->text().contains(u"не подтверждён"_s));
        // The whole (wrapped) message is visible: the banner is as tall as its text needs.
        const auto fits = [](const MessageBanner* b) {
            return !b->isVisible() || b->height() >= b->heightForWidth(b->width());
        };
        QTRY_VERIFY(fits(banner) && fits(child<MessageBanner>(login, u"keychainBanner"_s)));
        shot(login, u"login-unconfirmed"_s);

        // «Отправить письмо ещё раз»: the banner says it went.
        QTest::mouseClick(child<QPushButton>(login, u"resendLetterButton"_s), Qt::LeftButton);
        QTRY_COMPARE(fake.net.count(u"/api/v1/auth/register/resend"_s), 1);
        QTRY_VERIFY(child<MessageBanner>(login, u"messageBanner"_s)->text().contains(u"petrov@lkk.example"_s));

        // «Ввести код»: the wizard at the code page.
        QTest::mouseClick(child<QPushButton>(login, u"enterCodeButton"_s), Qt::LeftButton);
        RegistrationWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = login->findChild<RegistrationWizard*>()) && wizard->isVisible());
        QCOMPARE(wizard->currentPage(), int(RegistrationWizard::ConfirmPage));
        type(wizard, u"codeEdit"_s, u"123456"_s);
        QTest::mouseClick(child<QPushButton>(wizard, u"nextButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!login->findChild<RegistrationWizard*>());
        QCOMPARE(login->email(), u"petrov@lkk.example"_s);
        // The manual's closing words: «Регистрация завершена».
        QCOMPARE(banner->text(), AppShell::tr("Registration complete. You can now sign in to the personal cabinet."));

        // Sign in: «Заполните реквизиты» before the main window; «Отменить» signs out.
        type(login, u"passwordEdit"_s, u"Secret12"_s);
        QTest::mouseClick(child<QPushButton>(login, u"signInButton"_s), Qt::LeftButton);
        DetailsDialog* details = nullptr;
        QTRY_VERIFY((details = login->findChild<DetailsDialog*>()) && details->isVisible());
        QVERIFY(!shell.mainWindow());
        shot(details, u"details-from-shell"_s);
        QTest::mouseClick(child<QPushButton>(details, u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!session.isSignedIn());
        QVERIFY(!shell.mainWindow());
        QVERIFY(login->isVisible());

        // «Регистрация»: the wizard at its first page.
        QTest::mouseClick(child<QPushButton>(login, u"registerButton"_s), Qt::LeftButton);
        QTRY_VERIFY((wizard = login->findChild<RegistrationWizard*>()) && wizard->isVisible());
        QCOMPARE(wizard->currentPage(), int(RegistrationWizard::ContactsPage));
        wizard->reject();
        QTest::mouseClick(child<QPushButton>(login, u"recoverButton"_s), Qt::LeftButton);
        RecoveryDialog* recovery = nullptr;
        QTRY_VERIFY((recovery = login->findChild<RecoveryDialog*>()) && recovery->isVisible());
        QCOMPARE(child<QLineEdit>(recovery, u"emailEdit"_s)->text(), u"petrov@lkk.example"_s);
        recovery->reject();
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    lkk::applyLightTheme(app); // the screenshots show the real look
    // LKK_TRANSLATION_QM=…/lkk_ru.qm: the same checks (and screenshots) in Russian.
    QTranslator russian;
    if (const QString qm = qEnvironmentVariable("LKK_TRANSLATION_QM"); !qm.isEmpty() && russian.load(qm))
        QCoreApplication::installTranslator(&russian);
    TestRegistrationUi t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_registration.moc"
