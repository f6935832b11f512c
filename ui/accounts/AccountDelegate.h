#pragma once

#include <QStyledItemDelegate>

namespace lkk {

// One account in «Ваши счета»: the address in bold, the kind and number under it, and the
// amount badge on the right (orange for a debt, green for an overpayment or no debt).
class AccountDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace lkk
