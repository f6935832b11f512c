#pragma once

#include "app/api/Dtos.h"

#include <QAbstractItemModel>

namespace lkk {

// «Договоры» of «Реквизиты ЛС» (docs/manual.md §10) as a two-level tree, two columns:
//   contract rows (top level): column 0 «ООО «ЗТК» - Отопление (Клов) № ЛС 878100103492»,
//                              column 1 empty;
//   tariff rows (children):    column 0 the tariff name («Наименование тарифа»),
//                              column 1 the value «1 947,69 руб./Гкал» («Величина тарифа»).
// Headers: «Договор и тариф» (the column holds both), «Величина тарифа».
// Roles (any column): ContractIdRole qint64, TariffIdRole qint64 (0 on contract rows),
// IsContractRole bool, ValueRole qint64 kopecks (tariff rows), ProviderRole / ServiceRole /
// SubAccountRole QString, ZoneRole QString (tariff rows).
class ContractsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum Role {
        ContractIdRole = Qt::UserRole + 1,
        TariffIdRole,
        IsContractRole,
        ValueRole,
        ProviderRole,
        ServiceRole,
        SubAccountRole,
        ZoneRole,
    };
    Q_ENUM(Role)

    explicit ContractsModel(QObject* parent = nullptr);

    void setContracts(const QList<lkk::Contract>& contracts); // resets the model
    const QList<Contract>& contracts() const { return m_contracts; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // «ООО «ЗТК» - Отопление (Клов) № ЛС 878100103492».
    static QString contractTitle(const Contract& contract);
    // «1 947,69 руб./Гкал» («1 947,69 руб.» without a unit).
    static QString tariffValueText(const Tariff& tariff);

private:
    QList<Contract> m_contracts;
};

} // namespace lkk
