#pragma once

#include "app/api/ApiError.h"
#include "app/operator/OperatorDtos.h"

#include <QObject>
#include <chrono>

namespace lkk {

class ClockTimer;
class Session;

// The operator's caller search as they type: a query is sent once the typing pauses (on the
// session's clock, so tests move it), at once on searchNow(); an answer to an older query than the
// latest one is dropped. Shorter than two characters is no query (the server refuses it).
class CallerSearch : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds typingPause{350};
    static constexpr int minimumLength = 2;

    explicit CallerSearch(Session* session, QObject* parent = nullptr);

    QString query() const { return m_query; }
    // The answer to resultQuery(), the last query answered.
    const CallerSearchResult& result() const { return m_result; }
    QString resultQuery() const { return m_resultQuery; }
    bool isSearching() const { return m_inFlight != 0; }
    bool isWaiting() const; // typed, the pause not over yet
    // The latest query has its answer (or there is no query).
    bool isSettled() const { return !isWaiting() && !isSearching(); }

public slots:
    void setQuery(const QString& text); // restarts the pause
    void searchNow();                   // the current query, without the pause

signals:
    void searchingChanged(bool searching);
    void resultChanged(); // result() was replaced (also by an empty one when the query is cleared)
    void failed(const lkk::ApiError& error);

private:
    void send();

    Session* m_session;
    ClockTimer* m_pause;
    QString m_query;
    QString m_resultQuery;
    CallerSearchResult m_result;
    quint64 m_sent = 0;     // numbers the queries sent
    quint64 m_inFlight = 0; // the number of the one awaited; 0 = none
};

} // namespace lkk
