#include "app/operator/CopyText.h"

namespace lkk::copytext {

QString amount(Money money) {
    return money.toMachineString();
}

QString date(const QDate& date) {
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString number(const QString& shown) {
    QString digits = shown;
    digits.remove(u' ').remove(QChar(0x00A0));
    return digits;
}

} // namespace lkk::copytext
