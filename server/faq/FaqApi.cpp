#include "server/faq/FaqApi.h"

#include "server/accounts/TomskTime.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>

namespace lkk::server::faq {

using namespace Qt::StringLiterals;

namespace {

QString pick(Language language, const QVariant& ru, const QVariant& en) {
    const QString english = en.toString();
    return language == Language::En && !english.isEmpty() ? english : ru.toString();
}

} // namespace

Result<ApiReply> FaqApi::list(RequestContext& context) const {
    Language language = context.language;
    const QUrlQuery params(context.request.query);
    if (params.hasQueryItem(u"lang"_s)) {
        const QString lang = params.queryItemValue(u"lang"_s, QUrl::FullyDecoded);
        if (lang != u"ru" && lang != u"en")
            return Failure::invalid(u"lang"_s, language == Language::En ? u"The language can be ru or en."_s
                                                                        : u"Язык может быть ru или en."_s);
        language = lang == u"en" ? Language::En : Language::Ru;
    }

    QSqlQuery imported(context.db);
    if (!imported.exec(u"SELECT MAX(imported_at) FROM faq_imports"_s) || !imported.next())
        return Failure::databaseUnavailable();
    const QJsonValue updatedAt = imported.value(0).isNull()
                                     ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(accounts::TomskTime::isoUtc(imported.value(0).toLongLong()));

    QSqlQuery q(context.db);
    if (!q.exec(u"SELECT c.id, c.code, c.name_ru, c.name_en, c.contact_phone, f.code, f.question_ru, f.answer_ru, "
                u"f.question_en, f.answer_en FROM faq_companies c LEFT JOIN faq_questions f ON f.company_id = c.id "
                u"ORDER BY c.ord, f.ord"_s))
        return Failure::databaseUnavailable();
    QJsonArray companies;
    qint64 current = 0;
    QJsonObject company;
    QJsonArray questions;
    auto flush = [&] {
        if (current == 0)
            return;
        company.insert(u"questions"_s, questions);
        companies.append(company);
        questions = QJsonArray();
    };
    while (q.next()) {
        if (q.value(0).toLongLong() != current) {
            flush();
            current = q.value(0).toLongLong();
            const QString phone = q.value(4).toString();
            company = {{u"code"_s, q.value(1).toString()},
                       {u"name"_s, pick(language, q.value(2), q.value(3))},
                       {u"contactPhone"_s, phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(phone)}};
        }
        if (!q.value(5).isNull())
            questions.append(QJsonObject{{u"id"_s, q.value(5).toString()},
                                         {u"question"_s, pick(language, q.value(6), q.value(8))},
                                         {u"answer"_s, pick(language, q.value(7), q.value(9))}});
    }
    flush();
    ApiReply reply = ApiReply::json({{u"language"_s, QString::fromLatin1(Messages::languageTag(language))},
                                     {u"updatedAt"_s, updatedAt},
                                     {u"companies"_s, companies}});
    reply.headers.append({"Content-Language", Messages::languageTag(language)});
    return reply;
}

} // namespace lkk::server::faq
