#pragma once

#include "server/http/ApiReply.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <list>
#include <optional>

namespace lkk::server {

// The 200 answers of the routes with a data stamp, as last sent, so that a repeated read costs
// about what its 304 costs (docs/http-server.md, «Response cache»). An answer is a function of
// its request and its stamp; the key names the request (route, path, query, language, caller,
// role, encoding) and each entry remembers the tag of the stamp it was made under: a read under
// another stamp misses and replaces the entry. Nothing is invalidated by hand — a write anywhere
// (another instance too) changes the stamp in the database. Bounded by bytes, least recently used
// entries go first; safe from every worker thread.
class ResponseCache {
public:
    explicit ResponseCache(qint64 maxBytes); // 0: off, nothing is kept

    bool enabled() const { return m_maxBytes > 0; }
    // The answer kept for `key` if it was made under `tag`.
    std::optional<ApiReply> find(const QByteArray& key, const QByteArray& tag);
    // Keeps `reply` (encoded as sent) for `key` under `tag`; an answer larger than an eighth of
    // the bound is not kept, so one large answer cannot empty the cache.
    void insert(const QByteArray& key, const QByteArray& tag, const ApiReply& reply);

    qint64 bytes() const;
    qsizetype size() const;

private:
    struct Entry {
        QByteArray key;
        QByteArray tag;
        ApiReply reply;
        qint64 bytes = 0;
    };
    using Entries = std::list<Entry>; // most recently used first

    void removeLocked(Entries::iterator entry);

    const qint64 m_maxBytes;
    mutable QMutex m_mutex;
    Entries m_entries;
    QHash<QByteArray, Entries::iterator> m_index;
    qint64 m_bytes = 0;
};

} // namespace lkk::server
