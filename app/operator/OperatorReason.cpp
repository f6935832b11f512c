#include "app/operator/OperatorReason.h"

#include <QCoreApplication>

namespace lkk {

QString OperatorReason::problem(const QString& text) {
    const qsizetype length = text.trimmed().size();
    if (length == 0)
        return QCoreApplication::translate("lkk::OperatorReason", "Give the reason for this action.");
    if (length < minLength)
        return QCoreApplication::translate("lkk::OperatorReason", "The reason is too short: at least %n characters.",
                                           nullptr, minLength);
    if (length > maxLength)
        return QCoreApplication::translate("lkk::OperatorReason", "The reason is too long: at most %n characters.",
                                           nullptr, maxLength);
    return {};
}

} // namespace lkk
