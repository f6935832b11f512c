#pragma once

#include "server/http/Route.h"
#include "server/readings/ReadingsApi.h"

namespace lkk::server::readings {

// Meter readings: the form, the history and a submission.
const QList<FeatureRoute<ReadingsApi>>& routes();

} // namespace lkk::server::readings
