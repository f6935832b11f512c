// The contact centre's screens against the real lkk-server, on SQLite and PostgreSQL. The appeals
// queue: a customer writes an appeal through the API; the demo operator signs in with the client
// (password, then the TOTP code), finds it in the queue (counts, filters), takes it, answers it
// with a PDF from the keyboard, closes, reopens and returns it to the queue, and the customer's
// API sees the answer. «Журнал доступа»: an operator's reading on the customer's behalf (the
// operator's API) is in Профиль → «Журнал доступа», with its reason and without the operator's
// name; a customer nobody served sees the empty journal; an operator's profile has no journal.
#include "app/appeals/AppealQueueModel.h"
#include "app/appeals/AppealThreadModel.h"
#include "app/registration/AccessJournal.h"
#include "tests/support/ApiTestServer.h"
#include "tests/support/TotpCode.h"
#include "tests/support/WidgetSuite.h"
#include "tests/ui/KeyboardWalk.h"
#include "tests/ui/Screenshot.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/Dialogs.h"
#include "ui/appeals/AppealThreadView.h"
#include "ui/appeals/AppealsQueueView.h"
#include "ui/appeals/AttachmentPicker.h"
#include "ui/registration/AccessJournalDialog.h"
#include "ui/registration/ProfileDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::ApiTestServer;
using lkk::test::child;
using lkk::test::TotpCode;
using lkk::test::UiCore;

namespace {

constexpr int timeoutMs = 30000; // server round trips on a busy machine
// 12:00 on 24 November 2026 in Tomsk: the readings window 15-25 is open.
const QDateTime kNoon24th = QDateTime::fromString(u"2026-11-24T05:00:00Z"_s, Qt::ISODate);
const QString demoOperatorSecret = u"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"_s; // published: server/DemoSetup.h
const QByteArray pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

lkk::test::RawHeaders idempotency() {
    return {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
}

} // namespace

class TestContactCentre : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;
    QString m_demo;     // the demo customer's token
    QString m_operator; // the demo operator's token (API); the client signs in on later code steps
    qint64 m_epd = 0;   // 100103492
    lkk::test::ScreenshotLook m_look;

    // The demo operator signed in with the client: the password, then the code of the app.
    bool signInOperator(UiCore& core) {
        QSignalSpy challenge(&core.controller, &LoginController::secondFactorRequired);
        QSignalSpy signedIn(&core.controller, &LoginController::signedIn);
        core.controller.signIn(u"operator@lkk.example"_s, u"Operator1234"_s, false, {});
        if (!challenge.wait(timeoutMs) && challenge.isEmpty())
            return false;
        // A code of a step nobody used yet: the server's clock moved on a step first.
        if (!m_server->advanceClock(std::chrono::seconds(30)))
            return false;
        core.controller.submitSecondFactor(
            TotpCode::at(TotpCode::secretFromBase32(demoOperatorSecret), TotpCode::stepAt(m_server->serverNowMs())),
            false);
        return signedIn.wait(timeoutMs) || !signedIn.isEmpty();
    }

    // A new appeal of the demo customer on 100103492, through the customer's API.
    qint64 customerWritesAppeal(const QString& text) {
        const auto form = m_server->get(u"/api/v1/accounts/%1/appeal-form"_s.arg(m_epd), m_demo);
        const qint64 provider = form.json.value(u"providers"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
        const auto created = m_server->post(
            u"/api/v1/accounts/%1/appeals"_s.arg(m_epd), m_demo,
            QJsonObject{{u"providerId"_s, provider}, {u"topic"_s, u"readings"_s}, {u"text"_s, text}}, idempotency());
        if (created.status != 201)
            qWarning() << "appeal" << created.status << created.body.left(300);
        return created.json.value(u"id"_s).toInteger();
    }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QStandardPaths::setTestModeEnabled(true);
        m_look.apply();
        m_server = std::make_unique<ApiTestServer>();
        ApiTestServer::Options options;
        options.scratchPrefix = u"lkk_oq"_s;
        options.testClock = kNoon24th;
        options.extraArgs = {u"--readings-window"_s, u"15-25"_s};
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        m_demo = m_server->login(u"demo@lkk.example"_s, u"Demo1234"_s);
        QVERIFY(!m_demo.isEmpty());
        m_epd = m_server->accountId(m_demo, u"100103492"_s);
        QVERIFY(m_epd > 0);
        m_operator = m_server->loginDemoOperator();
        QVERIFY(!m_operator.isEmpty());
    }

    void cleanupTestCase() { m_server.reset(); }
    void cleanup() { Dialogs::resetForTesting(); }

    void operatorWorksTheQueue() {
        const QString text = u"Показания 04521 переданы 20 ноября, а начислено по нормативу. Прошу пересчитать."_s;
        const qint64 appealId = customerWritesAppeal(text);
        QVERIFY(appealId > 0);
        QTemporaryDir files;
        QFile act(files.filePath(u"Акт сверки.pdf"_s));
        QVERIFY(act.open(QIODevice::WriteOnly) && act.write(pdf) == pdf.size());
        act.close();

        UiCore core(m_server->process().url(), m_server->process().caFile());
        QVERIFY(signInOperator(core));
        QCOMPARE(core.session.user().role, u"operator"_s);

        AppealsQueueView queue(&core.session);
        queue.resize(1180, 760);
        queue.show();
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isLoading(), timeoutMs);
        // The counts: one request per status, each the server's total.
        for (AppealStatus s :
             {AppealStatus::New, AppealStatus::InProgress, AppealStatus::Answered, AppealStatus::Closed})
            QVERIFY2(queue.count(s) >= 0, qPrintable(queue.countButton(s)->text()));
        QVERIFY(queue.count(AppealStatus::New) >= 1);
        QVERIFY(queue.countButton(AppealStatus::New)->text().contains(QString::number(queue.count(AppealStatus::New))));
        const int closedBefore = queue.count(AppealStatus::Closed);
        // The default filter (new and in progress) lists the new appeal, oldest first.
        QVERIFY(queue.model()->indexOfAppeal(appealId).isValid());
        for (int row = 1; row < queue.model()->rowCount(); ++row)
            QVERIFY(queue.model()->appeals().at(row - 1).appeal.createdAt <=
                    queue.model()->appeals().at(row).appeal.createdAt);

        // «Новые» by its count button; then the topic, the age and the assignee filters.
        queue.countButton(AppealStatus::New)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isLoading(), timeoutMs);
        QCOMPARE(queue.filter().statuses, QList<AppealStatus>{AppealStatus::New});
        QCOMPARE(queue.model()->rowCount(), queue.count(AppealStatus::New));
        for (const QueuedAppeal& q : queue.model()->appeals())
            QCOMPARE(q.appeal.status, AppealStatus::New);
        QTRY_VERIFY_WITH_TIMEOUT(queue.topicFilter()->count() >= 7, timeoutMs); // «Все темы» + the six
        queue.topicFilter()->setCurrentIndex(queue.topicFilter()->findData(u"payment"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isLoading(), timeoutMs);
        QVERIFY(!queue.model()->indexOfAppeal(appealId).isValid());
        for (const QueuedAppeal& q : queue.model()->appeals())
            QCOMPARE(q.appeal.topicCode, u"payment"_s);
        queue.topicFilter()->setCurrentIndex(queue.topicFilter()->findData(u"readings"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isLoading() && queue.model()->indexOfAppeal(appealId).isValid(), timeoutMs);
        queue.ageFilter()->setCurrentIndex(4); // older than a week: not the one just written
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isLoading(), timeoutMs);
        QVERIFY(!queue.model()->indexOfAppeal(appealId).isValid());
        QCOMPARE(queue.filter().minAgeHours, std::optional<int>(168));
        queue.ageFilter()->setCurrentIndex(1); // the last 24 hours
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isLoading() && queue.model()->indexOfAppeal(appealId).isValid(), timeoutMs);
        QVERIFY(queue.providerFilter()->count() >= 2); // «Все поставщики» + those seen in the queue
        queue.assigneeFilter()->setCurrentIndex(2);    // nobody's
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isLoading() && queue.model()->indexOfAppeal(appealId).isValid(), timeoutMs);

        // Opened: the customer, the thread headed with their name.
        queue.openAppeal(appealId);
        QTRY_COMPARE_WITH_TIMEOUT(queue.openAppealId(), appealId, timeoutMs);
        QVERIFY(queue.customerLabel()->text().contains(u"Иванова"_s));
        QVERIFY(queue.customerLabel()->text().contains(u"+7 913 123-45-67"_s));
        QCOMPARE(queue.threadView()->model()->message(0).text, text);
        QVERIFY(queue.threadView()->model()->index(0).data().toString().startsWith(u"Иванова"_s));
        QVERIFY(!queue.threadView()->replyEdit()->isVisible()); // the queue's own editor answers
        QCoreApplication::processEvents();                      // the thread's layout, before it is grabbed
        lkk::test::screenshot(&queue, u"operator-queue"_s);

        // Taken from the keyboard (Ctrl+T): in progress, the operator's.
        queue.view()->setFocus();
        QTest::keyClick(queue.view(), Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            !queue.isBusy() &&
                queue.model()->appeals().at(queue.model()->indexOfAppeal(appealId).row()).appeal.status ==
                    AppealStatus::InProgress,
            timeoutMs);
        QVERIFY(queue.customerLabel()->text().contains(u"Смирнов"_s)); // the demo operator has it

        // An empty answer is refused in the form; then text and a PDF, sent with Ctrl+Enter.
        QTest::keyClick(queue.view(), Qt::Key_Return); // Enter in the list: to the answer
        QCOMPARE(QApplication::focusWidget(), queue.answerEdit());
        QTest::keyClick(queue.answerEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(child<QLabel>(&queue, u"answerError"_s)->isVisible());
        const QString answer = u"Здравствуйте! Начисление пересчитано по показаниям. Акт сверки во вложении."_s;
        queue.answerEdit()->setPlainText(answer); // keyClicks types Latin-1 only
        Dialogs::setNextFileName(act.fileName());
        queue.answerAttachments()->addButton()->click();
        QCOMPARE(queue.answerAttachments()->attachments().size(), 1);
        queue.answerEdit()->setFocus();
        QTest::keyClick(queue.answerEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy() && queue.answerEdit()->toPlainText().isEmpty(), timeoutMs);
        const AppealMessage& sent = queue.threadView()->model()->message(queue.threadView()->model()->rowCount() - 1);
        QCOMPARE(sent.author, AppealMessage::Author::Operator);
        QCOMPARE(sent.text, answer);
        QCOMPARE(sent.attachments.size(), 1);
        QCOMPARE(sent.attachments.at(0).fileName, u"Акт сверки.pdf"_s);
        QVERIFY(queue.answerAttachments()->attachments().isEmpty());
        QCoreApplication::processEvents();
        lkk::test::screenshot(&queue, u"operator-queue-answered"_s);

        // Everything in the reading order from the keyboard alone.
        QApplication::setActiveWindow(&queue);
        QTRY_VERIFY(queue.isActiveWindow());
        const QStringList walk = lkk::test::tabWalk(queue.countButton(AppealStatus::New));
        const QStringList expected{u"queueCount_new"_s,      u"queueCount_in_progress"_s, u"queueCount_answered"_s,
                                   u"queueCount_closed"_s,   u"queueStatusFilter"_s,      u"queueProviderFilter"_s,
                                   u"queueTopicFilter"_s,    u"queueAgeFilter"_s,         u"queueAssigneeFilter"_s,
                                   u"queueReloadButton"_s,   u"appealsQueueList"_s,       u"takeAppealButton"_s,
                                   u"requeueAppealButton"_s, u"closeQueuedAppealButton"_s};
        QCOMPARE(walk.mid(0, expected.size()), expected);
        QVERIFY2(walk.contains(u"openAttachmentButton"_s) && walk.contains(u"answerEdit"_s) &&
                     walk.contains(u"sendAnswerButton"_s) && !walk.contains(u"<stuck>"_s),
                 qPrintable(walk.join(u", "_s)));
        QVERIFY(walk.indexOf(u"openAttachmentButton"_s) < walk.indexOf(u"answerEdit"_s));
        QVERIFY(walk.indexOf(u"answerEdit"_s) < walk.indexOf(u"sendAnswerButton"_s));

        // The customer has it, unread.
        const auto seen = m_server->get(u"/api/v1/appeals/%1"_s.arg(appealId), m_demo);
        QCOMPARE(seen.status, 200);
        QCOMPARE(seen.json.value(u"status"_s).toString(), u"answered"_s);
        QVERIFY(seen.json.value(u"unread"_s).toBool());
        const QJsonArray messages = seen.json.value(u"messages"_s).toArray();
        const QJsonObject last = messages.at(messages.size() - 1).toObject();
        QCOMPARE(last.value(u"text"_s).toString(), answer);
        QCOMPARE(last.value(u"attachments"_s).toArray().at(0).toObject().value(u"fileName"_s).toString(),
                 u"Акт сверки.pdf"_s);

        // Closed: counted, nothing more can be answered; reopened; back to the queue.
        queue.closeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy() && !queue.isLoading() && queue.reopenButton()->isVisible(), timeoutMs);
        QCOMPARE(queue.model()->appeals().at(queue.model()->indexOfAppeal(appealId).row()).appeal.status,
                 AppealStatus::Closed);
        QVERIFY(!queue.answerEdit()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(queue.count(AppealStatus::Closed), closedBefore + 1, timeoutMs);
        queue.reopenButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy() && queue.closeButton()->isVisible(), timeoutMs);
        QVERIFY(queue.answerEdit()->isEnabled());
        queue.requeueButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy() && !queue.requeueButton()->isEnabled(), timeoutMs);
        QCOMPARE(m_server->get(u"/api/v1/operator/appeals/%1"_s.arg(appealId), m_operator)
                     .json.value(u"status"_s)
                     .toString(),
                 u"new"_s);
        QVERIFY(!queue.customerLabel()->text().contains(u"Смирнов"_s)); // nobody has it now
    }

    void accessJournalShowsTheContactCentre() {
        // An operator dictates a reading by phone for the demo customer (the operator's API).
        const QString& operatorToken = m_operator;
        const qint64 demoId = m_server->scalar(u"SELECT id FROM users WHERE email = 'demo@lkk.example'"_s);
        const QString readings = u"/api/v1/operator/customers/%1/accounts/%2/readings"_s.arg(demoId).arg(m_epd);
        const auto form = m_server->get(readings + u"/form"_s, operatorToken);
        QCOMPARE(form.status, 200);
        qint64 meter = 0;
        for (const auto& m : form.json.value(u"meters"_s).toArray()) {
            if (m.toObject().value(u"number"_s).toString() == u"517480"_s)
                meter = m.toObject().value(u"id"_s).toInteger();
        }
        QVERIFY(meter > 0);
        const QString reason = u"клиент продиктовал по телефону"_s;
        const auto submitted =
            m_server->post(readings, operatorToken,
                           QJsonObject{{u"submissionId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                       {u"meterId"_s, meter},
                                       {u"values"_s, QJsonObject{{u"T1"_s, u"233,5"_s}}},
                                       {u"reason"_s, reason}});
        QVERIFY2(submitted.status == 201, submitted.body.constData());

        // The customer: Профиль → «Журнал доступа».
        UiCore core(m_server->process().url(), m_server->process().caFile());
        QSignalSpy signedIn(&core.controller, &LoginController::signedIn);
        core.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, false, {});
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, timeoutMs);
        ProfileDialog profile(&core.session);
        profile.show();
        QVERIFY(profile.accessJournalButton()->isVisible());
        profile.accessJournalButton()->click();
        AccessJournalDialog* journal = profile.accessJournal();
        QVERIFY(journal);
        QTRY_VERIFY_WITH_TIMEOUT(!journal->isLoading() && journal->model()->rowCount() > 0, timeoutMs);
        const AccessJournalEntry& newest = journal->model()->entry(0);
        QCOMPARE(newest.action, u"reading_submit"_s);
        QCOMPARE(newest.reason, reason);
        QCOMPARE(newest.accountNumber, u"100103492"_s);
        const QString sentence = AccessJournalModel::sentence(newest);
        QVERIFY2(sentence.contains(u"Оператор контакт-центра передал показания по счётчику № 517480: «клиент "
                                   u"продиктовал по телефону»"_s),
                 qPrintable(sentence));
        QVERIFY(sentence.startsWith(newest.at.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s)));
        QCOMPARE(journal->model()->index(0).data(AccessJournalModel::ReasonRole).toString(), reason);
        QCOMPARE(journal->model()->index(0).data().toString(), sentence);
        bool viewed = false; // the reading form the operator opened is there too
        for (int row = 0; row < journal->model()->rowCount(); ++row) {
            const AccessJournalEntry& e = journal->model()->entry(row);
            viewed = viewed || e.action == u"readings_view"_s;
            for (const QString& secret : {u"Смирнов"_s, u"operator@"_s})
                QVERIFY2(!e.text.contains(secret) && !e.reason.contains(secret), qPrintable(e.text));
        }
        QVERIFY(viewed);
        QVERIFY(!journal->isEmptyStateShown());
        QVERIFY(journal->statusText().contains(QString::number(journal->model()->total())));
        lkk::test::screenshot(journal, u"access-journal"_s);

        // A customer the contact centre never served: the empty state.
        UiCore second(m_server->process().url(), m_server->process().caFile());
        QSignalSpy secondIn(&second.controller, &LoginController::signedIn);
        second.controller.signIn(u"second@lkk.example"_s, u"Second1234"_s, false, {});
        QTRY_COMPARE_WITH_TIMEOUT(secondIn.count(), 1, timeoutMs);
        AccessJournalDialog empty(&second.session);
        empty.show();
        QTRY_VERIFY_WITH_TIMEOUT(!empty.isLoading(), timeoutMs);
        QCOMPARE(empty.model()->rowCount(), 0);
        QVERIFY(empty.isEmptyStateShown());
        QVERIFY(!empty.moreButton()->isVisible());
        lkk::test::screenshot(&empty, u"access-journal-empty"_s);
    }

    void operatorsHaveNoJournal() {
        UiCore core(m_server->process().url(), m_server->process().caFile());
        QVERIFY(signInOperator(core));
        ProfileDialog profile(&core.session);
        profile.show();
        QVERIFY(!profile.accessJournalButton()->isVisible());
    }
};

QTEST_MAIN(TestContactCentre)
#include "tst_contact_centre_e2e.moc"
