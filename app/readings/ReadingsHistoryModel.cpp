#include "app/readings/ReadingsHistoryModel.h"

#include "app/readings/ReadingsFormat.h"

using namespace Qt::StringLiterals;

namespace lkk {

// Internal ids: 0 for meter rows; meter row + 1 for its reading rows (so parent() is O(1)).
ReadingsHistoryModel::ReadingsHistoryModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void ReadingsHistoryModel::setHistory(const ReadingsHistory& history) {
    beginResetModel();
    m_history = history;
    m_zoneColumns = 1;
    for (const HistoryMeter& m : m_history.meters)
        m_zoneColumns = std::max(m_zoneColumns, static_cast<int>(m.zones.size()));
    endResetModel();
}

void ReadingsHistoryModel::clear() {
    setHistory({});
}

int ReadingsHistoryModel::zoneColumnCount() const {
    return m_zoneColumns;
}

QModelIndex ReadingsHistoryModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ReadingsHistoryModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int ReadingsHistoryModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_history.meters.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_history.meters.at(parent.row()).readings.size());
}

int ReadingsHistoryModel::columnCount(const QModelIndex&) const {
    return FirstZoneColumn + m_zoneColumns;
}

Qt::ItemFlags ReadingsHistoryModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString ReadingsHistoryModel::meterTitle(const HistoryMeter& meter) {
    return tr("%1 - meter № %2").arg(meter.service, meter.number);
}

QString ReadingsHistoryModel::providerLine(const HistoryMeter& meter) {
    return tr("%1 - account № %2").arg(meter.provider, meter.subAccount);
}

QString ReadingsHistoryModel::sourceText(const HistoryReading& reading) {
    const QString& source = reading.source;
    // Every customer linked to the account may submit; the owner sees which reading is not theirs.
    if (source == "customer"_L1 && reading.byAnotherCustomer)
        return tr("Submitted by another customer linked to this account");
    if (source == "customer"_L1)
        return tr("Submitted by the customer");
    if (source == "operator"_L1)
        return tr("Taken by an operator");
    if (source == "inspector"_L1)
        return tr("Taken by an inspector");
    if (source == "automatic"_L1)
        return tr("Automatic metering");
    if (source == "estimated"_L1)
        return tr("Estimated");
    return source;
}

QVariant ReadingsHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return meterData(m_history.meters.at(index.row()), index.column(), role);
    const HistoryMeter& meter = m_history.meters.at(static_cast<qsizetype>(index.internalId() - 1));
    return readingData(meter, meter.readings.at(index.row()), index.column(), role);
}

QVariant ReadingsHistoryModel::meterData(const HistoryMeter& meter, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return QString(meterTitle(meter) + u'\n' + providerLine(meter));
        return {};
    case Qt::ToolTipRole:
        if (column == 0 && meter.readings.isEmpty())
            return tr("No readings in the chosen period.");
        return {};
    case MeterIdRole:
        return meter.id;
    case IsMeterRole:
        return true;
    case ProviderRole:
        return providerLine(meter);
    default:
        return {};
    }
}

QVariant ReadingsHistoryModel::readingData(const HistoryMeter& meter, const HistoryReading& reading, int column,
                                           int role) const {
    const int zoneIndex = column - FirstZoneColumn;
    const QString zone = zoneIndex >= 0 ? meter.zones.value(zoneIndex) : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (column == DateColumn)
            return reading.date.toString(u"dd.MM.yyyy"_s);
        if (column == PeriodColumn)
            return readingsformat::monthYear(reading.period);
        if (!zone.isEmpty() && reading.values.contains(zone))
            return readingsformat::withUnit(reading.values.value(zone), meter.unit);
        return {};
    case Qt::ToolTipRole:
        return sourceText(reading);
    case Qt::TextAlignmentRole:
        if (column >= FirstZoneColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case MeterIdRole:
        return meter.id;
    case IsMeterRole:
        return false;
    case DateRole:
        return reading.date;
    case SourceRole:
        return reading.source;
    case MachineValueRole:
        if (!zone.isEmpty() && reading.values.contains(zone))
            return reading.values.value(zone);
        return {};
    default:
        return {};
    }
}

QVariant ReadingsHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) // over the figures, like them
        return section >= FirstZoneColumn ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
                                          : QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == DateColumn)
        return tr("Date");
    if (section == PeriodColumn)
        return tr("Counted in the bill for");
    if (m_zoneColumns == 1)
        return tr("Reading");
    return readingsformat::zoneLabel(QString(u'T' + QString::number(section - FirstZoneColumn + 1)));
}

} // namespace lkk
