#include "ui/history/PeriodRangeDialog.h"
#include "ui_PeriodRangeDialog.h"

#include "ui/StyleRole.h"

#include <QCalendarWidget>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
// The cabinet has no bills before this.
const QDate earliest(2000, 1, 1);
} // namespace

PeriodRangeDialog::PeriodRangeDialog(const QDate& from, const QDate& to, const QDate& latest, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::PeriodRangeDialog)
    , m_latest(latest) {
    m_ui->setupUi(this);
    setStyleRole({m_ui->fromLabel, m_ui->toLabel}, StyleRole::FieldLabel);
    setStyleRole(m_ui->periodRangeError, StyleRole::FieldError);

    for (DateField* field : {m_ui->periodFromEdit, m_ui->periodToEdit}) {
        field->setDateRange(earliest, latest);
        field->setCalendarPopupEnabled(false); // each end has its calendar right under it
    }
    for (QCalendarWidget* calendar : {m_ui->periodFromCalendar, m_ui->periodToCalendar})
        calendar->setDateRange(earliest, latest);

    m_accept = m_ui->buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(u"periodApplyButton"_s);
    setStyleRole(m_accept, StyleRole::Primary);
    m_accept->setDefault(true);
    QPushButton* cancel = m_ui->buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(u"periodCancelButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isRangeValid())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A typed date or a click in a calendar moves that end; the other follows when it must.
    using End = PeriodFilter::End;
    connect(m_ui->periodFromEdit, &DateField::dateChanged, this,
            [this](const QDate& d) { moveEnd(End::From, d, Typed::Yes); });
    connect(m_ui->periodToEdit, &DateField::dateChanged, this,
            [this](const QDate& d) { moveEnd(End::To, d, Typed::Yes); });
    connect(m_ui->periodFromCalendar, &QCalendarWidget::selectionChanged, this,
            [this] { moveEnd(End::From, m_ui->periodFromCalendar->selectedDate(), Typed::No); });
    connect(m_ui->periodToCalendar, &QCalendarWidget::selectionChanged, this,
            [this] { moveEnd(End::To, m_ui->periodToCalendar->selectedDate(), Typed::No); });
    // A tidied or clamped end reads back in its field once the field is left.
    connect(m_ui->periodFromEdit->lineEdit(), &QLineEdit::editingFinished, this, [this] { showEnd(End::From); });
    connect(m_ui->periodToEdit->lineEdit(), &QLineEdit::editingFinished, this, [this] { showEnd(End::To); });

    setRange(from, to);
    m_ui->periodFromEdit->setFocus();
}

PeriodRangeDialog::~PeriodRangeDialog() {
    // The focused field is left while the children are destroyed: its editingFinished must not
    // call back into this half-destroyed dialog.
    for (DateField* field : {m_ui->periodFromEdit, m_ui->periodToEdit}) {
        field->lineEdit()->disconnect(this);
        field->disconnect(this);
    }
}

QDate PeriodRangeDialog::from() const {
    return m_from;
}

QDate PeriodRangeDialog::to() const {
    return m_to;
}

void PeriodRangeDialog::setRange(const QDate& from, const QDate& to) {
    m_from = from;
    m_to = to;
    showEnd(PeriodFilter::End::From);
    showEnd(PeriodFilter::End::To);
}

bool PeriodRangeDialog::isRangeValid() const {
    return m_ui->periodFromEdit->date().isValid() && m_ui->periodToEdit->date().isValid() &&
           !PeriodFilter::custom(m_from, m_to).validate(m_latest);
}

void PeriodRangeDialog::moveEnd(PeriodFilter::End end, const QDate& date, Typed typed) {
    if (m_showing)
        return;
    if (date.isValid()) {
        const PeriodFilter moved = PeriodFilter::withEndMoved(m_from, m_to, end, date, m_latest);
        m_from = std::max(moved.customFrom(), earliest);
        m_to = moved.customTo();
    }
    const PeriodFilter::End other = end == PeriodFilter::End::From ? PeriodFilter::End::To : PeriodFilter::End::From;
    showEnd(other);
    if (typed == Typed::No) {
        showEnd(end);
    } else {
        // The field being typed in keeps its text (rewriting it would move the cursor).
        m_showing = true;
        (end == PeriodFilter::End::From ? m_ui->periodFromCalendar : m_ui->periodToCalendar)
            ->setSelectedDate(end == PeriodFilter::End::From ? m_from : m_to);
        m_showing = false;
    }
    validate();
}

void PeriodRangeDialog::showEnd(PeriodFilter::End end) {
    const bool isFrom = end == PeriodFilter::End::From;
    const QDate date = isFrom ? m_from : m_to;
    DateField* field = isFrom ? m_ui->periodFromEdit : m_ui->periodToEdit;
    QCalendarWidget* calendar = isFrom ? m_ui->periodFromCalendar : m_ui->periodToCalendar;
    m_showing = true;
    // Text that is no date yet stays for the user to finish (the hint below says how); otherwise
    // the field shows the end as it is now (moved along, or clamped to the allowed range).
    if (field->date() != date && (field->date().isValid() || field->isEmpty()))
        field->setDate(date);
    calendar->setSelectedDate(date);
    m_showing = false;
    validate();
}

void PeriodRangeDialog::validate() {
    // A field without a whole date says how to type one; a range set in code may be refused with
    // the core's reason (start after end, in the future, too long).
    QString problem;
    if (!m_ui->periodFromEdit->date().isValid() || !m_ui->periodToEdit->date().isValid())
        problem = DateField::formatHint();
    else if (const auto refused = PeriodFilter::custom(m_from, m_to).validate(m_latest))
        problem = PeriodFilter::problemText(*refused);
    m_accept->setEnabled(problem.isEmpty());
    m_ui->periodRangeError->setText(problem);
    m_ui->periodRangeError->setVisible(!problem.isEmpty());
}

} // namespace lkk
