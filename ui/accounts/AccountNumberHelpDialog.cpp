#include "ui/accounts/AccountNumberHelpDialog.h"

#include "ui/StyleRole.h"
#include "ui/SvgImage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

AccountNumberHelpDialog::AccountNumberHelpDialog(QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_electricityCaption(new QLabel(this))
    , m_epdCaption(new QLabel(this)) {
    setObjectName(u"AccountNumberHelpDialog"_s);

    auto* content = new QWidget;
    content->setObjectName(u"helpContent"_s);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(20, 16, 20, 16);
    column->setSpacing(10);
    m_intro->setObjectName(u"helpIntro"_s);
    m_intro->setWordWrap(true);
    column->addWidget(m_intro);

    for (QLabel* caption : {m_electricityCaption, m_epdCaption}) {
        caption->setWordWrap(true);
        setStyleRole(caption, StyleRole::SectionTitle);
    }
    m_electricityCaption->setObjectName(u"helpElectricityCaption"_s);
    m_epdCaption->setObjectName(u"helpEpdCaption"_s);
    auto* electricity = new SvgImage(u":/illustrations/bill-electricity.svg"_s, content);
    electricity->setObjectName(u"helpElectricityImage"_s);
    auto* epd = new SvgImage(u":/illustrations/bill-epd.svg"_s, content);
    epd->setObjectName(u"helpEpdImage"_s);
    column->addWidget(m_electricityCaption);
    column->addWidget(electricity);
    column->addSpacing(8);
    column->addWidget(m_epdCaption);
    column->addWidget(epd);
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"helpScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(u"helpCloseButton"_s);
    m_close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 12);
    outer->addWidget(scroll, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(20, 0, 20, 0);
    buttonRow->addWidget(buttons);
    outer->addLayout(buttonRow);

    retranslate();
    resize(780, 760);
}

void AccountNumberHelpDialog::retranslate() {
    setWindowTitle(tr("Where to find the personal account number"));
    m_intro->setText(tr("The personal account number is printed on every bill. Enter it without spaces, "
                        "exactly as on the bill."));
    m_electricityCaption->setText(tr("Electricity bill (also the joint bill with TomskRTS): the number is in the "
                                     "«Лиц. счет» box of the open part"));
    m_epdCaption->setText(tr("Single bill (ЕПД) with housing services: the number is in the «Лицевой счет» column"));
    m_close->setText(tr("Close"));
}

void AccountNumberHelpDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace lkk
