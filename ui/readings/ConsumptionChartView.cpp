#include "ui/readings/ConsumptionChartView.h"

#include "app/readings/ReadingsFormat.h"
#include "ui/StyleRole.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace lkk {

ConsumptionChartView::ConsumptionChartView(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this)) {
    setObjectName(u"consumptionChart"_s);
    m_view->setObjectName(u"consumptionChartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(280);
    m_empty->setObjectName(u"consumptionChartEmpty"_s);
    setStyleRole(m_empty, StyleRole::Placeholder);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_view, 1);
    column->addWidget(m_empty, 1);
    clear();
}

QChart* ConsumptionChartView::chart() const {
    return m_view->chart();
}

void ConsumptionChartView::clear() {
    setSeries({}, {});
}

void ConsumptionChartView::setSeries(const ConsumptionSeries& series, const QString& title) {
    m_series = series;
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(series.zones.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (!series.isEmpty()) {
        auto* bars = new QBarSeries(chart);
        for (qsizetype z = 0; z < series.zones.size(); ++z) {
            const QString name =
                series.zones.size() == 1 ? tr("Consumption") : readingsformat::zoneLabel(series.zones.at(z));
            auto* set = new QBarSet(name, bars);
            for (const Decimal& value : series.values.at(z))
                set->append(ConsumptionSeries::chartValue(value));
            bars->append(set);
        }
        chart->addSeries(bars);
        auto* months = new QBarCategoryAxis(chart);
        // «ноя» over «2026» under each bar: a year of bars has no room for both side by side.
        QStringList twoLine;
        for (const QString& label : series.labels)
            twoLine.append(QString(label).replace(u' ', u"<br>"_s));
        months->append(twoLine);
        chart->addAxis(months, Qt::AlignBottom);
        bars->attachAxis(months);
        auto* amounts = new QValueAxis(chart);
        amounts->setTitleText(series.unit);
        amounts->setLabelFormat(u"%.0f"_s);
        chart->addAxis(amounts, Qt::AlignLeft);
        bars->attachAxis(amounts);
        amounts->applyNiceNumbers();
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_view->setVisible(!series.isEmpty());
    m_empty->setText(tr("No consumption figures for the chosen period."));
    m_empty->setVisible(series.isEmpty());
}

} // namespace lkk
