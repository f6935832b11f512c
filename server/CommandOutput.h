#pragma once

#include <QString>

#include <cstdio>

namespace lkk::server {

// One line of an offline command's output (lkk-server import, lkk-server faq import): UTF-8,
// flushed at once so that the lines of stdout and stderr keep their order in a log.
void printLine(FILE* stream, const QString& text);

} // namespace lkk::server
