#include "app/bills/BillsModel.h"

#include "shared/Money.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

// Quantities print the Russian way: «0,0280».
QString decimalText(const QString& machine) {
    QString out = machine;
    out.replace(u'.', u',');
    return out;
}

} // namespace

BillsModel::BillsModel(QObject* parent)
    : QAbstractItemModel(parent) {}

BillsModel::~BillsModel() = default;

void BillsModel::setBillList(const BillList& list) {
    beginResetModel();
    m_list = list;
    rebuild();
    endResetModel();
}

void BillsModel::clear() {
    setBillList({});
}

void BillsModel::setView(View view) {
    if (view == m_view)
        return;
    beginResetModel();
    m_view = view;
    rebuild();
    endResetModel();
}

const Bill* BillsModel::billAt(int row) const {
    if (row < 0 || row >= m_list.bills.size())
        return nullptr;
    return &m_list.bills.at(row);
}

QModelIndex BillsModel::periodIndex(const QDate& period) const {
    for (int row = 0; row < m_list.bills.size(); ++row) {
        if (m_list.bills.at(row).period == period)
            return index(row, 0);
    }
    return {};
}

int BillsModel::addNode(Node node) {
    const int id = static_cast<int>(m_nodes.size());
    std::vector<int>& siblings = node.parent < 0 ? m_topLevel : m_nodes[static_cast<std::size_t>(node.parent)].children;
    node.row = static_cast<int>(siblings.size());
    siblings.push_back(id);
    m_nodes.push_back(std::move(node));
    return id;
}

void BillsModel::addMoney(int parent, const QString& caption, qint64 amount) {
    const Node& p = m_nodes[static_cast<std::size_t>(parent)];
    Node n;
    n.kind = Kind::Figure;
    n.caption = caption;
    n.amount = amount;
    n.period = p.period;
    n.providerIndex = p.providerIndex;
    n.parent = parent;
    addNode(std::move(n));
}

void BillsModel::addText(int parent, const QString& caption, const QString& text) {
    const Node& p = m_nodes[static_cast<std::size_t>(parent)];
    Node n;
    n.kind = Kind::Figure;
    n.caption = caption;
    n.text = text;
    n.period = p.period;
    n.providerIndex = p.providerIndex;
    n.parent = parent;
    addNode(std::move(n));
}

void BillsModel::addProviderFigures(int parent, const BillProvider& provider) {
    const BillFigures& f = provider.figures;
    if (m_view == View::General) {
        // The general view's debt at start includes the penalties (docs/domain.md §4.3: the manual's
        // 58 367,90 = 52 782,47 + 5 585,43).
        addMoney(parent, tr("Debt at the start of the period"), f.debtStart + f.penalties);
        addMoney(parent, tr("Paid"), f.paid);
        addMoney(parent, tr("Charged"), f.charged);
        addMoney(parent, tr("Total to pay"), f.totalToPay);
        addMoney(parent, tr("Including penalties"), f.penalties);
        return;
    }
    addMoney(parent, tr("Debt at the start of the period"), f.debtStart);
    addMoney(parent, tr("Paid"), f.paid);
    addMoney(parent, tr("Charged"), f.charged);
    addMoney(parent, tr("Social support"), f.socialSupport);
    addMoney(parent, tr("Written off − / added +"), f.adjustments);
    addMoney(parent, tr("Debt at the end of the period"), f.debtEnd);
    addMoney(parent, tr("Penalties"), f.penalties);
}

void BillsModel::addServiceFigures(int parent, const BillService& s) {
    const BillFigures& f = s.figures;
    addMoney(parent, tr("Debt at the start of the period"), f.debtStart);
    addMoney(parent, tr("Paid"), f.paid);
    if (!s.unit.isEmpty())
        addText(parent, tr("Unit"), s.unit);
    if (!s.quantity.isEmpty())
        addText(parent, tr("Quantity"), decimalText(s.quantity));
    if (s.tariff)
        addMoney(parent, tr("Tariff"), *s.tariff);
    if (s.pricePerUnit)
        addMoney(parent, tr("Price per unit"), *s.pricePerUnit);
    addMoney(parent, tr("Charged"), f.charged);
    addMoney(parent, tr("Social support"), f.socialSupport);
    addMoney(parent, tr("Written off − / added +"), f.adjustments);
    addMoney(parent, tr("Debt at the end of the period"), f.debtEnd);
    addMoney(parent, tr("Penalties"), f.penalties);
}

void BillsModel::rebuild() {
    m_nodes.clear();
    m_topLevel.clear();
    for (const Bill& bill : std::as_const(m_list.bills)) {
        Node period;
        period.kind = Kind::Period;
        period.caption = billMonthTitle(bill.period);
        period.amount = bill.totalToPay;
        period.period = bill.period;
        const int periodId = addNode(std::move(period));
        for (int p = 0; p < bill.providers.size(); ++p) {
            const BillProvider& provider = bill.providers.at(p);
            Node row;
            row.kind = Kind::Provider;
            row.caption = provider.name;
            row.amount = provider.figures.totalToPay;
            row.period = bill.period;
            row.providerIndex = p;
            row.parent = periodId;
            const int providerId = addNode(std::move(row));
            addProviderFigures(providerId, provider);
            if (m_view == View::General)
                continue;
            for (const BillService& service : provider.services) {
                Node s;
                s.kind = Kind::Service;
                s.caption = service.title();
                s.amount = service.figures.totalToPay;
                s.period = bill.period;
                s.providerIndex = p;
                s.parent = providerId;
                addServiceFigures(addNode(std::move(s)), service);
            }
        }
    }
}

const BillsModel::Node* BillsModel::node(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto id = static_cast<std::size_t>(index.internalId());
    return id < m_nodes.size() ? &m_nodes[id] : nullptr;
}

QModelIndex BillsModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const std::vector<int>& siblings = parent.isValid() ? node(parent)->children : m_topLevel;
    if (row >= static_cast<int>(siblings.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(siblings[static_cast<std::size_t>(row)]));
}

QModelIndex BillsModel::parent(const QModelIndex& child) const {
    const Node* n = node(child);
    if (!n || n->parent < 0)
        return {};
    const Node& p = m_nodes[static_cast<std::size_t>(n->parent)];
    return createIndex(p.row, 0, static_cast<quintptr>(n->parent));
}

int BillsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node* n = node(parent);
    return n ? static_cast<int>(n->children.size()) : 0;
}

int BillsModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant BillsModel::data(const QModelIndex& index, int role) const {
    const Node* n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == CaptionColumn)
            return n->caption;
        if (index.column() == ActionColumn)
            return {};
        return n->amount ? Money::fromKopecks(*n->amount).toText() : n->text;
    case Qt::ToolTipRole:
        return n->kind == Kind::Provider || n->kind == Kind::Service ? n->caption : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (n->kind == Kind::Period || n->kind == Kind::Provider) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KindRole:
        return static_cast<int>(n->kind);
    case PeriodRole:
        return n->period;
    case AmountRole:
        return n->amount ? QVariant::fromValue(*n->amount) : QVariant();
    case ProviderIndexRole:
        return n->providerIndex;
    default:
        return {};
    }
}

QVariant BillsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) // over the figures, like them
        return section == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaptionColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Amount");
    default:
        return QString();
    }
}

} // namespace lkk
