#include "server/http/Route.h"

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {
constexpr struct {
    HttpMethod method;
    QByteArrayView name;
} kMethodNames[] = {{HttpMethod::Get, "GET"},
                    {HttpMethod::Post, "POST"},
                    {HttpMethod::Put, "PUT"},
                    {HttpMethod::Patch, "PATCH"},
                    {HttpMethod::Delete, "DELETE"}};
} // namespace

QByteArrayView httpMethodName(HttpMethod method) {
    for (const auto& entry : kMethodNames) {
        if (entry.method == method)
            return entry.name;
    }
    return {};
}

std::optional<HttpMethod> httpMethodFromName(QByteArrayView name) {
    for (const auto& entry : kMethodNames) {
        if (entry.name == name) // methods are case-sensitive (RFC 9110 §9.1)
            return entry.method;
    }
    return std::nullopt;
}

QString RouteInfo::describe() const {
    return QString::fromLatin1(httpMethodName(method)) + u' ' + QString::fromLatin1(path) + u' ' + roles.describe() +
           (testOnly ? u" test-only"_s : QString());
}

} // namespace lkk::server
