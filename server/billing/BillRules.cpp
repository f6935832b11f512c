#include "server/billing/BillRules.h"

#include "shared/Decimal.h"
#include "shared/Money.h"

#include <QSet>

namespace lkk::server::billing {

using namespace Qt::StringLiterals;

namespace {

QString lineKey(const BillLine& l) {
    return l.contract + u'/' + l.zone;
}

void balance(const Amounts& a, const QString& path, FirstProblem& p) {
    if (!p.ok())
        return;
    const qint64 end = a.debtStart - a.paid + a.charged + a.socialSupport + a.adjustments;
    if (end != a.debtEnd)
        p.fail(path + u".debtEnd"_s, u"invariant_balance"_s,
               u"debtStart − paid + charged + socialSupport + adjustments = %1, not %2"_s.arg(end).arg(a.debtEnd));
    else if (a.debtEnd + a.penalties != a.totalToPay)
        p.fail(path + u".totalToPay"_s, u"invariant_balance"_s,
               u"debtEnd + penalties = %1, not %2"_s.arg(a.debtEnd + a.penalties).arg(a.totalToPay));
}

void charge(const BillLine& l, const QString& path, FirstProblem& p) {
    if (!p.ok())
        return;
    if (l.quantity.isEmpty()) {
        if (l.tariff || l.pricePerUnit || !l.factor.isEmpty())
            p.fail(path + u".quantity"_s, u"missing_field"_s, u"tariff, factor and pricePerUnit need a quantity"_s);
        return;
    }
    if (!l.tariff) {
        p.fail(path, u"missing_field"_s, u"\"tariff\" is required with a quantity"_s);
        return;
    }
    const Decimal q = *Decimal::parse(l.quantity);
    const Decimal f = l.factor.isEmpty() ? Decimal::fromInteger(1) : *Decimal::parse(l.factor);
    const Money tariff = Money::fromKopecks(*l.tariff);
    const auto expected = Money::multiply(tariff, q, f);
    if (!expected) {
        p.fail(path + u".quantity"_s, u"invalid_value"_s, u"quantity × tariff overflows"_s);
        return;
    }
    if (expected->kopecks() != l.amounts.charged) {
        p.fail(path + u".charged"_s, u"invariant_charge"_s,
               u"charged %1 ≠ round(%2 × %3 × %4) = %5"_s.arg(l.amounts.charged)
                   .arg(q.toString())
                   .arg(*l.tariff)
                   .arg(f.toString())
                   .arg(expected->kopecks()));
        return;
    }
    if (!l.factor.isEmpty()) {
        const qint64 price = Money::multiply(tariff, q)->kopecks();
        if (!l.pricePerUnit)
            p.fail(path, u"missing_field"_s, u"\"pricePerUnit\" is required with a factor"_s);
        else if (*l.pricePerUnit != price)
            p.fail(path + u".pricePerUnit"_s, u"invariant_charge"_s,
                   u"pricePerUnit %1 ≠ round(quantity × tariff) = %2"_s.arg(*l.pricePerUnit).arg(price));
    } else if (l.pricePerUnit && *l.pricePerUnit != *l.tariff) {
        p.fail(path + u".pricePerUnit"_s, u"invariant_charge"_s, u"without a factor pricePerUnit equals the tariff"_s);
    }
}

void sums(const QList<BillLine>& lines, const Amounts& block, const QString& path, FirstProblem& p) {
    Amounts s;
    for (const BillLine& l : lines) {
        s.debtStart += l.amounts.debtStart;
        s.paid += l.amounts.paid;
        s.charged += l.amounts.charged;
        s.socialSupport += l.amounts.socialSupport;
        s.adjustments += l.amounts.adjustments;
        s.debtEnd += l.amounts.debtEnd;
        s.penalties += l.amounts.penalties;
        s.totalToPay += l.amounts.totalToPay;
    }
    const std::tuple<const char16_t*, qint64, qint64> columns[] = {
        {u"debtStart", s.debtStart, block.debtStart},
        {u"paid", s.paid, block.paid},
        {u"charged", s.charged, block.charged},
        {u"socialSupport", s.socialSupport, block.socialSupport},
        {u"adjustments", s.adjustments, block.adjustments},
        {u"debtEnd", s.debtEnd, block.debtEnd},
        {u"penalties", s.penalties, block.penalties},
        {u"totalToPay", s.totalToPay, block.totalToPay}};
    for (const auto& [name, sum, value] : columns) {
        if (p.ok() && sum != value)
            p.fail(path + u'.' + QString::fromUtf16(name), u"invariant_sum"_s,
                   u"%1 ≠ the sum of the services, %2"_s.arg(value).arg(sum));
    }
}

} // namespace

QString BillRules::previousPeriod(const QString& period) {
    int year = QStringView(period).left(4).toInt();
    int month = QStringView(period).mid(5, 2).toInt() - 1;
    if (month == 0) {
        month = 12;
        --year;
    }
    return u"%1-%2"_s.arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0'));
}

BillRules::DebtEnds BillRules::debtEnds(const Bill& bill) {
    DebtEnds out;
    for (const BillProvider& bp : bill.providers) {
        for (const BillLine& l : bp.lines)
            out.insert(lineKey(l), l.amounts.debtEnd);
    }
    return out;
}

void BillRules::check(const Bill& b, const QString& path, const References& refs, const DebtEnds* previous,
                      FirstProblem& p) {
    qint64 total = 0, penalties = 0;
    QSet<QString> providers, lines;
    for (qsizetype k = 0; p.ok() && k < b.providers.size(); ++k) {
        const BillProvider& bp = b.providers[k];
        const QString ppath = path + u".providers[%1]"_s.arg(k);
        const auto providerId = refs.provider(bp.provider);
        if (!providerId) {
            p.fail(ppath + u".provider"_s, u"unknown_reference"_s, u"no provider "_s + bp.provider);
            return;
        }
        if (providers.contains(bp.provider)) {
            p.fail(ppath + u".provider"_s, u"duplicate_key"_s, u"provider twice in one bill"_s);
            return;
        }
        providers.insert(bp.provider);
        if (!refs.subAccountOf(*providerId, bp.subAccount)) {
            p.fail(ppath + u".subAccount"_s, u"inconsistent_reference"_s,
                   u"%1 is not a sub-account of %2 on account %3"_s.arg(bp.subAccount, bp.provider, b.account));
            return;
        }
        for (qsizetype l = 0; p.ok() && l < bp.lines.size(); ++l) {
            const BillLine& line = bp.lines[l];
            const QString lpath = ppath + u".services[%1]"_s.arg(l);
            const auto c = refs.contract(line.contract);
            if (!c) {
                p.fail(lpath + u".contract"_s, u"unknown_reference"_s, u"no contract "_s + line.contract);
                return;
            }
            if (c->accountId != refs.accountId || c->providerId != *providerId || c->subAccount != bp.subAccount) {
                p.fail(lpath + u".contract"_s, u"inconsistent_reference"_s,
                       u"contract %1 is not of this account, provider and sub-account"_s.arg(line.contract));
                return;
            }
            const QString key = lineKey(line);
            if (lines.contains(key)) {
                p.fail(lpath + u".contract"_s, u"duplicate_key"_s, u"contract and zone twice in one bill"_s);
                return;
            }
            lines.insert(key);
            balance(line.amounts, lpath, p);
            charge(line, lpath, p);
            if (p.ok() && previous && previous->contains(key) && previous->value(key) != line.amounts.debtStart)
                p.fail(lpath + u".debtStart"_s, u"invariant_continuity"_s,
                       u"%1 ≠ debtEnd %2 of %3"_s.arg(line.amounts.debtStart)
                           .arg(previous->value(key))
                           .arg(previousPeriod(b.period)));
        }
        balance(bp.amounts, ppath, p);
        sums(bp.lines, bp.amounts, ppath, p);
        total += bp.amounts.totalToPay;
        penalties += bp.amounts.penalties;
    }
    if (p.ok() && total != b.totalToPay)
        p.fail(path + u".totalToPay"_s, u"invariant_sum"_s,
               u"%1 ≠ the sum of the providers, %2"_s.arg(b.totalToPay).arg(total));
    if (p.ok() && penalties != b.penalties)
        p.fail(path + u".penalties"_s, u"invariant_sum"_s,
               u"%1 ≠ the sum of the providers, %2"_s.arg(b.penalties).arg(penalties));
}

} // namespace lkk::server::billing
