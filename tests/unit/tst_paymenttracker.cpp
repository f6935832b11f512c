// Following and making payment orders against a fake server: the tracker's state machine (polls
// until a final state, backs off while the network fails, cancel and its refusal, an unknown
// order), the controller's draft and Idempotency-Key (the same key after a lost answer and after
// a "restart", a new key for a new request, the draft gone once the order is final), and
// PaymentDraftStore's files.
#include "app/payments/PaymentController.h"
#include "app/payments/PaymentDraftStore.h"
#include "app/payments/PaymentOrderTracker.h"
#include "app/payments/PaymentsCodec.h"
#include "shared/ErrorCodes.h"
#include "tests/unit/AccountsFixtures.h"
#include "tests/unit/PaymentFixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>

#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lkk;
using namespace lkk::test::payments;
using lkk::test::FakeNetwork;
using lkk::test::accounts::SignedIn;
using Response = FakeNetwork::Response;
using State = PaymentOrderTracker::State;
using Stage = PaymentController::Stage;

namespace {

// A fake order endpoint whose answers the test scripts: a queue of statuses (the last repeats).
struct FakeOrders {
    FakeNetwork net;
    QStringList statuses{u"pending"_s};
    int failuresLeft = 0; // the next N polls fail at the transport level
    int delayMs = 0;      // every order answer takes this long
    Response cancelResponse = Response::json(200, compact(orderJson(u"o1"_s, u"cancelled"_s)));
    FakeOrders() {
        net.route("GET", u"/api/v1/payment-orders/o1"_s, [this](const FakeNetwork::Request&) {
            if (failuresLeft > 0) {
                --failuresLeft;
                return Response::failure(QNetworkReply::ConnectionRefusedError, u"Connection refused"_s);
            }
            const QString status = statuses.size() > 1 ? statuses.takeFirst() : statuses.first();
            Response r = Response::json(200, compact(orderJson(u"o1"_s, status)));
            r.delayMs = delayMs;
            return r;
        });
        net.route("POST", u"/api/v1/payment-orders/o1/cancel"_s,
                  [this](const FakeNetwork::Request&) { return cancelResponse; });
    }
};

PaymentOrder pendingOrder() {
    return json::parsePaymentOrder(compact(orderJson(u"o1"_s, u"pending"_s))).value();
}

// Every request sent so far has had its answer.
bool answered(const FakeNetwork& net) {
    return QTest::qWaitFor([&] { return net.openReplies() == 0; });
}

} // namespace

class TestPaymentTracker : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pollsUntilPaid() {
        FakeOrders f;
        f.statuses = {u"pending"_s, u"processing"_s, u"paid"_s};
        SignedIn client(&f.net);
        PaymentOrderTracker tracker(&client.session);
        QCOMPARE(tracker.pollInterval(), 2000ms);
        QSignalSpy finished(&tracker, &PaymentOrderTracker::finished);
        QSignalSpy changed(&tracker, &PaymentOrderTracker::orderChanged);
        tracker.track(pendingOrder());
        QCOMPARE(tracker.state(), State::Waiting);
        for (int polls = 1; polls <= 3; ++polls) { // one poll per interval
            client.clock.advance(2s - 1ms);
            QCOMPARE(f.net.count(u"/api/v1/payment-orders/o1"_s), polls - 1);
            client.clock.advance(1ms);
            QCOMPARE(f.net.count(u"/api/v1/payment-orders/o1"_s), polls);
            QVERIFY(answered(f.net));
        }
        QCOMPARE(finished.size(), 1);
        QCOMPARE(tracker.state(), State::Finished);
        QCOMPARE(tracker.order().status, PaymentOrder::Status::Paid);
        QVERIFY(changed.size() >= 2); // processing, paid
        // Final: no more polling.
        client.clock.advance(1h);
        QCOMPARE(f.net.count(u"/api/v1/payment-orders/o1"_s), 3);
        for (const auto& r : f.net.requests())
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer A0"));
    }

    void finalStatesEndTracking_data() {
        QTest::addColumn<QString>("status");
        QTest::newRow("declined") << u"declined"_s;
        QTest::newRow("expired") << u"expired"_s;
        QTest::newRow("cancelled") << u"cancelled"_s;
    }
    void finalStatesEndTracking() {
        QFETCH(QString, status);
        FakeOrders f;
        f.statuses = {u"pending"_s, status};
        SignedIn client(&f.net);
        PaymentOrderTracker tracker(&client.session);
        QSignalSpy finished(&tracker, &PaymentOrderTracker::finished);
        tracker.track(pendingOrder());
        for (int polls = 1; polls <= 2; ++polls) {
            client.clock.advance(tracker.pollInterval());
            QVERIFY(answered(f.net));
        }
        QCOMPARE(finished.size(), 1);
        QCOMPARE(orderStatusToWire(tracker.order().status), status);
        if (status == "declined"_L1)
            QCOMPARE(tracker.order().declineReason, u"Недостаточно средств"_s);
    }

    void backsOffOnNetworkErrors() {
        FakeOrders f;
        f.failuresLeft = 3;
        f.statuses = {u"paid"_s};
        SignedIn client(&f.net);
        PaymentOrderTracker tracker(&client.session);
        tracker.setMaxBackoff(10s);
        QSignalSpy failed(&tracker, &PaymentOrderTracker::pollFailed);
        QSignalSpy finished(&tracker, &PaymentOrderTracker::finished);
        tracker.track(pendingOrder());
        client.clock.advance(2s); // the first poll, after the interval
        QVERIFY(answered(f.net));
        // Then after 4 s, 8 s, and capped at 10 s: the next poll comes exactly then.
        const std::chrono::milliseconds backoff[] = {4s, 8s, 10s};
        for (int i = 0; i < 3; ++i) {
            client.clock.advance(backoff[i] - 1ms);
            QCOMPARE(f.net.count(u"/api/v1/payment-orders/o1"_s), i + 1);
            client.clock.advance(1ms);
            QCOMPARE(f.net.count(u"/api/v1/payment-orders/o1"_s), i + 2);
            QVERIFY(answered(f.net));
        }
        QCOMPARE(finished.size(), 1);
        QCOMPARE(failed.size(), 3);
        QCOMPARE(failed.at(0).at(1).value<std::chrono::milliseconds>(), 4000ms);
        QCOMPARE(failed.at(1).at(1).value<std::chrono::milliseconds>(), 8000ms);
        QCOMPARE(failed.at(2).at(1).value<std::chrono::milliseconds>(), 10000ms);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Network);
        QCOMPARE(tracker.nextPollDelay(), 2000ms); // back to normal after a success
        QCOMPARE(tracker.order().status, PaymentOrder::Status::Paid);
    }

    void cancelWhilePending() {
        FakeOrders f;
        SignedIn client(&f.net);
        PaymentOrderTracker tracker(&client.session);
        QSignalSpy finished(&tracker, &PaymentOrderTracker::finished);
        tracker.track(pendingOrder());
        tracker.cancel();
        QCOMPARE(tracker.state(), State::Cancelling);
        QVERIFY(finished.wait(3000));
        QCOMPARE(tracker.order().status, PaymentOrder::Status::Cancelled);
        QCOMPARE(f.net.count(u"/api/v1/payment-orders/o1/cancel"_s), 1);
        QCOMPARE(f.net.count(u"/api/v1/payment-orders/o1"_s), 0); // the clock stood still: no poll
    }

    void cancelRefusedKeepsFollowing() {
        FakeOrders f;
        f.statuses = {u"paid"_s};
        f.cancelResponse = Response::apiError(409, errc::orderNotCancellable, u"Too late"_s);
        SignedIn client(&f.net);
        PaymentOrderTracker tracker(&client.session); // the clock stands still: the refusal polls at once
        QSignalSpy cancelFailed(&tracker, &PaymentOrderTracker::cancelFailed);
        QSignalSpy finished(&tracker, &PaymentOrderTracker::finished);
        tracker.track(pendingOrder());
        tracker.cancel();
        QVERIFY(cancelFailed.wait(3000));
        QVERIFY(cancelFailed.at(0).at(0).value<ApiError>().is(errc::orderNotCancellable));
        QVERIFY(finished.wait(3000));
        QCOMPARE(tracker.order().status, PaymentOrder::Status::Paid);
    }

    void unknownOrderIsLost() {
        FakeNetwork net; // no route: 404 not_found
        SignedIn client(&net);
        PaymentOrderTracker tracker(&client.session);
        QSignalSpy lost(&tracker, &PaymentOrderTracker::lost);
        tracker.trackId(u"nope"_s);
        QVERIFY(lost.wait(3000));
        QCOMPARE(tracker.state(), State::Lost);
    }

    void stopDropsAnswersInFlight() {
        FakeOrders f;
        f.statuses = {u"paid"_s};
        f.delayMs = 30;
        SignedIn client(&f.net);
        PaymentOrderTracker tracker(&client.session);
        QSignalSpy finished(&tracker, &PaymentOrderTracker::finished);
        tracker.trackId(u"o1"_s);
        QTRY_COMPARE(f.net.count(u"/api/v1/payment-orders/o1"_s), 1);
        tracker.stop(); // the answer is still on its way
        QVERIFY(answered(f.net));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(tracker.state(), State::Idle);
    }

    void draftStoreRoundTripAndScopes() {
        QTemporaryDir dir;
        PaymentDraftStore store(dir.path());
        store.setScope(u"https://a.example"_s, 1);
        QVERIFY(!store.load(1));
        PaymentDraft draft;
        draft.accountId = 1;
        draft.idempotencyKey = PaymentDraftStore::newIdempotencyKey();
        QCOMPARE(draft.idempotencyKey.size(), 36);
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9-]{8,64}$"_s).match(draft.idempotencyKey).hasMatch());
        QVERIFY(draft.idempotencyKey != PaymentDraftStore::newIdempotencyKey());
        draft.request.items = {{u"878100103492"_s, Money::fromKopecks(4785887)}};
        draft.request.receiptEmail = u"a@b.ru"_s;
        draft.request.consent = true;
        const mode_t umaskBefore = ::umask(022); // the usual umask: the store must not rely on it
        QVERIFY(store.save(draft));
        ::umask(umaskBefore);
        // The draft (account, amounts, receipt address) is readable by its owner only.
        for (QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QFileInfo file(it.next());
            QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                           QFileDevice::WriteOther),
                     QFileDevice::Permissions());
        }
        const auto loaded = store.load(1);
        QVERIFY(loaded);
        QCOMPARE(loaded->idempotencyKey, draft.idempotencyKey);
        QCOMPARE(loaded->request, draft.request);
        QVERIFY(loaded->orderId.isEmpty());
        QVERIFY(loaded->savedAt.isValid());
        // Another user or another server does not see it; another account neither.
        PaymentDraftStore other(dir.path());
        other.setScope(u"https://a.example"_s, 2);
        QVERIFY(!other.load(1));
        other.setScope(u"https://b.example"_s, 1);
        QVERIFY(!other.load(1));
        QVERIFY(!store.load(2));
        // A damaged file is ignored, not trusted.
        QFile damaged(store.filePath(1));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"accountId\":1,\"request\":{\"items\":[{\"amount\":1.5}]}}");
        damaged.close();
        QVERIFY(!store.load(1));
        store.remove(1);
        QVERIFY(!QFile::exists(store.filePath(1)));
    }

    // The whole controller: form, order with a key kept in the draft, a lost answer resent with
    // the SAME key, the bank page opened, paid, draft gone.
    void controllerResendsWithTheSameKey() {
        QTemporaryDir dir;
        FakeNetwork net;
        net.route("GET", u"/api/v1/accounts/1/payment-form"_s,
                  [](const FakeNetwork::Request&) { return Response::json(200, compact(formJson())); });
        int creates = 0;
        QSet<QByteArray> keys;
        net.route("POST", u"/api/v1/accounts/1/payment-orders"_s, [&](const FakeNetwork::Request& r) {
            keys.insert(r.header("Idempotency-Key"));
            if (++creates == 1) // the first answer is lost on the way
                return Response::failure(QNetworkReply::RemoteHostClosedError, u"Connection closed"_s);
            return Response::json(200, compact(orderJson(u"o1"_s, u"pending"_s)));
        });
        QStringList statuses{u"pending"_s, u"paid"_s};
        net.route("GET", u"/api/v1/payment-orders/o1"_s, [&](const FakeNetwork::Request&) {
            const QString s = statuses.size() > 1 ? statuses.takeFirst() : statuses.first();
            return Response::json(200, compact(orderJson(u"o1"_s, s)));
        });
        SignedIn client(&net);
        PaymentDraftStore drafts(dir.path());
        PaymentController controller(&client.session, &drafts);
        QList<QUrl> opened;
        controller.setUrlOpener([&](const QUrl& url) {
            opened << url;
            return true;
        });
        QSignalSpy formLoaded(&controller, &PaymentController::formLoaded);
        QSignalSpy submitFailed(&controller, &PaymentController::submitFailed);
        QSignalSpy finished(&controller, &PaymentController::finished);

        controller.start(1);
        QCOMPARE(controller.stage(), Stage::LoadingForm);
        QVERIFY(formLoaded.wait(3000));
        QCOMPARE(controller.stage(), Stage::Ready);
        QCOMPARE(controller.form()->items.size(), 2);

        PaymentOrderRequest request;
        request.items = {{u"878100103492"_s, Money::fromKopecks(4785887)}, {u"879100103492"_s, Money()}};
        request.receiptEmail = u"demo@lkk.example"_s;
        request.consent = true;
        controller.pay(request);
        QCOMPARE(controller.stage(), Stage::Submitting);
        QVERIFY(submitFailed.wait(3000));
        QCOMPARE(controller.stage(), Stage::Ready);
        const auto draft = drafts.load(1);
        QVERIFY(draft);
        QVERIFY(!draft->idempotencyKey.isEmpty());
        QVERIFY(draft->orderId.isEmpty());
        QVERIFY(opened.isEmpty());

        controller.pay(request); // «Оплатить» again: same request, same key
        QTRY_COMPARE(controller.stage(), Stage::Waiting);
        QCOMPARE(creates, 2);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(*keys.begin(), draft->idempotencyKey.toLatin1());
        QCOMPARE(drafts.load(1)->orderId, u"o1"_s); // the draft knows the order now
        QCOMPARE(opened, QList<QUrl>{QUrl(u"https://lkk.example/sandbox/pay/o1"_s)});

        for (int polls = 1; polls <= 2; ++polls) { // pending, paid
            client.clock.advance(controller.tracker()->pollInterval());
            QVERIFY(answered(net));
        }
        QCOMPARE(finished.size(), 1);
        QCOMPARE(controller.stage(), Stage::Finished);
        QCOMPARE(finished.at(0).at(0).value<PaymentOrder>().status, PaymentOrder::Status::Paid);
        QVERIFY(!drafts.load(1)); // final: the draft is gone
    }

    void controllerNewKeyForANewRequestAndAfterRefusal() {
        QTemporaryDir dir;
        FakeNetwork net;
        net.route("GET", u"/api/v1/accounts/1/payment-form"_s,
                  [](const FakeNetwork::Request&) { return Response::json(200, compact(formJson())); });
        QList<QByteArray> keys;
        int calls = 0;
        net.route("POST", u"/api/v1/accounts/1/payment-orders"_s, [&](const FakeNetwork::Request& r) {
            keys << r.header("Idempotency-Key");
            ++calls;
            if (calls == 1)
                return Response::failure(QNetworkReply::TimeoutError, u"timeout"_s);
            return Response::apiError(400, "validation_failed", u"Bad e-mail"_s, "receiptEmail");
        });
        SignedIn client(&net);
        PaymentDraftStore drafts(dir.path());
        PaymentController controller(&client.session, &drafts);
        controller.setUrlOpener([](const QUrl&) { return true; });
        QSignalSpy formLoaded(&controller, &PaymentController::formLoaded);
        QSignalSpy failed(&controller, &PaymentController::submitFailed);
        controller.start(1);
        QVERIFY(formLoaded.wait(3000));
        PaymentOrderRequest a;
        a.items = {{u"878100103492"_s, Money::fromKopecks(100)}};
        a.receiptEmail = u"demo@lkk.example"_s;
        a.consent = true;
        controller.pay(a);
        QVERIFY(failed.wait(3000));
        PaymentOrderRequest b = a;
        b.items[0].amount = Money::fromKopecks(200); // changed the amount: a different payment
        controller.pay(b);
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(0).value<ApiError>().field, u"receiptEmail"_s);
        QVERIFY(keys.at(0) != keys.at(1));
        // Refused for sure: the draft keeps the request but not the key.
        QVERIFY(drafts.load(1)->idempotencyKey.isEmpty());
        controller.pay(b);
        QTRY_COMPARE(failed.size(), 3);
        QCOMPARE(keys.size(), 3);
        QVERIFY(keys.at(2) != keys.at(1));
    }

    // A restart between creating the order and its end: the next start resumes following it.
    void controllerResumesAnOrderFromTheDraft() {
        QTemporaryDir dir;
        FakeOrders f;
        f.statuses = {u"processing"_s, u"paid"_s};
        f.net.route("GET", u"/api/v1/accounts/1/payment-form"_s,
                    [](const FakeNetwork::Request&) { return Response::json(200, compact(formJson())); });
        SignedIn client(&f.net);
        PaymentDraftStore drafts(dir.path());
        {
            PaymentDraftStore scoped(dir.path());
            scoped.setScope(client.api.endpoint().root().toString(), 1); // as the controller does
            PaymentDraft draft;
            draft.accountId = 1;
            draft.idempotencyKey = u"abcdefgh-1234"_s;
            draft.orderId = u"o1"_s;
            draft.request.items = {{u"878100103492"_s, Money::fromKopecks(4785887)}};
            draft.request.receiptEmail = u"demo@lkk.example"_s;
            draft.request.consent = true;
            QVERIFY(scoped.save(draft));
        }
        PaymentController controller(&client.session, &drafts);
        QSignalSpy finished(&controller, &PaymentController::finished);
        controller.start(1);
        QVERIFY(controller.draft());
        QCOMPARE(controller.draft()->orderId, u"o1"_s);
        QTRY_COMPARE(f.net.count(u"/api/v1/payment-orders/o1"_s), 1); // at once: processing
        QVERIFY(answered(f.net));
        client.clock.advance(controller.tracker()->pollInterval()); // paid
        QVERIFY(finished.wait(3000));
        QCOMPARE(controller.tracker()->order().status, PaymentOrder::Status::Paid);
        QCOMPARE(f.net.count(u"/api/v1/accounts/1/payment-orders"_s), 0); // nothing created again
        QVERIFY(!drafts.load(1));
    }
};

QTEST_GUILESS_MAIN(TestPaymentTracker)
#include "tst_paymenttracker.moc"
