#include "app/operator/OperatorDtos.h"

#include <QStringList>

namespace lkk {

QString CallerCard::fullName() const {
    QStringList parts{surname, firstName};
    if (!patronymic.isEmpty())
        parts.append(patronymic);
    return parts.join(u' ');
}

} // namespace lkk
