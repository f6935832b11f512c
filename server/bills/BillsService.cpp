#include "server/bills/BillsService.h"

#include "server/accounts/AccountsService.h"
#include "server/accounts/CoHolders.h"
#include "server/db/RowReader.h"
#include "server/http/JsonWriter.h"
#include "server/payments/PaymentMessages.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;

namespace {

bool validPeriod(const QString& text) {
    static const QRegularExpression pattern(u"^[0-9]{4}-(0[1-9]|1[0-2])$"_s);
    return pattern.match(text).hasMatch();
}

QString shiftPeriod(const QString& period, int months) {
    return QDate::fromString(period + u"-01"_s, u"yyyy-MM-dd"_s).addMonths(months).toString(u"yyyy-MM"_s);
}

// The eight figures a provider block and a service line share, from column `first` on.
void writeFigures(JsonWriter& out, const RowReader& q, int first) {
    static constexpr QLatin1StringView names[] = {"debtStart"_L1,   "paid"_L1,    "charged"_L1,   "socialSupport"_L1,
                                                  "adjustments"_L1, "debtEnd"_L1, "penalties"_L1, "totalToPay"_L1};
    for (int i = 0; i < 8; ++i)
        out.key(names[i]).value(q.integer(first + i));
}

// A provider's requisites from column `first` on, as the members of its block.
QByteArray writeRequisites(const RowReader& q, int first) {
    static constexpr QLatin1StringView names[] = {
        "name"_L1, "inn"_L1, "kpp"_L1, "bank"_L1, "bic"_L1, "settlementAccount"_L1, "correspondentAccount"_L1};
    JsonWriter members;
    for (int i = 0; i < 7; ++i)
        members.key(names[i]).text(q.text(first + i));
    return members.take();
}

// The range's service lines, each written as JSON as it is read (in the plan's order, which
// SQLite and PostgreSQL choose) into one writer, then handed to its provider block in the bill's
// order (ord, id): one buffer for all of them, not one per block.
class ServiceLines {
public:
    // The writer to write the line (ord, id) of `block` into as one value, then end().
    JsonWriter& begin(qint64 block, qint64 ord, qint64 id) {
        // The writer puts a comma before every value but the first.
        m_lines.push_back({block, ord, id, m_writer.size() + (m_lines.empty() ? 0 : 1), 0});
        return m_writer;
    }
    void end() { m_lines.back().end = m_writer.size(); }

    // After the last line: the lines grouped by block, each block's in its order.
    void finish() {
        m_json = m_writer.take();
        const auto inOrder = [](const Line& a, const Line& b) {
            return std::tie(a.block, a.ord, a.id) < std::tie(b.block, b.ord, b.id);
        };
        if (!std::is_sorted(m_lines.begin(), m_lines.end(), inOrder))
            std::sort(m_lines.begin(), m_lines.end(), inOrder);
    }

    // The block's lines as the elements of the array `out` is writing.
    void writeBlock(JsonWriter& out, qint64 block) const {
        auto line = std::lower_bound(m_lines.begin(), m_lines.end(), block,
                                     [](const Line& l, qint64 wanted) { return l.block < wanted; });
        for (; line != m_lines.end() && line->block == block; ++line)
            out.raw(QByteArrayView(m_json).sliced(line->begin, line->end - line->begin));
    }

private:
    struct Line {
        qint64 block;
        qint64 ord;
        qint64 id;
        qsizetype begin;
        qsizetype end;
    };
    JsonWriter m_writer;
    QByteArray m_json; // m_writer's text once finished
    std::vector<Line> m_lines;
};

// The services of the contracts the lines name, read with the lines instead of joined to each of
// them: on PostgreSQL that join cost about as much as the lines themselves (an index probe of the
// contracts per line). A line's contract is one of its account's (docs/billing-import.md, §4,
// invariant 7), but a later import may move a contract to another account; the lines of the older
// bills still name it, and it is then read alone.
class ContractServices {
public:
    explicit ContractServices(QSqlDatabase& db)
        : m_db(db) {}

    // From a query of (id, service) rows.
    bool load(RowReader& q) {
        while (q.next())
            m_services.insert(q.integer(0), q.text(1).toByteArray());
        return !q.failed();
    }

    // The contract's service; std::nullopt when there is no such contract (the line is not shown,
    // as a join would not show it).
    Result<std::optional<QByteArrayView>> find(qint64 contractId) {
        auto found = m_services.constFind(contractId);
        if (found == m_services.constEnd()) {
            static const QString sql = u"SELECT service FROM billing_contracts WHERE id = ?"_s;
            RowReader q(m_db, sql);
            q.bind(contractId);
            if (!q.exec())
                return Failure::databaseUnavailable();
            if (!q.next()) {
                if (q.failed())
                    return Failure::databaseUnavailable();
                return std::optional<QByteArrayView>();
            }
            found = m_services.insert(contractId, q.text(0).toByteArray());
        }
        return std::optional<QByteArrayView>(*found);
    }

private:
    QSqlDatabase& m_db;
    QHash<qint64, QByteArray> m_services;
};

const QString kFigures = u"x.debt_start, x.paid, x.charged, x.social_support, x.adjustments, x.debt_end, "
                         u"x.penalties, x.total_to_pay"_s;

} // namespace

Result<ApiReply> BillsService::bills(RequestContext& context) const {
    using accounts::AccountsService;
    const Language lang = context.language;
    const auto linked = AccountsService::requireLinked(context, context.arg(0));
    if (!linked)
        return linked.failure();
    const qint64 id = *linked;
    const QUrlQuery params(context.request.query);
    QString from = params.queryItemValue(u"from"_s, QUrl::FullyDecoded);
    QString to = params.queryItemValue(u"to"_s, QUrl::FullyDecoded);
    for (const auto& [name, value] : {std::pair{u"from"_s, from}, std::pair{u"to"_s, to}}) {
        if (params.hasQueryItem(name) && !validPeriod(value))
            return PaymentMessages::invalid(name, PaymentMessages::Text::PeriodInvalid, lang);
    }
    if (!from.isEmpty() && !to.isEmpty() && from > to)
        return PaymentMessages::invalid(u"from"_s, PaymentMessages::Text::RangeReversed, lang);

    // The account, its holder and its latest billed period (the default range's end) in one
    // statement. The link code links the account: only its holder gets it, never a co-holder nor
    // an operator.
    static const QString accountSql = u"SELECT number, kind, owner_name, address_full, link_code, "_s +
                                      accounts::CoHolders::holderSql() +
                                      u", (SELECT MAX(period) FROM billing_bills WHERE account_id = ?) "
                                      u"FROM billing_accounts WHERE id = ?"_s;
    RowReader a(context.db, accountSql);
    a.bind(id).bind(id).bind(id);
    if (!a.exec() || !a.next())
        return Failure::databaseUnavailable();
    const bool callerIsHolder = a.integer(5) == context.caller.userId && context.caller.operatorId == 0;
    JsonWriter out;
    out.beginObject();
    out.key("account"_L1).beginObject();
    out.key("number"_L1).text(a.text(0));
    out.key("kind"_L1).text(a.text(1));
    out.key("owner"_L1).text(a.text(2));
    out.key("address"_L1).text(a.text(3));
    if (callerIsHolder)
        out.key("linkCode"_L1).text(a.text(4));
    out.endObject();

    // Default range: the 12 billing periods up to the latest bill (or up to `to`, or from `from`).
    if (to.isEmpty() && from.isEmpty())
        to = a.isNull(6) ? u"9999-12"_s : a.string(6);
    if (from.isEmpty())
        from = to == u"9999-12"_s ? u"0000-01"_s : shiftPeriod(to, -11);
    if (to.isEmpty())
        to = shiftPeriod(from, 11);

    // The lines of the range in one query, written as JSON once and grouped by their provider
    // block, which takes them whole; the services of the account's contracts in another
    // (ContractServices); then the bills and their blocks in a third (a 12-bill answer holds
    // thousands of values: a QJsonObject tree of them cost more than the queries).
    // Read as UTF-8 and int64 (RowReader): no QVariant nor QString per value.
    // No ORDER BY: a sort of the range's lines cost SQLite a temporary B-tree of all their columns.
    // They come in the plan's order (SQLite's: block by block, each in its unique key's order,
    // contract and zone); ServiceLines puts each block's few lines in their order (ord, id).
    static const QString linesSql =
        u"SELECT l.bill_provider_id, l.contract_id, l.zone, l.unit, l.quantity, l.factor"
        u", l.tariff_kopecks, l.price_per_unit, "_s +
        QString(kFigures).replace(u"x."_s, u"l."_s) +
        u", l.ord, l.id FROM billing_bill_lines l JOIN billing_bill_providers bp ON bp.id = "
        u"l.bill_provider_id JOIN billing_bills b ON b.id = bp.bill_id WHERE b.account_id = ? AND "
        u"b.period >= ? AND b.period <= ?"_s;
    RowReader l(context.db, linesSql);
    l.bind(id).bind(from).bind(to);
    static const QString servicesSql = u"SELECT id, service FROM billing_contracts WHERE account_id = ?"_s;
    RowReader s(context.db, servicesSql);
    s.bind(id);
    // The bills with their provider blocks and each block's provider, newest first (a bill without
    // blocks as one row without a block); each bill is written as its first row comes, its blocks
    // as they follow it. A provider's requisites are written once, from its first block: six
    // providers have 72 blocks in 12 bills, and every text value costs an escape (and Qt's
    // PostgreSQL driver an allocation and a copy).
    static const QString blocksSql =
        u"SELECT b.period, b.total_to_pay, b.penalties, bp.id, bp.provider_id, bp.sub_account, "_s +
        QString(kFigures).replace(u"x."_s, u"bp."_s) +
        u", pr.name, pr.inn, pr.kpp, pr.bank_name, pr.bic, pr.settlement_account, "
        u"pr.correspondent_account FROM billing_bills b LEFT JOIN billing_bill_providers bp "
        u"ON bp.bill_id = b.id LEFT JOIN billing_providers pr ON pr.id = bp.provider_id "
        u"WHERE b.account_id = ? AND b.period >= ? AND b.period <= ? "
        u"ORDER BY b.period DESC, bp.ord, bp.id"_s;
    RowReader p(context.db, blocksSql);
    p.bind(id).bind(from).bind(to);
    // All three in one round trip where the database allows it.
    if (!RowReader::execTogether({&s, &l, &p}))
        return Failure::databaseUnavailable();
    ContractServices services(context.db);
    if (!services.load(s))
        return Failure::databaseUnavailable();
    ServiceLines lines;
    while (l.next()) {
        const qint64 contractId = l.integer(1);
        const auto service = services.find(contractId);
        if (!service)
            return service.failure();
        if (!*service)
            continue;
        JsonWriter& list = lines.begin(l.integer(0), l.integer(16), l.integer(17));
        list.beginObject();
        list.key("contractId"_L1).value(contractId);
        list.key("service"_L1).text(**service);
        list.key("zone"_L1).text(l.text(2));
        list.key("unit"_L1).text(l.text(3));
        list.key("quantity"_L1).text(l.text(4));
        list.key("factor"_L1).text(l.text(5));
        list.key("tariff"_L1).integerOrNull(l.integerOrNull(6));
        list.key("pricePerUnit"_L1).integerOrNull(l.integerOrNull(7));
        writeFigures(list, l, 8);
        list.endObject();
        lines.end();
    }
    if (l.failed())
        return Failure::databaseUnavailable();
    lines.finish();

    QHash<qint64, QByteArray> requisites; // provider id → its requisites as JSON members
    out.key("bills"_L1).beginArray();
    QByteArray period; // of the bill being written; empty before the first
    while (p.next()) {
        if (const QByteArrayView rowPeriod = p.text(0); rowPeriod != period) {
            if (!period.isEmpty())
                out.endArray().endObject();
            period = rowPeriod.toByteArray();
            out.beginObject();
            out.key("period"_L1).text(period);
            out.key("totalToPay"_L1).value(p.integer(1));
            out.key("penalties"_L1).value(p.integer(2));
            out.key("providers"_L1).beginArray();
        }
        if (p.isNull(3))
            continue;
        out.beginObject();
        const qint64 providerId = p.integer(4);
        out.key("providerId"_L1).value(providerId);
        auto members = requisites.constFind(providerId);
        if (members == requisites.constEnd())
            members = requisites.insert(providerId, writeRequisites(p, 14));
        out.raw(*members);
        out.key("subAccount"_L1).text(p.text(5));
        writeFigures(out, p, 6);
        out.key("services"_L1).beginArray();
        lines.writeBlock(out, p.integer(3));
        out.endArray();
        out.endObject();
    }
    if (p.failed())
        return Failure::databaseUnavailable();
    if (!period.isEmpty())
        out.endArray().endObject();
    out.endArray().endObject();
    ApiReply reply;
    reply.body = out.take();
    return reply;
}

} // namespace lkk::server::payments
