#pragma once

#include <QDate>
#include <QDialog>

class QCalendarWidget;
class QDateEdit;
class QLabel;
class QPushButton;

namespace lkk {

// «Выбрать период»: two calendars (with date fields for the keyboard) for a custom range ending
// at `latest` (today) at the latest. «Применить» stays disabled, with the reason under the
// calendars, while PeriodFilter refuses the range.
class PeriodRangeDialog : public QDialog {
    Q_OBJECT
public:
    PeriodRangeDialog(const QDate& from, const QDate& to, const QDate& latest, QWidget* parent = nullptr);

    QDate from() const;
    QDate to() const;
    void setRange(const QDate& from, const QDate& to);
    bool isRangeValid() const;

private:
    void validate();

    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QCalendarWidget* m_fromCalendar;
    QCalendarWidget* m_toCalendar;
    QLabel* m_error;
    QPushButton* m_accept;
    QDate m_latest;
};

} // namespace lkk
