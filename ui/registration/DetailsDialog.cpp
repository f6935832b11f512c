#include "ui/registration/DetailsDialog.h"
#include "ui_DetailsDialog.h"

#include "ui/StyleRole.h"
#include "ui/registration/FieldErrorView.h"
#include "ui/registration/PersonalForm.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace lkk {

DetailsDialog::DetailsDialog(ProfileEditor* editor, const Profile& profile, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::DetailsDialog)
    , m_editor(editor)
    , m_profile(profile)
    , m_form(new PersonalForm(false, true, this)) {
    m_ui->setupUi(this);
    setStyleRole(m_ui->detailsTitle, StyleRole::DialogTitle);
    setStyleRole(m_ui->busyLabel, StyleRole::Hint);
    setStyleRole(m_ui->continueButton, StyleRole::Primary);
    m_ui->introLabel->setText(tr("%1, to finish setting up the personal cabinet, please give your mobile phone "
                                 "number. The other fields are optional.")
                                  .arg(profile.firstName));
    m_ui->formColumn->addWidget(m_form);
    m_form->load(profile);

    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->continueButton, &QPushButton::clicked, this, &DetailsDialog::save);
    connect(m_editor, &ProfileEditor::busyChanged, this, [this](bool busy) {
        m_ui->continueButton->setEnabled(!busy);
        m_ui->busyLabel->setText(busy ? tr("Saving…") : QString());
        m_ui->busyLabel->setVisible(busy);
    });
    connect(m_editor, &ProfileEditor::failed, this,
            [this](ProfileEditor::Section section, const QString& field, const QString& message) {
                if (section != ProfileEditor::Section::Details)
                    return;
                if (!m_form->errors()->show(field, message)) {
                    m_ui->detailsBanner->showMessage(MessageBanner::Type::Error, message);
                    m_ui->detailsBanner->show();
                }
            });
    connect(m_editor, &ProfileEditor::saved, this, [this](ProfileEditor::Section section) {
        if (section == ProfileEditor::Section::Details)
            accept();
    });
    m_form->phoneEdit()->setFocus();
}

DetailsDialog::~DetailsDialog() = default;

void DetailsDialog::save() {
    m_ui->detailsBanner->hide();
    const FieldErrors errors =
        m_form->inputErrors() + m_editor->validatePersonal(m_profile.surname, m_profile.firstName, m_form->patronymic(),
                                                           m_form->phone(), true, m_form->birthDate());
    for (qsizetype i = 0; i < errors.size(); ++i)
        m_form->errors()->show(errors[i].field, errors[i].message, i == 0);
    if (!errors.isEmpty())
        return;
    m_editor->save(ProfileEditor::Section::Details, m_form->changes(m_profile));
}

} // namespace lkk
