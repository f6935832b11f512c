#pragma once

#include <QDialog>
#include <QScopedPointer>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Ui {
class ProfileDialog;
}

namespace lkk {

class AccessJournalDialog;
class FieldErrorView;
class PersonalForm;
class ProfileEditor;
class ProfileSection;
class Session;
struct Profile;

// «Профиль» (manual, section 4, figure 10): the signed-in user's data in sections, each with a
// pencil button: personal data (name, sex, birth date, phone), e-mail (new address + current
// password -> the code sent to the new address), password (current + new twice; other sign-ins
// end) and «Рассылки» (two mailing lists with their addresses). One section is edited at a time;
// errors appear next to the field; saving shows a busy state. Opened with open(), never exec().
class ProfileDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProfileDialog(Session* session, QWidget* parent = nullptr);
    ~ProfileDialog() override;

    ProfileEditor* editor() const { return m_editor; }
    QPushButton* accessJournalButton() const { return m_journalButton; }
    AccessJournalDialog* accessJournal() const { return m_journal; } // once opened

    // Esc and closing: asks before throwing away a section being edited.
    void reject() override;

private:
    QWidget* buildPersonal();
    QWidget* buildEmail();
    QWidget* buildPassword();
    QWidget* buildMarketing();
    void showProfile(const Profile& user);
    void edit(ProfileSection* section);
    void finishEditing(const QString& notice = {});
    void savePersonal();
    void saveEmail();
    void savePassword();
    void saveMarketing();
    void onFailed(int section, const QString& field, const QString& message);
    void setBusy(bool busy);
    void openAccessJournal();

    const QScopedPointer<Ui::ProfileDialog> m_ui; // the frame: banner, the sections' column, «Закрыть»
    Session* m_session;
    ProfileEditor* m_editor;
    FieldErrorView* m_errors; // e-mail, password and mailing-list fields
    QList<ProfileSection*> m_sections;
    QList<QFormLayout*> m_viewForms; // the read-only views, aligned to one label column
    ProfileSection* m_editing = nullptr;
    QPushButton* m_journalButton = nullptr; // customers only: operators are not in anyone's journal
    AccessJournalDialog* m_journal = nullptr;
    // Personal
    ProfileSection* m_personal = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_sex = nullptr;
    QLabel* m_birthDate = nullptr;
    QLabel* m_phone = nullptr;
    PersonalForm* m_personalForm = nullptr;
    // E-mail
    ProfileSection* m_emailSection = nullptr;
    QLabel* m_email = nullptr;
    QStackedWidget* m_emailSteps = nullptr;
    QLineEdit* m_newEmail = nullptr;
    QLineEdit* m_emailPassword = nullptr;
    QLabel* m_codeSentTo = nullptr;
    QLineEdit* m_emailCode = nullptr;
    // Password
    ProfileSection* m_passwordSection = nullptr;
    QLineEdit* m_currentPassword = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLabel* m_strength = nullptr;
    QLineEdit* m_repeatPassword = nullptr;
    QWidget* m_passwordForm = nullptr;
    QWidget* m_marketingForm = nullptr;
    // Marketing
    ProfileSection* m_marketingSection = nullptr;
    QLabel* m_rtsView = nullptr;
    QLabel* m_tesView = nullptr;
    QCheckBox* m_rtsEnabled = nullptr;
    QLineEdit* m_rtsEmail = nullptr;
    QCheckBox* m_tesEnabled = nullptr;
    QLineEdit* m_tesEmail = nullptr;
};

} // namespace lkk
