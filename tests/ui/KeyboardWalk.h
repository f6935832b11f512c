#pragma once

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace lkk::test {

// The name a keyboard walk reports for a widget: its objectName, or (for the unnamed inner parts
// of a composite such as a combo box's line edit or a calendar's table) the nearest named
// ancestor's. Qt's own inner names ("qt_…") count as unnamed.
inline QString focusName(const QWidget* widget) {
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        const QString name = w->objectName();
        if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")))
            return name;
    }
    return QStringLiteral("<unnamed>");
}

// Walks the keyboard focus with Tab, as a keyboard user does: `first` gets the focus, then Tab is
// pressed in whatever has the focus until the focus comes back to `first` (or `limit` presses).
// Returns the names of the widgets visited, `first` included once. The window must be active.
inline QStringList tabWalk(QWidget* first, int limit = 60) {
    first->setFocus(Qt::TabFocusReason);
    QStringList visited{focusName(first)};
    for (int i = 0; i < limit; ++i) {
        QWidget* current = QApplication::focusWidget();
        if (!current)
            break;
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        // A text with a link takes one Tab to select the link and one to leave: one stop.
        const auto* label = qobject_cast<const QLabel*>(current);
        if (next == current && label && label->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard)) {
            QTest::keyClick(current, Qt::Key_Tab);
            next = QApplication::focusWidget();
        }
        if (!next || next == first ||
            (next != current && focusName(next) == visited.first() && first->isAncestorOf(next)))
            break;
        if (next == current) { // the focus is stuck: say so instead of looping
            visited << QStringLiteral("<stuck>");
            break;
        }
        visited << focusName(next);
    }
    return visited;
}

// The button Enter presses in `dialog` right now: the default one.
inline QPushButton* defaultButton(const QWidget* dialog) {
    for (QPushButton* b : dialog->findChildren<QPushButton*>()) {
        if (b->isDefault() && b->isVisible())
            return b;
    }
    return nullptr;
}

} // namespace lkk::test
