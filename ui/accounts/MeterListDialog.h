#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QTableView;

namespace lkk {

class AccountsStore;
class MeterListModel;
class PeriodSelector;

// «Список счётчиков» (docs/manual.md §10): every meter of the account's object with the reading
// date within the chosen period, the digit capacity and the verification end (МПИ); expired
// verifications are highlighted. The period selector defaults to «За год».
class MeterListDialog : public QDialog {
    Q_OBJECT
public:
    MeterListDialog(AccountsStore* store, qint64 accountId, const QString& subtitle, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }

    MeterListModel* model() const { return m_model; }
    PeriodSelector* periodSelector() const { return m_period; }

private:
    void reload();
    void showCached();

    AccountsStore* m_store;
    qint64 m_accountId;
    MeterListModel* m_model;
    PeriodSelector* m_period;
    QLabel* m_status;
    QLabel* m_legend = nullptr;
    QProgressBar* m_busy;
    QTableView* m_table;
};

} // namespace lkk
