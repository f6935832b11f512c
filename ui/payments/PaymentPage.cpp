#include "ui/payments/PaymentPage.h"
#include "ui_PaymentPage.h"

#include "app/payments/PaymentController.h"
#include "shared/ErrorCodes.h"
#include "ui/FieldError.h"
#include "ui/MessageBanner.h"
#include "ui/StyleRole.h"

#include <QEvent>
#include <QKeyEvent>

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

QLabel* errorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    setStyleRole(label, StyleRole::FieldError);
    label->setWordWrap(true);
    label->hide();
    reserveMessageLine(label);
    return label;
}

QString roublesSign(Money money) {
    return money.toTextNumber() + QChar(Money::groupSeparator) + u"₽"_s;
}

} // namespace

PaymentPage::PaymentPage(PaymentController* controller, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::PaymentPage)
    , m_controller(controller) {
    m_ui->setupUi(this);
    setStyleRole(m_ui->paymentBackButton, StyleRole::BackLink);
    setStyleRole({m_ui->paymentAddress, m_ui->paymentTotal, m_ui->paymentWaitTitle}, StyleRole::SectionTitle);
    setStyleRole({m_ui->paymentLoadingText, m_ui->acceptedCards, m_ui->paymentWaitText, m_ui->paymentTotalNote},
                 StyleRole::Hint);
    setStyleRole({m_ui->receiptEmailLabel, m_ui->receiptPhoneLabel}, StyleRole::FieldLabel);
    setStyleRole({m_ui->receiptEmailError, m_ui->receiptPhoneError, m_ui->paymentTotalError}, StyleRole::FieldError);
    for (QLabel* error : {m_ui->receiptEmailError, m_ui->receiptPhoneError, m_ui->paymentTotalError})
        reserveMessageLine(error);
    setStyleRole(m_ui->submitPaymentButton, StyleRole::Primary);
    setStyleRole({m_ui->reopenPaymentPageButton, m_ui->cancelPaymentButton}, StyleRole::Secondary);

    // The scroll area is not a stop of its own: Tab goes from the last control to the first.
    m_ui->paymentFormScroll->setFocusPolicy(Qt::NoFocus);
    connect(m_ui->paymentBackButton, &QPushButton::clicked, this, &PaymentPage::backRequested);
    connect(m_ui->receiptEmailEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_emailTouched = true;
        m_form.setEmail(text);
        refresh();
    });
    connect(m_ui->smsReceiptCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_form.setSmsReceipt(on);
        m_ui->receiptPhoneLabel->setVisible(on);
        m_ui->receiptPhoneEdit->setVisible(on);
        if (on)
            m_ui->receiptPhoneEdit->setFocus();
        refresh();
    });
    connect(m_ui->receiptPhoneEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_phoneTouched = true;
        m_form.setPhone(text);
        refresh();
    });
    connect(m_ui->consentCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_form.setConsent(on);
        refresh();
    });
    connect(m_ui->consentText, &QLabel::linkActivated, this, [this] {
        if (m_controller->form())
            m_controller->openUrl(m_controller->form()->rulesUrl);
    });
    connect(m_ui->submitPaymentButton, &QPushButton::clicked, this, &PaymentPage::submit);
    connect(m_ui->cancelPaymentButton, &QPushButton::clicked, this, [this] {
        m_ui->cancelPaymentButton->setEnabled(false);
        m_controller->cancel();
    });
    connect(m_ui->reopenPaymentPageButton, &QPushButton::clicked, m_controller, &PaymentController::openPaymentPage);

    connect(m_controller, &PaymentController::stageChanged, this, &PaymentPage::showStage);
    connect(m_controller, &PaymentController::formLoaded, this, [this](const PaymentFormData& formData) {
        buildForm(formData);
        if (const auto& draft = m_controller->draft())
            m_form.restore(draft->request);
        // Put the (restored) values into the fields.
        m_ui->receiptEmailEdit->setText(m_form.email());
        m_ui->receiptPhoneEdit->setText(m_form.phone());
        m_ui->smsReceiptCheck->setChecked(m_form.smsReceipt());
        m_ui->consentCheck->setChecked(m_form.consent());
        for (int i = 0; i < m_amounts.size(); ++i)
            m_amounts.at(i)->setText(m_form.amountText(i));
        m_ui->paymentAddress->setText(formData.address);
        refresh();
        showTotalNote();
    });
    connect(m_controller, &PaymentController::formFailed, this, [this](const ApiError& error) {
        m_ui->paymentBanner->showMessage(MessageBanner::Type::Error,
                                         tr("Could not open the payment form: %1").arg(error.message));
    });
    connect(m_controller, &PaymentController::submitFailed, this, &PaymentPage::onSubmitFailed);
    connect(m_controller, &PaymentController::finished, this, &PaymentPage::onFinished);
    connect(m_controller, &PaymentController::paymentPageOpenFailed, this, [this](const QUrl& url) {
        m_ui->paymentBanner->showMessage(
            MessageBanner::Type::Warning,
            tr("Could not open the browser. Open this address to pay: %1").arg(url.toString()));
        m_ui->paymentWaitText->setText(
            tr("Open the address above in a browser and enter the card details there; this page "
               "follows the payment."));
    });
    connect(m_controller->tracker(), &PaymentOrderTracker::cancelFailed, this, [this](const ApiError& error) {
        m_ui->cancelPaymentButton->setEnabled(true);
        const QString text = error.is(errc::orderNotCancellable)
                                 ? tr("The bank is already processing the payment; it can no longer be cancelled.")
                                 : tr("Could not cancel the payment: %1").arg(error.message);
        m_ui->paymentBanner->showMessage(MessageBanner::Type::Warning, text);
    });
    connect(m_controller->tracker(), &PaymentOrderTracker::pollFailed, this,
            [this](const ApiError& error, std::chrono::milliseconds retryIn) {
                m_ui->paymentWaitText->setText(tr("No answer from the server (%1). Trying again in %n second(s)…",
                                                  nullptr, static_cast<int>((retryIn.count() + 999) / 1000))
                                                   .arg(error.message));
            });
    connect(m_controller->tracker(), &PaymentOrderTracker::orderChanged, this, [this] { showStage(); });
    connect(m_controller->tracker(), &PaymentOrderTracker::stateChanged, this, [this] { showStage(); });
    connect(m_controller->tracker(), &PaymentOrderTracker::lost, this, [this](const ApiError& error) {
        m_ui->paymentBanner->showMessage(MessageBanner::Type::Error,
                                         tr("The payment order is unknown: %1").arg(error.message));
    });

    retranslate();
    showStage();
}

PaymentPage::~PaymentPage() {
    // A field with the focus is left while the page is torn down: its editingFinished must not
    // reach the form, which is gone by then.
    for (QLineEdit* edit : std::as_const(m_amounts))
        edit->disconnect(this);
}

QLineEdit* PaymentPage::emailEdit() const {
    return m_ui->receiptEmailEdit;
}

QCheckBox* PaymentPage::smsCheck() const {
    return m_ui->smsReceiptCheck;
}

QLineEdit* PaymentPage::phoneEdit() const {
    return m_ui->receiptPhoneEdit;
}

QCheckBox* PaymentPage::consentCheck() const {
    return m_ui->consentCheck;
}

QPushButton* PaymentPage::payButton() const {
    return m_ui->submitPaymentButton;
}

QPushButton* PaymentPage::cancelButton() const {
    return m_ui->cancelPaymentButton;
}

QLabel* PaymentPage::totalLabel() const {
    return m_ui->paymentTotal;
}

QLabel* PaymentPage::totalNote() const {
    return m_ui->paymentTotalNote;
}

MessageBanner* PaymentPage::banner() const {
    return m_ui->paymentBanner;
}

void PaymentPage::openFor(qint64 accountId, const QString& address, std::optional<Money> accountToPay) {
    const auto stage = m_controller->stage();
    const bool busy = stage == PaymentController::Stage::Submitting || stage == PaymentController::Stage::Waiting;
    if (busy && m_controller->accountId() == accountId) {
        showStage();
        return;
    }
    m_ui->paymentBanner->hide();
    m_ui->paymentAddress->setText(address);
    m_addressText = address;
    m_accountToPay = accountToPay;
    m_ui->paymentTotalNote->hide();
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
    QWidget* previous = m_ui->receiptPhoneEdit;
    for (int i = 0; i < formData.items.size(); ++i) {
        auto* label = fieldLabel(m_ui->paymentForm);
        auto* edit = new QLineEdit(m_ui->paymentForm);
        edit->setObjectName(u"amountEdit_"_s + formData.items.at(i).subAccount);
        edit->setAlignment(Qt::AlignRight);
        edit->setMaximumWidth(240);
        label->setBuddy(edit);
        auto* error = errorLabel(m_ui->paymentForm);
        m_ui->itemsColumn->addWidget(label);
        m_ui->itemsColumn->addWidget(edit);
        m_ui->itemsColumn->addWidget(error);
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
        // A typed «1234.5» reads back as «1 234,50» (English: «1234.50») when the field is left.
        connect(edit, &QLineEdit::editingFinished, this, [this, i] {
            if (const auto a = m_form.amount(i)) {
                m_amounts.at(i)->setText(a->toInputText());
                m_form.setAmountText(i, a->toInputText());
            }
        });
    }
    setTabOrder(previous, m_ui->consentCheck);
    setTabOrder(m_ui->consentCheck, m_ui->consentText); // its «payment rules» link
    setTabOrder(m_ui->consentText, m_ui->submitPaymentButton);
    retranslate();
}

void PaymentPage::refresh() {
    for (int i = 0; i < m_amounts.size(); ++i)
        showFieldError(m_amounts.at(i), m_amountErrors.at(i),
                       (m_touched.value(i) || m_showAllErrors) ? m_form.amountError(i) : QString());
    showFieldError(m_ui->receiptEmailEdit, m_ui->receiptEmailError,
                   (m_emailTouched || m_showAllErrors) ? m_form.emailError() : QString());
    showFieldError(m_ui->receiptPhoneEdit, m_ui->receiptPhoneError,
                   (m_phoneTouched || m_showAllErrors || !m_form.phone().isEmpty()) ? m_form.phoneError() : QString());
    showFieldError(nullptr, m_ui->paymentTotalError, m_form.totalError());
    m_ui->paymentTotal->setText(tr("To pay: %1").arg(roublesSign(m_form.total())));
    const bool idle = m_controller->stage() == PaymentController::Stage::Ready ||
                      m_controller->stage() == PaymentController::Stage::Finished;
    m_ui->submitPaymentButton->setEnabled(idle && m_form.isValid());
}

void PaymentPage::submit() {
    m_showAllErrors = true;
    refresh();
    if (!m_form.isValid())
        return;
    m_ui->paymentBanner->hide();
    m_controller->pay(m_form.toRequest());
}

void PaymentPage::showStage() {
    using Stage = PaymentController::Stage;
    const Stage stage = m_controller->stage();
    switch (stage) {
    case Stage::Idle:
    case Stage::LoadingForm:
        m_ui->paymentStack->setCurrentWidget(m_ui->paymentLoadingPage);
        break;
    case Stage::Ready:
    case Stage::Submitting:
    case Stage::Finished:
        m_ui->paymentStack->setCurrentWidget(m_ui->paymentFormScroll);
        break;
    case Stage::Waiting:
        m_ui->paymentStack->setCurrentWidget(m_ui->paymentWaitPage);
        break;
    }
    m_ui->paymentSubmitting->setVisible(stage == Stage::Submitting);
    const PaymentOrder& order = m_controller->tracker()->order();
    const bool processing = order.status == PaymentOrder::Status::Processing;
    m_ui->cancelPaymentButton->setEnabled(stage == Stage::Waiting && !processing &&
                                          m_controller->tracker()->state() == PaymentOrderTracker::State::Waiting);
    m_ui->reopenPaymentPageButton->setEnabled(!order.paymentUrl.isEmpty() && !processing);
    if (stage == Stage::Waiting) {
        m_ui->paymentWaitTitle->setText(
            order.total.isZero()
                ? tr("Waiting for the bank to confirm the payment…")
                : tr("Waiting for the bank to confirm the payment of %1…").arg(roublesSign(order.total)));
        m_ui->paymentWaitText->setText(processing
                                           ? tr("The bank is processing the payment. This usually takes a few seconds.")
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
    m_ui->paymentBanner->showMessage(MessageBanner::Type::Error, text);
    // A server-side field error goes next to its field.
    if (error.field == "receiptEmail"_L1)
        showFieldError(m_ui->receiptEmailEdit, m_ui->receiptEmailError, error.message);
    else if (error.field == "receiptPhone"_L1)
        showFieldError(m_ui->receiptPhoneEdit, m_ui->receiptPhoneError, error.message);
    else if (error.field.startsWith("items["_L1)) {
        const int index = error.field.mid(6, error.field.indexOf(u']') - 6).toInt();
        if (index >= 0 && index < m_amountErrors.size())
            showFieldError(m_amounts.at(index), m_amountErrors.at(index), error.message);
    }
}

void PaymentPage::onFinished(const PaymentOrder& order) {
    switch (order.status) {
    case PaymentOrder::Status::Paid:
        m_ui->paymentBanner->showMessage(
            MessageBanner::Type::Info,
            tr("Payment successful: %1. The receipt is sent to you.").arg(order.total.toText()));
        emit paid(order);
        break;
    case PaymentOrder::Status::Declined:
        m_ui->paymentBanner->showMessage(
            MessageBanner::Type::Error,
            order.declineReason.isEmpty()
                ? tr("The bank declined the payment. Nothing was charged.")
                : tr("The bank declined the payment: %1. Nothing was charged.").arg(order.declineReason));
        break;
    case PaymentOrder::Status::Expired:
        m_ui->paymentBanner->showMessage(
            MessageBanner::Type::Warning,
            tr("The time to pay has run out. Nothing was charged; press «Pay» to try again."));
        break;
    case PaymentOrder::Status::Cancelled:
        m_ui->paymentBanner->showMessage(MessageBanner::Type::Info,
                                         tr("The payment was cancelled. Nothing was charged."));
        break;
    case PaymentOrder::Status::Pending:
    case PaymentOrder::Status::Processing:
        break;
    }
    showStage();
}

// The account's «К оплате» nets the providers: an overpayment to one lowers the sum. The form asks
// for each provider's own debt, where an overpaid provider starts at zero, so its prefilled total is
// larger; say so rather than leave two different «to pay» figures unexplained.
void PaymentPage::showTotalNote() {
    Money dues;
    for (const PaymentFormItem& item : m_form.data().items)
        dues = dues.plus(item.due).value_or(dues);
    const bool differs = m_accountToPay && !m_form.data().items.isEmpty() && dues > *m_accountToPay;
    if (differs)
        m_ui->paymentTotalNote->setText(
            tr("The account's «To pay» is %1: there an overpayment to one provider is subtracted from the debts "
               "to the others. The amounts below add up to %2: each provider is paid separately, and an overpaid "
               "one starts at zero.")
                .arg(m_accountToPay->toText(), dues.toText()));
    m_ui->paymentTotalNote->setVisible(differs);
}

void PaymentPage::retranslate() {
    const auto& items = m_form.data().items;
    for (int i = 0; i < m_amountLabels.size() && i < items.size(); ++i)
        // The server's title is Russian; the label is built here so that it follows the UI's language.
        m_amountLabels.at(i)->setText(tr("Housing and utilities payment to %1, account No. %2 *")
                                          .arg(items.at(i).provider, items.at(i).subAccount));
    refresh();
    showTotalNote();
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
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace lkk
