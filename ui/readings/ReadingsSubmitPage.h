#pragma once

#include "app/api/Dtos.h"
#include "app/readings/ReadingsDtos.h"

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace lkk {

class MessageBanner;
class MeterReadingCard;
class ReadingsLoader;
class ReadingsOutbox;
class Session;

// «Передача показаний» (manual, section 8, figures 22–23): a back link with the account, the
// address, the window banner, one MeterReadingCard per meter and «Передать все». A submission is
// checked with ReadingRules first (inline errors, a confirmation for a rollover or a high
// consumption), then handed to the ReadingsOutbox; the card follows that entry: pending while the
// server is unreachable, then the server's answer. A warning the server raises itself (its data
// was newer than the form) is confirmed the same way and the reading resent with the flag.
class ReadingsSubmitPage : public QWidget {
    Q_OBJECT
public:
    ReadingsSubmitPage(Session* session, ReadingsOutbox* outbox, QWidget* parent = nullptr);
    ~ReadingsSubmitPage() override;

    void setAccount(const AccountSummary& account); // (re)loads the form
    qint64 accountId() const { return m_accountId; }
    void reload();

    MeterReadingCard* card(qint64 meterId) const;
    QList<MeterReadingCard*> cards() const { return m_cards; }
    MessageBanner* windowBanner() const { return m_windowBanner; }
    QPushButton* submitAllButton() const { return m_submitAll; }
    ReadingsLoader* loader() const { return m_loader; }

    // Checks the card's input and, when it passes, queues it; a warning is confirmed first (the
    // answer comes later: submitted() tells when it was queued).
    void submitCard(qint64 meterId);
    void submitAll();

    // An operator taking the readings a caller dictates: every submission carries this reason.
    void setReason(const QString& reason) { m_reason = reason; }
    QString reason() const { return m_reason; }

signals:
    void backRequested();
    void submitted(qint64 meterId, const QString& submissionId);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslate();
    void showForm();
    void clearCards();
    void send(MeterReadingCard* card, bool confirmRollover, bool confirmHighConsumption);
    void confirmThenSend(MeterReadingCard* card, const QString& title, const QString& text, bool confirmRollover,
                         bool confirmHighConsumption);
    void onEntryChanged(const QString& submissionId);
    void showEntry(MeterReadingCard* card, const QString& submissionId);

    Session* m_session;
    ReadingsOutbox* m_outbox;
    ReadingsLoader* m_loader;
    qint64 m_accountId = 0;
    QString m_accountNumber;
    QPushButton* m_back;
    QLabel* m_address;
    QProgressBar* m_busy;
    QLabel* m_loadError;
    QPushButton* m_retry;
    MessageBanner* m_windowBanner;
    QWidget* m_cardsHolder;
    QVBoxLayout* m_cardsColumn;
    QLabel* m_empty;
    QPushButton* m_submitAll;
    QList<MeterReadingCard*> m_cards;
    std::optional<ReadingsWindow> m_window;
    QString m_reason;
};

} // namespace lkk
