#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeView;

namespace lkk {

class ConnectionTrouble;
class DeferredReload;
class PaymentsModel;
class PeriodSelector;
class Session;

// «Оплаты» in «История» (docs/manual.md §9.3): the period combo and, per provider's
// sub-account, its payments in the period (expand a «№ ЛС» row). Loads in the background with a
// busy bar; a failure keeps the old rows and says why above them.
class PaymentsPage : public QWidget {
    Q_OBJECT
public:
    explicit PaymentsPage(Session* session, QWidget* parent = nullptr);
    ~PaymentsPage() override;

    // Follows the account shown (0 = none: empty); loads at once.
    void setAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }
    void reload();
    // In the main window: a failed connection is said once, by `trouble` (which retries this page).
    void setConnectionTrouble(ConnectionTrouble* trouble) { m_trouble = trouble; }

    PeriodSelector* periodSelector() const { return m_period; }
    PaymentsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    bool isLoading() const { return m_loading; }

signals:
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void setLoading(bool loading);
    void showStatus();
    void retranslate();

    Session* m_session;
    qint64 m_accountId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    QString m_error;
    bool m_notLoaded = false; // the connection failed and nothing is shown
    ConnectionTrouble* m_trouble = nullptr;
    PeriodSelector* m_period;
    QProgressBar* m_busy;
    QLabel* m_status;
    QTreeView* m_view;
    PaymentsModel* m_model;
    DeferredReload* m_deferredReload; // account switches reload only what is on screen
};

} // namespace lkk
