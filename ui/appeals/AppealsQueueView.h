#pragma once

#include "app/api/Result.h"
#include "app/appeals/AppealDtos.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace lkk {

class AppealQueueModel;
class AppealThreadView;
class AttachmentPicker;
class Session;

// The operators' appeals queue (docs/appeals.md, «The operators' queue»), a tab of the operator's
// workspace: the number of appeals in each status in the whole queue on top (each a button that
// filters by it),
// filters by status, provider, topic, age and assignee, the queue oldest first, and the selected
// appeal below — its customer, «Взять», «Вернуть в очередь», «Закрыть» / «Возобновить», the thread
// with its files (AppealThreadView without a reply box) and the answer editor with files
// (AttachmentPicker). An answer keeps its Idempotency-Key until the server has it, so sending it
// again after a lost connection never stores it twice. Keyboard: F5 reloads, Ctrl+T takes the
// selected appeal, Ctrl+Enter sends the answer, Enter in the list goes to the answer.
class AppealsQueueView : public QWidget {
    Q_OBJECT
public:
    explicit AppealsQueueView(Session* session, QWidget* parent = nullptr);
    ~AppealsQueueView() override;

    void reload();
    // Selects the appeal (when listed) and opens it.
    void openAppeal(qint64 appealId);
    AppealQueueFilter filter() const;
    void setStatusFilter(const QList<AppealStatus>& statuses); // selects the matching entry

    AppealQueueModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    AppealThreadView* threadView() const { return m_thread; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* providerFilter() const { return m_provider; }
    QComboBox* topicFilter() const { return m_topic; }
    QComboBox* ageFilter() const { return m_age; }
    QComboBox* assigneeFilter() const { return m_assignee; }
    QPushButton* countButton(AppealStatus status) const { return m_countButtons.value(status); }
    int count(AppealStatus status) const { return m_counts.value(status, -1); } // -1: not known yet
    QPushButton* takeButton() const { return m_take; }
    QPushButton* requeueButton() const { return m_requeue; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* reopenButton() const { return m_reopen; }
    QPlainTextEdit* answerEdit() const { return m_answer; }
    AttachmentPicker* answerAttachments() const { return m_files; }
    QPushButton* sendButton() const { return m_send; }
    QLabel* customerLabel() const { return m_customer; }
    QString statusText() const;
    bool isLoading() const { return m_pendingLoads > 0; }
    bool isBusy() const { return m_busy; } // an action on the open appeal is under way
    qint64 openAppealId() const;

signals:
    void loaded(); // the list and the counts are in
    void appealChanged(const lkk::OperatorAppealThread& thread);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildFilters();
    void applyTabOrder();
    void loadTopics();
    void loadCounts(quint64 generation);
    void onCurrentChanged();
    void loadThread(qint64 appealId);
    void showThread(const OperatorAppealThread& thread);
    void take();
    void setStatus(AppealStatus status);
    void sendAnswer();
    void runAction(const std::function<void(std::function<void(Result<OperatorAppealThread>)>)>& request,
                   const QString& done);
    void onAnswerFailed(const ApiError& error);
    void rememberProviders(const QList<QueuedAppeal>& appeals);
    void finishLoad();
    void showStatus(const QString& text, bool error);
    void updateActions();
    void updateCounts();
    void retranslate();

    Session* m_session;
    AppealQueueModel* m_model;
    QHash<AppealStatus, QPushButton*> m_countButtons;
    QHash<AppealStatus, int> m_counts;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_providerLabel;
    QComboBox* m_provider;
    QLabel* m_topicLabel;
    QComboBox* m_topic;
    QLabel* m_ageLabel;
    QComboBox* m_age;
    QLabel* m_assigneeLabel;
    QComboBox* m_assignee;
    QPushButton* m_reloadButton;
    QLabel* m_listStatus;
    QTreeView* m_view;
    QWidget* m_details;
    QLabel* m_customer;
    QPushButton* m_take;
    QPushButton* m_requeue;
    QPushButton* m_close;
    QPushButton* m_reopen;
    AppealThreadView* m_thread;
    QLabel* m_answerLabel;
    QPlainTextEdit* m_answer;
    QLabel* m_answerError;
    AttachmentPicker* m_files;
    QPushButton* m_send;
    QLabel* m_actionStatus;
    std::optional<OperatorAppealThread> m_open;
    QHash<qint64, QString> m_providers; // seen in the queue: the provider filter's entries
    QString m_answerKey;                // the answer being sent, until the server has it
    QString m_error;                    // of the last list load
    quint64 m_generation = 0;
    int m_pendingLoads = 0;
    qint64 m_wanted = 0; // openAppeal() before the list had it
    bool m_busy = false;
    bool m_filling = false; // the filters are being refilled: no reload per change
};

} // namespace lkk
