// Paying against the real lkk-server (--demo --environment test) over HTTPS, through the client
// core as the «Оплата» page drives it: the payment form of the ЕПД account, an order with an
// Idempotency-Key kept in a draft, the sandbox bank page driven over HTTP with a test card
// (trusting only the server's CA), the tracker following the order to paid, the new rows in the
// payments list and the account's toPay reduced; the decline card; and a lost answer resent with
// the SAME key making one order. SQLite, and PostgreSQL when LKK_TEST_BACKEND=postgres.
#include "app/accounts/AccountsStore.h"
#include "app/api/ApiClient.h"
#include "app/api/ApiOperations.h"
#include "app/payments/PaymentController.h"
#include "app/payments/PaymentForm.h"
#include "app/payments/PaymentOperations.h"
#include "app/payments/PaymentsCodec.h"
#include "app/session/Session.h"
#include "tests/support/RunOperation.h"
#include "tests/support/SignedInClient.h"

#include <QBuffer>
#include <QDate>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lkk;
using lkk::test::runOp;
using Stage = PaymentController::Stage;

namespace {

constexpr int timeoutMs = 20000;

// A network that loses the answer of the first order creation: the request reaches the server
// (which makes the order), but the client is handed a reply that fails as if the connection had
// dropped. The real answer is kept for the test to look at.
class LossyNetwork : public QNetworkAccessManager {
public:
    int toLose = 1;
    QPointer<QNetworkReply> lostReply;
    QByteArray lostBody;
    bool lostFinished = false;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override {
        if (toLose > 0 && request.url().path().endsWith("/payment-orders"_L1) &&
            request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() == "POST") {
            --toLose;
            // The body device belongs to the reply the client is handed (Qt parents the buffer it
            // makes for a QByteArray body to that reply), and the dead reply below dies at once.
            // Qt reads an upload lazily, so the real request must read from a copy of its own.
            auto* body = new QBuffer;
            body->setData(data ? data->readAll() : QByteArray());
            body->open(QIODevice::ReadOnly);
            QNetworkReply* real = QNetworkAccessManager::createRequest(op, request, body);
            body->setParent(real);
            lostReply = real;
            connect(real, &QNetworkReply::finished, this, [this, real] {
                lostBody = real->readAll();
                lostFinished = true;
                real->deleteLater();
            });
            // What the client gets: a connection to a port nobody listens on.
            QNetworkRequest dead(QUrl(u"https://127.0.0.1:9/lost"_s));
            return QNetworkAccessManager::createRequest(QNetworkAccessManager::GetOperation, dead, nullptr);
        }
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

class TestPayFlow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_client.start(&error), qPrintable(error));
        const auto epd = runOp(m_client.session, GetAccountOperation{m_client.accountId(u"100103492"_s)});
        QVERIFY2(epd.ok(), qPrintable(epd.ok() ? QString() : epd.error().message));
        m_epd = epd.value();
    }

    void cleanupTestCase() { m_client.server.stop(); }

    void payWithTheSuccessCard() {
        QTemporaryDir drafts;
        PaymentDraftStore store(drafts.path());
        PaymentController controller(&m_client.session, &store);
        QList<QUrl> opened;
        controller.setUrlOpener([&](const QUrl& url) {
            opened << url;
            return true;
        });
        QSignalSpy loaded(&controller, &PaymentController::formLoaded);
        QSignalSpy failed(&controller, &PaymentController::submitFailed);
        QSignalSpy finished(&controller, &PaymentController::finished);
        controller.start(m_epd.id);
        QVERIFY(loaded.wait(timeoutMs));
        const PaymentFormData form = *controller.form();
        QCOMPARE(form.items.size(), 6); // the ЕПД's six providers
        QCOMPARE(form.email, u"demo@lkk.example"_s);
        QVERIFY(form.maxOrderTotal.kopecks() > 0);
        QVERIFY(form.rulesUrl.isValid());

        // The page's form: 100,50 to the first sub-account, nothing to the others.
        PaymentForm page(form);
        for (int i = 0; i < page.itemCount(); ++i)
            page.setAmountText(i, i == 0 ? u"100,50"_s : u"0"_s);
        page.setConsent(true);
        QVERIFY(page.isValid());
        const QString subAccount = form.items.at(0).subAccount;
        const qint64 toPayBefore = accountToPay();

        controller.pay(page.toRequest());
        QTRY_COMPARE_WITH_TIMEOUT(controller.stage(), Stage::Waiting, timeoutMs);
        QVERIFY(failed.isEmpty());
        QCOMPARE(opened.size(), 1);
        const PaymentOrder order = controller.tracker()->order();
        QCOMPARE(order.total.kopecks(), 10050);
        QCOMPARE(opened.at(0), order.paymentUrl);
        QVERIFY(store.load(m_epd.id)); // the draft lives until the order is final

        // The "browser": the bank page, then the card.
        QCOMPARE(sandbox(order.paymentUrl, {}), 200);
        QCOMPARE(sandbox(order.paymentUrl, u"4111111111111111"_s), 200);

        m_client.clock.advance(controller.tracker()->pollInterval()); // the tracker asks again
        QVERIFY(finished.wait(timeoutMs));
        QCOMPARE(controller.tracker()->order().status, PaymentOrder::Status::Paid);
        QVERIFY(!store.load(m_epd.id));

        // The new row in «Оплаты», and the account's toPay reduced by the payment.
        const QDate today = QDate::currentDate();
        const auto payments =
            runOp(m_client.session, GetPaymentsOperation{m_epd.id, today.addDays(-370), today.addDays(370)});
        QVERIFY2(payments.ok(), qPrintable(payments.ok() ? QString() : payments.error().message));
        bool found = false;
        for (const SubAccountPayments& s : payments.value())
            for (const PaymentRecord& p : s.payments)
                if (p.orderId == order.id) {
                    QCOMPARE(s.subAccount, subAccount);
                    QCOMPARE(p.amount.kopecks(), 10050);
                    found = true;
                }
        QVERIFY(found);
        QCOMPARE(accountToPay(), toPayBefore - 10050);
    }

    void theDeclineCard() {
        QTemporaryDir drafts;
        PaymentDraftStore store(drafts.path());
        PaymentController controller(&m_client.session, &store);
        controller.setUrlOpener([](const QUrl&) { return true; });
        QSignalSpy loaded(&controller, &PaymentController::formLoaded);
        QSignalSpy finished(&controller, &PaymentController::finished);
        controller.start(m_epd.id);
        QVERIFY(loaded.wait(timeoutMs));
        PaymentForm page(*controller.form());
        for (int i = 0; i < page.itemCount(); ++i)
            page.setAmountText(i, i == 1 ? u"10"_s : u"0"_s);
        page.setConsent(true);
        controller.pay(page.toRequest());
        QTRY_COMPARE_WITH_TIMEOUT(controller.stage(), Stage::Waiting, timeoutMs);
        QCOMPARE(sandbox(controller.tracker()->order().paymentUrl, u"4000000000000002"_s), 200);
        m_client.clock.advance(controller.tracker()->pollInterval());
        QVERIFY(finished.wait(timeoutMs));
        const PaymentOrder order = controller.tracker()->order();
        QCOMPARE(order.status, PaymentOrder::Status::Declined);
        QVERIFY(!order.declineReason.isEmpty());
        QVERIFY(!store.load(m_epd.id));
    }

    void lostAnswerResentWithTheSameKey() {
        LossyNetwork lossy;
        ApiClient api(&lossy);
        api.setTimeout(5s);
        QVERIFY(!api.setServer(m_client.server.process().url().toString(), m_client.server.process().caFile()));
        Session session(&api, m_client.clock); // no poll unless the test moves the clock
        LoginResult login;
        login.tokens = m_client.session.tokens();
        login.user = m_client.session.user();
        session.start(login);

        QTemporaryDir drafts;
        PaymentDraftStore store(drafts.path());
        PaymentController controller(&session, &store);
        controller.setUrlOpener([](const QUrl&) { return true; });
        QSignalSpy loaded(&controller, &PaymentController::formLoaded);
        QSignalSpy failed(&controller, &PaymentController::submitFailed);
        controller.start(m_epd.id);
        QVERIFY(loaded.wait(timeoutMs));
        PaymentForm page(*controller.form());
        for (int i = 0; i < page.itemCount(); ++i)
            page.setAmountText(i, i == 2 ? u"1"_s : u"0"_s);
        page.setConsent(true);
        controller.pay(page.toRequest());
        QVERIFY(failed.wait(timeoutMs)); // the client saw a network failure…
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Network);
        QTRY_VERIFY_WITH_TIMEOUT(lossy.lostFinished, timeoutMs); // …but the server made the order
        const auto lost = json::parsePaymentOrder(lossy.lostBody);
        QVERIFY2(lost.ok(), lossy.lostBody.constData());
        QVERIFY(store.load(m_epd.id)->orderId.isEmpty());

        controller.pay(page.toRequest()); // «Оплатить» again
        QTRY_COMPARE_WITH_TIMEOUT(controller.stage(), Stage::Waiting, timeoutMs);
        QCOMPARE(controller.tracker()->order().id, lost.value().id); // one order, not two
        controller.cancel();
        QSignalSpy finished(&controller, &PaymentController::finished);
        QVERIFY(finished.wait(timeoutMs));
        QCOMPARE(controller.tracker()->order().status, PaymentOrder::Status::Cancelled);
    }

private:
    qint64 accountToPay() {
        const auto account = runOp(m_client.session, GetAccountOperation{m_epd.id});
        return account.ok() ? account.value().toPay.kopecks() : -1;
    }

    // GET (empty card) or POST the sandbox form; returns the HTTP status.
    int sandbox(const QUrl& url, const QString& card) {
        QNetworkRequest request(url);
        request.setSslConfiguration(m_client.server.ssl());
        QNetworkReply* reply = nullptr;
        if (card.isEmpty()) {
            reply = m_nam.get(request);
        } else {
            QUrlQuery form;
            form.addQueryItem(u"card"_s, card);
            form.addQueryItem(u"expiry"_s, QDate::currentDate().addYears(2).toString(u"MM/yy"_s));
            form.addQueryItem(u"cvc"_s, u"123"_s);
            form.addQueryItem(u"action"_s, u"pay"_s);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            reply = m_nam.post(request, form.toString(QUrl::FullyEncoded).toLatin1());
        }
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status != 200)
            qWarning() << "sandbox answered" << status << body.left(400);
        reply->deleteLater();
        return status;
    }

    QTemporaryDir m_home;
    lkk::test::SignedInClient m_client;
    QNetworkAccessManager m_nam;
    AccountSummary m_epd;
};

QTEST_GUILESS_MAIN(TestPayFlow)
#include "tst_payflow.moc"
