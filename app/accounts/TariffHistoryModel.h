#pragma once

#include "app/api/Dtos.h"

#include <QAbstractTableModel>

namespace lkk {

// «История тарифов» (docs/manual.md §10): one row per (series, validFrom), as the server orders them
// (newest first within a series; series in the server's order).
// Columns: «Дата начала действия» (dd.MM.yyyy), «Величина тарифа» («1 947,69 руб.»),
// «Период действия тарифа» («Один месяц»).
// Roles: ValidFromRole QDate, ValueRole qint64 kopecks, SeriesRole int (index into tariffs),
// ZoneRole QString, NameRole QString (the series' tariff name).
class TariffHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ValidFromColumn, ValueColumn, PeriodColumn, ColumnCount };
    enum Role { ValidFromRole = Qt::UserRole + 1, ValueRole, SeriesRole, ZoneRole, NameRole };
    Q_ENUM(Role)

    explicit TariffHistoryModel(QObject* parent = nullptr);

    void setHistory(const lkk::TariffHistory& history); // resets the model
    const TariffHistory& history() const { return m_history; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "month" -> «Один месяц», "year" -> «Один год», "day" -> «Один день»; others as sent.
    static QString periodText(const QString& period);

private:
    struct Row {
        int series;
        int entry;
    };
    TariffHistory m_history;
    QList<Row> m_rows;
};

} // namespace lkk
