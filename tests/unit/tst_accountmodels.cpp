// The accounts models under QAbstractItemModelTester, fed with parsed DTOs: rows, display texts
// (Russian money formatting), roles, the contracts tree, resets on new data.
#include "app/accounts/AccountListModel.h"
#include "app/accounts/ContractsModel.h"
#include "app/accounts/MeterListModel.h"
#include "app/accounts/TariffHistoryModel.h"
#include "app/api/JsonCodec.h"
#include "tests/unit/AccountsFixtures.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;
using namespace lkk::test::accounts;

namespace {
const QString nbsp = u"\u00a0"_s;

QList<AccountSummary> accountList(const QJsonArray& array) {
    return json::parseAccountList(toJson(QJsonObject{{"accounts"_L1, array}})).value();
}
} // namespace

class TestAccountModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void accountList() {
        AccountListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QJsonObject overpaid = unlinkedEpd();
        overpaid.insert("toPay"_L1, -1200);
        QJsonObject settled = electricity();
        settled.insert("toPay"_L1, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setAccounts(::accountList({epd(), settled, overpaid}));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data().toString(), u"Ласточкина ул., д.13, кв.11"_s);
        QCOMPARE(first.data(AccountListModel::KindTextRole).toString(), u"EPD"_s);
        QCOMPARE(first.data(AccountListModel::BadgeTextRole).toString(),
                 u"To pay 126"_s + nbsp + u"294,98"_s + nbsp + u"руб."_s);
        QCOMPARE(first.data(AccountListModel::AmountTextRole).toString(),
                 u"126"_s + nbsp + u"294,98"_s + nbsp + u"руб."_s);
        QCOMPARE(first.data(AccountListModel::ToPayRole).toLongLong(), 12629498);
        QCOMPARE(first.data(AccountListModel::IdRole).toLongLong(), 1);
        QCOMPARE(first.data(AccountListModel::NumberRole).toString(), u"100103492"_s);
        QCOMPARE(first.data(AccountListModel::PeriodRole).toString(), u"2026-11"_s);
        QCOMPARE(first.data(AccountListModel::BalanceRole).toInt(), int(AccountListModel::Balance::Debt));
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), u"Personal account 100103492"_s);
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(AccountListModel::KindTextRole).toString(), u"Electricity"_s);
        QCOMPARE(second.data(AccountListModel::BadgeTextRole).toString(), u"No debt"_s);
        QCOMPARE(second.data(AccountListModel::BalanceRole).toInt(), int(AccountListModel::Balance::Settled));
        const QModelIndex third = model.index(2);
        QCOMPARE(third.data(AccountListModel::BadgeTextRole).toString(), u"Overpaid 12,00"_s + nbsp + u"руб."_s);
        QCOMPARE(third.data(AccountListModel::AmountTextRole).toString(), u"12,00"_s + nbsp + u"руб."_s);
        QCOMPARE(third.data(AccountListModel::ToPayRole).toLongLong(), -1200);
        QCOMPARE(third.data(AccountListModel::BalanceRole).toInt(), int(AccountListModel::Balance::Overpaid));
        QCOMPARE(model.rowOf(4), 2);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.idAt(1), 2);
        QCOMPARE(model.idAt(5), 0);

        // The current account is a role; changing it touches only the two rows.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCurrentId(2);
        QVERIFY(model.index(1).data(AccountListModel::CurrentRole).toBool());
        QVERIFY(!model.index(0).data(AccountListModel::CurrentRole).toBool());
        QCOMPARE(changed.size(), 1);
        model.setCurrentId(1);
        QCOMPARE(changed.size(), 3);
        QVERIFY(model.index(0).data(AccountListModel::CurrentRole).toBool());

        QVERIFY(model.roleNames().value(AccountListModel::BadgeTextRole) == "badgeText");

        // New data resets.
        model.setAccounts(::accountList({electricity()}));
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(AccountListModel::BadgeTextRole).toString(),
                 u"To pay 3"_s + nbsp + u"719,60"_s + nbsp + u"руб."_s);
    }

    void contractsTree() {
        ContractsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Requisites requisites = json::parseRequisites(toJson(requisitesJson())).value();
        model.setContracts(requisites.contracts);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        const QModelIndex heating = model.index(0, 0);
        QCOMPARE(heating.data().toString(), u"ООО «ЗТК» - Отопление (Клов) Acc. No. 878100103492"_s);
        QVERIFY(heating.data(ContractsModel::IsContractRole).toBool());
        QCOMPARE(heating.data(ContractsModel::ContractIdRole).toLongLong(), 11);
        QCOMPARE(heating.data(ContractsModel::ProviderRole).toString(), u"ООО «ЗТК»"_s);
        QCOMPARE(heating.data(ContractsModel::SubAccountRole).toString(), u"878100103492"_s);
        QVERIFY(model.index(0, 1).data().toString().isEmpty());
        QVERIFY(!model.parent(heating).isValid());

        QCOMPARE(model.rowCount(heating), 1);
        QCOMPARE(model.rowCount(model.index(0, 1)), 0); // only column 0 has children
        const QModelIndex tariffName = model.index(0, 0, heating);
        const QModelIndex tariffValue = model.index(0, 1, heating);
        QCOMPARE(model.parent(tariffValue), heating);
        QCOMPARE(tariffName.data().toString(), u"Октябрьское с., Отопление (Клов), 0,028 Гкал. на м2 (Томский)"_s);
        QCOMPARE(tariffValue.data().toString(), u"1"_s + nbsp + u"947,69"_s + nbsp + u"руб./Гкал"_s);
        QCOMPARE(tariffValue.data(ContractsModel::ValueRole).toLongLong(), 194769);
        QCOMPARE(tariffValue.data(ContractsModel::ContractIdRole).toLongLong(), 11);
        QCOMPARE(tariffValue.data(ContractsModel::TariffIdRole).toLongLong(), 21);
        QVERIFY(!tariffValue.data(ContractsModel::IsContractRole).toBool());
        QCOMPARE(model.rowCount(tariffName), 0);

        const QModelIndex water = model.index(1, 0);
        QCOMPARE(model.rowCount(water), 2);
        QCOMPARE(model.index(1, 1, water).data().toString(), u"99,00"_s + nbsp + u"руб."_s); // no unit
        QCOMPARE(model.index(1, 0, water).data(ContractsModel::ZoneRole).toString(), u"T1"_s);
        QCOMPARE(model.parent(model.index(1, 0, water)), water);

        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(),
                 u"Contract and tariff"_s); // contract rows sit under it too
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Tariff value"_s);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setContracts(requisites.contracts.mid(1));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ContractsModel::ServiceRole).toString(), u"Горячая вода"_s);
        model.setContracts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void tariffHistory() {
        TariffHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TariffHistory history = json::parseTariffHistory(toJson(tariffHistoryJson())).value();
        model.setHistory(history);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Effective from"_s);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Tariff value"_s);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Tariff period"_s);
        QCOMPARE(model.index(0, 0).data().toString(), u"01.07.2026"_s);
        QCOMPARE(model.index(0, 1).data().toString(), u"1"_s + nbsp + u"947,69"_s + nbsp + u"руб."_s);
        QCOMPARE(model.index(0, 2).data().toString(), u"One month"_s);
        QCOMPARE(model.index(2, 2).data().toString(), u"One year"_s);
        QCOMPARE(model.index(1, 0).data(TariffHistoryModel::ValidFromRole).toDate(), QDate(2025, 7, 1));
        QCOMPARE(model.index(1, 1).data(TariffHistoryModel::ValueRole).toLongLong(), 180512);
        QCOMPARE(model.index(1, 1).data(TariffHistoryModel::NameRole).toString(), u"Отопление (Клов)"_s);

        // A second series (another zone) follows the first.
        TariffHistorySeries night;
        night.name = u"Ночь"_s;
        night.zone = u"T2"_s;
        night.history = {{QDate(2026, 7, 1), Money::fromKopecks(250), u"week"_s}};
        history.tariffs.append(night);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setHistory(history);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, 0).data(TariffHistoryModel::SeriesRole).toInt(), 1);
        QCOMPARE(model.index(3, 0).data(TariffHistoryModel::ZoneRole).toString(), u"T2"_s);
        QCOMPARE(model.index(3, 2).data().toString(), u"week"_s); // unknown periods as sent
        model.setHistory({});
        QCOMPARE(model.rowCount(), 0);
    }

    void meters() {
        MeterListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMeters(json::parseMeters(toJson(metersJson())).value());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 6);
        const QStringList headers{u"Service provider"_s,     u"Service"_s,
                                  u"Meter number"_s,         u"Reading date"_s,
                                  u"Meter digit capacity"_s, u"Verification interval ends"_s};
        for (int c = 0; c < headers.size(); ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), headers.at(c));
        QCOMPARE(model.index(0, MeterListModel::ProviderColumn).data().toString(), u"МУП ЖКХ «Октябрьское»"_s);
        QCOMPARE(model.index(0, MeterListModel::ServiceColumn).data().toString(), u"Горячая вода"_s);
        QCOMPARE(model.index(0, MeterListModel::NumberColumn).data().toString(), u"517480"_s);
        QCOMPARE(model.index(0, MeterListModel::ReadingDateColumn).data().toString(), u"06.11.2026"_s);
        QCOMPARE(model.index(0, MeterListModel::CapacityColumn).data().toString(), u"6.3"_s);
        QCOMPARE(model.index(0, MeterListModel::VerifiedUntilColumn).data().toString(), u"01.01.2099"_s);
        QVERIFY(!model.index(0, 0).data(MeterListModel::ExpiredRole).toBool());
        QVERIFY(!model.index(0, MeterListModel::VerifiedUntilColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, 0).data(MeterListModel::ContractIdRole).toLongLong(), 12);
        QCOMPARE(model.index(0, 0).data(MeterListModel::MeterIdRole).toLongLong(), 31);
        QCOMPARE(model.index(0, 0).data(MeterListModel::ZonesRole).toStringList(), QStringList{u"T1"_s});

        // The expired one: flagged, highlighted, no reading date in the period.
        QVERIFY(model.index(1, 3).data(MeterListModel::ExpiredRole).toBool());
        QCOMPARE(model.index(1, MeterListModel::ReadingDateColumn).data().toString(), QString());
        QCOMPARE(model.index(1, MeterListModel::VerifiedUntilColumn).data().toString(), u"31.08.2025"_s);
        QVERIFY(model.index(1, MeterListModel::VerifiedUntilColumn).data(Qt::ForegroundRole).canConvert<QBrush>());
        QVERIFY(!model.index(1, MeterListModel::VerifiedUntilColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(1, 0).data(MeterListModel::VerifiedUntilRole).toDate(), QDate(2025, 8, 31));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setMeters({});
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestAccountModels)
#include "tst_accountmodels.moc"
