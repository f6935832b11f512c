#include "server/db/TextFold.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace lkk::server {

namespace {

// Every character the fold changes and what it becomes: A–Z, А–Я, Ё and ё.
const QList<QPair<QChar, QChar>>& foldTable() {
    static const QList<QPair<QChar, QChar>> table = [] {
        QList<QPair<QChar, QChar>> t;
        for (char16_t c = u'A'; c <= u'Z'; ++c)
            t.append({QChar(c), QChar(char16_t(c + 32))});
        for (char16_t c = u'А'; c <= u'Я'; ++c)
            t.append({QChar(c), QChar(char16_t(c + 32))});
        t.append({QChar(u'Ё'), QChar(u'е')});
        t.append({QChar(u'ё'), QChar(u'е')});
        return t;
    }();
    return table;
}

} // namespace

QString TextFold::fold(const QString& text) {
    static const QHash<QChar, QChar> map = [] {
        QHash<QChar, QChar> m;
        for (const auto& [from, to] : foldTable())
            m.insert(from, to);
        return m;
    }();
    QString out = text;
    for (QChar& c : out)
        c = map.value(c, c);
    return out;
}

QString TextFold::sql(const QString& column, int part, int parts) {
    const QList<QPair<QChar, QChar>>& table = foldTable();
    const qsizetype share = (table.size() + parts - 1) / parts;
    QString expression = column;
    for (const auto& [from, to] : table.mid((part - 1) * share, share))
        expression = QStringLiteral("replace(%1, '%2', '%3')").arg(expression, from, to);
    return expression;
}

} // namespace lkk::server
