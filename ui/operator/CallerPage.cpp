#include "ui/operator/CallerPage.h"

#include "app/accounts/AccountsStore.h"
#include "app/accounts/MeterListModel.h"
#include "app/appeals/AppealThreadModel.h"
#include "app/operator/CopyText.h"
#include "app/payments/PaymentsModel.h"
#include "app/readings/ReadingsHistoryModel.h"
#include "app/readings/ReadingsOutbox.h"
#include "app/session/Session.h"
#include "shared/MonthText.h"
#include "ui/CopyButton.h"
#include "ui/CopyCellDelegate.h"
#include "ui/FieldError.h"
#include "ui/MessageBanner.h"
#include "ui/StyleRole.h"
#include "ui/accounts/AccountView.h"
#include "ui/accounts/MeterListDialog.h"
#include "ui/accounts/RequisitesTab.h"
#include "ui/accounts/TariffHistoryDialog.h"
#include "ui/appeals/AppealThreadView.h"
#include "ui/appeals/AppealsTab.h"
#include "ui/bills/BillsPage.h"
#include "ui/bills/BillsView.h"
#include "ui/history/HistoryTab.h"
#include "ui/operator/OperatorErrors.h"
#include "ui/operator/ReasonDialog.h"
#include "ui/payments/PaymentsPage.h"
#include "ui/readings/ReadingsHistoryPage.h"
#include "ui/readings/ReadingsSubmitPage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
QLabel* valueLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleRole(label, StyleRole::Value);
    return label;
}

QLabel* captionLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    setStyleRole(label, StyleRole::FieldLabel);
    return label;
}
} // namespace

CallerPage::CallerPage(Session* operatorSession, const CallerSummary& caller, QWidget* parent)
    : QWidget(parent)
    , m_operator(operatorSession)
    , m_caller(caller)
    , m_cabinet(new Session(operatorSession, callerPathPrefix(caller.card.id), this))
    , m_store(new AccountsStore(m_cabinet, this))
    , m_outbox(new ReadingsOutbox(m_cabinet, this))
    , m_readOnlyBanner(new MessageBanner(this))
    , m_messages(new MessageBanner(this))
    , m_name(new QLabel(this))
    , m_contacts(new QLabel(this))
    , m_readingsButton(new QPushButton(this))
    , m_confirmationButton(new QPushButton(this))
    , m_signInLockButton(new QPushButton(this))
    , m_linkLockButton(new QPushButton(this))
    , m_appealButton(new QPushButton(this))
    , m_accounts(new QListWidget(this))
    , m_accountsCaption(new QLabel(this))
    , m_area(new QStackedWidget(this))
    , m_noAccounts(new QLabel(this))
    , m_accountPage(new QWidget(this))
    , m_accountView(new AccountView(m_accountPage))
    , m_readingsPage(new ReadingsSubmitPage(m_cabinet, m_outbox))
    , m_readingsScroll(new QScrollArea(this)) {
    setObjectName(u"callerPage"_s);
    m_readOnlyBanner->setObjectName(u"callerReadOnlyBanner"_s);
    m_readOnlyBanner->setClosable(false); // persistent: the operator always sees whose data this is
    m_messages->setObjectName(u"callerMessages"_s);
    m_messages->hide();

    buildCard();

    m_accountsCaption->setObjectName(u"callerAccountsCaption"_s);
    setStyleRole(m_accountsCaption, StyleRole::SectionTitle);
    m_accountsCaption->setBuddy(m_accounts);
    m_accounts->setObjectName(u"callerAccounts"_s);
    m_accounts->setWordWrap(true);
    auto* left = new QWidget(this);
    auto* leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addWidget(m_accountsCaption);
    leftColumn->addWidget(m_accounts, 1);

    // The figures an operator reads out, each with its copy button, above the customer's view.
    auto* figures = new QFrame(m_accountPage);
    figures->setObjectName(u"callerFigures"_s);
    auto* figuresRow = new QHBoxLayout(figures);
    figuresRow->setContentsMargins(0, 0, 0, 0);
    m_numberCaption = captionLabel(figures);
    m_number = valueLabel(u"callerAccountNumber"_s, figures);
    m_copyNumber = new CopyButton(figures);
    m_copyNumber->setObjectName(u"copyAccountNumberButton"_s);
    m_amountCaption = captionLabel(figures);
    m_amount = valueLabel(u"callerToPay"_s, figures);
    m_copyAmount = new CopyButton(figures);
    m_copyAmount->setObjectName(u"copyToPayButton"_s);
    m_penaltiesCaption = captionLabel(figures);
    m_penalties = valueLabel(u"callerPenalties"_s, figures);
    m_copyPenalties = new CopyButton(figures);
    m_copyPenalties->setObjectName(u"copyPenaltiesButton"_s);
    for (QWidget* w :
         {static_cast<QWidget*>(m_numberCaption), static_cast<QWidget*>(m_number), static_cast<QWidget*>(m_copyNumber)})
        figuresRow->addWidget(w);
    figuresRow->addSpacing(16);
    for (QWidget* w :
         {static_cast<QWidget*>(m_amountCaption), static_cast<QWidget*>(m_amount), static_cast<QWidget*>(m_copyAmount)})
        figuresRow->addWidget(w);
    figuresRow->addSpacing(16);
    for (QWidget* w : {static_cast<QWidget*>(m_penaltiesCaption), static_cast<QWidget*>(m_penalties),
                       static_cast<QWidget*>(m_copyPenalties)})
        figuresRow->addWidget(w);
    figuresRow->addStretch(1);
    auto* accountColumn = new QVBoxLayout(m_accountPage);
    accountColumn->setContentsMargins(0, 0, 0, 0);
    accountColumn->addWidget(figures);
    accountColumn->addWidget(m_accountView, 1);
    m_accountView->setReadOnly(true);

    m_noAccounts->setObjectName(u"callerNoAccounts"_s);
    m_noAccounts->setAlignment(Qt::AlignCenter);
    m_noAccounts->setWordWrap(true);
    setStyleRole(m_noAccounts, StyleRole::Placeholder);
    m_readingsScroll->setObjectName(u"callerReadingsScroll"_s);
    m_readingsScroll->setWidgetResizable(true);
    m_readingsScroll->setFrameShape(QFrame::NoFrame);
    m_readingsScroll->setWidget(m_readingsPage);
    m_area->addWidget(m_noAccounts);
    m_area->addWidget(m_accountPage);
    m_area->addWidget(m_readingsScroll);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_area);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 820});

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(16, 12, 16, 12);
    column->addWidget(m_readOnlyBanner);
    column->addWidget(m_messages);
    column->addWidget(m_name);
    column->addWidget(m_contacts);
    // The actions on a row of their own: beside the name they would widen the window past a
    // 1366-pixel screen.
    auto* actions = new QHBoxLayout;
    for (QPushButton* b :
         {m_readingsButton, m_appealButton, m_confirmationButton, m_signInLockButton, m_linkLockButton})
        actions->addWidget(b);
    actions->addStretch(1);
    column->addLayout(actions);
    // The accounts and the customer's view scroll below the card and the actions, which stay in
    // sight: the view is taller than a 1366×768 screen leaves it (docs/operator-workspace.md,
    // «Window»).
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"callerScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes on to the controls it holds
    scroll->setWidget(splitter);
    column->addWidget(scroll, 1);

    wireAccountView();
    retranslate();
    reload();
}

CallerPage::~CallerPage() = default;

void CallerPage::buildCard() {
    m_name->setObjectName(u"callerName"_s);
    setStyleRole(m_name, StyleRole::CardTitle);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contacts->setObjectName(u"callerContacts"_s);
    setStyleRole(m_contacts, StyleRole::Hint);
    m_contacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readingsButton->setObjectName(u"readingsForCallerButton"_s);
    setStyleRole(m_readingsButton, StyleRole::Primary);
    m_confirmationButton->setObjectName(u"resendConfirmationButton"_s);
    m_signInLockButton->setObjectName(u"liftSignInLockButton"_s);
    m_linkLockButton->setObjectName(u"liftLinkLockButton"_s);
    m_appealButton->setObjectName(u"registerAppealButton"_s);
    for (QPushButton* b : {m_appealButton, m_confirmationButton, m_signInLockButton, m_linkLockButton})
        setStyleRole(b, StyleRole::Secondary);
    connect(m_readingsButton, &QPushButton::clicked, this, &CallerPage::submitReadingsForCaller);
    connect(m_confirmationButton, &QPushButton::clicked, this, &CallerPage::resendConfirmation);
    connect(m_signInLockButton, &QPushButton::clicked, this, &CallerPage::liftSignInLock);
    connect(m_linkLockButton, &QPushButton::clicked, this, &CallerPage::liftLinkLock);
    connect(m_appealButton, &QPushButton::clicked, this, &CallerPage::registerAppeal);
}

void CallerPage::wireAccountView() {
    // The customer's own pages, fed by the caller-scoped session and store.
    auto* bills = new BillsPage(m_cabinet, m_store);
    bills->view()->setCopyButtons(true);
    m_accountView->historyTab()->setPage(HistoryTab::Page::Bills, bills);
    auto* readings = new ReadingsHistoryPage(m_cabinet);
    m_accountView->historyTab()->setPage(HistoryTab::Page::Readings, readings);
    auto* payments = new PaymentsPage(m_cabinet);
    m_accountView->historyTab()->setPage(HistoryTab::Page::Payments, payments);
    // Copy buttons beside the dates and amounts of the history (the operator reads them out).
    using Kind = CopyCellDelegate::Kind;
    CopyCellDelegate::install(readings->tree(), {{ReadingsHistoryModel::DateColumn, Kind::Date}});
    CopyCellDelegate::install(payments->view(),
                              {{PaymentsModel::DateColumn, Kind::Date}, {PaymentsModel::AmountColumn, Kind::Amount}});
    // «Обращения» read-only: without an outbox nothing can be written, closed or marked read.
    auto* appeals = new AppealsTab(m_cabinet, nullptr);
    appeals->threadView()->model()->setCustomerName(m_caller.card.fullName()); // not «Вы»: the operator reads
    m_accountView->setAppealsPage(appeals);
    connect(m_store, &AccountsStore::currentAccountChanged, readings, &ReadingsHistoryPage::setAccountId);
    connect(m_store, &AccountsStore::currentAccountChanged, payments, &PaymentsPage::setAccount);
    connect(m_store, &AccountsStore::currentAccountChanged, appeals, &AppealsTab::setAccount);

    connect(m_accounts, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_store->accounts().size())
            m_store->select(m_store->accounts().at(row).id);
    });
    connect(m_store, &AccountsStore::currentAccountChanged, this, [this] {
        showCurrentAccount();
        showAccountArea();
    });
    connect(m_store, &AccountsStore::accountChanged, this, [this](qint64 id) {
        if (id == m_store->currentAccountId())
            showCurrentAccount();
    });
    connect(m_store, &AccountsStore::requisitesChanged, this, [this](qint64 id) {
        if (id == m_store->currentAccountId())
            m_accountView->requisitesTab()->setRequisites(m_store->requisites(id));
    });
    connect(m_store, &AccountsStore::loadingChanged, this, [this](AccountsStore::Topic, qint64 id, bool) {
        if (id == m_store->currentAccountId())
            m_accountView->setRefreshing(m_store->isLoading(AccountsStore::Topic::Account, id) ||
                                         m_store->isLoading(AccountsStore::Topic::Requisites, id));
    });
    connect(m_store, &AccountsStore::failed, this,
            [this](AccountsStore::Topic topic, qint64 id, const ApiError& error) {
                if (topic == AccountsStore::Topic::Requisites && id == m_store->currentAccountId())
                    m_accountView->requisitesTab()->showError(operatorErrorText(error));
                else if (topic != AccountsStore::Topic::Meters && topic != AccountsStore::Topic::TariffHistory)
                    showError(error);
            });
    RequisitesTab* requisites = m_accountView->requisitesTab();
    connect(requisites, &RequisitesTab::tariffHistoryRequested, this, [this](qint64 contractId, const QString& title) {
        auto* dialog = new TariffHistoryDialog(m_store, m_store->currentAccountId(), contractId, title, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(requisites, &RequisitesTab::metersRequested, this, [this](qint64, const QString&) {
        const auto account = m_store->currentAccount();
        if (!account)
            return;
        auto* dialog = new MeterListDialog(m_store, account->id, account->address, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        CopyCellDelegate::install(dialog->table(),
                                  {{MeterListModel::NumberColumn, CopyCellDelegate::Kind::Number},
                                   {MeterListModel::ReadingDateColumn, CopyCellDelegate::Kind::Date},
                                   {MeterListModel::VerifiedUntilColumn, CopyCellDelegate::Kind::Date}});
        dialog->open();
    });
    connect(m_readingsPage, &ReadingsSubmitPage::backRequested, this, [this, readings] {
        m_readingsPage->setReason({});
        showAccountArea();
        readings->reload(); // what was just submitted shows in «Показания»
    });
}

QString CallerPage::tabTitle() const {
    const CallerCard& c = m_caller.card;
    QString title = c.surname;
    if (!c.firstName.isEmpty())
        title += u' ' + c.firstName.left(1) + u'.';
    if (!c.patronymic.isEmpty())
        title += u' ' + c.patronymic.left(1) + u'.';
    return title;
}

void CallerPage::retranslate() {
    m_readOnlyBanner->showMessage(MessageBanner::Type::Warning,
                                  tr("Cabinet of the customer %1 — view only").arg(m_caller.card.fullName()));
    m_name->setText(m_caller.card.fullName());
    QStringList contacts{tr("E-mail: %1").arg(m_caller.card.email)};
    contacts.append(m_caller.card.phone.isEmpty() ? tr("no phone") : tr("phone: %1").arg(m_caller.card.phone));
    m_contacts->setText(contacts.join(u"  ·  "_s));
    m_readingsButton->setText(tr("Take &readings…"));
    m_readingsButton->setToolTip(tr("Submit the meter readings the caller dictates (with a reason)"));
    m_confirmationButton->setText(tr("Resend &confirmation…"));
    m_signInLockButton->setText(tr("Lift &sign-in lock…"));
    m_linkLockButton->setText(tr("Lift &link lock…"));
    m_appealButton->setText(tr("A&ppeal…"));
    m_appealButton->setToolTip(tr("Register an appeal the caller dictates"));
    m_accountsCaption->setText(tr("&Accounts"));
    m_accounts->setAccessibleName(tr("The caller's accounts"));
    m_noAccounts->setText(tr("The caller has no linked personal accounts."));
    m_numberCaption->setText(tr("Account №"));
    m_amountCaption->setText(tr("To pay:"));
    m_penaltiesCaption->setText(tr("Penalties:"));
    m_copyNumber->setWhat(tr("the account number"));
    m_copyAmount->setWhat(tr("the amount to pay"));
    m_copyPenalties->setWhat(tr("the penalties"));
    showFigures();
}

void CallerPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CallerPage::reload() {
    m_operator->authorized(GetCallerCabinetOperation{m_caller.card.id}, this, [this](Result<CallerCabinet> answer) {
        if (!answer) {
            showError(answer.error());
            return;
        }
        showCabinet(answer.value());
    });
}

void CallerPage::showCabinet(const CallerCabinet& cabinet) {
    m_caller.card = cabinet.customer;
    emit titleChanged(tabTitle());
    const qint64 keep = m_store->currentAccountId();
    for (const AccountSummary& account : cabinet.accounts)
        m_store->upsert(account);
    m_accounts->clear();
    for (const AccountSummary& account : m_store->accounts()) {
        auto* item = new QListWidgetItem(tr("№ %1\n%2").arg(account.number, account.address), m_accounts);
        item->setData(Qt::AccessibleTextRole, tr("Account № %1, %2").arg(account.number, account.address));
    }
    retranslate();
    if (m_store->accounts().isEmpty()) {
        showAccountArea();
        return;
    }
    qsizetype row = 0;
    for (qsizetype i = 0; i < m_store->accounts().size(); ++i) {
        if (m_store->accounts().at(i).id == keep)
            row = i;
    }
    m_accounts->setCurrentRow(int(row)); // selects it in the store
}

void CallerPage::showCurrentAccount() {
    if (const auto account = m_store->currentAccount()) {
        m_accountView->setAccount(*account);
        m_accountView->requisitesTab()->setRequisites(m_store->requisites(account->id));
    }
    showFigures();
}

void CallerPage::showFigures() {
    const auto account = m_store->currentAccount();
    m_number->setText(account ? account->number : QString());
    m_copyNumber->setCopyText(account ? copytext::number(account->number) : QString());
    m_amount->setText(account ? account->toPay.toText() : QString());
    m_copyAmount->setCopyText(account ? copytext::amount(account->toPay) : QString());
    m_penalties->setText(account ? account->penalties.toText() : QString());
    m_copyPenalties->setCopyText(account ? copytext::amount(account->penalties) : QString());
}

bool CallerPage::isReadingsPageShown() const {
    return m_area->currentWidget() == m_readingsScroll;
}

void CallerPage::showAccountArea() {
    m_area->setCurrentWidget(m_store->currentAccount() ? m_accountPage : static_cast<QWidget*>(m_noAccounts));
    m_readingsButton->setEnabled(m_store->currentAccount().has_value());
}

void CallerPage::submitReadingsForCaller() {
    const auto account = m_store->currentAccount();
    if (!account)
        return;
    auto* dialog = new ReasonDialog(
        tr("Take readings for the caller"),
        tr("You are about to submit meter readings of account № %1 that %2 dictates. The reading is stored as "
           "submitted by the contact centre, and the customer sees it with your reason in the access journal.")
            .arg(account->number, m_caller.card.fullName()),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOkText(tr("Continue"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, account] {
        m_readingsPage->setReason(dialog->reason());
        m_readingsPage->setAccount(*account);
        m_area->setCurrentWidget(m_readingsScroll);
        m_messages->showMessage(
            MessageBanner::Type::Info,
            tr("Readings for the caller, reason: «%1». «Back» ends the dictation.").arg(dialog->reason()));
        m_messages->show();
    });
    dialog->open();
}

void CallerPage::resendConfirmation() {
    runAction(CallerAction::ResendConfirmation, tr("Resend the registration confirmation"),
              tr("The confirmation letter goes to the caller's e-mail %1 once more.").arg(m_caller.card.email),
              tr("The confirmation letter has been sent to the caller again."));
}

void CallerPage::liftSignInLock() {
    runAction(CallerAction::LiftSignInLock, tr("Lift the sign-in lock"),
              tr("%1 can sign in again at once instead of waiting for the lock to end.").arg(m_caller.card.fullName()),
              tr("The caller's sign-in lock has been lifted."));
}

void CallerPage::liftLinkLock() {
    runAction(CallerAction::LiftLinkLock, tr("Lift the link lock"),
              tr("The caller can try to link the personal account again (after wrong answers to the control "
                 "question)."),
              tr("The link lock of the account has been lifted."));
}

void CallerPage::runAction(CallerAction action, const QString& title, const QString& explanation,
                           const QString& doneText) {
    auto* dialog = new ReasonDialog(title, explanation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (action == CallerAction::LiftLinkLock) {
        const auto account = m_store->currentAccount();
        dialog->askAccountNumber(account ? account->number : QString());
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, action, doneText] {
        CallerActionOperation op{m_caller.card.id, action, dialog->reason(), dialog->accountNumber()};
        m_operator->authorized(op, this, [this, doneText](Result<NoContent> answer) {
            if (!answer) {
                showError(answer.error());
                return;
            }
            showDone(doneText);
        });
    });
    dialog->open();
}

void CallerPage::registerAppeal() {
    m_operator->authorized(ListAppealTopicsOperation{}, this, [this](Result<QList<AppealTopic>> topics) {
        if (!topics) {
            showError(topics.error());
            return;
        }
        openAppealDialog(topics.value());
    });
}

void CallerPage::openAppealDialog(const QList<AppealTopic>& topics) {
    auto* dialog = new ReasonDialog(tr("Register an appeal for the caller"),
                                    tr("The appeal is registered in %1's name: they see it and its answers under "
                                       "«Обращения».")
                                        .arg(m_caller.card.fullName()),
                                    this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOkText(tr("Register"));
    // The providers of the selected account's contracts, as the customer's own form offers them.
    auto* provider = new QComboBox(dialog);
    provider->setObjectName(u"appealProviderCombo"_s);
    const auto requisites = m_store->requisites(m_store->currentAccountId());
    QList<qint64> seen;
    for (const Contract& contract : requisites ? requisites->contracts : QList<Contract>()) {
        if (!seen.contains(contract.provider.id)) {
            seen.append(contract.provider.id);
            provider->addItem(contract.provider.name, contract.provider.id);
        }
    }
    auto* topic = new QComboBox(dialog);
    topic->setObjectName(u"appealTopicCombo"_s);
    for (const AppealTopic& t : topics)
        topic->addItem(t.name, t.code);
    auto* text = new QPlainTextEdit(dialog);
    text->setObjectName(u"appealTextEdit"_s);
    text->setTabChangesFocus(true);
    auto* textError = new QLabel(dialog);
    setStyleRole(textError, StyleRole::FieldError);
    textError->hide();
    connect(text, &QPlainTextEdit::textChanged, textError, [text, textError] { clearFieldError(text, textError); });
    const QList<std::pair<QString, QWidget*>> fields{
        {tr("&Provider"), provider}, {tr("&Topic"), topic}, {tr("Appeal &text"), text}};
    for (const auto& [caption, field] : fields) {
        auto* label = new QLabel(caption, dialog);
        setStyleRole(label, StyleRole::FieldLabel);
        label->setBuddy(field);
        field->setAccessibleName(QString(caption).remove(u'&'));
        dialog->addField(label, field);
    }
    dialog->addField(textError, nullptr);
    dialog->setCheck([provider, topic, text, textError] {
        QString problem;
        if (provider->currentIndex() < 0)
            problem = tr("The account has no provider to address the appeal to.");
        else if (topic->currentIndex() < 0)
            problem = tr("Choose the topic.");
        else if (text->toPlainText().trimmed().isEmpty())
            problem = tr("Write down what the caller asks.");
        else if (text->toPlainText().trimmed().size() > 4000)
            problem = tr("The appeal is too long: at most 4000 characters.");
        showFieldError(text, textError, problem);
        return problem.isEmpty();
    });
    // One key for this registration: a retry after a lost answer does not open a second appeal.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 accountId = m_store->currentAccountId();
    connect(dialog, &QDialog::accepted, this, [this, dialog, provider, topic, text, key, accountId] {
        RegisterAppealOperation op{m_caller.card.id,
                                   key,
                                   accountId,
                                   provider->currentData().toLongLong(),
                                   topic->currentData().toString(),
                                   text->toPlainText().trimmed(),
                                   dialog->reason()};
        m_operator->authorized(op, this, [this](Result<NoContent> answer) {
            if (!answer) {
                showError(answer.error());
                return;
            }
            showDone(tr("The appeal has been registered for the caller."));
        });
    });
    dialog->open();
}

void CallerPage::showDone(const QString& text) {
    m_messages->showMessage(MessageBanner::Type::Info, text);
    m_messages->show();
}

void CallerPage::showError(const ApiError& error) {
    m_messages->showMessage(MessageBanner::Type::Error, operatorErrorText(error));
    m_messages->show();
}

} // namespace lkk
