#include "ui/accounts/AccountsSidebar.h"

#include "app/accounts/AccountListModel.h"
#include "ui/Dialogs.h"
#include "ui/accounts/AccountDelegate.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

AccountsSidebar::AccountsSidebar(QWidget* parent)
    : QFrame(parent)
    , m_addAccount(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_refreshIndicator(new QProgressBar(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(m_stack))
    , m_emptyPage(new QWidget(m_stack))
    , m_emptyTitle(new QLabel(m_emptyPage))
    , m_emptyText(new QLabel(m_emptyPage))
    , m_loadingPage(new QWidget(m_stack))
    , m_loadingLabel(new QLabel(m_loadingPage)) {
    setObjectName(u"accountsSidebar"_s);
    // Narrow enough to leave the account room in a small window; the rows shorten their words but
    // keep the account number and the amount whole (AccountDelegate).
    setMinimumWidth(210);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(12, 16, 12, 12);
    column->setSpacing(10);

    m_addAccount->setObjectName(u"addAccountButton"_s);
    m_addAccount->setIcon(QIcon(u":/icons/account-add.svg"_s));
    m_addAccount->setCursor(Qt::PointingHandCursor);
    column->addWidget(m_addAccount);

    auto* titleRow = new QHBoxLayout;
    m_title->setObjectName(u"accountsTitle"_s);
    titleRow->addWidget(m_title, 1);
    column->addLayout(titleRow);
    m_refreshIndicator->setObjectName(u"accountsRefreshIndicator"_s);
    m_refreshIndicator->setRange(0, 0);
    m_refreshIndicator->setTextVisible(false);
    m_refreshIndicator->hide();
    column->addWidget(m_refreshIndicator);

    m_list->setObjectName(u"accountsList"_s);
    m_list->setItemDelegate(new AccountDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setSpacing(1);
    connect(m_list, &QListView::customContextMenuRequested, this, &AccountsSidebar::showContextMenu);

    // Empty state (manual, figure 8): an invitation to link the first account.
    m_emptyPage->setObjectName(u"accountsEmptyState"_s);
    auto* emptyColumn = new QVBoxLayout(m_emptyPage);
    emptyColumn->setContentsMargins(4, 16, 4, 16);
    emptyColumn->setSpacing(8);
    auto* emptyIcon = new QLabel(m_emptyPage);
    emptyIcon->setPixmap(QIcon(u":/icons/account-add.svg"_s).pixmap(QSize(40, 40), devicePixelRatioF()));
    emptyIcon->setAlignment(Qt::AlignHCenter);
    emptyColumn->addWidget(emptyIcon);
    m_emptyTitle->setObjectName(u"accountsEmptyTitle"_s);
    m_emptyTitle->setAlignment(Qt::AlignHCenter);
    m_emptyTitle->setWordWrap(true);
    emptyColumn->addWidget(m_emptyTitle);
    m_emptyText->setObjectName(u"accountsEmptyLabel"_s);
    m_emptyText->setAlignment(Qt::AlignHCenter);
    m_emptyText->setWordWrap(true);
    emptyColumn->addWidget(m_emptyText);
    emptyColumn->addStretch(1);

    m_loadingPage->setObjectName(u"accountsLoading"_s);
    auto* loadingColumn = new QVBoxLayout(m_loadingPage);
    loadingColumn->setContentsMargins(4, 24, 4, 24);
    auto* loadingBar = new QProgressBar(m_loadingPage);
    loadingBar->setObjectName(u"accountsLoadingBar"_s);
    loadingBar->setRange(0, 0);
    loadingBar->setTextVisible(false);
    loadingColumn->addWidget(loadingBar);
    m_loadingLabel->setObjectName(u"accountsLoadingLabel"_s);
    m_loadingLabel->setAlignment(Qt::AlignHCenter);
    loadingColumn->addWidget(m_loadingLabel);
    loadingColumn->addStretch(1);

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_loadingPage);
    column->addWidget(m_stack, 1);

    connect(m_addAccount, &QPushButton::clicked, this, &AccountsSidebar::addAccountRequested);

    setFocusProxy(m_list);
    retranslate();
    updateState();
}

AccountsSidebar::~AccountsSidebar() = default;

void AccountsSidebar::setModel(QAbstractItemModel* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_list->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &AccountsSidebar::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &AccountsSidebar::updateState);
        connect(model, &QAbstractItemModel::modelReset, this, &AccountsSidebar::updateState);
        connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &AccountsSidebar::onCurrentChanged);
    }
    updateState();
}

void AccountsSidebar::setLoading(bool loading) {
    m_loading = loading;
    updateState();
}

void AccountsSidebar::setRefreshing(bool refreshing) {
    m_refreshIndicator->setVisible(refreshing && !m_loading);
}

void AccountsSidebar::updateState() {
    const bool hasRows = m_model && m_model->rowCount() > 0;
    if (hasRows)
        m_stack->setCurrentWidget(m_list);
    else if (m_loading)
        m_stack->setCurrentWidget(m_loadingPage);
    else
        m_stack->setCurrentWidget(m_emptyPage);
    // With no accounts the main area's welcome page carries the one «Добавить лицевой счёт».
    m_addAccount->setVisible(m_stack->currentWidget() != m_emptyPage);
    if (m_loading && !hasRows)
        m_refreshIndicator->hide();
}

void AccountsSidebar::selectAccount(qint64 id) {
    if (!m_model)
        return;
    m_selecting = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(AccountListModel::IdRole).toLongLong() == id) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            break;
        }
    }
    if (id == 0)
        m_list->clearSelection();
    m_selecting = false;
}

qint64 AccountsSidebar::currentAccountId() const {
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(AccountListModel::IdRole).toLongLong() : 0;
}

void AccountsSidebar::onCurrentChanged(const QModelIndex& current) {
    if (m_selecting || !current.isValid())
        return;
    emit accountActivated(current.data(AccountListModel::IdRole).toLongLong());
}

void AccountsSidebar::showContextMenu(const QPoint& pos) {
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 id = index.data(AccountListModel::IdRole).toLongLong();
    auto* menu = new QMenu(this);
    menu->setObjectName(u"accountContextMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* unlink = menu->addAction(tr("Unlink the personal account"));
    unlink->setObjectName(u"unlinkAccountAction"_s);
    connect(unlink, &QAction::triggered, this, [this, id] { requestUnlink(id); });
    menu->popup(m_list->viewport()->mapToGlobal(pos));
}

void AccountsSidebar::requestUnlink(qint64 id) {
    QString address;
    QString number;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data(AccountListModel::IdRole).toLongLong() == id) {
                address = index.data(Qt::DisplayRole).toString();
                number = index.data(AccountListModel::NumberRole).toString();
            }
        }
    }
    const QString text = tr("Unlink the personal account № %1 (%2) from your cabinet?\n\nYou can link it again "
                            "later with the control question.")
                             .arg(number, address);
    Dialogs::Question question{tr("Unlink the personal account"), text, tr("Unlink"), tr("Cancel")};
    question.acceptIsDefault = false;
    Dialogs::confirm(this, question, this, [this, id](bool accepted) {
        if (accepted)
            emit unlinkRequested(id);
    });
}

void AccountsSidebar::retranslate() {
    m_addAccount->setText(tr("Add a personal account"));
    m_addAccount->setToolTip(tr("Link a personal account by its number from the bill"));
    m_title->setText(tr("Your accounts"));
    m_emptyTitle->setText(tr("No accounts linked yet"));
    m_emptyText->setText(tr("Link your personal account by its number from the bill to see the amount to pay, "
                            "requisites and meters here."));
    m_loadingLabel->setText(tr("Loading your accounts…"));
    m_list->setAccessibleName(tr("Your accounts"));
}

void AccountsSidebar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace lkk
