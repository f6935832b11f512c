#pragma once

#include "app/readings/ConsumptionSeries.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace lkk {

// Monthly consumption of one meter as bars (Qt Charts): one bar set per zone, the billing periods
// on the category axis («ноя 2026»), the unit on the value axis. An empty series shows a note.
class ConsumptionChartView : public QWidget {
    Q_OBJECT
public:
    explicit ConsumptionChartView(QWidget* parent = nullptr);

    void setSeries(const ConsumptionSeries& series, const QString& title);
    void clear();
    const ConsumptionSeries& series() const { return m_series; }
    QChart* chart() const;
    QChartView* chartView() const { return m_view; }

private:
    ConsumptionSeries m_series;
    QChartView* m_view;
    QLabel* m_empty;
};

} // namespace lkk
