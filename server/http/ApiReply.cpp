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

} // namespace lkk::server
