#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace lkk {

// Copy buttons inside a table or tree of the operator's view: every cell of the given columns that
// shows an amount, a date or a number gets a small copy icon at its right edge; a click on it (or
// Ctrl+C on the current cell) puts the plain figure on the clipboard (app/operator/CopyText.h).
// Cells that show something else (a status, a month) get no icon.
class CopyCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Kind { Amount, Date, Number };

    // Puts the delegate on `columns` of `view` and takes Ctrl+C there.
    static CopyCellDelegate* install(QAbstractItemView* view, const QHash<int, Kind>& columns);

    // What a click on the cell's icon copies; empty when the cell shows no such figure.
    QString copyText(const QModelIndex& index) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void copied(const QString& text);

private:
    explicit CopyCellDelegate(QAbstractItemView* view, const QHash<int, Kind>& columns);
    static QRect iconRect(const QRect& cell);
    void copy(const QString& text);

    QAbstractItemView* m_view;
    QHash<int, Kind> m_columns;
};

} // namespace lkk
