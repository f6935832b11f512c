#pragma once

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class AddAccountPage;
}

namespace lkk {

// «Подключить лицевой счёт» (docs/manual.md §5): the account number with its
// «?» help, the relation to the account and «Подключить». It checks the number locally (digits
// only, 6–15 of them) and asks for the link; the server's answer comes back through setBusy(),
// setNumberError() and showError().
class AddAccountPage : public QWidget {
    Q_OBJECT
public:
    explicit AddAccountPage(QWidget* parent = nullptr);
    ~AddAccountPage() override;

    QString number() const;   // normalized: the spaces removed
    QString relation() const; // "owner", "tenant", "family", "representative", "other"

    void reset(); // an empty form, «Собственник» selected
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void setNumberError(const QString& message);
    void showError(const QString& message); // a problem not tied to a field (network, server)
    void clearMessages();
    void focusNumber();

signals:
    void linkRequested(const QString& number, const QString& relation);
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void submit();
    void checkAsTyped();
    void showHelp();
    void fillRelations();

    const QScopedPointer<Ui::AddAccountPage> m_ui;
    bool m_busy = false;
};

} // namespace lkk
