#include "ui/operator/CallerSearchPage.h"

#include "app/operator/CallerSearch.h"
#include "ui/StyleRole.h"
#include "ui/operator/OperatorErrors.h"

#include <QEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

CallerSearchPage::CallerSearchPage(CallerSearch* search, QWidget* parent)
    : QWidget(parent)
    , m_search(search)
    , m_title(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_results(new QListWidget(this)) {
    setObjectName(u"callerSearchPage"_s);
    m_title->setObjectName(u"callerSearchTitle"_s);
    setStyleRole(m_title, StyleRole::SectionTitle);
    m_title->setBuddy(m_edit);
    m_edit->setObjectName(u"callerSearchEdit"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(200);
    m_edit->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    m_edit->installEventFilter(this);
    m_status->setObjectName(u"callerSearchStatus"_s);
    m_status->setWordWrap(true);
    setStyleRole(m_status, StyleRole::Hint);
    m_results->setObjectName(u"callerResults"_s);
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setAlternatingRowColors(true);
    m_results->installEventFilter(this);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(24, 16, 24, 16);
    column->addWidget(m_title);
    column->addWidget(m_edit);
    column->addWidget(m_status);
    column->addWidget(m_results, 1);

    connect(m_edit, &QLineEdit::textEdited, m_search, &CallerSearch::setQuery);
    connect(m_search, &CallerSearch::resultChanged, this, &CallerSearchPage::showResult);
    connect(m_search, &CallerSearch::searchingChanged, this, [this](bool searching) {
        if (searching)
            m_status->setText(tr("Searching…"));
    });
    connect(m_search, &CallerSearch::failed, this, [this](const ApiError& error) {
        m_pending = Pending::Nothing;
        m_status->setText(operatorErrorText(error));
        setStyleRole(m_status, StyleRole::FieldError);
    });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openRow(m_results->row(item)); });
    retranslate();
}

void CallerSearchPage::retranslate() {
    m_title->setText(tr("&Find a caller"));
    m_edit->setPlaceholderText(tr("Account number, phone, e-mail, or surname and a part of the address"));
    m_edit->setAccessibleName(tr("Find a caller"));
    m_results->setAccessibleName(tr("Callers found"));
    showResult();
}

void CallerSearchPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CallerSearchPage::focusSearch() {
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void CallerSearchPage::searchFor(const QString& text, bool openSingle) {
    m_edit->setText(text);
    m_search->setQuery(text);
    m_pending = openSingle ? Pending::OpenSingle : Pending::Nothing;
    m_search->searchNow();
    if (m_search->isSettled())
        showResult(); // the same query was answered already
}

void CallerSearchPage::showResult() {
    setStyleRole(m_status, StyleRole::Hint);
    m_results->clear();
    const CallerSearchResult& result = m_search->result();
    if (m_search->resultQuery().isEmpty()) {
        m_status->setText(
            tr("At least %n character(s): the search starts as you type.", nullptr, CallerSearch::minimumLength));
    } else if (result.customers.isEmpty() && result.truncated) {
        // The address words are checked on the first customers of a surname only (docs/operations.md).
        m_status->setText(tr("Nobody found among the first callers for «%1»: type more of the surname.")
                              .arg(m_search->resultQuery()));
    } else if (result.customers.isEmpty()) {
        m_status->setText(tr("Nobody found for «%1».").arg(m_search->resultQuery()));
    } else if (result.truncated) {
        m_status->setText(tr("%n caller(s) shown; more may match. Add to the query to narrow it.", nullptr,
                             int(result.customers.size())));
    } else {
        m_status->setText(tr("%n caller(s) found. Enter opens the first one.", nullptr, int(result.customers.size())));
    }
    for (const CallerSummary& caller : result.customers) {
        QStringList lines{caller.card.fullName()};
        QStringList contacts{caller.card.email};
        if (!caller.card.phone.isEmpty())
            contacts.append(caller.card.phone);
        lines.append(contacts.join(u"  ·  "_s));
        for (const CallerAccountRef& account : caller.accounts)
            lines.append(tr("Account № %1 — %2").arg(account.number, account.address));
        auto* item = new QListWidgetItem(lines.join(u'\n'), m_results);
        item->setData(Qt::AccessibleTextRole, lines.join(u"; "_s));
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);

    const Pending pending = std::exchange(m_pending, Pending::Nothing);
    if (m_search->query() != m_search->resultQuery())
        return;
    if (pending == Pending::OpenFirst && !result.customers.isEmpty())
        openRow(0);
    else if (pending == Pending::OpenSingle && result.customers.size() == 1)
        openRow(0);
}

void CallerSearchPage::openFirstWhenReady() {
    if (m_search->isSettled() && m_search->query() == m_search->resultQuery()) {
        if (!m_search->result().customers.isEmpty())
            openRow(0);
        return;
    }
    m_pending = Pending::OpenFirst;
    m_search->searchNow();
}

void CallerSearchPage::openRow(int row) {
    const QList<CallerSummary>& customers = m_search->result().customers;
    if (row >= 0 && row < customers.size())
        emit callerChosen(customers.at(row));
}

bool CallerSearchPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_edit) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openFirstWhenReady();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_results->count() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
    } else if (watched == m_results && key->key() == Qt::Key_Up && m_results->currentRow() <= 0) {
        m_edit->setFocus(Qt::TabFocusReason); // back up into the field from the first result
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lkk
