#include "app/accounts/MeterListModel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace lkk {

MeterListModel::MeterListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MeterListModel::setMeters(const QList<MeterInfo>& meters) {
    beginResetModel();
    m_meters = meters;
    endResetModel();
}

int MeterListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_meters.size());
}

int MeterListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeterListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeterInfo& m = m_meters.at(index.row());
    const QString dateFormat = u"dd.MM.yyyy"_s;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProviderColumn:
            return m.provider;
        case ServiceColumn:
            return m.service;
        case NumberColumn:
            return m.number;
        case ReadingDateColumn:
            return m.readingDateInPeriod.toString(dateFormat); // "" for a null date
        case CapacityColumn:
            return m.capacityText();
        case VerifiedUntilColumn:
            return m.verifiedUntil.toString(dateFormat);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (m.verificationExpired && index.column() == VerifiedUntilColumn)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (m.verificationExpired && index.column() == VerifiedUntilColumn)
            return tr("The meter's verification interval has expired");
        return {};
    case ExpiredRole:
        return m.verificationExpired;
    case MeterIdRole:
        return m.id;
    case ContractIdRole:
        return m.contractId;
    case VerifiedUntilRole:
        return m.verifiedUntil;
    case ReadingDateRole:
        return m.readingDateInPeriod;
    case ZonesRole:
        return m.zones;
    default:
        return {};
    }
}

QVariant MeterListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProviderColumn:
        return tr("Service provider");
    case ServiceColumn:
        return tr("Service");
    case NumberColumn:
        return tr("Meter number");
    case ReadingDateColumn:
        return tr("Reading date");
    case CapacityColumn:
        return tr("Meter digit capacity");
    case VerifiedUntilColumn:
        return tr("Verification interval ends");
    default:
        return {};
    }
}

QHash<int, QByteArray> MeterListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{ExpiredRole, "expired"},
                  {MeterIdRole, "meterId"},
                  {ContractIdRole, "contractId"},
                  {VerifiedUntilRole, "verifiedUntil"},
                  {ReadingDateRole, "readingDate"},
                  {ZonesRole, "zones"}});
    return names;
}

} // namespace lkk
