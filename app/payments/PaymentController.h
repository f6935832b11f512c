#pragma once

#include "app/api/ApiError.h"
#include "app/payments/PaymentDraftStore.h"
#include "app/payments/PaymentDtos.h"
#include "app/payments/PaymentOrderTracker.h"

#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

namespace lkk {

class Session;

// Paying one account (docs/manual.md §7): loads the payment form, creates the order with an
// Idempotency-Key kept in a draft on disk (a lost answer or a restart resends the SAME key, so
// the server makes one order), opens the bank's page in the browser and follows the order with
// a PaymentOrderTracker until it is paid, declined, expired or cancelled. The draft goes only
// when the order is final.
class PaymentController : public QObject {
    Q_OBJECT
public:
    enum class Stage {
        Idle,
        LoadingForm,
        Ready,      // the form is there to fill in
        Submitting, // the order is being created
        Waiting,    // the bank page is open; following the order
        Finished,   // final state (tracker()->order().status)
    };
    Q_ENUM(Stage)

    using UrlOpener = std::function<bool(const QUrl&)>;

    // `drafts` is not owned and must outlive the controller.
    PaymentController(Session* session, PaymentDraftStore* drafts, QObject* parent = nullptr);
    ~PaymentController() override;

    // How the bank page is opened: QDesktopServices::openUrl unless a test captures the URL.
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    // Loads the form of `accountId`; a draft with an order id resumes following that order.
    void start(qint64 accountId);
    // Creates the order (valid requests only; the page checks with PaymentForm first).
    void pay(const PaymentOrderRequest& request);
    void cancel();                 // the order, while pending
    bool openPaymentPage();        // (again) in the browser
    bool openUrl(const QUrl& url); // through the opener (the payment rules link too)
    void reset();                  // back to Idle; forgets the form (not the draft)

    Stage stage() const { return m_stage; }
    qint64 accountId() const { return m_accountId; }
    const std::optional<PaymentFormData>& form() const { return m_form; }
    // The draft found when the form loaded (to refill the fields), if any.
    const std::optional<PaymentDraft>& draft() const { return m_draft; }
    PaymentOrderTracker* tracker() const { return m_tracker; }
    PaymentDraftStore* drafts() const { return m_drafts; }

signals:
    void stageChanged(lkk::PaymentController::Stage stage);
    void formLoaded(const lkk::PaymentFormData& form);
    void formFailed(const lkk::ApiError& error);
    // The order could not be created. The draft keeps its key when the failure may hide a created
    // order (network, timeout, 5xx): pressing «Оплатить» again resends the same request and key.
    void submitFailed(const lkk::ApiError& error);
    void orderCreated(const lkk::PaymentOrder& order);
    void paymentPageOpenFailed(const QUrl& url);
    void finished(const lkk::PaymentOrder& order);

private:
    void setStage(Stage stage);
    void follow(const PaymentOrder& order);
    void onFinished(const PaymentOrder& order);

    Session* m_session;
    PaymentDraftStore* m_drafts;
    PaymentOrderTracker* m_tracker;
    UrlOpener m_opener;
    Stage m_stage = Stage::Idle;
    qint64 m_accountId = 0;
    std::optional<PaymentFormData> m_form;
    std::optional<PaymentDraft> m_draft;
    quint64 m_generation = 0;
};

} // namespace lkk
