#include "ui/registration/PersonalForm.h"

#include "shared/InputRules.h"
#include "ui/DateField.h"
#include "ui/registration/FieldErrorView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace lkk {

void setUpBirthDateField(DateField* field) {
    const QDate today = QDate::currentDate();
    field->setOptional(true);
    field->setDateRange(today.addYears(-rules::maxAge), today);
    field->setCalendarStart(QDate(today.year() - 35, 1, 1));
}

PersonalForm::PersonalForm(bool withNames, bool phoneRequired, QWidget* parent)
    : QWidget(parent)
    , m_errors(new FieldErrorView(this))
    , m_withNames(withNames)
    , m_phoneRequired(phoneRequired)
    , m_patronymic(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_birthDate(new DateField(this))
    , m_sex(new QComboBox(this)) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (withNames) {
        m_surname = new QLineEdit(this);
        m_surname->setObjectName(u"surnameEdit"_s);
        m_firstName = new QLineEdit(this);
        m_firstName->setObjectName(u"firstNameEdit"_s);
        form->addRow(tr("Surname*:"), m_errors->wrap(u"surname"_s, m_surname));
        form->addRow(tr("First name*:"), m_errors->wrap(u"firstName"_s, m_firstName));
    }
    m_patronymic->setObjectName(u"patronymicEdit"_s);
    m_phone->setObjectName(u"phoneEdit"_s);
    m_phone->setPlaceholderText(u"+7 913 123-45-67"_s);
    m_birthDate->setObjectName(u"birthDateEdit"_s);
    setUpBirthDateField(m_birthDate);
    m_sex->setObjectName(u"sexCombo"_s);
    m_sex->addItem(tr("not given"), QString());
    m_sex->addItem(tr("male"), u"male"_s);
    m_sex->addItem(tr("female"), u"female"_s);
    form->addRow(phoneRequired ? tr("Mobile phone*:") : tr("Mobile phone:"), m_errors->wrap(u"phone"_s, m_phone));
    form->addRow(tr("Patronymic:"), m_errors->wrap(u"patronymic"_s, m_patronymic));
    form->addRow(tr("Date of birth:"), m_errors->wrap(u"birthDate"_s, m_birthDate));
    form->addRow(tr("Sex:"), m_errors->wrap(u"sex"_s, m_sex));
    if (withNames) {
        // The form's order: names first, then the phone.
        setTabOrder(m_surname, m_firstName);
        setTabOrder(m_firstName, m_phone);
    }
}

void PersonalForm::load(const Profile& p) {
    if (m_withNames) {
        m_surname->setText(p.surname);
        m_firstName->setText(p.firstName);
    }
    m_patronymic->setText(p.patronymic);
    m_phone->setText(p.phone.isEmpty() ? QString() : rules::displayPhone(p.phone));
    m_birthDate->setDate(p.birthDate);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(p.sex)));
    m_errors->clearAll();
}

QString PersonalForm::surname() const {
    return m_surname ? m_surname->text() : QString();
}
QString PersonalForm::firstName() const {
    return m_firstName ? m_firstName->text() : QString();
}
QString PersonalForm::patronymic() const {
    return m_patronymic->text();
}
QString PersonalForm::phone() const {
    return m_phone->text();
}
QDate PersonalForm::birthDate() const {
    return m_birthDate->date();
}

FieldErrors PersonalForm::inputErrors() const {
    FieldErrors errors;
    if (!m_birthDate->hasAcceptableInput())
        errors.append({u"birthDate"_s, DateField::formatHint()});
    return errors;
}
QString PersonalForm::sex() const {
    return m_sex->currentData().toString();
}

ProfileUpdate PersonalForm::changes(const Profile& before) const {
    ProfileUpdate u;
    if (m_withNames && surname().trimmed() != before.surname)
        u.surname = surname();
    if (m_withNames && firstName().trimmed() != before.firstName)
        u.firstName = firstName();
    if (patronymic().trimmed() != before.patronymic)
        u.patronymic = patronymic();
    const QString phoneNow = rules::normalizedPhone(phone());
    if ((phone().trimmed().isEmpty() ? QString() : phoneNow) != before.phone)
        u.phone = phone();
    if (birthDate() != before.birthDate)
        u.birthDate = birthDate();
    if (sex() != before.sex)
        u.sex = sex();
    return u;
}

} // namespace lkk
