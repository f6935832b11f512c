#include "app/appeals/AppealThreadModel.h"

using namespace Qt::StringLiterals;

namespace lkk {

AppealThreadModel::AppealThreadModel(QObject* parent)
    : QAbstractListModel(parent) {}

void AppealThreadModel::setThread(const AppealThread& thread) {
    beginResetModel();
    m_thread = thread;
    endResetModel();
}

void AppealThreadModel::clear() {
    beginResetModel();
    m_thread.reset();
    endResetModel();
}

QString AppealThreadModel::authorText(const AppealMessage& message) {
    switch (message.author) {
    case AppealMessage::Author::Customer:
        return tr("You");
    case AppealMessage::Author::Operator:
        return message.authorName.isEmpty() ? tr("The utility") : tr("%1, the utility").arg(message.authorName);
    case AppealMessage::Author::System:
        return {};
    }
    return {};
}

int AppealThreadModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_thread)
        return 0;
    return static_cast<int>(m_thread->messages.size());
}

QVariant AppealThreadModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || !m_thread || index.row() >= m_thread->messages.size())
        return {};
    const AppealMessage& m = m_thread->messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString when = m.createdAt.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s);
        if (m.author == AppealMessage::Author::System)
            return QString(when + u" · "_s + m.text);
        const QString author = m.author == AppealMessage::Author::Customer && !m_customerName.isEmpty()
                                   ? tr("%1, the customer").arg(m_customerName)
                                   : authorText(m);
        return QString(author + u" · "_s + when);
    }
    case AuthorRole:
        return static_cast<int>(m.author);
    case AuthorNameRole:
        return m.authorName;
    case TextRole:
        return m.text;
    case CreatedAtRole:
        return m.createdAt;
    case AttachmentCountRole:
        return static_cast<int>(m.attachments.size());
    case MessageIdRole:
        return m.id;
    }
    return {};
}

} // namespace lkk
