#pragma once

#include "app/api/ApiError.h"
#include "app/api/Dtos.h"

#include <QDateTime>
#include <QObject>

namespace lkk {

class Session;
class AccountsStore;

// The presenter behind «Добавить лицевой счёт» and the control-question dialog (docs/manual.md §5,
// docs/domain.md §3): checks the number with the server's rule and wording, asks the server for the
// control questions, sends the answer and, on success, adds the account to the store and selects
// it. Wrong answers report the attempts left; a lock reports until when (local time); an expired
// challenge sends the user back to the first step.
class LinkAccountController : public QObject {
    Q_OBJECT
public:
    enum class Field { None, Number, Relation, Question, Answer, Banner };
    Q_ENUM(Field)
    enum class Stage {
        EnterNumber, // the add-account page
        Starting,    // POST /accounts/link running
        Answering,   // the dialog is open with the questions
        Confirming,  // POST /accounts/link/confirm running
        Linked,      // done (linked() was emitted)
        Locked,      // too many wrong answers; lockedUntil() says until when
    };
    Q_ENUM(Stage)

    LinkAccountController(Session* session, AccountsStore* store, QObject* parent = nullptr);
    ~LinkAccountController() override;

    Stage stage() const;
    bool isBusy() const; // Starting or Confirming
    const LinkChallenge& challenge() const;
    int attemptsLeft() const;
    QDateTime lockedUntil() const; // UTC; invalid unless Locked

    // Local checks with the server's rules and texts; None (and message cleared) when fine.
    Field validateNumber(const QString& number, QString* message) const;
    Field validateAnswer(const QString& questionId, const QString& answer, QString* message) const;

    // «Собственник», «Наниматель», «Член семьи собственника», «Законный представитель», «Иное».
    static QString relationText(Relation relation);
    // «Превышено число попыток. Попробуйте снова после 27.11.2026 21:05» with `until` in local time.
    static QString lockMessage(const QDateTime& until);

public slots:
    void start(const QString& number, lkk::Relation relation);
    void confirm(const QString& questionId, const QString& answer);
    // Back to EnterNumber; drops a running request's answer.
    void cancel();

signals:
    void stageChanged(lkk::LinkAccountController::Stage stage);
    void busyChanged(bool busy);
    void questionsReady(const lkk::LinkChallenge& challenge); // open the dialog
    // Inline next to `field` (Banner = above the form/dialog).
    void failed(lkk::LinkAccountController::Field field, const QString& message);
    void wrongAnswer(const QString& message, int attemptsLeft); // dialog stays open
    void locked(const QString& message, const QDateTime& until);
    void challengeExpired(const QString& message); // close the dialog, show on the page
    void linked(const lkk::AccountSummary& account);

private:
    struct Private;
    Private* d;
};

} // namespace lkk
