#pragma once

#include "app/registration/RegistrationDtos.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace lkk {

class FieldErrorView;

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
    QDate birthDate() const; // null = not given
    QString sex() const;
    bool phoneRequired() const { return m_phoneRequired; }

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
    QDateEdit* m_birthDate;
    QComboBox* m_sex;
};

} // namespace lkk
