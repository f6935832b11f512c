#pragma once

#include "shared/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// Data transfer objects of the cabinet API (docs/openapi.yaml). Plain values; JSON conversion is in
// JsonCodec.h as pure functions.
namespace lkk {

// One mailing list of the profile's «Рассылки» (docs/manual.md §4).
struct MarketingSubscription {
    bool enabled = false;
    QString email; // defaults to the login e-mail on the server
};

struct Profile {
    qint64 id = 0;
    QString email;
    QString surname;
    QString firstName;
    QString patronymic; // may be empty
    QString phone;      // E.164 or empty
    QDate birthDate;    // null when not given
    QString sex;        // "male", "female" or empty
    QString role;       // "customer" or "operator"
    // Registration state; absent from older servers (then: confirmed, nothing pending, no details required).
    bool emailConfirmed = true;
    QString pendingEmail;         // a requested new e-mail waiting for its code; empty = none
    bool detailsRequired = false; // the phone is missing: «Заполните реквизиты» before the main window
    MarketingSubscription tomskRts;
    MarketingSubscription tomskEnergosbyt;

    QString displayName() const; // "Фамилия Имя" for the top-right menu
};

struct LoginRequest {
    QString email;
    QString password;
    bool remember = false;
    QString captchaId; // set when the server asked for a captcha
    QString captchaAnswer;
};

struct AuthTokens {
    QString accessToken;
    int accessExpiresIn = 0;  // seconds
    QString refreshToken;     // empty unless «Запомнить»
    int refreshExpiresIn = 0; // seconds, 0 when no refresh token
};

// The second step of an operator's or supervisor's sign-in: POST /auth/login answered 202.
struct SecondFactorChallenge {
    QString challenge; // for POST /auth/login/second-factor
    int expiresIn = 0; // seconds
    // Only while the person has no confirmed second factor: the new TOTP secret to enrol.
    QString otpauthUri;
    QString secret; // the same secret in base32, to type in

    bool enrolling() const { return !otpauthUri.isEmpty(); }
};

struct LoginResult {
    AuthTokens tokens;
    Profile user;
    // Only from the second-factor step that completed an enrolment: shown once.
    QStringList recoveryCodes;
    // Set instead of tokens and user when the password was right but a second factor is due.
    std::optional<SecondFactorChallenge> secondFactor;
};

struct CaptchaChallenge {
    QString id;
    QByteArray png;     // the image, decoded from base64
    int expiresIn = 0;  // seconds
    QString testAnswer; // only from a server run with --environment test --test-expose-captcha
};

struct HealthStatus {
    QString status; // "ok" or "degraded"
    QString version;
    QString database; // "ok" or an error word
};

// ---- Accounts ----

enum class AccountKind { Epd, Electricity };                          // "epd" | "electricity"
enum class Relation { Owner, Tenant, Family, Representative, Other }; // "owner" | "tenant" | …

// Wire names and back (nullopt for an unknown word).
QString toWire(AccountKind kind);
QString toWire(Relation relation);
std::optional<AccountKind> accountKindFromWire(const QString& word);
std::optional<Relation> relationFromWire(const QString& word);
// Every relation in the order of the «Статус отношения к ЛС» combo.
QList<Relation> allRelations();

struct AccountSummary {
    qint64 id = 0;
    QString number; // "100103492"
    AccountKind kind = AccountKind::Epd;
    QString address;
    Relation relation = Relation::Owner;
    QString period; // "2026-11" of the latest bill; empty when there is none
    Money toPay;    // latest bill's total to pay; negative = overpayment, 0 = no bill/no debt
    Money penalties;
    int unreadAppeals = 0; // appeals with an answer not marked read (docs/appeals.md)
};

struct LinkQuestion {
    QString id;   // "link_code" | "total_to_pay"
    QString text; // in the user's language, from the server
};

struct LinkChallenge {
    QString challengeId;
    int expiresIn = 0; // seconds
    QList<LinkQuestion> questions;
    int attemptsLeft = 0;
};

struct ProviderRequisites {
    qint64 id = 0;
    QString name; // "ООО «ЗТК»"
    QString inn;
    QString kpp;
    QString bank;
    QString bic;
    QString settlementAccount;
    QString correspondentAccount;
};

struct Tariff {
    qint64 id = 0;
    QString name;
    Money value;  // per unit
    QString unit; // "Гкал", "кВт·ч"…
    QString zone; // "" or "T1", "T2"…
};

struct Contract {
    qint64 id = 0;
    ProviderRequisites provider;
    QString service;    // "Отопление (Клов)"
    QString subAccount; // "878100103492"
    QList<Tariff> tariffs;
};

// Another customer linked to an account, as its holder sees them (GET /accounts/{id}/co-holders).
struct CoHolder {
    qint64 linkId = 0;
    QString name;  // masked: surname and the first name's initial
    QString email; // masked: "p***@example.org"
    Relation relation = Relation::Other;
    QDateTime linkedAt;
};

struct Requisites {
    QString owner;
    QString registrationAddress;
    QString totalArea;  // machine decimal text as sent ("60.6"); empty when unknown
    QString livingArea; // likewise
    int residents = 0;
    QList<Contract> contracts;
};

struct TariffHistoryEntry {
    QDate validFrom;
    Money value;
    QString period; // "month" (others shown as sent)
};

struct TariffHistorySeries {
    QString name;
    QString unit;
    QString zone;                      // "" or "T1"…
    QList<TariffHistoryEntry> history; // newest first
};

struct TariffHistory {
    QList<TariffHistorySeries> tariffs;
};

struct MeterReading {
    QDate date;
    QString period;                // "2026-11"
    QMap<QString, QString> values; // zone -> machine decimal text ("74.000")
};

struct MeterInfo {
    qint64 id = 0;
    QString number;
    QString provider;
    QString service;
    QString subAccount;
    qint64 contractId = 0;
    QStringList zones;
    int capacityInteger = 0; // «Значность» 6.3 = 6 integer and 3 fraction digits
    int capacityFraction = 0;
    QDate verifiedUntil; // МПИ end; null when unknown
    bool verificationExpired = false;
    bool automatic = false;
    std::optional<MeterReading> lastReading;
    QDate readingDateInPeriod; // «Дата снятия»: the last reading date within the asked period; null if none

    QString capacityText() const { return QString::number(capacityInteger) + u'.' + QString::number(capacityFraction); }
};

} // namespace lkk
