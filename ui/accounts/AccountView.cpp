#include "ui/accounts/AccountView.h"

#include "app/accounts/AccountListModel.h"
#include "shared/MonthText.h"
#include "ui/StyleRole.h"
#include "ui/accounts/RequisitesTab.h"
#include "ui/history/HistoryTab.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
void repolish(QWidget* widget) {
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}
} // namespace

AccountView::AccountView(QWidget* parent)
    : QWidget(parent)
    , m_refresh(new QProgressBar(this))
    , m_header(new QFrame(this))
    , m_headerGrid(new QGridLayout(m_header))
    , m_titleColumn(new QVBoxLayout)
    , m_amountColumn(new QVBoxLayout)
    , m_buttonColumn(new QVBoxLayout)
    , m_address(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_amountCaption(new QLabel(this))
    , m_amount(new QLabel(this))
    , m_pay(new QPushButton(this))
    , m_readings(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_history(new HistoryTab(m_tabs))
    , m_requisites(new RequisitesTab(m_tabs))
    , m_appeals(new QWidget(m_tabs)) {
    setObjectName(u"accountView"_s);

    m_refresh->setObjectName(u"accountRefreshIndicator"_s);
    m_refresh->setRange(0, 0);
    m_refresh->setTextVisible(false);
    // Keeps its place while hidden, so the header does not jump when a refresh starts or ends.
    QSizePolicy keep = m_refresh->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_refresh->setSizePolicy(keep);
    m_refresh->hide();

    m_header->setObjectName(u"accountHeader"_s);
    m_header->setAttribute(Qt::WA_StyledBackground);
    m_headerGrid->setContentsMargins(20, 16, 20, 16);
    m_headerGrid->setHorizontalSpacing(16);
    m_headerGrid->setVerticalSpacing(12);
    m_titleColumn->setSpacing(4);
    // The address and the kind wrap at spaces when the window is narrow; the account number and
    // the amount are never broken or cut (the window's minimum width keeps them whole).
    m_address->setObjectName(u"accountAddress"_s);
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(u"accountSubtitle"_s);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_titleColumn->addWidget(m_address);
    m_titleColumn->addWidget(m_subtitle);

    auto* amountColumn = m_amountColumn;
    amountColumn->setSpacing(2);
    m_amountCaption->setObjectName(u"accountAmountCaption"_s);
    m_amountCaption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amount->setObjectName(u"accountToPay"_s);
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amountCaption->setWordWrap(true);
    amountColumn->addWidget(m_amountCaption);
    amountColumn->addWidget(m_amount);

    auto* buttonColumn = m_buttonColumn;
    buttonColumn->setSpacing(6);
    m_pay->setObjectName(u"payButton"_s);
    setStyleRole(m_pay, StyleRole::Primary);
    connect(m_pay, &QPushButton::clicked, this, &AccountView::payRequested); // the payment page
    m_readings->setObjectName(u"submitReadingsButton"_s);
    setStyleRole(m_readings, StyleRole::Secondary);
    connect(m_readings, &QPushButton::clicked, this, &AccountView::readingsRequested); // the submission page
    buttonColumn->addWidget(m_pay);
    buttonColumn->addWidget(m_readings);
    placeHeader(false);

    m_tabs->setObjectName(u"accountTabs"_s);
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_requisites, QString());
    m_tabs->addTab(m_appeals, QString());
    m_tabs->setCurrentWidget(m_history); // the manual lists «История» first: what people come for

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(10);
    column->addWidget(m_refresh);
    column->addWidget(m_header);
    column->addWidget(m_tabs, 1);

    retranslate();
}

AccountView::~AccountView() = default;

void AccountView::setAccount(const AccountSummary& account) {
    const bool other = !m_account || m_account->id != account.id;
    m_account = account;
    // «кв. 47», «д. 13»: a number stays with its abbreviation when the address wraps.
    m_address->setText(QString(account.address).replace(QRegularExpression(u"\\. (?=\\d)"_s), u".\u00A0"_s));
    showAmount();
    fitHeaderHeight();
    showAppealsTabText();
    if (other)
        m_requisites->setRequisites(std::nullopt);
}

void AccountView::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_pay->setVisible(!readOnly);
    m_readings->setVisible(!readOnly);
}

void AccountView::showAmount() {
    if (!m_account) {
        m_address->clear();
        m_subtitle->clear();
        m_amount->clear();
        m_amountCaption->clear();
        return;
    }
    // «№ 7012077104» stays on one line when the subtitle wraps.
    m_subtitle->setText(tr("%1 · personal account № %2")
                            .arg(AccountListModel::kindText(m_account->kind), m_account->number)
                            .replace(u"№ "_s, u"№\u00A0"_s));
    const auto balance = AccountListModel::balanceOf(m_account->toPay);
    QString state;
    switch (balance) {
    case AccountListModel::Balance::Debt:
        m_amountCaption->setText(tr("To pay"));
        m_amount->setText(m_account->toPay.toText());
        state = u"debt"_s;
        break;
    case AccountListModel::Balance::Overpaid:
        m_amountCaption->setText(tr("Overpayment"));
        m_amount->setText(m_account->toPay.negated().value_or(m_account->toPay).toText());
        state = u"overpaid"_s;
        break;
    case AccountListModel::Balance::Settled:
        m_amountCaption->setText(tr("To pay"));
        m_amount->setText(tr("No debt"));
        state = u"settled"_s;
        break;
    }
    if (!m_account->period.isEmpty()) {
        const QDate month = QDate::fromString(m_account->period + u"-01"_s, u"yyyy-MM-dd"_s);
        if (month.isValid())
            m_amountCaption->setText(
                tr("%1 for %2")
                    .arg(m_amountCaption->text(), monthInText(month.month()) + u' ' + QString::number(month.year())));
    }
    m_amount->setProperty("balance", state);
    repolish(m_amount);
}

// Wide: the address beside the amount and the buttons. Narrow: the address on a row of its own
// above them, so that it keeps a readable width instead of a column of single words.
void AccountView::placeHeader(bool narrow) {
    m_narrowHeader = narrow;
    for (QVBoxLayout* part : {m_titleColumn, m_amountColumn, m_buttonColumn})
        m_headerGrid->removeItem(part);
    if (narrow) {
        m_headerGrid->addLayout(m_titleColumn, 0, 0, 1, 2);
        m_headerGrid->addLayout(m_amountColumn, 1, 0);
        m_headerGrid->addLayout(m_buttonColumn, 1, 1);
    } else {
        m_headerGrid->addLayout(m_titleColumn, 0, 0);
        m_headerGrid->addLayout(m_amountColumn, 0, 1);
        m_headerGrid->addLayout(m_buttonColumn, 0, 2);
    }
    m_headerGrid->setColumnStretch(0, 1);
    m_headerGrid->setColumnStretch(1, narrow ? 1 : 0);
    m_headerGrid->setColumnStretch(2, 0);
}

void AccountView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // The address needs about this much beside the amount and the buttons to read well.
    const int addressRoom = fontMetrics().averageCharWidth() * 30;
    const QMargins m = m_headerGrid->contentsMargins();
    const int wide = m.left() + m.right() + addressRoom + m_amountColumn->sizeHint().width() +
                     m_buttonColumn->sizeHint().width() + 2 * m_headerGrid->horizontalSpacing();
    const bool narrow = width() < wide;
    if (narrow != m_narrowHeader)
        placeHeader(narrow);
    fitHeaderHeight();
}

// The window's minimum size does not ask wrapped labels how tall they get at a width: the header
// says it itself, so that a small window never squeezes the address's last line away.
void AccountView::fitHeaderHeight() {
    m_headerGrid->activate();
    const int needed = m_headerGrid->hasHeightForWidth() ? m_headerGrid->totalHeightForWidth(width()) : 0;
    if (m_header->minimumHeight() != needed)
        m_header->setMinimumHeight(needed);
}

void AccountView::setAppealsPage(QWidget* page) {
    const int index = m_tabs->indexOf(m_appeals);
    const bool current = m_tabs->currentIndex() == index;
    m_tabs->removeTab(index);
    delete m_appeals;
    m_appeals = page;
    m_tabs->insertTab(index, page, QString());
    if (current)
        m_tabs->setCurrentIndex(index);
    showAppealsTabText();
}

void AccountView::showAppealsTabText() {
    const int unread = m_account ? m_account->unreadAppeals : 0;
    const int index = m_tabs->indexOf(m_appeals);
    m_tabs->setTabText(index, unread > 0 ? tr("Appeals (%1)").arg(unread) : tr("Appeals"));
    m_tabs->setTabToolTip(index, unread > 0 ? tr("New answers not read yet: %1").arg(unread) : QString());
}

void AccountView::setRefreshing(bool refreshing) {
    m_refresh->setVisible(refreshing);
}

void AccountView::retranslate() {
    m_pay->setText(tr("Pay"));
    m_readings->setText(tr("Submit meter readings"));
    m_tabs->setTabText(0, tr("History"));
    m_tabs->setTabText(1, tr("Account requisites"));
    showAppealsTabText();
    showAmount();
}

void AccountView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lkk
