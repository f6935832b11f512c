#include "ui/AboutDialog.h"
#include "ui_AboutDialog.h"

#include "generated/branding.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace lkk {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AboutDialog) {
    m_ui->setupUi(this);
    const auto appName = QLatin1StringView(branding::appName);
    setWindowTitle(tr("About %1").arg(appName));
    m_ui->aboutLogo->setPixmap(QIcon(u":/icons/logo.svg"_s).pixmap(QSize(64, 64), devicePixelRatioF()));
    m_ui->aboutName->setText(appName);
    QFont bigger = m_ui->aboutName->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.4);
    bigger.setBold(true);
    m_ui->aboutName->setFont(bigger);
    m_ui->aboutVersion->setText(tr("Version %1").arg(QLatin1StringView(branding::version)));
    m_ui->aboutSupport->setText(tr("Customer support: %1").arg(QLatin1StringView(branding::supportPhone)));
}

AboutDialog::~AboutDialog() = default;

} // namespace lkk
