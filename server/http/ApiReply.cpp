#include "server/http/ApiReply.h"

#include <QJsonDocument>

namespace lkk::server {

using namespace Qt::StringLiterals;

ApiReply ApiReply::json(const QJsonObject& object, int status) {
    ApiReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

ApiReply ApiReply::noContent() {
    ApiReply reply;
    reply.status = 204;
    reply.contentType.clear();
    return reply;
}

ApiReply ApiReply::error(int status, const char* code, Language language, const QString& field, const QString& message,
                         const QJsonObject& details) {
    QJsonObject error{{u"code"_s, QString::fromLatin1(code)},
                      {u"message"_s, message.isEmpty() ? Messages::text(code, language) : message}};
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    if (!details.isEmpty())
        error.insert(u"details"_s, details);
    ApiReply reply = json(QJsonObject{{u"error"_s, error}}, status);
    reply.errorCode = code;
    reply.headers.append({"Content-Language", Messages::languageTag(language)});
    return reply;
}

} // namespace lkk::server
