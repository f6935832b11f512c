#include "ui/accounts/TariffHistoryDialog.h"

#include "app/accounts/AccountsStore.h"
#include "app/accounts/TariffHistoryModel.h"

#include "ui/StoreActivity.h"
#include "ui/StyleRole.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

TariffHistoryDialog::TariffHistoryDialog(AccountsStore* store, qint64 accountId, qint64 contractId,
                                         const QString& contractTitle, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_accountId(accountId)
    , m_contractId(contractId)
    , m_model(new TariffHistoryModel(this))
    , m_tariffNames(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_table(new QTableView(this)) {
    setObjectName(u"TariffHistoryDialog"_s);
    setWindowTitle(tr("Tariff history"));

    auto* title = new QLabel(tr("Tariff history"), this);
    setStyleRole(title, StyleRole::DialogTitle);
    auto* contract = new QLabel(contractTitle, this);
    contract->setObjectName(u"tariffHistoryContract"_s);
    setStyleRole(contract, StyleRole::Hint);
    contract->setWordWrap(true);
    m_tariffNames->setObjectName(u"tariffHistoryNames"_s);
    m_tariffNames->setWordWrap(true);
    m_status->setObjectName(u"tariffHistoryStatus"_s);
    setStyleRole(m_status, StyleRole::Hint);
    m_status->setWordWrap(true);
    m_status->hide();
    m_busy->setObjectName(u"tariffHistoryBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();

    m_table->setObjectName(u"tariffHistoryTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    auto* buttons = new QDialogButtonBox(this);
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(u"tariffHistoryCloseButton"_s);
    setStyleRole(close, StyleRole::Primary);
    close->setDefault(true);
    buttons->addButton(close, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(20, 18, 20, 16);
    column->setSpacing(8);
    column->addWidget(title);
    column->addWidget(contract);
    column->addWidget(m_tariffNames);
    column->addWidget(m_busy);
    column->addWidget(m_status);
    column->addWidget(m_table, 1);
    column->addWidget(buttons);

    connect(m_store, &AccountsStore::tariffHistoryChanged, this, [this](qint64 account, qint64 changedContract) {
        if (account == m_accountId && changedContract == m_contractId)
            showCached();
    });
    followStoreActivity(m_store, AccountsStore::Topic::TariffHistory, m_accountId, m_busy, m_status);

    showCached();
    m_store->loadTariffHistory(m_accountId, m_contractId);
    resize(680, 480);
}

void TariffHistoryDialog::showCached() {
    const auto history = m_store->tariffHistory(m_accountId, m_contractId);
    if (!history)
        return;
    m_model->setHistory(*history);
    QStringList names;
    for (const TariffHistorySeries& series : history->tariffs)
        names << (series.zone.isEmpty() ? series.name : series.name + u" ("_s + series.zone + u')');
    m_tariffNames->setText(names.join(u'\n'));
    m_tariffNames->setVisible(!names.isEmpty());
    m_status->setText(history->tariffs.isEmpty() ? tr("The contract has no tariffs.") : QString());
    m_status->setVisible(history->tariffs.isEmpty());
}

} // namespace lkk
