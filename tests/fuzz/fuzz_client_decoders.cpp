// libFuzzer target for the client's response decoders (app/*/…Codec): what the client makes of
// any body a server, or something posing as one, sends. The first byte chooses the decoder, the
// rest is the body. Its promise is checked on every input: a value, or a protocol error with a
// message to show.
#include "app/api/JsonCodec.h"
#include "app/bills/BillsCodec.h"
#include "app/payments/PaymentsCodec.h"
#include "app/readings/ReadingsCodec.h"
#include "app/registration/RegistrationCodec.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

template <class T> void check(const lkk::Result<T>& result) {
    if (!result.ok() && (result.error().kind != lkk::ApiError::Kind::Protocol || result.error().message.isEmpty())) {
        std::fprintf(stderr, "a decoder broke its promise: a failure that is not a protocol error with a message\n");
        std::abort();
    }
}

template <class T> std::function<void(const QByteArray&)> decoder(lkk::Result<T> (*parse)(const QByteArray&)) {
    return [parse](const QByteArray& body) {
        check(parse(body));
    };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace lkk::json;
    static const std::function<void(const QByteArray&)> decoders[] = {
        decoder(&parseLoginResult),
        decoder(&parseProfile),
        decoder(&parseCaptcha),
        decoder(&parseHealth),
        decoder(&parseAccountList),
        decoder(&parseAccountSummary),
        decoder(&parseLinkChallenge),
        decoder(&parseRequisites),
        decoder(&parseTariffHistory),
        decoder(&parseMeters),
        decoder(&parseBills),
        decoder(&parsePayments),
        decoder(&parsePaymentForm),
        decoder(&parsePaymentOrder),
        decoder(&parseReadingsForm),
        decoder(&parseReadingSubmissionResult),
        decoder(&parseReadingsHistory),
        decoder(&parseRegistrationAccepted),
        decoder(&parseResendAccepted),
        decoder(&parseRecoveryAccepted),
        decoder(&parseEmailChangeAccepted),
        decoder(&parseSecondFactorChallenge), // new decoders go last: the seeds' first bytes stay theirs
    };
    if (size < 1)
        return 0;
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    decoders[data[0] % std::size(decoders)](body);
    return 0;
}
