#include "ui/accounts/AccountNumberHelpDialog.h"
#include "ui_AccountNumberHelpDialog.h"

#include "ui/StyleRole.h"

#include <QEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lkk {

AccountNumberHelpDialog::AccountNumberHelpDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AccountNumberHelpDialog) {
    m_ui->setupUi(this);
    setStyleRole({m_ui->helpElectricityCaption, m_ui->helpEpdCaption}, StyleRole::SectionTitle);
    m_close = m_ui->helpButtons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(u"helpCloseButton"_s);
    m_close->setDefault(true);
    connect(m_ui->helpButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

AccountNumberHelpDialog::~AccountNumberHelpDialog() = default;

void AccountNumberHelpDialog::retranslate() {
    m_close->setText(tr("Close"));
}

void AccountNumberHelpDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace lkk
