#pragma once

#include "app/bills/BillDtos.h"

#include <QAbstractItemModel>
#include <vector>

namespace lkk {

// The «Платёжный документ» tree (docs/manual.md §9.1). Top level: one row per billing period
// («Ноябрь 2026» | «126 294,98 руб.»), newest first; below it the providers with their «Итого к
// оплате». What is under a provider depends on the view:
//  - General («Общая информация»): Долг на начало периода (with the penalties, docs/domain.md
//    §4.3), Оплачено, Начислено, Итого к оплате, В т.ч. пени.
//  - Detail («Детализация по услугам»): the provider's full block (debt at start, paid,
//    charged, social support, written off/added, debt at end, penalties), then one row per service
//    with its own block (debt at start, paid, unit, quantity, tariff, price per unit, charged, social
//    support, written off/added, debt at end, penalties).
// Column 0 is the caption, column 1 the value, column 2 left to the view. Amounts are shown as «-2,13 руб.» — as
// billed.
class BillsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class View { General, Detail };
    enum class Kind { Period, Provider, Service, Figure };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        PeriodRole,                  // QDate of the row's bill (every row)
        AmountRole,                  // qint64 kopecks of a money value; invalid otherwise
        ProviderIndexRole,           // index of the provider in its bill (provider and below)
    };
    // ActionColumn is empty: the view puts the period's «Печать квитанции» button there.
    enum Column { CaptionColumn = 0, ValueColumn = 1, ActionColumn = 2, ColumnCount = 3 };

    explicit BillsModel(QObject* parent = nullptr);
    ~BillsModel() override;

    void setBillList(const BillList& list);
    const BillList& billList() const { return m_list; }
    void clear();
    void setView(View view);
    View view() const { return m_view; }

    // The bill shown in top-level row `row`, or nullptr.
    const Bill* billAt(int row) const;
    QModelIndex periodIndex(const QDate& period) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        Kind kind = Kind::Figure;
        QString caption;
        QString text;                 // a non-money value (unit, quantity)
        std::optional<qint64> amount; // a money value
        QDate period;
        int providerIndex = -1;
        int parent = -1; // index into m_nodes, -1 = top level
        int row = 0;
        std::vector<int> children;
    };

    void rebuild();
    int addNode(Node node);
    void addMoney(int parent, const QString& caption, qint64 amount);
    void addText(int parent, const QString& caption, const QString& text);
    void addProviderFigures(int parent, const BillProvider& provider);
    void addServiceFigures(int parent, const BillService& service);
    const Node* node(const QModelIndex& index) const;

    BillList m_list;
    View m_view = View::General;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
};

} // namespace lkk
