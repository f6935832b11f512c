#pragma once

#include "app/api/Dtos.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;
class QRegularExpressionValidator;

namespace lkk {

class QrCodeView;

// The second step of an operator's sign-in in the login window (docs/operations.md, «Operator
// accounts»): the code of the authenticator app or a recovery code; at the first sign-in, the
// new secret first, as a QR code and as text to type in.
class SecondFactorPage : public QFrame {
    Q_OBJECT
public:
    explicit SecondFactorPage(QWidget* parent = nullptr);

    // A new challenge: empty fields, the code (not the recovery code) asked for.
    void start(const SecondFactorChallenge& challenge);
    void setBusy(bool busy);
    // A problem with the code, under its field (empty: none).
    void showError(const QString& message);
    void focusCode();

signals:
    void submitted(const QString& code, bool recoveryCode);
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void submit();
    void setRecoveryMode(bool on);
    void copySecret();
    void retranslate();

    QLabel* m_title;
    QLabel* m_intro;
    QWidget* m_enrolment;
    QrCodeView* m_qr;
    QLabel* m_secretCaption;
    QLabel* m_secret;
    QPushButton* m_copySecret;
    QLabel* m_copied;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QLabel* m_codeError;
    QPushButton* m_confirm;
    QPushButton* m_recoveryToggle;
    QPushButton* m_back;
    QRegularExpressionValidator* m_digits;
    bool m_enrolling = false;
    bool m_recoveryMode = false;
    bool m_busy = false;
};

} // namespace lkk
