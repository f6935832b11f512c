#include "server/http/HttpRequestHandler.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lkk::server {

using namespace Qt::StringLiterals;

HttpResponse HttpRequestHandler::refusal(const HttpRefusal& refusal) {
    const QJsonObject error{{u"code"_s, QString::fromLatin1(refusal.code)},
                            {u"message"_s, QString::fromLatin1(refusal.reason)}};
    return HttpResponse::withBody(refusal.status, "application/json; charset=utf-8",
                                  QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact));
}

} // namespace lkk::server
