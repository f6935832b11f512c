#include "app/appeals/AppealQueueModel.h"

#include "app/appeals/AppealsModel.h"

using namespace Qt::StringLiterals;

namespace lkk {

AppealQueueModel::AppealQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); }) {}

void AppealQueueModel::setPage(const AppealQueuePage& page) {
    beginResetModel();
    m_appeals = page.appeals;
    m_total = page.total;
    endResetModel();
}

bool AppealQueueModel::updateAppeal(const OperatorAppealThread& thread) {
    const QModelIndex at = indexOfAppeal(thread.thread.appeal.id);
    if (!at.isValid())
        return false;
    m_appeals[at.row()] = QueuedAppeal{thread.thread.appeal, thread.customer, thread.assignee, thread.language};
    emit dataChanged(index(at.row(), 0), index(at.row(), ColumnCount - 1));
    return true;
}

QModelIndex AppealQueueModel::indexOfAppeal(qint64 appealId) const {
    for (int row = 0; row < m_appeals.size(); ++row) {
        if (m_appeals.at(row).appeal.id == appealId)
            return index(row, 0);
    }
    return {};
}

QString AppealQueueModel::ageText(const QDateTime& createdAt, const QDateTime& now) {
    const qint64 hours = createdAt.secsTo(now) / 3600;
    if (hours < 1)
        return tr("< 1 h");
    if (hours < 48)
        return tr("%n h", nullptr, int(hours));
    return tr("%n d", nullptr, int(hours / 24));
}

int AppealQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_appeals.size());
}

int AppealQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppealQueueModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_appeals.size())
        return {};
    const QueuedAppeal& q = m_appeals.at(index.row());
    const Appeal& a = q.appeal;
    if (role == IdRole)
        return a.id;
    if (role == StatusRole)
        return int(a.status);
    if (role == Qt::ToolTipRole && index.column() == CustomerColumn) {
        QStringList lines{q.customer.name, q.customer.phone, q.customer.email};
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return a.id;
    case CreatedColumn:
        return tr("%1 · %2").arg(a.createdAt.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s),
                                 ageText(a.createdAt, m_now()));
    case StatusColumn:
        return AppealsModel::statusText(a.status);
    case TopicColumn:
        return a.topicName;
    case ProviderColumn:
        return a.providerName;
    case AccountColumn:
        return a.accountNumber;
    case CustomerColumn:
        return q.customer.name;
    case AssigneeColumn:
        return q.assignee.id ? q.assignee.name : tr("nobody");
    default:
        return {};
    }
}

QVariant AppealQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("№");
    case CreatedColumn:
        return tr("Received");
    case StatusColumn:
        return tr("Status");
    case TopicColumn:
        return tr("Topic");
    case ProviderColumn:
        return tr("Provider");
    case AccountColumn:
        return tr("Account");
    case CustomerColumn:
        return tr("Customer");
    case AssigneeColumn:
        return tr("Assignee");
    default:
        return {};
    }
}

} // namespace lkk
