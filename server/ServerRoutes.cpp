#include "server/ServerRoutes.h"

#include "server/TestClockApi.h"
#include "server/accounts/AccountRoutes.h"
#include "server/appeals/AppealRoutes.h"
#include "server/auth/AuthRoutes.h"
#include "server/bills/BillRoutes.h"
#include "server/faq/FaqRoutes.h"
#include "server/http/HttpApi.h"
#include "server/operator/CallerCabinet.h"
#include "server/operator/OperatorRoutes.h"
#include "server/payments/PaymentRoutes.h"
#include "server/readings/ReadingRoutes.h"
#include "server/users/UserRoutes.h"

namespace lkk::server {

QList<Route> serverRoutes(const Features& features) {
    QList<Route> routes;
    appendRoutes(routes, authRoutes(), features.auth);
    appendRoutes(routes, accounts::routes(), features.accounts);
    appendRoutes(routes, users::routes(), features.users);
    appendRoutes(routes, users::profileRoutes(), features.profile);
    appendRoutes(routes, payments::billRoutes(), features.bills);
    appendRoutes(routes, payments::routes(), features.payments);
    appendRoutes(routes, readings::routes(), features.readings);
    appendRoutes(routes, appeals::routes(), features.appeals);
    appendRoutes(routes, faq::routes(), features.faq);
    appendRoutes(routes, operators::routes(), features.operators);
    appendRoutes(routes, operators::actionRoutes(), features.callerActions);
    operators::appendCallerCabinet(routes, features.operators); // after the customers' routes it wraps
    appendRoutes(routes, testClockRoutes(), features.testClock);
    return routes;
}

QStringList serverRouteLines() {
    return HttpApi::routeLines(serverRoutes(Features{}));
}

} // namespace lkk::server
