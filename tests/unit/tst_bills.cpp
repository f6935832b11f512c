// Bills in the client core: the JSON codec on the contract's payload (the demo ЕПД account), its
// strictness, the request of GET /accounts/{id}/bills, and BillsModel under QAbstractItemModelTester
// in both views («Общая информация», «Детализация по услугам»: docs/domain.md §4.3).
#include "app/bills/BillsCodec.h"
#include "app/bills/BillsModel.h"
#include "app/bills/BillsOperations.h"
#include "tests/unit/BillsFixtures.h"
#include "tests/unit/ModelAlignment.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;

namespace {

const QString nbsp = u"\u00a0"_s;

BillList demo() {
    auto result = json::parseBills(test::bills::demoBillsJson());
    if (!result)
        qFatal("fixture does not parse: %s", qPrintable(result.error().message));
    return result.value();
}

// The children's captions and values of `parent`.
QStringList rows(const QAbstractItemModel& model, const QModelIndex& parent) {
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, 0, parent).data().toString() + u" = "_s + model.index(r, 1, parent).data().toString();
    return out;
}

QModelIndex childByCaption(const QAbstractItemModel& model, const QModelIndex& parent, const QString& caption) {
    for (int r = 0; r < model.rowCount(parent); ++r) {
        if (model.index(r, 0, parent).data().toString() == caption)
            return model.index(r, 0, parent);
    }
    return {};
}

QByteArray withChange(const std::function<void(QJsonObject&)>& change) {
    QJsonObject root = QJsonDocument::fromJson(test::bills::demoBillsJson()).object();
    change(root);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestBills : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesTheContract() {
        const BillList list = demo();
        QCOMPARE(list.account.number, u"100103492"_s);
        QCOMPARE(list.account.kind, u"epd"_s);
        QCOMPARE(list.account.owner, u"Иванова Мария Петровна"_s);
        QVERIFY(list.account.address.startsWith(u"634583, Томская обл."_s));
        QCOMPARE(list.account.linkCode, u"249248"_s);
        QCOMPARE(list.bills.size(), 2);
        const Bill& nov = list.bills.first();
        QCOMPARE(nov.period, QDate(2026, 11, 1));
        QCOMPARE(nov.totalToPay, 12629498);
        QCOMPARE(nov.providers.size(), 6);
        const BillProvider& ztk = nov.providers.first();
        QCOMPARE(ztk.name, u"ООО «ЗТК»"_s);
        QCOMPARE(ztk.inn, u"7049586928"_s);
        QCOMPARE(ztk.kpp, u"701701001"_s);
        QCOMPARE(ztk.bic, u"046902606"_s);
        QCOMPARE(ztk.settlementAccount, u"40702810660300539428"_s);
        QCOMPARE(ztk.correspondentAccount, u"30101810800000000606"_s);
        QCOMPARE(ztk.subAccount, u"878100103492"_s);
        QCOMPARE(ztk.figures.totalToPay, 6958278);
        const BillService& heat = ztk.services.first();
        QCOMPARE(heat.quantity, u"0.0280"_s);
        QCOMPARE(heat.factor, u"60.6"_s);
        QCOMPARE(heat.tariff, std::optional<qint64>(341537));
        QCOMPARE(heat.pricePerUnit, std::optional<qint64>(9563));
        const BillService& other = nov.providers.at(1).services.first();
        QVERIFY(!other.tariff);
        QVERIFY(other.quantity.isEmpty());
        QCOMPARE(other.figures.totalToPay, -238);
    }

    // docs/domain.md §4 on every provider and bill of the fixture: the client shows them as sent,
    // and they add up.
    void figuresAddUp() {
        for (const Bill& bill : demo().bills) {
            qint64 sum = 0;
            for (const BillProvider& p : bill.providers) {
                const BillFigures& f = p.figures;
                QCOMPARE(f.debtStart - f.paid + f.charged + f.socialSupport + f.adjustments, f.debtEnd);
                QCOMPARE(f.debtEnd + f.penalties, f.totalToPay);
                sum += f.totalToPay;
            }
            QCOMPARE(sum, bill.totalToPay);
        }
    }

    void rejectsBadPayloads_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("<html>") << u"JSON"_s;
        QTest::newRow("no bills") << withChange([](QJsonObject& o) { o.remove("bills"_L1); }) << u"bills"_s;
        QTest::newRow("no account") << withChange([](QJsonObject& o) { o.remove("account"_L1); }) << u"account"_s;
        QTest::newRow("fractional kopecks") << withChange([](QJsonObject& o) {
            QJsonArray bills = o.value("bills"_L1).toArray();
            QJsonObject b = bills.at(0).toObject();
            b.insert("totalToPay"_L1, 1.5);
            bills.replace(0, b);
            o.insert("bills"_L1, bills);
        }) << u"bills[0].totalToPay"_s;
        QTest::newRow("bad period") << withChange([](QJsonObject& o) {
            QJsonArray bills = o.value("bills"_L1).toArray();
            QJsonObject b = bills.at(1).toObject();
            b.insert("period"_L1, u"2026-13-01"_s);
            bills.replace(1, b);
            o.insert("bills"_L1, bills);
        }) << u"bills[1].period"_s;
        QTest::newRow("string amount in a service") << withChange([](QJsonObject& o) {
            QJsonArray bills = o.value("bills"_L1).toArray();
            QJsonObject b = bills.at(0).toObject();
            QJsonArray providers = b.value("providers"_L1).toArray();
            QJsonObject p = providers.at(3).toObject();
            QJsonArray services = p.value("services"_L1).toArray();
            QJsonObject s = services.at(2).toObject();
            s.insert("charged"_L1, u"100"_s);
            services.replace(2, s);
            p.insert("services"_L1, services);
            providers.replace(3, p);
            b.insert("providers"_L1, providers);
            bills.replace(0, b);
            o.insert("bills"_L1, bills);
        }) << u"bills[0].providers[3].services[2].charged"_s;
        QTest::newRow("bic missing") << withChange([](QJsonObject& o) {
            QJsonArray bills = o.value("bills"_L1).toArray();
            QJsonObject b = bills.at(0).toObject();
            QJsonArray providers = b.value("providers"_L1).toArray();
            QJsonObject p = providers.at(2).toObject();
            p.remove("bic"_L1);
            providers.replace(2, p);
            b.insert("providers"_L1, providers);
            bills.replace(0, b);
            o.insert("bills"_L1, bills);
        }) << u"bills[0].providers[2].bic"_s;
        QTest::newRow("bad quantity") << withChange([](QJsonObject& o) {
            QJsonArray bills = o.value("bills"_L1).toArray();
            QJsonObject b = bills.at(0).toObject();
            QJsonArray providers = b.value("providers"_L1).toArray();
            QJsonObject p = providers.at(0).toObject();
            QJsonArray services = p.value("services"_L1).toArray();
            QJsonObject s = services.at(0).toObject();
            s.insert("quantity"_L1, u"0,028"_s);
            services.replace(0, s);
            p.insert("services"_L1, services);
            providers.replace(0, p);
            b.insert("providers"_L1, providers);
            bills.replace(0, b);
            o.insert("bills"_L1, bills);
        }) << u"quantity"_s;
    }
    void rejectsBadPayloads() {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto result = json::parseBills(body);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Protocol);
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    }

    void emptyListIsFine() {
        const auto result = json::parseBills(R"({"account":{"number":"7012045318","kind":"electricity"},"bills":[]})");
        QVERIFY(result);
        QVERIFY(result.value().bills.isEmpty());
    }

    void request() {
        GetBillsOperation op;
        op.accountId = 42;
        ApiRequest r = op.request();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, u"/accounts/42/bills"_s);
        QVERIFY(r.query.isEmpty());
        op.from = QDate(2026, 9, 1);
        op.to = QDate(2026, 11, 26);
        QCOMPARE(op.request().query, u"from=2026-09&to=2026-11"_s);
    }

    void modelGeneralView() {
        BillsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setBillList(demo());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QVERIFY(model.index(0, 2).data().toString().isEmpty());
        // «Сумма» stands right-aligned over its right-aligned amounts.
        for (int column = 0; column < 2; ++column)
            QCOMPARE(lkk::test::horizontalAlignment(model.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole)),
                     lkk::test::horizontalAlignment(model.index(0, column).data(Qt::TextAlignmentRole)));
        QCOMPARE(lkk::test::horizontalAlignment(
                     model.headerData(BillsModel::ValueColumn, Qt::Horizontal, Qt::TextAlignmentRole)),
                 Qt::AlignRight);
        const QModelIndex nov = model.index(0, 0);
        QCOMPARE(nov.data().toString(), u"November 2026"_s);
        QCOMPARE(model.index(0, 1).data().toString(), u"126" + nbsp + u"294,98" + nbsp + u"руб."_s);
        QCOMPARE(nov.data(BillsModel::KindRole).toInt(), int(BillsModel::Kind::Period));
        QCOMPARE(nov.data(BillsModel::PeriodRole).toDate(), QDate(2026, 11, 1));
        QCOMPARE(nov.data(BillsModel::AmountRole).toLongLong(), 12629498);
        QCOMPARE(model.index(1, 0).data().toString(), u"October 2026"_s);
        QCOMPARE(model.periodIndex(QDate(2026, 10, 1)), model.index(1, 0));
        QVERIFY(!model.periodIndex(QDate(2020, 1, 1)).isValid());
        QCOMPARE(model.billAt(1)->period, QDate(2026, 10, 1));
        QVERIFY(!model.billAt(2));

        QCOMPARE(model.rowCount(nov), 6);
        const QModelIndex vvk = model.index(1, 0, nov);
        QCOMPARE(vvk.data().toString(), u"ООО «ВВК»"_s);
        QCOMPARE(model.index(1, 1, nov).data().toString(), u"-2,38" + nbsp + u"руб."_s); // an overpayment, as billed
        QCOMPARE(vvk.data(BillsModel::KindRole).toInt(), int(BillsModel::Kind::Provider));
        QCOMPARE(vvk.data(BillsModel::ProviderIndexRole).toInt(), 1);

        // «Общая информация»: the debt at start includes the penalties (docs/domain.md §4.3).
        const QModelIndex okt = model.index(3, 0, nov);
        QCOMPARE(okt.data().toString(), u"МУП ЖКХ «Октябрьское»"_s);
        QCOMPARE(rows(model, okt), (QStringList{
                                       u"Debt at the start of the period = 50" + nbsp + u"192,45" + nbsp + u"руб."_s,
                                       u"Paid = 0,00" + nbsp + u"руб."_s,
                                       u"Charged = 856,50" + nbsp + u"руб."_s,
                                       u"Total to pay = 51" + nbsp + u"048,95" + nbsp + u"руб."_s,
                                       u"Including penalties = 11" + nbsp + u"348,73" + nbsp + u"руб."_s,
                                   }));
        QCOMPARE(model.rowCount(model.index(0, 0, okt)), 0);
        QCOMPARE(model.rowCount(model.index(3, 1, nov)), 0); // only column 0 has children
    }

    void modelDetailView() {
        BillsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBillList(demo());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setView(BillsModel::View::Detail);
        model.setView(BillsModel::View::Detail); // no second reset for the same view
        QCOMPARE(reset.size(), 1);
        const QModelIndex nov = model.index(0, 0);
        const QModelIndex okt = model.index(3, 0, nov);
        // The provider's own block («Детализация по услугам») then its three services.
        QCOMPARE(model.rowCount(okt), 7 + 3);
        QCOMPARE(model.index(0, 1, okt).data().toString(), u"38" + nbsp + u"843,72" + nbsp + u"руб."_s);
        QCOMPARE(model.index(3, 0, okt).data().toString(), u"Social support"_s);
        QCOMPARE(model.index(5, 0, okt).data().toString(), u"Debt at the end of the period"_s);
        QCOMPARE(model.index(6, 1, okt).data().toString(), u"11" + nbsp + u"348,73" + nbsp + u"руб."_s);
        const QModelIndex hot = childByCaption(model, okt, u"Горячая вода"_s);
        QVERIFY(hot.isValid());
        QCOMPARE(hot.data(BillsModel::KindRole).toInt(), int(BillsModel::Kind::Service));
        const QStringList hotRows = rows(model, hot);
        QVERIFY(hotRows.contains(u"Unit = м³"_s));
        QVERIFY(hotRows.contains(u"Quantity = 1,701"_s));
        QVERIFY(hotRows.contains(u"Tariff = 305,76" + nbsp + u"руб."_s));
        QVERIFY(hotRows.contains(u"Charged = 520,10" + nbsp + u"руб."_s));

        // The heating line: quantity, tariff and price per unit.
        const QModelIndex heat = childByCaption(model, model.index(0, 0, nov), u"Отопление (Клов)"_s);
        const QStringList heatRows = rows(model, heat);
        QVERIFY(heatRows.contains(u"Quantity = 0,0280"_s));
        QVERIFY(heatRows.contains(u"Price per unit = 95,63" + nbsp + u"руб."_s));
        QCOMPARE(heatRows.size(), 11);

        // A service without tariff or quantity has just the money rows.
        const QModelIndex other = model.index(7, 0, model.index(1, 0, nov));
        QCOMPARE(other.data().toString(), u"Водоснабжение (до 01.01.2019)"_s);
        QCOMPARE(model.rowCount(other), 7);

        model.setView(BillsModel::View::General);
        QCOMPARE(model.rowCount(model.index(3, 0, model.index(0, 0))), 5);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void serviceZoneInTitle() {
        BillService s;
        s.service = u"Электроэнергия"_s;
        QCOMPARE(s.title(), u"Электроэнергия"_s);
        s.zone = u"T1"_s;
        QCOMPARE(s.title(), u"Электроэнергия (T1)"_s);
    }
};

QTEST_MAIN(TestBills)
#include "tst_bills.moc"
