#include "app/appeals/FaqModel.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
constexpr quintptr questionLevel = 0; // a question's id; an answer's is its question's visible row + 1
}

FaqModel::FaqModel(QObject* parent)
    : QAbstractItemModel(parent) {}

QString FaqModel::searchKey(const QString& text) {
    QString key = text.toLower();
    key.replace(u'ё', u'е');
    static const QRegularExpression spaces(u"\\s+"_s);
    key.replace(spaces, u" "_s);
    return key.trimmed();
}

void FaqModel::setQuestions(const QList<FaqQuestion>& questions) {
    beginResetModel();
    m_questions = questions;
    m_keys.clear();
    for (const FaqQuestion& q : questions)
        m_keys.append(searchKey(q.question + u'\n' + q.answer));
    applyFilter();
    endResetModel();
}

void FaqModel::setFilter(const QString& text) {
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    applyFilter();
    endResetModel();
}

void FaqModel::applyFilter() {
    m_visible.clear();
    const QStringList words = searchKey(m_filter).split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < m_questions.size(); ++i) {
        const QString& key = m_keys.at(i);
        if (std::all_of(words.begin(), words.end(), [&](const QString& w) { return key.contains(w); }))
            m_visible.append(i);
    }
}

QModelIndex FaqModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column != 0)
        return {};
    if (!parent.isValid())
        return row < m_visible.size() ? createIndex(row, 0, questionLevel) : QModelIndex();
    if (parent.internalId() != questionLevel || row != 0 || parent.row() >= m_visible.size())
        return {};
    return createIndex(0, 0, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex FaqModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == questionLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, questionLevel);
}

int FaqModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_visible.size());
    return parent.internalId() == questionLevel && parent.column() == 0 ? 1 : 0;
}

int FaqModel::columnCount(const QModelIndex&) const {
    return 1;
}

Qt::ItemFlags FaqModel::flags(const QModelIndex& index) const {
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant FaqModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this)
        return {};
    const bool answer = index.internalId() != questionLevel;
    const int visibleRow = answer ? static_cast<int>(index.internalId() - 1) : index.row();
    if (visibleRow >= m_visible.size())
        return {};
    const FaqQuestion& q = m_questions.at(m_visible.at(visibleRow));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return answer ? q.answer : q.question;
    case QuestionIdRole:
        return q.id;
    case IsAnswerRole:
        return answer;
    }
    return {};
}

} // namespace lkk
