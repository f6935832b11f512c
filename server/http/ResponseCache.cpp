#include "server/http/ResponseCache.h"

namespace lkk::server {

namespace {

// What an entry costs: its bytes and a guess at the bookkeeping around them (list node, hash
// node, the QByteArrays' headers), so that many small answers cannot outgrow the bound either.
qint64 entryBytes(const QByteArray& key, const QByteArray& tag, const ApiReply& reply) {
    constexpr qint64 kOverhead = 256;
    qint64 bytes = kOverhead + 2 * key.size() + tag.size() + reply.body.size() + reply.contentType.size();
    for (const auto& header : reply.headers)
        bytes += header.first.size() + header.second.size() + 32;
    return bytes;
}

} // namespace

ResponseCache::ResponseCache(qint64 maxBytes)
    : m_maxBytes(qMax<qint64>(0, maxBytes)) {}

std::optional<ApiReply> ResponseCache::find(const QByteArray& key, const QByteArray& tag) {
    if (!enabled())
        return std::nullopt;
    const QMutexLocker lock(&m_mutex);
    const auto found = m_index.constFind(key);
    if (found == m_index.constEnd())
        return std::nullopt;
    const Entries::iterator entry = *found;
    if (entry->tag != tag) { // made under another stamp: the data changed since
        removeLocked(entry);
        return std::nullopt;
    }
    m_entries.splice(m_entries.begin(), m_entries, entry);
    return entry->reply;
}

void ResponseCache::insert(const QByteArray& key, const QByteArray& tag, const ApiReply& reply) {
    const qint64 bytes = entryBytes(key, tag, reply);
    if (!enabled() || bytes > m_maxBytes / 8)
        return;
    const QMutexLocker lock(&m_mutex);
    if (const auto found = m_index.constFind(key); found != m_index.constEnd())
        removeLocked(*found);
    m_entries.push_front(Entry{key, tag, reply, bytes});
    m_index.insert(key, m_entries.begin());
    m_bytes += bytes;
    while (m_bytes > m_maxBytes)
        removeLocked(std::prev(m_entries.end()));
}

void ResponseCache::removeLocked(Entries::iterator entry) {
    m_bytes -= entry->bytes;
    m_index.remove(entry->key);
    m_entries.erase(entry);
}

qint64 ResponseCache::bytes() const {
    const QMutexLocker lock(&m_mutex);
    return m_bytes;
}

qsizetype ResponseCache::size() const {
    const QMutexLocker lock(&m_mutex);
    return m_index.size();
}

} // namespace lkk::server
