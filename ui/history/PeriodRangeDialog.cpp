#include "ui/history/PeriodRangeDialog.h"

#include "app/history/PeriodFilter.h"
#include "ui/StyleRole.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
QCalendarWidget* makeCalendar(QWidget* parent, const QString& name) {
    auto* calendar = new QCalendarWidget(parent);
    calendar->setObjectName(name);
    calendar->setGridVisible(false);
    calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    calendar->setFirstDayOfWeek(Qt::Monday);
    return calendar;
}

QDateEdit* makeDateEdit(QWidget* parent, const QString& name) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(u"dd.MM.yyyy"_s);
    edit->setCalendarPopup(false);
    return edit;
}
} // namespace

PeriodRangeDialog::PeriodRangeDialog(const QDate& from, const QDate& to, const QDate& latest, QWidget* parent)
    : QDialog(parent)
    , m_fromEdit(makeDateEdit(this, u"periodFromEdit"_s))
    , m_toEdit(makeDateEdit(this, u"periodToEdit"_s))
    , m_fromCalendar(makeCalendar(this, u"periodFromCalendar"_s))
    , m_toCalendar(makeCalendar(this, u"periodToCalendar"_s))
    , m_error(new QLabel(this))
    , m_latest(latest) {
    setObjectName(u"PeriodRangeDialog"_s);
    setWindowTitle(tr("Choose a period"));
    setModal(true);

    const QDate earliest(2000, 1, 1);
    for (QDateEdit* edit : {m_fromEdit, m_toEdit})
        edit->setDateRange(earliest, latest);
    for (QCalendarWidget* calendar : {m_fromCalendar, m_toCalendar})
        calendar->setDateRange(earliest, latest);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_fromEdit);
    setStyleRole(fromLabel, StyleRole::FieldLabel);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_toEdit);
    setStyleRole(toLabel, StyleRole::FieldLabel);
    auto* fromRow = new QHBoxLayout;
    fromRow->addWidget(fromLabel);
    fromRow->addWidget(m_fromEdit, 1);
    auto* toRow = new QHBoxLayout;
    toRow->addWidget(toLabel);
    toRow->addWidget(m_toEdit, 1);
    grid->addLayout(fromRow, 0, 0);
    grid->addLayout(toRow, 0, 1);
    grid->addWidget(m_fromCalendar, 1, 0);
    grid->addWidget(m_toCalendar, 1, 1);

    m_error->setObjectName(u"periodRangeError"_s);
    setStyleRole(m_error, StyleRole::FieldError);
    m_error->setWordWrap(true);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_accept = new QPushButton(tr("Apply"), this);
    m_accept->setObjectName(u"periodApplyButton"_s);
    setStyleRole(m_accept, StyleRole::Primary);
    m_accept->setDefault(true);
    buttons->addButton(m_accept, QDialogButtonBox::AcceptRole);
    auto* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(u"periodCancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isRangeValid())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(20, 20, 20, 16);
    column->setSpacing(12);
    column->addLayout(grid);
    column->addWidget(m_error);
    column->addWidget(buttons);

    // The date fields and the calendars show the same dates; either can be used.
    connect(m_fromEdit, &QDateEdit::dateChanged, m_fromCalendar, &QCalendarWidget::setSelectedDate);
    connect(m_toEdit, &QDateEdit::dateChanged, m_toCalendar, &QCalendarWidget::setSelectedDate);
    connect(m_fromCalendar, &QCalendarWidget::selectionChanged, this,
            [this] { m_fromEdit->setDate(m_fromCalendar->selectedDate()); });
    connect(m_toCalendar, &QCalendarWidget::selectionChanged, this,
            [this] { m_toEdit->setDate(m_toCalendar->selectedDate()); });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &PeriodRangeDialog::validate);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &PeriodRangeDialog::validate);

    setRange(from, to);
    validate();
    m_fromEdit->setFocus();
}

QDate PeriodRangeDialog::from() const {
    return m_fromEdit->date();
}

QDate PeriodRangeDialog::to() const {
    return m_toEdit->date();
}

void PeriodRangeDialog::setRange(const QDate& from, const QDate& to) {
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    m_fromCalendar->setSelectedDate(from);
    m_toCalendar->setSelectedDate(to);
}

bool PeriodRangeDialog::isRangeValid() const {
    return !PeriodFilter::custom(from(), to()).validate(m_latest);
}

void PeriodRangeDialog::validate() {
    // The core's rules and wording: start after end, start in the future, a range too long.
    const auto problem = PeriodFilter::custom(from(), to()).validate(m_latest);
    m_accept->setEnabled(!problem);
    m_error->setText(problem ? PeriodFilter::problemText(*problem) : QString());
    m_error->setVisible(problem.has_value());
}

} // namespace lkk
