#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace lkk {

// The menu bar of both signed-in windows, the customer's MainWindow and the OperatorWindow
// (docs/architecture.md «Client UI composition»): «Кабинет» with the sign-out and «Закрыть
// программу» (Ctrl+Q anywhere in the application), and «Справка» ending in «О программе». The
// window connects the sign-out, names it in its own words, and adds its own help entries.
class AppMenus : public QObject {
    Q_OBJECT
public:
    explicit AppMenus(QMainWindow* window);

    // Its text is the window's: the customer's «Выйти из кабинета», the operator's «Выйти из учётной записи».
    QAction* signOutAction() const { return m_signOutAction; }
    // A new entry of «Справка» above the separator and «О программе»; the window gives it its text.
    QAction* addHelpAction(const QString& objectName);
    // The texts of the shared entries; the window's own retranslate calls it.
    void retranslate();

private:
    QMainWindow* m_window;
    QMenu* m_fileMenu;
    QMenu* m_helpMenu;
    QAction* m_signOutAction;
    QAction* m_quitAction;
    QAction* m_helpSeparator;
    QAction* m_aboutAction;
};

} // namespace lkk
