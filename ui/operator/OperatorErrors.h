#pragma once

#include <QString>

namespace lkk {

struct ApiError;

// An operator-facing sentence for a failed operator request: the server's own words for its
// refusals (already in the UI language, the 429 limits included with when to try again), a plain
// «no connection» for the network.
QString operatorErrorText(const ApiError& error);

} // namespace lkk
