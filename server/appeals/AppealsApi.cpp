#include "server/appeals/AppealsApi.h"

#include "server/appeals/AttachmentDownload.h"

namespace lkk::server::appeals {

AppealsApi::AppealsApi(Database& database, mail::Mailer& mailer)
    : m_store(database)
    , m_customer(database, m_store)
    , m_operator(database, m_store, mailer) {}

Result<ApiReply> AppealsApi::form(RequestContext& context) const {
    return m_customer.form(context);
}

Result<ApiReply> AppealsApi::list(RequestContext& context) const {
    return m_customer.list(context);
}

Result<ApiReply> AppealsApi::create(RequestContext& context) const {
    return m_customer.create(context);
}

Result<ApiReply> AppealsApi::get(RequestContext& context) const {
    return m_customer.get(context);
}

Result<ApiReply> AppealsApi::addMessage(RequestContext& context) const {
    return m_customer.addMessage(context);
}

Result<ApiReply> AppealsApi::close(RequestContext& context) const {
    return m_customer.close(context);
}

Result<ApiReply> AppealsApi::markRead(RequestContext& context) const {
    return m_customer.markRead(context);
}

Result<ApiReply> AppealsApi::attachment(RequestContext& context) const {
    return AttachmentDownload::serve(context);
}

Result<ApiReply> AppealsApi::operatorTopics(RequestContext& context) const {
    return m_operator.topics(context);
}

Result<ApiReply> AppealsApi::operatorQueue(RequestContext& context) const {
    return m_operator.queue(context);
}

Result<ApiReply> AppealsApi::operatorGet(RequestContext& context) const {
    return m_operator.get(context);
}

Result<ApiReply> AppealsApi::operatorTake(RequestContext& context) const {
    return m_operator.take(context);
}

Result<ApiReply> AppealsApi::operatorAnswer(RequestContext& context) const {
    return m_operator.answer(context);
}

Result<ApiReply> AppealsApi::operatorSetStatus(RequestContext& context) const {
    return m_operator.setStatus(context);
}

} // namespace lkk::server::appeals
