#include "app/accounts/LinkAccountController.h"

#include "app/accounts/AccountsStore.h"
#include "app/api/ApiOperations.h"
#include "app/core/Logging.h"
#include "app/session/Session.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"
#include "shared/Money.h"

#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace lkk {

struct LinkAccountController::Private {
    LinkAccountController* q = nullptr;
    Session* session = nullptr;
    AccountsStore* store = nullptr;
    Stage stage = Stage::EnterNumber;
    LinkChallenge challenge;
    int attemptsLeft = 0;
    QDateTime lockedUntil;
    // Context of the running request: deleting it (cancel) drops its answer.
    QPointer<QObject> attempt;

    QObject* newAttempt() {
        delete attempt.data();
        attempt = new QObject(q);
        return attempt;
    }
    void setStage(Stage s) {
        if (stage == s)
            return;
        const bool wasBusy = q->isBusy();
        stage = s;
        emit q->stageChanged(s);
        if (wasBusy != q->isBusy())
            emit q->busyChanged(q->isBusy());
    }
    Field fieldOf(const QString& name) const {
        if (name == "number"_L1)
            return Field::Number;
        if (name == "relation"_L1)
            return Field::Relation;
        if (name == "question"_L1)
            return Field::Question;
        if (name == "answer"_L1)
            return Field::Answer;
        return Field::Banner;
    }
    // Errors both steps can get: the lock, and everything not about a field.
    void lockedOrFailed(const ApiError& error, Field fallback);
};

void LinkAccountController::Private::lockedOrFailed(const ApiError& error, Field fallback) {
    if (error.is(errc::linkLocked)) {
        lockedUntil = error.lockedUntil.value_or(QDateTime());
        attemptsLeft = 0;
        setStage(Stage::Locked);
        const QString message = lockedUntil.isValid() ? lockMessage(lockedUntil) : error.message;
        emit q->locked(message, lockedUntil);
        return;
    }
    const Field field = error.kind == ApiError::Kind::Http && !error.field.isEmpty() ? fieldOf(error.field) : fallback;
    emit q->failed(field, error.message);
}

LinkAccountController::LinkAccountController(Session* session, AccountsStore* store, QObject* parent)
    : QObject(parent)
    , d(new Private) {
    d->q = this;
    d->session = session;
    d->store = store;
    // Signing out mid-way abandons the flow.
    connect(session, &Session::signedOut, this, &LinkAccountController::cancel);
    connect(session, &Session::expired, this, &LinkAccountController::cancel);
}

LinkAccountController::~LinkAccountController() {
    delete d;
}

LinkAccountController::Stage LinkAccountController::stage() const {
    return d->stage;
}

bool LinkAccountController::isBusy() const {
    return d->stage == Stage::Starting || d->stage == Stage::Confirming;
}

const LinkChallenge& LinkAccountController::challenge() const {
    return d->challenge;
}

int LinkAccountController::attemptsLeft() const {
    return d->attemptsLeft;
}

QDateTime LinkAccountController::lockedUntil() const {
    return d->stage == Stage::Locked ? d->lockedUntil : QDateTime();
}

LinkAccountController::Field LinkAccountController::validateNumber(const QString& number, QString* message) const {
    const auto violation = rules::checkAccountNumber(number);
    QString text;
    if (violation) {
        switch (*violation) {
        case rules::Violation::AccountNumberNotDigits:
            text = tr("The account number may contain only digits.");
            break;
        case rules::Violation::AccountNumberLength:
            text = tr("The account number must have %1 to %2 digits.")
                       .arg(rules::minAccountNumberDigits)
                       .arg(rules::maxAccountNumberDigits);
            break;
        default:
            text = tr("This field is required.");
            break;
        }
    }
    if (message)
        *message = text;
    return violation ? Field::Number : Field::None;
}

LinkAccountController::Field LinkAccountController::validateAnswer(const QString& questionId, const QString& answer,
                                                                   QString* message) const {
    const QString a = answer.trimmed();
    QString text;
    Field field = Field::Answer;
    if (questionId.isEmpty()) {
        field = Field::Question;
        text = tr("Choose a control question.");
    } else if (a.isEmpty()) {
        text = tr("This field is required.");
    } else if (questionId == "link_code"_L1) {
        if (!std::all_of(a.cbegin(), a.cend(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }))
            text = tr("The code may contain only digits.");
    } else if (questionId == "total_to_pay"_L1) {
        Money::ParseError error{};
        if (!Money::parse(a, &error)) {
            text = error == Money::ParseError::TooManyDecimals
                       ? tr("Enter the amount to the kopeck: at most two digits after the comma.")
                       : tr("Enter the amount as on the bill, for example 1234,56.");
        }
    }
    if (text.isEmpty())
        field = Field::None;
    if (message)
        *message = text;
    return field;
}

QString LinkAccountController::relationText(Relation relation) {
    switch (relation) {
    case Relation::Owner:
        return tr("Owner");
    case Relation::Tenant:
        return tr("Tenant");
    case Relation::Family:
        return tr("Owner's family member");
    case Relation::Representative:
        return tr("Legal representative");
    case Relation::Other:
        return tr("Other");
    }
    return {};
}

QString LinkAccountController::lockMessage(const QDateTime& until) {
    return tr("Too many attempts. Try again after %1").arg(until.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s));
}

void LinkAccountController::start(const QString& number, Relation relation) {
    QString message;
    if (validateNumber(number, &message) != Field::None) {
        emit failed(Field::Number, message);
        return;
    }
    d->challenge = {};
    d->setStage(Stage::Starting);
    StartLinkOperation op;
    op.number = rules::normalizedAccountNumber(number);
    op.relation = relation;
    d->session->authorized(op, d->newAttempt(), [this](Result<LinkChallenge> result) {
        if (!result) {
            d->setStage(Stage::EnterNumber);
            qCInfo(lcAccounts) << "link start refused:" << result.error().code;
            d->lockedOrFailed(result.error(), Field::Banner);
            return;
        }
        d->challenge = std::move(result).value();
        d->attemptsLeft = d->challenge.attemptsLeft;
        d->setStage(Stage::Answering);
        emit questionsReady(d->challenge);
    });
}

void LinkAccountController::confirm(const QString& questionId, const QString& answer) {
    if (d->stage != Stage::Answering)
        return;
    QString message;
    const Field field = validateAnswer(questionId, answer, &message);
    if (field != Field::None) {
        emit failed(field, message);
        return;
    }
    d->setStage(Stage::Confirming);
    ConfirmLinkOperation op;
    op.challengeId = d->challenge.challengeId;
    op.question = questionId;
    op.answer = answer.trimmed();
    d->session->authorized(op, d->newAttempt(), [this](Result<AccountSummary> result) {
        if (result) {
            const AccountSummary account = std::move(result).value();
            d->challenge = {};
            d->setStage(Stage::Linked);
            if (d->store) {
                d->store->upsert(account);
                d->store->select(account.id);
            }
            emit linked(account);
            return;
        }
        const ApiError& error = result.error();
        qCInfo(lcAccounts) << "link confirm refused:" << error.code;
        if (error.is(errc::wrongAnswer)) {
            d->attemptsLeft = error.attemptsLeft.value_or(std::max(0, d->attemptsLeft - 1));
            d->setStage(Stage::Answering);
            emit wrongAnswer(tr("The answer is wrong. Attempts left: %n.", nullptr, d->attemptsLeft), d->attemptsLeft);
            return;
        }
        if (error.is(errc::linkChallengeNotFound)) {
            d->challenge = {};
            d->setStage(Stage::EnterNumber);
            emit challengeExpired(error.message.isEmpty()
                                      ? tr("The check has expired. Please start linking the account again.")
                                      : error.message);
            return;
        }
        if (error.is(errc::linkLocked)) {
            d->challenge = {};
            d->lockedOrFailed(error, Field::Banner);
            return;
        }
        // Validation or transport problems: the dialog stays open for another try.
        d->setStage(Stage::Answering);
        d->lockedOrFailed(error, Field::Banner);
    });
}

void LinkAccountController::cancel() {
    delete d->attempt.data();
    d->challenge = {};
    d->attemptsLeft = 0;
    d->lockedUntil = {};
    d->setStage(Stage::EnterNumber);
}

} // namespace lkk
