#pragma once

#include "app/registration/ProfileEditor.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace lkk {

class MessageBanner;
class PersonalForm;

// «Заполните реквизиты» (figure 7): after sign-in while the profile has no phone. «Продолжить»
// saves through PATCH /profile and accepts; «Отменить» rejects (the shell signs out then, as the
// web cabinet does).
class DetailsDialog : public QDialog {
    Q_OBJECT
public:
    DetailsDialog(ProfileEditor* editor, const Profile& profile, QWidget* parent = nullptr);
    PersonalForm* form() const { return m_form; }

private:
    void save();

    ProfileEditor* m_editor;
    Profile m_profile;
    PersonalForm* m_form;
    MessageBanner* m_banner;
    QLabel* m_busyLabel;
    QPushButton* m_continue;
};

} // namespace lkk
