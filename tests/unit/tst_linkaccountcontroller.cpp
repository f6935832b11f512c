// LinkAccountController against a fake server: local checks with the server's rule and texts,
// not found / already linked, the questions, wrong answers with attempts left, the lock with its
// local time, an expired challenge, success (the account lands in the store, selected), cancel.
#include "app/accounts/AccountsStore.h"
#include "app/accounts/LinkAccountController.h"
#include "tests/unit/AccountsFixtures.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace lkk;
using namespace lkk::test::accounts;
using lkk::test::FakeNetwork;
using Field = LinkAccountController::Field;
using Stage = LinkAccountController::Stage;

namespace {

const QDateTime lockEnd(QDate(2026, 11, 27), QTime(14, 5), Qt::UTC);

// The link endpoints: 100207815 is linkable (code 221972, total 11 991,49), 100103492 is already
// linked, anything else is unknown. Five wrong answers lock.
struct FakeLinkServer : FakeAccountsServer {
    int attemptsLeft = 5;
    bool challengeExpired = false;
    int challenges = 0;
    QJsonObject lastStart;
    QJsonObject lastConfirm;

    FakeLinkServer() {
        net.route("POST", u"/api/v1/accounts/link"_s, [this](const FakeNetwork::Request& r) {
            lastStart = QJsonDocument::fromJson(r.body).object();
            const QString number = lastStart.value("number"_L1).toString();
            if (attemptsLeft == 0)
                return locked();
            if (number == "100103492"_L1)
                return delayed(Response::apiError(409, errc::accountAlreadyLinked,
                                                  u"Этот лицевой счёт уже добавлен в личный кабинет."_s, "number"));
            if (number != "100207815"_L1)
                return delayed(Response::apiError(404, errc::accountNotFound,
                                                  u"Лицевой счёт с таким номером не найден."_s, "number"));
            ++challenges;
            return delayed(
                Response::json(200, toJson(challengeJson(u"ch-"_s + QString::number(challenges), attemptsLeft))));
        });
        net.route("POST", u"/api/v1/accounts/link/confirm"_s, [this](const FakeNetwork::Request& r) {
            lastConfirm = QJsonDocument::fromJson(r.body).object();
            if (challengeExpired ||
                lastConfirm.value("challengeId"_L1).toString() != u"ch-"_s + QString::number(challenges))
                return delayed(Response::apiError(404, errc::linkChallengeNotFound,
                                                  u"Проверка устарела. Начните добавление счёта заново."_s));
            if (attemptsLeft == 0)
                return locked();
            const QString q = lastConfirm.value("question"_L1).toString();
            const QString a = lastConfirm.value("answer"_L1).toString();
            const bool right = (q == "link_code"_L1 && a == "221972"_L1) ||
                               (q == "total_to_pay"_L1 && Money::parse(a) == Money::fromKopecks(1199149));
            if (!right) {
                --attemptsLeft;
                if (attemptsLeft == 0)
                    return locked();
                return delayed(errorWithDetails(422, errc::wrongAnswer, u"Ответ неверный."_s, "answer",
                                                QJsonObject{{"attemptsLeft"_L1, attemptsLeft}}));
            }
            QJsonObject account = unlinkedEpd();
            account.insert("relation"_L1, lastStart.value("relation"_L1));
            linked.append(account);
            return delayed(Response::json(201, toJson(account)));
        });
    }
    Response locked() const {
        return delayed(errorWithDetails(429, errc::linkLocked, u"Слишком много неверных ответов. Повторите позже."_s,
                                        {}, QJsonObject{{"lockedUntil"_L1, u"2026-11-27T14:05:00Z"_s}}));
    }
};

struct Fixture {
    FakeLinkServer server;
    SignedIn client{&server.net};
    AccountsStore store{&client.session};
    LinkAccountController controller{&client.session, &store};
};

} // namespace

class TestLinkAccountController : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // The lock time is shown in local time: pin the zone of the utility's customers
        // (Asia/Tomsk).
        qputenv("TZ", "Asia/Tomsk");
        tzset();
    }

    void numberValidation_data() {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << u"This field is required."_s;
        QTest::newRow("blank") << u"  "_s << u"This field is required."_s;
        QTest::newRow("letters") << u"10010349a"_s << u"The account number may contain only digits."_s;
        QTest::newRow("short") << u"12345"_s << u"The account number must have 6 to 15 digits."_s;
        QTest::newRow("long") << u"1234567890123456"_s << u"The account number must have 6 to 15 digits."_s;
        QTest::newRow("ok") << u"100 207 815"_s << QString();
    }
    void numberValidation() {
        QFETCH(QString, number);
        QFETCH(QString, message);
        Fixture f;
        QString text = u"stale"_s;
        QCOMPARE(f.controller.validateNumber(number, &text), message.isEmpty() ? Field::None : Field::Number);
        QCOMPARE(text, message);
        if (message.isEmpty())
            return;
        // start() refuses the same way and sends nothing.
        QSignalSpy failed(&f.controller, &LinkAccountController::failed);
        f.controller.start(number, Relation::Owner);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Field>(), Field::Number);
        QCOMPARE(failed.at(0).at(1).toString(), message);
        QCOMPARE(f.server.net.requests().size(), 0);
        QCOMPARE(f.controller.stage(), Stage::EnterNumber);
    }

    void answerValidation_data() {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no question") << QString() << u"1"_s << Field::Question << u"Choose a control question."_s;
        QTest::newRow("empty") << u"link_code"_s << u" "_s << Field::Answer << u"This field is required."_s;
        QTest::newRow("code letters") << u"link_code"_s << u"22197a"_s << Field::Answer
                                      << u"The code may contain only digits."_s;
        QTest::newRow("code ok") << u"link_code"_s << u" 221972 "_s << Field::None << QString();
        QTest::newRow("amount x") << u"total_to_pay"_s << u"1234.5x"_s << Field::Answer
                                  << u"Enter the amount as on the bill, for example 1234,56."_s;
        QTest::newRow("amount 3 decimals") << u"total_to_pay"_s << u"1234.567"_s << Field::Answer
                                           << u"Enter the amount to the kopeck: at most two digits after the comma."_s;
        QTest::newRow("amount comma") << u"total_to_pay"_s << u"11 991,49"_s << Field::None << QString();
        QTest::newRow("amount dot") << u"total_to_pay"_s << u"11991.49"_s << Field::None << QString();
    }
    void answerValidation() {
        QFETCH(QString, question);
        QFETCH(QString, answer);
        QFETCH(Field, field);
        QFETCH(QString, message);
        Fixture f;
        QString text;
        QCOMPARE(f.controller.validateAnswer(question, answer, &text), field);
        QCOMPARE(text, message);
    }

    void notFoundAndAlreadyLinked() {
        Fixture f;
        QSignalSpy failed(&f.controller, &LinkAccountController::failed);
        QSignalSpy busy(&f.controller, &LinkAccountController::busyChanged);
        f.controller.start(u"999999"_s, Relation::Owner);
        QVERIFY(f.controller.isBusy());
        QCOMPARE(f.controller.stage(), Stage::Starting);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Field>(), Field::Number);
        QCOMPARE(failed.at(0).at(1).toString(), u"Лицевой счёт с таким номером не найден."_s);
        QCOMPARE(f.controller.stage(), Stage::EnterNumber);
        QVERIFY(!f.controller.isBusy());
        QCOMPARE(busy.size(), 2);

        f.controller.start(u"100103492"_s, Relation::Owner);
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(0).value<Field>(), Field::Number);
        QCOMPARE(failed.at(1).at(1).toString(), u"Этот лицевой счёт уже добавлен в личный кабинет."_s);
    }

    void networkErrorGoesToBanner() {
        FakeAccountsServer down;
        down.net.route("POST", u"/api/v1/accounts/link"_s, [](const FakeNetwork::Request&) {
            return Response::failure(QNetworkReply::ConnectionRefusedError, u"Connection refused"_s);
        });
        SignedIn client(&down.net);
        AccountsStore store(&client.session);
        LinkAccountController controller(&client.session, &store);
        QSignalSpy failed(&controller, &LinkAccountController::failed);
        controller.start(u"100207815"_s, Relation::Owner);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Field>(), Field::Banner);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QCOMPARE(controller.stage(), Stage::EnterNumber);
    }

    void wrongAnswersThenLock() {
        Fixture f;
        QSignalSpy questions(&f.controller, &LinkAccountController::questionsReady);
        QSignalSpy wrong(&f.controller, &LinkAccountController::wrongAnswer);
        QSignalSpy locked(&f.controller, &LinkAccountController::locked);
        QSignalSpy linked(&f.controller, &LinkAccountController::linked);
        f.controller.start(u" 100 207 815 "_s, Relation::Tenant);
        QTRY_COMPARE(questions.size(), 1);
        // The number went out normalized, with the relation's wire name.
        QCOMPARE(f.server.lastStart.value("number"_L1).toString(), u"100207815"_s);
        QCOMPARE(f.server.lastStart.value("relation"_L1).toString(), u"tenant"_s);
        QCOMPARE(f.controller.stage(), Stage::Answering);
        QCOMPARE(f.controller.challenge().questions.size(), 2);
        QCOMPARE(f.controller.attemptsLeft(), 5);
        const auto challenge = questions.at(0).at(0).value<LinkChallenge>();
        QCOMPARE(challenge.questions.at(0).id, u"link_code"_s);

        for (int left = 4; left >= 1; --left) {
            f.controller.confirm(u"link_code"_s, u"111111"_s);
            QVERIFY(f.controller.isBusy());
            QTRY_COMPARE(wrong.size(), 5 - left);
            QCOMPARE(wrong.last().at(1).toInt(), left);
            QCOMPARE(wrong.last().at(0).toString(), u"The answer is wrong. Attempts left: %1."_s.arg(left));
            QCOMPARE(f.controller.attemptsLeft(), left);
            QCOMPARE(f.controller.stage(), Stage::Answering);
        }
        QCOMPARE(f.server.lastConfirm.value("challengeId"_L1).toString(), u"ch-1"_s);

        f.controller.confirm(u"total_to_pay"_s, u"1,00"_s);
        QTRY_COMPARE(locked.size(), 1);
        QCOMPARE(wrong.size(), 4);
        QCOMPARE(f.controller.stage(), Stage::Locked);
        QCOMPARE(locked.at(0).at(1).toDateTime(), lockEnd);
        QCOMPARE(f.controller.lockedUntil(), lockEnd);
        // 14:05 UTC is 21:05 in Tomsk (UTC+7): the client shows local time.
        QCOMPARE(locked.at(0).at(0).toString(), u"Too many attempts. Try again after 27.11.2026 21:05"_s);
        QCOMPARE(LinkAccountController::lockMessage(lockEnd), locked.at(0).at(0).toString());

        // Confirming while locked does nothing; starting again is refused with the lock.
        const int sent = static_cast<int>(f.server.net.requests().size());
        f.controller.confirm(u"link_code"_s, u"221972"_s);
        QCOMPARE(f.server.net.requests().size(), sent);
        f.controller.start(u"100207815"_s, Relation::Owner);
        QTRY_COMPARE(locked.size(), 2);
        QCOMPARE(f.controller.stage(), Stage::Locked);
        QCOMPARE(linked.size(), 0);
        QVERIFY(f.store.accounts().isEmpty());
    }

    void expiredChallengeStartsAgain() {
        Fixture f;
        QSignalSpy questions(&f.controller, &LinkAccountController::questionsReady);
        QSignalSpy expired(&f.controller, &LinkAccountController::challengeExpired);
        f.controller.start(u"100207815"_s, Relation::Owner);
        QTRY_COMPARE(questions.size(), 1);
        f.server.challengeExpired = true;
        f.controller.confirm(u"link_code"_s, u"221972"_s);
        QTRY_COMPARE(expired.size(), 1);
        QCOMPARE(expired.at(0).at(0).toString(), u"Проверка устарела. Начните добавление счёта заново."_s);
        QCOMPARE(f.controller.stage(), Stage::EnterNumber);
        QVERIFY(f.controller.challenge().challengeId.isEmpty());

        f.server.challengeExpired = false;
        f.controller.start(u"100207815"_s, Relation::Owner);
        QTRY_COMPARE(questions.size(), 2);
        QCOMPARE(f.controller.challenge().challengeId, u"ch-2"_s);
    }

    void successLinksAndSelects() {
        Fixture f;
        f.store.refresh();
        QTRY_COMPARE(f.store.accounts().size(), 3);
        QSignalSpy questions(&f.controller, &LinkAccountController::questionsReady);
        QSignalSpy linked(&f.controller, &LinkAccountController::linked);
        QSignalSpy failed(&f.controller, &LinkAccountController::failed);
        f.controller.start(u"100207815"_s, Relation::Family);
        QTRY_COMPARE(questions.size(), 1);

        // A malformed amount is refused locally, the dialog stays.
        f.controller.confirm(u"total_to_pay"_s, u"11991.5x"_s);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Field>(), Field::Answer);
        QCOMPARE(f.controller.stage(), Stage::Answering);

        f.controller.confirm(u"total_to_pay"_s, u"11 991,49"_s);
        QTRY_COMPARE(linked.size(), 1);
        QCOMPARE(f.server.lastConfirm.value("answer"_L1).toString(), u"11 991,49"_s);
        const auto account = linked.at(0).at(0).value<AccountSummary>();
        QCOMPARE(account.id, 4);
        QCOMPARE(account.number, u"100207815"_s);
        QCOMPARE(account.relation, Relation::Family);
        QCOMPARE(f.controller.stage(), Stage::Linked);
        QCOMPARE(f.store.accounts().size(), 4);
        QCOMPARE(f.store.currentAccountId(), 4);
        QCOMPARE(failed.size(), 1);
    }

    void cancelDropsTheRunningRequest() {
        Fixture f;
        f.server.delayMs = 50;
        QSignalSpy questions(&f.controller, &LinkAccountController::questionsReady);
        QSignalSpy stage(&f.controller, &LinkAccountController::stageChanged);
        f.controller.start(u"100207815"_s, Relation::Owner);
        f.controller.cancel();
        QCOMPARE(f.controller.stage(), Stage::EnterNumber);
        QVERIFY(!f.controller.isBusy());
        QTest::qWait(150);
        QCOMPARE(questions.size(), 0);
        QCOMPARE(stage.size(), 2); // Starting, back to EnterNumber
    }

    void relationTexts() {
        QCOMPARE(LinkAccountController::relationText(Relation::Owner), u"Owner"_s);
        QCOMPARE(LinkAccountController::relationText(Relation::Tenant), u"Tenant"_s);
        QCOMPARE(LinkAccountController::relationText(Relation::Family), u"Owner's family member"_s);
        QCOMPARE(LinkAccountController::relationText(Relation::Representative), u"Legal representative"_s);
        QCOMPARE(LinkAccountController::relationText(Relation::Other), u"Other"_s);
    }
};

QTEST_GUILESS_MAIN(TestLinkAccountController)
#include "tst_linkaccountcontroller.moc"
