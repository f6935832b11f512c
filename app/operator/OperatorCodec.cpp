#include "app/operator/OperatorCodec.h"

#include "app/api/JsonCodec.h"
#include "app/api/JsonReader.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lkk::json {

namespace {

CallerCard cardFrom(JsonReader& r) {
    CallerCard card;
    card.id = r.integer("id"_L1);
    card.surname = r.string("surname"_L1);
    card.firstName = r.string("firstName"_L1);
    card.patronymic = r.optionalString("patronymic"_L1);
    card.email = r.string("email"_L1);
    card.phone = r.optionalString("phone"_L1);
    return card;
}

CallerAccountRef accountRefFrom(JsonReader& r) {
    return {r.integer("id"_L1), r.string("number"_L1), r.string("address"_L1)};
}

CallerSummary summaryFrom(JsonReader& r) {
    CallerSummary summary;
    summary.card = cardFrom(r);
    summary.matchedBy = r.string("matchedBy"_L1);
    summary.accounts = r.objects<CallerAccountRef>("accounts"_L1, accountRefFrom);
    return summary;
}

} // namespace

Result<CallerSearchResult> parseCallerSearchResult(const QByteArray& body) {
    return readObject<CallerSearchResult>(body, [](JsonReader& r) {
        CallerSearchResult result;
        result.customers = r.objects<CallerSummary>("customers"_L1, summaryFrom);
        result.truncated = r.boolean("truncated"_L1);
        return result;
    });
}

Result<CallerCabinet> parseCallerCabinet(const QByteArray& body) {
    return readObject<CallerCabinet>(body, [](JsonReader& r) -> Result<CallerCabinet> {
        CallerCabinet cabinet;
        const QJsonObject customer = r.object("customer"_L1);
        if (r.ok()) {
            JsonReader card = r.nested(customer, u"customer"_s);
            cabinet.customer = cardFrom(card);
        }
        const QJsonArray accounts = r.array("accounts"_L1);
        for (qsizetype i = 0; i < accounts.size() && r.ok(); ++i) {
            auto account = accountSummaryFromObject(accounts.at(i).toObject(), r.element("accounts"_L1, i));
            if (!account)
                return account.error();
            cabinet.accounts.append(std::move(account).value());
        }
        return cabinet;
    });
}

Result<QList<AppealTopic>> parseActiveAppealTopics(const QByteArray& body) {
    return readObject<QList<AppealTopic>>(body, [](JsonReader& r) {
        struct Read {
            AppealTopic topic;
            bool active = false;
        };
        const QList<Read> all = r.objects<Read>("topics"_L1, [](JsonReader& t) {
            return Read{{t.string("code"_L1), t.string("name"_L1)}, t.boolean("active"_L1)};
        });
        QList<AppealTopic> active;
        for (const Read& read : all) {
            if (read.active)
                active.append(read.topic);
        }
        return active;
    });
}

QByteArray encodeReasonBody(const QString& reason, const QJsonObject& fields) {
    QJsonObject body = fields;
    body.insert("reason"_L1, reason);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace lkk::json
