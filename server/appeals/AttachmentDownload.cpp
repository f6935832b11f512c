#include "server/appeals/AttachmentDownload.h"

#include "server/accounts/AccountContext.h"
#include "server/appeals/AppealMessages.h"
#include "server/appeals/AppealStore.h"
#include "server/appeals/CustomerAppeals.h"
#include "shared/ErrorCodes.h"

#include <QUrl>

namespace lkk::server::appeals {

using namespace Qt::StringLiterals;

QByteArray AttachmentDownload::contentDisposition(const QString& fileName) {
    // The quoted fallback for old clients: printable ASCII only, no quote or backslash.
    QByteArray fallback;
    for (const QChar c : fileName) {
        const char16_t u = c.unicode();
        const bool plain = u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\' && u != u'%';
        fallback += plain ? char(u) : '_';
    }
    // RFC 5987 attr-char: ALPHA DIGIT and !#$&+-.^_`|~ stay, everything else is %XX of UTF-8.
    const QByteArray encoded = QUrl::toPercentEncoding(fileName, "!#$&+-.^_`|~");
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
}

Result<ApiReply> AttachmentDownload::serve(RequestContext& context) {
    const Language language = context.language;
    qint64 appealId = 0;
    if (context.caller.role == Role::Customer) {
        const auto appeal = CustomerAppeals::callersAppeal(context);
        if (!appeal)
            return appeal.failure();
        appealId = appeal->id;
    } else {
        appealId = accounts::parsePathId(context.arg(0));
        const auto appeal = appealId > 0 ? AppealStore::appeal(context.db, appealId)
                                         : Result<std::optional<Appeal>>(std::optional<Appeal>());
        if (!appeal)
            return appeal.failure();
        if (!*appeal)
            return CustomerAppeals::notFound(language);
    }
    const qint64 attachmentId = accounts::parsePathId(context.arg(1));
    const auto file = attachmentId > 0 ? AppealStore::attachment(context.db, appealId, attachmentId)
                                       : Result<std::optional<AppealStore::StoredFile>>(std::nullopt);
    if (!file)
        return file.failure();
    if (!*file)
        return Failure::of(404, errc::attachmentNotFound, {},
                           AppealMessages::text(AppealMessages::Text::AttachmentNotFound, language));
    const AttachmentInfo& info = (*file)->info;
    ApiReply reply;
    reply.body = (*file)->content;
    reply.contentType = rules::appeals::mimeType(info.type);
    reply.headers = {
        {"Content-Disposition", contentDisposition(rules::appeals::downloadFileName(info.fileName, info.type))},
        {"X-Content-Type-Options", "nosniff"},
        {"Content-Security-Policy", "default-src 'none'; sandbox"}};
    return reply;
}

} // namespace lkk::server::appeals
