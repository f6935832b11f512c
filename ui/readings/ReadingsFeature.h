#pragma once

#include <QObject>

class QScrollArea;
class QStackedWidget;

namespace lkk {

class AccountView;
class AccountsStore;
class ReadingsHistoryPage;
class ReadingsOutbox;
class ReadingsSubmitPage;
class Session;

// Puts meter readings into the main window with one line there: the signed-in user's
// ReadingsOutbox (opened for this server and user, so what was pending is sent again), the
// «Передача показаний» page in the account area (opened by the account's «Передать показания»),
// and the «Показания» page in «История» following the selected account.
class ReadingsFeature : public QObject {
    Q_OBJECT
public:
    ReadingsFeature(Session* session, AccountsStore* store, AccountView* accountView, QStackedWidget* areaStack,
                    QObject* parent = nullptr);
    ~ReadingsFeature() override;

    ReadingsOutbox* outbox() const { return m_outbox; }
    ReadingsSubmitPage* submitPage() const { return m_submitPage; }
    ReadingsHistoryPage* historyPage() const { return m_historyPage; }
    bool isSubmitPageShown() const;

    void showSubmitPage(); // for the selected account

private:
    Session* m_session;
    AccountsStore* m_store;
    AccountView* m_accountView;
    QStackedWidget* m_areaStack;
    ReadingsOutbox* m_outbox;
    ReadingsSubmitPage* m_submitPage;
    QScrollArea* m_submitScroll;
    ReadingsHistoryPage* m_historyPage;
};

} // namespace lkk
