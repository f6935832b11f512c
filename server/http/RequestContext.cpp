#include "server/http/RequestContext.h"

#include "shared/ErrorCodes.h"

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {
constexpr struct {
    Role role;
    QStringView name;
} kRoleNames[] = {{Role::Customer, u"customer"}, {Role::Operator, u"operator"}, {Role::Supervisor, u"supervisor"}};
} // namespace

std::optional<Role> roleFromName(const QString& name) {
    for (const auto& entry : kRoleNames) {
        if (entry.name == name)
            return entry.role;
    }
    return std::nullopt;
}

QString roleName(Role role) {
    for (const auto& entry : kRoleNames) {
        if (entry.role == role)
            return entry.name.toString();
    }
    return {};
}

QString Roles::describe() const {
    if (m_public)
        return u"public"_s;
    QStringList names;
    for (const auto& entry : kRoleNames) {
        if (serves(entry.role))
            names << entry.name.toString();
    }
    return names.join(u',');
}

Result<QJsonObject> RequestContext::json(const JsonBody::Spec& spec) const {
    auto parsed = JsonBody::parse(request.contentType, request.body, maxBodyBytes, spec);
    if (auto* object = std::get_if<QJsonObject>(&parsed))
        return std::move(*object);
    const auto& e = std::get<JsonBody::Error>(parsed);
    // A missing required field: the same text as the input rules' «required».
    const QString message = qstrcmp(e.code, errc::validationFailed) == 0
                                ? Messages::violation(rules::Violation::Required, language)
                                : QString();
    return Failure::of(e.status, e.code, e.field, message);
}

Failure RequestContext::invalid(const QString& field, rules::Violation violation) const {
    return Failure::invalid(field, Messages::violation(violation, language));
}

} // namespace lkk::server
