#include "app/payments/PaymentDtos.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

constexpr std::array<std::pair<PaymentOrder::Status, QLatin1StringView>, 6> orderStatuses{{
    {PaymentOrder::Status::Pending, "pending"_L1},
    {PaymentOrder::Status::Processing, "processing"_L1},
    {PaymentOrder::Status::Paid, "paid"_L1},
    {PaymentOrder::Status::Declined, "declined"_L1},
    {PaymentOrder::Status::Expired, "expired"_L1},
    {PaymentOrder::Status::Cancelled, "cancelled"_L1},
}};

} // namespace

QString paymentStatusToWire(PaymentRecord::Status status) {
    return status == PaymentRecord::Status::Credited ? u"credited"_s : u"processing"_s;
}

std::optional<PaymentRecord::Status> paymentStatusFromWire(const QString& text) {
    if (text == "credited"_L1)
        return PaymentRecord::Status::Credited;
    if (text == "processing"_L1)
        return PaymentRecord::Status::Processing;
    return std::nullopt;
}

QString orderStatusToWire(PaymentOrder::Status status) {
    for (const auto& [value, name] : orderStatuses)
        if (value == status)
            return name;
    return {};
}

std::optional<PaymentOrder::Status> orderStatusFromWire(const QString& text) {
    for (const auto& [value, name] : orderStatuses)
        if (text == name)
            return value;
    return std::nullopt;
}

} // namespace lkk
