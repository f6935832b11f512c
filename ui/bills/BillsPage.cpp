#include "ui/bills/BillsPage.h"

#include "ui/ConnectionTrouble.h"
#include "ui/MessageBanner.h"
#include "ui/StyleRole.h"
#include "ui/UiLogging.h"
#include "ui/bills/BillPrinter.h"
#include "ui/bills/BillsView.h"
#include "ui/history/DeferredReload.h"
#include "ui/history/PeriodSelector.h"

#include "app/accounts/AccountsStore.h"
#include "app/bills/BillsModel.h"
#include "app/bills/BillsOperations.h"
#include "app/session/Session.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

BillsPage::BillsPage(Session* session, AccountsStore* store, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_store(store)
    , m_model(new BillsModel(this))
    , m_period(new PeriodSelector(this))
    , m_general(new QPushButton(this))
    , m_detail(new QPushButton(this))
    , m_viewGroup(new QButtonGroup(this))
    , m_busy(new QProgressBar(this))
    , m_banner(new MessageBanner(this))
    , m_empty(new QLabel(this))
    , m_view(new BillsView(this))
    , m_deferredReload(new DeferredReload(this, [this] { reload(); })) {
    setObjectName(u"billsPage"_s);
    m_period->setObjectName(u"billsPeriod"_s);
    m_general->setObjectName(u"billsGeneralButton"_s);
    m_detail->setObjectName(u"billsDetailButton"_s);
    for (QPushButton* b : {m_general, m_detail}) {
        b->setCheckable(true);
        setStyleRole(b, StyleRole::Secondary);
        b->setCursor(Qt::PointingHandCursor);
    }
    m_general->setChecked(true);
    m_viewGroup->setExclusive(true);
    m_viewGroup->addButton(m_general);
    m_viewGroup->addButton(m_detail);
    m_busy->setObjectName(u"billsBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(3);
    m_busy->setVisible(false);
    m_banner->setObjectName(u"billsBanner"_s);
    m_banner->hide();
    m_empty->setObjectName(u"billsEmpty"_s);
    setStyleRole(m_empty, StyleRole::Placeholder);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_view->setBillsModel(m_model);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_period);
    toolbar->addStretch(1);
    toolbar->addWidget(m_general);
    toolbar->addWidget(m_detail);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 10, 0, 0);
    column->setSpacing(6);
    column->addLayout(toolbar);
    column->addWidget(m_busy);
    column->addWidget(m_banner);
    column->addWidget(m_empty);
    column->addWidget(m_view, 1);

    setTabOrder(m_period->comboBox(), m_general);
    setTabOrder(m_general, m_detail);
    setTabOrder(m_detail, m_view);

    connect(m_period, &PeriodSelector::periodChanged, this, &BillsPage::reload);
    connect(m_general, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            m_model->setView(BillsModel::View::General);
    });
    connect(m_detail, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            m_model->setView(BillsModel::View::Detail);
    });
    // A view switch resets the model: keep the newest period open (the manual shows it so,
    // docs/manual.md §9.1).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->expand(m_model->index(0, 0));
    });
    connect(m_banner, &MessageBanner::actionTriggered, this, &BillsPage::reload);
    connect(m_view, &BillsView::printRequested, this, [this](const QDate& period) { printBill(period); });

    if (m_store) {
        connect(m_store, &AccountsStore::currentAccountChanged, this, &BillsPage::setAccountId);
        connect(m_store, &AccountsStore::cleared, this, [this] { setAccountId(0); });
        m_accountId = m_store->currentAccountId();
    }
    retranslate();
    if (m_accountId != 0)
        m_deferredReload->request();
}

BillsPage::~BillsPage() = default;

void BillsPage::setAccountId(qint64 accountId) {
    if (accountId == m_accountId && m_model->rowCount() > 0)
        return;
    m_accountId = accountId;
    m_model->clear();
    m_shownRequest.clear();
    m_deferredReload->request();
}

void BillsPage::reload() {
    const quint64 generation = ++m_generation;
    m_banner->hide();
    if (m_accountId == 0 || !m_session) {
        m_model->clear();
        setLoading(false);
        showEmptyState();
        return;
    }
    GetBillsOperation op;
    op.accountId = m_accountId;
    op.from = m_period->from();
    // A preset runs to the server's latest bill: the utility's (Tomsk) month may already be ahead of ours.
    if (m_period->filter().isCustom())
        op.to = m_period->to();
    const QString request =
        u"%1 %2 %3"_s.arg(m_accountId).arg(op.from.toString(Qt::ISODate), op.to.toString(Qt::ISODate));
    setLoading(true);
    m_session->authorized(op, this, [this, generation, request](Result<BillList> result) {
        if (generation != m_generation)
            return; // another account or period was asked for meanwhile
        setLoading(false);
        m_notLoaded = false;
        const bool kept = request == m_shownRequest && m_model->rowCount() > 0;
        if (result) {
            m_model->setBillList(result.value());
            m_shownRequest = request;
        } else if (m_trouble && ConnectionTrouble::isTemporary(result.error())) {
            // The window's banner says it, once; what the page showed for these months stays.
            if (!kept) {
                m_model->clear();
                m_shownRequest.clear();
                m_notLoaded = true;
            }
            m_trouble->report(result.error(), this, [this] { reload(); });
        } else if (kept) {
            // A failed refresh keeps what the user was reading: it is still the asked-for months.
            m_banner->showMessage(MessageBanner::Type::Error,
                                  tr("Could not refresh the payment documents: %1 The ones loaded earlier are shown.")
                                      .arg(result.error().message),
                                  tr("Retry"));
        } else {
            m_model->clear();
            m_shownRequest.clear();
            m_banner->showMessage(MessageBanner::Type::Error,
                                  tr("Could not load the payment documents: %1").arg(result.error().message),
                                  tr("Retry"));
        }
        showEmptyState();
        emit loaded();
    });
}

QPrintPreviewDialog* BillsPage::printBill(const QDate& period) {
    const QModelIndex index = m_model->periodIndex(period);
    const Bill* bill = index.isValid() ? m_model->billAt(index.row()) : nullptr;
    if (!bill)
        return nullptr;
    QPrintPreviewDialog* dialog = BillPrinter::openPreview(m_model->billList().account, *bill, this);
    if (auto* printer = dialog->findChild<BillPrinter*>()) {
        connect(printer, &BillPrinter::pdfSaved, this, [this](const QString& path) {
            m_banner->showMessage(MessageBanner::Type::Info,
                                  tr("The payment document has been saved: %1").arg(QDir::toNativeSeparators(path)));
            m_banner->show();
        });
        connect(printer, &BillPrinter::pdfFailed, this, [this](const QString& path) {
            m_banner->showMessage(MessageBanner::Type::Error,
                                  tr("Could not write the file %1.").arg(QDir::toNativeSeparators(path)));
            m_banner->show();
        });
    }
    return dialog;
}

void BillsPage::setLoading(bool loading) {
    m_loading = loading;
    m_busy->setVisible(loading);
    m_view->setEnabled(!loading || m_model->rowCount() > 0);
}

void BillsPage::showEmptyState() {
    retranslate();
    const bool empty = m_model->rowCount() == 0 && !m_loading && m_banner->isHidden();
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}

void BillsPage::retranslate() {
    m_general->setText(tr("General information"));
    m_detail->setText(tr("Details by service"));
    m_empty->setText(m_accountId == 0 ? tr("Choose a personal account to see its payment documents.")
                     : m_notLoaded    ? tr("The payment documents have not been loaded yet.")
                                      : tr("There are no payment documents for the selected period."));
}

void BillsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lkk
