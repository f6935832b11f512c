// The main window's sizes: at the smallest size it accepts and at a middle width every figure is
// whole (the amount due, the account number, the address, the buttons' words), and a message
// appearing in its banner takes room from the account area instead of growing the window. Set
// LKK_SCREENSHOT_DIR to keep PNGs of the sizes (with QT_SCALE_FACTOR=2 for 200 %).
#include "app/accounts/AccountsStore.h"
#include "tests/support/FixtureCheck.h"
#include "tests/ui/Screenshot.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/accounts/AccountView.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::UiCore;

namespace {

AccountSummary account(qint64 id, const QString& number, const QString& address, qint64 toPay) {
    AccountSummary a;
    a.id = id;
    a.number = number;
    a.kind = AccountKind::Electricity;
    a.address = address;
    a.period = u"2026-11"_s;
    a.toPay = Money::fromKopecks(toPay);
    return a;
}

void signIn(UiCore& core) {
    LKK_FIXTURE_CHECK(!core.api.setServer(core.settings.value(AppSettings::Key::ServerUrl).toString()));
    LoginResult login;
    login.tokens.accessToken = u"test-access"_s;
    login.tokens.accessExpiresIn = 900;
    login.user.id = 1;
    login.user.email = u"demo@lkk.example"_s;
    login.user.surname = u"Константинопольская-Преображенская"_s;
    login.user.firstName = u"Анастасия"_s;
    login.user.patronymic = u"Александровна"_s;
    core.session.start(login);
}

// The label shows all of its text: one line wide enough for it, or (wrapped) tall enough.
QString cutText(const QLabel* label) {
    const QRect room = label->contentsRect();
    const bool whole = label->wordWrap() ? label->height() >= label->heightForWidth(label->width())
                                         : label->fontMetrics().horizontalAdvance(label->text()) <= room.width();
    return whole ? QString()
                 : label->objectName() + u": «"_s + label->text() + u"» in "_s + QString::number(room.width()) + u'x' +
                       QString::number(room.height());
}

QString cutButton(const QPushButton* button) {
    return button->width() >= button->sizeHint().width() ? QString() : button->objectName() + u" is cut"_s;
}

// Lays the window out at `size` (at least its minimum) and lists what is cut.
QStringList cutParts(MainWindow& window, QSize size) {
    window.resize(size);
    QApplication::sendPostedEvents(); // the layout requests, the header's rearrangement
    QApplication::sendPostedEvents();
    QStringList cut;
    for (const QString& name :
         {u"accountToPay"_s, u"accountAmountCaption"_s, u"accountSubtitle"_s, u"accountAddress"_s, u"appNameLabel"_s})
        cut << cutText(window.findChild<QLabel*>(name));
    for (const QString& name : {u"payButton"_s, u"submitReadingsButton"_s})
        cut << cutButton(window.findChild<QPushButton*>(name));
    auto* user = window.findChild<QToolButton*>(u"userButton"_s);
    if (user->width() < user->sizeHint().width())
        cut << u"userButton is cut"_s;
    cut.removeAll(QString());
    return cut;
}

} // namespace

class TestLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia)); }

    void figuresStayWholeAtEverySize_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("english");
        QTest::newRow("minimum") << QSize(1, 1) << false;
        QTest::newRow("930 wide") << QSize(930, 700) << false;
        QTest::newRow("1366x768 screen") << QSize(1366, 740) << false;
        QTest::newRow("minimum english") << QSize(1, 1) << true;
    }

    void figuresStayWholeAtEverySize() {
        QFETCH(QSize, size);
        QFETCH(bool, english);
        // The amounts are written as the language of the window writes them.
        QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::UnitedStates)
                                    : QLocale(QLocale::Russian, QLocale::Russia));
        UiCore core;
        signIn(core);
        MainWindow window(&core.session, &core.settings);
        window.accountsStore()->upsert(
            account(11, u"7012077104"_s,
                    u"634583, Томская обл., Томский р-н, Октябрьское с., Ласточкина ул., д.13, кв. 47"_s, 6291845));
        window.accountsStore()->select(11);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QLabel*>(u"accountToPay"_s)->text(),
                 english ? u"62,918.45\u00A0RUB"_s : u"62\u00A0918,45\u00A0руб."_s);

        const QStringList cut = cutParts(window, size);
        lkk::test::screenshot(&window, u"main-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
        // The smallest window still fits a 1024×768 screen with a panel.
        QVERIFY2(window.minimumSize().width() <= 1024 && window.minimumSize().height() <= 700,
                 qPrintable(u"%1x%2"_s.arg(window.minimumSize().width()).arg(window.minimumSize().height())));
    }

    // A message in the window's banner (a failed connection, a linked account) takes its room from
    // the account area: the window keeps its size, even at its smallest.
    void bannerDoesNotGrowTheWindow_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("default") << QSize();
        QTest::newRow("minimum") << QSize(1, 1);
    }

    void bannerDoesNotGrowTheWindow() {
        QFETCH(QSize, size);
        UiCore core;
        signIn(core);
        MainWindow window(&core.session, &core.settings);
        window.accountsStore()->upsert(account(11, u"7012077104"_s, u"Ласточкина ул., д.13, кв.11"_s, 371960));
        window.accountsStore()->select(11);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The refused connection's own banner first goes away.
        QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible(), 15000);
        window.banner()->hide();
        if (size.isValid())
            window.resize(size);
        QApplication::sendPostedEvents();
        const QSize before = window.size();
        window.banner()->showMessage(MessageBanner::Type::Error,
                                     u"Не удалось связаться с сервером 127.0.0.1. Проверьте подключение к Интернету "
                                     u"и попробуйте ещё раз."_s,
                                     u"Повторить"_s);
        QApplication::sendPostedEvents();
        QApplication::sendPostedEvents();
        QCOMPARE(window.size(), before);
        QVERIFY(window.banner()->height() >= window.banner()->minimumSizeHint().height());
        QVERIFY2(cutParts(window, window.size()).isEmpty(), qPrintable(cutParts(window, window.size()).join(u"; "_s)));
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    lkk::applyLightTheme(app);
    TestLayout t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_layout.moc"
