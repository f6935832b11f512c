#pragma once

#include "server/faq/FaqApi.h"
#include "server/http/Route.h"

namespace lkk::server::faq {

// «Вопросы и ответы»: public, the login window shows it too.
const QList<FeatureRoute<FaqApi>>& routes();

} // namespace lkk::server::faq
