#pragma once

#include <QByteArrayView>
#include <QString>

namespace lkk {

// The SHA-256 digest of `bytes` as 64 lowercase hex digits. The client uses a prefix of it to
// name files and pipes after a server and user without saying which.
QString sha256Hex(QByteArrayView bytes);

} // namespace lkk
