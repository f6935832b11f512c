#include "ui/registration/ProfileDialog.h"
#include "ui_ProfileDialog.h"

#include "app/api/Dtos.h"
#include "app/registration/ProfileEditor.h"
#include "app/session/Session.h"
#include "shared/InputRules.h"
#include "ui/Dialogs.h"
#include "ui/FieldError.h"
#include "ui/MessageBanner.h"
#include "ui/StyleRole.h"
#include "ui/registration/AccessJournalDialog.h"
#include "ui/registration/FieldErrorView.h"
#include "ui/registration/PersonalForm.h"
#include "ui/registration/ProfileSection.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
QLabel* valueLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QFormLayout* viewForm(QWidget* parent) {
    auto* form = new QFormLayout(parent);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(16);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

// The sections are separate forms: one label width for all of them lines their values up.
void alignLabelColumns(const QList<QFormLayout*>& forms) {
    QList<QWidget*> labels;
    int width = 0;
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            if (QWidget* label = item ? item->widget() : nullptr) {
                labels.append(label);
                width = std::max(width, label->sizeHint().width());
            }
        }
    }
    for (QWidget* label : std::as_const(labels))
        label->setMinimumWidth(width);
}

QLineEdit* passwordEdit(const QString& name, QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

ProfileDialog::ProfileDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ProfileDialog)
    , m_session(session)
    , m_editor(new ProfileEditor(session, this))
    , m_errors(new FieldErrorView(this)) {
    m_ui->setupUi(this);

    auto* personalView = buildPersonal();
    m_personal = new ProfileSection(u"personalSection"_s, tr("Personal data"), personalView, m_personalForm, this);
    auto* emailView = buildEmail();
    m_emailSection = new ProfileSection(u"emailSection"_s, tr("E-mail"), emailView, m_emailSteps, this);
    auto* passwordView = buildPassword();
    m_passwordSection = new ProfileSection(u"passwordSection"_s, tr("Password"), passwordView, m_passwordForm, this);
    auto* marketingView = buildMarketing();
    m_marketingSection =
        new ProfileSection(u"marketingSection"_s, tr("Mailing lists"), marketingView, m_marketingForm, this);
    m_sections = {m_personal, m_emailSection, m_passwordSection, m_marketingSection};

    for (ProfileSection* s : std::as_const(m_sections)) {
        connect(s, &ProfileSection::editRequested, this, [this, s] { edit(s); });
        connect(s, &ProfileSection::cancelRequested, this, [this] {
            m_editor->cancel();
            finishEditing();
        });
    }
    connect(m_personal, &ProfileSection::saveRequested, this, &ProfileDialog::savePersonal);
    connect(m_emailSection, &ProfileSection::saveRequested, this, &ProfileDialog::saveEmail);
    connect(m_passwordSection, &ProfileSection::saveRequested, this, &ProfileDialog::savePassword);
    connect(m_marketingSection, &ProfileSection::saveRequested, this, &ProfileDialog::saveMarketing);

    connect(m_editor, &ProfileEditor::busyChanged, this, &ProfileDialog::setBusy);
    connect(m_editor, &ProfileEditor::failed, this,
            [this](ProfileEditor::Section section, const QString& field, const QString& message) {
                onFailed(static_cast<int>(section), field, message);
            });
    connect(m_editor, &ProfileEditor::saved, this, [this](ProfileEditor::Section section, const Profile&) {
        finishEditing(section == ProfileEditor::Section::Email ? tr("The e-mail has been changed.") : tr("Saved."));
    });
    connect(m_editor, &ProfileEditor::emailCodeSent, this, [this](const QString& pending, int) {
        m_codeSentTo->setText(tr("We sent a code to %1. Enter it to confirm the new address.").arg(pending));
        m_emailSteps->setCurrentIndex(1);
        m_emailSection->saveButton()->setText(tr("Confirm"));
        m_emailCode->setFocus();
    });
    connect(m_editor, &ProfileEditor::passwordChanged, this, [this] {
        finishEditing(tr("The password has been changed. Every other sign-in of this account has been ended."));
    });
    connect(m_session, &Session::userChanged, this, &ProfileDialog::showProfile);

    for (ProfileSection* s : std::as_const(m_sections))
        m_ui->sectionsColumn->addWidget(s);
    // «Закрыть» comes from the form, before the sections: it goes last in the keyboard order, and
    // the button box (early in the chain) must not hand it the first focus.
    QWidget* last = previousInFocusChain();
    while (last != this && last->focusPolicy() == Qt::NoFocus)
        last = last->previousInFocusChain();
    QPushButton* close = m_ui->profileButtons->button(QDialogButtonBox::Close);
    setTabOrder(last, close);
    m_ui->profileButtons->setFocusProxy(nullptr);
    // «Журнал доступа…» just before «Закрыть».
    m_journalButton = m_ui->profileButtons->addButton(tr("Access journal…"), QDialogButtonBox::ActionRole);
    m_journalButton->setObjectName(u"accessJournalButton"_s);
    m_journalButton->setToolTip(tr("When the contact centre opened your data and what it did"));
    connect(m_journalButton, &QPushButton::clicked, this, &ProfileDialog::openAccessJournal);
    setTabOrder(last, m_journalButton);
    setTabOrder(m_journalButton, close);
    alignLabelColumns(m_viewForms);
    showProfile(m_session->user());
}

ProfileDialog::~ProfileDialog() = default;

QWidget* ProfileDialog::buildPersonal() {
    auto* view = new QWidget;
    auto* form = viewForm(view);
    m_viewForms.append(form);
    m_name = valueLabel(u"profileName"_s, view);
    m_sex = valueLabel(u"profileSex"_s, view);
    m_birthDate = valueLabel(u"profileBirthDate"_s, view);
    m_phone = valueLabel(u"profilePhone"_s, view);
    form->addRow(tr("Full name:"), m_name);
    form->addRow(tr("Sex:"), m_sex);
    form->addRow(tr("Date of birth:"), m_birthDate);
    form->addRow(tr("Mobile phone:"), m_phone);
    m_personalForm = new PersonalForm(true, !m_session->user().phone.isEmpty());
    m_personalForm->setObjectName(u"personalForm"_s);
    return view;
}

QWidget* ProfileDialog::buildEmail() {
    auto* view = new QWidget;
    auto* form = viewForm(view);
    m_viewForms.append(form);
    m_email = valueLabel(u"profileEmail"_s, view);
    form->addRow(tr("E-mail:"), m_email);

    m_emailSteps = new QStackedWidget;
    auto* request = new QWidget(m_emailSteps);
    auto* requestForm = viewForm(request);
    m_newEmail = new QLineEdit(request);
    m_newEmail->setObjectName(u"newEmailEdit"_s);
    m_emailPassword = passwordEdit(u"emailPasswordEdit"_s, request);
    requestForm->addRow(tr("New e-mail*:"), m_errors->wrap(u"newEmail"_s, m_newEmail));
    requestForm->addRow(tr("Current password*:"), m_errors->wrap(u"email.currentPassword"_s, m_emailPassword));
    auto* confirm = new QWidget(m_emailSteps);
    auto* confirmForm = viewForm(confirm);
    m_codeSentTo = new QLabel(confirm);
    m_codeSentTo->setObjectName(u"codeSentToLabel"_s);
    m_codeSentTo->setWordWrap(true);
    m_emailCode = new QLineEdit(confirm);
    m_emailCode->setObjectName(u"emailCodeEdit"_s);
    m_emailCode->setMaxLength(6);
    confirmForm->addRow(m_codeSentTo);
    confirmForm->addRow(tr("Code from the letter*:"), m_errors->wrap(u"code"_s, m_emailCode));
    m_emailSteps->addWidget(request);
    m_emailSteps->addWidget(confirm);
    return view;
}

QWidget* ProfileDialog::buildPassword() {
    auto* view = new QWidget;
    auto* form = viewForm(view);
    m_viewForms.append(form);
    auto* dots = valueLabel(u"profilePassword"_s, view);
    dots->setText(u"••••••••"_s);
    form->addRow(tr("Password:"), dots);

    auto* editor = new QWidget;
    auto* editForm = viewForm(editor);
    m_currentPassword = passwordEdit(u"currentPasswordEdit"_s, editor);
    m_newPassword = passwordEdit(u"newPasswordEdit"_s, editor);
    m_repeatPassword = passwordEdit(u"repeatPasswordEdit"_s, editor);
    m_strength = new QLabel(editor);
    m_strength->setObjectName(u"strengthLabel"_s);
    setStyleRole(m_strength, StyleRole::Hint);
    m_strength->setWordWrap(true);
    reserveMessageLine(m_strength, 2); // «Strength: weak. Missing: …» often takes two
    m_passwordForm = editor;
    connect(m_newPassword, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_strength->setText(PasswordStrength::of(t).text()); });
    editForm->addRow(tr("Current password*:"), m_errors->wrap(u"password.currentPassword"_s, m_currentPassword));
    editForm->addRow(tr("New password*:"), m_errors->wrap(u"newPassword"_s, m_newPassword));
    editForm->addRow(QString(), m_strength);
    editForm->addRow(tr("Repeat password*:"), m_errors->wrap(u"repeat"_s, m_repeatPassword));
    auto* note = new QLabel(tr("After the change, every other sign-in of this account ends."), editor);
    setStyleRole(note, StyleRole::Hint);
    note->setWordWrap(true);
    editForm->addRow(note);
    return view;
}

QWidget* ProfileDialog::buildMarketing() {
    auto* view = new QWidget;
    auto* form = viewForm(view);
    m_viewForms.append(form);
    m_rtsView = valueLabel(u"profileTomskRts"_s, view);
    m_tesView = valueLabel(u"profileTomskEnergosbyt"_s, view);
    form->addRow(tr("TomskRTS JSC:"), m_rtsView);
    form->addRow(tr("Tomskenergosbyt JSC:"), m_tesView);

    auto* editor = new QWidget;
    auto* editForm = viewForm(editor);
    m_rtsEnabled = new QCheckBox(tr("Receive the mailings of TomskRTS JSC"), editor);
    m_rtsEnabled->setObjectName(u"tomskRtsEnabled"_s);
    m_rtsEmail = new QLineEdit(editor);
    m_rtsEmail->setObjectName(u"tomskRtsEmail"_s);
    m_tesEnabled = new QCheckBox(tr("Receive the mailings of Tomskenergosbyt JSC"), editor);
    m_tesEnabled->setObjectName(u"tomskEnergosbytEnabled"_s);
    m_tesEmail = new QLineEdit(editor);
    m_tesEmail->setObjectName(u"tomskEnergosbytEmail"_s);
    editForm->addRow(m_rtsEnabled);
    editForm->addRow(tr("to the address:"), m_errors->wrap(u"marketing.tomskRts.email"_s, m_rtsEmail));
    editForm->addRow(m_tesEnabled);
    editForm->addRow(tr("to the address:"), m_errors->wrap(u"marketing.tomskEnergosbyt.email"_s, m_tesEmail));
    m_marketingForm = editor;
    connect(m_rtsEnabled, &QCheckBox::toggled, m_rtsEmail, &QWidget::setEnabled);
    connect(m_tesEnabled, &QCheckBox::toggled, m_tesEmail, &QWidget::setEnabled);
    return view;
}

void ProfileDialog::showProfile(const Profile& user) {
    const QString notGiven = tr("not given");
    const QString fullName =
        QStringList{user.surname, user.firstName, user.patronymic}.filter(QRegularExpression(u"\\S"_s)).join(u' ');
    m_name->setText(fullName.isEmpty() ? notGiven : fullName);
    m_sex->setText(user.sex == "male"_L1 ? tr("male") : user.sex == "female"_L1 ? tr("female") : notGiven);
    m_birthDate->setText(user.birthDate.isValid() ? QLocale().toString(user.birthDate, u"dd.MM.yyyy"_s) : notGiven);
    m_phone->setText(user.phone.isEmpty() ? notGiven : rules::displayPhone(user.phone));
    QString email = user.email;
    if (!user.pendingEmail.isEmpty())
        email += u"\n"_s + tr("Waiting for confirmation: %1").arg(user.pendingEmail);
    m_email->setText(email);
    const auto list = [&](const MarketingSubscription& s) {
        return s.enabled ? tr("subscribed, %1").arg(s.email.isEmpty() ? user.email : s.email) : tr("not subscribed");
    };
    m_rtsView->setText(list(user.tomskRts));
    m_tesView->setText(list(user.tomskEnergosbyt));
    m_journalButton->setVisible(user.role != "operator"_L1 && user.role != "supervisor"_L1);
}

void ProfileDialog::openAccessJournal() {
    if (!m_journal)
        m_journal = new AccessJournalDialog(m_session, this);
    else
        m_journal->reload();
    m_journal->open();
}

void ProfileDialog::edit(ProfileSection* section) {
    if (m_editing)
        return;
    const Profile& user = m_session->user();
    m_ui->profileBanner->hide();
    m_errors->clearAll();
    if (section == m_personal) {
        m_personalForm->load(user);
    } else if (section == m_emailSection) {
        m_newEmail->clear();
        m_emailPassword->clear();
        m_emailCode->clear();
        // A change already waiting for its code: straight to the code (a new request is one Cancel away).
        const bool pending = !user.pendingEmail.isEmpty();
        if (pending)
            m_codeSentTo->setText(
                tr("We sent a code to %1. Enter it to confirm the new address.").arg(user.pendingEmail));
        m_emailSteps->setCurrentIndex(pending ? 1 : 0);
        section->saveButton()->setText(pending ? tr("Confirm") : tr("Get the code"));
    } else if (section == m_passwordSection) {
        for (QLineEdit* e : {m_currentPassword, m_newPassword, m_repeatPassword})
            e->clear();
    } else if (section == m_marketingSection) {
        m_rtsEnabled->setChecked(user.tomskRts.enabled);
        m_rtsEmail->setText(user.tomskRts.email.isEmpty() ? user.email : user.tomskRts.email);
        m_rtsEmail->setEnabled(user.tomskRts.enabled);
        m_tesEnabled->setChecked(user.tomskEnergosbyt.enabled);
        m_tesEmail->setText(user.tomskEnergosbyt.email.isEmpty() ? user.email : user.tomskEnergosbyt.email);
        m_tesEmail->setEnabled(user.tomskEnergosbyt.enabled);
    }
    m_editing = section;
    for (ProfileSection* s : std::as_const(m_sections))
        s->setEditable(s == section);
    m_journalButton->setEnabled(false); // one thing at a time, as the other sections' pencils
    section->setEditing(true);
    adjustSize();
}

void ProfileDialog::reject() {
    if (!m_editing) {
        QDialog::reject();
        return;
    }
    Dialogs::Question question;
    question.title = tr("Close without saving?");
    question.text = tr("The changes you are making have not been saved.");
    question.acceptText = tr("Close without saving");
    question.rejectText = tr("Keep editing");
    question.acceptIsDefault = false; // Enter keeps the edits
    Dialogs::confirm(this, question, this, [this](bool accepted) {
        if (!accepted)
            return;
        m_editor->cancel();
        finishEditing();
        QDialog::reject();
    });
}

void ProfileDialog::finishEditing(const QString& notice) {
    if (m_editing) {
        m_editing->setEditing(false);
        m_editing->setBusy(false);
    }
    m_editing = nullptr;
    for (ProfileSection* s : std::as_const(m_sections))
        s->setEditable(true);
    m_journalButton->setEnabled(true);
    m_errors->clearAll();
    if (!notice.isEmpty()) {
        m_ui->profileBanner->showMessage(MessageBanner::Type::Info, notice);
        m_ui->profileBanner->show();
    }
    showProfile(m_session->user());
    adjustSize();
}

void ProfileDialog::savePersonal() {
    const Profile& user = m_session->user();
    const FieldErrors errors = m_personalForm->inputErrors() +
                               m_editor->validatePersonal(m_personalForm->surname(), m_personalForm->firstName(),
                                                          m_personalForm->patronymic(), m_personalForm->phone(),
                                                          m_personalForm->phoneRequired(), m_personalForm->birthDate());
    for (qsizetype i = 0; i < errors.size(); ++i)
        m_personalForm->errors()->show(errors[i].field, errors[i].message, i == 0);
    if (errors.isEmpty())
        m_editor->save(ProfileEditor::Section::Personal, m_personalForm->changes(user));
}

void ProfileDialog::saveEmail() {
    if (m_emailSteps->currentIndex() == 0)
        m_editor->changeEmail(m_newEmail->text(), m_emailPassword->text());
    else
        m_editor->confirmEmail(m_emailCode->text());
}

void ProfileDialog::savePassword() {
    m_editor->changePassword(m_currentPassword->text(), m_newPassword->text(), m_repeatPassword->text());
}

void ProfileDialog::saveMarketing() {
    const Profile& user = m_session->user();
    const MarketingSubscription rts{m_rtsEnabled->isChecked(), m_rtsEmail->text().trimmed()};
    const MarketingSubscription tes{m_tesEnabled->isChecked(), m_tesEmail->text().trimmed()};
    const FieldErrors errors = m_editor->validateMarketing(rts, tes);
    for (qsizetype i = 0; i < errors.size(); ++i)
        m_errors->show(errors[i].field, errors[i].message, i == 0);
    if (!errors.isEmpty())
        return;
    ProfileUpdate update;
    if (rts.enabled != user.tomskRts.enabled || rts.email != user.tomskRts.email)
        update.tomskRts = rts;
    if (tes.enabled != user.tomskEnergosbyt.enabled || tes.email != user.tomskEnergosbyt.email)
        update.tomskEnergosbyt = tes;
    m_editor->save(ProfileEditor::Section::Marketing, update);
}

void ProfileDialog::onFailed(int section, const QString& field, const QString& message) {
    bool shown = false;
    const auto s = static_cast<ProfileEditor::Section>(section);
    if (s == ProfileEditor::Section::Personal)
        shown = m_personalForm->errors()->show(field, message);
    else if (field == "currentPassword"_L1)
        shown = m_errors->show(
            s == ProfileEditor::Section::Email ? u"email.currentPassword"_s : u"password.currentPassword"_s, message);
    else
        shown = m_errors->show(field, message);
    if (!shown) {
        m_ui->profileBanner->showMessage(MessageBanner::Type::Error, message);
        m_ui->profileBanner->show();
    }
}

void ProfileDialog::setBusy(bool busy) {
    if (m_editing)
        m_editing->setBusy(busy);
}

} // namespace lkk
