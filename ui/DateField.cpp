#include "ui/DateField.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

// «15.05.1985», «1.5.1985» or «15051985»; a null date for anything else (also 31.02.1985).
QDate parseDate(const QString& text) {
    static const QRegularExpression dotted(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"_s);
    static const QRegularExpression plain(u"^(\\d{2})(\\d{2})(\\d{4})$"_s);
    const QString trimmed = text.trimmed();
    QRegularExpressionMatch m = dotted.match(trimmed);
    if (!m.hasMatch())
        m = plain.match(trimmed);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
}

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(u"dd.MM.yyyy"_s) : QString();
}

} // namespace

DateField::DateField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
    , m_notGiven(new QCheckBox(this))
    , m_minimum(1900, 1, 1)
    , m_maximum(QDate::currentDate()) {
    // Digits and dots only, as many as dd.mm.yyyy has: whatever else is typed does not appear.
    m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^[0-9.]{0,10}$"_s), m_edit));
    m_edit->setInputMethodHints(Qt::ImhDate | Qt::ImhPreferNumbers);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(u"00.00.00000"_s) + 24);
    m_edit->setMaximumWidth(m_edit->minimumWidth() * 2);
    m_edit->installEventFilter(this);
    m_calendarButton->setIcon(QIcon(u":/icons/calendar.svg"_s));
    m_calendarButton->setAutoRaise(true);
    // The keyboard types the date (or opens the calendar with Alt+Down): the button is for the mouse.
    m_calendarButton->setFocusPolicy(Qt::NoFocus);
    m_notGiven->hide();
    setFocusProxy(m_edit);
    // A Tab stop of its own, so that setTabOrder() (and a form's tab stops) can place the field
    // with its parts; Tab into it lands in the line edit.
    setFocusPolicy(Qt::StrongFocus);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(m_edit, 1);
    row->addWidget(m_calendarButton);
    row->addSpacing(6);
    row->addWidget(m_notGiven);
    row->addStretch(1);

    // The parts carry the field's name: a form finds «birthDateEdit» as the text it types into.
    connect(this, &QObject::objectNameChanged, this, [this](const QString& name) {
        m_edit->setObjectName(name);
        m_calendarButton->setObjectName(name + u"Calendar"_s);
        m_notGiven->setObjectName(name + u"NotGiven"_s);
    });
    connect(m_edit, &QLineEdit::textEdited, this, &DateField::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::tidyText);
    connect(m_calendarButton, &QToolButton::clicked, this, &DateField::showCalendar);
    connect(m_notGiven, &QCheckBox::clicked, this, [this](bool checked) {
        if (checked) {
            m_edit->clear();
        } else {
            m_edit->setFocus(Qt::OtherFocusReason); // the date is to be typed now
        }
        emitIfChanged();
        emit edited();
    });
    retranslate();
    syncNotGiven();
}

QDate DateField::date() const {
    return parseDate(m_edit->text());
}

void DateField::setDate(const QDate& date) {
    m_edit->setText(dateText(date));
    syncNotGiven();
    emitIfChanged();
}

bool DateField::isEmpty() const {
    return m_edit->text().trimmed().isEmpty();
}

bool DateField::hasAcceptableInput() const {
    return isEmpty() || date().isValid();
}

void DateField::setDateRange(const QDate& minimum, const QDate& maximum) {
    m_minimum = minimum;
    m_maximum = maximum;
}

void DateField::setOptional(bool optional) {
    m_notGiven->setVisible(optional);
}

void DateField::setCalendarPopupEnabled(bool enabled) {
    m_calendarButton->setVisible(enabled);
}

QCalendarWidget* DateField::calendarPopup() const {
    return m_popup;
}

QString DateField::formatHint() {
    return tr("Enter the date as dd.mm.yyyy, for example 15.05.1985.");
}

void DateField::showCalendar() {
    if (m_popup || !m_calendarButton->isVisibleTo(this))
        return;
    m_popup = new QCalendarWidget(this);
    m_popup->setObjectName(objectName() + u"Popup"_s);
    m_popup->setWindowFlags(Qt::Popup);
    m_popup->setAttribute(Qt::WA_DeleteOnClose);
    m_popup->setFirstDayOfWeek(Qt::Monday);
    m_popup->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_popup->setDateRange(m_minimum, m_maximum);
    // The page of the date; with none yet, the page of a plausible one (not January 1900).
    const QDate shown = date().isValid() ? date() : m_calendarStart.isValid() ? m_calendarStart : m_maximum;
    if (date().isValid())
        m_popup->setSelectedDate(shown);
    m_popup->setCurrentPage(shown.year(), shown.month());
    const auto choose = [this](const QDate& chosen) {
        m_edit->setText(dateText(chosen));
        syncNotGiven();
        emitIfChanged();
        emit edited();
        m_popup->close();
        m_edit->setFocus(Qt::PopupFocusReason);
    };
    connect(m_popup, &QCalendarWidget::clicked, this, choose);
    connect(m_popup, &QCalendarWidget::activated, this, choose);
    m_popup->adjustSize();
    m_popup->move(mapToGlobal(QPoint(0, height())));
    m_popup->show();
    m_popup->setFocus(Qt::PopupFocusReason);
}

bool DateField::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down && key->modifiers().testFlag(Qt::AltModifier)) || key->key() == Qt::Key_F4) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DateField::onTextEdited() {
    syncNotGiven();
    emitIfChanged();
    emit edited();
}

void DateField::tidyText() {
    if (const QDate parsed = parseDate(m_edit->text()); parsed.isValid() && m_edit->text() != dateText(parsed))
        m_edit->setText(dateText(parsed));
}

void DateField::emitIfChanged() {
    const QDate now = date();
    if (now == m_lastEmitted)
        return;
    m_lastEmitted = now;
    emit dateChanged(now);
}

void DateField::syncNotGiven() {
    m_notGiven->setChecked(isEmpty());
}

void DateField::retranslate() {
    m_edit->setPlaceholderText(tr("dd.mm.yyyy"));
    m_calendarButton->setToolTip(tr("Choose in the calendar (Alt+Down)"));
    m_calendarButton->setAccessibleName(tr("Choose in the calendar"));
    m_notGiven->setText(tr("Not given"));
    m_notGiven->setToolTip(tr("Leave the date out"));
}

} // namespace lkk
