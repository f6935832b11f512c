#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace lkk {

class CaptchaWidget;
class CountdownButton;
class FieldErrorView;
class MessageBanner;
class RecoveryController;

// «Восстановить пароль»: 1 e-mail and captcha -> 2 the code from the letter, the new password
// twice -> 3 done. Opened with open(); finished(email) brings the login window back filled in.
// «Отправить код ещё раз» on page 2 (after a countdown) goes back to page 1 with the e-mail kept:
// a new code needs a new captcha.
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { RequestPage, ResetPage, DonePage };

    RecoveryDialog(RecoveryController* controller, const QString& email, QWidget* parent = nullptr);
    int currentPage() const;

signals:
    void recovered(const QString& email);

private:
    void submit();
    void goTo(int page);
    void setBusy(bool busy);
    void requestNewCode();

    RecoveryController* m_controller;
    FieldErrorView* m_errors;
    MessageBanner* m_banner;
    QStackedWidget* m_pages;
    QLineEdit* m_email;
    CaptchaWidget* m_captcha;
    QLabel* m_sentTo;
    QLineEdit* m_code;
    QLineEdit* m_password;
    QLabel* m_strength;
    QLineEdit* m_repeat;
    CountdownButton* m_resend;
    QLabel* m_busyLabel;
    QPushButton* m_submit;
    QPushButton* m_cancel;
    QString m_recoveredEmail;
    bool m_busy = false;
    bool m_newCodeRequested = false;
};

} // namespace lkk
