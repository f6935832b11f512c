#pragma once

#include "app/appeals/AppealDtos.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace lkk {

class AppealOutbox;
class AppealThreadView;
class AppealsModel;
class DeferredReload;
class PeriodSelector;
class Session;

// «Обращения» of an account (docs/manual.md §11, figure 33): the history's period selector and
// «Новое обращение» on top; the appeals by date, each row expanding to the appeal and the answer,
// with a status chip and a dot for an answer not read yet; the selected appeal opened below
// (AppealThreadView). Opening an unread appeal marks it read on the server. Without an outbox it
// only reads: no «Новое обращение», no reply or closing, nothing marked read (the operator's view
// of a caller's appeals, docs/operator-workspace.md).
class AppealsTab : public QWidget {
    Q_OBJECT
public:
    AppealsTab(Session* session, AppealOutbox* outbox, QWidget* parent = nullptr); // outbox may be null
    ~AppealsTab() override;

    void setAccount(qint64 accountId); // 0 = none; reloads when shown
    qint64 accountId() const { return m_accountId; }
    void reload();
    // Selects the appeal and opens its thread (after the list has it).
    void openAppeal(qint64 appealId);

    PeriodSelector* periodSelector() const { return m_period; }
    AppealsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    AppealThreadView* threadView() const { return m_thread; }
    QPushButton* newAppealButton() const { return m_new; }
    bool isLoading() const { return m_loading; }

signals:
    void loaded();
    void newAppealRequested();
    // The number of unread appeals of the account shown changed (read here, or a fresh list).
    void unreadCountChanged(qint64 accountId, int unread);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onCurrentChanged(const QModelIndex& current);
    void loadThread(qint64 appealId);
    void markRead(qint64 appealId);
    void onThreadChanged(const AppealThread& thread);
    void setLoading(bool loading);
    void showStatus();
    void retranslate();

    Session* m_session;
    AppealOutbox* m_outbox;
    qint64 m_accountId = 0;
    quint64 m_generation = 0;
    qint64 m_wantedAppeal = 0; // openAppeal() before the list had it
    bool m_loading = false;
    QString m_error;
    PeriodSelector* m_period;
    QPushButton* m_new;
    QProgressBar* m_busy;
    QLabel* m_status;
    QSplitter* m_split;
    QTreeView* m_view;
    QStackedWidget* m_details;
    AppealsModel* m_model;
    AppealThreadView* m_thread;
    QLabel* m_threadHint;
    DeferredReload* m_deferredReload;
};

} // namespace lkk
