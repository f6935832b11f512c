#include "server/CommandOutput.h"

#include <QByteArray>

namespace lkk::server {

void printLine(FILE* stream, const QString& text) {
    const QByteArray utf8 = text.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}

} // namespace lkk::server
