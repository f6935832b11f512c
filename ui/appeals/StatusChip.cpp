#include "ui/appeals/StatusChip.h"

#include "app/appeals/AppealsCodec.h"
#include "app/appeals/AppealsModel.h"

#include <QLabel>
#include <QPainter>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

struct ChipColors {
    QColor background;
    QColor text;
};

ChipColors colorsOf(AppealStatus status) {
    switch (status) {
    case AppealStatus::New:
        return {QColor(0xE3, 0xF0, 0xFB), QColor(0x1F, 0x5F, 0x99)};
    case AppealStatus::InProgress:
        return {QColor(0xFF, 0xF3, 0xDC), QColor(0x8A, 0x5A, 0x00)};
    case AppealStatus::Answered:
        return {QColor(0xE4, 0xF4, 0xE6), QColor(0x1E, 0x6B, 0x2E)};
    case AppealStatus::Closed:
        return {QColor(0xEC, 0xEE, 0xF1), QColor(0x55, 0x5F, 0x6B)};
    }
    return {Qt::white, Qt::black};
}

const QColor unreadDot(0xF2, 0x8C, 0x28); // the brand's orange, as the primary buttons

} // namespace

void setStatusChip(QLabel* label, AppealStatus status) {
    label->setText(AppealsModel::statusText(status));
    label->setProperty("appealStatus", json::appealStatusToWire(status));
    label->style()->unpolish(label);
    label->style()->polish(label);
}

void StatusChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const bool appealRow = index.data(AppealsModel::KindRole).toInt() == AppealsModel::AppealRow;
    if (appealRow && index.column() == AppealsModel::StatusColumn) {
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, option.widget);
        const auto status = static_cast<AppealStatus>(index.data(AppealsModel::StatusRole).toInt());
        const ChipColors colors = colorsOf(status);
        const QString text = index.data().toString();
        const QFontMetrics metrics(option.font);
        const int padding = metrics.height() / 2;
        QRect chip(0, 0, metrics.horizontalAdvance(text) + 2 * padding, metrics.height() + padding / 2);
        chip.moveCenter(option.rect.center());
        chip.moveLeft(option.rect.left() + 4);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.background);
        painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
        painter->setPen(colors.text);
        painter->drawText(chip, Qt::AlignCenter, text);
        painter->restore();
        return;
    }
    if (appealRow && index.column() == AppealsModel::DateColumn && index.data(AppealsModel::UnreadRole).toBool()) {
        QStyleOptionViewItem shifted = option;
        const int dot = QFontMetrics(option.font).height() / 2;
        QStyledItemDelegate::paint(painter, shifted, index);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(unreadDot);
        const QRect text = option.rect;
        painter->drawEllipse(QRect(text.right() - dot - 4, text.center().y() - dot / 2, dot, dot));
        painter->restore();
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == AppealsModel::StatusColumn) {
        const QFontMetrics metrics(option.font);
        size.setWidth(
            std::max(size.width(), metrics.horizontalAdvance(index.data().toString()) + metrics.height() + 8));
        size.setHeight(std::max(size.height(), metrics.height() + metrics.height() / 4 + 8));
    } else if (index.column() == AppealsModel::DateColumn) {
        size.setWidth(size.width() + QFontMetrics(option.font).height());
    }
    return size;
}

} // namespace lkk
