#include "server/operator/CallerQuery.h"

#include "server/db/TextFold.h"
#include "server/operator/OperatorRules.h"
#include "shared/InputRules.h"

#include <QRegularExpression>

namespace lkk::server::operators {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxQueryLength = 200;

bool isNameCharacter(QChar c) {
    return c.isLetter() || c == u'-' || c == u'\'';
}

} // namespace

std::optional<CallerQuery> CallerQuery::parse(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > maxQueryLength)
        return std::nullopt;
    CallerQuery q;
    if (t.contains(u'@')) {
        if (rules::checkEmail(t))
            return std::nullopt;
        q.email = rules::normalizedEmail(t);
        return q;
    }
    q.phone = rules::normalizedPhone(t);
    static const QRegularExpression digits(u"^[0-9\\s]+$"_s);
    if (digits.match(t).hasMatch())
        q.number = rules::normalizedAccountNumber(t);
    if (!q.phone.isEmpty() || !q.number.isEmpty())
        return q;

    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList words = t.split(separators, Qt::SkipEmptyParts);
    const QString surname = words.takeFirst();
    if (surname.size() < minSurnamePrefix || !std::all_of(surname.cbegin(), surname.cend(), isNameCharacter))
        return std::nullopt;
    q.surname = TextFold::fold(surname);
    for (QString word : std::as_const(words)) {
        while (!word.isEmpty() && (word.back() == u'.' || word.back() == u','))
            word.chop(1);
        if (!word.isEmpty())
            q.addressWords << TextFold::fold(word);
    }
    return q;
}

QString CallerQuery::kind() const {
    if (!email.isEmpty())
        return u"email"_s;
    if (!surname.isEmpty())
        return u"surname"_s;
    return number.isEmpty() ? u"phone"_s : u"number"_s;
}

} // namespace lkk::server::operators
