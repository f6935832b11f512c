#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"
#include "server/readings/ReadingsStore.h"

#include <QJsonObject>
#include <QString>

namespace lkk::server {
class Database;
}

namespace lkk::server::readings {

// The three readings endpoints for an authenticated caller whose account link is already checked
// (ReadingsApi does both): the form, the history and a submission, with the rules of
// ReadingRules and the SQL of ReadingsStore. Thread-safe: all state is per call.
class ReadingsService {
public:
    ReadingsService(Database& database, int fromDay, int toDay);

    Result<ApiReply> form(RequestContext& context, qint64 accountId) const;
    Result<ApiReply> history(RequestContext& context, qint64 accountId, const QString& query) const;
    // body: already checked against the JSON spec (types, unknown fields, required ones).
    // onBehalf: an operator submits for the customer (context's caller), with every rule of the
    // customer's form; its audit entry is written in the submission's transaction.
    struct OnBehalf {
        qint64 operatorId = 0;
        AlsoWrite audit;
    };
    Result<ApiReply> submit(RequestContext& context, qint64 accountId, const QJsonObject& body,
                            const OnBehalf* onBehalf = nullptr) const;

private:
    Database& m_database;
    int m_fromDay;
    int m_toDay;
};

} // namespace lkk::server::readings
