#include "app/appeals/AppealsModel.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

// Internal id of an index: 0 for an appeal row, the appeal's row + 1 for its text and answer.
constexpr quintptr topLevel = 0;

QString localDate(const QDateTime& when) {
    return when.toLocalTime().date().toString(u"dd.MM.yyyy"_s);
}

} // namespace

AppealsModel::AppealsModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void AppealsModel::setAppeals(const QList<Appeal>& appeals) {
    beginResetModel();
    m_appeals = appeals;
    endResetModel();
}

bool AppealsModel::updateAppeal(const Appeal& appeal) {
    for (int row = 0; row < m_appeals.size(); ++row) {
        if (m_appeals.at(row).id != appeal.id)
            continue;
        const QModelIndex parent = index(row, 0);
        const int before = rowCount(parent);
        const int after = appeal.lastAnswer ? 2 : 1;
        if (after > before)
            beginInsertRows(parent, before, after - 1);
        else if (after < before)
            beginRemoveRows(parent, after, before - 1);
        m_appeals[row] = appeal;
        if (after > before)
            endInsertRows();
        else if (after < before)
            endRemoveRows();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
        return true;
    }
    return false;
}

QModelIndex AppealsModel::indexOfAppeal(qint64 appealId) const {
    for (int row = 0; row < m_appeals.size(); ++row) {
        if (m_appeals.at(row).id == appealId)
            return index(row, 0);
    }
    return {};
}

int AppealsModel::unreadCount() const {
    return static_cast<int>(
        std::count_if(m_appeals.begin(), m_appeals.end(), [](const Appeal& a) { return a.unread; }));
}

QString AppealsModel::statusText(AppealStatus status) {
    switch (status) {
    case AppealStatus::New:
        return tr("New");
    case AppealStatus::InProgress:
        return tr("In progress");
    case AppealStatus::Answered:
        return tr("Answered");
    case AppealStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QModelIndex AppealsModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_appeals.size() ? createIndex(row, column, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel || parent.column() != 0 || row >= rowCount(parent))
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex AppealsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, topLevel);
}

int AppealsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_appeals.size());
    if (parent.internalId() != topLevel || parent.column() != 0 || parent.row() >= m_appeals.size())
        return 0;
    return m_appeals.at(parent.row()).lastAnswer ? 2 : 1;
}

int AppealsModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

Qt::ItemFlags AppealsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant AppealsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == topLevel)
        return appealData(m_appeals.at(index.row()), index.column(), role);
    return childData(m_appeals.at(static_cast<int>(index.internalId() - 1)), index.row(), index.column(), role);
}

QVariant AppealsModel::appealData(const Appeal& appeal, int column, int role) const {
    switch (role) {
    case KindRole:
        return AppealRow;
    case IdRole:
        return appeal.id;
    case StatusRole:
        return static_cast<int>(appeal.status);
    case UnreadRole:
        return appeal.unread;
    case CreatedAtRole:
        return appeal.createdAt;
    case Qt::FontRole:
        if (appeal.unread) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return appeal.unread ? tr("A new answer you have not read yet") : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case DateColumn:
            return localDate(appeal.createdAt);
        case SubjectColumn:
            return tr("№ %1 · %2").arg(appeal.id).arg(appeal.topicName);
        case StatusColumn:
            return statusText(appeal.status);
        }
        return {};
    }
    return {};
}

QVariant AppealsModel::childData(const Appeal& appeal, int row, int column, int role) const {
    const bool answer = row == 1;
    switch (role) {
    case KindRole:
        return answer ? AnswerRow : TextRow;
    case IdRole:
        return appeal.id;
    case StatusRole:
        return static_cast<int>(appeal.status);
    case UnreadRole:
        return answer && appeal.unread;
    case CreatedAtRole:
        return answer ? appeal.lastAnswer->createdAt : appeal.createdAt;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == DateColumn)
            return answer ? tr("Answer") : tr("Appeal");
        if (column == SubjectColumn) {
            // One line in the list; the whole text is in the thread below it.
            QString text = answer ? appeal.lastAnswer->text : appeal.text;
            text.replace(u'\n', u' ');
            return text;
        }
        if (column == StatusColumn && answer)
            return localDate(appeal.lastAnswer->createdAt);
        return {};
    case Qt::ToolTipRole:
        return column == SubjectColumn ? (answer ? appeal.lastAnswer->text : appeal.text) : QVariant();
    }
    return {};
}

QVariant AppealsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SubjectColumn:
        return tr("Appeal");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace lkk
