#include "ui/registration/CaptchaWidget.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

CaptchaWidget::CaptchaWidget(QWidget* parent)
    : QWidget(parent)
    , m_image(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_answer(new QLineEdit(this)) {
    m_image->setObjectName(u"captchaImage"_s);
    m_image->setMinimumSize(160, 50);
    m_image->setAlignment(Qt::AlignCenter);
    m_refresh->setObjectName(u"captchaRefresh"_s);
    m_refresh->setIcon(QIcon(u":/icons/refresh.svg"_s));
    m_refresh->setToolTip(tr("Show another picture"));
    m_refresh->setAccessibleName(tr("Show another picture"));
    m_answer->setObjectName(u"captchaAnswer"_s);
    m_answer->setPlaceholderText(tr("Characters from the picture"));
    m_answer->setMaxLength(16);
    connect(m_refresh, &QToolButton::clicked, this, [this] {
        setLoading();
        emit refreshRequested();
    });

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_image);
    row->addWidget(m_refresh);
    row->addStretch();
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_answer);
    setFocusProxy(m_answer);
    setLoading();
}

QString CaptchaWidget::answer() const {
    return m_answer->text().trimmed();
}

void CaptchaWidget::setImage(const QImage& image) {
    m_image->setPixmap(QPixmap::fromImage(image));
    m_answer->clear();
}

void CaptchaWidget::setLoading() {
    m_image->setPixmap({});
    m_image->setText(tr("Loading…"));
}

} // namespace lkk
