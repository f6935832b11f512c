#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"
#include "server/payments/OrderStore.h"

namespace lkk::server::payments {

// The sandbox bank of demo and test (production: 404): the card page of an order, its submission
// with the test cards (SandboxCard) that pay, decline or stay processing for a while, and the
// payment rules page. Russian only, like a bank's page.
class SandboxBank {
public:
    SandboxBank(const OrderStore& store, const PaymentOptions& options);

    Result<ApiReply> page(RequestContext& context) const;
    Result<ApiReply> submit(RequestContext& context) const;
    Result<ApiReply> rules(RequestContext& context) const;

private:
    const OrderStore& m_store;
    bool m_sandbox;
    qint64 m_slowSec;
};

} // namespace lkk::server::payments
