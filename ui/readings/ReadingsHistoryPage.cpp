#include "ui/readings/ReadingsHistoryPage.h"

#include "app/readings/ConsumptionSeries.h"
#include "app/readings/ReadingsHistoryModel.h"
#include "app/readings/ReadingsLoader.h"
#include "ui/ConnectionTrouble.h"
#include "ui/StyleRole.h"
#include "ui/history/DeferredReload.h"
#include "ui/history/PeriodSelector.h"
#include "ui/readings/ConsumptionChartView.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

ReadingsHistoryPage::ReadingsHistoryPage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_loader(new ReadingsLoader(session, this))
    , m_model(new ReadingsHistoryModel(this))
    , m_period(new PeriodSelector(this))
    , m_tableButton(new QToolButton(this))
    , m_chartButton(new QToolButton(this))
    , m_modeGroup(new QButtonGroup(this))
    , m_busy(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(m_stack))
    , m_chartPage(new QWidget(m_stack))
    , m_meterLabel(new QLabel(m_chartPage))
    , m_meterCombo(new QComboBox(m_chartPage))
    , m_chart(new ConsumptionChartView(m_chartPage))
    , m_deferredReload(new DeferredReload(this, [this] { reload(); })) {
    setObjectName(u"readingsHistoryPage"_s);
    m_period->setObjectName(u"readingsPeriod"_s);
    m_tableButton->setObjectName(u"readingsTableButton"_s);
    m_chartButton->setObjectName(u"readingsChartButton"_s);
    for (QToolButton* b : {m_tableButton, m_chartButton}) {
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setFocusPolicy(Qt::StrongFocus);
    }
    m_modeGroup->setExclusive(true);
    m_modeGroup->addButton(m_tableButton, static_cast<int>(Mode::Table));
    m_modeGroup->addButton(m_chartButton, static_cast<int>(Mode::Chart));
    m_tableButton->setChecked(true);

    m_busy->setObjectName(u"readingsHistoryBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(4);
    QSizePolicy keep = m_busy->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keep);
    m_busy->hide();
    m_error->setObjectName(u"readingsHistoryError"_s);
    setStyleRole(m_error, StyleRole::FieldError);
    m_error->setWordWrap(true);
    m_error->hide();

    m_tree->setObjectName(u"readingsTree"_s);
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_stack->addWidget(m_tree);

    m_meterCombo->setObjectName(u"readingsChartMeter"_s);
    m_meterLabel->setBuddy(m_meterCombo);
    auto* chartColumn = new QVBoxLayout(m_chartPage);
    chartColumn->setContentsMargins(0, 0, 0, 0);
    auto* meterRow = new QHBoxLayout;
    meterRow->addWidget(m_meterLabel);
    meterRow->addWidget(m_meterCombo, 1);
    chartColumn->addLayout(meterRow);
    chartColumn->addWidget(m_chart, 1);
    m_stack->addWidget(m_chartPage);

    auto* top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addStretch(1);
    top->addWidget(m_tableButton);
    top->addWidget(m_chartButton);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 8, 0, 0);
    column->addLayout(top);
    column->addWidget(m_busy);
    column->addWidget(m_error);
    column->addWidget(m_stack, 1);

    connect(m_period, &PeriodSelector::periodChanged, this, &ReadingsHistoryPage::reload);
    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(static_cast<Mode>(id)); });
    connect(m_meterCombo, &QComboBox::currentIndexChanged, this, &ReadingsHistoryPage::showChartForCurrentMeter);
    connect(m_loader, &ReadingsLoader::loadingChanged, this,
            [this] { m_busy->setVisible(m_loader->isLoadingHistory()); });
    connect(m_loader, &ReadingsLoader::historyLoaded, this, [this](qint64 accountId) {
        if (accountId == m_accountId)
            showHistory();
    });
    connect(m_loader, &ReadingsLoader::historyFailed, this, [this](qint64 accountId, const ApiError& error) {
        if (accountId != m_accountId)
            return;
        if (m_trouble && ConnectionTrouble::isTemporary(error)) {
            // The window's banner says it, once; the readings shown stay.
            m_trouble->report(error, this, [this] { reload(); });
            return;
        }
        m_error->setText(tr("Could not load the readings: %1").arg(error.message));
        m_error->show();
    });
    retranslate();
}

void ReadingsHistoryPage::setAccountId(qint64 accountId) {
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    m_model->clear();
    m_meterCombo->clear();
    m_chart->clear();
    m_deferredReload->request();
}

void ReadingsHistoryPage::reload() {
    m_error->hide();
    if (m_accountId == 0) {
        m_loader->cancel();
        return;
    }
    m_loader->loadHistory(m_accountId, m_period->from(), m_period->to());
}

void ReadingsHistoryPage::showHistory() {
    const qint64 meter = m_meterCombo->currentData().toLongLong();
    m_model->setHistory(*m_loader->history());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_tree->setFirstColumnSpanned(row, {}, true);
        m_tree->expand(m_model->index(row, 0));
    }
    const QSignalBlocker block(m_meterCombo);
    m_meterCombo->clear();
    for (const HistoryMeter& m : m_loader->history()->meters)
        m_meterCombo->addItem(ReadingsHistoryModel::meterTitle(m), m.id);
    const int keep = m_meterCombo->findData(meter);
    m_meterCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    showChartForCurrentMeter();
}

void ReadingsHistoryPage::showChartForCurrentMeter() {
    if (!m_loader->history()) {
        m_chart->clear();
        return;
    }
    const qint64 id = m_meterCombo->currentData().toLongLong();
    for (const HistoryMeter& m : m_loader->history()->meters) {
        if (m.id == id) {
            m_chart->setSeries(ConsumptionSeries::fromMeter(m),
                               tr("Monthly consumption, %1").arg(ReadingsHistoryModel::meterTitle(m)));
            return;
        }
    }
    m_chart->clear();
}

void ReadingsHistoryPage::setMode(Mode mode) {
    m_stack->setCurrentIndex(static_cast<int>(mode));
    m_modeGroup->button(static_cast<int>(mode))->setChecked(true);
}

ReadingsHistoryPage::Mode ReadingsHistoryPage::mode() const {
    return static_cast<Mode>(m_stack->currentIndex());
}

void ReadingsHistoryPage::retranslate() {
    m_tableButton->setText(tr("Table"));
    m_chartButton->setText(tr("Chart"));
    m_meterLabel->setText(tr("Meter:"));
}

void ReadingsHistoryPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lkk
