#pragma once

#include <QDate>
#include <QDialog>
#include <QScopedPointer>

class QPushButton;

namespace Ui {
class PeriodRangeDialog;
}

namespace lkk {

// «Выбрать период»: two calendars (with date fields for the keyboard) for a custom range ending
// at `latest` (today) at the latest. «Применить» stays disabled, with the reason under the
// calendars, while PeriodFilter refuses the range.
class PeriodRangeDialog : public QDialog {
    Q_OBJECT
public:
    PeriodRangeDialog(const QDate& from, const QDate& to, const QDate& latest, QWidget* parent = nullptr);
    ~PeriodRangeDialog() override;

    QDate from() const;
    QDate to() const;
    void setRange(const QDate& from, const QDate& to);
    bool isRangeValid() const;

private:
    void validate();

    const QScopedPointer<Ui::PeriodRangeDialog> m_ui;
    QPushButton* m_accept;
    QDate m_latest;
};

} // namespace lkk
