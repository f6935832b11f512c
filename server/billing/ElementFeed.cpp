#include "server/billing/ElementFeed.h"

namespace lkk::server::billing {

using namespace Qt::StringLiterals;

namespace {

// What waits in the queue: enough to keep the database busy, little enough to stay small.
constexpr size_t maxQueuedItems = 1024;
constexpr qsizetype maxQueuedBytes = 16 << 20;
// A writer that waits for elements is woken when this many have come (or anything but an
// element), not for each one: it writes them in batches anyway.
constexpr size_t wakeWriterAt = 64;

} // namespace

ElementFeed::ElementFeed(JsonStreamReader& reader, const ArrayStart (&arrays)[KindCount], qsizetype maxElementBytes)
    : m_reader(reader)
    , m_maxElementBytes(maxElementBytes) {
    std::copy(std::begin(arrays), std::end(arrays), std::begin(m_arrays));
    m_thread = std::thread([this] { produce(); });
}

ElementFeed::~ElementFeed() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

ElementFeed::Item ElementFeed::next() {
    std::unique_lock lock(m_mutex);
    if (m_queue.empty()) {
        m_consumerWaits = true;
        m_changed.wait(lock, [this] { return !m_queue.empty(); });
        m_consumerWaits = false;
    }
    Item item = std::move(m_queue.front());
    m_queue.pop_front();
    m_queuedBytes -= item.tree.footprint();
    const bool wake = m_producerWaits && drained();
    lock.unlock();
    if (wake)
        m_changed.notify_all();
    return item;
}

bool ElementFeed::drained() const {
    return m_queue.empty() || (m_queue.size() <= maxQueuedItems / 2 && m_queuedBytes <= maxQueuedBytes / 2);
}

bool ElementFeed::push(Item&& item) {
    const qsizetype bytes = item.tree.footprint();
    std::unique_lock lock(m_mutex);
    if (!m_stop && !m_queue.empty() && (m_queue.size() >= maxQueuedItems || m_queuedBytes + bytes > maxQueuedBytes)) {
        // Full: the reader waits until the queue has drained to half, so the two threads take
        // turns once per many elements rather than once per element.
        m_producerWaits = true;
        if (m_consumerWaits)
            m_changed.notify_all(); // a writer still waiting for a full handful
        m_changed.wait(lock, [this] { return m_stop || drained(); });
        m_producerWaits = false;
    }
    if (m_stop)
        return false;
    m_queuedBytes += bytes;
    m_queue.push_back(std::move(item));
    const bool wake = m_consumerWaits && (m_queue.back().what != Item::What::Element ||
                                          m_queue.size() >= wakeWriterAt || m_queuedBytes >= maxQueuedBytes / 2);
    lock.unlock();
    if (wake)
        m_changed.notify_all();
    return true;
}

ElementFeed::Item ElementFeed::failure(Kind kind, const QString& path, TextPosition at) const {
    Item item;
    item.what = Item::What::Failed;
    item.kind = kind;
    item.path = path;
    item.readerStatus = m_reader.status();
    item.message = m_reader.errorMessage();
    // Too large: where the element starts; malformed: where the reader found it so.
    item.position = m_reader.status() == JsonStreamReader::Status::TooLarge ? at : m_reader.errorPosition();
    return item;
}

void ElementFeed::produce() {
    for (int kind = 0; kind < KindCount; ++kind) {
        if (!readArray(Kind(kind)))
            return;
    }
    push(Item{});
}

bool ElementFeed::readArray(Kind kind) {
    const QString path = u"$."_s + arrayNames[kind];
    if (!m_reader.seek(m_arrays[kind].offset, m_arrays[kind].position)) {
        push(failure(kind, path, {}));
        return false;
    }
    if (m_reader.peekValue() != '[') {
        Item item;
        item.what = Item::What::NotAnArray;
        item.kind = kind;
        item.path = path;
        item.position = m_reader.position();
        push(std::move(item));
        return false;
    }
    m_reader.enterArray();
    for (qint64 index = 0; m_reader.nextElement(); ++index) {
        Item item;
        item.kind = kind;
        item.index = index;
        item.path = path + u'[' + QString::number(index) + u']';
        const TextPosition at = m_reader.position();
        if (!m_reader.readValue(&item.tree, m_maxElementBytes)) {
            push(failure(kind, item.path, at));
            return false;
        }
        item.what = Item::What::Element;
        EntityReader reader(item.problem, item.tree, item.path);
        switch (kind) {
        case Providers:
            item.entity = reader.provider();
            break;
        case Tariffs:
            item.entity = reader.tariff();
            break;
        case Accounts:
            item.entity = reader.account();
            break;
        case Contracts:
            item.entity = reader.contract();
            break;
        case Meters:
            item.entity = reader.meter();
            break;
        case Readings:
            item.entity = reader.reading();
            break;
        case Payments:
            item.entity = reader.payment();
            break;
        default:
            item.entity = reader.bill();
        }
        if (!push(std::move(item)))
            return false;
    }
    if (!m_reader.ok()) {
        push(failure(kind, QString(), {}));
        return false;
    }
    Item end;
    end.what = Item::What::ArrayEnd;
    end.kind = kind;
    return push(std::move(end));
}

} // namespace lkk::server::billing
