#include "ui/operator/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

ShortcutsDialog::ShortcutsDialog(QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this)) {
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    const auto keys = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    const auto combo = [](QKeyCombination key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    const QList<std::pair<QString, QString>> rows{
        {keys(QKeySequence::Find), tr("Go to the caller search field (from anywhere in the window)")},
        {tr("Enter (in the search field)"), tr("Open the first caller found")},
        {tr("Down / Up (in the search field)"), tr("Move into the list of callers found and back")},
        {tr("Enter (in the list)"), tr("Open the chosen caller in a new tab")},
        {combo(Qt::CTRL | Qt::Key_W), tr("Close the current caller's tab")},
        {combo(Qt::CTRL | Qt::Key_Tab) + u" / "_s + combo(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
         tr("Next / previous tab")},
        {tr("Tab / Shift+Tab"), tr("Next / previous field or button, including the copy buttons")},
        {tr("Space (on a copy button)"), tr("Copy the figure beside it")},
        {tr("Alt + underlined letter"), tr("The caller's actions: readings, confirmation, sign-in lock, link lock")},
        {keys(QKeySequence::Refresh), tr("Appeals queue: refresh the queue")},
        {combo(Qt::CTRL | Qt::Key_T), tr("Appeals queue: take the chosen appeal")},
        {combo(Qt::CTRL | Qt::Key_Return), tr("Appeals queue: send the answer")},
        {combo(Qt::Key_F1), tr("This list")},
        {keys(QKeySequence::Quit), tr("Quit the application")},
    };
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setColumnCount(2);
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Rows follow the wrapped text at the width the table has, not at a guess before it shows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* column = new QVBoxLayout(this);
    column->addWidget(m_table);
    column->addWidget(buttons);
    resize(760, 480);
}

} // namespace lkk
