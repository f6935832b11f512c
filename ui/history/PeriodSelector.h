#pragma once

#include "app/history/PeriodFilter.h"

#include <QDate>
#include <QWidget>

class QComboBox;

namespace lkk {

// The period combo of the history views (docs/manual.md §9): «За последние 3 месяца»,
// «За последние 6 месяцев», «За год» and «Выбрать период…», which opens a PeriodRangeDialog.
// The value is a PeriodFilter of the core; a refused or cancelled custom range leaves the
// previous period selected.
class PeriodSelector : public QWidget {
    Q_OBJECT
public:
    explicit PeriodSelector(QWidget* parent = nullptr);
    ~PeriodSelector() override;

    // "Today" for the presets; the system date unless a test sets it.
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    PeriodFilter filter() const { return m_filter; }
    QDate from() const { return m_filter.from(m_today); }
    QDate to() const { return m_filter.to(m_today); }
    // A preset kind (Custom needs setCustomRange()).
    void setKind(PeriodFilter::Kind kind);
    // False (and nothing changes) when PeriodFilter::validate() refuses the range.
    bool setCustomRange(const QDate& from, const QDate& to);

    QComboBox* comboBox() const { return m_combo; }

signals:
    void periodChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onActivated(int index);
    void chooseCustomRange();
    void syncCombo();
    void retranslate();

    QComboBox* m_combo;
    QDate m_today;
    PeriodFilter m_filter;
};

} // namespace lkk
