#include "server/appeals/AppealUpload.h"

#include "server/Sha256Hex.h"
#include "server/appeals/AppealMessages.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>

namespace lkk::server::appeals {

using namespace Qt::StringLiterals;
using Msg = AppealMessages::Text;
namespace rule = rules::appeals;

namespace {

Result<QString> readText(const QJsonObject& body, Language language) {
    const QString text = rule::normalizedText(body.value(u"text"_s).toString());
    switch (rule::checkText(text)) {
    case rule::TextProblem::None:
        return text;
    case rule::TextProblem::Empty:
        return Failure::invalid(u"text"_s, AppealMessages::text(Msg::TextRequired, language));
    case rule::TextProblem::TooLong:
        return Failure::invalid(u"text"_s, AppealMessages::text(Msg::TextTooLong, language));
    case rule::TextProblem::ControlCharacter:
        return Failure::invalid(u"text"_s, AppealMessages::text(Msg::TextControlCharacter, language));
    case rule::TextProblem::InvalidUnicode:
        return Failure::invalid(u"text"_s, AppealMessages::text(Msg::TextInvalidUnicode, language));
    }
    return Failure::invalid(u"text"_s, AppealMessages::text(Msg::TextRequired, language));
}

// Bytes that `base64` decodes to, at least (padding aside): enough to refuse a file that is far
// too large before decoding it.
qint64 decodedSizeAtLeast(qsizetype base64Length) {
    return qint64(base64Length) / 4 * 3 - 2;
}

Result<NewAttachment> readFile(const QJsonValue& value, const QString& field, Language language) {
    if (!value.isObject())
        return Failure::of(400, errc::wrongType, field);
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != u"fileName" && it.key() != u"content")
            return Failure::of(400, errc::unknownField, field + u'.' + it.key());
    }
    for (const QString& name : {u"fileName"_s, u"content"_s}) {
        if (!object.contains(name))
            return Failure::invalid(field + u'.' + name, Messages::violation(rules::Violation::Required, language));
        if (!object.value(name).isString())
            return Failure::of(400, errc::wrongType, field + u'.' + name);
    }

    NewAttachment file;
    file.fileName = rule::normalizedFileName(object.value(u"fileName"_s).toString());
    switch (rule::checkFileName(file.fileName)) {
    case rule::FileNameProblem::None:
        break;
    case rule::FileNameProblem::Empty:
        return Failure::invalid(field + u".fileName"_s, AppealMessages::text(Msg::FileNameRequired, language));
    case rule::FileNameProblem::TooLong:
        return Failure::invalid(field + u".fileName"_s, AppealMessages::text(Msg::FileNameTooLong, language));
    case rule::FileNameProblem::ControlCharacter:
        return Failure::invalid(field + u".fileName"_s, AppealMessages::text(Msg::FileNameControlCharacter, language));
    }

    const QJsonObject details{{u"fileName"_s, file.fileName}};
    const QString base64 = object.value(u"content"_s).toString();
    auto tooLarge = [&] {
        QJsonObject d = details;
        d.insert(u"maxBytes"_s, rule::maxAttachmentBytes);
        return Failure::of(422, errc::attachmentTooLarge, field, AppealMessages::fileTooLarge(file.fileName, language),
                           d);
    };
    if (decodedSizeAtLeast(base64.size()) > rule::maxAttachmentBytes)
        return tooLarge();
    const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::Base64Encoding |
                                                                               QByteArray::AbortOnBase64DecodingErrors);
    bool ascii = true;
    for (const QChar c : base64)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii || decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return Failure::invalid(field + u".content"_s, AppealMessages::fileContentInvalid(file.fileName, language));
    file.content = decoded.decoded;
    if (file.content.isEmpty())
        return Failure::invalid(field + u".content"_s, AppealMessages::fileEmpty(file.fileName, language));
    if (file.content.size() > rule::maxAttachmentBytes)
        return tooLarge();
    file.type = rule::sniffFileType(file.content);
    if (file.type == rule::FileType::Unknown)
        return Failure::of(422, errc::attachmentTypeNotAllowed, field,
                           AppealMessages::fileType(file.fileName, language), details);
    file.sha256 = sha256Hex(file.content);
    return file;
}

} // namespace

Result<NewMessage> AppealUpload::read(const QJsonObject& body, Language language) {
    NewMessage message;
    const auto text = readText(body, language);
    if (!text)
        return text.failure();
    message.text = *text;
    const QJsonArray files = body.value(u"attachments"_s).toArray();
    if (files.size() > rule::maxAttachments)
        return Failure::of(422, errc::tooManyAttachments, u"attachments"_s,
                           AppealMessages::text(Msg::TooManyFiles, language),
                           QJsonObject{{u"max"_s, rule::maxAttachments}});
    for (qsizetype i = 0; i < files.size(); ++i) {
        const auto file = readFile(files.at(i), u"attachments[%1]"_s.arg(i), language);
        if (!file)
            return file.failure();
        message.attachments.append(*file);
    }
    return message;
}

} // namespace lkk::server::appeals
