#include "ui/accounts/ControlQuestionDialog.h"
#include "ui_ControlQuestionDialog.h"

#include "shared/Money.h"
#include "ui/FieldError.h"
#include "ui/StyleRole.h"

#include <QEvent>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

bool allDigits(const QString& text) {
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
}
} // namespace

ControlQuestionDialog::ControlQuestionDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ControlQuestionDialog) {
    m_ui->setupUi(this);
    setStyleRole(m_ui->titleLabel, StyleRole::DialogTitle);
    setStyleRole({m_ui->introLabel, m_ui->questionText}, StyleRole::Hint);
    setStyleRole({m_ui->questionLabel, m_ui->answerLabel}, StyleRole::FieldLabel);
    setStyleRole(m_ui->answerError, StyleRole::FieldError);
    reserveMessageLine(m_ui->answerError);
    setStyleRole(m_ui->confirmButton, StyleRole::Primary);
    setStyleRole(m_ui->cancelButton, StyleRole::Link);
    setObjectName(u"ControlQuestionDialog"_s);
    setModal(true);
    m_ui->questionBanner->hide();
    m_ui->answerError->hide();
    m_ui->busyIndicator->hide();
    m_ui->questionText->hide();
    m_ui->cancelButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    connect(m_ui->confirmButton, &QPushButton::clicked, this, &ControlQuestionDialog::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ControlQuestionDialog::reject);
    connect(m_ui->answerEdit, &QLineEdit::textEdited, this, [this] { setAnswerError({}); });
    connect(m_ui->questionCombo, &QComboBox::currentIndexChanged, this, &ControlQuestionDialog::onQuestionChanged);
    setMinimumWidth(560);
    m_ui->questionCombo->setMinimumHeight(m_ui->answerEdit->sizeHint().height());
}

ControlQuestionDialog::~ControlQuestionDialog() = default;

void ControlQuestionDialog::setAccountNumber(const QString& number) {
    m_ui->introLabel->setText(tr("Personal account № %1. Answer with the figures of your latest bill.").arg(number));
}

void ControlQuestionDialog::setQuestions(const QList<Question>& questions) {
    m_ui->questionCombo->clear();
    for (const Question& q : questions)
        m_ui->questionCombo->addItem(q.text, q.id);
    m_ui->answerEdit->setFocus(Qt::OtherFocusReason);
    onQuestionChanged();
}

QString ControlQuestionDialog::questionId() const {
    return m_ui->questionCombo->currentData().toString();
}

QString ControlQuestionDialog::answer() const {
    return m_ui->answerEdit->text().trimmed();
}

void ControlQuestionDialog::onQuestionChanged() {
    const QString text = m_ui->questionCombo->currentText();
    m_ui->questionCombo->setToolTip(text);
    m_ui->questionText->setText(text);
    showWholeQuestion();
    if (questionId() == "total_to_pay"_L1)
        m_ui->answerEdit->setPlaceholderText(tr("For example, 1234.56"));
    else
        m_ui->answerEdit->setPlaceholderText(tr("For example, 466305"));
    setAnswerError({});
}

void ControlQuestionDialog::showWholeQuestion() {
    // A question too long for the combo box is repeated in full under it; one that fits is not
    // printed twice.
    QStyleOptionComboBox option;
    option.initFrom(m_ui->questionCombo);
    const int room =
        style()
            ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, m_ui->questionCombo)
            .width();
    const QString text = m_ui->questionCombo->currentText();
    const bool cut = m_ui->questionCombo->fontMetrics().horizontalAdvance(text) > room;
    if (m_ui->questionText->isVisibleTo(this) != (cut && !text.isEmpty())) {
        m_ui->questionText->setVisible(cut && !text.isEmpty());
        growToFit();
    }
}

void ControlQuestionDialog::resizeEvent(QResizeEvent* event) {
    QDialog::resizeEvent(event);
    showWholeQuestion();
}

void ControlQuestionDialog::growToFit() {
    // A banner or a wrapped error appearing must not squeeze the form (the dialog keeps its size).
    QTimer::singleShot(0, this, [this] {
        layout()->activate();
        const int forWidth = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : 0;
        const int wanted = std::max({forWidth, sizeHint().height(), minimumSizeHint().height()});
        if (height() < wanted)
            resize(width(), wanted);
    });
}

void ControlQuestionDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->busyIndicator->setVisible(busy);
    m_ui->questionCombo->setEnabled(!busy && !m_locked);
    m_ui->answerEdit->setReadOnly(busy || m_locked);
    m_ui->confirmButton->setEnabled(!busy && !m_locked);
}

void ControlQuestionDialog::setAnswerError(const QString& message) {
    showFieldError(m_ui->answerEdit, m_ui->answerError, message);
    if (!message.isEmpty())
        growToFit();
}

void ControlQuestionDialog::setWrongAnswer(const QString& message, int attemptsLeft) {
    setBusy(false);
    QString text = message;
    if (attemptsLeft >= 0 && !message.contains(QString::number(attemptsLeft)))
        text = tr("%1 Attempts left: %2.").arg(message).arg(attemptsLeft);
    setAnswerError(text);
    m_ui->answerEdit->selectAll();
    m_ui->answerEdit->setFocus(Qt::OtherFocusReason);
}

void ControlQuestionDialog::setLocked(const QString& message) {
    m_locked = true;
    setBusy(false);
    setAnswerError({});
    m_ui->questionBanner->showMessage(MessageBanner::Type::Error, message);
    m_ui->confirmButton->hide();
    m_ui->cancelButton->setText(tr("Close"));
    m_ui->cancelButton->setFocus(Qt::OtherFocusReason);
    growToFit();
}

void ControlQuestionDialog::showError(const QString& message) {
    setBusy(false);
    m_ui->questionBanner->showMessage(MessageBanner::Type::Error, message);
    growToFit();
}

void ControlQuestionDialog::submit() {
    if (m_busy || m_locked)
        return;
    m_ui->questionBanner->hide();
    const QString text = answer();
    if (text.isEmpty()) {
        setAnswerError(tr("Enter the answer."));
        m_ui->answerEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (questionId() == "total_to_pay"_L1) {
        Money::ParseError error{};
        if (!Money::parse(text, &error)) {
            setAnswerError(error == Money::ParseError::TooManyDecimals
                               ? tr("Enter the amount to the kopeck: at most two digits after the point.")
                               : tr("Enter the amount as on the bill, for example 1234.56."));
            m_ui->answerEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
    } else if (!allDigits(text)) {
        setAnswerError(tr("The code consists of digits only."));
        m_ui->answerEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    emit confirmRequested(questionId(), text);
}

void ControlQuestionDialog::reject() {
    // Esc during a request would leave its answer nowhere to go; closing is possible once it ends.
    if (m_busy)
        return;
    QDialog::reject();
}

void ControlQuestionDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_locked)
            m_ui->cancelButton->setText(tr("Close"));
    }
    QDialog::changeEvent(event);
}

} // namespace lkk
