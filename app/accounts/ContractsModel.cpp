#include "app/accounts/ContractsModel.h"

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
// Internal ids: 0 for contract rows, contract row + 1 for the tariff rows under it.
constexpr quintptr contractLevel = 0;
} // namespace

ContractsModel::ContractsModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void ContractsModel::setContracts(const QList<Contract>& contracts) {
    beginResetModel();
    m_contracts = contracts;
    endResetModel();
}

QModelIndex ContractsModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, contractLevel);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ContractsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == contractLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, contractLevel);
}

int ContractsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_contracts.size());
    if (parent.internalId() == contractLevel && parent.column() == 0)
        return static_cast<int>(m_contracts.at(parent.row()).tariffs.size());
    return 0;
}

int ContractsModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant ContractsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isContract = index.internalId() == contractLevel;
    const Contract& c = m_contracts.at(isContract ? index.row() : static_cast<int>(index.internalId() - 1));
    const Tariff* t = isContract ? nullptr : &c.tariffs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (isContract)
            return index.column() == NameColumn ? contractTitle(c) : QVariant();
        return index.column() == NameColumn ? t->name : tariffValueText(*t);
    case ContractIdRole:
        return c.id;
    case TariffIdRole:
        return t ? t->id : qint64(0);
    case IsContractRole:
        return isContract;
    case ValueRole:
        return t ? QVariant(t->value.kopecks()) : QVariant();
    case ProviderRole:
        return c.provider.name;
    case ServiceRole:
        return c.service;
    case SubAccountRole:
        return c.subAccount;
    case ZoneRole:
        return t ? t->zone : QString();
    default:
        return {};
    }
}

QVariant ContractsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: // over contract rows and, under them, their tariffs
        return tr("Contract and tariff");
    case ValueColumn:
        return tr("Tariff value");
    default:
        return {};
    }
}

QHash<int, QByteArray> ContractsModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{ContractIdRole, "contractId"},
                  {TariffIdRole, "tariffId"},
                  {IsContractRole, "isContract"},
                  {ValueRole, "value"},
                  {ProviderRole, "provider"},
                  {ServiceRole, "service"},
                  {SubAccountRole, "subAccount"},
                  {ZoneRole, "zone"}});
    return names;
}

QString ContractsModel::contractTitle(const Contract& contract) {
    //: Contract row of «Реквизиты ЛС»: provider - service № ЛС sub-account
    return tr("%1 - %2 Acc. No. %3").arg(contract.provider.name, contract.service, contract.subAccount);
}

QString ContractsModel::tariffValueText(const Tariff& tariff) {
    const QString money = tariff.value.toText();
    return tariff.unit.isEmpty() ? money : money + u'/' + tariff.unit;
}

} // namespace lkk
