#include "ui/appeals/AppealsQueueView.h"

#include "app/appeals/AppealInput.h"
#include "app/appeals/AppealQueueModel.h"
#include "app/appeals/AppealThreadModel.h"
#include "app/appeals/AppealsCodec.h"
#include "app/appeals/AppealsModel.h"
#include "app/appeals/AppealsOperations.h"
#include "app/session/Session.h"
#include "shared/InputRules.h"
#include "ui/FieldError.h"
#include "ui/StyleRole.h"
#include "ui/appeals/AppealThreadView.h"
#include "ui/appeals/AttachmentPicker.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

constexpr int pageSize = 100; // the server's largest page
const QList<AppealStatus> allStatuses{AppealStatus::New, AppealStatus::InProgress, AppealStatus::Answered,
                                      AppealStatus::Closed};

// The status filter's entries: the server's default (new and in progress) first.
const QList<QList<AppealStatus>> statusChoices{{AppealStatus::New, AppealStatus::InProgress},
                                               {AppealStatus::New},
                                               {AppealStatus::InProgress},
                                               {AppealStatus::Answered},
                                               {AppealStatus::Closed},
                                               allStatuses};

struct AgeChoice {
    std::optional<int> minHours;
    std::optional<int> maxHours;
};
const QList<AgeChoice> ageChoices{{}, {{}, 24}, {24, {}}, {72, {}}, {168, {}}};

QLabel* filterLabel(const QString& name, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setBuddy(buddy);
    setStyleRole(label, StyleRole::FieldLabel);
    return label;
}

// Enter on a row goes to the answer (the list is read with the arrows).
class EnterToAnswer : public QObject {
public:
    EnterToAnswer(QWidget* target, QObject* parent)
        : QObject(parent)
        , m_target(target) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_target->isEnabled()) {
                m_target->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_target;
};

} // namespace

AppealsQueueView::AppealsQueueView(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AppealQueueModel(this))
    , m_status(new QComboBox(this))
    , m_provider(new QComboBox(this))
    , m_topic(new QComboBox(this))
    , m_age(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_reloadButton(new QPushButton(this))
    , m_listStatus(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_details(new QWidget(this))
    , m_customer(new QLabel(m_details))
    , m_take(new QPushButton(m_details))
    , m_requeue(new QPushButton(m_details))
    , m_close(new QPushButton(m_details))
    , m_reopen(new QPushButton(m_details))
    , m_thread(new AppealThreadView(session, nullptr, m_details))
    , m_answerLabel(new QLabel(m_details))
    , m_answer(new QPlainTextEdit(m_details))
    , m_answerError(new QLabel(m_details))
    , m_files(new AttachmentPicker(m_details))
    , m_send(new QPushButton(m_details))
    , m_actionStatus(new QLabel(m_details)) {
    setObjectName(u"appealsQueueView"_s);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(12, 12, 12, 12);
    column->setSpacing(8);

    // The counts: one button per status, which filters the queue by it.
    auto* counts = new QHBoxLayout;
    for (AppealStatus status : allStatuses) {
        auto* button = new QPushButton(this);
        button->setObjectName(u"queueCount_"_s + json::appealStatusToWire(status));
        setStyleRole(button, StyleRole::Secondary);
        connect(button, &QPushButton::clicked, this, [this, status] {
            setStatusFilter({status});
            reload();
        });
        m_countButtons.insert(status, button);
        counts->addWidget(button);
    }
    counts->addStretch(1);
    column->addLayout(counts);

    buildFilters();
    // Two rows of filters, so that the queue fits a window of 1000 pixels.
    auto* filters = new QGridLayout;
    filters->setHorizontalSpacing(8);
    int place = 0;
    for (auto [label, box] :
         {std::pair{m_statusLabel, m_status}, std::pair{m_providerLabel, m_provider}, std::pair{m_topicLabel, m_topic},
          std::pair{m_ageLabel, m_age}, std::pair{m_assigneeLabel, m_assignee}}) {
        filters->addWidget(label, place / 3, (place % 3) * 2, Qt::AlignRight);
        filters->addWidget(box, place / 3, (place % 3) * 2 + 1);
        ++place;
    }
    m_reloadButton->setObjectName(u"queueReloadButton"_s);
    filters->addWidget(m_reloadButton, 1, 5, Qt::AlignLeft);
    filters->setColumnStretch(6, 1);
    column->addLayout(filters);
    m_listStatus->setObjectName(u"queueListStatus"_s);
    m_listStatus->setWordWrap(true);
    column->addWidget(m_listStatus);

    m_view->setObjectName(u"appealsQueueList"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->installEventFilter(new EnterToAnswer(m_answer, this));

    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(6);
    auto* head = new QHBoxLayout;
    m_customer->setObjectName(u"queueCustomer"_s);
    m_customer->setTextFormat(Qt::PlainText);
    m_customer->setWordWrap(true);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    head->addWidget(m_customer, 1);
    for (auto [button, name] :
         {std::pair{m_take, u"takeAppealButton"_s}, std::pair{m_requeue, u"requeueAppealButton"_s},
          std::pair{m_close, u"closeQueuedAppealButton"_s}, std::pair{m_reopen, u"reopenAppealButton"_s}}) {
        button->setObjectName(name);
        setStyleRole(button, StyleRole::Secondary);
        head->addWidget(button);
    }
    details->addLayout(head);
    details->addWidget(m_thread, 1);
    m_answerLabel->setObjectName(u"answerLabel"_s);
    setStyleRole(m_answerLabel, StyleRole::FieldLabel);
    m_answerLabel->setBuddy(m_answer);
    details->addWidget(m_answerLabel);
    m_answer->setObjectName(u"answerEdit"_s);
    m_answer->setTabChangesFocus(true);
    m_answer->setMaximumHeight(m_answer->fontMetrics().lineSpacing() * 5 + 14);
    details->addWidget(m_answer);
    m_answerError->setObjectName(u"answerError"_s);
    m_answerError->setWordWrap(true);
    setStyleRole(m_answerError, StyleRole::FieldError);
    m_answerError->hide();
    details->addWidget(m_answerError);
    details->addWidget(m_files);
    auto* bottom = new QHBoxLayout;
    m_actionStatus->setObjectName(u"queueActionStatus"_s);
    m_actionStatus->setWordWrap(true);
    bottom->addWidget(m_actionStatus, 1);
    m_send->setObjectName(u"sendAnswerButton"_s);
    setStyleRole(m_send, StyleRole::Primary);
    bottom->addWidget(m_send);
    details->addLayout(bottom);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"queueSplitter"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    column->addWidget(split, 1);

    connect(m_reloadButton, &QPushButton::clicked, this, &AppealsQueueView::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AppealsQueueView::onCurrentChanged);
    connect(m_take, &QPushButton::clicked, this, &AppealsQueueView::take);
    connect(m_requeue, &QPushButton::clicked, this, [this] { setStatus(AppealStatus::New); });
    connect(m_close, &QPushButton::clicked, this, [this] { setStatus(AppealStatus::Closed); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { setStatus(AppealStatus::InProgress); });
    connect(m_send, &QPushButton::clicked, this, &AppealsQueueView::sendAnswer);
    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] { clearFieldError(m_answer, m_answerError); });

    auto* reloadKey = new QShortcut(QKeySequence::Refresh, this, this, &AppealsQueueView::reload);
    reloadKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto* takeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this, this, &AppealsQueueView::take);
    takeKey->setContext(Qt::WidgetWithChildrenShortcut);
    for (int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* sendKey = new QShortcut(QKeySequence(Qt::CTRL | key), m_details, this, &AppealsQueueView::sendAnswer);
        sendKey->setContext(Qt::WidgetWithChildrenShortcut);
    }

    applyTabOrder();
    retranslate();
    updateActions();
    reload();
}

AppealsQueueView::~AppealsQueueView() = default;

void AppealsQueueView::applyTabOrder() {
    // The reading order: counts, filters, the queue, the appeal's actions, its thread (each
    // message's files, made anew with every thread), the answer.
    QList<QWidget*> order;
    for (AppealStatus status : allStatuses)
        order.append(m_countButtons.value(status));
    order << m_status << m_provider << m_topic << m_age << m_assignee << m_reloadButton << m_view << m_take << m_requeue
          << m_close << m_reopen;
    for (QWidget* part : m_thread->findChildren<QWidget*>()) {
        if (part->focusPolicy() & Qt::TabFocus)
            order.append(part);
    }
    order << m_answer << m_files->addButton() << m_send;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void AppealsQueueView::buildFilters() {
    m_status->setObjectName(u"queueStatusFilter"_s);
    m_provider->setObjectName(u"queueProviderFilter"_s);
    m_topic->setObjectName(u"queueTopicFilter"_s);
    m_age->setObjectName(u"queueAgeFilter"_s);
    m_assignee->setObjectName(u"queueAssigneeFilter"_s);
    m_statusLabel = filterLabel(u"queueStatusLabel"_s, m_status, this);
    m_providerLabel = filterLabel(u"queueProviderLabel"_s, m_provider, this);
    m_topicLabel = filterLabel(u"queueTopicLabel"_s, m_topic, this);
    m_ageLabel = filterLabel(u"queueAgeLabel"_s, m_age, this);
    m_assigneeLabel = filterLabel(u"queueAssigneeLabel"_s, m_assignee, this);
    for (int i = 0; i < statusChoices.size(); ++i)
        m_status->addItem(QString(), i);
    m_provider->addItem(QString(), qint64(0));
    m_topic->addItem(QString(), QString());
    for (int i = 0; i < ageChoices.size(); ++i)
        m_age->addItem(QString(), i);
    for (auto a :
         {AppealQueueFilter::Assignee::Any, AppealQueueFilter::Assignee::Me, AppealQueueFilter::Assignee::Nobody})
        m_assignee->addItem(QString(), int(a));
    for (QComboBox* box : {m_status, m_provider, m_topic, m_age, m_assignee}) {
        // The server's names (filled in later) get a fixed width, so the row fits the window;
        // the open list shows them whole.
        const bool named = box == m_provider || box == m_topic;
        box->setSizeAdjustPolicy(named ? QComboBox::AdjustToMinimumContentsLengthWithIcon
                                       : QComboBox::AdjustToContents);
        if (named)
            box->setMinimumContentsLength(16);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                reload();
        });
    }
}

AppealQueueFilter AppealsQueueView::filter() const {
    AppealQueueFilter f;
    f.statuses = statusChoices.value(m_status->currentData().toInt());
    f.providerId = m_provider->currentData().toLongLong();
    f.topic = m_topic->currentData().toString();
    const AgeChoice age = ageChoices.value(m_age->currentData().toInt());
    f.minAgeHours = age.minHours;
    f.maxAgeHours = age.maxHours;
    f.assignee = static_cast<AppealQueueFilter::Assignee>(m_assignee->currentData().toInt());
    f.limit = pageSize;
    return f;
}

void AppealsQueueView::setStatusFilter(const QList<AppealStatus>& statuses) {
    const int choice = int(statusChoices.indexOf(statuses));
    if (choice < 0)
        return;
    m_filling = true;
    m_status->setCurrentIndex(m_status->findData(choice));
    m_filling = false;
}

void AppealsQueueView::reload() {
    const quint64 generation = ++m_generation;
    m_pendingLoads = 2; // the list and the counts
    m_error.clear();
    if (m_topic->count() <= 1)
        loadTopics();
    showStatus(tr("Loading…"), false);
    const AppealQueueFilter wanted = filter();
    m_session->authorized(ListAppealQueueOperation{wanted}, this, [this, generation](Result<AppealQueuePage> result) {
        if (generation != m_generation)
            return;
        if (!result) {
            m_error = result.error().message;
        } else {
            const qint64 selected = m_wanted ? m_wanted : openAppealId();
            rememberProviders(result.value().appeals);
            m_model->setPage(result.value());
            const QModelIndex again = m_model->indexOfAppeal(selected);
            if (again.isValid()) {
                m_wanted = 0;
                m_view->setCurrentIndex(again);
            }
        }
        finishLoad();
    });
    loadCounts(generation);
}

void AppealsQueueView::loadCounts(quint64 generation) {
    // One small page per status of the whole queue, whatever the filter: its total is the count.
    auto remaining = std::make_shared<int>(int(allStatuses.size()));
    for (AppealStatus status : allStatuses) {
        AppealQueueFilter f;
        f.statuses = {status};
        f.limit = 1;
        m_session->authorized(ListAppealQueueOperation{f}, this,
                              [this, generation, status, remaining](Result<AppealQueuePage> result) {
                                  if (generation != m_generation)
                                      return;
                                  if (result) {
                                      m_counts.insert(status, result.value().total);
                                      rememberProviders(result.value().appeals);
                                  } else {
                                      m_counts.remove(status);
                                  }
                                  updateCounts();
                                  if (--*remaining == 0)
                                      finishLoad();
                              });
    }
}

void AppealsQueueView::loadTopics() {
    m_session->authorized(ListQueueTopicsOperation{}, this, [this](Result<QList<QueueTopic>> result) {
        if (!result || m_topic->count() > 1)
            return;
        m_filling = true;
        for (const QueueTopic& t : result.value())
            m_topic->addItem(t.active ? t.name : tr("%1 (retired)").arg(t.name), t.code);
        m_filling = false;
    });
}

void AppealsQueueView::rememberProviders(const QList<QueuedAppeal>& appeals) {
    bool added = false;
    for (const QueuedAppeal& q : appeals) {
        if (!m_providers.contains(q.appeal.providerId)) {
            m_providers.insert(q.appeal.providerId, q.appeal.providerName);
            added = true;
        }
    }
    if (!added)
        return;
    // Sorted by name after «Все»; the chosen one stays chosen.
    const qint64 chosen = m_provider->currentData().toLongLong();
    QList<std::pair<QString, qint64>> sorted;
    for (auto it = m_providers.cbegin(); it != m_providers.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    m_filling = true;
    while (m_provider->count() > 1)
        m_provider->removeItem(1);
    for (const auto& [name, id] : sorted)
        m_provider->addItem(name, id);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(chosen)));
    m_filling = false;
}

void AppealsQueueView::finishLoad() {
    if (--m_pendingLoads > 0)
        return;
    if (!m_error.isEmpty()) {
        showStatus(tr("Could not load the queue: %1").arg(m_error), true);
    } else if (m_model->rowCount() == 0) {
        showStatus(tr("No appeals match the filter."), false);
    } else if (m_model->total() > m_model->rowCount()) {
        showStatus(tr("The oldest %1 of %2 appeals are shown; narrow the filter to see the others.")
                       .arg(m_model->rowCount())
                       .arg(m_model->total()),
                   false);
    } else {
        showStatus(tr("Appeals: %1").arg(m_model->total()), false);
    }
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0 && !m_open)
        m_view->setCurrentIndex(m_model->index(0, 0));
    emit loaded();
}

void AppealsQueueView::openAppeal(qint64 appealId) {
    const QModelIndex at = m_model->indexOfAppeal(appealId);
    if (at.isValid()) {
        m_view->setCurrentIndex(at);
        return;
    }
    m_wanted = appealId;
    loadThread(appealId); // not in this filter's page: opened anyway
}

qint64 AppealsQueueView::openAppealId() const {
    return m_open ? m_open->thread.appeal.id : 0;
}

QString AppealsQueueView::statusText() const {
    return m_listStatus->text();
}

void AppealsQueueView::onCurrentChanged() {
    const qint64 id = m_view->currentIndex().data(AppealQueueModel::IdRole).toLongLong();
    if (id && id != openAppealId())
        loadThread(id);
}

void AppealsQueueView::loadThread(qint64 appealId) {
    m_session->authorized(
        GetOperatorAppealOperation{appealId}, this, [this, appealId](Result<OperatorAppealThread> result) {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid() && current.data(AppealQueueModel::IdRole).toLongLong() != appealId &&
                m_wanted != appealId)
                return; // another appeal was chosen meanwhile
            if (!result) {
                m_actionStatus->setText(tr("Could not open appeal № %1: %2").arg(appealId).arg(result.error().message));
                return;
            }
            showThread(result.value());
        });
}

void AppealsQueueView::showThread(const OperatorAppealThread& thread) {
    const bool other = thread.thread.appeal.id != openAppealId();
    m_open = thread;
    if (other) {
        m_answer->clear();
        m_files->clear();
        m_answerKey.clear();
        clearFieldError(m_answer, m_answerError);
        m_actionStatus->clear();
    }
    const AppealCustomer& c = thread.customer;
    QStringList parts{tr("Customer: %1").arg(c.name)};
    if (!c.phone.isEmpty())
        parts.append(rules::displayPhone(c.phone));
    parts.append(c.email);
    parts.append(thread.assignee.id ? tr("assignee: %1").arg(thread.assignee.name) : tr("nobody has taken it"));
    if (thread.language == u"en"_s)
        parts.append(tr("answer mail in English"));
    m_customer->setText(parts.join(u" · "_s));
    m_thread->model()->setCustomerName(c.name);
    m_thread->setThread(thread.thread);
    applyTabOrder();
    m_model->updateAppeal(thread);
    updateActions();
}

void AppealsQueueView::runAction(const std::function<void(std::function<void(Result<OperatorAppealThread>)>)>& request,
                                 const QString& done) {
    if (!m_open || m_busy)
        return;
    m_busy = true;
    updateActions();
    m_actionStatus->setText(tr("Sending…"));
    request([this, done](Result<OperatorAppealThread> result) {
        m_busy = false;
        if (!result) {
            setStyleRole(m_actionStatus, StyleRole::FieldError);
            m_actionStatus->setText(result.error().message);
            updateActions();
            return;
        }
        setStyleRole(m_actionStatus, StyleRole::Hint);
        showThread(result.value());
        m_actionStatus->setText(done);
        emit appealChanged(result.value());
        loadCounts(++m_generation); // the list stays as it is, so the appeal stays selected
        m_pendingLoads = 1;
    });
}

void AppealsQueueView::take() {
    if (!m_open || !m_take->isEnabled())
        return;
    const qint64 id = m_open->thread.appeal.id;
    runAction([this, id](auto then) { m_session->authorized(TakeAppealOperation{id}, this, then); },
              tr("You have taken appeal № %1.").arg(id));
}

void AppealsQueueView::setStatus(AppealStatus status) {
    if (!m_open)
        return;
    const qint64 id = m_open->thread.appeal.id;
    const QString done = status == AppealStatus::New      ? tr("Appeal № %1 is back in the queue.").arg(id)
                         : status == AppealStatus::Closed ? tr("Appeal № %1 is closed.").arg(id)
                                                          : tr("Appeal № %1 is in progress again.").arg(id);
    runAction(
        [this, id, status](auto then) {
            m_session->authorized(SetAppealStatusOperation{id, status}, this, then);
        },
        done);
}

void AppealsQueueView::sendAnswer() {
    if (!m_open || m_busy || !m_open->thread.canReply)
        return;
    const QString problem = AppealInput::textProblem(m_answer->toPlainText());
    showFieldError(m_answer, m_answerError, problem);
    if (!problem.isEmpty()) {
        m_answer->setFocus();
        return;
    }
    if (!m_files->error().isEmpty())
        return;
    if (m_answerKey.isEmpty())
        m_answerKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const NewAppealMessage message{m_open->thread.appeal.id, AppealInput::normalizedText(m_answer->toPlainText()),
                                   m_files->attachments()};
    const QString key = m_answerKey;
    m_busy = true;
    updateActions();
    setStyleRole(m_actionStatus, StyleRole::Hint);
    m_actionStatus->setText(tr("Sending…"));
    m_session->authorized(AnswerAppealOperation{message, key}, this, [this, key](Result<OperatorAppealThread> result) {
        m_busy = false;
        if (!result) {
            onAnswerFailed(result.error());
            updateActions();
            return;
        }
        if (key == m_answerKey) {
            m_answerKey.clear();
            m_answer->clear();
            m_files->clear();
        }
        showThread(result.value());
        setStyleRole(m_actionStatus, StyleRole::Hint);
        m_actionStatus->setText(tr("The answer has been sent; the customer gets it by mail too."));
        emit appealChanged(result.value());
        loadCounts(++m_generation);
        m_pendingLoads = 1;
    });
}

void AppealsQueueView::onAnswerFailed(const ApiError& error) {
    setStyleRole(m_actionStatus, StyleRole::FieldError);
    // A refusal of what was written is final: the next try is a new answer. Anything else (no
    // connection, a busy server) may be sent again with the same key.
    const bool refused = error.httpStatus >= 400 && error.httpStatus < 500 && error.httpStatus != 401 &&
                         error.httpStatus != 408 && error.httpStatus != 429;
    if (!refused) {
        m_actionStatus->setText(
            tr("The answer was not sent: %1. Send it again; it will not be stored twice.").arg(error.message));
        return;
    }
    m_answerKey.clear();
    m_actionStatus->clear();
    if (error.field.startsWith(u"attachments"_s) || error.code.startsWith(u"attachment"_s) ||
        error.code == u"too_many_attachments"_s)
        m_files->showError(error.message);
    else if (error.field == u"text"_s)
        showFieldError(m_answer, m_answerError, error.message);
    else
        m_actionStatus->setText(error.message);
}

void AppealsQueueView::showStatus(const QString& text, bool error) {
    setStyleRole(m_listStatus, error ? StyleRole::FieldError : StyleRole::Hint);
    m_listStatus->setText(text);
}

void AppealsQueueView::updateActions() {
    const bool open = m_open.has_value();
    const AppealStatus status = open ? m_open->thread.appeal.status : AppealStatus::New;
    const bool closed = status == AppealStatus::Closed;
    m_details->setEnabled(open);
    m_take->setEnabled(open && !m_busy && !closed);
    m_requeue->setEnabled(open && !m_busy && status != AppealStatus::New);
    m_close->setVisible(!closed);
    m_close->setEnabled(open && !m_busy);
    m_reopen->setVisible(closed);
    m_reopen->setEnabled(open && !m_busy);
    const bool canReply = open && m_open->thread.canReply;
    m_answer->setEnabled(canReply);
    m_files->setEnabled(canReply);
    m_send->setEnabled(canReply && !m_busy);
    m_answerLabel->setText(open && !canReply && closed ? tr("The appeal is closed. Reopen it to answer.")
                                                       : tr("&Answer to the customer"));
}

void AppealsQueueView::updateCounts() {
    for (AppealStatus status : allStatuses) {
        const int n = m_counts.value(status, -1);
        const QString name = AppealsModel::statusText(status);
        QPushButton* button = m_countButtons.value(status);
        button->setText(n < 0 ? tr("%1: …").arg(name) : tr("%1: %2").arg(name).arg(n));
        button->setAccessibleName(n < 0 ? name : tr("%1: %n appeal(s); show them", nullptr, n).arg(name));
    }
}

void AppealsQueueView::retranslate() {
    m_statusLabel->setText(tr("&Status"));
    m_providerLabel->setText(tr("&Provider"));
    m_topicLabel->setText(tr("T&opic"));
    m_ageLabel->setText(tr("A&ge"));
    m_assigneeLabel->setText(tr("Ass&ignee"));
    const QStringList statusNames{tr("New and in progress"),
                                  AppealsModel::statusText(AppealStatus::New),
                                  AppealsModel::statusText(AppealStatus::InProgress),
                                  AppealsModel::statusText(AppealStatus::Answered),
                                  AppealsModel::statusText(AppealStatus::Closed),
                                  tr("All")};
    for (int i = 0; i < statusNames.size(); ++i)
        m_status->setItemText(i, statusNames.at(i));
    m_provider->setItemText(0, tr("All providers"));
    m_topic->setItemText(0, tr("All topics"));
    const QStringList ages{tr("Any age"), tr("Last 24 hours"), tr("Older than 24 hours"), tr("Older than 3 days"),
                           tr("Older than a week")};
    for (int i = 0; i < ages.size(); ++i)
        m_age->setItemText(i, ages.at(i));
    const QStringList assignees{tr("Anyone's"), tr("Mine"), tr("Nobody's")};
    for (int i = 0; i < assignees.size(); ++i)
        m_assignee->setItemText(i, assignees.at(i));
    m_reloadButton->setText(tr("Refresh"));
    m_reloadButton->setToolTip(tr("Refresh the queue (F5)"));
    m_view->setAccessibleName(tr("Appeals queue"));
    m_take->setText(tr("Take"));
    m_take->setToolTip(tr("Take the appeal (Ctrl+T)"));
    m_requeue->setText(tr("Back to the queue"));
    m_close->setText(tr("Close"));
    m_reopen->setText(tr("Reopen"));
    m_send->setText(tr("Send the answer"));
    m_send->setToolTip(tr("Send the answer (Ctrl+Enter)"));
    m_answer->setPlaceholderText(tr("The answer to the customer; it is also sent to them by mail"));
    updateCounts();
    updateActions();
}

void AppealsQueueView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lkk
