#include "ui/history/PeriodRangeDialog.h"
#include "ui_PeriodRangeDialog.h"

#include "app/history/PeriodFilter.h"
#include "ui/StyleRole.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lkk {

PeriodRangeDialog::PeriodRangeDialog(const QDate& from, const QDate& to, const QDate& latest, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::PeriodRangeDialog)
    , m_latest(latest) {
    m_ui->setupUi(this);
    setStyleRole({m_ui->fromLabel, m_ui->toLabel}, StyleRole::FieldLabel);
    setStyleRole(m_ui->periodRangeError, StyleRole::FieldError);

    const QDate earliest(2000, 1, 1);
    for (QDateEdit* edit : {m_ui->periodFromEdit, m_ui->periodToEdit})
        edit->setDateRange(earliest, latest);
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

    // The date fields and the calendars show the same dates; either can be used.
    connect(m_ui->periodFromEdit, &QDateEdit::dateChanged, m_ui->periodFromCalendar, &QCalendarWidget::setSelectedDate);
    connect(m_ui->periodToEdit, &QDateEdit::dateChanged, m_ui->periodToCalendar, &QCalendarWidget::setSelectedDate);
    connect(m_ui->periodFromCalendar, &QCalendarWidget::selectionChanged, this,
            [this] { m_ui->periodFromEdit->setDate(m_ui->periodFromCalendar->selectedDate()); });
    connect(m_ui->periodToCalendar, &QCalendarWidget::selectionChanged, this,
            [this] { m_ui->periodToEdit->setDate(m_ui->periodToCalendar->selectedDate()); });
    connect(m_ui->periodFromEdit, &QDateEdit::dateChanged, this, &PeriodRangeDialog::validate);
    connect(m_ui->periodToEdit, &QDateEdit::dateChanged, this, &PeriodRangeDialog::validate);

    setRange(from, to);
    validate();
    m_ui->periodFromEdit->setFocus();
}

PeriodRangeDialog::~PeriodRangeDialog() = default;

QDate PeriodRangeDialog::from() const {
    return m_ui->periodFromEdit->date();
}

QDate PeriodRangeDialog::to() const {
    return m_ui->periodToEdit->date();
}

void PeriodRangeDialog::setRange(const QDate& from, const QDate& to) {
    m_ui->periodFromEdit->setDate(from);
    m_ui->periodToEdit->setDate(to);
    m_ui->periodFromCalendar->setSelectedDate(from);
    m_ui->periodToCalendar->setSelectedDate(to);
}

bool PeriodRangeDialog::isRangeValid() const {
    return !PeriodFilter::custom(from(), to()).validate(m_latest);
}

void PeriodRangeDialog::validate() {
    // The core's rules and wording: start after end, start in the future, a range too long.
    const auto problem = PeriodFilter::custom(from(), to()).validate(m_latest);
    m_accept->setEnabled(!problem);
    m_ui->periodRangeError->setText(problem ? PeriodFilter::problemText(*problem) : QString());
    m_ui->periodRangeError->setVisible(problem.has_value());
}

} // namespace lkk
