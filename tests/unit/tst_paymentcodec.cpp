// The payment wire format: parsing the payments list, the payment form and orders
// strictly, encoding order requests (integer kopecks, nulls), the operations' requests (the
// Idempotency-Key header really leaves ApiClient), and PaymentsModel as a tree.
#include "app/payments/PaymentOperations.h"
#include "app/payments/PaymentsCodec.h"
#include "app/payments/PaymentsModel.h"
#include "tests/unit/AccountsFixtures.h"
#include "tests/unit/ModelAlignment.h"
#include "tests/unit/PaymentFixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;
using namespace lkk::test::payments;
using lkk::test::FakeNetwork;

class TestPaymentCodec : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesPayments() {
        const auto result = json::parsePayments(compact(paymentsJson()));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const auto& list = result.value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).provider, u"ООО «ЗТК»"_s);
        QCOMPARE(list.at(0).subAccount, u"878100103492"_s);
        QCOMPARE(list.at(0).payments.size(), 2);
        QCOMPARE(list.at(0).payments.at(0).date, QDate(2026, 11, 6));
        QCOMPARE(list.at(0).payments.at(0).amount.kopecks(), 100);
        QCOMPARE(list.at(0).payments.at(0).status, PaymentRecord::Status::Processing);
        QCOMPARE(list.at(0).payments.at(0).orderId, u"ord-1"_s);
        QCOMPARE(list.at(0).payments.at(1).status, PaymentRecord::Status::Credited);
        QVERIFY(list.at(0).payments.at(1).orderId.isEmpty());
        QVERIFY(list.at(1).payments.isEmpty());
    }

    void rejectsMalformedPayments_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mention");
        QTest::newRow("not json") << QByteArray("{") << u"invalid JSON"_s;
        QTest::newRow("no list") << QByteArray("{}") << u"subAccounts"_s;
        QTest::newRow("fractional amount")
            << QByteArray(R"({"subAccounts":[{"providerId":1,"provider":"A","subAccount":"1","payments":[)"
                          R"({"id":"x","date":"2026-11-06","amount":1.5,"status":"credited"}]}]})")
            << u"subAccounts[0].payments[0].amount"_s;
        QTest::newRow("string amount")
            << QByteArray(R"({"subAccounts":[{"providerId":1,"provider":"A","subAccount":"1","payments":[)"
                          R"({"id":"x","date":"2026-11-06","amount":"100","status":"credited"}]}]})")
            << u"amount"_s;
        QTest::newRow("bad status")
            << QByteArray(R"({"subAccounts":[{"providerId":1,"provider":"A","subAccount":"1","payments":[)"
                          R"({"id":"x","date":"2026-11-06","amount":1,"status":"done"}]}]})")
            << u"status"_s;
        QTest::newRow("bad date")
            << QByteArray(R"({"subAccounts":[{"providerId":1,"provider":"A","subAccount":"1","payments":[)"
                          R"({"id":"x","date":"06.11.2026","amount":1,"status":"credited"}]}]})")
            << u"date"_s;
    }
    void rejectsMalformedPayments() {
        QFETCH(QByteArray, body);
        QFETCH(QString, mention);
        const auto result = json::parsePayments(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Protocol);
        QVERIFY2(result.error().message.contains(mention), qPrintable(result.error().message));
    }

    void parsesForm() {
        const auto result = json::parsePaymentForm(compact(formJson()));
        QVERIFY(result.ok());
        const PaymentFormData& form = result.value();
        QCOMPARE(form.address, u"Ласточкина ул., д.13, кв.11"_s);
        QCOMPARE(form.maxOrderTotal.kopecks(), 50000000);
        QCOMPARE(form.rulesUrl, QUrl(u"https://lkk.example/payment-rules"_s));
        QCOMPARE(form.items.size(), 2);
        QCOMPARE(form.items.at(0).title, u"Услуга по сбору ДС за ЖКУ ООО «ЗТК»"_s);
        QCOMPARE(form.items.at(0).due.kopecks(), 4785887);
        QJsonObject noPhone = formJson();
        noPhone.insert("phone"_L1, u""_s);
        QVERIFY(json::parsePaymentForm(compact(noPhone)).value().phone.isEmpty());
        QJsonObject badDue = formJson();
        QJsonArray items = badDue.value("items"_L1).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert("due"_L1, 47858.87);
        items.replace(0, first);
        badDue.insert("items"_L1, items);
        const auto bad = json::parsePaymentForm(compact(badDue));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(u"items[0].due"_s));
    }

    void parsesOrders() {
        const auto pending = json::parsePaymentOrder(compact(orderJson(u"o1"_s, u"pending"_s)));
        QVERIFY(pending.ok());
        QCOMPARE(pending.value().status, PaymentOrder::Status::Pending);
        QVERIFY(!pending.value().isFinal());
        QCOMPARE(pending.value().total.kopecks(), 4785887);
        QCOMPARE(pending.value().paymentUrl, QUrl(u"https://lkk.example/sandbox/pay/o1"_s));
        QCOMPARE(pending.value().expiresAt, QDateTime(QDate(2026, 11, 26), QTime(10, 15), Qt::UTC));
        QVERIFY(!pending.value().paidAt.isValid());
        QCOMPARE(pending.value().items.at(0).provider, u"ООО «ЗТК»"_s);

        const auto declined = json::parsePaymentOrder(compact(orderJson(u"o2"_s, u"declined"_s)));
        QCOMPARE(declined.value().status, PaymentOrder::Status::Declined);
        QVERIFY(declined.value().isFinal());
        QCOMPARE(declined.value().declineReason, u"Недостаточно средств"_s);
        const auto paid = json::parsePaymentOrder(compact(orderJson(u"o3"_s, u"paid"_s)));
        QVERIFY(paid.value().paidAt.isValid());

        for (const char* status : {"processing", "expired", "cancelled"})
            QVERIFY(json::parsePaymentOrder(compact(orderJson(u"x"_s, QString::fromLatin1(status)))).ok());
        QVERIFY(!json::parsePaymentOrder(compact(orderJson(u"x"_s, u"refunded"_s))).ok());
        QJsonObject noUrl = orderJson(u"x"_s, u"pending"_s);
        noUrl.remove("paymentUrl"_L1);
        QVERIFY(!json::parsePaymentOrder(compact(noUrl)).ok());
    }

    void encodesOrderRequest() {
        PaymentOrderRequest request;
        request.items = {{u"878100103492"_s, Money::fromKopecks(4785887)}, {u"879100103492"_s, Money()}};
        request.receiptEmail = u"a@b.ru"_s;
        request.consent = true;
        const QJsonObject o = QJsonDocument::fromJson(json::encodePaymentOrderRequest(request)).object();
        QCOMPARE(o.value("consent"_L1), QJsonValue(true));
        QCOMPARE(o.value("receiptEmail"_L1).toString(), u"a@b.ru"_s);
        QVERIFY(o.value("receiptPhone"_L1).isNull());
        const QJsonArray items = o.value("items"_L1).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value("amount"_L1).toInteger(), 4785887);
        QCOMPARE(items.at(1).toObject().value("amount"_L1).toInteger(), 0);
        // The raw text has integer kopecks, no decimal point anywhere.
        QVERIFY(json::encodePaymentOrderRequest(request).contains("\"amount\":4785887"));
        QCOMPARE(json::paymentOrderRequestFromJson(o), (std::optional<PaymentOrderRequest>(request)));
    }

    void operationsRequests() {
        GetPaymentsOperation list{1, QDate(2025, 12, 1), QDate(2026, 11, 26)};
        QCOMPARE(list.request().path, u"/accounts/1/payments"_s);
        QCOMPARE(list.request().query, u"from=2025-12-01&to=2026-11-26"_s);
        QVERIFY((GetPaymentsOperation{1, {}, {}}.request().query.isEmpty()));
        QCOMPARE(GetPaymentFormOperation{7}.request().path, u"/accounts/7/payment-form"_s);
        const ApiRequest create = CreatePaymentOrderOperation{3, u"key-12345678"_s, {}}.request();
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(create.path, u"/accounts/3/payment-orders"_s);
        QCOMPARE(create.headers.size(), 1);
        QCOMPARE(create.headers.at(0).first, QByteArray("Idempotency-Key"));
        QCOMPARE(create.headers.at(0).second, QByteArray("key-12345678"));
        QCOMPARE(GetPaymentOrderOperation{u"ab/../c"_s}.request().path, u"/payment-orders/ab%2F..%2Fc"_s);
        QCOMPARE(CancelPaymentOrderOperation{u"o1"_s}.request().path, u"/payment-orders/o1/cancel"_s);
    }

    // ApiClient sends ApiRequest::headers as given, after (and without disturbing) its own.
    void apiClientSendsExtraHeaders() {
        FakeNetwork net;
        net.route("POST", u"/api/v1/accounts/1/payment-orders"_s, [](const FakeNetwork::Request&) {
            return FakeNetwork::Response::json(201, compact(orderJson(u"o1"_s, u"pending"_s)));
        });
        ApiClient api(&net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        PaymentOrderRequest order;
        order.items = {{u"878100103492"_s, Money::fromKopecks(100)}};
        order.consent = true;
        std::optional<Result<PaymentOrder>> got;
        QObject context;
        api.call(CreatePaymentOrderOperation{1, u"0b5c2f4e-1d2a-4c1b-9a55-2a1e0c9d7f10"_s, order}, u"T"_s, &context,
                 [&](Result<PaymentOrder> r) { got = std::move(r); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(got->value().id, u"o1"_s);
        const auto sent = net.requestsTo(u"/api/v1/accounts/1/payment-orders"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).header("Idempotency-Key"), QByteArray("0b5c2f4e-1d2a-4c1b-9a55-2a1e0c9d7f10"));
        QCOMPARE(sent.at(0).header("Authorization"), QByteArray("Bearer T"));
        QCOMPARE(sent.at(0).header("Accept"), QByteArray("application/json"));
        QVERIFY(sent.at(0).body.contains("\"consent\":true"));
        // Other requests carry no such header.
        api.call(GetPaymentFormOperation{1}, u"T"_s, &context, [](Result<PaymentFormData>) {});
        QTRY_COMPARE(net.requests().size(), 2);
        QVERIFY(net.requests().at(1).header("Idempotency-Key").isEmpty());
    }

    void modelIsATree() {
        PaymentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSubAccounts(json::parsePayments(compact(paymentsJson())).value());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.paymentCount(), 2);
        const QModelIndex ztk = model.index(0, 0);
        QCOMPARE(model.rowCount(ztk), 2);
        QCOMPARE(model.data(ztk).toString(), u"ООО «ЗТК»\nAccount No. 878100103492"_s);
        QCOMPARE(model.data(ztk, PaymentsModel::SubAccountRole).toString(), u"878100103492"_s);
        QCOMPARE(model.data(ztk, PaymentsModel::KindRole).toInt(), int(PaymentsModel::SubAccountRow));
        QCOMPARE(model.data(model.index(0, PaymentsModel::AmountColumn)).toString(), u"15\u00A0001,00\u00A0руб."_s);
        // «Сумма» stands right-aligned over its right-aligned amounts.
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(lkk::test::horizontalAlignment(model.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole)),
                     lkk::test::horizontalAlignment(model.index(0, column).data(Qt::TextAlignmentRole)));
        const QModelIndex first = model.index(0, 0, ztk);
        QCOMPARE(first.parent(), ztk);
        QCOMPARE(model.data(first).toString(), u"06.11.2026"_s);
        QCOMPARE(model.data(model.index(0, PaymentsModel::AmountColumn, ztk)).toString(), u"1,00\u00A0руб."_s);
        QCOMPARE(model.data(model.index(0, PaymentsModel::StatusColumn, ztk)).toString(), u"Processing"_s);
        QCOMPARE(model.data(model.index(1, PaymentsModel::StatusColumn, ztk)).toString(), u"Credited"_s);
        QCOMPARE(model.data(first, PaymentsModel::AmountRole).toLongLong(), 100);
        QCOMPARE(model.data(first, PaymentsModel::DateRole).toDate(), QDate(2026, 11, 6));
        QCOMPARE(model.data(first, PaymentsModel::OrderIdRole).toString(), u"ord-1"_s);
        const QModelIndex vvk = model.index(1, 0);
        QCOMPARE(model.rowCount(vvk), 0);
        QCOMPARE(model.data(model.index(1, PaymentsModel::StatusColumn)).toString(), u"No payments in this period"_s);
        // Payment rows have no children, and out-of-range indexes are invalid.
        QCOMPARE(model.rowCount(first), 0);
        QVERIFY(!model.index(5, 0).isValid());
        QVERIFY(!model.index(2, 0, ztk).isValid());
        model.setSubAccounts({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPaymentCodec)
#include "tst_paymentcodec.moc"
