#pragma once

#include <QCalendarWidget>
#include <QDate>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QToolButton;

namespace lkk {

// A date typed as dd.mm.yyyy (the dots may be left out: «15051985») or picked in a calendar that
// opens at the date, or near a plausible one when there is none yet (setCalendarStart). Optional
// fields carry an explicit «Не указана» box: ticked while the field is empty, ticking it clears
// the date. Tab goes through the text and the box like any other field; Alt+Down opens the
// calendar. The inner line edit takes the field's objectName (forms and tests find it by name).
class DateField : public QWidget {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    // The date typed or picked, or a null date when the field is empty or holds no whole date.
    // The range limits the calendar; the form judges a typed date (a birth date in the future…).
    QDate date() const;
    // A null date empties the field.
    void setDate(const QDate& date);
    bool isEmpty() const;
    // Empty, or a whole date: what a form may go on with (formatHint() says what is wrong otherwise).
    bool hasAcceptableInput() const;

    void setDateRange(const QDate& minimum, const QDate& maximum);
    QDate minimumDate() const { return m_minimum; }
    QDate maximumDate() const { return m_maximum; }
    // Where the calendar opens while the field is empty (a birth date: some 35 years ago).
    void setCalendarStart(const QDate& date) { m_calendarStart = date; }
    // Shows the «Не указана» box (fields the user may leave empty).
    void setOptional(bool optional);
    // The calendar button and Alt+Down (off where the form shows a calendar of its own).
    void setCalendarPopupEnabled(bool enabled);

    QLineEdit* lineEdit() const { return m_edit; }
    QCheckBox* notGivenCheck() const { return m_notGiven; }
    // The open calendar popup, if any.
    QCalendarWidget* calendarPopup() const;
    void showCalendar();

    // «Enter the date as dd.mm.yyyy, for example 15.05.1985.»
    static QString formatHint();

signals:
    // The date the field stands for changed (null = none), by typing, the calendar or setDate().
    void dateChanged(const QDate& date);
    // The user changed the field (typing, the calendar, the box): an error shown for it can go.
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onTextEdited();
    void tidyText(); // «15051985» or «1.5.1985» -> «15.05.1985» when the field is left
    void emitIfChanged();
    void syncNotGiven();
    void retranslate();

    QLineEdit* m_edit;
    QToolButton* m_calendarButton;
    QCheckBox* m_notGiven;
    QPointer<QCalendarWidget> m_popup; // null again once the popup closes (it deletes itself)
    QDate m_minimum;
    QDate m_maximum;
    QDate m_calendarStart;
    QDate m_lastEmitted;
};

} // namespace lkk
