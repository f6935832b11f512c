#pragma once

#include "app/appeals/AppealDtos.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <functional>

namespace lkk {

// The operators' queue as a table, oldest first as the server sends it: «№», «Поступило» (date
// and age: «04.12.2026 08:55 · 2 д»), «Статус», «Тема», «Поставщик», «Лицевой счёт», «Клиент»,
// «Исполнитель». IdRole carries the appeal's id on every cell; StatusRole its AppealStatus.
class AppealQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        CreatedColumn,
        StatusColumn,
        TopicColumn,
        ProviderColumn,
        AccountColumn,
        CustomerColumn,
        AssigneeColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };
    Q_ENUM(Role)

    explicit AppealQueueModel(QObject* parent = nullptr);

    void setPage(const AppealQueuePage& page); // resets the model
    const QList<QueuedAppeal>& appeals() const { return m_appeals; }
    int total() const { return m_total; }
    // Replaces the listed appeal with the same id (after take, answer or status); false if absent.
    bool updateAppeal(const OperatorAppealThread& thread);
    QModelIndex indexOfAppeal(qint64 appealId) const;
    // The age column counts from this clock (a test sets its own).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    // «2 ч», «3 д»: how long ago, for the queue (under an hour: «< 1 ч»).
    static QString ageText(const QDateTime& createdAt, const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QueuedAppeal> m_appeals;
    int m_total = 0;
    std::function<QDateTime()> m_now;
};

} // namespace lkk
