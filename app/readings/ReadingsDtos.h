#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// The readings part of the API (docs/openapi.yaml): the submission form, a submission and
// its answer, and the history. Reading values stay machine decimal text ("74.000") as sent; the
// rules turn them into exact integer units (lkk::Decimal), never into floating point.
namespace lkk {

using ZoneValues = QMap<QString, QString>; // zone ("T1") -> decimal text ("74.000")

// The submission window in the utility's time zone (Asia/Tomsk).
struct ReadingsWindow {
    bool open = false;
    int fromDay = 0;
    int toDay = 0;
    QString timeZone;
    QDateTime opensAt;  // null while open
    QDateTime closesAt; // null while closed
    QString message;    // the server's text, in the asked language
};

struct ReadingRefusal {
    QString code; // meter_automatic | meter_verification_expired | reading_window_closed
    QString message;
};

struct ReadingSnapshot {
    QDate date;
    QString period; // "2026-11"
    ZoneValues values;
};

struct CurrentSubmission {
    QString submissionId;
    QDateTime submittedAt;
    ZoneValues values;
};

struct ReadingsFormMeter {
    qint64 id = 0;
    QString number;
    QString service;
    QString provider;
    QString subAccount;
    QString unit; // "м3", "кВт·ч"
    QStringList zones;
    int capacityInteger = 0;
    int capacityFraction = 0;
    QDate verifiedUntil;
    bool accepts = false;
    std::optional<ReadingRefusal> refusal;
    std::optional<ReadingSnapshot> lastReading; // the baseline of the "not below" rule
    std::optional<ZoneValues> averageConsumption;
    std::optional<CurrentSubmission> currentSubmission;
};

struct ReadingsForm {
    QString period;
    QDate today;
    ReadingsWindow window;
    QList<ReadingsFormMeter> meters;
};

// POST /accounts/{id}/readings.
struct ReadingSubmission {
    QString submissionId;
    qint64 accountId = 0; // in the path, not in the body
    qint64 meterId = 0;
    ZoneValues values;
    bool confirmRollover = false;
    bool confirmHighConsumption = false;
    // An operator's reason when they submit for the caller (sent only when set).
    QString reason;

    friend bool operator==(const ReadingSubmission&, const ReadingSubmission&) = default;
};

struct ReadingSubmissionResult {
    QString submissionId;
    qint64 meterId = 0;
    QString period;
    QDateTime submittedAt;
    ZoneValues values;
    ZoneValues consumption;
    bool replaced = false;
    QString message;
    bool replay = false; // 200: the server had this submission already
};

struct HistoryReading {
    QDate date;
    QString period;
    ZoneValues values;              // a zone not read that day is absent
    QString source;                 // customer | operator | inspector | automatic | estimated
    bool byAnotherCustomer = false; // submitted by another customer linked to the account
};

struct PeriodConsumption {
    QString period;
    ZoneValues values;
};

struct HistoryMeter {
    qint64 id = 0;
    QString number;
    QString service;
    QString provider;
    QString subAccount;
    QString unit;
    QStringList zones;
    QList<HistoryReading> readings;       // newest first
    QList<PeriodConsumption> consumption; // oldest first
};

struct ReadingsHistory {
    QList<HistoryMeter> meters;
};

} // namespace lkk
