#include "app/core/Sha256Hex.h"

#include <QCryptographicHash>

namespace lkk {

QString sha256Hex(QByteArrayView bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace lkk
