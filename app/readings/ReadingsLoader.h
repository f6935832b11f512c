#pragma once

#include "app/api/ApiError.h"
#include "app/readings/ReadingsDtos.h"

#include <QDate>
#include <QObject>
#include <optional>

namespace lkk {

class Session;

// Fetches the submission form and the history of one account for the readings pages. Only the
// answer to the latest request of each kind counts: switching accounts or periods quickly never
// shows an older answer.
class ReadingsLoader : public QObject {
    Q_OBJECT
public:
    explicit ReadingsLoader(Session* session, QObject* parent = nullptr);

    void loadForm(qint64 accountId);
    void loadHistory(qint64 accountId, const QDate& from, const QDate& to);
    void cancel(); // drops the answers of running requests

    bool isLoadingForm() const { return m_formLoading; }
    bool isLoadingHistory() const { return m_historyLoading; }
    const std::optional<ReadingsForm>& form() const { return m_form; }
    qint64 formAccountId() const { return m_formAccount; }
    const std::optional<ReadingsHistory>& history() const { return m_history; }
    qint64 historyAccountId() const { return m_historyAccount; }

signals:
    void formLoaded(qint64 accountId);
    void formFailed(qint64 accountId, const lkk::ApiError& error);
    void historyLoaded(qint64 accountId);
    void historyFailed(qint64 accountId, const lkk::ApiError& error);
    void loadingChanged();

private:
    Session* m_session;
    std::optional<ReadingsForm> m_form;
    std::optional<ReadingsHistory> m_history;
    qint64 m_formAccount = 0;
    qint64 m_historyAccount = 0;
    quint64 m_formGeneration = 0;
    quint64 m_historyGeneration = 0;
    bool m_formLoading = false;
    bool m_historyLoading = false;
};

} // namespace lkk
