// The readings pages offscreen on a fake server: the submission page's cards, window
// banner, input validator, inline errors with the server's wording, live consumption, Enter to
// submit, the rollover and high-consumption confirmations (preset through Dialogs, and a warning
// only the server raises answered in the real box), the pending state while the server is away; the
// closed window; the history page's tree and chart. With LKK_SCREENSHOT_DIR set it saves
// pictures of both pages.
#include "app/readings/ReadingRules.h"
#include "app/readings/ReadingsHistoryModel.h"
#include "app/readings/ReadingsLoader.h"
#include "app/readings/ReadingsOutbox.h"
#include "tests/ui/KeyboardWalk.h"
#include "tests/unit/AccountsFixtures.h"
#include "ui/Dialogs.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/history/PeriodSelector.h"
#include "ui/readings/ConsumptionChartView.h"
#include "ui/readings/MeterReadingCard.h"
#include "ui/readings/ReadingsHistoryPage.h"
#include "ui/readings/ReadingsSubmitPage.h"

#include <QApplication>
#include <QBarSeries>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace lkk;
using namespace lkk::test;
using namespace lkk::test::accounts;

namespace {

const QString formPath = u"/api/v1/accounts/1/readings/form"_s;
const QString submitPath = u"/api/v1/accounts/1/readings"_s;

QJsonObject meterJson(qint64 id, const QString& number, const QString& service, const QString& unit,
                      const QJsonArray& zones, int integer, int fraction, const QJsonObject& last,
                      const QJsonValue& average) {
    return QJsonObject{{"id"_L1, id},
                       {"number"_L1, number},
                       {"service"_L1, service},
                       {"provider"_L1, u"МУП ЖКХ «Октябрьское»"_s},
                       {"subAccount"_L1, u"887100103492"_s},
                       {"unit"_L1, unit},
                       {"zones"_L1, zones},
                       {"capacity"_L1, QJsonObject{{"integer"_L1, integer}, {"fraction"_L1, fraction}}},
                       {"verifiedUntil"_L1, u"2099-01-01"_s},
                       {"accepts"_L1, true},
                       {"refusal"_L1, QJsonValue::Null},
                       {"lastReading"_L1, last},
                       {"averageConsumption"_L1, average},
                       {"currentSubmission"_L1, QJsonValue::Null}};
}

QJsonObject formJson(bool open) {
    const QJsonObject water = meterJson(41, u"517480"_s, u"Горячая вода"_s, u"м3"_s, QJsonArray{u"T1"_s}, 6, 3,
                                        QJsonObject{{"date"_L1, u"2026-11-06"_s},
                                                    {"period"_L1, u"2026-11"_s},
                                                    {"values"_L1, QJsonObject{{"T1"_L1, u"74.000"_s}}}},
                                        QJsonObject{{"T1"_L1, u"12.500"_s}});
    const QJsonObject dayNight =
        meterJson(52, u"09871234"_s, u"Электроэнергия"_s, u"кВт·ч"_s, QJsonArray{u"T1"_s, u"T2"_s}, 5, 1,
                  QJsonObject{{"date"_L1, u"2026-10-20"_s},
                              {"period"_L1, u"2026-10"_s},
                              {"values"_L1, QJsonObject{{"T1"_L1, u"99990.0"_s}, {"T2"_L1, u"1200.5"_s}}}},
                  QJsonValue::Null);
    QJsonObject expired = meterJson(63, u"335577"_s, u"Холодная вода"_s, u"м3"_s, QJsonArray{u"T1"_s}, 5, 3,
                                    QJsonObject{}, QJsonValue::Null);
    expired.insert("lastReading"_L1, QJsonValue::Null);
    expired.insert("accepts"_L1, false);
    expired.insert("verifiedUntil"_L1, u"2025-08-31"_s);
    expired.insert("refusal"_L1,
                   QJsonObject{{"code"_L1, u"meter_verification_expired"_s},
                               {"message"_L1, u"Истёк срок поверки счётчика (МПИ 31.08.2025). Показания не "
                                              u"принимаются: обратитесь в сетевую организацию для поверки или "
                                              u"замены счётчика."_s}});
    const QJsonObject window{
        {"open"_L1, open},
        {"fromDay"_L1, 15},
        {"toDay"_L1, 25},
        {"timeZone"_L1, u"Asia/Tomsk"_s},
        {"opensAt"_L1, open ? QJsonValue(QJsonValue::Null) : QJsonValue(u"2026-12-15T00:00:00+07:00"_s)},
        {"closesAt"_L1, open ? QJsonValue(u"2026-11-25T23:59:59+07:00"_s) : QJsonValue(QJsonValue::Null)},
        {"message"_L1, open ? u"Показания принимаются с 15 по 25 число месяца (по томскому времени)."_s
                            : u"Показания принимаются с 15 по 25 число месяца (по томскому времени). Приём "
                              u"откроется 15.12.2026."_s}};
    return QJsonObject{{"period"_L1, u"2026-11"_s},
                       {"today"_L1, u"2026-11-20"_s},
                       {"window"_L1, window},
                       {"meters"_L1, QJsonArray{water, dayNight, expired}}};
}

QJsonObject historyJson() {
    auto reading = [](const QString& date, const QString& period, const QJsonObject& values) {
        return QJsonObject{
            {"date"_L1, date}, {"period"_L1, period}, {"values"_L1, values}, {"source"_L1, u"customer"_s}};
    };
    auto consumption = [](const QString& period, const QJsonObject& values) {
        return QJsonObject{{"period"_L1, period}, {"values"_L1, values}};
    };
    const QJsonObject water{
        {"id"_L1, 41},
        {"number"_L1, u"517480"_s},
        {"service"_L1, u"Горячая вода"_s},
        {"provider"_L1, u"МУП ЖКХ «Октябрьское»"_s},
        {"subAccount"_L1, u"887100103492"_s},
        {"unit"_L1, u"м3"_s},
        {"zones"_L1, QJsonArray{u"T1"_s}},
        {"readings"_L1, QJsonArray{reading(u"2026-11-06"_s, u"2026-11"_s, {{"T1"_L1, u"74.000"_s}}),
                                   reading(u"2026-10-06"_s, u"2026-10"_s, {{"T1"_L1, u"62.000"_s}}),
                                   reading(u"2026-09-05"_s, u"2026-09"_s, {{"T1"_L1, u"49.500"_s}})}},
        {"consumption"_L1, QJsonArray{consumption(u"2026-10"_s, {{"T1"_L1, u"12.500"_s}}),
                                      consumption(u"2026-11"_s, {{"T1"_L1, u"12.000"_s}})}}};
    const QJsonObject dayNight{
        {"id"_L1, 52},
        {"number"_L1, u"09871234"_s},
        {"service"_L1, u"Электроэнергия"_s},
        {"provider"_L1, u"АО «Томскэнергосбыт»"_s},
        {"subAccount"_L1, u"7012045318"_s},
        {"unit"_L1, u"кВт·ч"_s},
        {"zones"_L1, QJsonArray{u"T1"_s, u"T2"_s}},
        {"readings"_L1,
         QJsonArray{reading(u"2026-10-20"_s, u"2026-10"_s, {{"T1"_L1, u"99990.0"_s}, {"T2"_L1, u"1200.5"_s}}),
                    reading(u"2026-09-20"_s, u"2026-09"_s, {{"T1"_L1, u"99850.0"_s}, {"T2"_L1, u"1120.0"_s}})}},
        {"consumption"_L1, QJsonArray{consumption(u"2026-10"_s, {{"T1"_L1, u"140.0"_s}, {"T2"_L1, u"80.5"_s}})}}};
    return QJsonObject{{"meters"_L1, QJsonArray{water, dayNight}}};
}

// The readings endpoints of account 1; `warnOnce` makes the server raise consumption_too_high for
// the first unconfirmed submission (its data newer than the form's).
struct FakeReadingsServer {
    FakeNetwork net;
    bool open = true;
    bool down = false;
    bool warnOnce = false;
    QList<QJsonObject> posted;

    FakeReadingsServer() {
        net.route("GET", formPath,
                  [this](const FakeNetwork::Request&) { return Response::json(200, toJson(formJson(open))); });
        net.route("GET", submitPath,
                  [](const FakeNetwork::Request&) { return Response::json(200, toJson(historyJson())); });
        net.route("POST", submitPath, [this](const FakeNetwork::Request& r) {
            if (down)
                return Response::failure(QNetworkReply::ConnectionRefusedError, u"Connection refused"_s);
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            posted.append(body);
            if (warnOnce && !body.value("confirmHighConsumption"_L1).toBool()) {
                warnOnce = false;
                return errorWithDetails(
                    422, errc::consumptionTooHigh,
                    u"Расход 26,000 м3 намного больше обычного (в среднем 5,000 в месяц). "
                    u"Проверьте показание и подтвердите."_s,
                    "values.T1",
                    QJsonObject{{"zone"_L1, u"T1"_s}, {"consumption"_L1, u"26.000"_s}, {"average"_L1, u"5.000"_s}});
            }
            const QJsonObject answer{{"submissionId"_L1, body.value("submissionId"_L1)},
                                     {"meterId"_L1, body.value("meterId"_L1)},
                                     {"period"_L1, u"2026-11"_s},
                                     {"submittedAt"_L1, u"2026-11-20T03:15:00Z"_s},
                                     {"values"_L1, body.value("values"_L1)},
                                     {"consumption"_L1, QJsonObject{}},
                                     {"replaced"_L1, false},
                                     {"message"_L1, u"Показания приняты."_s}};
            return Response::json(201, toJson(answer));
        });
    }
};

AccountSummary account() {
    AccountSummary a;
    a.id = 1;
    a.number = u"100103492"_s;
    a.address = u"Ласточкина ул., д.13, кв.11"_s;
    return a;
}

void saveShot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("LKK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + u'/' + name);
}

} // namespace

class TestReadingsUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        applyLightTheme(*qApp);
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    }

    void init() {
        QFile::remove(ReadingsOutbox::filePathFor(u"https://lkk.example"_s, 1));
        m_server = std::make_unique<FakeReadingsServer>();
        m_signedIn = std::make_unique<SignedIn>(&m_server->net);
        m_outbox = std::make_unique<ReadingsOutbox>(&m_signedIn->session);
        m_outbox->setRetryDelays(std::chrono::minutes(5), std::chrono::minutes(5));
        m_outbox->open(u"https://lkk.example"_s, 1);
        m_page = std::make_unique<ReadingsSubmitPage>(&m_signedIn->session, m_outbox.get());
    }

    void cleanup() {
        Dialogs::resetForTesting();
        m_page.reset();
        m_outbox.reset();
        m_signedIn.reset();
        m_server.reset();
    }

    void showsTheCards() {
        openPage();
        QCOMPARE(m_page->cards().size(), 3);
        QVERIFY(m_page->windowBanner()->isVisible());
        QCOMPARE(m_page->windowBanner()->type(), MessageBanner::Type::Info);
        QCOMPARE(m_page->windowBanner()->text(),
                 u"Показания принимаются с 15 по 25 число месяца (по томскому времени)."_s);
        MeterReadingCard* water = m_page->card(41);
        QCOMPARE(water->findChild<QLabel*>(u"meterTitle"_s)->text(), u"Meter № 517480 - Горячая вода"_s);
        QCOMPARE(water->findChild<QLabel*>(u"meterVerification"_s)->text(), u"Verification interval ends 01.01.2099"_s);
        QCOMPARE(water->findChild<QLabel*>(u"meterLastReading"_s)->text(),
                 u"Last submitted readings 06.11.2026: 74,000\u00a0м3"_s);
        QVERIFY(water->zoneEdit(u"T1"_s)->isEnabled());
        QVERIFY(m_page->card(52)->zoneEdit(u"T2"_s));
        // The expired meter: the server's reason, no inputs.
        MeterReadingCard* expired = m_page->card(63);
        QVERIFY(expired->findChild<QLabel*>(u"meterRefusal"_s)->text().startsWith(u"Истёк срок поверки"_s));
        QVERIFY(!expired->zoneEdit(u"T1"_s)->isEnabled());
        QVERIFY(!expired->submitButton()->isEnabled());
        QVERIFY(m_page->submitAllButton()->isVisible());
        // Tab goes zone → zone → the card's button.
        MeterReadingCard* dayNight = m_page->card(52);
        auto nextTabStop = [](QWidget* w) {
            do
                w = w->nextInFocusChain();
            while (w && !(w->focusPolicy() & Qt::TabFocus));
            return w;
        };
        QCOMPARE(nextTabStop(dayNight->zoneEdit(u"T1"_s)), dayNight->zoneEdit(u"T2"_s));
        QCOMPARE(nextTabStop(dayNight->zoneEdit(u"T2"_s)), dayNight->submitButton());
        saveShot(m_page.get(), u"readings-submit.png"_s);
        // Esc in a field leaves the page, like the back link.
        QSignalSpy back(m_page.get(), &ReadingsSubmitPage::backRequested);
        QTest::keyClick(water->zoneEdit(u"T1"_s), Qt::Key_Escape);
        QCOMPARE(back.count(), 1);
    }

    void validatorAndInlineErrors() {
        openPage();
        MeterReadingCard* water = m_page->card(41);
        QLineEdit* t1 = water->zoneEdit(u"T1"_s);
        // Letters and a second separator never get in; at most 3 digits after the comma.
        QTest::keyClicks(t1, u"8a0,5x,1234"_s);
        QCOMPARE(t1->text(), u"80,512"_s);
        t1->clear();
        QTest::mouseClick(water->submitButton(), Qt::LeftButton);
        QCOMPARE(water->zoneErrorLabel(u"T1"_s)->text(), u"Enter the reading."_s);
        QVERIFY(!water->zoneErrorLabel(u"T1"_s)->isHidden());
        QVERIFY(t1->property("invalid").toBool());
        t1->setText(u"1.2345"_s); // pasted past the validator
        QTest::mouseClick(water->submitButton(), Qt::LeftButton);
        QCOMPARE(water->zoneErrorLabel(u"T1"_s)->text(), u"At most 6 digits before the decimal point and 3 after it"_s);
        QCOMPARE(m_server->posted.size(), 0);
        // Typing clears the error and shows the consumption.
        t1->clear();
        QTest::keyClicks(t1, u"80,5"_s);
        QVERIFY(water->zoneErrorLabel(u"T1"_s)->isHidden());
        QCOMPARE(water->consumptionLabel()->text(), u"Consumption: 6,500\u00a0м3"_s);
        // Enter submits the card.
        QTest::keyClick(t1, Qt::Key_Return);
        QTRY_COMPARE(water->status(), MeterReadingCard::Status::Accepted);
        QCOMPARE(water->statusLabel()->text(), u"Readings submitted successfully."_s);
        QCOMPARE(m_server->posted.size(), 1);
        QCOMPARE(m_server->posted.at(0).value("values"_L1).toObject().value("T1"_L1).toString(), u"80.500"_s);
        QCOMPARE(m_server->posted.at(0).value("meterId"_L1).toInteger(), 41);
        saveShot(m_page.get(), u"readings-submitted.png"_s);
    }

    void rolloverIsConfirmed() {
        openPage();
        MeterReadingCard* dayNight = m_page->card(52);
        QTest::keyClicks(dayNight->zoneEdit(u"T1"_s), u"5"_s);
        QTest::keyClicks(dayNight->zoneEdit(u"T2"_s), u"1210"_s);
        QSignalSpy submitted(m_page.get(), &ReadingsSubmitPage::submitted);
        // The question itself: «Исправить показание» is the default, so Enter after a typo sends nothing.
        m_page->submitCard(52);
        QCOMPARE(Dialogs::lastAsked().text,
                 u"T1 (day): "_s +
                     ReadingRules::belowPreviousText(*Decimal::parse(u"5.0"), *Decimal::parse(u"99990.0")));
        QPointer<QMessageBox> box;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox*>(u"confirmationBox"_s)) && box->isVisible());
        QCOMPARE(box->defaultButton(), box->findChild<QPushButton*>(u"confirmRejectButton"_s));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!box || !box->isVisible());
        QCOMPARE(submitted.count(), 0);
        Dialogs::setNextAnswer(true);
        m_page->submitCard(52);
        QCOMPARE(submitted.count(), 1);
        QTRY_COMPARE(dayNight->status(), MeterReadingCard::Status::Accepted);
        QCOMPARE(m_server->posted.size(), 1);
        QVERIFY(m_server->posted.at(0).value("confirmRollover"_L1).toBool());
        QVERIFY(!m_server->posted.at(0).value("confirmHighConsumption"_L1).toBool());
        QCOMPARE(m_server->posted.at(0).value("values"_L1).toObject().value("T2"_L1).toString(), u"1210.0"_s);
    }

    void highConsumptionIsConfirmed() {
        openPage();
        MeterReadingCard* water = m_page->card(41);
        QTest::keyClicks(water->zoneEdit(u"T1"_s), u"1274"_s);
        QSignalSpy submitted(m_page.get(), &ReadingsSubmitPage::submitted);
        // Enter in the real box picks «Исправить показание»: nothing is sent.
        m_page->submitCard(41);
        QPointer<QMessageBox> box;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox*>(u"confirmationBox"_s)) && box->isVisible());
        QCOMPARE(box->defaultButton(), box->findChild<QPushButton*>(u"confirmRejectButton"_s));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!box || !box->isVisible());
        QCOMPARE(submitted.count(), 0);
        Dialogs::setNextAnswer(true);
        m_page->submitCard(41);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(Dialogs::lastAsked().title, u"High consumption"_s);
        QTRY_COMPARE(water->status(), MeterReadingCard::Status::Accepted);
        QVERIFY(m_server->posted.at(0).value("confirmHighConsumption"_L1).toBool());
    }

    void aWarningOnlyTheServerSeesIsConfirmedAndResent() {
        m_server->warnOnce = true;
        openPage();
        MeterReadingCard* water = m_page->card(41);
        QTest::keyClicks(water->zoneEdit(u"T1"_s), u"100"_s); // fine by the form's figures
        QSignalSpy submitted(m_page.get(), &ReadingsSubmitPage::submitted);
        m_page->submitCard(41);
        QCOMPARE(submitted.count(), 1);
        // The server's warning opens the real box (window-modal, not blocking): confirm it there.
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox*>(u"confirmationBox"_s)));
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QVERIFY(box->text().startsWith(u"Расход 26,000 м3"_s));
        QCOMPARE(box->defaultButton(), box->findChild<QPushButton*>(u"confirmRejectButton"_s)); // Enter corrects
        QCOMPARE(m_server->posted.size(), 1);
        QTest::mouseClick(box->findChild<QPushButton*>(u"confirmAcceptButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_server->posted.size(), 2);
        QVERIFY(!m_server->posted.at(0).value("confirmHighConsumption"_L1).toBool());
        QVERIFY(m_server->posted.at(1).value("confirmHighConsumption"_L1).toBool());
        // A new submission (different body), so a new id.
        QVERIFY(m_server->posted.at(0).value("submissionId"_L1) != m_server->posted.at(1).value("submissionId"_L1));
        QTRY_COMPARE(water->status(), MeterReadingCard::Status::Accepted);
    }

    void aQuestionGoesWithItsCard() {
        openPage();
        QTest::keyClicks(m_page->card(52)->zoneEdit(u"T1"_s), u"5"_s);
        QTest::keyClicks(m_page->card(52)->zoneEdit(u"T2"_s), u"1210"_s);
        m_page->submitCard(52); // rollover: the real box opens
        QPointer<QMessageBox> box = m_page->findChild<QMessageBox*>(u"confirmationBox"_s);
        QVERIFY(box);
        QPointer<QPushButton> accept = box->findChild<QPushButton*>(u"confirmAcceptButton"_s);
        // A reload replaces the cards: the question about the old card goes, unanswered.
        m_page->reload();
        QTRY_VERIFY(!box);
        QVERIFY(!accept);
        QTRY_COMPARE(m_page->cards().size(), 3);
        QCOMPARE(m_server->posted.size(), 0);
    }

    void pendingWhileTheServerIsAway() {
        m_server->down = true;
        openPage();
        MeterReadingCard* water = m_page->card(41);
        QTest::keyClicks(water->zoneEdit(u"T1"_s), u"80"_s);
        m_page->submitCard(41);
        QTRY_COMPARE(water->status(), MeterReadingCard::Status::Pending);
        QCOMPARE(water->statusLabel()->text(),
                 u"Waiting to be sent — it will be submitted when the server is reachable."_s);
        QCOMPARE(m_outbox->pendingCount(), 1);
        // Reopening the page shows the pending entry on the card.
        m_page->reload();
        QTRY_VERIFY(m_page->card(41));
        QTRY_COMPARE(m_page->card(41)->status(), MeterReadingCard::Status::Pending);
        saveShot(m_page.get(), u"readings-pending.png"_s);
        m_server->down = false;
        m_outbox->retryNow();
        QTRY_COMPARE(m_page->card(41)->status(), MeterReadingCard::Status::Accepted);
        QCOMPARE(m_server->posted.size(), 1);
    }

    void submitAllSendsTheFilledCards() {
        openPage();
        QTest::keyClicks(m_page->card(41)->zoneEdit(u"T1"_s), u"75"_s);
        QTest::mouseClick(m_page->submitAllButton(), Qt::LeftButton);
        QTRY_COMPARE(m_page->card(41)->status(), MeterReadingCard::Status::Accepted);
        QCOMPARE(m_server->posted.size(), 1); // the empty day/night card was left alone
        QCOMPARE(m_page->card(52)->status(), MeterReadingCard::Status::None);
    }

    void closedWindow() {
        m_server->open = false;
        openPage();
        QCOMPARE(m_page->windowBanner()->type(), MessageBanner::Type::Warning);
        QVERIFY(m_page->windowBanner()->text().contains(u"Приём откроется 15.12.2026."_s));
        for (MeterReadingCard* c : m_page->cards()) {
            QVERIFY(!c->submitButton()->isEnabled());
            QVERIFY(!c->zoneEdit(c->meter().zones.first())->isEnabled());
        }
        QVERIFY(!m_page->submitAllButton()->isEnabled());
        saveShot(m_page.get(), u"readings-closed.png"_s);
    }

    void historyPage() {
        ReadingsHistoryPage page(&m_signedIn->session);
        page.resize(900, 560);
        page.show();
        page.setAccountId(1);
        QTRY_VERIFY(page.model()->rowCount() == 2);
        QCOMPARE(m_server->net.requestsTo(submitPath).size(), 1);
        QVERIFY(m_server->net.requestsTo(submitPath).at(0).url.query().contains(u"from="_s));
        QCOMPARE(page.model()->rowCount(page.model()->index(0, 0)), 3);
        QVERIFY(page.tree()->isExpanded(page.model()->index(0, 0)));
        QVERIFY(page.tree()->isFirstColumnSpanned(0, {}));
        saveShot(&page, u"readings-history-table.png"_s);
        page.setMode(ReadingsHistoryPage::Mode::Chart);
        QCOMPARE(page.meterCombo()->count(), 2);
        auto* bars = qobject_cast<QBarSeries*>(page.chartView()->chart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 1); // one zone
        QCOMPARE(page.chartView()->series().labels, (QStringList{u"окт 2026"_s, u"ноя 2026"_s}));
        page.meterCombo()->setCurrentIndex(1);
        bars = qobject_cast<QBarSeries*>(page.chartView()->chart()->series().value(0));
        QCOMPARE(bars->count(), 2); // day and night
        saveShot(&page, u"readings-history-chart.png"_s);
        // A new period asks again.
        page.periodSelector()->setKind(PeriodFilter::Kind::Last3Months);
        QTRY_COMPARE(m_server->net.requestsTo(submitPath).size(), 2);
    }

    // The whole page from the keyboard: the back link, each card's zones then its button, the
    // expired meter skipped (nothing to type), «Передать все показания» last.
    void tabOrderWalksThePage() {
        openPage();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTRY_VERIFY(m_page->card(63)->isVisible()); // cards made while the page is shown appear a moment later
        QCOMPARE(tabWalk(m_page->findChild<QWidget*>(u"readingsBackButton"_s)),
                 (QStringList{u"readingsBackButton"_s, u"zoneEdit_T1"_s, u"submitMeterButton"_s, u"zoneEdit_T1"_s,
                              u"zoneEdit_T2"_s, u"submitMeterButton"_s, u"submitAllReadingsButton"_s}));
    }

private:
    void openPage() {
        m_page->setAccount(account());
        m_page->resize(840, 1000);
        m_page->show();
        m_page->activateWindow();
        QTRY_COMPARE(m_page->cards().size(), 3);
    }

    std::unique_ptr<FakeReadingsServer> m_server;
    std::unique_ptr<SignedIn> m_signedIn;
    std::unique_ptr<ReadingsOutbox> m_outbox;
    std::unique_ptr<ReadingsSubmitPage> m_page;
};

QTEST_MAIN(TestReadingsUi)
#include "tst_readings.moc"
