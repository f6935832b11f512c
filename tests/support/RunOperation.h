#pragma once

// Integration tests: run one API operation against the real server and wait for its answer, so a
// test reads top to bottom. Header-only, for tests that link lkk-core.
#include "app/api/ApiClient.h"
#include "app/session/Session.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace lkk::test {

constexpr int operationTimeoutMs = 30000; // generous: a loaded 2-core CI machine under ASan

namespace detail {
template <typename Value, typename Start> Result<Value> waitForAnswer(Start start, int timeoutMs) {
    std::optional<Result<Value>> out;
    QObject context;
    start(&context, [&out](Result<Value> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs)) {
        ApiError e;
        e.kind = ApiError::Kind::Timeout;
        e.message = QStringLiteral("test: no answer in %1 ms").arg(timeoutMs);
        return e;
    }
    return std::move(*out);
}
} // namespace detail

// Through the session: the bearer token, and one refresh when the access token has expired.
template <typename Op>
Result<typename Op::Value> runOp(Session& session, const Op& op, int timeoutMs = operationTimeoutMs) {
    return detail::waitForAnswer<typename Op::Value>(
        [&](QObject* context, auto done) { session.authorized(op, context, std::move(done)); }, timeoutMs);
}

// Straight through the API client, with an optional bearer token.
template <typename Op>
Result<typename Op::Value> runOp(ApiClient& api, const Op& op, const QString& token = {},
                                 int timeoutMs = operationTimeoutMs) {
    return detail::waitForAnswer<typename Op::Value>(
        [&](QObject* context, auto done) { api.call(op, token, context, std::move(done)); }, timeoutMs);
}

} // namespace lkk::test
