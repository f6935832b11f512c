#include "app/api/ApiErrorStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lkk {

QJsonObject apiErrorToJson(const ApiError& e) {
    return QJsonObject{{"kind"_L1, static_cast<int>(e.kind)},
                       {"status"_L1, e.httpStatus},
                       {"code"_L1, e.code},
                       {"field"_L1, e.field},
                       {"message"_L1, e.message},
                       {"details"_L1, e.details}};
}

ApiError apiErrorFromJson(const QJsonObject& o) {
    ApiError e;
    e.kind = static_cast<ApiError::Kind>(
        std::clamp(o.value("kind"_L1).toInt(), 0, static_cast<int>(ApiError::Kind::Canceled)));
    e.httpStatus = o.value("status"_L1).toInt();
    e.code = o.value("code"_L1).toString();
    e.field = o.value("field"_L1).toString();
    e.message = o.value("message"_L1).toString();
    e.details = o.value("details"_L1).toObject();
    return e;
}

bool isTransientForResend(const ApiError& error) {
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:      // e.g. a server restarting behind a proxy; never final for data
    case ApiError::Kind::Protocol: // an unreadable answer: the replay gives the stored one
    case ApiError::Kind::Canceled:
        return true;
    case ApiError::Kind::InsecureUrl:
        return false;
    case ApiError::Kind::Http:
        return error.httpStatus >= 500 || error.httpStatus == 429 || error.httpStatus == 408 || error.httpStatus == 401;
    }
    return true;
}

} // namespace lkk
