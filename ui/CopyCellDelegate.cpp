#include "ui/CopyCellDelegate.h"

#include "app/operator/CopyText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QIcon>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
constexpr int iconSize = 16;
constexpr int iconMargin = 4;
} // namespace

CopyCellDelegate::CopyCellDelegate(QAbstractItemView* view, const QHash<int, Kind>& columns)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_columns(columns) {}

CopyCellDelegate* CopyCellDelegate::install(QAbstractItemView* view, const QHash<int, Kind>& columns) {
    auto* delegate = new CopyCellDelegate(view, columns);
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        view->setItemDelegateForColumn(it.key(), delegate);
    view->installEventFilter(delegate);
    view->setMouseTracking(true);
    return delegate;
}

QString CopyCellDelegate::copyText(const QModelIndex& index) const {
    const auto kind = m_columns.constFind(index.column());
    if (kind == m_columns.cend())
        return {};
    const QString shown = index.data(Qt::DisplayRole).toString();
    switch (*kind) {
    case Kind::Amount:
        return copytext::amountFromShown(shown);
    case Kind::Date:
        return copytext::dateFromShown(shown);
    case Kind::Number:
        return copytext::numberFromShown(shown);
    }
    return {};
}

QRect CopyCellDelegate::iconRect(const QRect& cell) {
    return {cell.right() - iconMargin - iconSize + 1, cell.top() + (cell.height() - iconSize) / 2, iconSize, iconSize};
}

void CopyCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    if (copyText(index).isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The text keeps clear of the icon; the icon is drawn as an SVG, sharp at any scale.
    QStyleOptionViewItem text = option;
    text.rect.setRight(option.rect.right() - iconSize - 2 * iconMargin);
    QStyledItemDelegate::paint(painter, text, index);
    static const QIcon icon(u":/icons/copy.svg"_s);
    icon.paint(painter, iconRect(option.rect));
}

QSize CopyCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_columns.contains(index.column()))
        size.rwidth() += iconSize + 2 * iconMargin;
    return size;
}

bool CopyCellDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) {
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QString text = copyText(index);
        if (mouse->button() == Qt::LeftButton && !text.isEmpty() &&
            iconRect(option.rect).contains(mouse->position().toPoint())) {
            copy(text);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool CopyCellDelegate::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_view) // an editor's events: the base delegate's business
        return QStyledItemDelegate::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        const QString text = copyText(m_view->currentIndex());
        if (!text.isEmpty()) {
            copy(text);
            return true;
        }
    }
    return false; // the view's own keys (Tab, Enter…) stay the view's
}

void CopyCellDelegate::copy(const QString& text) {
    QApplication::clipboard()->setText(text);
    QToolTip::showText(QCursor::pos(), tr("Copied: %1").arg(text), m_view);
    emit copied(text);
}

} // namespace lkk
