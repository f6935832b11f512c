#pragma once

#include "app/operator/OperatorDtos.h"

#include <QWidget>

class QTabWidget;

namespace lkk {

class CallerPage;
class CallerSearch;
class CallerSearchPage;
class Session;

// The operator's main window content: the search tab first, then a tab per open caller (several at
// once; opening one already open shows its tab) and the appeals queue (added by OperatorWindow).
// Ctrl+F anywhere in the window goes to the search field, Ctrl+W closes the current caller's tab.
class OperatorWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit OperatorWorkspace(Session* session, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    CallerSearch* search() const { return m_search; }
    CallerSearchPage* searchPage() const { return m_searchPage; }
    CallerPage* callerPage(qint64 customerId) const; // null when not open
    CallerPage* currentCallerPage() const;
    QList<CallerPage*> callerPages() const;

public slots:
    // Screen pop (telephony, `lkk --find-caller`): the number in the search, searched at once, and
    // the caller opened when exactly one customer matches.
    void popCaller(const QString& phone);
    // The appeals queue (or another page of the operator's) as its own tab after the search.
    void addQueueTab(QWidget* page, const QString& title);
    void focusSearch();
    void openCaller(const lkk::CallerSummary& caller);
    void closeCurrentCaller();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session* m_session;
    CallerSearch* m_search;
    QTabWidget* m_tabs;
    CallerSearchPage* m_searchPage;
};

} // namespace lkk
