#include "server/payments/SandboxBank.h"

#include "server/accounts/TomskTime.h"
#include "server/http/HtmlPage.h"
#include "server/payments/PaymentsApi.h"
#include "server/payments/SandboxCard.h"
#include "server/payments/SandboxPage.h"
#include "shared/ErrorCodes.h"

#include <QUrlQuery>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;
using Status = OrderStatus;

SandboxBank::SandboxBank(const OrderStore& store, const PaymentOptions& options)
    : m_store(store)
    , m_sandbox(options.sandbox)
    , m_slowSec(options.sandboxSlowSec) {}

Result<ApiReply> SandboxBank::rules(RequestContext&) const {
    return HtmlPage::reply(200, SandboxPage::rules());
}

Result<ApiReply> SandboxBank::page(RequestContext& context) const {
    context.language = Language::Ru; // the sandbox bank speaks Russian only, its errors too
    if (!m_sandbox)
        return Failure::of(404, errc::notFound);
    QSqlDatabase& db = context.db;
    const auto found = m_store.load(db, context.arg(0), 0);
    if (!found)
        return found.failure();
    if (!*found)
        return HtmlPage::reply(404, SandboxPage::result(u"Платёж не найден"_s, u"Проверьте ссылку на оплату."_s));
    Order order = **found;
    if (!m_store.settle(db, &order, context.nowMs))
        return Failure::databaseUnavailable();
    if (order.status != Status::Pending)
        return HtmlPage::reply(409,
                               SandboxPage::result(u"Оплата недоступна"_s,
                                                   u"Состояние платежа: "_s + orderStatusName(order.status) + u'.'));
    return HtmlPage::reply(200, SandboxPage::form(order.id, order.total));
}

Result<ApiReply> SandboxBank::submit(RequestContext& context) const {
    context.language = Language::Ru; // the sandbox bank speaks Russian only, its errors too
    if (!m_sandbox)
        return Failure::of(404, errc::notFound);
    if (!context.request.contentType.toLower().startsWith("application/x-www-form-urlencoded"))
        return Failure::of(415, errc::unsupportedMediaType);
    QSqlDatabase& db = context.db;
    const qint64 now = context.nowMs;
    const auto found = m_store.load(db, context.arg(0), 0);
    if (!found)
        return found.failure();
    if (!*found)
        return HtmlPage::reply(404, SandboxPage::result(u"Платёж не найден"_s, u"Проверьте ссылку на оплату."_s));
    Order order = **found;
    if (!m_store.settle(db, &order, now))
        return Failure::databaseUnavailable();
    auto notPending = [&]() {
        return HtmlPage::reply(409,
                               SandboxPage::result(u"Оплата недоступна"_s,
                                                   u"Состояние платежа: "_s + orderStatusName(order.status) + u'.'));
    };
    if (order.status != Status::Pending)
        return notPending();

    QByteArray form = context.request.body;
    form.replace('+', ' ');
    const QUrlQuery fields(QString::fromUtf8(form));
    auto field = [&](const QString& name) {
        return fields.queryItemValue(name, QUrl::FullyDecoded);
    };
    if (field(u"action"_s) == u"cancel"_s) {
        bool changed = false;
        if (!m_store.transition(db, order.id, Status::Pending, Status::Cancelled, &changed))
            return Failure::databaseUnavailable();
        if (!changed)
            return notPending();
        qCInfo(lcPayments) << "order" << order.id << "cancelled on the bank page";
        return HtmlPage::reply(200, SandboxPage::result(u"Оплата отменена"_s, u"Платёж отменён, деньги не списаны."_s));
    }
    const SandboxCard::Check check =
        SandboxCard::check(field(u"card"_s), field(u"expiry"_s), field(u"cvc"_s), accounts::TomskTime::today(now));
    if (!check.error.isEmpty())
        return HtmlPage::reply(400, SandboxPage::form(order.id, order.total, check.error));

    const SandboxCard::Outcome outcome = SandboxCard::outcome(check.digits);
    bool changed = false;
    if (outcome == SandboxCard::Outcome::Declined || outcome == SandboxCard::Outcome::Unsupported) {
        const QString reason = SandboxCard::declineReason(outcome);
        if (!m_store.transition(db, order.id, Status::Pending, Status::Declined, &changed, u", decline_reason = ?"_s,
                                {reason}))
            return Failure::databaseUnavailable();
        if (!changed)
            return notPending();
        qCInfo(lcPayments) << "order" << order.id << "declined by the sandbox bank";
        return HtmlPage::reply(200, SandboxPage::result(u"Оплата отклонена"_s, reason + u'.'));
    }
    // Claim the order: of concurrent submissions exactly one moves it out of pending.
    const qint64 until = outcome == SandboxCard::Outcome::Slow ? now + m_slowSec * 1000 : now;
    if (!m_store.transition(db, order.id, Status::Pending, Status::Processing, &changed, u", processing_until = ?"_s,
                            {until}))
        return Failure::databaseUnavailable();
    if (!changed) {
        m_store.reload(db, &order);
        return notPending();
    }
    if (!m_store.reload(db, &order) || !m_store.settle(db, &order, now))
        return Failure::databaseUnavailable();
    if (order.status == Status::Paid)
        return HtmlPage::reply(200, SandboxPage::result(u"Оплата прошла успешно"_s,
                                                        u"Платёж принят банком. Кассовый чек будет направлен вам."_s));
    return HtmlPage::reply(202, SandboxPage::result(u"Платёж обрабатывается"_s,
                                                    u"Банк обрабатывает платёж, это может занять некоторое время."_s));
}

} // namespace lkk::server::payments
