#include "app/session/ScreenPop.h"

#include "shared/InputRules.h"

#include <QCoreApplication>
#include <QFileOpenEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

Q_LOGGING_CATEGORY(lcScreenPop, "lkk.screenpop")

constexpr int minDigits = 10;
constexpr int maxDigits = 15;

CallerRequest refused(const QString& error) {
    return CallerRequest{{}, error};
}

} // namespace

CallerRequest parseCallerPhone(const QString& phone) {
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return refused(QCoreApplication::translate("lkk::ScreenPop", "The caller's phone number is empty."));
    QString digits;
    bool plus = false;
    for (const QChar c : trimmed) {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9')
            digits.append(c);
        else if (u == '+' && digits.isEmpty() && !plus)
            plus = true;
        else if (!(u == ' ' || u == '-' || u == '(' || u == ')' || u == '.'))
            return refused(QCoreApplication::translate(
                               "lkk::ScreenPop",
                               "«%1» is not a phone number: only digits, a leading «+», spaces, hyphens, dots "
                               "and brackets are allowed.")
                               .arg(trimmed));
    }
    if (digits.size() < minDigits || digits.size() > maxDigits)
        return refused(QCoreApplication::translate(
                           "lkk::ScreenPop", "«%1» is not a phone number: it has %2 digits, a number has 10 to 15.")
                           .arg(trimmed)
                           .arg(digits.size()));
    const QString mobile = rules::normalizedPhone(trimmed);
    return CallerRequest{mobile.isEmpty() ? (plus ? u"+"_s : QString()) + digits : mobile, {}};
}

bool looksLikeCallerLink(const QString& argument) {
    return argument.startsWith(u"lkk:"_s, Qt::CaseInsensitive);
}

CallerRequest parseCallerLink(const QString& link) {
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(u"lkk"_s, Qt::CaseInsensitive) != 0)
        return refused(QCoreApplication::translate("lkk::ScreenPop", "«%1» is not an lkk:// link.").arg(link));
    if (url.host().compare(u"caller"_s, Qt::CaseInsensitive) != 0 || !(url.path().isEmpty() || url.path() == u"/"_s))
        return refused(QCoreApplication::translate(
                           "lkk::ScreenPop", "«%1» is not a caller link: the only link is lkk://caller?phone=NUMBER.")
                           .arg(link));
    // «+» stays a plus: telephony writes «?phone=+7913…» without encoding it.
    const QUrlQuery query(url.query(QUrl::FullyEncoded).replace(u'+', u"%2B"_s));
    const QStringList phones = query.allQueryItemValues(u"phone"_s, QUrl::FullyDecoded);
    const auto items = query.queryItems();
    if (phones.size() != 1 || items.size() != 1)
        return refused(QCoreApplication::translate("lkk::ScreenPop",
                                                   "«%1» is not a caller link: it needs exactly one phone=NUMBER.")
                           .arg(link));
    return parseCallerPhone(phones.first());
}

QByteArray ScreenPop::encodeMessage(const QString& phone) {
    QJsonObject o{{"command"_L1, phone.isEmpty() ? u"activate"_s : u"caller"_s}};
    if (!phone.isEmpty())
        o.insert("phone"_L1, phone);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool ScreenPop::receiveMessage(const QByteArray& message) {
    const QJsonObject o = QJsonDocument::fromJson(message).object();
    const QString command = o.value("command"_L1).toString();
    if (command == "activate"_L1) {
        emit activationRequested();
        return true;
    }
    if (command != "caller"_L1)
        return false;
    const CallerRequest caller = parseCallerPhone(o.value("phone"_L1).toString());
    if (!caller.isValid())
        return false;
    emit activationRequested();
    request(caller.phone);
    return true;
}

bool ScreenPop::receiveLink(const QUrl& link) {
    const CallerRequest caller = parseCallerLink(link.toString(QUrl::FullyEncoded));
    if (!caller.isValid()) {
        qCWarning(lcScreenPop).noquote() << "link refused:" << caller.error;
        return false;
    }
    emit activationRequested();
    request(caller.phone);
    return true;
}

bool ScreenPop::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FileOpen) {
        const QUrl url = static_cast<QFileOpenEvent*>(event)->url();
        if (url.scheme().compare("lkk"_L1, Qt::CaseInsensitive) == 0) {
            receiveLink(url);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ScreenPop::request(const QString& phone) {
    m_pending = phone;
    deliver();
}

void ScreenPop::setOperatorSignedIn(bool signedIn) {
    m_operator = signedIn;
    deliver();
}

void ScreenPop::deliver() {
    if (!m_operator || m_pending.isEmpty())
        return;
    emit callerRequested(std::exchange(m_pending, QString()));
}

} // namespace lkk
