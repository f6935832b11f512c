#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class RecoveryDialog;
}

namespace lkk {

class FieldErrorView;
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
    ~RecoveryDialog() override;
    int currentPage() const;

signals:
    void recovered(const QString& email);

private:
    void submit();
    void goTo(int page);
    void setBusy(bool busy);
    void requestNewCode();

    const QScopedPointer<Ui::RecoveryDialog> m_ui;
    RecoveryController* m_controller;
    FieldErrorView* m_errors;
    QString m_recoveredEmail;
    bool m_busy = false;
    bool m_newCodeRequested = false;
};

} // namespace lkk
