#include "ui/history/HistoryTab.h"

#include "ui/StyleRole.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

HistoryTab::HistoryTab(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this)) {
    setObjectName(u"historyTab"_s);
    m_tabs->setObjectName(u"historyTabs"_s);
    m_tabs->setDocumentMode(true);
    for (int i = 0; i < 3; ++i) {
        auto* placeholder = new QLabel(m_tabs);
        placeholder->setWordWrap(true);
        placeholder->setAlignment(Qt::AlignCenter);
        setStyleRole(placeholder, StyleRole::Placeholder);
        m_tabs->addTab(placeholder, QString());
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

void HistoryTab::setPage(Page page, QWidget* widget) {
    const int index = static_cast<int>(page);
    QWidget* old = m_tabs->widget(index);
    const bool wasCurrent = m_tabs->currentIndex() == index;
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, widget, QString());
    delete old;
    if (wasCurrent)
        m_tabs->setCurrentIndex(index);
    retranslate();
}

QWidget* HistoryTab::page(Page page) const {
    return m_tabs->widget(static_cast<int>(page));
}

void HistoryTab::showPage(Page page) {
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

void HistoryTab::retranslate() {
    m_tabs->setTabText(static_cast<int>(Page::Bills), tr("Payment document"));
    m_tabs->setTabText(static_cast<int>(Page::Readings), tr("Readings"));
    m_tabs->setTabText(static_cast<int>(Page::Payments), tr("Payments"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* placeholder = qobject_cast<QLabel*>(m_tabs->widget(i)))
            placeholder->setText(tr("This part of the history comes in a later version of the application."));
    }
}

void HistoryTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lkk
