#include "app/registration/AccessJournal.h"

#include "app/api/JsonCodec.h"
#include "app/api/JsonReader.h"

using namespace Qt::StringLiterals;

namespace lkk {

namespace json {

Result<AccessJournalPage> parseAccessJournal(const QByteArray& body) {
    return readObject<AccessJournalPage>(body, [](JsonReader& r) {
        AccessJournalPage page;
        page.total = r.count("total"_L1);
        page.limit = r.count("limit"_L1);
        page.offset = r.count("offset"_L1);
        page.entries = r.objects<AccessJournalEntry>("entries"_L1, [](JsonReader& e) {
            AccessJournalEntry entry;
            entry.at = e.dateTime("at"_L1);
            entry.action = e.string("action"_L1);
            entry.accountId = e.optionalInteger("accountId"_L1).value_or(0);
            entry.accountNumber = e.optionalString("accountNumber"_L1);
            entry.reason = e.optionalString("reason"_L1);
            entry.text = e.string("text"_L1);
            return entry;
        });
        return page;
    });
}

} // namespace json

ApiRequest GetAccessJournalOperation::request() const {
    return {"GET", u"/profile/access-journal"_s, {}, {}, u"limit=%1&offset=%2"_s.arg(limit).arg(offset)};
}

Result<AccessJournalPage> GetAccessJournalOperation::parse(const ApiResponse& response) {
    return json::parseAccessJournal(response.body);
}

void AccessJournalModel::clear() {
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    endResetModel();
}

void AccessJournalModel::append(const AccessJournalPage& page) {
    // A page that does not continue the list (the journal grew meanwhile) replaces it.
    if (page.offset != m_entries.size()) {
        beginResetModel();
        m_entries = page.entries;
        m_total = page.total;
        endResetModel();
        return;
    }
    if (!page.entries.isEmpty()) {
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page.entries.size() - 1));
        m_entries.append(page.entries);
        endInsertRows();
    }
    m_total = page.total;
}

QString AccessJournalModel::sentence(const AccessJournalEntry& entry) {
    const QString when = entry.at.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s);
    return entry.reason.isEmpty() ? tr("%1 — %2").arg(when, entry.text)
                                  : tr("%1 — %2: «%3»").arg(when, entry.text, entry.reason);
}

int AccessJournalModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant AccessJournalModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AccessJournalEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return sentence(e);
    case AtRole:
        return e.at;
    case ActionRole:
        return e.action;
    case TextRole:
        return e.text;
    case ReasonRole:
        return e.reason;
    case AccountNumberRole:
        return e.accountNumber;
    default:
        return {};
    }
}

} // namespace lkk
