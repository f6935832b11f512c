#pragma once

#include <QDate>
#include <QTreeView>

class QPushButton;

namespace lkk {

class BillsModel;

// The tree of the «Платёжный документ» page: periods → providers → figures (or services in the
// detail view), with a «Печать квитанции» button on every period row (docs/manual.md §9.1). A click
// or Enter on a row opens or closes it; the amounts stay right-aligned in their own column.
class BillsView : public QTreeView {
    Q_OBJECT
public:
    explicit BillsView(QWidget* parent = nullptr);
    ~BillsView() override;

    void setBillsModel(BillsModel* model);
    // The print button of top-level row `row`, or nullptr.
    QPushButton* printButton(int row) const;

signals:
    void printRequested(const QDate& period);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void installButtons();
    void toggle(const QModelIndex& index);
    void retranslate();

    BillsModel* m_model = nullptr;
};

} // namespace lkk
