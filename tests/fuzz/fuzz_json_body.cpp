// libFuzzer target for JsonBody, the strict reader of every JSON request body (docs/security.md,
// "What each test proves"). The first byte chooses the content type, whether the body may be
// empty and the size cap; the rest is the body. Its promises are checked on every input: an
// answer or one documented error, and an accepted object holds exactly the declared fields with
// their declared types.
#include "server/http/JsonBody.h"

#include <QJsonValue>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <variant>

using lkk::server::JsonBody;

namespace {

void check(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "JsonBody broke a promise: %s\n", what);
        std::abort();
    }
}

bool hasType(const QJsonValue& value, JsonBody::Type type) {
    switch (type) {
    case JsonBody::Type::String:
        return value.isString();
    case JsonBody::Type::Bool:
        return value.isBool();
    case JsonBody::Type::Integer:
        return value.isDouble();
    case JsonBody::Type::Object:
        return value.isObject();
    case JsonBody::Type::Array:
        return value.isArray();
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1)
        return 0;
    static const QByteArray contentTypes[] = {"application/json", "application/json; charset=utf-8", "text/plain", ""};
    const QByteArray& contentType = contentTypes[data[0] & 3];
    JsonBody::Spec spec;
    spec.bodyOptional = data[0] & 4;
    spec.fields = {{QStringLiteral("email"), JsonBody::Type::String, true},
                   {QStringLiteral("remember"), JsonBody::Type::Bool, false},
                   {QStringLiteral("amount"), JsonBody::Type::Integer, false},
                   {QStringLiteral("payer"), JsonBody::Type::Object, false},
                   {QStringLiteral("items"), JsonBody::Type::Array, false}};
    const qsizetype maxBytes = (data[0] & 8) ? 64 : 64 * 1024;
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);

    const auto result = JsonBody::parse(contentType, body, maxBytes, spec);
    if (const auto* error = std::get_if<JsonBody::Error>(&result)) {
        check(error->code != nullptr && *error->code != '\0', "an error has a code");
        check(error->status == 400 || error->status == 413 || error->status == 415, "400, 413 or 415");
        check(error->status != 413 || body.size() > maxBytes, "413 only over the cap");
    } else {
        check(body.size() <= maxBytes, "nothing over the cap accepted");
        check(JsonBody::isJsonContentType(contentType) || body.isEmpty(), "only JSON accepted");
        const QJsonObject& object = std::get<QJsonObject>(result);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const auto field = std::find_if(spec.fields.cbegin(), spec.fields.cend(),
                                            [&](const JsonBody::Field& f) { return f.name == it.key(); });
            check(field != spec.fields.cend(), "only declared fields");
            check(hasType(it.value(), field->type), "declared types only");
        }
        check(object.contains(QStringLiteral("email")) || (spec.bodyOptional && body.trimmed().isEmpty()),
              "required fields present");
    }
    for (const QByteArray& literal : JsonBody::numberLiterals(body, "amount"))
        check(!literal.isEmpty(), "number literals are not empty");
    return 0;
}
