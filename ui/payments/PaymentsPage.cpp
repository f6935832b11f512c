#include "ui/payments/PaymentsPage.h"

#include "app/payments/PaymentOperations.h"
#include "app/payments/PaymentsModel.h"
#include "app/session/Session.h"
#include "ui/ConnectionTrouble.h"
#include "ui/StyleRole.h"
#include "ui/history/DeferredReload.h"
#include "ui/history/PeriodSelector.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

PaymentsPage::PaymentsPage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_period(new PeriodSelector(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new PaymentsModel(this))
    , m_deferredReload(new DeferredReload(this, [this] { reload(); })) {
    setObjectName(u"paymentsPage"_s);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 8, 0, 0);

    auto* top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addStretch(1);
    column->addLayout(top);

    m_busy->setObjectName(u"paymentsBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(4);
    m_busy->setTextVisible(false);
    m_busy->hide();
    column->addWidget(m_busy);

    m_status->setObjectName(u"paymentsStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    column->addWidget(m_status);

    m_view->setObjectName(u"paymentsTree"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(false);
    m_view->setAlternatingRowColors(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setExpandsOnDoubleClick(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PaymentsModel::DateColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(PaymentsModel::AmountColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(PaymentsModel::StatusColumn, QHeaderView::ResizeToContents);
    column->addWidget(m_view, 1);

    // A click on a «№ ЛС» row opens it (docs/manual.md §9.3: «По нажатию на строку с номером ЛС»).
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        const QModelIndex first = index.siblingAtColumn(0);
        if (!first.parent().isValid() && m_model->rowCount(first) > 0)
            m_view->setExpanded(first, !m_view->isExpanded(first));
    });
    connect(m_period, &PeriodSelector::periodChanged, this, &PaymentsPage::reload);
    retranslate();
}

PaymentsPage::~PaymentsPage() = default;

void PaymentsPage::setAccount(qint64 accountId) {
    if (accountId != m_accountId) {
        m_accountId = accountId;
        m_model->setSubAccounts({});
    }
    m_deferredReload->request();
}

void PaymentsPage::reload() {
    const quint64 generation = ++m_generation;
    m_error.clear();
    m_notLoaded = false;
    if (m_accountId == 0) {
        m_model->setSubAccounts({});
        setLoading(false);
        return;
    }
    setLoading(true);
    // A preset runs up to the server's today (Tomsk time, up to a day ahead of ours): a payment made a
    // minute ago is dated by the server and must show up.
    const QDate to = m_period->filter().isCustom() ? m_period->to() : QDate();
    GetPaymentsOperation op{m_accountId, m_period->from(), to};
    m_session->authorized(op, this, [this, generation](Result<QList<SubAccountPayments>> result) {
        if (generation != m_generation)
            return;
        if (result) {
            m_model->setSubAccounts(result.value());
            // Sub-accounts with payments start open: what people come here for is the rows.
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QModelIndex index = m_model->index(row, 0);
                m_view->setExpanded(index, m_model->rowCount(index) > 0);
            }
        } else if (m_trouble && ConnectionTrouble::isTemporary(result.error())) {
            // The window's banner says it, once; the rows shown stay.
            m_notLoaded = m_model->rowCount() == 0;
            m_trouble->report(result.error(), this, [this] { reload(); });
        } else {
            m_error = tr("Could not load the payments: %1").arg(result.error().message);
        }
        setLoading(false);
        emit loaded();
    });
}

void PaymentsPage::setLoading(bool loading) {
    m_loading = loading;
    m_busy->setVisible(loading);
    showStatus();
}

void PaymentsPage::showStatus() {
    QString text = m_error;
    bool error = !text.isEmpty();
    if (!error && !m_loading && m_accountId != 0 && m_notLoaded)
        text = tr("The payments have not been loaded yet.");
    else if (!error && !m_loading && m_accountId != 0 && m_model->paymentCount() == 0 && m_model->rowCount() > 0)
        text = tr("No payments in the selected period.");
    setStyleRole(m_status, error ? StyleRole::FieldError : StyleRole::Hint);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void PaymentsPage::retranslate() {
    showStatus();
}

void PaymentsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lkk
