#include "ui/accounts/AccountDelegate.h"

#include "app/accounts/AccountListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace lkk {

namespace {
constexpr int hPad = 12;
constexpr int vPad = 9;
constexpr int lineGap = 3;
constexpr int badgeHPad = 8;
constexpr int badgeVPad = 3;

QFont boldFont(const QFont& base) {
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont smallFont(const QFont& base) {
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}
} // namespace

QSize AccountDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const QFontMetrics bold(boldFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    const int height =
        vPad + bold.height() + lineGap + small.height() + lineGap + small.height() + 2 * badgeVPad + vPad;
    return {220, height};
}

void AccountDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(2, 2, -2, -2);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);

    // Card background: selected = light orange with an orange bar on the left.
    QPainterPath card;
    card.addRoundedRect(QRectF(r), 6, 6);
    if (selected) {
        painter->fillPath(card, QColor(0xFF, 0xF1, 0xE3));
        painter->fillRect(QRect(r.left(), r.top() + 4, 4, r.height() - 8), QColor(0xF2, 0x8C, 0x28));
    } else if (hovered) {
        painter->fillPath(card, QColor(0xF3, 0xF5, 0xF8));
    }
    if (focused && option.widget && option.widget->hasFocus()) {
        painter->setPen(QPen(QColor(0x2E, 0x86, 0xD1), 1.5));
        painter->drawPath(card);
    }

    const QString address = index.data(Qt::DisplayRole).toString();
    const QString kind = index.data(AccountListModel::KindTextRole).toString();
    const QString number = index.data(AccountListModel::NumberRole).toString();
    const QString badge = index.data(AccountListModel::BadgeTextRole).toString();
    const auto balance = static_cast<AccountListModel::Balance>(index.data(AccountListModel::BalanceRole).toInt());

    const QFont bold = boldFont(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics smallMetrics(small);
    const int left = r.left() + hPad;
    const int width = r.width() - 2 * hPad;

    int y = r.top() + vPad;
    painter->setFont(bold);
    painter->setPen(QColor(0x1F, 0x29, 0x33));
    painter->drawText(QRect(left, y, width, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(address, Qt::ElideRight, width));
    y += boldMetrics.height() + lineGap;

    painter->setFont(small);
    painter->setPen(QColor(0x61, 0x6E, 0x7C));
    // A narrow sidebar shortens the kind, never the account number.
    const QString numberText = number.isEmpty() ? QString() : QStringLiteral(" · № ") + number;
    const int kindWidth = width - smallMetrics.horizontalAdvance(numberText);
    const QString second = smallMetrics.elidedText(kind, Qt::ElideRight, std::max(0, kindWidth)) + numberText;
    painter->drawText(QRect(left, y, width, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, second);
    y += smallMetrics.height() + lineGap;

    // Answers to appeals not read yet: «● 2» in orange on the badge's line, at the left.
    const int unread = index.data(AccountListModel::UnreadAppealsRole).toInt();
    const QString unreadMark = unread > 0 ? QStringLiteral("● %1").arg(unread) : QString();
    QFont unreadFont = small;
    unreadFont.setWeight(QFont::DemiBold);
    const QFontMetrics unreadMetrics(unreadFont);
    const int unreadWidth = unreadMark.isEmpty() ? 0 : unreadMetrics.horizontalAdvance(unreadMark) + 8;
    const int badgeSpace = width - unreadWidth;
    if (!badge.isEmpty()) {
        QColor fill(0xE6, 0xF4, 0xEA);
        QColor text(0x1E, 0x7B, 0x3A);
        if (balance == AccountListModel::Balance::Debt) {
            fill = QColor(0xFD, 0xE8, 0xD3);
            text = QColor(0xB3, 0x58, 0x06);
        }
        QFont badgeFont = small;
        badgeFont.setWeight(QFont::DemiBold);
        const QFontMetrics badgeMetrics(badgeFont);
        // Too narrow for «К оплате 3 719,60 руб.»: the amount alone, whole (its colour says which).
        QString shown = badge;
        if (badgeMetrics.horizontalAdvance(shown) > badgeSpace - 2 * badgeHPad &&
            balance != AccountListModel::Balance::Settled)
            shown = index.data(AccountListModel::AmountTextRole).toString();
        else if (balance == AccountListModel::Balance::Settled)
            shown = badgeMetrics.elidedText(badge, Qt::ElideRight, badgeSpace - 2 * badgeHPad); // words only
        const int badgeWidth = badgeMetrics.horizontalAdvance(shown) + 2 * badgeHPad;
        const QRect badgeRect(r.right() - hPad - badgeWidth + 1, y, badgeWidth, badgeMetrics.height() + 2 * badgeVPad);
        QPainterPath pill;
        pill.addRoundedRect(QRectF(badgeRect), badgeRect.height() / 2.0, badgeRect.height() / 2.0);
        painter->fillPath(pill, fill);
        painter->setFont(badgeFont);
        painter->setPen(text);
        painter->drawText(badgeRect, Qt::AlignCenter, shown);
    }

    if (!unreadMark.isEmpty()) {
        painter->setFont(unreadFont);
        painter->setPen(QColor(0xB3, 0x58, 0x06));
        const int badgeLine = unreadMetrics.height() + 2 * badgeVPad;
        painter->drawText(QRect(left, y, unreadWidth, badgeLine), Qt::AlignLeft | Qt::AlignVCenter, unreadMark);
    }

    // A hairline between accounts.
    if (!selected) {
        painter->setPen(QColor(0xEC, 0xEF, 0xF3));
        painter->drawLine(option.rect.left() + hPad, option.rect.bottom(), option.rect.right() - hPad,
                          option.rect.bottom());
    }
    painter->restore();
}

} // namespace lkk
