#include "server/Sha256Hex.h"

#include <QCryptographicHash>

namespace lkk::server {

QString sha256Hex(QByteArrayView bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace lkk::server
