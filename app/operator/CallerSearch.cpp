#include "app/operator/CallerSearch.h"

#include "app/core/Clock.h"
#include "app/operator/OperatorOperations.h"
#include "app/session/Session.h"

namespace lkk {

CallerSearch::CallerSearch(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_pause(session->clock().createTimer(this)) {
    connect(m_pause, &ClockTimer::timeout, this, &CallerSearch::send);
}

bool CallerSearch::isWaiting() const {
    return m_pause->isActive();
}

void CallerSearch::setQuery(const QString& text) {
    const QString query = text.trimmed();
    if (query == m_query)
        return;
    m_query = query;
    if (m_query.size() < minimumLength) {
        m_pause->stop();
        const bool wasSearching = isSearching();
        m_inFlight = 0; // a late answer no longer matters
        m_resultQuery.clear();
        m_result = {};
        if (wasSearching)
            emit searchingChanged(false);
        emit resultChanged();
        return;
    }
    m_pause->start(typingPause);
}

void CallerSearch::searchNow() {
    m_pause->stop();
    if (m_query.size() >= minimumLength && !(m_query == m_resultQuery && !isSearching()))
        send();
}

void CallerSearch::send() {
    const bool wasSearching = isSearching();
    const quint64 number = ++m_sent;
    m_inFlight = number;
    const QString query = m_query;
    if (!wasSearching)
        emit searchingChanged(true);
    m_session->authorized(SearchCallersOperation{query}, this,
                          [this, number, query](Result<CallerSearchResult> answer) {
                              if (number != m_inFlight)
                                  return; // a newer query was sent or the field was cleared
                              m_inFlight = 0;
                              emit searchingChanged(false);
                              if (!answer) {
                                  emit failed(answer.error());
                                  return;
                              }
                              m_resultQuery = query;
                              m_result = std::move(answer).value();
                              emit resultChanged();
                          });
}

} // namespace lkk
