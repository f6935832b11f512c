#pragma once

#include "app/api/Dtos.h"

#include <QList>
#include <QString>

// What the operators' API answers about callers (docs/openapi.yaml, tag `operator`). Plain values;
// JSON conversion is in OperatorCodec.h.
namespace lkk {

// A caller as search and the cabinet name them: e-mail and phone come masked from the server.
struct CallerCard {
    qint64 id = 0;
    QString surname;
    QString firstName;
    QString patronymic;
    QString email; // "d***@lkk.example"
    QString phone; // "+7 913 ***-**-67"; empty when none

    QString fullName() const; // «Фамилия Имя Отчество», the patronymic when there is one
};

struct CallerAccountRef {
    qint64 id = 0;
    QString number;
    QString address;
};

// One search result: the card, what the query matched and the caller's accounts.
struct CallerSummary {
    CallerCard card;
    QString matchedBy; // "email" | "phone" | "account" | "subAccount" | "surname"
    QList<CallerAccountRef> accounts;
};

struct CallerSearchResult {
    QList<CallerSummary> customers; // at most 50
    bool truncated = false;         // more matched
};

// GET /operator/customers/{id}: the card and the accounts as the customer's own list shows them.
struct CallerCabinet {
    CallerCard customer;
    QList<AccountSummary> accounts;
};

} // namespace lkk
