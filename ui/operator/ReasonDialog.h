#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lkk {

// Asks the operator why they act for the caller (10–500 characters, checked as they type and
// again on «OK»; the error stays beside the field) and, for lifting a link lock, which account
// number. The reason goes with the action to the server and into the caller's access journal.
class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& explanation, QWidget* parent = nullptr);

    // Adds the «Номер лицевого счёта» field (lifting a link lock).
    void askAccountNumber(const QString& number = {});
    void setOkText(const QString& text);

    QString reason() const;        // trimmed
    QString accountNumber() const; // digits only

    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QLineEdit* accountNumberEdit() const { return m_number; }
    QLabel* reasonError() const { return m_reasonError; }

    void accept() override; // only with a valid reason (and number)

private:
    void updateCounter();
    bool check(bool showErrors);

    QLabel* m_explanation;
    QLabel* m_numberCaption;
    QLineEdit* m_number;
    QLabel* m_numberError;
    QPlainTextEdit* m_reason;
    QLabel* m_counter;
    QLabel* m_reasonError;
    QDialogButtonBox* m_buttons;
    bool m_touched = false; // an error shows once the operator tried «OK» or typed enough to judge
};

} // namespace lkk
