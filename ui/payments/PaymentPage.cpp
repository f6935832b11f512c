#include "ui/payments/PaymentPage.h"

#include "app/payments/PaymentController.h"
#include "shared/ErrorCodes.h"
#include "ui/FieldError.h"
#include "ui/MessageBanner.h"
#include "ui/StyleRole.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

QLabel* fieldLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    setStyleRole(label, StyleRole::FieldLabel);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString roublesSign(Money money) {
    return money.toDisplayNumber() + QChar(Money::groupSeparator) + u"₽"_s;
}

} // namespace

QLabel* PaymentPage::errorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    setStyleRole(label, StyleRole::FieldError);
    label->setWordWrap(true);
    label->hide();
    return label;
}

PaymentPage::PaymentPage(PaymentController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller) {
    setObjectName(u"paymentPage"_s);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_back = new QPushButton(this);
    m_back->setObjectName(u"paymentBackButton"_s);
    setStyleRole(m_back, StyleRole::BackLink);
    m_back->setCursor(Qt::PointingHandCursor);
    m_back->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    outer->addWidget(m_back, 0, Qt::AlignLeft);

    m_address = new QLabel(this);
    m_address->setObjectName(u"paymentAddress"_s);
    setStyleRole(m_address, StyleRole::SectionTitle);
    m_address->setWordWrap(true);
    outer->addWidget(m_address);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"paymentBanner"_s);
    m_banner->hide();
    outer->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack, 1);

    // Loading the form.
    m_loadingPage = new QWidget(m_stack);
    auto* loadingColumn = new QVBoxLayout(m_loadingPage);
    auto* loadingBar = new QProgressBar(m_loadingPage);
    loadingBar->setRange(0, 0);
    loadingBar->setMaximumHeight(4);
    loadingBar->setTextVisible(false);
    loadingColumn->addWidget(loadingBar);
    m_loadingText = new QLabel(m_loadingPage);
    setStyleRole(m_loadingText, StyleRole::Hint);
    loadingColumn->addWidget(m_loadingText);
    loadingColumn->addStretch(1);
    m_stack->addWidget(m_loadingPage);

    // The form, in a scroll area: six sub-accounts do not fit a small window.
    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(u"paymentFormScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_formPage = new QWidget;
    m_formPage->setObjectName(u"paymentForm"_s);
    m_formPage->setMaximumWidth(720);
    auto* form = new QVBoxLayout(m_formPage);
    form->setContentsMargins(0, 8, 16, 8);
    form->setSpacing(4);

    m_emailLabel = fieldLabel(m_formPage);
    form->addWidget(m_emailLabel);
    m_email = new QLineEdit(m_formPage);
    m_email->setObjectName(u"receiptEmailEdit"_s);
    m_email->setMaximumWidth(480);
    m_emailLabel->setBuddy(m_email);
    form->addWidget(m_email);
    m_emailError = errorLabel(m_formPage);
    m_emailError->setObjectName(u"receiptEmailError"_s);
    form->addWidget(m_emailError);
    form->addSpacing(6);

    m_sms = new QCheckBox(m_formPage);
    m_sms->setObjectName(u"smsReceiptCheck"_s);
    form->addWidget(m_sms);
    m_phoneLabel = fieldLabel(m_formPage);
    form->addWidget(m_phoneLabel);
    m_phone = new QLineEdit(m_formPage);
    m_phone->setObjectName(u"receiptPhoneEdit"_s);
    m_phone->setMaximumWidth(240);
    m_phoneLabel->setBuddy(m_phone);
    form->addWidget(m_phone);
    m_phoneError = errorLabel(m_formPage);
    m_phoneError->setObjectName(u"receiptPhoneError"_s);
    form->addWidget(m_phoneError);
    m_phoneLabel->hide();
    m_phone->hide();
    form->addSpacing(10);

    m_itemsLayout = new QVBoxLayout;
    m_itemsLayout->setSpacing(4);
    form->addLayout(m_itemsLayout);
    form->addSpacing(10);

    m_total = new QLabel(m_formPage);
    m_total->setObjectName(u"paymentTotal"_s);
    setStyleRole(m_total, StyleRole::SectionTitle);
    form->addWidget(m_total);
    m_totalError = errorLabel(m_formPage);
    m_totalError->setObjectName(u"paymentTotalError"_s);
    form->addWidget(m_totalError);
    form->addSpacing(6);

    auto* consentRow = new QHBoxLayout;
    consentRow->setSpacing(6);
    m_consent = new QCheckBox(m_formPage);
    m_consent->setObjectName(u"consentCheck"_s);
    consentRow->addWidget(m_consent);
    m_consentText = new QLabel(m_formPage);
    m_consentText->setObjectName(u"consentText"_s);
    m_consentText->setTextFormat(Qt::RichText);
    m_consentText->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_consentText->setOpenExternalLinks(false);
    consentRow->addWidget(m_consentText, 1);
    form->addLayout(consentRow);

    m_cards = new QLabel(m_formPage);
    m_cards->setObjectName(u"acceptedCards"_s);
    setStyleRole(m_cards, StyleRole::Hint);
    m_cards->setWordWrap(true);
    form->addWidget(m_cards);
    form->addSpacing(10);

    auto* payRow = new QHBoxLayout;
    m_pay = new QPushButton(m_formPage);
    m_pay->setObjectName(u"submitPaymentButton"_s);
    setStyleRole(m_pay, StyleRole::Primary);
    m_pay->setEnabled(false);
    m_pay->setDefault(true);
    payRow->addWidget(m_pay);
    m_submitting = new QProgressBar(m_formPage);
    m_submitting->setRange(0, 0);
    m_submitting->setTextVisible(false);
    m_submitting->setMaximumSize(120, 6);
    m_submitting->hide();
    payRow->addWidget(m_submitting);
    payRow->addStretch(1);
    form->addLayout(payRow);
    form->addStretch(1);
    scroll->setWidget(m_formPage);
    m_stack->addWidget(scroll);

    // Waiting for the bank.
    m_waitPage = new QWidget(m_stack);
    m_waitPage->setObjectName(u"paymentWaitPage"_s);
    auto* wait = new QVBoxLayout(m_waitPage);
    wait->setContentsMargins(0, 16, 0, 0);
    m_waitTitle = new QLabel(m_waitPage);
    m_waitTitle->setObjectName(u"paymentWaitTitle"_s);
    setStyleRole(m_waitTitle, StyleRole::SectionTitle);
    m_waitTitle->setWordWrap(true);
    wait->addWidget(m_waitTitle);
    m_waitBusy = new QProgressBar(m_waitPage);
    m_waitBusy->setObjectName(u"paymentWaitBusy"_s);
    m_waitBusy->setRange(0, 0);
    m_waitBusy->setTextVisible(false);
    m_waitBusy->setMaximumSize(360, 6);
    wait->addWidget(m_waitBusy);
    m_waitText = new QLabel(m_waitPage);
    m_waitText->setObjectName(u"paymentWaitText"_s);
    m_waitText->setWordWrap(true);
    setStyleRole(m_waitText, StyleRole::Hint);
    wait->addWidget(m_waitText);
    auto* waitButtons = new QHBoxLayout;
    m_reopen = new QPushButton(m_waitPage);
    m_reopen->setObjectName(u"reopenPaymentPageButton"_s);
    setStyleRole(m_reopen, StyleRole::Secondary);
    waitButtons->addWidget(m_reopen);
    m_cancel = new QPushButton(m_waitPage);
    m_cancel->setObjectName(u"cancelPaymentButton"_s);
    setStyleRole(m_cancel, StyleRole::Secondary);
    waitButtons->addWidget(m_cancel);
    waitButtons->addStretch(1);
    wait->addLayout(waitButtons);
    wait->addStretch(1);
    m_stack->addWidget(m_waitPage);

    connect(m_back, &QPushButton::clicked, this, &PaymentPage::backRequested);
    connect(m_email, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_emailTouched = true;
        m_form.setEmail(text);
        refresh();
    });
    connect(m_sms, &QCheckBox::toggled, this, [this](bool on) {
        m_form.setSmsReceipt(on);
        m_phoneLabel->setVisible(on);
        m_phone->setVisible(on);
        if (on)
            m_phone->setFocus();
        refresh();
    });
    connect(m_phone, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_phoneTouched = true;
        m_form.setPhone(text);
        refresh();
    });
    connect(m_consent, &QCheckBox::toggled, this, [this](bool on) {
        m_form.setConsent(on);
        refresh();
    });
    connect(m_consentText, &QLabel::linkActivated, this, [this] {
        if (m_controller->form())
            m_controller->openUrl(m_controller->form()->rulesUrl);
    });
    connect(m_pay, &QPushButton::clicked, this, &PaymentPage::submit);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_controller->cancel();
    });
    connect(m_reopen, &QPushButton::clicked, m_controller, &PaymentController::openPaymentPage);

    connect(m_controller, &PaymentController::stageChanged, this, &PaymentPage::showStage);
    connect(m_controller, &PaymentController::formLoaded, this, [this](const PaymentFormData& formData) {
        buildForm(formData);
        if (const auto& draft = m_controller->draft())
            m_form.restore(draft->request);
        // Put the (restored) values into the fields.
        m_email->setText(m_form.email());
        m_phone->setText(m_form.phone());
        m_sms->setChecked(m_form.smsReceipt());
        m_consent->setChecked(m_form.consent());
        for (int i = 0; i < m_amounts.size(); ++i)
            m_amounts.at(i)->setText(m_form.amountText(i));
        m_address->setText(formData.address);
        refresh();
    });
    connect(m_controller, &PaymentController::formFailed, this, [this](const ApiError& error) {
        m_banner->showMessage(MessageBanner::Type::Error, tr("Could not open the payment form: %1").arg(error.message));
    });
    connect(m_controller, &PaymentController::submitFailed, this, &PaymentPage::onSubmitFailed);
    connect(m_controller, &PaymentController::finished, this, &PaymentPage::onFinished);
    connect(m_controller, &PaymentController::paymentPageOpenFailed, this, [this](const QUrl& url) {
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("Could not open the browser. Open this address to pay: %1").arg(url.toString()));
        m_waitText->setText(tr("Open the address above in a browser and enter the card details there; this page "
                               "follows the payment."));
    });
    connect(m_controller->tracker(), &PaymentOrderTracker::cancelFailed, this, [this](const ApiError& error) {
        m_cancel->setEnabled(true);
        const QString text = error.is(errc::orderNotCancellable)
                                 ? tr("The bank is already processing the payment; it can no longer be cancelled.")
                                 : tr("Could not cancel the payment: %1").arg(error.message);
        m_banner->showMessage(MessageBanner::Type::Warning, text);
    });
    connect(m_controller->tracker(), &PaymentOrderTracker::pollFailed, this,
            [this](const ApiError& error, std::chrono::milliseconds retryIn) {
                m_waitText->setText(tr("No answer from the server (%1). Trying again in %n second(s)…", nullptr,
                                       static_cast<int>((retryIn.count() + 999) / 1000))
                                        .arg(error.message));
            });
    connect(m_controller->tracker(), &PaymentOrderTracker::orderChanged, this, [this] { showStage(); });
    connect(m_controller->tracker(), &PaymentOrderTracker::stateChanged, this, [this] { showStage(); });
    connect(m_controller->tracker(), &PaymentOrderTracker::lost, this, [this](const ApiError& error) {
        m_banner->showMessage(MessageBanner::Type::Error, tr("The payment order is unknown: %1").arg(error.message));
    });

    setTabOrder(m_back, m_email);
    setTabOrder(m_email, m_sms);
    setTabOrder(m_sms, m_phone);
    retranslate();
    showStage();
}

PaymentPage::~PaymentPage() = default;

void PaymentPage::openFor(qint64 accountId, const QString& address) {
    const auto stage = m_controller->stage();
    const bool busy = stage == PaymentController::Stage::Submitting || stage == PaymentController::Stage::Waiting;
    if (busy && m_controller->accountId() == accountId) {
        showStage();
        return;
    }
    m_banner->hide();
    m_address->setText(address);
    m_addressText = address;
    m_showAllErrors = false;
    m_emailTouched = false;
    m_phoneTouched = false;
    clearItems();
    m_controller->start(accountId);
}

void PaymentPage::clearItems() {
    for (QLabel* l : std::as_const(m_amountLabels))
        l->deleteLater();
    for (QLineEdit* e : std::as_const(m_amounts))
        e->deleteLater();
    for (QLabel* l : std::as_const(m_amountErrors))
        l->deleteLater();
    m_amountLabels.clear();
    m_amounts.clear();
    m_amountErrors.clear();
    m_touched.clear();
}

void PaymentPage::buildForm(const PaymentFormData& formData) {
    clearItems();
    m_form.setData(formData);
    QWidget* previous = m_phone;
    for (int i = 0; i < formData.items.size(); ++i) {
        auto* label = fieldLabel(m_formPage);
        auto* edit = new QLineEdit(m_formPage);
        edit->setObjectName(u"amountEdit_"_s + formData.items.at(i).subAccount);
        edit->setAlignment(Qt::AlignRight);
        edit->setMaximumWidth(240);
        label->setBuddy(edit);
        auto* error = errorLabel(m_formPage);
        m_itemsLayout->addWidget(label);
        m_itemsLayout->addWidget(edit);
        m_itemsLayout->addWidget(error);
        // Made after the page was shown: children of a visible widget start hidden.
        label->show();
        edit->show();
        m_amountLabels.append(label);
        m_amounts.append(edit);
        m_amountErrors.append(error);
        m_touched.append(false);
        setTabOrder(previous, edit);
        previous = edit;
        connect(edit, &QLineEdit::textEdited, this, [this, i](const QString& text) {
            m_touched[i] = true;
            m_form.setAmountText(i, text);
            refresh();
        });
        // A typed «1234.5» reads back as «1 234,50» when the field is left.
        connect(edit, &QLineEdit::editingFinished, this, [this, i] {
            if (const auto a = m_form.amount(i)) {
                m_amounts.at(i)->setText(a->toDisplayNumber());
                m_form.setAmountText(i, a->toDisplayNumber());
            }
        });
    }
    setTabOrder(previous, m_consent);
    setTabOrder(m_consent, m_pay);
    retranslate();
}

void PaymentPage::refresh() {
    for (int i = 0; i < m_amounts.size(); ++i)
        showFieldError(m_amounts.at(i), m_amountErrors.at(i),
                       (m_touched.value(i) || m_showAllErrors) ? m_form.amountError(i) : QString());
    showFieldError(m_email, m_emailError, (m_emailTouched || m_showAllErrors) ? m_form.emailError() : QString());
    showFieldError(m_phone, m_phoneError,
                   (m_phoneTouched || m_showAllErrors || !m_form.phone().isEmpty()) ? m_form.phoneError() : QString());
    showFieldError(nullptr, m_totalError, m_form.totalError());
    m_total->setText(tr("To pay: %1").arg(roublesSign(m_form.total())));
    const bool idle = m_controller->stage() == PaymentController::Stage::Ready ||
                      m_controller->stage() == PaymentController::Stage::Finished;
    m_pay->setEnabled(idle && m_form.isValid());
}

void PaymentPage::submit() {
    m_showAllErrors = true;
    refresh();
    if (!m_form.isValid())
        return;
    m_banner->hide();
    m_controller->pay(m_form.toRequest());
}

void PaymentPage::showStage() {
    using Stage = PaymentController::Stage;
    const Stage stage = m_controller->stage();
    switch (stage) {
    case Stage::Idle:
    case Stage::LoadingForm:
        m_stack->setCurrentWidget(m_loadingPage);
        break;
    case Stage::Ready:
    case Stage::Submitting:
    case Stage::Finished:
        m_stack->setCurrentWidget(m_stack->widget(1));
        break;
    case Stage::Waiting:
        m_stack->setCurrentWidget(m_waitPage);
        break;
    }
    m_submitting->setVisible(stage == Stage::Submitting);
    const PaymentOrder& order = m_controller->tracker()->order();
    const bool processing = order.status == PaymentOrder::Status::Processing;
    m_cancel->setEnabled(stage == Stage::Waiting && !processing &&
                         m_controller->tracker()->state() == PaymentOrderTracker::State::Waiting);
    m_reopen->setEnabled(!order.paymentUrl.isEmpty() && !processing);
    if (stage == Stage::Waiting) {
        m_waitTitle->setText(
            order.total.isZero()
                ? tr("Waiting for the bank to confirm the payment…")
                : tr("Waiting for the bank to confirm the payment of %1…").arg(roublesSign(order.total)));
        m_waitText->setText(processing ? tr("The bank is processing the payment. This usually takes a few seconds.")
                                       : tr("The bank's payment page has opened in your browser. Enter the card "
                                            "details there; this page follows the payment."));
    }
    refresh();
}

void PaymentPage::onSubmitFailed(const ApiError& error) {
    QString text = error.message;
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
        text = tr("The payment was not started: %1 Press «Pay» again — the same payment will be resumed, "
                  "not made twice.")
                   .arg(error.message);
    m_banner->showMessage(MessageBanner::Type::Error, text);
    // A server-side field error goes next to its field.
    if (error.field == "receiptEmail"_L1)
        showFieldError(m_email, m_emailError, error.message);
    else if (error.field == "receiptPhone"_L1)
        showFieldError(m_phone, m_phoneError, error.message);
    else if (error.field.startsWith("items["_L1)) {
        const int index = error.field.mid(6, error.field.indexOf(u']') - 6).toInt();
        if (index >= 0 && index < m_amountErrors.size())
            showFieldError(m_amounts.at(index), m_amountErrors.at(index), error.message);
    }
}

void PaymentPage::onFinished(const PaymentOrder& order) {
    switch (order.status) {
    case PaymentOrder::Status::Paid:
        m_banner->showMessage(
            MessageBanner::Type::Info,
            tr("Payment successful: %1. The receipt is sent to you.").arg(order.total.toDisplayString()));
        emit paid(order);
        break;
    case PaymentOrder::Status::Declined:
        m_banner->showMessage(
            MessageBanner::Type::Error,
            order.declineReason.isEmpty()
                ? tr("The bank declined the payment. Nothing was charged.")
                : tr("The bank declined the payment: %1. Nothing was charged.").arg(order.declineReason));
        break;
    case PaymentOrder::Status::Expired:
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("The time to pay has run out. Nothing was charged; press «Pay» to try again."));
        break;
    case PaymentOrder::Status::Cancelled:
        m_banner->showMessage(MessageBanner::Type::Info, tr("The payment was cancelled. Nothing was charged."));
        break;
    case PaymentOrder::Status::Pending:
    case PaymentOrder::Status::Processing:
        break;
    }
    showStage();
}

void PaymentPage::retranslate() {
    m_back->setText(tr("‹ Payment"));
    m_loadingText->setText(tr("Loading the payment form…"));
    m_emailLabel->setText(tr("E-mail for the receipt *"));
    m_sms->setText(tr("Receive the receipt by SMS"));
    m_phoneLabel->setText(tr("Phone number for the SMS receipt *"));
    m_phone->setPlaceholderText(tr("+7 913 123-45-67"));
    m_email->setPlaceholderText(tr("name@example.ru"));
    const auto& items = m_form.data().items;
    for (int i = 0; i < m_amountLabels.size() && i < items.size(); ++i)
        m_amountLabels.at(i)->setText(tr("%1 Account No. %2 *").arg(items.at(i).title, items.at(i).subAccount));
    m_consentText->setText(tr("I agree to the <a href=\"rules\">payment rules</a>"));
    m_cards->setText(tr("Payment cards accepted: VISA Inc, MasterCard WorldWide, МИР."));
    m_pay->setText(tr("Pay"));
    m_reopen->setText(tr("Open the payment page again"));
    m_cancel->setText(tr("Cancel payment"));
    refresh();
}

void PaymentPage::keyPressEvent(QKeyEvent* event) {
    // Esc goes back to the account, like «‹ Оплата» (a payment being followed goes on).
    if (event->key() == Qt::Key_Escape) {
        emit backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PaymentPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lkk
