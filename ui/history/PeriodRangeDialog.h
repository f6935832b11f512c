#pragma once

#include "app/history/PeriodFilter.h"

#include <QDate>
#include <QDialog>
#include <QScopedPointer>

class QPushButton;

namespace Ui {
class PeriodRangeDialog;
}

namespace lkk {

// «Выбрать период»: each end of a custom range as a date field (typed dd.mm.yyyy) above its
// calendar, ending at `latest` (today) at the latest. Moving one end that would make the range
// inverted or longer than PeriodFilter allows moves the other end with it (PeriodFilter::
// withEndMoved), so any period back to 2000 is reachable. «Применить» stays disabled, with the
// reason under the calendars, while a field holds no date.
class PeriodRangeDialog : public QDialog {
    Q_OBJECT
public:
    PeriodRangeDialog(const QDate& from, const QDate& to, const QDate& latest, QWidget* parent = nullptr);
    ~PeriodRangeDialog() override;

    QDate from() const;
    QDate to() const;
    // Both ends as given (no end follows the other): a range set in code may be refused.
    void setRange(const QDate& from, const QDate& to);
    bool isRangeValid() const;

private:
    enum class Typed { No, Yes };
    void moveEnd(PeriodFilter::End end, const QDate& date, Typed typed);
    void showEnd(PeriodFilter::End end); // the end's field and calendar show its date
    void validate();

    const QScopedPointer<Ui::PeriodRangeDialog> m_ui;
    QPushButton* m_accept;
    QDate m_latest;
    QDate m_from;
    QDate m_to;
    bool m_showing = false;
};

} // namespace lkk
