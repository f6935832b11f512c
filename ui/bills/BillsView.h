#pragma once

#include <QDate>
#include <QTreeView>

class QPushButton;

namespace lkk {

class BillsModel;
class CopyButton;

// The tree of the «Платёжный документ» page: periods → providers → figures (or services in the
// detail view), with a «Печать квитанции» button on every period row (docs/manual.md §9.1). A click
// or Enter on a row opens or closes it; the amounts stay right-aligned in their own column.
class BillsView : public QTreeView {
    Q_OBJECT
public:
    explicit BillsView(QWidget* parent = nullptr);
    ~BillsView() override;

    void setBillsModel(BillsModel* model);
    // The operator's read-only view: a copy button beside every amount and the period of every
    // bill (docs/operator-workspace.md, «Copy buttons»). Off for the customer.
    void setCopyButtons(bool on);
    // The print button of top-level row `row`, or nullptr.
    QPushButton* printButton(int row) const;
    // The copy button of the amount of the row `index`, or nullptr.
    CopyButton* copyButton(const QModelIndex& index) const;
    // The copy button of the period of top-level row `row`, or nullptr.
    CopyButton* periodCopyButton(int row) const;

signals:
    void printRequested(const QDate& period);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void installButtons();
    void installCopyButtons(const QModelIndex& parent);
    CopyButton* newAmountCopyButton(const QModelIndex& index, QWidget* parent);
    void retranslateCopyButtons(const QModelIndex& index);
    void toggle(const QModelIndex& index);
    void retranslate();

    BillsModel* m_model = nullptr;
    bool m_copyButtons = false;
};

} // namespace lkk
