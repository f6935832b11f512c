#pragma once

#include "shared/InputRules.h"

#include <QByteArray>
#include <QString>

namespace lkk::server {

enum class Language { Ru, En };

// The server's catalogue of user-visible texts (error messages), Russian and English. Russian is
// the default; Accept-Language picks English when it prefers it.
class Messages {
public:
    static Language choose(const QByteArray& acceptLanguage);
    static QByteArray languageTag(Language language); // for Content-Language
    // Message for an lkk::errc code; unknown codes get a generic text.
    static QString text(const char* code, Language language);
    // Message for an input-rule violation of a field (validation_failed).
    static QString violation(rules::Violation violation, Language language);
};

} // namespace lkk::server
