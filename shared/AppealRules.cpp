#include "shared/AppealRules.h"

#include <algorithm>

namespace lkk::rules::appeals {

namespace {

// C0 controls other than tab and line feed, DEL and the C1 controls.
bool isRefusedControl(char32_t c) {
    if (c == u'\t' || c == u'\n')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

} // namespace

QString normalizedText(const QString& text) {
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(u'\r', u'\n');
    return out.trimmed();
}

qsizetype characterCount(QStringView text) {
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

TextProblem checkText(QStringView normalized) {
    if (normalized.isEmpty())
        return TextProblem::Empty;
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized.at(i);
        if (c.isHighSurrogate() && i + 1 < normalized.size() && normalized.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return TextProblem::InvalidUnicode;
        if (isRefusedControl(c.unicode()))
            return TextProblem::ControlCharacter;
    }
    if (characterCount(normalized) > maxTextLength)
        return TextProblem::TooLong;
    return TextProblem::None;
}

FileType sniffFileType(QByteArrayView content) {
    if (content.startsWith(QByteArrayView("\xFF\xD8\xFF", 3)))
        return FileType::Jpeg;
    if (content.startsWith(QByteArrayView("\x89PNG\r\n\x1A\n", 8)))
        return FileType::Png;
    if (content.startsWith(QByteArrayView("%PDF-")))
        return FileType::Pdf;
    return FileType::Unknown;
}

QByteArray mimeType(FileType type) {
    switch (type) {
    case FileType::Jpeg:
        return QByteArrayLiteral("image/jpeg");
    case FileType::Png:
        return QByteArrayLiteral("image/png");
    case FileType::Pdf:
        return QByteArrayLiteral("application/pdf");
    case FileType::Unknown:
        break;
    }
    return QByteArrayLiteral("application/octet-stream");
}

FileType fileTypeOfMime(QByteArrayView mime) {
    for (const FileType type : {FileType::Jpeg, FileType::Png, FileType::Pdf}) {
        if (mime == mimeType(type))
            return type;
    }
    return FileType::Unknown;
}

QString fileExtension(FileType type) {
    switch (type) {
    case FileType::Jpeg:
        return QStringLiteral("jpg");
    case FileType::Png:
        return QStringLiteral("png");
    case FileType::Pdf:
        return QStringLiteral("pdf");
    case FileType::Unknown:
        break;
    }
    return QStringLiteral("bin");
}

QString normalizedFileName(const QString& name) {
    const qsizetype cut = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    return name.mid(cut + 1).trimmed();
}

FileNameProblem checkFileName(QStringView normalized) {
    if (normalized.isEmpty() || normalized == u"." || normalized == u"..")
        return FileNameProblem::Empty;
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized.at(i);
        if (c.isHighSurrogate() && i + 1 < normalized.size() && normalized.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate() || c == u'\t' || c == u'\n' || isRefusedControl(c.unicode()))
            return FileNameProblem::ControlCharacter;
    }
    if (characterCount(normalized) > maxFileNameLength)
        return FileNameProblem::TooLong;
    return FileNameProblem::None;
}

QString downloadFileName(const QString& storedName, FileType type) {
    const QString suffix = storedName.section(u'.', -1).toLower();
    const bool fits =
        storedName.contains(u'.') && (suffix == fileExtension(type) || (type == FileType::Jpeg && suffix == u"jpeg"));
    return fits ? storedName : storedName + u'.' + fileExtension(type);
}

} // namespace lkk::rules::appeals
