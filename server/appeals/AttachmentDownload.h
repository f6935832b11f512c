#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

#include <QByteArray>
#include <QString>

namespace lkk::server::appeals {

// GET /appeals/{id}/attachments/{attachmentId}: the file to the appeal's customer or to an
// operator, never shown inline: Content-Disposition attachment with an RFC 6266 filename*, the
// stored type, X-Content-Type-Options nosniff and a sandboxing Content-Security-Policy, so even a
// file a browser opened could not run anything.
class AttachmentDownload {
public:
    static Result<ApiReply> serve(RequestContext& context);
    // `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>`
    static QByteArray contentDisposition(const QString& fileName);
};

} // namespace lkk::server::appeals
