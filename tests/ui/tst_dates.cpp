// Dates from the keyboard and the calendar: the date field (typed dd.mm.yyyy, «Не указана», the
// calendar near a plausible year, Tab leaves it), the date of birth in the registration wizard,
// «Заполните реквизиты» and the profile, and both ends of «Выбрать период…».
#include "tests/ui/KeyboardWalk.h"
#include "tests/ui/Screenshot.h"
#include "ui/DateField.h"
#include "ui/Theme.h"
#include "ui/history/PeriodRangeDialog.h"
#include "ui/registration/PersonalForm.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::screenshot;
using lkk::test::tabWalk;

namespace {

template <typename T> T* child(const QWidget* w, const QString& name) {
    T* c = w->findChild<T*>(name);
    if (!c)
        qFatal("no child %s", qPrintable(name));
    return c;
}

void showActive(QWidget* w) {
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
}

// A form around a field: a line edit before and after it, as in the wizard.
struct Form {
    QWidget window;
    QLineEdit* before = new QLineEdit(&window);
    DateField* field = new DateField(&window);
    QLineEdit* after = new QLineEdit(&window);
    Form() {
        before->setObjectName(u"before"_s);
        field->setObjectName(u"birthDateEdit"_s);
        after->setObjectName(u"after"_s);
        auto* column = new QVBoxLayout(&window);
        column->addWidget(before);
        column->addWidget(field);
        column->addWidget(after);
    }
};

} // namespace

class TestDates : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia)); }

    // Tab into the field, type the date as people write it, Tab out: that date, and on.
    void typedBirthDate() {
        Form form;
        setUpBirthDateField(form.field);
        showActive(&form.window);
        QSignalSpy changed(form.field, &DateField::dateChanged);
        QVERIFY(form.field->notGivenCheck()->isVisible());
        QVERIFY(form.field->notGivenCheck()->isChecked()); // nothing typed yet: «Не указана»

        form.before->setFocus(Qt::TabFocusReason);
        QTest::keyClick(form.before, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form.field->lineEdit());
        QTest::keyClicks(QApplication::focusWidget(), u"15.05.1985"_s);
        QCOMPARE(form.field->date(), QDate(1985, 5, 15));
        QCOMPARE(changed.last().at(0).toDate(), QDate(1985, 5, 15));
        QVERIFY(!form.field->notGivenCheck()->isChecked());
        // Tab leaves: to «Не указана», then to the next field.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form.field->notGivenCheck());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form.after);
        QCOMPARE(tabWalk(form.before),
                 (QStringList{u"before"_s, u"birthDateEdit"_s, u"birthDateEditNotGiven"_s, u"after"_s}));

        // Without the dots it is the same date, tidied when the field is left.
        form.field->lineEdit()->setFocus(Qt::TabFocusReason);
        form.field->lineEdit()->selectAll();
        QTest::keyClicks(form.field->lineEdit(), u"01021990"_s);
        QCOMPARE(form.field->date(), QDate(1990, 2, 1));
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Tab);
        QCOMPARE(form.field->lineEdit()->text(), u"01.02.1990"_s);

        // Letters do not get in; a day that does not exist is no date and says how to type one.
        form.field->lineEdit()->setFocus(Qt::TabFocusReason);
        form.field->lineEdit()->selectAll();
        QTest::keyClicks(form.field->lineEdit(), u"31.02.abc1990"_s);
        QCOMPARE(form.field->lineEdit()->text(), u"31.02.1990"_s);
        QVERIFY(!form.field->date().isValid());
        QVERIFY(!form.field->hasAcceptableInput());
        QVERIFY(!DateField::formatHint().isEmpty());
    }

    // «Не указана» is a choice, not text to type over: ticking it empties the field; clearing the
    // field ticks it; the field is never stuck.
    void notGivenIsAChoice() {
        Form form;
        setUpBirthDateField(form.field);
        showActive(&form.window);
        form.field->setDate(QDate(1985, 5, 15));
        QVERIFY(!form.field->notGivenCheck()->isChecked());
        QTest::mouseClick(form.field->notGivenCheck(), Qt::LeftButton);
        QVERIFY(form.field->isEmpty());
        QCOMPARE(form.field->date(), QDate());
        QVERIFY(form.field->hasAcceptableInput()); // no date is a fine answer

        // Type again after clearing: the field takes it.
        form.field->lineEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(form.field->lineEdit(), u"02.03.1970"_s);
        QCOMPARE(form.field->date(), QDate(1970, 3, 2));
        QVERIFY(!form.field->notGivenCheck()->isChecked());
        form.field->lineEdit()->selectAll();
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Backspace);
        QVERIFY(form.field->notGivenCheck()->isChecked());
        QCOMPARE(form.field->date(), QDate());
    }

    // The calendar opens some 35 years back for a birth date (not at January 1900), at the date
    // once there is one, and a picked day lands in the field.
    void calendarNearAPlausibleYear() {
        Form form;
        setUpBirthDateField(form.field);
        showActive(&form.window);
        form.field->lineEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Down, Qt::AltModifier);
        QCalendarWidget* calendar = form.field->calendarPopup();
        QVERIFY(calendar);
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->yearShown(), QDate::currentDate().year() - 35);
        QVERIFY(calendar->minimumDate().year() > 1900);
        // Pick 17.08.1988 with the keyboard.
        calendar->setCurrentPage(1988, 8);
        calendar->setSelectedDate(QDate(1988, 8, 17));
        QTest::keyClick(calendar->findChild<QWidget*>(u"qt_calendar_calendarview"_s), Qt::Key_Return);
        QTRY_VERIFY(!form.field->calendarPopup());
        QCOMPARE(form.field->date(), QDate(1988, 8, 17));
        QCOMPARE(form.field->lineEdit()->text(), u"17.08.1988"_s);
        screenshot(&form.window, u"datefield"_s);

        QTest::mouseClick(child<QWidget>(&form.window, u"birthDateEditCalendar"_s), Qt::LeftButton);
        QTRY_VERIFY(form.field->calendarPopup() && form.field->calendarPopup()->isVisible());
        QCOMPARE(form.field->calendarPopup()->yearShown(), 1988);
        QCOMPARE(form.field->calendarPopup()->monthShown(), 8);
        form.field->calendarPopup()->close();
    }

    // The same field in «Заполните реквизиты» and the profile's personal data (PersonalForm).
    void personalFormBirthDate() {
        PersonalForm form(true, false);
        showActive(&form);
        Profile before;
        before.birthDate = QDate(1970, 3, 2);
        form.load(before);
        auto* edit = child<QLineEdit>(&form, u"birthDateEdit"_s);
        QCOMPARE(edit->text(), u"02.03.1970"_s);
        edit->setFocus(Qt::TabFocusReason);
        edit->selectAll();
        QTest::keyClicks(edit, u"15.05.1985"_s);
        QCOMPARE(form.birthDate(), QDate(1985, 5, 15));
        QCOMPARE(form.changes(before).birthDate, std::optional<QDate>(QDate(1985, 5, 15)));
        QVERIFY(form.inputErrors().isEmpty());
        QTest::keyClick(edit, Qt::Key_Backspace); // «15.05.198»: no date
        QCOMPARE(form.inputErrors().size(), 1);
        QCOMPARE(form.inputErrors().first().field, u"birthDate"_s);
        // «Не указана» removes the date from the profile.
        QTest::mouseClick(child<QCheckBox>(&form, u"birthDateEditNotGiven"_s), Qt::LeftButton);
        QCOMPARE(form.birthDate(), QDate());
        QVERIFY(form.inputErrors().isEmpty());
        QCOMPARE(form.changes(before).birthDate, std::optional<QDate>(QDate()));
        screenshot(&form, u"personal-form"_s);
    }

    // «Выбрать период…»: both ends take a typed date and a click, also years back; a range that
    // would be inverted or longer than five years moves the other end instead of being refused.
    void periodEndsTypedAndClicked() {
        const QDate today(2026, 12, 6);
        PeriodRangeDialog dialog(QDate(2025, 12, 1), today, today);
        showActive(&dialog);
        auto* apply = child<QPushButton>(&dialog, u"periodApplyButton"_s);
        auto* toField = child<DateField>(&dialog, u"periodToEdit"_s);
        auto* fromField = child<DateField>(&dialog, u"periodFromEdit"_s);
        auto* toCalendar = child<QCalendarWidget>(&dialog, u"periodToCalendar"_s);

        // «По»: type 31.12.2018. The start follows it back, a year before.
        toField->lineEdit()->setFocus(Qt::TabFocusReason);
        toField->lineEdit()->selectAll();
        QTest::keyClicks(toField->lineEdit(), u"31.12.2018"_s);
        QCOMPARE(dialog.to(), QDate(2018, 12, 31));
        QVERIFY(dialog.from() < dialog.to());
        QVERIFY(dialog.from() >= QDate(2017, 12, 1));
        QCOMPARE(fromField->date(), dialog.from());
        QCOMPARE(toCalendar->selectedDate(), QDate(2018, 12, 31));
        QVERIFY(apply->isEnabled());

        // A click in the «По» calendar on a day in 2019.
        toCalendar->setCurrentPage(2019, 3);
        toCalendar->setSelectedDate(QDate(2019, 3, 31)); // what a click on the day does
        QCOMPARE(dialog.to(), QDate(2019, 3, 31));
        QCOMPARE(toField->date(), QDate(2019, 3, 31));

        // «С» far back: the end follows, at most five years after it.
        fromField->lineEdit()->setFocus(Qt::TabFocusReason);
        fromField->lineEdit()->selectAll();
        QTest::keyClicks(fromField->lineEdit(), u"01.01.2010"_s);
        QCOMPARE(dialog.from(), QDate(2010, 1, 1));
        QCOMPARE(dialog.to(), QDate(2015, 1, 1));
        QCOMPARE(toField->date(), QDate(2015, 1, 1));
        QVERIFY(dialog.isRangeValid());

        // Half a date: Apply waits, and the reason says how to type it.
        fromField->lineEdit()->selectAll();
        QTest::keyClicks(fromField->lineEdit(), u"01.01.20"_s);
        QVERIFY(!apply->isEnabled());
        QCOMPARE(child<QLabel>(&dialog, u"periodRangeError"_s)->text(), DateField::formatHint());
        QTest::keyClicks(fromField->lineEdit(), u"12"_s);
        QVERIFY(apply->isEnabled());
        QCOMPARE(dialog.from(), QDate(2012, 1, 1));
        screenshot(&dialog, u"period-range"_s);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    lkk::applyLightTheme(app);
    TestDates t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_dates.moc"
