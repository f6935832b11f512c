#pragma once

#include "app/api/ApiClient.h"
#include "app/api/Result.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

// «Журнал доступа» (Профиль): when the contact centre opened the customer's data and what it did,
// without the operator's name (docs/openapi.yaml, GET /profile/access-journal).
namespace lkk {

struct AccessJournalEntry {
    QDateTime at;
    QString action;        // cabinet_open, readings_view, reading_submit, …
    qint64 accountId = 0;  // 0 when the entry is about no account
    QString accountNumber; // empty then
    QString reason;        // the operator's reason for an action; may be empty for a read
    QString text;          // what happened, in the request's language
};

struct AccessJournalPage {
    int total = 0;
    int limit = 0;
    int offset = 0;
    QList<AccessJournalEntry> entries; // newest first
};

namespace json {
Result<AccessJournalPage> parseAccessJournal(const QByteArray& body);
}

struct GetAccessJournalOperation { // GET /profile/access-journal?limit=&offset=
    using Value = AccessJournalPage;
    int limit = 50;
    int offset = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

// The journal's entries as a list, newest first, each shown as one sentence — «06.12.2026 10:15 —
// Оператор контакт-центра передал показания по счётчику № 517480: «клиент продиктовал по
// телефону»» in local time — with its parts in roles.
class AccessJournalModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { AtRole = Qt::UserRole + 1, ActionRole, TextRole, ReasonRole, AccountNumberRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    void clear();
    void append(const AccessJournalPage& page); // the next page (offset = rowCount())
    int total() const { return m_total; }
    bool hasMore() const { return m_entries.size() < m_total; }
    const AccessJournalEntry& entry(int row) const { return m_entries.at(row); }

    static QString sentence(const AccessJournalEntry& entry);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<AccessJournalEntry> m_entries;
    int m_total = 0;
};

} // namespace lkk
