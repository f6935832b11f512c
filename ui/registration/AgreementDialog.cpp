#include "ui/registration/AgreementDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

AgreementDialog::AgreementDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(u"AgreementDialog"_s);
    setWindowTitle(tr("User agreement"));
    auto* text = new QTextBrowser(this);
    text->setObjectName(u"agreementText"_s);
    text->setOpenExternalLinks(false);
    QFile file(u":/docs/agreement-ru.html"_s);
    if (file.open(QIODevice::ReadOnly))
        text->setHtml(QString::fromUtf8(file.readAll()));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("I accept"), QDialogButtonBox::AcceptRole)->setObjectName(u"acceptAgreement"_s);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* column = new QVBoxLayout(this);
    column->addWidget(text);
    column->addWidget(buttons);
    resize(640, 560);
}

} // namespace lkk
