#pragma once

#include "app/appeals/AppealDtos.h"

#include <QAbstractItemModel>

namespace lkk {

// «Обращения» of an account (docs/manual.md §11) as a two-level tree: one top row per appeal,
// newest first — date «26.11.2026», «№ 5 · Показания и начисления», status «Ответ дан» — and
// under it the appeal's text and, once there is one, the newest answer.
// Roles: KindRole (AppealRow / TextRow / AnswerRow), IdRole (the appeal's id on every row),
// StatusRole (AppealStatus as int), UnreadRole (bool), CreatedAtRole QDateTime.
class AppealsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { DateColumn, SubjectColumn, StatusColumn, ColumnCount };
    enum RowKind { AppealRow, TextRow, AnswerRow };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, StatusRole, UnreadRole, CreatedAtRole };
    Q_ENUM(Role)

    explicit AppealsModel(QObject* parent = nullptr);

    void setAppeals(const QList<lkk::Appeal>& appeals); // resets the model
    const QList<Appeal>& appeals() const { return m_appeals; }
    // Replaces the appeal with the same id (after a reply, close or read); false when not listed.
    bool updateAppeal(const Appeal& appeal);
    QModelIndex indexOfAppeal(qint64 appealId) const;
    int unreadCount() const;

    static QString statusText(AppealStatus status);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QVariant appealData(const Appeal& appeal, int column, int role) const;
    QVariant childData(const Appeal& appeal, int row, int column, int role) const;

    QList<Appeal> m_appeals;
};

} // namespace lkk
