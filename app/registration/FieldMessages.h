#pragma once

#include "shared/InputRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace lkk {

struct ApiError;

// One problem with one field: `field` is the JSON field name of the contract ("phone",
// "marketing.tomskRts.email"…) or empty for a message that belongs to no field (a banner). Client
// checks and server answers both end up as FieldErrors, so the forms map both the same way.
struct FieldError {
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

// The client's texts for the shared input rules (shared/InputRules.h) in the wording of the
// server, and the checks of the registration and profile forms built on them.
class FieldMessages {
    Q_DECLARE_TR_FUNCTIONS(lkk::FieldMessages)
public:
    static QString email(rules::Violation v);
    static QString newPassword(rules::Violation v);
    static QString phone(rules::Violation v);
    static QString name(rules::Violation v, const QString& field); // field: surname | firstName | patronymic
    static QString birthDate();
    static QString passwordsDiffer();

    // nullopt-like: empty string when fine.
    static QString checkEmail(const QString& email);
    static QString checkNewPassword(const QString& password);
    static QString checkRepeat(const QString& password, const QString& repeat);
    static QString checkPhone(const QString& phone, bool required);
    static QString checkName(const QString& name, const QString& field, bool required);
    static QString checkBirthDate(const QDate& date, const QDate& today);
    // "code": exactly `length` digits.
    static QString checkCode(const QString& code, int length);

    // The error of a failed request as a FieldError: the server's field and message; for wrong
    // codes the attempts left are appended; for 429 the wait. Transport errors have no field.
    static FieldError fromApiError(const ApiError& error);
};

// How strong a new password looks, for the hint under the field: weak while a rule is unmet,
// medium when all rules hold, strong when it is also long (12+) or has a symbol besides letters and digits.
struct PasswordStrength {
    enum class Level { Empty, Weak, Medium, Strong };
    Level level = Level::Empty;
    QStringList missing; // what is missing, in words: «цифра», «заглавная латинская буква»…

    static PasswordStrength of(const QString& password);
    QString text() const; // «Надёжность: слабый. Не хватает: цифры» …
};

} // namespace lkk
