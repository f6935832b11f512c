#pragma once

#include "app/registration/ProfileEditor.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class DetailsDialog;
}

namespace lkk {

class PersonalForm;

// «Заполните реквизиты» (figure 7): after sign-in while the profile has no phone. «Продолжить»
// saves through PATCH /profile and accepts; «Отменить» rejects (the shell signs out then, as the
// web cabinet does).
class DetailsDialog : public QDialog {
    Q_OBJECT
public:
    DetailsDialog(ProfileEditor* editor, const Profile& profile, QWidget* parent = nullptr);
    ~DetailsDialog() override;
    PersonalForm* form() const { return m_form; }

private:
    void save();

    const QScopedPointer<Ui::DetailsDialog> m_ui; // the frame; the fields are a PersonalForm
    ProfileEditor* m_editor;
    Profile m_profile;
    PersonalForm* m_form;
};

} // namespace lkk
