#include "ui/AboutDialog.h"

#include "generated/branding.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(u"AboutDialog"_s);
    const auto appName = QLatin1StringView(branding::appName);
    setWindowTitle(tr("About %1").arg(appName));

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/logo.svg"_s).pixmap(QSize(64, 64), devicePixelRatioF()));
    logo->setAlignment(Qt::AlignTop);

    auto* name = new QLabel(appName, this);
    name->setObjectName(u"aboutName"_s);
    QFont bigger = name->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.4);
    bigger.setBold(true);
    name->setFont(bigger);

    auto* version = new QLabel(tr("Version %1").arg(QLatin1StringView(branding::version)), this);
    version->setObjectName(u"aboutVersion"_s);
    auto* text = new QLabel(tr("The personal cabinet of JSC Tomskenergosbyt customers: bills, payments and "
                               "meter readings on your desktop."),
                            this);
    text->setWordWrap(true);
    auto* support = new QLabel(tr("Customer support: %1").arg(QLatin1StringView(branding::supportPhone)), this);
    support->setObjectName(u"aboutSupport"_s);
    support->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* info = new QVBoxLayout;
    info->setSpacing(6);
    info->addWidget(name);
    info->addWidget(version);
    info->addSpacing(6);
    info->addWidget(text);
    info->addWidget(support);

    auto* row = new QHBoxLayout;
    row->setSpacing(16);
    row->addWidget(logo, 0, Qt::AlignTop);
    row->addLayout(info, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(20, 20, 20, 16);
    column->addLayout(row);
    column->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace lkk
