#include "app/payments/PaymentsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

// Internal id of an index: 0 for a sub-account row, parent row + 1 for a payment row.
constexpr quintptr topLevel = 0;

} // namespace

PaymentsModel::PaymentsModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void PaymentsModel::setSubAccounts(const QList<SubAccountPayments>& subAccounts) {
    beginResetModel();
    m_subAccounts = subAccounts;
    endResetModel();
}

int PaymentsModel::paymentCount() const {
    int n = 0;
    for (const auto& s : m_subAccounts)
        n += static_cast<int>(s.payments.size());
    return n;
}

QString PaymentsModel::statusText(PaymentRecord::Status status) {
    return status == PaymentRecord::Status::Credited ? tr("Credited") : tr("Processing");
}

QModelIndex PaymentsModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_subAccounts.size() ? createIndex(row, column, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel || parent.row() >= m_subAccounts.size())
        return {};
    if (row >= m_subAccounts.at(parent.row()).payments.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex PaymentsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, topLevel);
}

int PaymentsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_subAccounts.size());
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    return static_cast<int>(m_subAccounts.value(parent.row()).payments.size());
}

int PaymentsModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

Qt::ItemFlags PaymentsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant PaymentsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == topLevel)
        return subAccountData(index.row(), index.column(), role);
    return paymentData(static_cast<int>(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant PaymentsModel::subAccountData(int row, int column, int role) const {
    if (row < 0 || row >= m_subAccounts.size())
        return {};
    const SubAccountPayments& s = m_subAccounts.at(row);
    Money sum;
    for (const auto& p : s.payments)
        sum = sum.plus(p.amount).value_or(sum);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return QString(s.provider + u'\n' + tr("Account No. %1").arg(s.subAccount));
        case AmountColumn:
            return s.payments.isEmpty() ? QVariant() : QVariant(sum.toText());
        case StatusColumn:
            return s.payments.isEmpty() ? tr("No payments in this period")
                                        : tr("%n payment(s)", nullptr, static_cast<int>(s.payments.size()));
        }
        break;
    case Qt::FontRole:
        if (column == DateColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return QBrush(QColor(0x6b, 0x72, 0x80));
        break;
    case Qt::TextAlignmentRole:
        return column == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case KindRole:
        return SubAccountRow;
    case ProviderRole:
        return s.provider;
    case SubAccountRole:
        return s.subAccount;
    case AmountRole:
        return sum.kopecks();
    }
    return {};
}

QVariant PaymentsModel::paymentData(int parentRow, int row, int column, int role) const {
    if (parentRow < 0 || parentRow >= m_subAccounts.size())
        return {};
    const SubAccountPayments& s = m_subAccounts.at(parentRow);
    if (row < 0 || row >= s.payments.size())
        return {};
    const PaymentRecord& p = s.payments.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return p.date.toString(u"dd.MM.yyyy"_s);
        case AmountColumn:
            return p.amount.toText();
        case StatusColumn:
            return statusText(p.status);
        }
        break;
    case Qt::ForegroundRole:
        if (column == StatusColumn && p.status == PaymentRecord::Status::Processing)
            return QBrush(QColor(0xb4, 0x53, 0x09));
        if (column == StatusColumn)
            return QBrush(QColor(0x15, 0x80, 0x3d));
        break;
    case Qt::TextAlignmentRole:
        return column == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!p.orderId.isEmpty())
            return tr("Paid in the personal cabinet (order %1)").arg(p.orderId);
        break;
    case KindRole:
        return PaymentRow;
    case ProviderRole:
        return s.provider;
    case SubAccountRole:
        return s.subAccount;
    case DateRole:
        return p.date;
    case AmountRole:
        return p.amount.kopecks();
    case StatusRole:
        return static_cast<int>(p.status);
    case OrderIdRole:
        return p.orderId;
    }
    return {};
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) // over the figures, like them
        return section == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> PaymentsModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(ProviderRole, "provider");
    names.insert(SubAccountRole, "subAccount");
    names.insert(DateRole, "date");
    names.insert(AmountRole, "amount");
    names.insert(StatusRole, "status");
    names.insert(OrderIdRole, "orderId");
    return names;
}

} // namespace lkk
