#pragma once

#include <QByteArray>
#include <QString>

namespace lkk {

// Writes `data` to `path` atomically (QSaveFile: never half-written), readable and writable by
// the owner only (0600), creating the directory. For the outboxes: what the user typed and sends.
bool writeOwnerOnlyFile(const QString& path, const QByteArray& data, QString* error);

} // namespace lkk
