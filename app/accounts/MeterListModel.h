#pragma once

#include "app/api/Dtos.h"

#include <QAbstractTableModel>

namespace lkk {

// «Список счётчиков» (docs/manual.md §10). Columns: «Поставщик услуг», «Услуга», «Номер счётчика»,
// «Дата снятия» (the last reading date within the asked period, dd.MM.yyyy, empty if none),
// «Значность счётчика» («6.3»), «Срок окончания МПИ» (dd.MM.yyyy).
// Roles: ExpiredRole bool (verification expired: highlight the row), MeterIdRole qint64,
// ContractIdRole qint64 (filter one contract's meters with a QSortFilterProxyModel on it),
// VerifiedUntilRole QDate, ReadingDateRole QDate, ZonesRole QStringList.
// Qt::ForegroundRole is a dark red QBrush for the МПИ cell of an expired meter;
// Qt::ToolTipRole on that cell says the verification has expired.
class MeterListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ProviderColumn,
        ServiceColumn,
        NumberColumn,
        ReadingDateColumn,
        CapacityColumn,
        VerifiedUntilColumn,
        ColumnCount
    };
    enum Role {
        ExpiredRole = Qt::UserRole + 1,
        MeterIdRole,
        ContractIdRole,
        VerifiedUntilRole,
        ReadingDateRole,
        ZonesRole,
    };
    Q_ENUM(Role)

    explicit MeterListModel(QObject* parent = nullptr);

    void setMeters(const QList<lkk::MeterInfo>& meters); // resets the model
    const QList<MeterInfo>& meters() const { return m_meters; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<MeterInfo> m_meters;
};

} // namespace lkk
