#pragma once

#include <QDialog>

class QTableWidget;

namespace lkk {

// Help → «Сочетания клавиш»: every shortcut of the operator's workspace in a table.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace lkk
