#pragma once

#include "app/operator/OperatorDtos.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace lkk {

class CallerSearch;

// The workspace's first tab: the search field (focused, Ctrl+F from anywhere in the window) and the
// callers found as the operator types — name, masked e-mail and phone, the accounts with their
// addresses. Enter in the field opens the first caller (after the search if it is still running),
// Down moves into the list, Enter or a double click there opens the chosen one.
class CallerSearchPage : public QWidget {
    Q_OBJECT
public:
    explicit CallerSearchPage(CallerSearch* search, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_edit; }
    QListWidget* results() const { return m_results; }
    QLabel* status() const { return m_status; }

    void focusSearch(); // selects what is there so that typing replaces it
    // Fills in `text` and searches at once; `openSingle`: the only caller found opens by itself.
    void searchFor(const QString& text, bool openSingle);

signals:
    void callerChosen(const lkk::CallerSummary& caller);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showResult();
    void openFirstWhenReady();
    void openRow(int row);

    CallerSearch* m_search;
    QLabel* m_title;
    QLineEdit* m_edit;
    QLabel* m_status;
    QListWidget* m_results;
    enum class Pending { Nothing, OpenFirst, OpenSingle };
    Pending m_pending = Pending::Nothing; // what the next answer should do
};

} // namespace lkk
