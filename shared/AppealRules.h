#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

// The rules of appeals (обращения, docs/appeals.md) that the client checks before sending and the
// server checks again: message text, attachment count, size and type. One implementation so the
// two never disagree; the texts shown to people live on each side.
namespace lkk::rules::appeals {

inline constexpr int maxTextLength = 4000; // characters (Unicode code points), after trimming
inline constexpr int maxAttachments = 5;   // per message
inline constexpr qint64 maxAttachmentBytes = 5 * 1024 * 1024;
inline constexpr int maxFileNameLength = 255; // characters
inline constexpr int maxThreadMessages = 200; // customer and operator messages of one appeal
inline constexpr int appealsPerDay = 10;      // new appeals per customer in any 24 hours
inline constexpr int messagesPerDay = 50;     // further messages per customer in any 24 hours

enum class TextProblem {
    None,
    Empty,            // nothing left after trimming
    TooLong,          // more than maxTextLength characters
    ControlCharacter, // a control character other than line feed and tab
    InvalidUnicode,   // an unpaired surrogate (a string that was not valid UTF-8/UTF-16)
};

// Line ends made "\n" (CRLF and lone CR), then trimmed: the text as it is stored.
QString normalizedText(const QString& text);
// The problem of a text already normalized, or None.
TextProblem checkText(QStringView normalized);
// Unicode code points (a pair of surrogates counts once).
qsizetype characterCount(QStringView text);

// What an attachment is, decided by its first bytes only (never by the name or a declared type).
enum class FileType { Unknown, Jpeg, Png, Pdf };
FileType sniffFileType(QByteArrayView content);
QByteArray mimeType(FileType type);           // "image/jpeg", "image/png", "application/pdf"
FileType fileTypeOfMime(QByteArrayView mime); // the inverse; Unknown for anything else
QString fileExtension(FileType type);         // "jpg", "png", "pdf"

enum class FileNameProblem { None, Empty, TooLong, ControlCharacter };
// The base name (after the last '/' or '\'), trimmed: clients send bare names, anything else
// is cut to one so a stored name never holds a path.
QString normalizedFileName(const QString& name);
FileNameProblem checkFileName(QStringView normalized);
// The name under which a file of `type` is handed out: the stored name when its extension
// already fits the type (".jpeg" too), otherwise the name with the type's extension appended,
// so "invoice.exe" holding a PDF is saved as "invoice.exe.pdf".
QString downloadFileName(const QString& storedName, FileType type);

} // namespace lkk::rules::appeals
