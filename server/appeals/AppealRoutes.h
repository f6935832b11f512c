#pragma once

#include "server/appeals/AppealsApi.h"
#include "server/http/Route.h"

namespace lkk::server::appeals {

// The largest body of a route that posts a message: 5 files of 5 MiB in base64 (4/3 of their
// size), 4000 characters of text escaped in JSON, names and punctuation, with room to spare.
inline constexpr qint64 kMessageBodyBytes = 36 * 1024 * 1024;

// Appeals: the customer's, the operators' and the attachment download.
const QList<FeatureRoute<AppealsApi>>& routes();

} // namespace lkk::server::appeals
