#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace lkk {

// «Где найти номер лицевого счёта» (docs/manual.md §5): drawings of the two kinds of
// bill with the spot where the number is printed highlighted.
class AccountNumberHelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit AccountNumberHelpDialog(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_intro;
    QLabel* m_electricityCaption;
    QLabel* m_epdCaption;
    QPushButton* m_close;
};

} // namespace lkk
