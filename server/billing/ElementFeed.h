#pragma once

#include "server/billing/BillingData.h"
#include "server/billing/EntityReader.h"
#include "server/billing/JsonStreamReader.h"

#include <QLatin1StringView>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <variant>

namespace lkk::server::billing {

// The arrays of a file in the order they are read: what an entity refers to comes before it, and
// payments before the bills whose paid they make up (docs/billing-import.md §2).
enum Kind { Providers, Tariffs, Accounts, Contracts, Meters, Readings, Payments, Bills, KindCount };
inline constexpr QLatin1StringView arrayNames[KindCount] = {
    QLatin1StringView("providers"), QLatin1StringView("tariffs"), QLatin1StringView("accounts"),
    QLatin1StringView("contracts"), QLatin1StringView("meters"),  QLatin1StringView("readings"),
    QLatin1StringView("payments"),  QLatin1StringView("bills")};

// Where an array starts in the file (found by the outline pass).
struct ArrayStart {
    qint64 offset = -1;
    TextPosition position;
};

// Reads the arrays of a file on a thread of its own, element by element, each parsed and checked
// on its own (EntityReader), into a bounded queue: so reading the next elements overlaps with the
// database work on the ones before. The consumer takes them with next() in file order, kind by
// kind; destroying the feed stops the thread.
class ElementFeed {
public:
    using Entity = std::variant<Provider, Tariff, Account, Contract, Meter, Reading, Bill, Payment>;
    struct Item {
        enum class What {
            Element,    // entity (and problem, when it has one of its own)
            ArrayEnd,   // the array of kind is complete
            NotAnArray, // the member at path is no array
            Failed,     // the reader stopped: readerStatus, message at position
            Done,       // every array read
        };
        What what = What::Done;
        Kind kind = Providers;
        Entity entity;
        FirstProblem problem;
        JsonTree tree;
        QString path; // "$.bills[12]", or the array's "$.bills"
        qint64 index = 0;
        TextPosition position; // where the element (or array) starts; the reader's error position
        JsonStreamReader::Status readerStatus = JsonStreamReader::Status::Ok;
        QString message;
    };

    // reader: positioned anywhere; arrays: where each starts. maxElementBytes: what one element
    // may take of the file.
    ElementFeed(JsonStreamReader& reader, const ArrayStart (&arrays)[KindCount], qsizetype maxElementBytes);
    ~ElementFeed();
    ElementFeed(const ElementFeed&) = delete;
    ElementFeed& operator=(const ElementFeed&) = delete;

    Item next();

private:
    void produce();
    bool readArray(Kind kind);
    bool push(Item&& item); // false when the consumer stopped listening
    bool drained() const;   // the queue has room again for a reader that waited (m_mutex held)
    Item failure(Kind kind, const QString& path, TextPosition at) const;

    JsonStreamReader& m_reader;
    ArrayStart m_arrays[KindCount];
    const qsizetype m_maxElementBytes;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_queue;
    qsizetype m_queuedBytes = 0;
    bool m_stop = false;
    // Who waits on m_changed: the other thread wakes it only then, not after every element.
    bool m_consumerWaits = false;
    bool m_producerWaits = false;
    std::thread m_thread;
};

} // namespace lkk::server::billing
