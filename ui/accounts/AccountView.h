#pragma once

#include "app/api/Dtos.h"

#include <QWidget>
#include <optional>

class QFrame;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace lkk {

class HistoryTab;
class RequisitesTab;

// The account area (docs/manual.md §6): a header with the address, the kind and number
// and the amount to pay, the «Оплатить» and «Передать показания» buttons, and the tabs «История»,
// «Реквизиты ЛС» and «Обращения» (with the number of answers not read yet).
class AccountView : public QWidget {
    Q_OBJECT
public:
    explicit AccountView(QWidget* parent = nullptr);
    ~AccountView() override;

    void setAccount(const AccountSummary& account);
    qint64 accountId() const { return m_account ? m_account->id : 0; }
    void setRefreshing(bool refreshing);
    // An operator's view of a caller's account: no «Оплатить», no «Передать показания» (the
    // operator's own reading dialog asks for a reason).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // «Обращения»: the page is made and wired by the appeals feature (it has the session).
    void setAppealsPage(QWidget* page);
    QWidget* appealsPage() const { return m_appeals; }
    HistoryTab* historyTab() const { return m_history; }
    RequisitesTab* requisitesTab() const { return m_requisites; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void payRequested();      // «Оплатить»
    void readingsRequested(); // «Передать показания»

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void showAmount();
    void placeHeader(bool narrow);
    void fitHeaderHeight();
    void showAppealsTabText();

    std::optional<AccountSummary> m_account;
    QProgressBar* m_refresh;
    QFrame* m_header;
    QGridLayout* m_headerGrid;
    QVBoxLayout* m_titleColumn;
    QVBoxLayout* m_amountColumn;
    QVBoxLayout* m_buttonColumn;
    bool m_narrowHeader = false;
    bool m_readOnly = false;
    QLabel* m_address;
    QLabel* m_subtitle;
    QLabel* m_amountCaption;
    QLabel* m_amount;
    QPushButton* m_pay;
    QPushButton* m_readings;
    QTabWidget* m_tabs;
    HistoryTab* m_history;
    RequisitesTab* m_requisites;
    QWidget* m_appeals; // a placeholder until setAppealsPage()
};

} // namespace lkk
