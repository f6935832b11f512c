#pragma once

#include <QWidget>

class QTabWidget;

namespace lkk {

// «История» (docs/manual.md §9): three sub-tabs «Платёжный документ», «Показания» and «Оплаты».
// Each page is made and wired by MainWindow (it has the session) and handed over with setPage();
// until then the sub-tab shows a short placeholder.
class HistoryTab : public QWidget {
    Q_OBJECT
public:
    enum class Page { Bills = 0, Readings = 1, Payments = 2 };

    explicit HistoryTab(QWidget* parent = nullptr);

    // Replaces the page's current widget (deleted) with `widget` (reparented, owned).
    void setPage(Page page, QWidget* widget);
    QWidget* page(Page page) const;
    void showPage(Page page);
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTabWidget* m_tabs;
};

} // namespace lkk
