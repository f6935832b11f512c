#pragma once

#include "app/payments/PaymentDtos.h"

#include <QAbstractItemModel>

namespace lkk {

// «Оплаты» (docs/manual.md §9.3) as a two-level tree: one top row per sub-account
// (provider, «№ ЛС 878100103492», and the number and sum of its payments in the period), under it
// one row per payment, newest first: date «06.12.2018», amount «1,00 руб.», status «Зачислен» /
// «В обработке».
// Roles: KindRole (SubAccountRow / PaymentRow), ProviderRole, SubAccountRole, DateRole QDate,
// AmountRole qint64 kopecks, StatusRole (PaymentRecord::Status as int), OrderIdRole.
class PaymentsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { DateColumn, AmountColumn, StatusColumn, ColumnCount };
    enum RowKind { SubAccountRow, PaymentRow };
    enum Role {
        KindRole = Qt::UserRole + 1,
        ProviderRole,
        SubAccountRole,
        DateRole,
        AmountRole,
        StatusRole,
        OrderIdRole,
    };
    Q_ENUM(Role)

    explicit PaymentsModel(QObject* parent = nullptr);

    void setSubAccounts(const QList<lkk::SubAccountPayments>& subAccounts); // resets the model
    const QList<SubAccountPayments>& subAccounts() const { return m_subAccounts; }
    int paymentCount() const;

    static QString statusText(PaymentRecord::Status status);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant subAccountData(int row, int column, int role) const;
    QVariant paymentData(int parentRow, int row, int column, int role) const;

    QList<SubAccountPayments> m_subAccounts;
};

} // namespace lkk
