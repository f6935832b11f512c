#pragma once

#include <QStyledItemDelegate>

namespace lkk {

// Tints the whole row of a meter whose verification (МПИ) has expired, so it stands out in
// «Список счётчиков»; the model marks such rows with MeterListModel::ExpiredRole.
class ExpiredRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace lkk
