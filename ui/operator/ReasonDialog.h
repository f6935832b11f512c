#pragma once

#include <QDialog>
#include <functional>

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
    // A field of the action itself (an appeal's topic, its text) above the reason (`field` may be
    // null: a caption or an error line alone); `check` runs on «OK» too and says whether those
    // fields will do (showing their own errors).
    void addField(QWidget* caption, QWidget* field);
    void setCheck(std::function<bool()> check) { m_check = std::move(check); }

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
    std::function<bool()> m_check;
    int m_fieldsAt = 0; // where addField() puts the next field in the layout
    QWidget* m_firstField = nullptr;
    bool m_touched = false; // an error shows once the operator tried «OK» or typed enough to judge
};

} // namespace lkk
