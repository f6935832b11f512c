#include "ProfileDialog.h"

#include "api/Dtos.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
QLabel* valueLabel(const QString& text, const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
// "+79131234567" -> "+7 (913) 123-45-67"; anything else as given.
QString formatPhone(const QString& e164) {
    static const QRegularExpression russian(u"^\\+7(\\d{3})(\\d{3})(\\d{2})(\\d{2})$"_s);
    const auto m = russian.match(e164);
    if (!m.hasMatch())
        return e164;
    return u"+7 (%1) %2-%3-%4"_s.arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4));
}
} // namespace

ProfileDialog::ProfileDialog(const Profile& user, QWidget* parent)
    : QDialog(parent) {
    setObjectName(u"ProfileDialog"_s);
    setWindowTitle(tr("Profile"));

    const QString notGiven = tr("not given");
    const auto orNotGiven = [&](const QString& s) {
        return s.trimmed().isEmpty() ? notGiven : s;
    };
    const QString fullName =
        QStringList{user.surname, user.firstName, user.patronymic}.filter(QRegularExpression(u"\\S"_s)).join(u' ');
    QString sex = notGiven;
    if (user.sex == u"male"_s)
        sex = tr("male");
    else if (user.sex == u"female"_s)
        sex = tr("female");

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->addRow(tr("Full name:"), valueLabel(orNotGiven(fullName), u"profileName"_s, this));
    form->addRow(tr("E-mail:"), valueLabel(orNotGiven(user.email), u"profileEmail"_s, this));
    form->addRow(tr("Mobile phone:"), valueLabel(orNotGiven(formatPhone(user.phone)), u"profilePhone"_s, this));
    form->addRow(
        tr("Date of birth:"),
        valueLabel(user.birthDate.isValid() ? QLocale().toString(user.birthDate, QLocale::ShortFormat) : notGiven,
                   u"profileBirthDate"_s, this));
    form->addRow(tr("Sex:"), valueLabel(sex, u"profileSex"_s, this));

    auto* note = new QLabel(tr("Editing the profile comes in a later version of the application."), this);
    note->setObjectName(u"profileNote"_s);
    note->setWordWrap(true);
    note->setProperty("lkkRole", u"hint"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"profileButtons"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(20, 20, 20, 16);
    column->setSpacing(14);
    column->addLayout(form);
    column->addWidget(note);
    column->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace lkk
