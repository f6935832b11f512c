#pragma once

#include "server/http/Route.h"

namespace lkk::server {

// POST /api/v1/test/clock: sets the server's clock (server/Clock.h) in the test environment; the
// route is test-only, so without --test-clock it answers 404.
class TestClockApi {
public:
    Result<ApiReply> set(RequestContext& context) const;
};

const QList<FeatureRoute<TestClockApi>>& testClockRoutes();

} // namespace lkk::server
