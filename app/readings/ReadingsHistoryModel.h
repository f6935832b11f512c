#pragma once

#include "app/readings/ReadingsDtos.h"

#include <QAbstractItemModel>

namespace lkk {

// «История» → «Показания» (docs/manual.md §9.2) as a tree: one row per meter
// («Горячая вода - № ПУ 517480», with «МУП ЖКХ «Октябрьское» - № ЛС 887100103492» under it), its
// readings as children, newest first: «Дата», «Учтены в счёте за» («ноябрь 2026») and one column
// per zone («74,000 м3»; «Показание» when no meter has more than one zone). Meter rows span the
// columns in the view (isMeterRow()).
class ReadingsHistoryModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { DateColumn, PeriodColumn, FirstZoneColumn };
    enum Role {
        MeterIdRole = Qt::UserRole + 1,
        IsMeterRole,      // bool
        ProviderRole,     // meter rows: «МУП ЖКХ «Октябрьское» - № ЛС 887100103492»
        DateRole,         // reading rows: QDate
        SourceRole,       // reading rows: "customer", "operator"…
        MachineValueRole, // zone cells: "74.000"
    };
    Q_ENUM(Role)

    explicit ReadingsHistoryModel(QObject* parent = nullptr);

    void setHistory(const ReadingsHistory& history); // resets
    void clear();
    const ReadingsHistory& history() const { return m_history; }
    int zoneColumnCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    static QString meterTitle(const HistoryMeter& meter);
    static QString providerLine(const HistoryMeter& meter);
    static QString sourceText(const HistoryReading& reading);

private:
    QVariant meterData(const HistoryMeter& meter, int column, int role) const;
    QVariant readingData(const HistoryMeter& meter, const HistoryReading& reading, int column, int role) const;

    ReadingsHistory m_history;
    int m_zoneColumns = 1;
};

} // namespace lkk
