#include "ui/registration/AgreementDialog.h"
#include "ui_AgreementDialog.h"

#include <QFile>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lkk {

AgreementDialog::AgreementDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AgreementDialog) {
    m_ui->setupUi(this);
    QFile file(u":/docs/agreement-ru.html"_s);
    if (file.open(QIODevice::ReadOnly))
        m_ui->agreementText->setHtml(QString::fromUtf8(file.readAll()));
    QPushButton* accept = m_ui->agreementButtons->addButton(tr("I accept"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(u"acceptAgreement"_s);
    // «Принимаю» comes before «Закрыть» (made with the form) in the keyboard order, and so it is
    // the dialog's default button.
    setTabOrder(m_ui->agreementText, accept);
}

AgreementDialog::~AgreementDialog() = default;

} // namespace lkk
