// The accounts part of the client core against a real lkk-server (--demo, temp data dir) over
// HTTPS, on SQLite and on a scratch PostgreSQL database: the demo user's three accounts with their
// totals, the ЕПД account's requisites (six providers), a tariff history newest first, meters with
// a period filter, the link flow (a wrong answer, then the link code; then the total to pay with a
// comma) through LinkAccountController, and unlinking.
#include "app/accounts/AccountsStore.h"
#include "app/accounts/LinkAccountController.h"
#include "app/api/ApiClient.h"
#include "app/api/ApiOperations.h"
#include "app/history/PeriodFilter.h"
#include "app/session/Session.h"
#include "shared/ErrorCodes.h"
#include "tests/support/RunOperation.h"
#include "tests/support/SignedInClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::runOp;
using Topic = AccountsStore::Topic;
using Stage = LinkAccountController::Stage;

namespace {

constexpr int timeoutMs = 15000;

qint64 idOf(const AccountsStore& store, const QString& number) {
    for (const AccountSummary& a : store.accounts()) {
        if (a.number == number)
            return a.id;
    }
    return 0;
}

} // namespace

class TestAccountsIntegration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        lkk::test::ApiTestServer::Options options;
        options.scratchPrefix = u"lkk_accounts_t"_s;
        QString error;
        QVERIFY2(m_client.start(options, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_client.server.stop(); }

    void demoUserListsThreeAccounts() {
        AccountsStore store(&m_client.session);
        QSignalSpy failed(&store, &AccountsStore::failed);
        store.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(store.isListLoaded() || !failed.isEmpty(), timeoutMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).value<ApiError>().message));
        QCOMPARE(store.accounts().size(), 3);
        const QList<std::tuple<QString, AccountKind, qint64>> expected{
            {u"100103492"_s, AccountKind::Epd, 12629498},
            {u"7012045318"_s, AccountKind::Electricity, 371960},
            {u"7012077104"_s, AccountKind::Electricity, 141600}};
        for (int i = 0; i < expected.size(); ++i) {
            const AccountSummary& a = store.accounts().at(i);
            QCOMPARE(a.number, std::get<0>(expected.at(i)));
            QCOMPARE(a.kind, std::get<1>(expected.at(i)));
            QCOMPARE(a.toPay.kopecks(), std::get<2>(expected.at(i)));
            QCOMPARE(a.period, u"2026-11"_s);
            QVERIFY(!a.address.isEmpty());
        }
        QCOMPARE(store.accounts().at(0).address, u"Ласточкина ул., д.13, кв.11"_s);
        QCOMPARE(store.accounts().at(0).toPay.toDisplayString(), u"126\u00a0294,98\u00a0руб."_s);
        // The first is selected and its requisites arrive in the background.
        QCOMPARE(store.currentAccountId(), store.accounts().at(0).id);
        QTRY_VERIFY_WITH_TIMEOUT(store.requisites(store.currentAccountId()) || !failed.isEmpty(), timeoutMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).value<ApiError>().message));
    }

    void requisitesAndTariffHistory() {
        AccountsStore store(&m_client.session);
        QSignalSpy failed(&store, &AccountsStore::failed);
        store.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(store.isListLoaded(), timeoutMs);
        const qint64 epd = idOf(store, u"100103492"_s);
        QTRY_VERIFY_WITH_TIMEOUT(store.requisites(epd) || !failed.isEmpty(), timeoutMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).value<ApiError>().message));
        const Requisites r = *store.requisites(epd);
        QVERIFY(!r.owner.isEmpty());
        QVERIFY(!r.registrationAddress.isEmpty());
        QCOMPARE(r.totalArea, u"60.6"_s);
        QVERIFY(r.residents >= 1);
        QSet<QString> providers;
        const Contract* heating = nullptr;
        for (const Contract& c : r.contracts) {
            providers.insert(c.provider.name);
            QVERIFY(!c.subAccount.isEmpty());
            QVERIFY(!c.provider.inn.isEmpty());
            if (c.service.startsWith(u"Отопление"_s))
                heating = &c;
        }
        QCOMPARE(providers.size(), 6);
        QVERIFY(heating);
        QVERIFY(!heating->tariffs.isEmpty());

        QSignalSpy history(&store, &AccountsStore::tariffHistoryChanged);
        store.loadTariffHistory(epd, heating->id);
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty() || !failed.isEmpty(), timeoutMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).value<ApiError>().message));
        const TariffHistory h = *store.tariffHistory(epd, heating->id);
        QVERIFY(!h.tariffs.isEmpty());
        for (const TariffHistorySeries& s : h.tariffs) {
            QVERIFY(!s.history.isEmpty());
            for (int i = 1; i < s.history.size(); ++i)
                QVERIFY2(s.history.at(i - 1).validFrom > s.history.at(i).validFrom, "history is newest first");
        }
        // The current value shown in the requisites is the newest entry valid today.
        const Money current = heating->tariffs.at(0).value;
        bool found = false;
        for (const TariffHistorySeries& s : h.tariffs) {
            for (const TariffHistoryEntry& e : s.history) {
                if (e.validFrom <= QDate::currentDate()) {
                    found = found || e.value == current;
                    break;
                }
            }
        }
        QVERIFY(found);

        // Another account's contract id through this account: not found.
        const auto foreign =
            runOp(m_client.session, GetTariffHistoryOperation{idOf(store, u"7012045318"_s), heating->id});
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().httpStatus, 404);
    }

    void metersWithPeriodFilter() {
        AccountsStore store(&m_client.session);
        QSignalSpy failed(&store, &AccountsStore::failed);
        store.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(store.isListLoaded(), timeoutMs);
        const qint64 epd = idOf(store, u"100103492"_s);
        const QDate today = QDate::currentDate();
        const PeriodFilter filter = PeriodFilter::last3Months();
        const QDate from = filter.from(today), to = filter.to(today);
        store.loadMeters(epd, from, to);
        QTRY_VERIFY_WITH_TIMEOUT(store.meters(epd, from, to) || !failed.isEmpty(), timeoutMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).value<ApiError>().message));
        const QList<MeterInfo> meters = *store.meters(epd, from, to);
        int hot = 0, cold = 0;
        for (const MeterInfo& m : meters) {
            QVERIFY(!m.number.isEmpty());
            QVERIFY(m.capacityInteger > 0);
            hot += m.service.contains(u"Горяч"_s) ? 1 : 0;
            cold += m.service.contains(u"Холодн"_s) ? 1 : 0;
            if (m.readingDateInPeriod.isValid())
                QVERIFY(m.readingDateInPeriod >= from && m.readingDateInPeriod <= to);
        }
        QVERIFY2(hot >= 2 && cold >= 2, qPrintable(u"hot %1 cold %2"_s.arg(hot).arg(cold)));

        // A period long before the data: the meters are listed, no reading date in it.
        const QDate oldFrom(2000, 1, 1), oldTo(2000, 3, 31);
        store.loadMeters(epd, oldFrom, oldTo);
        QTRY_VERIFY_WITH_TIMEOUT(store.meters(epd, oldFrom, oldTo) || failed.size() > 0, timeoutMs);
        QVERIFY(failed.isEmpty());
        const QList<MeterInfo> oldMeters = *store.meters(epd, oldFrom, oldTo); // (not a temporary: range-for)
        QCOMPARE(oldMeters.size(), meters.size());
        for (const MeterInfo& m : oldMeters)
            QVERIFY(!m.readingDateInPeriod.isValid());

        // from > to is refused with the field named.
        GetMetersOperation reversed;
        reversed.accountId = epd;
        reversed.from = to;
        reversed.to = from;
        const auto bad = runOp(m_client.session, reversed);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().httpStatus, 400);
        QVERIFY2(bad.error().field == "from"_L1 || bad.error().field == "to"_L1, qPrintable(bad.error().field));

        // The third account's meter has an expired verification.
        const qint64 third = idOf(store, u"7012077104"_s);
        store.loadMeters(third, QDate(), QDate());
        QTRY_VERIFY_WITH_TIMEOUT(store.meters(third, QDate(), QDate()) || failed.size() > 0, timeoutMs);
        QVERIFY(failed.isEmpty());
        bool expired = false;
        const QList<MeterInfo> thirdMeters = *store.meters(third, QDate(), QDate());
        for (const MeterInfo& m : thirdMeters)
            expired = expired || (m.verificationExpired && m.verifiedUntil == QDate(2025, 8, 31));
        QVERIFY(expired);
    }

    // What the client gets over the wire: the ЕПД account's bills gzip-compressed (Qt asked for
    // gzip and inflated them), then, asked again, a 304 that hands back the kept answer.
    void billsCompressedThenUnchanged() {
        const qint64 epd = m_client.accountId(u"100103492"_s);
        QVERIFY(epd > 0);
        const auto get = [this, epd] {
            std::optional<Result<ApiResponse>> out;
            QObject context;
            m_client.api.send(
                {"GET", u"/accounts/%1/bills"_s.arg(epd), {}, m_client.session.tokens().accessToken, {}, {}}, &context,
                [&out](Result<ApiResponse> r) { out.emplace(std::move(r)); });
            if (!QTest::qWaitFor([&] { return out.has_value(); }, lkk::test::operationTimeoutMs))
                qWarning("no answer");
            return out;
        };
        const auto header = [](const ApiResponse& r, const QByteArray& name) {
            for (const auto& [key, value] : r.headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return QByteArray();
        };
        const auto first = get();
        QVERIFY(first && first->ok());
        QVERIFY(!first->value().notModified);
        QCOMPARE(header(first->value(), "Content-Encoding"), QByteArray("gzip"));
        QVERIFY(header(first->value(), "ETag").startsWith("W/\""));
        const QJsonObject bills = QJsonDocument::fromJson(first->value().body).object();
        QCOMPARE(bills.value(u"bills"_s).toArray().size(), 12);

        const auto again = get();
        QVERIFY(again && again->ok());
        QVERIFY(again->value().notModified);
        QCOMPARE(again->value().body, first->value().body);
    }

    void linkFlowThenUnlink() {
        AccountsStore store(&m_client.session);
        LinkAccountController controller(&m_client.session, &store);
        store.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(store.isListLoaded(), timeoutMs);
        const int before = static_cast<int>(store.accounts().size());

        QSignalSpy questions(&controller, &LinkAccountController::questionsReady);
        QSignalSpy failed(&controller, &LinkAccountController::failed);
        QSignalSpy wrong(&controller, &LinkAccountController::wrongAnswer);
        QSignalSpy linked(&controller, &LinkAccountController::linked);

        // Unknown and already linked numbers, as the server words them.
        controller.start(u"999999999"_s, Relation::Owner);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), timeoutMs);
        QCOMPARE(failed.at(0).at(0).value<LinkAccountController::Field>(), LinkAccountController::Field::Number);
        QVERIFY2(failed.at(0).at(1).toString().startsWith(u"Лицевой счёт с таким номером не найден"_s),
                 qPrintable(failed.at(0).at(1).toString()));
        controller.start(u"100 103 492"_s, Relation::Owner);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, timeoutMs);
        QCOMPARE(failed.at(1).at(0).value<LinkAccountController::Field>(), LinkAccountController::Field::Number);

        // 100207815: a wrong answer, then the link code.
        controller.start(u"100 207 815"_s, Relation::Owner);
        QTRY_VERIFY_WITH_TIMEOUT(!questions.isEmpty() || failed.size() > 2, timeoutMs);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(controller.challenge().questions.size(), 2);
        QCOMPARE(controller.challenge().questions.at(0).id, u"link_code"_s);
        const int attempts = controller.attemptsLeft();
        QVERIFY(attempts > 1);
        controller.confirm(u"link_code"_s, u"000000"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!wrong.isEmpty() || failed.size() > 2, timeoutMs);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(wrong.at(0).at(1).toInt(), attempts - 1);
        QCOMPARE(controller.stage(), Stage::Answering);
        controller.confirm(u"link_code"_s, u"221972"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!linked.isEmpty() || failed.size() > 2, timeoutMs);
        QVERIFY2(failed.size() == 2, qPrintable(failed.last().at(1).toString()));
        const auto first = linked.at(0).at(0).value<AccountSummary>();
        QCOMPARE(first.number, u"100207815"_s);
        QCOMPARE(first.toPay.kopecks(), 1199149);
        QCOMPARE(store.currentAccountId(), first.id);
        QCOMPARE(store.accounts().size(), before + 1);

        // 7012099921: the total to pay with a comma, as a person copies it from the bill.
        controller.start(u"7012099921"_s, Relation::Tenant);
        QTRY_COMPARE_WITH_TIMEOUT(questions.size(), 2, timeoutMs);
        controller.confirm(u"total_to_pay"_s, u"1 970,75"_s);
        QTRY_VERIFY_WITH_TIMEOUT(linked.size() == 2 || failed.size() > 2, timeoutMs);
        QVERIFY2(failed.size() == 2, qPrintable(failed.last().at(1).toString()));
        const auto second = linked.at(1).at(0).value<AccountSummary>();
        QCOMPARE(second.number, u"7012099921"_s);
        QCOMPARE(second.relation, Relation::Tenant);

        // Both are listed by the server now, in link order.
        AccountsStore fresh(&m_client.session);
        fresh.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(fresh.isListLoaded(), timeoutMs);
        QCOMPARE(fresh.accounts().size(), before + 2);
        QCOMPARE(fresh.accounts().at(before).number, u"100207815"_s);
        QCOMPARE(fresh.accounts().at(before + 1).number, u"7012099921"_s);

        // Unlink both: gone from the list, and their data is no longer reachable.
        QSignalSpy unlinked(&store, &AccountsStore::unlinked);
        store.unlink(first.id);
        store.unlink(second.id);
        QTRY_COMPARE_WITH_TIMEOUT(unlinked.size(), 2, timeoutMs);
        QCOMPARE(store.accounts().size(), before);
        const auto gone = runOp(m_client.session, GetRequisitesOperation{first.id});
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error().is(errc::accountNotFound), qPrintable(gone.error().code));
        fresh.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(fresh.accounts().size(), before, timeoutMs);
    }

private:
    QTemporaryDir m_home;
    lkk::test::SignedInClient m_client;
};

QTEST_GUILESS_MAIN(TestAccountsIntegration)
#include "tst_accounts.moc"
