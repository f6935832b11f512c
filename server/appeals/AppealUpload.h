#pragma once

#include "server/Result.h"
#include "server/appeals/Appeal.h"
#include "server/http/Messages.h"

#include <QJsonObject>

namespace lkk::server::appeals {

// A new message's `text` and `attachments` (docs/appeals.md, "Attachments") read into a checked
// NewMessage: the text normalized and within the rules, each file's name cleaned, its base64
// content decoded, at most 5 MiB and a JPEG, PNG or PDF by its first bytes. The first problem is
// the Failure, naming the field ("attachments[2]") and, in the message, the file.
class AppealUpload {
public:
    // body: already checked by JsonBody (text a string; attachments an array, or absent).
    static Result<NewMessage> read(const QJsonObject& body, Language language);
};

} // namespace lkk::server::appeals
