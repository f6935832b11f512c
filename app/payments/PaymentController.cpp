#include "app/payments/PaymentController.h"

#include "app/payments/PaymentOperations.h"
#include "app/payments/PaymentsLogging.h"
#include "app/session/Session.h"
#include "shared/ErrorCodes.h"

#include <QDesktopServices>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

// Failures after which the server may have made the order anyway: resend with the same key.
bool mayHaveCreated(const ApiError& e) {
    return e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout ||
           e.kind == ApiError::Kind::Canceled || e.kind == ApiError::Kind::Protocol ||
           (e.kind == ApiError::Kind::Http && (e.httpStatus >= 500 || e.httpStatus == 429));
}

} // namespace

PaymentController::PaymentController(Session* session, PaymentDraftStore* drafts, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_drafts(drafts)
    , m_tracker(new PaymentOrderTracker(session, this))
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); }) {
    connect(m_tracker, &PaymentOrderTracker::finished, this, &PaymentController::onFinished);
    connect(m_tracker, &PaymentOrderTracker::lost, this, [this] {
        // The server forgot the order (or it was never this user's): nothing to resume.
        m_drafts->remove(m_accountId);
        m_draft.reset();
        setStage(m_form ? Stage::Ready : Stage::Idle);
    });
}

PaymentController::~PaymentController() = default;

void PaymentController::setStage(Stage stage) {
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

void PaymentController::reset() {
    ++m_generation;
    m_tracker->stop();
    m_form.reset();
    m_draft.reset();
    m_accountId = 0;
    setStage(Stage::Idle);
}

void PaymentController::start(qint64 accountId) {
    reset();
    m_accountId = accountId;
    m_drafts->setScope(m_session->api()->endpoint().root().toString(), m_session->user().id);
    m_draft = m_drafts->load(accountId);
    setStage(Stage::LoadingForm);
    const quint64 generation = m_generation;
    m_session->authorized(GetPaymentFormOperation{accountId}, this, [this, generation](Result<PaymentFormData> result) {
        if (generation != m_generation)
            return;
        if (!result) {
            setStage(Stage::Idle);
            emit formFailed(result.error());
            return;
        }
        m_form = result.value();
        setStage(Stage::Ready);
        emit formLoaded(*m_form);
        if (m_draft && !m_draft->orderId.isEmpty()) {
            qCInfo(lcPayments) << "resuming order" << m_draft->orderId;
            m_tracker->trackId(m_draft->orderId);
            setStage(Stage::Waiting);
        }
    });
}

void PaymentController::pay(const PaymentOrderRequest& request) {
    if ((m_stage != Stage::Ready && m_stage != Stage::Finished) || m_accountId == 0)
        return;
    // The same request as the unanswered one on disk: the same key, so the server returns the
    // order it may already have made instead of making a second one.
    PaymentDraft draft;
    if (m_draft && m_draft->orderId.isEmpty() && m_draft->request == request && !m_draft->idempotencyKey.isEmpty())
        draft = *m_draft;
    else
        draft.idempotencyKey = PaymentDraftStore::newIdempotencyKey();
    draft.accountId = m_accountId;
    draft.request = request;
    draft.orderId.clear();
    m_drafts->save(draft);
    m_draft = draft;

    setStage(Stage::Submitting);
    const quint64 generation = m_generation;
    CreatePaymentOrderOperation op{m_accountId, draft.idempotencyKey, request};
    m_session->authorized(op, this, [this, generation](Result<PaymentOrder> result) {
        if (generation != m_generation)
            return;
        if (!result) {
            const ApiError& e = result.error();
            if (!mayHaveCreated(e) && m_draft) {
                // Refused for sure (validation, conflict): the next attempt is a new request.
                m_draft->idempotencyKey.clear();
                m_drafts->save(*m_draft);
            }
            qCInfo(lcPayments) << "creating the order failed:" << e.code << e.message;
            setStage(Stage::Ready);
            emit submitFailed(e);
            return;
        }
        const PaymentOrder& order = result.value();
        if (m_draft) {
            m_draft->orderId = order.id;
            m_drafts->save(*m_draft);
        }
        follow(order); // before the stage change, so the page sees a tracked order
        setStage(Stage::Waiting);
        emit orderCreated(order);
        if (!order.isFinal())
            openPaymentPage();
    });
}

void PaymentController::follow(const PaymentOrder& order) {
    m_tracker->track(order);
}

bool PaymentController::openPaymentPage() {
    const QUrl url = m_tracker->order().paymentUrl;
    if (url.isEmpty())
        return false;
    const bool ok = openUrl(url);
    if (!ok)
        emit paymentPageOpenFailed(url);
    return ok;
}

bool PaymentController::openUrl(const QUrl& url) {
    return url.isValid() && m_opener && m_opener(url);
}

void PaymentController::cancel() {
    m_tracker->cancel();
}

void PaymentController::onFinished(const PaymentOrder& order) {
    m_drafts->remove(m_accountId);
    // The form stays as it was (declined, expired, cancelled: try again); a new payment is a new key.
    if (m_draft)
        m_draft->idempotencyKey.clear();
    m_draft.reset();
    setStage(Stage::Finished);
    emit finished(order);
}

} // namespace lkk
