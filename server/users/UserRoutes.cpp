// The registration/recovery handlers of HttpApi (declared in HttpApi.h), served by users::UsersApi.
#include "server/http/HttpApi.h"

#include "server/users/UsersApi.h"
#include "shared/ErrorCodes.h"

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {
using T = JsonBody::Type;
ApiReply usersNotReady(Language language) {
    return ApiReply::error(503, errc::serviceUnavailable, language);
}
} // namespace

ApiReply HttpApi::registerUser(const RequestData& data) const {
    if (!m_users)
        return usersNotReady(data.language);
    static const JsonBody::Spec spec{{{u"email"_s, T::String, true},
                                      {u"password"_s, T::String, true},
                                      {u"surname"_s, T::String, true},
                                      {u"firstName"_s, T::String, true},
                                      {u"patronymic"_s, T::String, false},
                                      {u"phone"_s, T::String, false},
                                      {u"birthDate"_s, T::String, false},
                                      {u"sex"_s, T::String, false},
                                      {u"captchaId"_s, T::String, true},
                                      {u"captchaAnswer"_s, T::String, true},
                                      {u"agreement"_s, T::Bool, true}},
                                     false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return m_users->registerUser(body, data.ip, data.language);
}

ApiReply HttpApi::confirmRegistration(const RequestData& data) const {
    if (!m_users)
        return usersNotReady(data.language);
    static const JsonBody::Spec spec{{{u"email"_s, T::String, true}, {u"code"_s, T::String, true}}, false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return m_users->confirm(body, data.language);
}

ApiReply HttpApi::resendConfirmation(const RequestData& data) const {
    if (!m_users)
        return usersNotReady(data.language);
    static const JsonBody::Spec spec{{{u"email"_s, T::String, true}}, false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return m_users->resend(body, data.language);
}

ApiReply HttpApi::recoverPassword(const RequestData& data) const {
    if (!m_users)
        return usersNotReady(data.language);
    static const JsonBody::Spec spec{
        {{u"email"_s, T::String, true}, {u"captchaId"_s, T::String, true}, {u"captchaAnswer"_s, T::String, true}},
        false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return m_users->recover(body, data.ip, data.language);
}

ApiReply HttpApi::confirmRecovery(const RequestData& data) const {
    if (!m_users)
        return usersNotReady(data.language);
    static const JsonBody::Spec spec{
        {{u"email"_s, T::String, true}, {u"code"_s, T::String, true}, {u"newPassword"_s, T::String, true}}, false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return m_users->recoverConfirm(body, data.language);
}

ApiReply HttpApi::changePassword(const RequestData& data) const {
    if (!m_users)
        return usersNotReady(data.language);
    static const JsonBody::Spec spec{{{u"currentPassword"_s, T::String, true}, {u"newPassword"_s, T::String, true}},
                                     false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return m_users->changePassword(data.bearerToken, body, data.language);
}

ApiReply HttpApi::requestEmailChange(const RequestData& data) const {
    if (!m_users)
        return usersNotReady(data.language);
    static const JsonBody::Spec spec{{{u"newEmail"_s, T::String, true}, {u"currentPassword"_s, T::String, true}},
                                     false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return m_users->requestEmailChange(data.bearerToken, body, data.language);
}

ApiReply HttpApi::confirmEmailChange(const RequestData& data) const {
    if (!m_users)
        return usersNotReady(data.language);
    static const JsonBody::Spec spec{{{u"code"_s, T::String, true}}, false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return m_users->confirmEmailChange(data.bearerToken, body, data.language);
}

ApiReply HttpApi::updateProfile(const RequestData& data) const {
    if (!m_users)
        return usersNotReady(data.language);
    static const JsonBody::Spec spec{{{u"surname"_s, T::String, false},
                                      {u"firstName"_s, T::String, false},
                                      {u"patronymic"_s, T::String, false},
                                      {u"phone"_s, T::String, false},
                                      {u"birthDate"_s, T::String, false},
                                      {u"sex"_s, T::String, false},
                                      {u"marketing"_s, T::Object, false}},
                                     false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return m_users->updateProfile(data.bearerToken, body, data.language);
}

ApiReply HttpApi::confirmLinkPage(const RequestData& data) const {
    if (!m_users)
        return usersNotReady(data.language);
    return m_users->confirmLink(data.query, data.language);
}

ApiReply HttpApi::recoverPage(const RequestData& data) const {
    if (!m_users)
        return usersNotReady(data.language);
    return m_users->recoverPage(data.query, data.language);
}

ApiReply HttpApi::recoverPageSubmit(const RequestData& data) const {
    if (!m_users)
        return usersNotReady(data.language);
    return m_users->recoverPageSubmit(data.contentType, data.body, data.language);
}

} // namespace lkk::server
