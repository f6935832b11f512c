#include "ui/registration/CaptchaWidget.h"

#include "ui/WindowFit.h"
#include "ui/registration/CaptchaPicture.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

CaptchaWidget::CaptchaWidget(QWidget* parent)
    : QWidget(parent)
    , m_image(new CaptchaPicture(this))
    , m_refresh(new QToolButton(this))
    , m_answer(new QLineEdit(this)) {
    m_image->setObjectName(u"captchaImage"_s);
    m_refresh->setObjectName(u"captchaRefresh"_s);
    m_refresh->setIcon(QIcon(u":/icons/refresh.svg"_s));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setAutoRaise(true);
    m_answer->setObjectName(u"captchaAnswer"_s);
    m_answer->setMaxLength(16);
    m_answer->setInputMethodHints(Qt::ImhDigitsOnly);
    connect(m_refresh, &QToolButton::clicked, this, [this] {
        setLoading();
        emit refreshRequested();
    });

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_image);
    row->addWidget(m_refresh, 0, Qt::AlignVCenter);
    row->addStretch();
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_answer);
    // No focus proxy: a compound with one would take the Tab focus at its own place in the
    // window's chain; the forms put the answer and «Другая картинка» in their order instead.
    setTabOrder(m_answer, m_refresh);
    retranslate();
    setLoading();
}

QString CaptchaWidget::answer() const {
    return m_answer->text().trimmed();
}

void CaptchaWidget::setImage(const QImage& image) {
    m_image->setImage(image);
    m_answer->clear();
    growWindowToFit(this); // a picture larger than the room is shown whole, not cut
}

void CaptchaWidget::setLoading() {
    m_image->setText(tr("Loading…"));
}

void CaptchaWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaptchaWidget::retranslate() {
    m_image->setAccessibleName(tr("Captcha picture"));
    m_refresh->setText(tr("Another picture"));
    m_refresh->setToolTip(tr("Show another picture"));
    m_answer->setPlaceholderText(tr("Digits from the picture"));
}

} // namespace lkk
