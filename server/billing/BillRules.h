#pragma once

#include "server/billing/BillingData.h"
#include "server/billing/EntityReader.h"

#include <QHash>
#include <functional>
#include <optional>

namespace lkk::server::billing {

// The rules of one bill (docs/billing-import.md §4, rules 1–4, 6 and 7): the money adds up on
// every line, block and bill, charges follow tariff × quantity, the provider blocks and lines
// refer to this account's contracts, and the debt carries over from the previous period's bill
// of the same account when the file has it. What the bill refers to is looked up beforehand.
class BillRules {
public:
    struct ContractInfo {
        qint64 accountId = 0, providerId = 0;
        QString subAccount;
    };
    struct References {
        qint64 accountId = 0;
        std::function<std::optional<qint64>(const QString& code)> provider;
        std::function<std::optional<ContractInfo>(const QString& code)> contract;
        // Does the bill's account have this sub-account with this provider?
        std::function<bool(qint64 providerId, const QString& subAccount)> subAccountOf;
    };
    // debtEnd per contract and zone ("contract/zone") of one bill: what the next period starts with.
    using DebtEnds = QHash<QString, qint64>;

    // previous: the debts the previous period's bill of this account ended with, if in the file.
    static void check(const Bill& bill, const QString& path, const References& refs, const DebtEnds* previous,
                      FirstProblem& problem);
    static DebtEnds debtEnds(const Bill& bill);
    // "2026-11" -> "2026-10"
    static QString previousPeriod(const QString& period);
};

} // namespace lkk::server::billing
