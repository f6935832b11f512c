// libFuzzer target for BillingValidator, which reads every billing file `lkk-server import` loads
// (docs/billing-import.md) before a row is written. The input is the file. Its promise is checked
// on every input: a parsed file, or an error that says what and where.
#include "server/billing/BillingValidator.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using lkk::server::billing::BillingValidator;
using lkk::server::billing::ImportError;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    ImportError error;
    const auto file = BillingValidator::validate(json, BillingValidator::NothingKnown(), &error);
    if (!file && (error.code.isEmpty() || error.message.isEmpty())) {
        std::fprintf(stderr, "BillingValidator broke a promise: a refusal without its code and message\n");
        std::abort();
    }
    return 0;
}
