#include "ui/appeals/AppealsTab.h"

#include "app/appeals/AppealOutbox.h"
#include "app/appeals/AppealsModel.h"
#include "app/appeals/AppealsOperations.h"
#include "app/session/Session.h"
#include "ui/StyleRole.h"
#include "ui/appeals/AppealThreadView.h"
#include "ui/appeals/StatusChip.h"
#include "ui/history/DeferredReload.h"
#include "ui/history/PeriodSelector.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

AppealsTab::AppealsTab(Session* session, AppealOutbox* outbox, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_outbox(outbox)
    , m_period(new PeriodSelector(this))
    , m_new(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_view(new QTreeView(m_split))
    , m_details(new QStackedWidget(m_split))
    , m_model(new AppealsModel(this))
    , m_thread(new AppealThreadView(session, outbox))
    , m_threadHint(new QLabel)
    , m_deferredReload(new DeferredReload(this, [this] { reload(); })) {
    setObjectName(u"appealsTab"_s);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 8, 0, 0);

    auto* top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addStretch(1);
    m_new->setObjectName(u"newAppealButton"_s);
    setStyleRole(m_new, StyleRole::Primary);
    top->addWidget(m_new);
    column->addLayout(top);

    m_busy->setObjectName(u"appealsBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(4);
    m_busy->setTextVisible(false);
    m_busy->hide();
    column->addWidget(m_busy);
    m_status->setObjectName(u"appealsStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    column->addWidget(m_status);

    m_view->setObjectName(u"appealsTree"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new StatusChipDelegate(m_view));
    m_view->setUniformRowHeights(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setExpandsOnDoubleClick(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AppealsModel::DateColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AppealsModel::SubjectColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AppealsModel::StatusColumn, QHeaderView::ResizeToContents);

    // Below the list: the opened appeal, or a hint while none is selected.
    m_details->setObjectName(u"appealDetails"_s);
    m_threadHint->setObjectName(u"appealThreadHint"_s);
    m_threadHint->setAlignment(Qt::AlignCenter);
    m_threadHint->setWordWrap(true);
    setStyleRole(m_threadHint, StyleRole::Placeholder);
    m_details->addWidget(m_threadHint);
    m_details->addWidget(m_thread);
    m_split->addWidget(m_view);
    m_split->addWidget(m_details);
    // The opened appeal needs the room: its thread, the reply box; the list keeps a few rows.
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 9);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setChildrenCollapsible(false);
    column->addWidget(m_split, 1);

    // A click on an appeal opens it and unfolds its text and answer (as «Оплаты» do their rows).
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        const QModelIndex first = index.siblingAtColumn(0);
        if (!first.parent().isValid())
            m_view->setExpanded(first, !m_view->isExpanded(first));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_thread->appealId() || !m_model->indexOfAppeal(m_thread->appealId()).isValid()) {
            m_thread->clear();
            m_details->setCurrentWidget(m_threadHint);
        }
    });
    connect(m_thread, &AppealThreadView::threadChanged, this, &AppealsTab::onThreadChanged);
    connect(m_period, &PeriodSelector::periodChanged, this, &AppealsTab::reload);
    connect(m_new, &QPushButton::clicked, this, &AppealsTab::newAppealRequested);
    m_new->setVisible(m_outbox != nullptr);
    if (m_outbox) {
        connect(m_outbox, &AppealOutbox::sent, this, [this](const QString&, const AppealThread& thread) {
            if (thread.appeal.accountId == m_accountId && !m_model->indexOfAppeal(thread.appeal.id).isValid())
                m_deferredReload->request(); // a new appeal of this account
        });
    }
    retranslate();
}

AppealsTab::~AppealsTab() = default;

void AppealsTab::setAccount(qint64 accountId) {
    if (accountId != m_accountId) {
        m_accountId = accountId;
        m_wantedAppeal = 0;
        m_model->setAppeals({});
    }
    m_deferredReload->request();
}

void AppealsTab::reload() {
    const quint64 generation = ++m_generation;
    m_error.clear();
    if (m_accountId == 0) {
        m_model->setAppeals({});
        setLoading(false);
        return;
    }
    setLoading(true);
    // A preset runs up to the server's today (Tomsk time): an appeal opened a minute ago shows up.
    const QDate to = m_period->filter().isCustom() ? m_period->to() : QDate();
    const qint64 account = m_accountId;
    m_session->authorized(ListAppealsOperation{account, m_period->from(), to}, this,
                          [this, generation, account](Result<AppealList> result) {
                              if (generation != m_generation)
                                  return;
                              if (result) {
                                  const qint64 open = m_thread->appealId();
                                  m_model->setAppeals(result.value().appeals);
                                  emit unreadCountChanged(account, m_model->unreadCount());
                                  const qint64 wanted = m_wantedAppeal ? m_wantedAppeal : open;
                                  m_wantedAppeal = 0;
                                  if (wanted)
                                      openAppeal(wanted);
                              } else {
                                  m_error = tr("Could not load the appeals: %1").arg(result.error().message);
                              }
                              setLoading(false);
                              emit loaded();
                          });
}

void AppealsTab::openAppeal(qint64 appealId) {
    const QModelIndex index = m_model->indexOfAppeal(appealId);
    if (!index.isValid()) {
        m_wantedAppeal = appealId;
        return;
    }
    m_view->setExpanded(index, true);
    if (m_view->currentIndex().siblingAtColumn(0) == index)
        loadThread(appealId);
    else
        m_view->setCurrentIndex(index);
}

void AppealsTab::onCurrentChanged(const QModelIndex& current) {
    if (!current.isValid())
        return;
    const qint64 id = current.data(AppealsModel::IdRole).toLongLong();
    if (id != m_thread->appealId())
        loadThread(id);
}

void AppealsTab::loadThread(qint64 appealId) {
    m_session->authorized(GetAppealOperation{appealId}, this, [this, appealId](Result<AppealThread> result) {
        if (!m_model->indexOfAppeal(appealId).isValid())
            return; // the list moved on (another account or period)
        if (!result) {
            m_error = tr("Could not open the appeal: %1").arg(result.error().message);
            showStatus();
            return;
        }
        m_thread->setThread(result.value());
        m_details->setCurrentWidget(m_thread);
        onThreadChanged(result.value());
        // Only the customer's own reading marks an answer read: an operator's look leaves it unread.
        if (m_outbox && result.value().appeal.unread)
            markRead(appealId);
    });
}

void AppealsTab::markRead(qint64 appealId) {
    m_session->authorized(MarkAppealReadOperation{appealId}, this, [this, appealId](Result<NoContent> result) {
        const QModelIndex index = m_model->indexOfAppeal(appealId);
        if (!result || !index.isValid())
            return; // stays unread; the next opening tries again
        Appeal appeal = m_model->appeals().at(index.row());
        appeal.unread = false;
        m_model->updateAppeal(appeal);
        emit unreadCountChanged(m_accountId, m_model->unreadCount());
    });
}

void AppealsTab::onThreadChanged(const AppealThread& thread) {
    Appeal appeal = thread.appeal;
    if (m_thread->appealId() == appeal.id && appeal.unread) {
        // Shown now: it is being marked read, so the list does not flash it as unread again.
        const QModelIndex index = m_model->indexOfAppeal(appeal.id);
        if (index.isValid() && !m_model->appeals().at(index.row()).unread)
            appeal.unread = false;
    }
    if (m_model->updateAppeal(appeal))
        emit unreadCountChanged(m_accountId, m_model->unreadCount());
}

void AppealsTab::setLoading(bool loading) {
    m_loading = loading;
    m_busy->setVisible(loading);
    showStatus();
}

void AppealsTab::showStatus() {
    QString text = m_error;
    const bool error = !text.isEmpty();
    if (!error && !m_loading && m_accountId != 0 && m_model->rowCount() == 0)
        text = m_outbox ? tr("No appeals in the selected period. To ask the utility a question, press «New appeal».")
                        : tr("No appeals in the selected period.");
    setStyleRole(m_status, error ? StyleRole::FieldError : StyleRole::Hint);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void AppealsTab::retranslate() {
    m_new->setText(tr("New appeal"));
    m_threadHint->setText(m_outbox ? tr("Choose an appeal to read the answer and write to the utility.")
                                   : tr("Choose an appeal to read it and its answers."));
    showStatus();
}

void AppealsTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lkk
