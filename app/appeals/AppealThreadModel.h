#pragma once

#include "app/appeals/AppealDtos.h"

#include <QAbstractListModel>

namespace lkk {

// The thread of one appeal: one row per message, oldest first. The display text is
// «Смирнов А. В. · 04.12.2026 15:55» for a person's message and the event itself for a system one;
// the roles carry what a view needs to draw a message with its files.
class AppealThreadModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        AuthorRole = Qt::UserRole + 1, // AppealMessage::Author as int
        AuthorNameRole,
        TextRole,
        CreatedAtRole,
        AttachmentCountRole,
        MessageIdRole,
    };
    Q_ENUM(Role)

    explicit AppealThreadModel(QObject* parent = nullptr);

    void setThread(const AppealThread& thread); // resets the model
    void clear();
    const std::optional<AppealThread>& thread() const { return m_thread; }
    const AppealMessage& message(int row) const { return m_thread->messages.at(row); }

    // «Вы», «Смирнов А. В. (Томскэнергосбыт)»… as the heading of a message.
    static QString authorText(const AppealMessage& message);
    // An operator reads the thread: the customer's messages are headed with their name, not «Вы».
    void setCustomerName(const QString& name) { m_customerName = name; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::optional<AppealThread> m_thread;
    QString m_customerName;
};

} // namespace lkk
