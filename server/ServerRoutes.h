#pragma once

#include "server/http/Route.h"

#include <QList>
#include <QStringList>

namespace lkk::server {

class AuthService;
class TestClockApi;
namespace accounts {
class AccountsApi;
}
namespace appeals {
class AppealsApi;
}
namespace faq {
class FaqApi;
}
namespace operators {
class CallerActions;
class OperatorApi;
} // namespace operators
namespace users {
class ProfileApi;
class UsersApi;
} // namespace users
namespace payments {
class BillsService;
class PaymentsApi;
} // namespace payments
namespace readings {
class ReadingsApi;
}

// The features that answer the server's routes, as ServerApp constructed them.
struct Features {
    const AuthService* auth = nullptr;
    const accounts::AccountsApi* accounts = nullptr;
    const users::UsersApi* users = nullptr;
    const users::ProfileApi* profile = nullptr;
    const payments::BillsService* bills = nullptr;
    const payments::PaymentsApi* payments = nullptr;
    const readings::ReadingsApi* readings = nullptr;
    const appeals::AppealsApi* appeals = nullptr;
    const faq::FaqApi* faq = nullptr;
    const operators::OperatorApi* operators = nullptr;
    const operators::CallerActions* callerActions = nullptr;
    const TestClockApi* testClock = nullptr;
};

// The concatenation of every feature's route table, each handler bound to its feature: what the
// router serves.
QList<Route> serverRoutes(const Features& features);
// The same table without features (no handlers): "METHOD /path roles" lines for --print-routes
// and the test that compares them with docs/openapi.yaml.
QStringList serverRouteLines();

} // namespace lkk::server
