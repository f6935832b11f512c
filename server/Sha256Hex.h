#pragma once

#include <QByteArrayView>
#include <QString>

namespace lkk::server {

// The SHA-256 digest of `bytes` as 64 lowercase hex digits, the form the server stores and
// compares hashes in.
QString sha256Hex(QByteArrayView bytes);

} // namespace lkk::server
