#pragma once

#include "app/api/Dtos.h"

#include <QDate>
#include <QString>
#include <optional>

// Requests and answers of registration, recovery and profile editing (docs/openapi.yaml).
namespace lkk {

struct RegistrationForm {
    QString email;
    QString password;
    QString surname;
    QString firstName;
    QString patronymic; // optional
    QString phone;      // as typed; sent as E.164 when given
    QDate birthDate;    // null = not given
    QString sex;        // "male" | "female" | ""
};

struct RegistrationAccepted { // 202 of POST /auth/register
    QString email;
    int codeLength = 6;
    int expiresIn = 0;   // seconds
    int resendAfter = 0; // seconds until «Отправить письмо ещё раз» may be used
};

struct RecoveryAccepted { // 202 of POST /auth/recover
    int codeLength = 6;
    int expiresIn = 0;
};

struct EmailChangeAccepted { // 202 of POST /profile/email
    QString pendingEmail;
    int codeLength = 6;
    int expiresIn = 0;
};

// PATCH /profile: only the fields that are set are sent.
struct ProfileUpdate {
    std::optional<QString> surname;
    std::optional<QString> firstName;
    std::optional<QString> patronymic;
    std::optional<QString> phone;   // E.164 or "" (allowed only while not required)
    std::optional<QDate> birthDate; // a null QDate sends null ("not given")
    std::optional<QString> sex;
    std::optional<MarketingSubscription> tomskRts;
    std::optional<MarketingSubscription> tomskEnergosbyt;

    bool isEmpty() const {
        return !surname && !firstName && !patronymic && !phone && !birthDate && !sex && !tomskRts && !tomskEnergosbyt;
    }
};

} // namespace lkk
