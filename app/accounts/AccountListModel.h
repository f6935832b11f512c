#pragma once

#include "app/api/Dtos.h"

#include <QAbstractListModel>
#include <QPointer>

namespace lkk {

class AccountsStore;

// The «Ваши счета» sidebar (docs/manual.md §6): one row per linked account, in link order.
// Roles:
//   Qt::DisplayRole   address («Ласточкина ул., д.13, кв.11»)
//   Qt::ToolTipRole   «Лицевой счёт 100103492»
//   IdRole            qint64 server id           NumberRole     QString account number
//   KindRole          int(AccountKind)           KindTextRole   «ЕПД» / «Электроэнергия»
//   BadgeTextRole     «К оплате 126 294,98 руб.» / «Переплата 12,00 руб.» / «Нет долга»
//   BalanceRole       int(Balance)               ToPayRole      qint64 kopecks (negative = overpaid)
//   AmountTextRole    «126 294,98 руб.» (the absolute amount) PeriodRole «2026-11» or ""
//   CurrentRole       bool: the store's selected account
//   UnreadAppealsRole int: appeals with an answer not read yet; UnreadTextRole «Новых ответов: 2» or ""
//                     (the sidebar draws «● 2» with it as the accessible text)
class AccountListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NumberRole,
        KindRole,
        KindTextRole,
        BadgeTextRole,
        BalanceRole,
        ToPayRole,
        AmountTextRole,
        PeriodRole,
        CurrentRole,
        UnreadAppealsRole,
        UnreadTextRole,
    };
    Q_ENUM(Role)
    enum class Balance { Debt, Overpaid, Settled };
    Q_ENUM(Balance)

    explicit AccountListModel(QObject* parent = nullptr);

    // Follows the store (list, summaries, selection); or feed it with setAccounts().
    void setStore(AccountsStore* store);
    void setAccounts(const QList<lkk::AccountSummary>& accounts);
    void setCurrentId(qint64 id);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 accountId) const; // -1 if not listed
    qint64 idAt(int row) const;

    static QString kindText(AccountKind kind);
    static Balance balanceOf(Money toPay);
    static QString badgeText(Money toPay);

private:
    void syncFromStore();
    void updateOne(qint64 accountId);

    QList<AccountSummary> m_accounts;
    qint64 m_currentId = 0;
    QPointer<AccountsStore> m_store;
};

} // namespace lkk
