#pragma once

#include "app/bills/BillDtos.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QPrintPreviewDialog;

namespace lkk {

class AccountsStore;
class BillsModel;
class ConnectionTrouble;
class DeferredReload;
class BillsView;
class MessageBanner;
class PeriodSelector;
class Session;

// «История» › «Платёжный документ» (docs/manual.md §9.1): the period selector, the two views
// «Общая информация» / «Детализация по услугам», and the tree of the bills with «Печать квитанции».
// Follows the store's current account and loads GET /accounts/{id}/bills for the chosen months;
// a late answer for another account or period is dropped.
class BillsPage : public QWidget {
    Q_OBJECT
public:
    BillsPage(Session* session, AccountsStore* store, QWidget* parent = nullptr);
    ~BillsPage() override;

    void setAccountId(qint64 accountId); // 0 = none; reloads
    qint64 accountId() const { return m_accountId; }
    void reload();
    bool isLoading() const { return m_loading; }
    // In the main window: a failed connection is said once, by `trouble` (which retries this page),
    // not in this page's banner.
    void setConnectionTrouble(ConnectionTrouble* trouble) { m_trouble = trouble; }

    // Opens the print preview of `period`'s bill (nullptr when not loaded).
    QPrintPreviewDialog* printBill(const QDate& period);

    BillsModel* model() const { return m_model; }
    BillsView* view() const { return m_view; }
    PeriodSelector* periodSelector() const { return m_period; }
    MessageBanner* banner() const { return m_banner; }
    QPushButton* generalButton() const { return m_general; }
    QPushButton* detailButton() const { return m_detail; }

signals:
    void loaded(); // after every answer, success or error

protected:
    void changeEvent(QEvent* event) override;

private:
    void setLoading(bool loading);
    void showEmptyState();
    void retranslate();

    Session* m_session;
    AccountsStore* m_store;
    qint64 m_accountId = 0;
    quint64 m_generation = 0; // answers of older requests are ignored
    QString m_shownRequest;   // account and months of the bills in the model, kept on a failed refresh
    bool m_loading = false;
    bool m_notLoaded = false; // the connection failed and nothing is shown
    ConnectionTrouble* m_trouble = nullptr;
    BillsModel* m_model;
    PeriodSelector* m_period;
    QPushButton* m_general;
    QPushButton* m_detail;
    QButtonGroup* m_viewGroup;
    QProgressBar* m_busy;
    MessageBanner* m_banner;
    QLabel* m_empty;
    BillsView* m_view;
    DeferredReload* m_deferredReload; // account switches reload only what is on screen
};

} // namespace lkk
