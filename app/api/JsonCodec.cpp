#include "app/api/JsonCodec.h"

#include "app/api/JsonReader.h"

#include "shared/ErrorCodes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lkk::json {

namespace {

// Pure functions have no QObject for tr(): texts are marked with QT_TRANSLATE_NOOP so lupdate files
// them under the context "lkk::JsonCodec".
QString translated(const char* text, int n = -1) {
    return QCoreApplication::translate("lkk::JsonCodec", text, nullptr, n);
}

int clampToInt(qint64 v) {
    return static_cast<int>(std::clamp<qint64>(v, 0, std::numeric_limits<int>::max()));
}

std::optional<int> parseRetryAfter(const QByteArray& raw) {
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<int>(clampToInt(seconds));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return clampToInt(QDateTime::currentDateTimeUtc().secsTo(when));
}

} // namespace

ApiError protocolError(const QString& detail) {
    ApiError e;
    e.kind = ApiError::Kind::Protocol;
    e.message = translated(QT_TRANSLATE_NOOP(
                               "lkk::JsonCodec",
                               "The server sent an answer this version of the application does not understand (%1)."))
                    .arg(detail);
    return e;
}

QByteArray headerValue(const HeaderList& headers, const QByteArray& name) {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray encodeLoginRequest(const LoginRequest& request) {
    QJsonObject o{{"email"_L1, request.email}, {"password"_L1, request.password}, {"remember"_L1, request.remember}};
    if (!request.captchaId.isEmpty()) {
        o.insert("captchaId"_L1, request.captchaId);
        o.insert("captchaAnswer"_L1, request.captchaAnswer);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodeRefreshRequest(const QString& refreshToken) {
    return QJsonDocument(QJsonObject{{"refreshToken"_L1, refreshToken}}).toJson(QJsonDocument::Compact);
}

QByteArray encodeEmptyObject() {
    return QByteArrayLiteral("{}");
}

Result<Profile> profileFromObject(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    Profile p;
    p.id = r.integer("id"_L1);
    p.email = r.string("email"_L1);
    p.surname = r.string("surname"_L1);
    p.firstName = r.string("firstName"_L1);
    p.patronymic = r.optionalString("patronymic"_L1);
    p.phone = r.optionalString("phone"_L1);
    const QString birth = r.optionalString("birthDate"_L1);
    if (!birth.isEmpty()) {
        p.birthDate = QDate::fromString(birth, Qt::ISODate);
        if (!p.birthDate.isValid())
            r.fail("birthDate"_L1, u"is not a YYYY-MM-DD date"_s);
    }
    p.sex = r.optionalString("sex"_L1);
    if (!p.sex.isEmpty() && p.sex != "male"_L1 && p.sex != "female"_L1)
        r.fail("sex"_L1, u"must be \"male\", \"female\" or empty"_s);
    p.role = r.string("role"_L1);
    if (r.ok() && p.role != "customer"_L1 && p.role != "operator"_L1 && p.role != "supervisor"_L1)
        r.fail("role"_L1, u"must be \"customer\", \"operator\" or \"supervisor\""_s);
    // The registration fields: optional so an older server's profile still reads.
    if (r.has("emailConfirmed"_L1))
        p.emailConfirmed = r.boolean("emailConfirmed"_L1);
    p.pendingEmail = r.optionalString("pendingEmail"_L1);
    if (r.has("detailsRequired"_L1))
        p.detailsRequired = r.boolean("detailsRequired"_L1);
    if (r.has("marketing"_L1)) {
        const QJsonObject marketing = r.object("marketing"_L1);
        QString problem;
        const auto subscription = [&](QLatin1StringView name) {
            MarketingSubscription s;
            const QJsonValue v = marketing.value(name);
            if (v.isUndefined() || v.isNull())
                return s;
            const QJsonObject one = v.toObject();
            JsonReader reader(one, r.path("marketing"_L1) + u'.' + name);
            if (!v.isObject())
                reader.fail("enabled"_L1, u"is missing"_s);
            s.enabled = reader.boolean("enabled"_L1);
            s.email = reader.optionalString("email"_L1);
            if (!reader.ok() && problem.isEmpty())
                problem = reader.error();
            return s;
        };
        p.tomskRts = subscription("tomskRts"_L1);
        p.tomskEnergosbyt = subscription("tomskEnergosbyt"_L1);
        if (!problem.isEmpty())
            r.fail("marketing"_L1, u"is malformed: "_s + problem);
    }
    if (!r.ok())
        return protocolError(r.error());
    return p;
}

Result<Profile> parseProfile(const QByteArray& body) {
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return protocolError(error);
    return profileFromObject(*object);
}

Result<LoginResult> parseLoginResult(const QByteArray& body) {
    return readObject<LoginResult>(body, [](JsonReader& r) -> Result<LoginResult> {
        LoginResult result;
        result.tokens.accessToken = r.string("accessToken"_L1);
        if (r.ok() && result.tokens.accessToken.isEmpty())
            r.fail("accessToken"_L1, u"is empty"_s);
        result.tokens.accessExpiresIn = clampToInt(r.integer("accessExpiresIn"_L1));
        result.tokens.refreshToken = r.optionalString("refreshToken"_L1);
        if (!result.tokens.refreshToken.isEmpty())
            result.tokens.refreshExpiresIn = clampToInt(r.optionalInteger("refreshExpiresIn"_L1).value_or(0));
        const QJsonObject user = r.object("user"_L1);
        auto profile = profileFromObject(user, u"user"_s);
        if (!profile)
            return profile.error();
        result.user = std::move(profile).value();
        if (r.has("recoveryCodes"_L1)) {
            result.recoveryCodes = r.strings("recoveryCodes"_L1);
            if (r.ok() && (result.recoveryCodes.isEmpty() || result.recoveryCodes.contains(QString())))
                r.fail("recoveryCodes"_L1, u"holds no codes or an empty one"_s);
        }
        return result;
    });
}

Result<SecondFactorChallenge> parseSecondFactorChallenge(const QByteArray& body) {
    return readObject<SecondFactorChallenge>(body, [](JsonReader& r) {
        SecondFactorChallenge c;
        const QString kind = r.string("secondFactor"_L1);
        if (r.ok() && kind != "totp"_L1)
            r.fail("secondFactor"_L1, u"must be \"totp\""_s);
        c.challenge = r.string("challenge"_L1);
        if (r.ok() && c.challenge.isEmpty())
            r.fail("challenge"_L1, u"is empty"_s);
        c.expiresIn = clampToInt(r.integer("expiresIn"_L1));
        if (const auto enrolment = r.optionalObject("enrolment"_L1)) {
            JsonReader e = r.nested(*enrolment, r.path("enrolment"_L1));
            c.otpauthUri = e.string("otpauthUri"_L1);
            c.secret = e.string("secret"_L1);
            if (e.ok() && !c.otpauthUri.startsWith("otpauth://totp/"_L1))
                e.fail("otpauthUri"_L1, u"is not an otpauth://totp/ URI"_s);
            if (e.ok() && c.secret.isEmpty())
                e.fail("secret"_L1, u"is empty"_s);
        }
        return c;
    });
}

Result<LoginResult> parseLoginAnswer(int httpStatus, const QByteArray& body) {
    if (httpStatus != 202)
        return parseLoginResult(body);
    auto challenge = parseSecondFactorChallenge(body);
    if (!challenge)
        return challenge.error();
    LoginResult result;
    result.secondFactor = std::move(challenge).value();
    return result;
}

QByteArray encodeSecondFactorRequest(const QString& challenge, const QString& code, const QString& recoveryCode) {
    QJsonObject o{{"challenge"_L1, challenge}};
    if (recoveryCode.isEmpty())
        o.insert("code"_L1, code);
    else
        o.insert("recoveryCode"_L1, recoveryCode);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<CaptchaChallenge> parseCaptcha(const QByteArray& body) {
    return readObject<CaptchaChallenge>(body, [](JsonReader& r) {
        CaptchaChallenge c;
        c.id = r.string("id"_L1);
        const QString image = r.string("image"_L1);
        c.expiresIn = clampToInt(r.integer("expiresIn"_L1));
        c.testAnswer = r.optionalString("answer"_L1);
        if (r.ok()) {
            const auto decoded =
                QByteArray::fromBase64Encoding(image.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.isEmpty())
                r.fail("image"_L1, u"is not base64"_s);
            else
                c.png = decoded.decoded;
        }
        return c;
    });
}

Result<HealthStatus> parseHealth(const QByteArray& body) {
    return readObject<HealthStatus>(body, [](JsonReader& r) {
        HealthStatus h;
        h.status = r.string("status"_L1);
        h.version = r.optionalString("version"_L1);
        h.database = r.optionalString("database"_L1);
        return h;
    });
}

QByteArray encodeStartLink(const QString& number, Relation relation) {
    return QJsonDocument(QJsonObject{{"number"_L1, number}, {"relation"_L1, toWire(relation)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encodeConfirmLink(const QString& challengeId, const QString& question, const QString& answer) {
    return QJsonDocument(QJsonObject{{"challengeId"_L1, challengeId}, {"question"_L1, question}, {"answer"_L1, answer}})
        .toJson(QJsonDocument::Compact);
}

namespace {

// Runs `each` on every element of `array`, which must all be objects; the first failure wins.
template <typename T, typename F>
std::optional<ApiError> readObjects(const QJsonArray& array, const QString& where, QList<T>* out, F each) {
    out->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = where + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject())
            return protocolError(u"\""_s + at + u"\" must be an object"_s);
        Result<T> item = each(array.at(i).toObject(), at);
        if (!item)
            return item.error();
        out->append(std::move(item).value());
    }
    return std::nullopt;
}

Result<MeterInfo> meterFromObject(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    MeterInfo m;
    m.id = r.integer("id"_L1);
    m.number = r.string("number"_L1);
    m.provider = r.string("provider"_L1);
    m.service = r.string("service"_L1);
    m.subAccount = r.optionalString("subAccount"_L1);
    m.contractId = r.optionalInteger("contractId"_L1).value_or(0);
    for (const QJsonValue& z : r.array("zones"_L1)) {
        if (!z.isString()) {
            r.fail("zones"_L1, u"must hold strings"_s);
            break;
        }
        m.zones << z.toString();
    }
    const QJsonObject capacity = r.object("capacity"_L1);
    if (r.ok()) {
        JsonReader c(capacity, r.path("capacity"_L1));
        m.capacityInteger = clampToInt(c.integer("integer"_L1));
        m.capacityFraction = clampToInt(c.integer("fraction"_L1));
        if (!c.ok())
            return protocolError(c.error());
    }
    m.verifiedUntil = r.optionalDate("verifiedUntil"_L1);
    m.verificationExpired = r.boolean("verificationExpired"_L1);
    m.automatic = r.has("automatic"_L1) ? r.boolean("automatic"_L1) : false;
    if (r.has("lastReading"_L1)) {
        const QJsonObject last = r.object("lastReading"_L1);
        if (r.ok()) {
            JsonReader lr(last, r.path("lastReading"_L1));
            MeterReading reading;
            reading.date = lr.date("date"_L1);
            reading.period = lr.optionalString("period"_L1);
            const QJsonObject values = lr.object("values"_L1);
            for (auto it = values.begin(); it != values.end(); ++it) {
                if (!it.value().isString()) {
                    lr.fail("values"_L1, u"must map zones to decimal strings"_s);
                    break;
                }
                reading.values.insert(it.key(), it.value().toString());
            }
            if (!lr.ok())
                return protocolError(lr.error());
            m.lastReading = reading;
        }
    }
    m.readingDateInPeriod = r.optionalDate("readingDateInPeriod"_L1);
    if (!r.ok())
        return protocolError(r.error());
    return m;
}

Result<Tariff> tariffFromObject(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    Tariff t;
    t.id = r.optionalInteger("id"_L1).value_or(0);
    t.name = r.string("name"_L1);
    t.value = r.money("value"_L1);
    t.unit = r.optionalString("unit"_L1);
    t.zone = r.optionalString("zone"_L1);
    if (!r.ok())
        return protocolError(r.error());
    return t;
}

Result<Contract> contractFromObject(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    Contract c;
    c.id = r.integer("id"_L1);
    const QJsonObject provider = r.object("provider"_L1);
    c.service = r.string("service"_L1);
    c.subAccount = r.string("subAccount"_L1);
    const QJsonArray tariffs = r.array("tariffs"_L1);
    if (!r.ok())
        return protocolError(r.error());
    JsonReader p(provider, r.path("provider"_L1));
    c.provider.id = p.integer("id"_L1);
    c.provider.name = p.string("name"_L1);
    c.provider.inn = p.optionalString("inn"_L1);
    c.provider.kpp = p.optionalString("kpp"_L1);
    c.provider.bank = p.optionalString("bank"_L1);
    c.provider.bic = p.optionalString("bic"_L1);
    c.provider.settlementAccount = p.optionalString("settlementAccount"_L1);
    c.provider.correspondentAccount = p.optionalString("correspondentAccount"_L1);
    if (!p.ok())
        return protocolError(p.error());
    if (auto e = readObjects(tariffs, r.path("tariffs"_L1), &c.tariffs, tariffFromObject))
        return *e;
    return c;
}

Result<TariffHistorySeries> tariffSeriesFromObject(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    TariffHistorySeries s;
    s.name = r.string("name"_L1);
    s.unit = r.optionalString("unit"_L1);
    s.zone = r.optionalString("zone"_L1);
    const QJsonArray history = r.array("history"_L1);
    if (!r.ok())
        return protocolError(r.error());
    auto entry = [](const QJsonObject& o, const QString& at) -> Result<TariffHistoryEntry> {
        JsonReader e(o, at);
        TariffHistoryEntry h;
        h.validFrom = e.date("validFrom"_L1);
        h.value = e.money("value"_L1);
        h.period = e.optionalString("period"_L1);
        if (!e.ok())
            return protocolError(e.error());
        return h;
    };
    if (auto e = readObjects(history, r.path("history"_L1), &s.history, entry))
        return *e;
    return s;
}

} // namespace

Result<AccountSummary> accountSummaryFromObject(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    AccountSummary a;
    a.id = r.integer("id"_L1);
    a.number = r.string("number"_L1);
    const QString kind = r.string("kind"_L1);
    a.address = r.string("address"_L1);
    const QString relation = r.string("relation"_L1);
    a.period = r.optionalString("period"_L1);
    a.toPay = r.money("toPay"_L1);
    a.penalties = Money::fromKopecks(r.optionalInteger("penalties"_L1).value_or(0));
    a.unreadAppeals =
        static_cast<int>(std::clamp<qint64>(r.optionalInteger("unreadAppeals"_L1).value_or(0), 0, 1000000));
    if (r.ok()) {
        if (const auto k = accountKindFromWire(kind))
            a.kind = *k;
        else
            r.fail("kind"_L1, u"must be \"epd\" or \"electricity\""_s);
        if (const auto rel = relationFromWire(relation))
            a.relation = *rel;
        else
            r.fail("relation"_L1, u"is not a known relation"_s);
    }
    if (!r.ok())
        return protocolError(r.error());
    return a;
}

Result<AccountSummary> parseAccountSummary(const QByteArray& body) {
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return protocolError(error);
    return accountSummaryFromObject(*object);
}

Result<QList<AccountSummary>> parseAccountList(const QByteArray& body) {
    return readObject<QList<AccountSummary>>(body, [](JsonReader& r) -> Result<QList<AccountSummary>> {
        const QJsonArray accounts = r.array("accounts"_L1);
        QList<AccountSummary> out;
        if (auto e = readObjects(accounts, u"accounts"_s, &out, accountSummaryFromObject))
            return *e;
        return out;
    });
}

Result<LinkChallenge> parseLinkChallenge(const QByteArray& body) {
    return readObject<LinkChallenge>(body, [](JsonReader& r) -> Result<LinkChallenge> {
        LinkChallenge c;
        c.challengeId = r.string("challengeId"_L1);
        if (r.ok() && c.challengeId.isEmpty())
            r.fail("challengeId"_L1, u"is empty"_s);
        c.expiresIn = clampToInt(r.integer("expiresIn"_L1));
        c.attemptsLeft = clampToInt(r.optionalInteger("attemptsLeft"_L1).value_or(0));
        const QJsonArray questions = r.array("questions"_L1);
        if (r.ok() && questions.isEmpty())
            r.fail("questions"_L1, u"is empty"_s);
        auto question = [](const QJsonObject& o, const QString& at) -> Result<LinkQuestion> {
            JsonReader q(o, at);
            LinkQuestion out{q.string("id"_L1), q.string("text"_L1)};
            if (!q.ok())
                return protocolError(q.error());
            return out;
        };
        if (auto e = readObjects(questions, u"questions"_s, &c.questions, question))
            return *e;
        return c;
    });
}

Result<Requisites> parseRequisites(const QByteArray& body) {
    return readObject<Requisites>(body, [](JsonReader& r) -> Result<Requisites> {
        Requisites q;
        q.owner = r.optionalString("owner"_L1);
        q.registrationAddress = r.optionalString("registrationAddress"_L1);
        q.totalArea = r.optionalString("totalArea"_L1);
        q.livingArea = r.optionalString("livingArea"_L1);
        q.residents = clampToInt(r.optionalInteger("residents"_L1).value_or(0));
        const QJsonArray contracts = r.array("contracts"_L1);
        if (auto e = readObjects(contracts, u"contracts"_s, &q.contracts, contractFromObject))
            return *e;
        return q;
    });
}

Result<QList<CoHolder>> parseCoHolders(const QByteArray& body) {
    return readObject<QList<CoHolder>>(body, [](JsonReader& r) -> Result<QList<CoHolder>> {
        const QJsonArray items = r.array("coHolders"_L1);
        QList<CoHolder> coHolders;
        const auto coHolder = [](const QJsonObject& o, const QString& where) -> Result<CoHolder> {
            JsonReader e(o, where);
            CoHolder c;
            c.linkId = e.integer("linkId"_L1);
            c.name = e.string("name"_L1);
            c.email = e.string("email"_L1);
            const QString relation = e.string("relation"_L1);
            c.linkedAt = e.dateTime("linkedAt"_L1);
            if (e.ok()) {
                if (const auto rel = relationFromWire(relation))
                    c.relation = *rel;
                else
                    e.fail("relation"_L1, u"is not a known relation"_s);
            }
            if (!e.ok())
                return protocolError(e.error());
            return c;
        };
        if (auto e = readObjects(items, u"coHolders"_s, &coHolders, coHolder))
            return *e;
        return coHolders;
    });
}

Result<TariffHistory> parseTariffHistory(const QByteArray& body) {
    return readObject<TariffHistory>(body, [](JsonReader& r) -> Result<TariffHistory> {
        const QJsonArray tariffs = r.array("tariffs"_L1);
        TariffHistory h;
        if (auto e = readObjects(tariffs, u"tariffs"_s, &h.tariffs, tariffSeriesFromObject))
            return *e;
        return h;
    });
}

Result<QList<MeterInfo>> parseMeters(const QByteArray& body) {
    return readObject<QList<MeterInfo>>(body, [](JsonReader& r) -> Result<QList<MeterInfo>> {
        const QJsonArray meters = r.array("meters"_L1);
        QList<MeterInfo> out;
        if (auto e = readObjects(meters, u"meters"_s, &out, meterFromObject))
            return *e;
        return out;
    });
}

ApiError parseApiError(int httpStatus, const QByteArray& body, const HeaderList& headers) {
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = httpStatus;
    e.retryAfterSeconds = parseRetryAfter(headerValue(headers, "Retry-After"));

    QString ignored;
    if (const auto object = parseObject(body, &ignored)) {
        const QJsonValue error = object->value("error"_L1);
        if (error.isObject()) {
            const QJsonObject o = error.toObject();
            e.code = o.value("code"_L1).toString();
            e.field = o.value("field"_L1).toString();
            e.message = o.value("message"_L1).toString();
            e.details = o.value("details"_L1).toObject();
            const QJsonValue attempts = e.details.value("attemptsLeft"_L1);
            if (attempts.isDouble() && attempts.toDouble() >= 0 && attempts.toDouble() <= 1000000 &&
                attempts.toDouble() == static_cast<double>(attempts.toInt()))
                e.attemptsLeft = attempts.toInt();
            const QDateTime locked =
                QDateTime::fromString(e.details.value("lockedUntil"_L1).toString(), Qt::ISODateWithMs);
            if (locked.isValid())
                e.lockedUntil = locked.toUTC();
        }
    }
    if (e.message.isEmpty()) {
        // No structured error (a proxy's HTML page, an empty body): say at least what happened.
        if (httpStatus == 429 && e.retryAfterSeconds)
            e.message =
                translated(QT_TRANSLATE_N_NOOP("lkk::JsonCodec", "Too many attempts. Try again in %n second(s)."),
                           *e.retryAfterSeconds);
        else if (httpStatus >= 500)
            e.message =
                translated(QT_TRANSLATE_NOOP("lkk::JsonCodec",
                                             "The server could not handle the request (HTTP %1). Try again later."))
                    .arg(httpStatus);
        else
            e.message = translated(QT_TRANSLATE_NOOP("lkk::JsonCodec", "The server refused the request (HTTP %1)."))
                            .arg(httpStatus);
    }
    return e;
}

} // namespace lkk::json
