// The customer's «Журнал доступа» against the real lkk-server, on SQLite and PostgreSQL: an
// operator's reading on the customer's behalf (the operator's API) is in Профиль → «Журнал
// доступа», with its reason and without the operator's name; a customer nobody served sees the
// empty journal; an operator's profile has no journal.
#include "app/registration/AccessJournal.h"
#include "tests/support/ApiTestServer.h"
#include "tests/support/TotpCode.h"
#include "tests/ui/Screenshot.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/Theme.h"
#include "ui/registration/AccessJournalDialog.h"
#include "ui/registration/ProfileDialog.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QUuid>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::ApiTestServer;
using lkk::test::TotpCode;
using lkk::test::UiCore;

namespace {

constexpr int timeoutMs = 30000; // server round trips on a busy machine
// 12:00 on 24 November 2026 in Tomsk: the readings window 15-25 is open.
const QDateTime kNoon24th = QDateTime::fromString(u"2026-11-24T05:00:00Z"_s, Qt::ISODate);
const QString demoOperatorSecret = u"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"_s; // published: server/DemoSetup.h

} // namespace

class TestContactCentre : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;
    QString m_demo;     // the demo customer's token
    QString m_operator; // the demo operator's token (API); the client signs in on later code steps
    qint64 m_epd = 0;   // 100103492
    QTranslator m_translator;

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

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QStandardPaths::setTestModeEnabled(true);
        if (!qEnvironmentVariableIsEmpty("LKK_SCREENSHOT_DIR")) {
            applyLightTheme(*qApp);
            const QString qm = qEnvironmentVariable("LKK_SCREENSHOT_QM");
            if (!qm.isEmpty() && m_translator.load(qm))
                QCoreApplication::installTranslator(&m_translator);
        }
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
        QCOMPARE(journal->model()->index(0, AccessJournalModel::Reason).data().toString(), reason);
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
