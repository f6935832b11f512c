#pragma once

#include <QDialog>
#include <QScopedPointer>

class QPushButton;

namespace Ui {
class AccountNumberHelpDialog;
}

namespace lkk {

// «Где найти номер лицевого счёта» (docs/manual.md §5): drawings of the two kinds of
// bill with the spot where the number is printed highlighted.
class AccountNumberHelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit AccountNumberHelpDialog(QWidget* parent = nullptr);
    ~AccountNumberHelpDialog() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const QScopedPointer<Ui::AccountNumberHelpDialog> m_ui;
    QPushButton* m_close;
};

} // namespace lkk
