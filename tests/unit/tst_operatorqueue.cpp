// The operators' side of appeals and the customer's access journal in the client core: the queue's
// query from its filter, the queue and an operator's thread decoded from the contract's shapes
// (and refused when the customer is missing), the queue model under QAbstractItemModelTester with
// its age column on a fixed clock, and the access journal's decoder, pages and sentence.
#include "app/appeals/AppealQueueModel.h"
#include "app/appeals/AppealThreadModel.h"
#include "app/appeals/AppealsCodec.h"
#include "app/appeals/AppealsOperations.h"
#include "app/registration/AccessJournal.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;

namespace {

// OperatorAppeal as docs/openapi.yaml shows it (the queue's example).
QJsonObject queuedJson(qint64 id, const QString& status, const QString& createdAt, const QJsonValue& assignee) {
    return {{"id"_L1, id},
            {"accountId"_L1, 1},
            {"accountNumber"_L1, u"100103492"_s},
            {"provider"_L1, QJsonObject{{"id"_L1, 4}, {"name"_L1, u"ООО «ВВК»"_s}}},
            {"topic"_L1, QJsonObject{{"code"_L1, u"other"_s}, {"name"_L1, u"Другое"_s}}},
            {"status"_L1, status},
            {"unread"_L1, false},
            {"text"_L1, u"Почему ООО «ВВК» остаётся в ЕПД?"_s},
            {"messageCount"_L1, 1},
            {"lastAnswer"_L1, QJsonValue()},
            {"createdAt"_L1, createdAt},
            {"updatedAt"_L1, createdAt},
            {"answeredAt"_L1, QJsonValue()},
            {"closedAt"_L1, QJsonValue()},
            {"customer"_L1, QJsonObject{{"id"_L1, 1},
                                        {"name"_L1, u"Иванова Мария Петровна"_s},
                                        {"email"_L1, u"demo@lkk.example"_s},
                                        {"phone"_L1, u"+79131234567"_s}}},
            {"assignee"_L1, assignee},
            {"language"_L1, u"ru"_s}};
}

QByteArray bytes(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestOperatorQueue : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void queueQuery() {
        AppealQueueFilter f;
        QCOMPARE(json::appealQueueQuery(f), u"limit=50&offset=0"_s); // the server's default statuses
        f.statuses = {AppealStatus::New, AppealStatus::InProgress};
        f.providerId = 4;
        f.topic = u"readings"_s;
        f.minAgeHours = 24;
        f.maxAgeHours = 168;
        f.assignee = AppealQueueFilter::Assignee::Nobody;
        f.limit = 100;
        f.offset = 100;
        QCOMPARE(json::appealQueueQuery(f), u"status=new%2Cin_progress&providerId=4&topic=readings&minAgeHours=24&"
                                            u"maxAgeHours=168&assignee=nobody&limit=100&offset=100"_s);
        f = {};
        f.topic = u"a&b=c"_s; // a utility's own code is encoded, never read as more items
        f.assignee = AppealQueueFilter::Assignee::Me;
        QCOMPARE(json::appealQueueQuery(f), u"topic=a%26b%3Dc&assignee=me&limit=50&offset=0"_s);
        QCOMPARE(ListAppealQueueOperation{f}.request().path, u"/operator/appeals"_s);
    }

    void operations() {
        QCOMPARE(TakeAppealOperation{8}.request().path, u"/operator/appeals/8/take"_s);
        QCOMPARE(TakeAppealOperation{8}.request().method, QByteArray("POST"));
        const ApiRequest status = SetAppealStatusOperation{8, AppealStatus::Closed}.request();
        QCOMPARE(status.path, u"/operator/appeals/8/status"_s);
        QCOMPARE(status.body, QByteArray(R"({"status":"closed"})"));
        const ApiRequest answer =
            AnswerAppealOperation{NewAppealMessage{8, u"Ответ"_s, {}}, u"key-12345678"_s}.request();
        QCOMPARE(answer.path, u"/operator/appeals/8/messages"_s);
        QCOMPARE(answer.headers.value(0).second, QByteArray("key-12345678"));
        QCOMPARE(GetOperatorAppealOperation{8}.request().path, u"/operator/appeals/8"_s);
        QCOMPARE(ListQueueTopicsOperation{}.request().path, u"/operator/appeal-topics"_s);
    }

    void parseQueue() {
        const QJsonObject body{
            {"total"_L1, 3},
            {"limit"_L1, 2},
            {"offset"_L1, 0},
            {"appeals"_L1, QJsonArray{queuedJson(8, u"new"_s, u"2026-12-04T08:55:11Z"_s, QJsonValue()),
                                      queuedJson(9, u"in_progress"_s, u"2026-12-05T08:55:11Z"_s,
                                                 QJsonObject{{"id"_L1, 7}, {"name"_L1, u"Смирнов А. В."_s}})}}};
        const auto page = json::parseAppealQueue(bytes(body));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        QCOMPARE(page.value().total, 3);
        QCOMPARE(page.value().appeals.size(), 2);
        const QueuedAppeal& first = page.value().appeals.at(0);
        QCOMPARE(first.appeal.id, 8);
        QCOMPARE(first.appeal.providerName, u"ООО «ВВК»"_s);
        QCOMPARE(first.customer.name, u"Иванова Мария Петровна"_s);
        QCOMPARE(first.customer.phone, u"+79131234567"_s);
        QCOMPARE(first.assignee.id, 0);
        QCOMPARE(page.value().appeals.at(1).assignee.name, u"Смирнов А. В."_s);
        QCOMPARE(page.value().appeals.at(1).appeal.status, AppealStatus::InProgress);

        // Without the customer, or with an unknown status: a protocol error, never a half appeal.
        QJsonObject broken = queuedJson(8, u"new"_s, u"2026-12-04T08:55:11Z"_s, QJsonValue());
        broken.remove("customer"_L1);
        QVERIFY(!json::parseAppealQueue(
            bytes({{"total"_L1, 1}, {"limit"_L1, 1}, {"offset"_L1, 0}, {"appeals"_L1, QJsonArray{broken}}})));
        QVERIFY(!json::parseAppealQueue(
            bytes({{"total"_L1, 1},
                   {"limit"_L1, 1},
                   {"offset"_L1, 0},
                   {"appeals"_L1, QJsonArray{queuedJson(8, u"lost"_s, u"2026-12-04T08:55:11Z"_s, QJsonValue())}}})));
        QVERIFY(!json::parseAppealQueue("[]"));
    }

    void parseOperatorThread() {
        QJsonObject o = queuedJson(8, u"answered"_s, u"2026-12-04T08:55:11Z"_s,
                                   QJsonObject{{"id"_L1, 7}, {"name"_L1, u"Смирнов А. В."_s}});
        o.insert("messages"_L1, QJsonArray{QJsonObject{{"id"_L1, 1},
                                                       {"author"_L1, u"customer"_s},
                                                       {"authorName"_L1, u"Иванова Мария Петровна"_s},
                                                       {"text"_L1, u"Почему?"_s},
                                                       {"status"_L1, QJsonValue()},
                                                       {"createdAt"_L1, u"2026-12-04T08:55:11Z"_s},
                                                       {"attachments"_L1, QJsonArray{}}}});
        o.insert("canReply"_L1, true);
        o.insert("canClose"_L1, true);
        const auto thread = json::parseOperatorAppealThread(bytes(o));
        QVERIFY2(thread, qPrintable(thread ? QString() : thread.error().message));
        QCOMPARE(thread.value().thread.appeal.status, AppealStatus::Answered);
        QCOMPARE(thread.value().customer.email, u"demo@lkk.example"_s);
        QCOMPARE(thread.value().assignee.id, 7);
        QCOMPARE(thread.value().language, u"ru"_s);
        QVERIFY(thread.value().thread.canReply);

        // Read by an operator, the customer's message is headed with their name, not «Вы».
        AppealThreadModel model;
        model.setThread(thread.value().thread);
        QVERIFY(!model.index(0).data().toString().startsWith(u"Иванова"_s));
        model.setCustomerName(thread.value().customer.name);
        QVERIFY(model.index(0).data().toString().startsWith(u"Иванова Мария Петровна"_s));

        o.remove("language"_L1);
        QVERIFY(!json::parseOperatorAppealThread(bytes(o)));
    }

    void queueModel() {
        AppealQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::fromString(u"2026-12-06T08:55:11Z"_s, Qt::ISODate);
        model.setNow([now] { return now; });
        const auto page = json::parseAppealQueue(bytes(
            {{"total"_L1, 5},
             {"limit"_L1, 2},
             {"offset"_L1, 0},
             {"appeals"_L1, QJsonArray{queuedJson(8, u"new"_s, u"2026-12-04T08:55:11Z"_s, QJsonValue()),
                                       queuedJson(9, u"in_progress"_s, u"2026-12-06T05:10:00Z"_s,
                                                  QJsonObject{{"id"_L1, 7}, {"name"_L1, u"Смирнов А. В."_s}})}}}));
        QVERIFY(page);
        model.setPage(page.value());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.total(), 5);
        QCOMPARE(model.index(0, AppealQueueModel::NumberColumn).data().toLongLong(), 8);
        QVERIFY(model.index(0, AppealQueueModel::CreatedColumn).data().toString().endsWith(u"2 d"_s));
        QVERIFY(model.index(1, AppealQueueModel::CreatedColumn).data().toString().endsWith(u"3 h"_s));
        QCOMPARE(model.index(0, AppealQueueModel::AssigneeColumn).data().toString(), u"nobody"_s);
        QCOMPARE(model.index(1, AppealQueueModel::AssigneeColumn).data().toString(), u"Смирнов А. В."_s);
        QCOMPARE(model.index(1, AppealQueueModel::CustomerColumn).data(Qt::ToolTipRole).toString(),
                 u"Иванова Мария Петровна\n+79131234567\ndemo@lkk.example"_s);
        QCOMPARE(model.index(1, 0).data(AppealQueueModel::IdRole).toLongLong(), 9);
        QCOMPARE(AppealQueueModel::ageText(now.addSecs(-59 * 60), now), u"< 1 h"_s);

        OperatorAppealThread taken{{page.value().appeals.at(0).appeal, {}, true, true, false},
                                   page.value().appeals.at(0).customer,
                                   {7, u"Смирнов А. В."_s},
                                   u"ru"_s};
        taken.thread.appeal.status = AppealStatus::InProgress;
        QVERIFY(model.updateAppeal(taken));
        QCOMPARE(model.index(0, AppealQueueModel::StatusColumn).data(AppealQueueModel::StatusRole).toInt(),
                 int(AppealStatus::InProgress));
        QCOMPARE(model.index(0, AppealQueueModel::AssigneeColumn).data().toString(), u"Смирнов А. В."_s);
        taken.thread.appeal.id = 99;
        QVERIFY(!model.updateAppeal(taken));
    }

    void accessJournal() {
        const QJsonObject entry{{"at"_L1, u"2026-12-06T03:15:00Z"_s},
                                {"action"_L1, u"reading_submit"_s},
                                {"accountId"_L1, 1},
                                {"accountNumber"_L1, u"100103492"_s},
                                {"reason"_L1, u"клиент продиктовал по телефону"_s},
                                {"text"_L1, u"Оператор контакт-центра передал показания по счётчику № 517480"_s}};
        const QJsonObject opened{{"at"_L1, u"2026-12-06T03:14:00Z"_s},
                                 {"action"_L1, u"cabinet_open"_s},
                                 {"accountId"_L1, QJsonValue()},
                                 {"accountNumber"_L1, QJsonValue()},
                                 {"reason"_L1, u""_s},
                                 {"text"_L1, u"Оператор контакт-центра открыл ваш личный кабинет"_s}};
        const auto page = json::parseAccessJournal(
            bytes({{"total"_L1, 3}, {"limit"_L1, 2}, {"offset"_L1, 0}, {"entries"_L1, QJsonArray{entry, opened}}}));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        QCOMPARE(page.value().entries.size(), 2);
        QCOMPARE(page.value().entries.at(1).accountId, 0);
        QVERIFY(page.value().entries.at(1).accountNumber.isEmpty());
        QVERIFY(!json::parseAccessJournal(bytes({{"total"_L1, 0}, {"limit"_L1, 50}, {"offset"_L1, 0}})));
        QCOMPARE((GetAccessJournalOperation{50, 100}.request().query), u"limit=50&offset=100"_s);

        AccessJournalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(page.value());
        QVERIFY(model.hasMore());
        const QString when = page.value().entries.at(0).at.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s);
        QCOMPARE(AccessJournalModel::sentence(model.entry(0)),
                 when + u" — Оператор контакт-центра передал показания по счётчику № 517480: «клиент продиктовал "
                        u"по телефону»"_s);
        QCOMPARE(model.index(0).data().toString(), AccessJournalModel::sentence(model.entry(0)));
        QCOMPARE(model.index(0).data(Qt::AccessibleTextRole).toString(), AccessJournalModel::sentence(model.entry(0)));
        QCOMPARE(model.index(0).data(AccessJournalModel::ReasonRole).toString(), u"клиент продиктовал по телефону"_s);
        QCOMPARE(model.index(1).data(AccessJournalModel::ActionRole).toString(), u"cabinet_open"_s);
        QVERIFY(!AccessJournalModel::sentence(model.entry(1)).contains(u"«"_s)); // no reason, no quotes
        // The next page continues the list; a page that does not (the journal grew) replaces it.
        AccessJournalPage next{3, 2, 2, {page.value().entries.at(1)}};
        model.append(next);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.hasMore());
        AccessJournalPage fresh{4, 2, 0, {page.value().entries.at(0)}};
        model.append(fresh);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.total(), 4);
    }
};

QTEST_GUILESS_MAIN(TestOperatorQueue)
#include "tst_operatorqueue.moc"
