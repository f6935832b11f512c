#pragma once

#include "app/api/Result.h"
#include "app/bills/BillDtos.h"

#include <QByteArray>

// JSON -> bills DTOs (GET /accounts/{id}/bills), strict like app/api/JsonCodec: a missing or mistyped
// field is a Kind::Protocol error naming it ("bills[0].providers[2].bic must be a string");
// unknown fields are ignored.
namespace lkk::json {

Result<BillList> parseBills(const QByteArray& body);

// "2026-11" -> 2026-11-01; a null date for anything else.
QDate parseBillPeriod(const QString& text);

} // namespace lkk::json
