#include "app/accounts/TariffHistoryModel.h"

using namespace Qt::StringLiterals;

namespace lkk {

TariffHistoryModel::TariffHistoryModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TariffHistoryModel::setHistory(const TariffHistory& history) {
    beginResetModel();
    m_history = history;
    m_rows.clear();
    for (int s = 0; s < m_history.tariffs.size(); ++s) {
        for (int e = 0; e < m_history.tariffs.at(s).history.size(); ++e)
            m_rows.append({s, e});
    }
    endResetModel();
}

int TariffHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TariffHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TariffHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row row = m_rows.at(index.row());
    const TariffHistorySeries& series = m_history.tariffs.at(row.series);
    const TariffHistoryEntry& entry = series.history.at(row.entry);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ValidFromColumn:
            return entry.validFrom.toString(u"dd.MM.yyyy"_s);
        case ValueColumn:
            return entry.value.toText();
        case PeriodColumn:
            return periodText(entry.period);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return series.zone.isEmpty() ? series.name : series.name + u" ("_s + series.zone + u')';
    case ValidFromRole:
        return entry.validFrom;
    case ValueRole:
        return entry.value.kopecks();
    case SeriesRole:
        return row.series;
    case ZoneRole:
        return series.zone;
    case NameRole:
        return series.name;
    default:
        return {};
    }
}

QVariant TariffHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ValidFromColumn:
        return tr("Effective from");
    case ValueColumn:
        return tr("Tariff value");
    case PeriodColumn:
        return tr("Tariff period");
    default:
        return {};
    }
}

QHash<int, QByteArray> TariffHistoryModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{ValidFromRole, "validFrom"},
                  {ValueRole, "value"},
                  {SeriesRole, "series"},
                  {ZoneRole, "zone"},
                  {NameRole, "name"}});
    return names;
}

QString TariffHistoryModel::periodText(const QString& period) {
    if (period == "month"_L1)
        return tr("One month");
    if (period == "year"_L1)
        return tr("One year");
    if (period == "day"_L1)
        return tr("One day");
    return period;
}

} // namespace lkk
