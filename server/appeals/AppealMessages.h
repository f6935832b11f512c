#pragma once

#include "server/appeals/Appeal.h"
#include "server/http/Messages.h"

#include <QString>

namespace lkk::server::appeals {

// The appeals part of the server's message catalogue (Russian default, English): error texts,
// the texts of system messages and of status names in mails.
class AppealMessages {
public:
    enum class Text {
        AppealNotFound,
        AttachmentNotFound,
        TextRequired,
        TextTooLong,
        TextControlCharacter,
        TextInvalidUnicode,
        TopicInvalid,
        ProviderInvalid,
        FileNameRequired,
        FileNameTooLong,
        FileNameControlCharacter,
        TooManyFiles,
        AppealClosed,
        ThreadFull,
        IdempotencyKey,
        IdempotencyConflict,
        StatusInvalid, // the operator's status: not new, in_progress or closed
        QueryInvalid,  // a query parameter of the queue
    };
    static QString text(Text text, Language language);

    // About one file of a message, named in the text.
    static QString fileContentInvalid(const QString& fileName, Language language); // not base64
    static QString fileEmpty(const QString& fileName, Language language);
    static QString fileType(const QString& fileName, Language language);
    static QString fileTooLarge(const QString& fileName, Language language);

    // The daily limits; `after` in Tomsk time, "27.11.2026 21:05".
    static QString appealLimit(const QString& after, Language language);
    static QString messageLimit(const QString& after, Language language);

    // What a system message says.
    static QString event(Event event, Language language);
    // «Новое», «В работе», «Ответ дан», «Закрыто».
    static QString statusTitle(Status status, Language language);
};

} // namespace lkk::server::appeals
