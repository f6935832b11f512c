#include "server/appeals/AppealsDemo.h"

#include "server/DemoSetup.h"
#include "server/Sha256Hex.h"
#include "server/appeals/AppealStore.h"
#include "server/db/Database.h"
#include "server/db/WriteTransaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

namespace lkk::server::appeals {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

enum class Step { Opened, CustomerReply, Taken, Answer, ClosedByCustomer, ClosedByOperator };

struct ScriptStep {
    Step step;
    qint64 ago; // before now
    const char* text = "";
    QList<std::pair<const char*, const char*>> files = {}; // resource under :/lkk/demo/, name shown
};

struct Script {
    const char* account;
    const char* provider; // billing_providers.code
    const char* topic;
    bool unread;
    QList<ScriptStep> steps;
};

// Fictitious conversations: every status, both kinds of closing, a reopened one, attachments on
// both sides, two answers the customer has not read.
const QList<Script>& scripts() {
    static const QList<Script> list = {
        {"100103492",
         "ks",
         "quality",
         false,
         {{Step::Opened, 200 * kDay,
           "Во дворе дома по ул. Ласточкина, 13 уже третью неделю не вывозят мусор, контейнеры переполнены. "
           "Прошу принять меры."},
          {Step::Taken, 199 * kDay + 20 * kHour},
          {Step::Answer, 199 * kDay,
           "Здравствуйте! Вывоз возобновлён 12-го числа, график восстановлен: по вторникам и пятницам. "
           "Приносим извинения за неудобства."},
          {Step::ClosedByCustomer, 198 * kDay}}},
        {"7012077104",
         "tes",
         "other",
         false,
         {{Step::Opened, 95 * kDay, "Как получать квитанции по электронной почте вместо бумажных?"},
          {Step::Answer, 94 * kDay,
           "Здравствуйте! Включите рассылку в профиле личного кабинета: «Профиль» → «Рассылки». Бумажная "
           "квитанция перестанет приходить со следующего месяца."},
          {Step::ClosedByOperator, 80 * kDay}}},
        {"100103492",
         "ztk",
         "recalculation",
         false,
         {{Step::Opened, 40 * kDay,
           "В октябре не было отопления 9 дней (с 3 по 11 октября). Прошу сделать перерасчёт за отопление."},
          {Step::Taken, 39 * kDay},
          {Step::Answer, 38 * kDay,
           "Здравствуйте! Перерасчёт за 9 дней без отопления будет сделан в квитанции за ноябрь."},
          {Step::CustomerReply, 37 * kDay,
           "В квитанции за ноябрь перерасчёта нет, сумма за отопление та же. Проверьте, пожалуйста."}}},
        {"7012045318",
         "tes",
         "payment",
         false,
         {{Step::Opened, 20 * kDay,
           "Оплатил 5 ноября через банк 3 719,60 руб., а в личном кабинете оплата не отображается."},
          {Step::Answer, 19 * kDay,
           "Здравствуйте! Платёж поступил от банка 8 ноября и учтён на вашем лицевом счёте. Банк передаёт "
           "платежи в течение 3 рабочих дней."}}},
        {"100103492",
         "okt",
         "readings",
         true,
         {{Step::Opened,
           10 * kDay,
           "Передала показания холодной воды 04521, а начислено по нормативу. Прикладываю фото счётчика.",
           {{"appeal-meter.png", "Фото счётчика.png"}}},
          {Step::Taken, 9 * kDay},
          {Step::Answer,
           2 * kDay,
           "Здравствуйте! Показания 04521 приняты, начисление пересчитано по показаниям. Акт сверки и "
           "фото, по которому сверялись, во вложении.",
           {{"appeal-answer.pdf", "Акт сверки.pdf"}, {"appeal-meter.png", "Фото счётчика.png"}}}}},
        {"7012077104",
         "tes",
         "readings",
         true,
         {{Step::Opened, 6 * kDay, "Не могу передать показания: пишет «Истёк срок поверки». Что делать?"},
          {Step::Answer, 1 * kDay + 5 * kHour,
           "Здравствуйте! Срок поверки счётчика истёк, показания с него не принимаются. Закажите поверку или "
           "замену счётчика в сетевой организации; до этого начисление идёт по среднему расходу."}}},
        {"7012045318",
         "tes",
         "meters",
         false,
         {{Step::Opened, 5 * kDay, "Хочу заменить однотарифный счётчик на двухтарифный. Как это сделать?"},
          {Step::Taken, 4 * kDay}}},
        {"100103492",
         "vvk",
         "other",
         false,
         {{Step::Opened, 2 * kDay,
           "В квитанции указан поставщик ООО «ВВК», хотя водоснабжение с 2019 года у другой организации. "
           "Почему он остаётся в ЕПД?"}}},
    };
    return list;
}

std::optional<qint64> idOf(QSqlDatabase& db, const QString& sql, const QVariant& key) {
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool readFile(const char* resource, const char* name, NewAttachment* file) {
    QFile f(u":/lkk/demo/"_s + QString::fromLatin1(resource));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    file->fileName = QString::fromUtf8(name);
    file->content = f.readAll();
    file->type = rules::appeals::sniffFileType(file->content);
    file->sha256 = sha256Hex(file->content);
    return file->type != FileType::Unknown;
}

class Seeder {
public:
    Seeder(Database& database, QSqlDatabase& db, qint64 customer, qint64 operatorId, qint64 nowMs)
        : m_store(database)
        , m_db(db)
        , m_customer(customer)
        , m_operator(operatorId)
        , m_now(nowMs) {}

    QString run(const Script& script) {
        const auto account =
            idOf(m_db, u"SELECT id FROM billing_accounts WHERE number = ?"_s, QString::fromLatin1(script.account));
        const auto provider =
            idOf(m_db, u"SELECT id FROM billing_providers WHERE code = ?"_s, QString::fromLatin1(script.provider));
        const auto topic =
            idOf(m_db, u"SELECT id FROM appeal_topics WHERE code = ?"_s, QString::fromLatin1(script.topic));
        if (!account || !provider || !topic)
            return u"the demo billing data lacks account %1 or provider %2"_s.arg(QLatin1StringView(script.account),
                                                                                  QLatin1StringView(script.provider));
        const qint64 opened = m_now - script.steps.constFirst().ago;
        const auto appeal = m_store.insertAppeal(m_db, {m_customer, *account, *provider, *topic, Language::Ru, opened});
        if (!appeal)
            return u"cannot insert a demo appeal"_s;
        for (const ScriptStep& step : script.steps) {
            const QString problem = apply(*appeal, step);
            if (!problem.isEmpty())
                return problem;
        }
        AppealStore::Change last;
        last.unread = script.unread;
        last.updatedAt = m_now - script.steps.constLast().ago;
        return AppealStore::update(m_db, *appeal, last) ? QString() : u"cannot update a demo appeal"_s;
    }

private:
    QString apply(qint64 appeal, const ScriptStep& step) {
        const qint64 at = m_now - step.ago;
        AppealStore::Change change;
        bool ok = true;
        switch (step.step) {
        case Step::Opened:
        case Step::CustomerReply:
        case Step::Answer: {
            NewMessage message{QString::fromUtf8(step.text), {}};
            for (const auto& [resource, name] : step.files) {
                NewAttachment file;
                if (!readFile(resource, name, &file))
                    return u"cannot read the demo file "_s + QString::fromLatin1(resource);
                message.attachments.append(file);
            }
            const bool answer = step.step == Step::Answer;
            const AppealStore::NewPost post{appeal,
                                            answer ? AuthorKind::Operator : AuthorKind::Customer,
                                            answer ? m_operator : m_customer,
                                            step.step == Step::Opened,
                                            at,
                                            {},
                                            {}};
            ok = bool(m_store.insertMessage(m_db, post, message));
            change.addMessages = 1;
            if (answer) {
                change.status = Status::Answered;
                change.answeredAt = at;
                change.assigneeId = m_operator;
            } else if (step.step == Step::CustomerReply) {
                change.status = Status::InProgress;
            }
            break;
        }
        case Step::Taken:
            ok = bool(m_store.insertEvent(m_db, appeal, Event::Taken, Status::InProgress, m_operator, at));
            change.status = Status::InProgress;
            change.assigneeId = m_operator;
            break;
        case Step::ClosedByCustomer:
        case Step::ClosedByOperator: {
            const bool byCustomer = step.step == Step::ClosedByCustomer;
            ok = bool(m_store.insertEvent(m_db, appeal, byCustomer ? Event::ClosedByCustomer : Event::ClosedByOperator,
                                          Status::Closed, byCustomer ? m_customer : m_operator, at));
            change.status = Status::Closed;
            change.closedAt = at;
            break;
        }
        }
        if (!ok || !AppealStore::update(m_db, appeal, change))
            return u"cannot write a demo appeal's thread"_s;
        return {};
    }

    AppealStore m_store;
    QSqlDatabase& m_db;
    qint64 m_customer;
    qint64 m_operator;
    qint64 m_now;
};

} // namespace

bool AppealsDemo::seed(Database& database, qint64 nowMs, QString* error) {
    QSqlDatabase db = database.connection();
    const auto customer =
        idOf(db, u"SELECT id FROM users WHERE email = ?"_s, QString::fromLatin1(DemoSetup::customerEmail));
    const auto operatorId =
        idOf(db, u"SELECT id FROM users WHERE email = ?"_s, QString::fromLatin1(DemoSetup::operatorEmail));
    if (!customer || !operatorId) {
        *error = u"demo appeals: the demo customer or operator is missing"_s;
        return false;
    }
    if (idOf(db, u"SELECT id FROM appeals WHERE user_id = ? LIMIT 1"_s, *customer))
        return true;
    WriteTransaction transaction(database, db);
    if (!transaction.begun()) {
        *error = u"demo appeals: cannot start a transaction"_s;
        return false;
    }
    Seeder seeder(database, db, *customer, *operatorId, nowMs);
    for (const Script& script : scripts()) {
        const QString problem = seeder.run(script);
        if (!problem.isEmpty()) {
            *error = u"demo appeals: "_s + problem;
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = u"demo appeals: cannot commit"_s;
        return false;
    }
    return true;
}

} // namespace lkk::server::appeals
