#include "ui/accounts/ExpiredRowDelegate.h"

#include "app/accounts/MeterListModel.h"

namespace lkk {

void ExpiredRowDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.siblingAtColumn(0).data(MeterListModel::ExpiredRole).toBool()) {
        option->backgroundBrush = QColor(0xFD, 0xEC, 0xEA);
        if (!index.data(Qt::ForegroundRole).isValid())
            option->palette.setColor(QPalette::Text, QColor(0x8A, 0x1C, 0x1C));
    }
}

} // namespace lkk
