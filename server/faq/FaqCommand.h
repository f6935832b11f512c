#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace lkk::server::faq {

// `lkk-server faq import FILE [--db URL | --data-dir DIR] [--config FILE]`: replaces the
// questions and answers with the file's (docs/faq-import.md), applying migrations first; the
// database is chosen as for `lkk-server import` (OfflineDatabase). Exit status 0 = imported,
// 2 = file rejected or bad usage (nothing written), 1 = the database failed (nothing written).
class FaqCommand {
public:
    static bool isFaqCommand(const QStringList& arguments);
    static int run(const QStringList& arguments, const QProcessEnvironment& environment);
};

} // namespace lkk::server::faq
