#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QUrl;

// Screen pop (docs/screen-pop.md): call-centre telephony asks the client to find a caller with
// `lkk --find-caller PHONE` or an `lkk://caller?phone=PHONE` link. The request is checked here,
// travels to the running client as one line of JSON (SingleInstance), and is held until an
// operator is signed in: then callerRequested() hands it to the operator's workspace.
namespace lkk {

// A checked caller request, or why it is refused (`error`, translated; empty when it is fine).
struct CallerRequest {
    QString phone; // "+79131234567" for a Russian mobile number, else the digits with their '+'
    QString error;
    bool isValid() const { return error.isEmpty(); }
};

// A phone number as telephony passes it: digits with an optional leading '+' and the usual
// separators (space, '-', '.', '(', ')'), 10 to 15 digits (E.164 allows 15).
CallerRequest parseCallerPhone(const QString& phone);
// `lkk://caller?phone=…`: the scheme, the host `caller`, no path, exactly one `phone`.
CallerRequest parseCallerLink(const QString& link);
// Whether a command-line argument is meant as a link (so that a malformed one is refused
// instead of being ignored as a stray argument).
bool looksLikeCallerLink(const QString& argument);

class ScreenPop : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // The line a second process sends: a caller's phone, or (empty phone) "show the window".
    static QByteArray encodeMessage(const QString& phone);
    // Decodes and acts on one received line; false when it is not a valid message.
    bool receiveMessage(const QByteArray& message);
    // Acts on an `lkk://` link the system opened with the running client; false (and the reason
    // logged) when it is malformed.
    bool receiveLink(const QUrl& link);

    // Takes a request (the latest one wins); emitted at once when an operator is signed in.
    void request(const QString& phone);
    // Follows the session: a request waits while nobody, or a customer, is signed in.
    void setOperatorSignedIn(bool signedIn);
    bool isOperatorSignedIn() const { return m_operator; }
    QString pendingPhone() const { return m_pending; }

protected:
    // Installed on the application: macOS hands a link to the running client as a
    // QFileOpenEvent instead of a command line (docs/screen-pop.md).
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void callerRequested(const QString& phone);
    // Another `lkk` was started: bring the window to the front.
    void activationRequested();

private:
    void deliver();

    QString m_pending;
    bool m_operator = false;
};

} // namespace lkk
