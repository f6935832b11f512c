#pragma once

#include "app/appeals/AppealDtos.h"

#include <QStyledItemDelegate>

class QLabel;

namespace lkk {

// The status of an appeal as a coloured chip: «Новое» blue, «В работе» amber, «Ответ дан»
// green, «Закрыто» grey — the same colours in the list (StatusChipDelegate) and in the opened
// appeal (a QLabel styled by its appealStatus property, resources/styles/light.qss).
void setStatusChip(QLabel* label, AppealStatus status);

// Paints AppealsModel's status column as a chip, and a dot before the date of an unread appeal.
class StatusChipDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace lkk
