#include "server/operator/OperatorRules.h"

#include "server/accounts/TomskTime.h"

#include <QDateTime>
#include <QRegularExpression>

namespace lkk::server::operators {

using namespace Qt::StringLiterals;

bool reasonValid(const QString& reason) {
    const QString text = reason.trimmed();
    if (text.size() < minReasonLength || text.size() > maxReasonLength)
        return false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t')
            return false;
    }
    return true;
}

QString maskedEmail(const QString& email) {
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0)
        return email.isEmpty() ? QString() : u"***"_s;
    return email.left(1) + u"***"_s + email.mid(at);
}

QString maskedPhone(const QString& e164) {
    static const QRegularExpression russian(u"^\\+7(\\d{3})\\d{5}(\\d{2})$"_s);
    const auto m = russian.match(e164);
    if (m.hasMatch())
        return u"+7 %1 ***-**-%2"_s.arg(m.captured(1), m.captured(2));
    if (e164.size() <= 2)
        return e164.isEmpty() ? QString() : u"***"_s;
    return QString(e164.size() - 2, u'*') + e164.right(2);
}

std::optional<qint64> auditTime(const QString& text, bool endOfDay) {
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            return accounts::TomskTime::startOfDayMs(endOfDay ? day.addDays(1) : day);
        return std::nullopt;
    }
    const QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!instant.isValid() || instant.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return instant.toMSecsSinceEpoch();
}

} // namespace lkk::server::operators
