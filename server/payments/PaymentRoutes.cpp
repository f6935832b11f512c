#include "server/payments/PaymentRoutes.h"

#include "server/accounts/DataVersion.h"

namespace lkk::server::payments {

const QList<FeatureRoute<PaymentsApi>>& routes() {
    using Method = HttpMethod;
    const Roles customer{Role::Customer};
    static const QList<FeatureRoute<PaymentsApi>> table = {
        {taggedGet("/api/v1/accounts/{id}/payments", customer, &accounts::DataVersion::ofAccount),
         &PaymentsApi::payments},
        {taggedGet("/api/v1/accounts/{id}/payment-form", customer, &accounts::DataVersion::ofAccount),
         &PaymentsApi::paymentForm},
        {{Method::Post, "/api/v1/accounts/{id}/payment-orders", customer}, &PaymentsApi::createOrder},
        {{Method::Get, "/api/v1/payment-orders/{id}", customer}, &PaymentsApi::getOrder},
        {{Method::Post, "/api/v1/payment-orders/{id}/cancel", customer}, &PaymentsApi::cancelOrder},
        // Static pages for the browser; the bank's page is the sandbox's (404 in production).
        {{.method = Method::Get, .path = "/payment-rules", .usesDatabase = false}, &PaymentsApi::paymentRules},
        {{Method::Get, "/sandbox/pay/{id}"}, &PaymentsApi::sandboxPage},
        {{Method::Post, "/sandbox/pay/{id}"}, &PaymentsApi::sandboxSubmit},
    };
    return table;
}

} // namespace lkk::server::payments
