#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace lkk::server::accounts {

// The cabinet's local time is Tomsk (Asia/Tomsk, UTC+7): "today" for tariffs, meter verification
// and default periods, and the lock time shown in messages.
class TomskTime {
public:
    static QDate today(qint64 nowMs);
    static QString display(qint64 ms);             // "27.11.2026 21:05"
    static QString isoUtc(qint64 ms);              // "2026-11-27T14:05:00Z"
    static qint64 startOfDayMs(const QDate& date); // 00:00 of that day in Tomsk, as UTC milliseconds
};

} // namespace lkk::server::accounts
