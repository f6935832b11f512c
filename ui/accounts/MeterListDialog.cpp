#include "ui/accounts/MeterListDialog.h"

#include "app/accounts/AccountsStore.h"
#include "app/accounts/MeterListModel.h"
#include "ui/StyleRole.h"
#include "ui/accounts/ExpiredRowDelegate.h"
#include "ui/history/PeriodSelector.h"

#include "ui/StoreActivity.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lkk {

MeterListDialog::MeterListDialog(AccountsStore* store, qint64 accountId, const QString& subtitle, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_accountId(accountId)
    , m_model(new MeterListModel(this))
    , m_period(new PeriodSelector(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_table(new QTableView(this)) {
    setObjectName(u"MeterListDialog"_s);
    setWindowTitle(tr("Meter list"));

    auto* title = new QLabel(tr("Meter list"), this);
    setStyleRole(title, StyleRole::DialogTitle);
    auto* sub = new QLabel(subtitle, this);
    sub->setObjectName(u"meterListSubtitle"_s);
    setStyleRole(sub, StyleRole::Hint);
    sub->setWordWrap(true);
    auto* periodRow = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    setStyleRole(periodLabel, StyleRole::FieldLabel);
    periodRow->addWidget(periodLabel);
    periodRow->addWidget(m_period);
    periodRow->addStretch(1);

    m_status->setObjectName(u"meterListStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    m_busy->setObjectName(u"meterListBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();

    m_table->setObjectName(u"meterListTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ExpiredRowDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);

    m_legend = new QLabel(tr("Rows in red: the meter's verification period (МПИ) has expired."), this);
    m_legend->setObjectName(u"meterListLegend"_s);
    setStyleRole(m_legend, StyleRole::Hint);
    m_legend->setWordWrap(true);
    m_legend->hide();

    auto* buttons = new QDialogButtonBox(this);
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(u"meterListCloseButton"_s);
    setStyleRole(close, StyleRole::Primary);
    close->setDefault(true);
    buttons->addButton(close, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(20, 18, 20, 16);
    column->setSpacing(8);
    column->addWidget(title);
    column->addWidget(sub);
    column->addLayout(periodRow);
    column->addWidget(m_busy);
    column->addWidget(m_status);
    column->addWidget(m_table, 1);
    column->addWidget(m_legend);
    column->addWidget(buttons);

    connect(m_period, &PeriodSelector::periodChanged, this, &MeterListDialog::reload);
    connect(m_store, &AccountsStore::metersChanged, this, [this](qint64 account, const QDate& from, const QDate& to) {
        if (account == m_accountId && from == m_period->from() && to == m_period->to())
            showCached();
    });
    followStoreActivity(m_store, AccountsStore::Topic::Meters, m_accountId, m_busy, m_status);

    reload();
    resize(1000, 480);
}

void MeterListDialog::reload() {
    m_status->hide();
    showCached();
    m_store->loadMeters(m_accountId, m_period->from(), m_period->to());
}

void MeterListDialog::showCached() {
    const auto meters = m_store->meters(m_accountId, m_period->from(), m_period->to());
    m_model->setMeters(meters.value_or(QList<MeterInfo>{}));
    // The legend only when a row is actually highlighted.
    const QList<MeterInfo> shown = meters.value_or(QList<MeterInfo>{});
    m_legend->setVisible(
        std::any_of(shown.cbegin(), shown.cend(), [](const MeterInfo& meter) { return meter.verificationExpired; }));
    if (meters && meters->isEmpty()) {
        setStyleRole(m_status, StyleRole::Hint);
        m_status->setText(tr("No meters are registered on this account."));
        m_status->show();
    }
}

} // namespace lkk
