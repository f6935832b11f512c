#pragma once

#include "app/appeals/AppealDtos.h"
#include "shared/AppealRules.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace lkk {

// The checks «Новое обращение» and the reply box make before anything is sent, with the texts
// people see; the rules themselves are shared/AppealRules.h, the server's too.
class AppealInput {
    Q_DECLARE_TR_FUNCTIONS(AppealInput)
public:
    // The text as it would be stored and what is wrong with it (empty: nothing).
    static QString normalizedText(const QString& text) { return rules::appeals::normalizedText(text); }
    static QString textProblem(const QString& text);

    // Reads a file the user chose: refused (with a message naming it) when it is larger than
    // allowed — checked before reading it — or not a JPEG, PNG or PDF by its first bytes.
    struct ReadFile {
        std::optional<NewAttachment> attachment;
        QString problem;
    };
    static ReadFile readFile(const QString& path);

    // A message when `count` files are more than a message may carry, else empty.
    static QString countProblem(qsizetype count);

    // «12,3 КБ», «4,8 МБ».
    static QString sizeText(qint64 bytes);
};

} // namespace lkk
