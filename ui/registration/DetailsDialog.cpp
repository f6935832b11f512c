#include "ui/registration/DetailsDialog.h"

#include "ui/MessageBanner.h"
#include "ui/StyleRole.h"
#include "ui/registration/FieldErrorView.h"
#include "ui/registration/PersonalForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

DetailsDialog::DetailsDialog(ProfileEditor* editor, const Profile& profile, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_profile(profile)
    , m_form(new PersonalForm(false, true, this))
    , m_banner(new MessageBanner(this))
    , m_busyLabel(new QLabel(this))
    , m_continue(new QPushButton(tr("Continue"), this)) {
    setObjectName(u"DetailsDialog"_s);
    setWindowTitle(tr("Fill in your details"));
    setModal(true);
    auto* title = new QLabel(tr("Fill in your details"), this);
    setStyleRole(title, StyleRole::DialogTitle);
    auto* intro = new QLabel(tr("%1, to finish setting up the personal cabinet, please give your mobile phone "
                                "number. The other fields are optional.")
                                 .arg(profile.firstName),
                             this);
    intro->setWordWrap(true);
    m_banner->hide();
    setStyleRole(m_busyLabel, StyleRole::Hint);
    m_busyLabel->hide();
    m_form->load(profile);

    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setToolTip(tr("Sign out without filling in the details"));
    m_continue->setObjectName(u"continueButton"_s);
    setStyleRole(m_continue, StyleRole::Primary);
    m_continue->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_continue, &QPushButton::clicked, this, &DetailsDialog::save);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(cancel);
    buttons->addStretch();
    buttons->addWidget(m_continue);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(24, 20, 24, 16);
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(intro);
    column->addWidget(m_banner);
    column->addWidget(m_form);
    column->addWidget(m_busyLabel);
    column->addLayout(buttons);
    setMinimumWidth(500);

    connect(m_editor, &ProfileEditor::busyChanged, this, [this](bool busy) {
        m_continue->setEnabled(!busy);
        m_busyLabel->setText(busy ? tr("Saving…") : QString());
        m_busyLabel->setVisible(busy);
    });
    connect(m_editor, &ProfileEditor::failed, this,
            [this](ProfileEditor::Section section, const QString& field, const QString& message) {
                if (section != ProfileEditor::Section::Details)
                    return;
                if (!m_form->errors()->show(field, message)) {
                    m_banner->showMessage(MessageBanner::Type::Error, message);
                    m_banner->show();
                }
            });
    connect(m_editor, &ProfileEditor::saved, this, [this](ProfileEditor::Section section) {
        if (section == ProfileEditor::Section::Details)
            accept();
    });
    m_form->phoneEdit()->setFocus();
}

void DetailsDialog::save() {
    m_banner->hide();
    const FieldErrors errors = m_editor->validatePersonal(m_profile.surname, m_profile.firstName, m_form->patronymic(),
                                                          m_form->phone(), true, m_form->birthDate());
    for (qsizetype i = 0; i < errors.size(); ++i)
        m_form->errors()->show(errors[i].field, errors[i].message, i == 0);
    if (!errors.isEmpty())
        return;
    m_editor->save(ProfileEditor::Section::Details, m_form->changes(m_profile));
}

} // namespace lkk
