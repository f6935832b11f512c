#pragma once

#include <QFrame>

class QAbstractItemModel;
class QLabel;
class QListView;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace lkk {

// The sidebar «Ваши счета» (manual, figures 8 and 19): «Добавить лицевой счёт» above the list of
// linked accounts (address, kind and the amount to pay of each), the empty state that invites
// linking one, a loading state for the first load and a thin refresh indicator afterwards. The
// context menu offers «Отключить лицевой счёт» after a confirmation.
class AccountsSidebar : public QFrame {
    Q_OBJECT
public:
    explicit AccountsSidebar(QWidget* parent = nullptr);
    ~AccountsSidebar() override;

    // The model's rows are accounts; their id is in AccountListModel::IdRole.
    void setModel(QAbstractItemModel* model);
    QListView* listView() const { return m_list; }

    void setLoading(bool loading);       // the first load: no list yet
    void setRefreshing(bool refreshing); // a background refresh of what is shown
    void selectAccount(qint64 id);       // without emitting accountActivated
    qint64 currentAccountId() const;

    // Asks (a confirmation through Dialogs) and emits unlinkRequested when the user agrees.
    void requestUnlink(qint64 id);

signals:
    void addAccountRequested();
    void accountActivated(qint64 id); // the user chose another account
    void unlinkRequested(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateState();
    void showContextMenu(const QPoint& pos);
    void onCurrentChanged(const QModelIndex& current);
    void retranslate();

    QPushButton* m_addAccount;
    QLabel* m_title;
    QProgressBar* m_refreshIndicator;
    QStackedWidget* m_stack;
    QListView* m_list;
    QWidget* m_emptyPage;
    QLabel* m_emptyTitle;
    QLabel* m_emptyText;
    QWidget* m_loadingPage;
    QLabel* m_loadingLabel;
    QAbstractItemModel* m_model = nullptr;
    bool m_loading = false;
    bool m_selecting = false;
};

} // namespace lkk
