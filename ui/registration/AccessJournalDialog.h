#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QListView;

namespace lkk {

class AccessJournalModel;
class Session;

// Профиль → «Журнал доступа»: the contact centre's reads and actions on the customer's data,
// newest first (AccessJournalModel), 50 at a time with «Показать ещё»; an empty journal says so.
// Opened with open(), never exec().
class AccessJournalDialog : public QDialog {
    Q_OBJECT
public:
    explicit AccessJournalDialog(Session* session, QWidget* parent = nullptr);
    ~AccessJournalDialog() override;

    void reload();
    AccessJournalModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QPushButton* moreButton() const { return m_more; }
    bool isLoading() const { return m_loading; }
    QString statusText() const;
    bool isEmptyStateShown() const;

signals:
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void load(int offset);
    void showState(const QString& error = {});
    void retranslate();

    Session* m_session;
    AccessJournalModel* m_model;
    QLabel* m_intro;
    QStackedWidget* m_pages; // the list, or the empty state
    QListView* m_view;
    QLabel* m_empty;
    QLabel* m_status;
    QPushButton* m_more;
    QPushButton* m_close;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace lkk
