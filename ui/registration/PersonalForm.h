#pragma once

#include "app/registration/FieldMessages.h"
#include "app/registration/RegistrationDtos.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace lkk {

class DateField;
class FieldErrorView;

// The date-of-birth field of the registration wizard and the personal forms: optional («Не
// указана»), typed dd.mm.yyyy, its calendar opening some 35 years back rather than at 1900.
void setUpBirthDateField(DateField* field);

// The personal fields of «Заполните реквизиты» and of the profile's first section: surname and
// first name (optional rows), patronymic, mobile phone, date of birth («не указана»), sex.
class PersonalForm : public QWidget {
    Q_OBJECT
public:
    PersonalForm(bool withNames, bool phoneRequired, QWidget* parent = nullptr);

    void load(const Profile& profile);
    // Only what differs from `before` (names only when shown).
    ProfileUpdate changes(const Profile& before) const;

    QString surname() const;
    QString firstName() const;
    QString patronymic() const;
    QString phone() const;
    QDate birthDate() const; // null = not given (or not a whole date: see inputErrors())
    QString sex() const;
    bool phoneRequired() const { return m_phoneRequired; }
    // What the form itself sees is wrong before the rules look at the values: a date that is
    // not dd.mm.yyyy.
    FieldErrors inputErrors() const;

    FieldErrorView* errors() const { return m_errors; }
    QLineEdit* phoneEdit() const { return m_phone; }

private:
    FieldErrorView* m_errors;
    bool m_withNames;
    bool m_phoneRequired;
    QLineEdit* m_surname = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_patronymic;
    QLineEdit* m_phone;
    DateField* m_birthDate;
    QComboBox* m_sex;
};

} // namespace lkk
