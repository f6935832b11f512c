#pragma once

#include "app/appeals/AppealDtos.h"

#include <QAbstractItemModel>

namespace lkk {

// One company's «Вопросы и ответы» (docs/manual.md §12) as a tree: a top row per question, its
// answer as the one child. setFilter() keeps the questions whose question or answer contains
// every word typed, ignoring case and ё/е («счетчик» finds «Счётчик»).
class FaqModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { QuestionIdRole = Qt::UserRole + 1, IsAnswerRole };
    Q_ENUM(Role)

    explicit FaqModel(QObject* parent = nullptr);

    void setQuestions(const QList<lkk::FaqQuestion>& questions); // resets; keeps the filter
    void setFilter(const QString& text);                         // resets
    QString filter() const { return m_filter; }
    int totalCount() const { return static_cast<int>(m_questions.size()); }

    // The form texts are compared in: lower case, ё → е, runs of spaces made one.
    static QString searchKey(const QString& text);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void applyFilter();

    QList<FaqQuestion> m_questions;
    QStringList m_keys; // searchKey(question + answer) per question
    QString m_filter;
    QList<int> m_visible; // indexes into m_questions
};

} // namespace lkk
