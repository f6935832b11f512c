#include "ui/operator/OperatorWorkspace.h"

#include "app/operator/CallerSearch.h"
#include "ui/operator/CallerPage.h"
#include "ui/operator/CallerSearchPage.h"

#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

OperatorWorkspace::OperatorWorkspace(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new CallerSearch(session, this))
    , m_tabs(new QTabWidget(this))
    , m_searchPage(new CallerSearchPage(m_search, m_tabs)) {
    setObjectName(u"operatorWorkspace"_s);
    m_tabs->setObjectName(u"operatorTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(false);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_searchPage, QString());
    retranslate();
    // The search tab stays: only callers' tabs (and none of the operator's own pages) close.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_tabs);

    connect(m_searchPage, &CallerSearchPage::callerChosen, this, &OperatorWorkspace::openCaller);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto* page = qobject_cast<CallerPage*>(m_tabs->widget(index))) {
            m_tabs->removeTab(index);
            page->deleteLater();
        }
    });
    auto* find = new QShortcut(QKeySequence::Find, this, this, &OperatorWorkspace::focusSearch);
    find->setContext(Qt::WindowShortcut);
    auto* close = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this, this, &OperatorWorkspace::closeCurrentCaller);
    close->setContext(Qt::WindowShortcut);
    m_searchPage->searchEdit()->setFocus(); // the field is focused at start
}

void OperatorWorkspace::retranslate() {
    m_tabs->setTabText(m_tabs->indexOf(m_searchPage), tr("Search"));
}

void OperatorWorkspace::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OperatorWorkspace::focusSearch() {
    m_tabs->setCurrentWidget(m_searchPage);
    m_searchPage->focusSearch();
}

CallerPage* OperatorWorkspace::callerPage(qint64 customerId) const {
    for (CallerPage* page : callerPages()) {
        if (page->customerId() == customerId)
            return page;
    }
    return nullptr;
}

CallerPage* OperatorWorkspace::currentCallerPage() const {
    return qobject_cast<CallerPage*>(m_tabs->currentWidget());
}

QList<CallerPage*> OperatorWorkspace::callerPages() const {
    QList<CallerPage*> pages;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* page = qobject_cast<CallerPage*>(m_tabs->widget(i)))
            pages.append(page);
    }
    return pages;
}

void OperatorWorkspace::openCaller(const CallerSummary& caller) {
    if (CallerPage* open = callerPage(caller.card.id)) {
        m_tabs->setCurrentWidget(open);
        return;
    }
    auto* page = new CallerPage(m_session, caller, m_tabs);
    const int index = m_tabs->addTab(page, page->tabTitle());
    m_tabs->setTabToolTip(index, caller.card.fullName());
    connect(page, &CallerPage::titleChanged, this, [this, page](const QString& title) {
        const int at = m_tabs->indexOf(page);
        if (at >= 0)
            m_tabs->setTabText(at, title);
    });
    m_tabs->setCurrentIndex(index);
    page->accountList()->setFocus(Qt::OtherFocusReason);
}

void OperatorWorkspace::closeCurrentCaller() {
    const int index = m_tabs->currentIndex();
    if (auto* page = qobject_cast<CallerPage*>(m_tabs->widget(index))) {
        m_tabs->removeTab(index);
        page->deleteLater();
    }
}

void OperatorWorkspace::popCaller(const QString& phone) {
    m_tabs->setCurrentWidget(m_searchPage);
    m_searchPage->searchFor(phone, true);
    window()->raise();
    window()->activateWindow();
}

void OperatorWorkspace::addQueueTab(QWidget* page, const QString& title) {
    const int index = m_tabs->insertTab(1, page, title);
    m_tabs->tabBar()->setTabButton(index, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(index, QTabBar::LeftSide, nullptr);
}

} // namespace lkk
