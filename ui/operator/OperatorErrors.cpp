#include "ui/operator/OperatorErrors.h"

#include "app/api/ApiError.h"
#include "ui/ConnectionTrouble.h"

#include <QCoreApplication>

namespace lkk {

QString operatorErrorText(const ApiError& error) {
    if (ConnectionTrouble::isConnectionProblem(error))
        return QCoreApplication::translate("lkk::OperatorErrors",
                                           "The server cannot be reached. Check the connection and try again.");
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 429) {
        const QString wait = error.retryAfterSeconds
                                 ? QCoreApplication::translate("lkk::OperatorErrors", "Try again in %n second(s).",
                                                               nullptr, *error.retryAfterSeconds)
                                 : QString();
        return wait.isEmpty() ? error.message : error.message + u' ' + wait;
    }
    return error.message;
}

} // namespace lkk
