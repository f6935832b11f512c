#include "app/appeals/AppealInput.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;
namespace appealRules = lkk::rules::appeals;

namespace lkk {

QString AppealInput::textProblem(const QString& text) {
    switch (appealRules::checkText(appealRules::normalizedText(text))) {
    case appealRules::TextProblem::None:
        return {};
    case appealRules::TextProblem::Empty:
        return tr("Write your question.");
    case appealRules::TextProblem::TooLong:
        return tr("The text is too long: at most %1 characters.").arg(appealRules::maxTextLength);
    case appealRules::TextProblem::ControlCharacter:
        return tr("The text contains characters that cannot be sent; please retype it.");
    case appealRules::TextProblem::InvalidUnicode:
        return tr("The text contains invalid characters; please retype it.");
    }
    return {};
}

AppealInput::ReadFile AppealInput::readFile(const QString& path) {
    const QFileInfo info(path);
    const QString name = appealRules::normalizedFileName(info.fileName());
    if (!info.isFile())
        return {std::nullopt, tr("«%1» is not a file that can be attached.").arg(name)};
    if (info.size() > appealRules::maxAttachmentBytes)
        return {
            std::nullopt,
            tr("«%1» is too large: a file may have at most %2.").arg(name, sizeText(appealRules::maxAttachmentBytes))};
    if (info.size() == 0)
        return {std::nullopt, tr("«%1» is empty.").arg(name)};
    if (appealRules::checkFileName(name) != appealRules::FileNameProblem::None)
        return {std::nullopt, tr("«%1»: the file name cannot be sent; please rename the file.").arg(name)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, tr("«%1» cannot be read: %2").arg(name, file.errorString())};
    // Read at most one byte past the limit: a file that grew since it was checked is still refused.
    const QByteArray content = file.read(appealRules::maxAttachmentBytes + 1);
    if (content.size() > appealRules::maxAttachmentBytes)
        return {
            std::nullopt,
            tr("«%1» is too large: a file may have at most %2.").arg(name, sizeText(appealRules::maxAttachmentBytes))};
    if (appealRules::sniffFileType(content) == appealRules::FileType::Unknown)
        return {std::nullopt, tr("«%1» is not a JPEG, PNG or PDF file. Only photos (JPEG, PNG) and PDF documents "
                                 "can be attached.")
                                  .arg(name)};
    return {NewAttachment{name, content}, {}};
}

QString AppealInput::countProblem(qsizetype count) {
    if (count <= appealRules::maxAttachments)
        return {};
    return tr("At most %1 files can be attached to one message.").arg(appealRules::maxAttachments);
}

QString AppealInput::sizeText(qint64 bytes) {
    const QLocale locale;
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(locale.toString(std::max(0.1, static_cast<double>(bytes) / 1024.0), 'f', 1));
    const bool whole = bytes % (1024 * 1024) == 0; // the limit: «5 МБ», not «5,0 МБ»
    return tr("%1 MB").arg(locale.toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', whole ? 0 : 1));
}

} // namespace lkk
