#pragma once

#include "server/billing/BillingData.h"
#include "server/faq/FaqData.h"

#include <QByteArray>
#include <optional>

namespace lkk::server::faq {

// Reads an lkk-faq file and checks everything docs/faq-import.md promises before anything is
// written. The first problem is reported with its JSON path and its line and column in the file
// (billing::ImportError, the billing import's format).
class FaqValidator {
public:
    static std::optional<FaqFile> validate(const QByteArray& json, billing::ImportError* error);
};

} // namespace lkk::server::faq
