#include "ui/bills/BillsView.h"

#include "app/bills/BillsModel.h"
#include "app/operator/CopyText.h"
#include "ui/CopyButton.h"
#include "ui/StyleRole.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

// Taller, shaded period rows and a little air around the others; overpayments (negative amounts)
// in green, as the account header shows them.
class BillsDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        switch (kind(index)) {
        case BillsModel::Kind::Period:
            size.setHeight(std::max(size.height() + 18, 40));
            break;
        case BillsModel::Kind::Provider:
        case BillsModel::Kind::Service:
            size.setHeight(size.height() + 10);
            break;
        case BillsModel::Kind::Figure:
            size.setHeight(size.height() + 6);
            break;
        }
        return size;
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (kind(index) == BillsModel::Kind::Period)
            option->backgroundBrush = QColor(0xF3, 0xF5, 0xF8);
        const QVariant amount = index.data(BillsModel::AmountRole);
        if (index.column() == BillsModel::ValueColumn && amount.isValid() && amount.toLongLong() < 0)
            option->palette.setColor(QPalette::Text, QColor(0x2E, 0x7D, 0x32));
        if (kind(index) == BillsModel::Kind::Figure && index.column() == BillsModel::CaptionColumn)
            option->palette.setColor(QPalette::Text, QColor(0x3E, 0x4C, 0x59));
    }

private:
    static BillsModel::Kind kind(const QModelIndex& index) {
        return static_cast<BillsModel::Kind>(index.data(BillsModel::KindRole).toInt());
    }
};

} // namespace

BillsView::BillsView(QWidget* parent)
    : QTreeView(parent) {
    setObjectName(u"billsView"_s);
    setItemDelegate(new BillsDelegate(this));
    setHeaderHidden(true);
    setUniformRowHeights(false);
    setExpandsOnDoubleClick(false);
    setAnimated(true);
    setIndentation(22);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAllColumnsShowFocus(true);
    connect(this, &QTreeView::clicked, this, &BillsView::toggle);
}

BillsView::~BillsView() = default;

void BillsView::setBillsModel(BillsModel* model) {
    m_model = model;
    setModel(model);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(BillsModel::CaptionColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(BillsModel::ValueColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(BillsModel::ActionColumn, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::modelReset, this, &BillsView::installButtons);
    installButtons();
}

void BillsView::setCopyButtons(bool on) {
    m_copyButtons = on;
    if (m_model)
        installButtons();
}

QPushButton* BillsView::printButton(int row) const {
    if (!m_model)
        return nullptr;
    QWidget* holder = indexWidget(m_model->index(row, BillsModel::ActionColumn));
    return holder ? holder->findChild<QPushButton*>() : nullptr;
}

void BillsView::installButtons() {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QDate period = m_model->index(row, 0).data(BillsModel::PeriodRole).toDate();
        auto* holder = new QWidget;
        auto* button = new QPushButton(holder);
        button->setObjectName(u"printBillButton"_s);
        setStyleRole(button, StyleRole::Secondary);
        button->setProperty("period", period);
        button->setCursor(Qt::PointingHandCursor);
        // The button sits in a holder so the row's padding does not stretch it.
        auto* layout = new QHBoxLayout(holder);
        layout->setContentsMargins(8, 4, 4, 4);
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, period] { emit printRequested(period); });
        if (m_copyButtons) {
            auto* copyPeriod = new CopyButton(holder);
            copyPeriod->setObjectName(u"copyBillPeriodButton"_s);
            copyPeriod->setCopyText(copytext::month(period));
            layout->addWidget(copyPeriod);
            layout->addWidget(newAmountCopyButton(m_model->index(row, 0), holder));
        }
        setIndexWidget(m_model->index(row, BillsModel::ActionColumn), holder);
        if (m_copyButtons)
            installCopyButtons(m_model->index(row, 0));
    }
    retranslate();
}

void BillsView::installCopyButtons(const QModelIndex& parent) {
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (index.data(BillsModel::AmountRole).isValid())
            setIndexWidget(index.siblingAtColumn(BillsModel::ActionColumn), newAmountCopyButton(index, nullptr));
        installCopyButtons(index);
    }
}

CopyButton* BillsView::newAmountCopyButton(const QModelIndex& index, QWidget* parent) {
    auto* copy = new CopyButton(parent);
    copy->setObjectName(u"copyBillAmountButton"_s);
    copy->setCopyText(copytext::amount(Money::fromKopecks(index.data(BillsModel::AmountRole).toLongLong())));
    return copy;
}

CopyButton* BillsView::copyButton(const QModelIndex& index) const {
    QWidget* widget = m_model ? indexWidget(index.siblingAtColumn(BillsModel::ActionColumn)) : nullptr;
    if (!widget || widget->objectName() == u"copyBillAmountButton"_s)
        return qobject_cast<CopyButton*>(widget);
    return widget->findChild<CopyButton*>(u"copyBillAmountButton"_s);
}

CopyButton* BillsView::periodCopyButton(int row) const {
    QWidget* holder = m_model ? indexWidget(m_model->index(row, BillsModel::ActionColumn)) : nullptr;
    return holder ? holder->findChild<CopyButton*>(u"copyBillPeriodButton"_s) : nullptr;
}

void BillsView::toggle(const QModelIndex& index) {
    const QModelIndex first = index.sibling(index.row(), 0);
    if (model() && model()->hasChildren(first))
        setExpanded(first, !isExpanded(first));
}

void BillsView::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        toggle(currentIndex());
        return;
    }
    QTreeView::keyPressEvent(event);
}

void BillsView::retranslate() {
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex period = m_model->index(row, 0);
        if (QPushButton* button = printButton(row)) {
            button->setText(tr("Print the bill"));
            button->setToolTip(tr("Print preview of the single payment document for %1, with payment QR codes")
                                   .arg(period.data().toString()));
        }
        if (CopyButton* copy = periodCopyButton(row))
            copy->setWhat(tr("the period %1").arg(period.data().toString()));
        retranslateCopyButtons(period);
    }
}

void BillsView::retranslateCopyButtons(const QModelIndex& index) {
    if (CopyButton* copy = copyButton(index))
        copy->setWhat(tr("the amount «%1»").arg(index.data().toString()));
    for (int row = 0; row < m_model->rowCount(index); ++row)
        retranslateCopyButtons(m_model->index(row, 0, index));
}

void BillsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeView::changeEvent(event);
}

} // namespace lkk
