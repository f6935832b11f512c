#pragma once

#include "server/http/HttpRequestParser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <algorithm>

namespace lkk::test {

// Drives an HttpRequestParser the way HttpConnection does: `input` is offered in pieces of `step`
// bytes (all at once for 0), and what a parse() call does not consume is offered again with the
// next piece. After every call, onStep(status, used, offered) decides what happens next (accept the
// body, take the message, reset…) and returns false to stop. Shared by the parser's test and its
// fuzz target.
template <typename OnStep>
void feedInPieces(server::HttpRequestParser& parser, QByteArrayView input, qsizetype step, OnStep onStep) {
    QByteArray pending;
    qsizetype fed = 0;
    while (true) {
        if (pending.isEmpty()) {
            if (fed >= input.size())
                return;
            const qsizetype take = step > 0 ? std::min(step, input.size() - fed) : input.size() - fed;
            pending = input.sliced(fed, take).toByteArray();
            fed += take;
        }
        qsizetype used = -1;
        const auto status = parser.parse(pending, &used);
        const bool goOn = onStep(status, used, pending.size()); // checks `used` before it is applied
        pending.remove(0, used);
        if (!goOn)
            return;
    }
}

} // namespace lkk::test
