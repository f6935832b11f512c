// AccountsStore against a fake server: list and selection, instant answers from the cache then a
// background refresh, errors that keep the cache, account_not_found, unlink, meters and tariff
// history caches, clearing on sign-out and expiry (with answers in flight dropped).
#include "app/accounts/AccountsStore.h"
#include "app/api/JsonCodec.h"
#include "tests/unit/AccountsFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace lkk;
using namespace lkk::test::accounts;
using lkk::test::FakeNetwork;
using Topic = AccountsStore::Topic;

namespace {
struct Fixture {
    FakeAccountsServer server;
    SignedIn client{&server.net};
    AccountsStore store{&client.session};
    Fixture() {
        for (qint64 id : {1, 2, 3})
            server.routeAccount(id);
    }
};
} // namespace

class TestAccountsStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refreshListsAndSelectsFirst() {
        Fixture f;
        QSignalSpy listChanged(&f.store, &AccountsStore::accountsChanged);
        QSignalSpy current(&f.store, &AccountsStore::currentAccountChanged);
        QSignalSpy requisites(&f.store, &AccountsStore::requisitesChanged);
        QSignalSpy loading(&f.store, &AccountsStore::loadingChanged);
        QVERIFY(!f.store.isListLoaded());
        f.store.refresh();
        QVERIFY(f.store.isLoading(Topic::List));
        f.store.refresh(); // coalesced with the running one
        QTRY_COMPARE(listChanged.size(), 1);
        QCOMPARE(f.server.net.count(u"/api/v1/accounts"_s), 1);
        QVERIFY(f.store.isListLoaded());
        QVERIFY(!f.store.isLoading(Topic::List));
        QCOMPARE(f.store.accounts().size(), 3);
        QCOMPARE(f.store.accounts().at(0).number, u"100103492"_s);
        QCOMPARE(f.store.account(2)->toPay.kopecks(), 371960);
        QVERIFY(!f.store.account(4));
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.at(0).at(0).toLongLong(), 1);
        QCOMPARE(f.store.currentAccountId(), 1);
        QCOMPARE(f.store.currentAccount()->address, u"Ласточкина ул., д.13, кв.11"_s);
        QTRY_COMPARE(requisites.size(), 1);
        QCOMPARE(f.store.requisites(1)->contracts.size(), 2);
        QVERIFY(loading.size() >= 2);
        // The list brought the selected account's summary: it is not asked for again.
        QCOMPARE(f.server.net.count(u"/api/v1/accounts/1"_s), 0);
        QVERIFY(!f.store.isLoading(Topic::Account, 1));
        // Every request carried the access token.
        for (const auto& r : f.server.net.requests())
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer A0"));
    }

    void selectAnswersFromCacheThenRefreshes() {
        Fixture f;
        f.store.refresh();
        QTRY_VERIFY(f.store.requisites(1));
        const QString firstOwner = f.store.requisites(1)->owner;
        f.store.select(2);
        QTRY_VERIFY(f.store.requisites(2));
        f.server.delayMs = 100; // the refresh is slow; the cache answers meanwhile

        QSignalSpy current(&f.store, &AccountsStore::currentAccountChanged);
        QSignalSpy requisites(&f.store, &AccountsStore::requisitesChanged);
        f.store.select(1);
        // Synchronously: the selection moved and the cached requisites are there.
        QCOMPARE(current.size(), 1);
        QCOMPARE(f.store.currentAccountId(), 1);
        QVERIFY(f.store.requisites(1));
        QCOMPARE(f.store.requisites(1)->owner, firstOwner);
        QVERIFY(f.store.isLoading(Topic::Requisites, 1));
        QCOMPARE(requisites.size(), 0);
        // Then the background refresh replaces them.
        QTRY_COMPARE(requisites.size(), 1);
        QCOMPARE(requisites.at(0).at(0).toLongLong(), 1);
        QVERIFY(f.store.requisites(1)->owner != firstOwner);
        QVERIFY(!f.store.isLoading(Topic::Requisites, 1));
    }

    void accountRefreshUpdatesSummary() {
        Fixture f;
        f.store.refresh();
        QTRY_COMPARE(f.store.currentAccountId(), 1);
        QTRY_VERIFY(!f.store.isLoading(Topic::Account, 1));
        QJsonObject paid = f.server.linked[1];
        paid.insert("toPay"_L1, 0);
        f.server.linked[1] = paid;
        QSignalSpy changed(&f.store, &AccountsStore::accountChanged);
        f.store.select(2); // the customer's choice: the summary is read again
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(f.server.net.count(u"/api/v1/accounts/2"_s), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), 2);
        QCOMPARE(f.store.account(2)->toPay.kopecks(), 0);
        QCOMPARE(f.store.accounts().size(), 3); // replaced in place
    }

    void errorsKeepTheCache() {
        Fixture f;
        f.store.refresh();
        QTRY_VERIFY(f.store.requisites(1));
        const Requisites before = *f.store.requisites(1);

        QSignalSpy failed(&f.store, &AccountsStore::failed);
        QSignalSpy listChanged(&f.store, &AccountsStore::accountsChanged);
        f.server.listFails = true;
        f.store.refresh();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Topic>(), Topic::List);
        QCOMPARE(failed.at(0).at(2).value<ApiError>().kind, ApiError::Kind::Network);
        QCOMPARE(listChanged.size(), 0);
        QCOMPARE(f.store.accounts().size(), 3);
        QVERIFY(f.store.isListLoaded());

        f.server.requisitesFail = true;
        f.store.loadRequisites(1);
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(0).value<Topic>(), Topic::Requisites);
        QCOMPARE(failed.at(1).at(1).toLongLong(), 1);
        QCOMPARE(failed.at(1).at(2).value<ApiError>().httpStatus, 503);
        QCOMPARE(f.store.requisites(1)->owner, before.owner);
        QCOMPARE(f.store.accounts().size(), 3);
    }

    void accountGoneElsewhereIsForgotten() {
        Fixture f;
        f.store.refresh();
        QTRY_VERIFY(f.store.requisites(1));
        f.server.linked.removeFirst(); // unlinked in another window
        QSignalSpy failed(&f.store, &AccountsStore::failed);
        QSignalSpy current(&f.store, &AccountsStore::currentAccountChanged);
        f.store.loadRequisites(1);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(2).value<ApiError>().is(errc::accountNotFound));
        QVERIFY(!f.store.account(1));
        QVERIFY(!f.store.requisites(1));
        QCOMPARE(f.store.accounts().size(), 2);
        QVERIFY(current.size() >= 1);
        QCOMPARE(f.store.currentAccountId(), 2);
    }

    void refreshDropsUnlinkedAndKeepsSelection() {
        Fixture f;
        f.store.refresh();
        QTRY_COMPARE(f.store.currentAccountId(), 1);
        f.store.select(3);
        QTRY_VERIFY(f.store.requisites(3));
        QTRY_VERIFY(f.store.requisites(1));
        f.server.linked.removeFirst();
        QSignalSpy current(&f.store, &AccountsStore::currentAccountChanged);
        f.store.refresh();
        QTRY_COMPARE(f.store.accounts().size(), 2);
        QCOMPARE(f.store.currentAccountId(), 3);
        QCOMPARE(current.size(), 0);
        QVERIFY(!f.store.requisites(1)); // the unlinked account's cache went with it
        QVERIFY(f.store.requisites(3));
    }

    void emptyList() {
        Fixture f;
        f.server.linked.clear();
        QSignalSpy listChanged(&f.store, &AccountsStore::accountsChanged);
        f.store.refresh();
        QTRY_COMPARE(listChanged.size(), 1);
        QVERIFY(f.store.isListLoaded());
        QVERIFY(f.store.accounts().isEmpty());
        QCOMPARE(f.store.currentAccountId(), 0);
        QVERIFY(!f.store.currentAccount());
    }

    void unlink() {
        Fixture f;
        f.store.refresh();
        QTRY_COMPARE(f.store.currentAccountId(), 1);
        QSignalSpy unlinked(&f.store, &AccountsStore::unlinked);
        QSignalSpy current(&f.store, &AccountsStore::currentAccountChanged);
        f.store.unlink(1);
        QVERIFY(f.store.isLoading(Topic::Unlink, 1));
        QTRY_COMPARE(unlinked.size(), 1);
        QCOMPARE(unlinked.at(0).at(0).toLongLong(), 1);
        QCOMPARE(f.server.net.requestsTo(u"/api/v1/accounts/1"_s).last().method, QByteArray("DELETE"));
        QCOMPARE(f.store.accounts().size(), 2);
        QCOMPARE(f.store.currentAccountId(), 2);
        QCOMPARE(current.size(), 1);
        QCOMPARE(f.server.linked.size(), 2);

        // Already unlinked elsewhere (account_not_found): the same outcome, no error.
        QSignalSpy failed(&f.store, &AccountsStore::failed);
        f.server.linked.removeLast();
        f.store.unlink(3);
        QTRY_COMPARE(unlinked.size(), 2);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(f.store.accounts().size(), 1);
    }

    void unlinkFailureKeepsAccount() {
        FakeAccountsServer server;
        server.net.route("DELETE", u"/api/v1/accounts/2"_s, [](const FakeNetwork::Request&) {
            return Response::apiError(500, errc::internalError, u"Ошибка"_s);
        });
        for (qint64 id : {1, 2, 3})
            server.routeAccount(id);
        SignedIn client(&server.net);
        AccountsStore store(&client.session);
        store.refresh();
        QTRY_COMPARE(store.accounts().size(), 3);
        QSignalSpy failed(&store, &AccountsStore::failed);
        QSignalSpy unlinked(&store, &AccountsStore::unlinked);
        store.unlink(2);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Topic>(), Topic::Unlink);
        QCOMPARE(unlinked.size(), 0);
        QCOMPARE(store.accounts().size(), 3);
    }

    // The holder sees the other customers and removes one (the list is read again); a co-holder
    // (403) gets an empty list, not an error.
    void coHolders() {
        Fixture f;
        QList<qint64> links{7, 8};
        f.server.net.route("GET", u"/api/v1/accounts/1/co-holders"_s, [&links](const FakeNetwork::Request&) {
            QJsonArray list;
            for (qint64 link : std::as_const(links))
                list.append(QJsonObject{{"linkId"_L1, link},
                                        {"name"_L1, u"Петров П."_s},
                                        {"email"_L1, u"p***@example.org"_s},
                                        {"relation"_L1, u"tenant"_s},
                                        {"linkedAt"_L1, u"2026-11-20T05:00:00Z"_s}});
            return Response::json(200, QJsonDocument(QJsonObject{{"coHolders"_L1, list}}).toJson());
        });
        f.server.net.route("DELETE", u"/api/v1/accounts/1/co-holders/7"_s, [&links](const FakeNetwork::Request&) {
            links.removeAll(7);
            return Response::json(204, {});
        });
        f.server.net.route("GET", u"/api/v1/accounts/2/co-holders"_s, [](const FakeNetwork::Request&) {
            return Response::apiError(403, errc::forbidden, u"Недостаточно прав"_s);
        });
        QSignalSpy changed(&f.store, &AccountsStore::coHoldersChanged);
        QSignalSpy failed(&f.store, &AccountsStore::failed);
        QVERIFY(!f.store.coHolders(1));
        f.store.loadCoHolders(1);
        QTRY_COMPARE(changed.size(), 1);
        const QList<CoHolder> list = f.store.coHolders(1).value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).linkId, 7);
        QCOMPARE(list.at(0).relation, Relation::Tenant);
        QCOMPARE(list.at(0).email, u"p***@example.org"_s);
        QCOMPARE(list.at(0).linkedAt, QDateTime(QDate(2026, 11, 20), QTime(5, 0), QTimeZone::utc()));

        f.store.removeCoHolder(1, 7);
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(f.store.coHolders(1).value().size(), 1);
        QCOMPARE(f.store.coHolders(1).value().at(0).linkId, 8);

        f.store.loadCoHolders(2);
        QTRY_COMPARE(changed.size(), 3);
        QVERIFY(f.store.coHolders(2).value().isEmpty());
        QCOMPARE(failed.size(), 0);
    }

    void metersByPeriod() {
        Fixture f;
        f.store.refresh();
        QTRY_COMPARE(f.store.currentAccountId(), 1);
        QSignalSpy meters(&f.store, &AccountsStore::metersChanged);
        const QDate from(2026, 9, 1), to(2026, 11, 26);
        QVERIFY(!f.store.meters(1, from, to));
        f.store.loadMeters(1, from, to);
        f.store.loadMeters(1, QDate(2026, 6, 1), to); // queued behind the first
        QTRY_COMPARE(meters.size(), 2);
        QCOMPARE(meters.at(0).at(1).toDate(), from);
        QCOMPARE(meters.at(1).at(1).toDate(), QDate(2026, 6, 1));
        QCOMPARE(f.store.meters(1, from, to)->size(), 2);
        QVERIFY(f.store.meters(1, QDate(2026, 6, 1), to));
        QVERIFY(!f.store.meters(1, from, QDate(2026, 11, 25)));
        const auto requests = f.server.net.requestsTo(u"/api/v1/accounts/1/meters"_s);
        QCOMPARE(requests.size(), 2);
        const QUrlQuery query(requests.at(0).url);
        QCOMPARE(query.queryItemValue(u"from"_s), u"2026-09-01"_s);
        QCOMPARE(query.queryItemValue(u"to"_s), u"2026-11-26"_s);
    }

    void tariffHistory() {
        Fixture f;
        f.store.refresh();
        QTRY_COMPARE(f.store.currentAccountId(), 1);
        QSignalSpy history(&f.store, &AccountsStore::tariffHistoryChanged);
        f.store.loadTariffHistory(1, 11);
        QTRY_COMPARE(history.size(), 1);
        QCOMPARE(history.at(0).at(1).toLongLong(), 11);
        QCOMPARE(f.store.tariffHistory(1, 11)->tariffs.at(0).history.size(), 3);
        QVERIFY(!f.store.tariffHistory(1, 12));
        QSignalSpy failed(&f.store, &AccountsStore::failed);
        f.store.loadTariffHistory(1, 12); // not routed: 404 not_found
        f.store.loadTariffHistory(1, 11); // asked while 12 loads: fetched next, not dropped
        QTRY_COMPARE(failed.size(), 1);
        QTRY_COMPARE(history.size(), 2);
        QCOMPARE(f.server.net.count(u"/api/v1/accounts/1/contracts/11/tariffs"_s), 2);
        QCOMPARE(failed.at(0).at(0).value<Topic>(), Topic::TariffHistory);
        QVERIFY(f.store.account(1)); // a plain not_found does not forget the account
    }

    void upsert() {
        Fixture f;
        f.store.refresh();
        QTRY_COMPARE(f.store.accounts().size(), 3);
        QSignalSpy listChanged(&f.store, &AccountsStore::accountsChanged);
        QSignalSpy changed(&f.store, &AccountsStore::accountChanged);
        const AccountSummary added = json::parseAccountSummary(toJson(unlinkedEpd())).value();
        f.store.upsert(added);
        QCOMPARE(listChanged.size(), 1);
        QCOMPARE(f.store.accounts().size(), 4);
        QCOMPARE(f.store.accounts().last().id, 4);
        AccountSummary again = added;
        again.toPay = Money::fromKopecks(1);
        f.store.upsert(again);
        QCOMPARE(listChanged.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.store.account(4)->toPay.kopecks(), 1);
        f.store.select(4);
        QCOMPARE(f.store.currentAccountId(), 4);
        f.store.select(77); // not listed: no selection
        QCOMPARE(f.store.currentAccountId(), 0);
    }

    void clearedOnSignOutWithAnswersInFlight() {
        Fixture f;
        f.store.refresh();
        QTRY_VERIFY(f.store.requisites(1));
        f.store.loadMeters(1, QDate(2026, 9, 1), QDate(2026, 11, 26));
        QTRY_VERIFY(f.store.meters(1, QDate(2026, 9, 1), QDate(2026, 11, 26)));

        f.server.delayMs = 50;
        f.store.refresh();
        f.store.loadRequisites(2);
        QSignalSpy cleared(&f.store, &AccountsStore::cleared);
        QSignalSpy current(&f.store, &AccountsStore::currentAccountChanged);
        QSignalSpy listChanged(&f.store, &AccountsStore::accountsChanged);
        f.client.session.signOut();
        QTRY_COMPARE(cleared.size(), 1);
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.at(0).at(0).toLongLong(), 0);
        QVERIFY(f.store.accounts().isEmpty());
        QVERIFY(!f.store.isListLoaded());
        QVERIFY(!f.store.requisites(1));
        QVERIFY(!f.store.meters(1, QDate(2026, 9, 1), QDate(2026, 11, 26)));
        QVERIFY(!f.store.isLoading(Topic::List));
        QVERIFY(!f.store.isLoading(Topic::Requisites, 2));
        // The answers that were on their way never land.
        QTest::qWait(150);
        QCOMPARE(listChanged.size(), 1); // the clear itself
        QVERIFY(f.store.accounts().isEmpty());
        QVERIFY(!f.store.requisites(2));
    }

    void clearedOnExpiry() {
        Fixture f;
        f.store.refresh();
        QTRY_VERIFY(f.store.requisites(1));
        QSignalSpy cleared(&f.store, &AccountsStore::cleared);
        ApiError reason;
        reason.kind = ApiError::Kind::Http;
        reason.httpStatus = 401;
        emit f.client.session.expired(reason);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(f.store.accounts().isEmpty());
        QVERIFY(!f.store.requisites(1));
        QCOMPARE(f.store.currentAccountId(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountsStore)
#include "tst_accountsstore.moc"
