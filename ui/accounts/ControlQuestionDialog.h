#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ControlQuestionDialog;
}

namespace lkk {

// «Ответьте на контрольный вопрос» (docs/manual.md §5). Shows the server's two questions, checks
// the answer's form locally (digits for the link code, an amount to the kopeck for the total) and
// asks for confirmation; wrong answers, the lock and other problems come back from the caller.
class ControlQuestionDialog : public QDialog {
    Q_OBJECT
public:
    struct Question {
        QString id; // "link_code" or "total_to_pay"
        QString text;
    };

    explicit ControlQuestionDialog(QWidget* parent = nullptr);
    ~ControlQuestionDialog() override;

    void setAccountNumber(const QString& number);
    void setQuestions(const QList<Question>& questions);
    QString questionId() const;
    QString answer() const;

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void setWrongAnswer(const QString& message, int attemptsLeft); // attemptsLeft < 0: unknown
    void setLocked(const QString& message);                        // no more answers: only «Закрыть»
    void showError(const QString& message);
    bool isLocked() const { return m_locked; }

signals:
    void confirmRequested(const QString& questionId, const QString& answer);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

public slots:
    void reject() override;

private:
    void showWholeQuestion();
    void submit();
    void setAnswerError(const QString& message);
    void onQuestionChanged();
    void growToFit();

    const QScopedPointer<Ui::ControlQuestionDialog> m_ui;
    bool m_busy = false;
    bool m_locked = false;
};

} // namespace lkk
