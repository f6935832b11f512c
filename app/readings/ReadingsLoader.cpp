#include "app/readings/ReadingsLoader.h"

#include "app/readings/ReadingsOperations.h"
#include "app/session/Session.h"

namespace lkk {

ReadingsLoader::ReadingsLoader(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session) {}

void ReadingsLoader::loadForm(qint64 accountId) {
    const quint64 generation = ++m_formGeneration;
    if (m_formAccount != accountId)
        m_form.reset();
    m_formAccount = accountId;
    m_formLoading = true;
    emit loadingChanged();
    m_session->authorized(GetReadingsFormOperation{accountId}, this,
                          [this, generation, accountId](Result<ReadingsForm> result) {
                              if (generation != m_formGeneration)
                                  return;
                              m_formLoading = false;
                              emit loadingChanged();
                              if (!result) {
                                  emit formFailed(accountId, result.error());
                                  return;
                              }
                              m_form = std::move(result).value();
                              emit formLoaded(accountId);
                          });
}

void ReadingsLoader::loadHistory(qint64 accountId, const QDate& from, const QDate& to) {
    const quint64 generation = ++m_historyGeneration;
    if (m_historyAccount != accountId)
        m_history.reset();
    m_historyAccount = accountId;
    m_historyLoading = true;
    emit loadingChanged();
    m_session->authorized(GetReadingsHistoryOperation{accountId, from, to}, this,
                          [this, generation, accountId](Result<ReadingsHistory> result) {
                              if (generation != m_historyGeneration)
                                  return;
                              m_historyLoading = false;
                              emit loadingChanged();
                              if (!result) {
                                  emit historyFailed(accountId, result.error());
                                  return;
                              }
                              m_history = std::move(result).value();
                              emit historyLoaded(accountId);
                          });
}

void ReadingsLoader::cancel() {
    ++m_formGeneration;
    ++m_historyGeneration;
    const bool was = m_formLoading || m_historyLoading;
    m_formLoading = m_historyLoading = false;
    if (was)
        emit loadingChanged();
}

} // namespace lkk
