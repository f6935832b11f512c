#include "ui/MessageBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
QString iconPath(MessageBanner::Type type) {
    switch (type) {
    case MessageBanner::Type::Error:
        return u":/icons/error.svg"_s;
    case MessageBanner::Type::Warning:
        return u":/icons/warning.svg"_s;
    case MessageBanner::Type::Info:
        break;
    }
    return u":/icons/info.svg"_s;
}

QString styleName(MessageBanner::Type type) {
    switch (type) {
    case MessageBanner::Type::Error:
        return u"error"_s;
    case MessageBanner::Type::Warning:
        return u"warning"_s;
    case MessageBanner::Type::Info:
        break;
    }
    return u"info"_s;
}
} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(8);

    m_icon->setObjectName(u"bannerIcon"_s);
    m_icon->setFixedSize(20, 20);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon, 0, Qt::AlignTop);

    m_text->setObjectName(u"bannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // server texts are never interpreted as markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);

    m_action->setObjectName(u"bannerActionButton"_s);
    m_action->hide();
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);

    m_close->setObjectName(u"bannerCloseButton"_s);
    m_close->setIcon(QIcon(u":/icons/close.svg"_s));
    m_close->setIconSize(QSize(14, 14));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close the message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });

    setProperty("lkkBanner", styleName(m_type));
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBanner::showMessage(Type type, const QString& text, const QString& actionText) {
    m_type = type;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    const int side = 20;
    m_icon->setPixmap(QIcon(iconPath(type)).pixmap(QSize(side, side), devicePixelRatioF()));
    setProperty("lkkBanner", styleName(type));
    // Property selectors in the stylesheet need a re-polish to follow the new value.
    style()->unpolish(this);
    style()->polish(this);
    setAccessibleDescription(text);
    show();
}

void MessageBanner::setClosable(bool closable) {
    m_close->setVisible(closable);
}

QString MessageBanner::text() const {
    return m_text->text();
}

} // namespace lkk
