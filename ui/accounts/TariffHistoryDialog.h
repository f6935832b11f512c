#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QTableView;

namespace lkk {

class AccountsStore;
class TariffHistoryModel;

// «История тарифов» (docs/manual.md §10): every value the contract's tariffs had — start date,
// value, period — from the store's cache at once, refreshed in the background.
class TariffHistoryDialog : public QDialog {
    Q_OBJECT
public:
    TariffHistoryDialog(AccountsStore* store, qint64 accountId, qint64 contractId, const QString& contractTitle,
                        QWidget* parent = nullptr);

    TariffHistoryModel* model() const { return m_model; }

private:
    void showCached();

    AccountsStore* m_store;
    qint64 m_accountId;
    qint64 m_contractId;
    TariffHistoryModel* m_model;
    QLabel* m_tariffNames;
    QLabel* m_status;
    QProgressBar* m_busy;
    QTableView* m_table;
};

} // namespace lkk
