// The appeals and FAQ client core: the codec on the contract's examples and on broken answers, the
// list, thread and FAQ models under QAbstractItemModelTester (the FAQ search ignores case and ё/е),
// the checks of a chosen file (by size and content, never by name), and the outbox on a fake
// server: a new appeal sent with an Idempotency-Key that every resend reuses, kept in an
// owner-only file across a new outbox object, and the unfinished form drafts.
#include "app/appeals/AppealInput.h"
#include "app/appeals/AppealOutbox.h"
#include "app/appeals/AppealThreadModel.h"
#include "app/appeals/AppealsCodec.h"
#include "app/appeals/AppealsModel.h"
#include "app/appeals/AppealsOperations.h"
#include "app/appeals/FaqModel.h"
#include "tests/unit/AccountsFixtures.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lkk;
using namespace lkk::test;
using namespace lkk::test::accounts;
using State = AppealOutbox::State;

namespace {

const QByteArray png1x1 = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==");

QJsonObject attachmentJson(qint64 id, const QString& name, const QString& type) {
    return {{"id"_L1, id}, {"fileName"_L1, name}, {"contentType"_L1, type}, {"size"_L1, 476}};
}

QJsonObject messageJson(qint64 id, const QString& author, const QString& text, const QJsonValue& status = {},
                        const QJsonArray& attachments = {}) {
    return {{"id"_L1, id},
            {"author"_L1, author},
            {"authorName"_L1, author == "system"_L1 ? QJsonValue() : QJsonValue(u"Смирнов А. В."_s)},
            {"text"_L1, text},
            {"status"_L1, status.isUndefined() ? QJsonValue() : status},
            {"createdAt"_L1, u"2026-12-04T08:55:11Z"_s},
            {"attachments"_L1, attachments}};
}

// The contract's example of GET /appeals/{id} (docs/openapi.yaml), as an object.
QJsonObject appealJson(qint64 id, const QString& status, bool unread, bool answered) {
    const QJsonObject answer = messageJson(16, u"operator"_s, u"Здравствуйте! Показания 04521 приняты."_s, {},
                                           QJsonArray{attachmentJson(2, u"Акт сверки.pdf"_s, u"application/pdf"_s),
                                                      attachmentJson(3, u"Фото счётчика.png"_s, u"image/png"_s)});
    return {{"id"_L1, id},
            {"accountId"_L1, 1},
            {"accountNumber"_L1, u"100103492"_s},
            {"provider"_L1, QJsonObject{{"id"_L1, 6}, {"name"_L1, u"МУП ЖКХ «Октябрьское»"_s}}},
            {"topic"_L1, QJsonObject{{"code"_L1, u"readings"_s}, {"name"_L1, u"Показания и начисления"_s}}},
            {"status"_L1, status},
            {"unread"_L1, unread},
            {"text"_L1, u"Передала показания\nхолодной воды 04521."_s},
            {"messageCount"_L1, answered ? 2 : 1},
            {"lastAnswer"_L1, answered ? QJsonValue(answer) : QJsonValue()},
            {"createdAt"_L1, u"2026-11-26T08:55:11Z"_s},
            {"updatedAt"_L1, u"2026-12-04T08:55:11Z"_s},
            {"answeredAt"_L1, answered ? QJsonValue(u"2026-12-04T08:55:11Z"_s) : QJsonValue()},
            {"closedAt"_L1, QJsonValue()}};
}

QJsonObject threadJson(qint64 id, const QString& status, bool unread, bool answered) {
    QJsonObject o = appealJson(id, status, unread, answered);
    QJsonArray messages{messageJson(14, u"customer"_s, u"Передала показания холодной воды 04521."_s),
                        messageJson(15, u"system"_s, u"Обращение принято в работу."_s, u"in_progress"_s)};
    if (answered)
        messages.append(o.value("lastAnswer"_L1));
    o.insert("messages"_L1, messages);
    o.insert("canReply"_L1, status != "closed"_L1);
    o.insert("canClose"_L1, status != "closed"_L1);
    return o;
}

Appeal parsedAppeal(qint64 id, const QString& status, bool unread, bool answered) {
    return json::parseAppealThread(toJson(threadJson(id, status, unread, answered))).value().appeal;
}

// Answers POST /accounts/1/appeals like the server: 201 the first time, 200 for a key seen before.
struct FakeAppealsServer {
    FakeNetwork net;
    int failuresLeft = 0;
    QSet<QByteArray> stored;
    QList<QByteArray> keys; // every Idempotency-Key received, in order
    QList<QJsonObject> bodies;

    FakeAppealsServer() {
        net.route("POST", u"/api/v1/accounts/1/appeals"_s, [this](const FakeNetwork::Request& r) {
            keys.append(r.header("Idempotency-Key"));
            bodies.append(QJsonDocument::fromJson(r.body).object());
            if (failuresLeft > 0) {
                --failuresLeft;
                return Response::failure(QNetworkReply::ConnectionRefusedError, u"Connection refused"_s);
            }
            if (bodies.last().value("text"_L1).toString() == "refuse"_L1)
                return Response::apiError(422, "attachment_type_not_allowed", u"Файл «a.jpg» не JPEG"_s,
                                          "attachments[0].content");
            const bool replay = stored.contains(keys.last());
            stored.insert(keys.last());
            return Response::json(replay ? 200 : 201, toJson(threadJson(7, u"new"_s, false, false)));
        });
    }
};

NewAppeal sampleAppeal(const QString& text = u"Прошу пересчитать"_s) {
    return NewAppeal{1, 6, u"recalculation"_s, text, {NewAttachment{u"фото.png"_s, png1x1}}};
}

QJsonObject savedFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestAppeals : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        ::umask(022); // the usual umask: the outbox must not rely on a stricter one
    }

    void init() { QFile::remove(AppealOutbox::filePathFor(u"https://lkk.example"_s, 1)); }

    void codecReadsTheContractExamples() {
        const auto thread = json::parseAppealThread(toJson(threadJson(5, u"answered"_s, true, true)));
        QVERIFY2(thread.ok(), qPrintable(thread.ok() ? QString() : thread.error().message));
        const AppealThread& t = thread.value();
        QCOMPARE(t.appeal.id, 5);
        QCOMPARE(t.appeal.providerName, u"МУП ЖКХ «Октябрьское»"_s);
        QCOMPARE(t.appeal.topicCode, u"readings"_s);
        QCOMPARE(t.appeal.status, AppealStatus::Answered);
        QVERIFY(t.appeal.unread);
        QVERIFY(t.appeal.lastAnswer);
        QCOMPARE(t.appeal.lastAnswer->attachments.size(), 2);
        QVERIFY(t.appeal.lastAnswer->attachments.at(1).isImage());
        QVERIFY(!t.appeal.closedAt.isValid());
        QCOMPARE(t.messages.size(), 3);
        QCOMPARE(t.messages.at(1).author, AppealMessage::Author::System);
        QCOMPARE(t.messages.at(1).status, AppealStatus::InProgress);
        QVERIFY(t.messages.at(1).authorName.isEmpty());
        QVERIFY(t.canReply && t.canClose);

        const QJsonObject list{{"from"_L1, u"2025-12-07"_s},
                               {"to"_L1, u"2026-12-06"_s},
                               {"appeals"_L1, QJsonArray{appealJson(5, u"answered"_s, true, true)}}};
        const auto appeals = json::parseAppealList(toJson(list));
        QVERIFY(appeals.ok());
        QCOMPARE(appeals.value().from, QDate(2025, 12, 7));
        QCOMPARE(appeals.value().appeals.size(), 1);

        const QJsonObject limits{{"maxTextLength"_L1, 4000},
                                 {"maxAttachments"_L1, 5},
                                 {"maxAttachmentBytes"_L1, 5242880},
                                 {"attachmentTypes"_L1, QJsonArray{u"image/png"_s}},
                                 {"maxThreadMessages"_L1, 200},
                                 {"appealsPerDay"_L1, 10},
                                 {"appealsLeft"_L1, 9},
                                 {"messagesPerDay"_L1, 50},
                                 {"messagesLeft"_L1, 50}};
        const QJsonObject form{
            {"providers"_L1, QJsonArray{QJsonObject{{"id"_L1, 3}, {"name"_L1, u"ООО «ЗТК»"_s}}}},
            {"topics"_L1, QJsonArray{QJsonObject{{"code"_L1, u"other"_s}, {"name"_L1, u"Другое"_s}}}},
            {"limits"_L1, limits}};
        const auto parsedForm = json::parseAppealForm(toJson(form));
        QVERIFY(parsedForm.ok());
        QCOMPARE(parsedForm.value().providers.at(0).id, 3);
        QCOMPARE(parsedForm.value().limits.appealsLeft, 9);
        QCOMPARE(parsedForm.value().limits.maxAttachmentBytes, 5242880);

        const QJsonObject faq{
            {"language"_L1, u"ru"_s},
            {"updatedAt"_L1, QJsonValue()},
            {"companies"_L1,
             QJsonArray{QJsonObject{
                 {"code"_L1, u"tes"_s},
                 {"name"_L1, u"АО «Томскэнергосбыт»"_s},
                 {"contactPhone"_L1, QJsonValue()},
                 {"questions"_L1,
                  QJsonArray{QJsonObject{{"id"_L1, u"q"_s}, {"question"_L1, u"Как?"_s}, {"answer"_L1, u"Так."_s}}}}}}}};
        const auto parsedFaq = json::parseFaq(toJson(faq));
        QVERIFY(parsedFaq.ok());
        QCOMPARE(parsedFaq.value().companies.at(0).questions.at(0).answer, u"Так."_s);
        QVERIFY(parsedFaq.value().companies.at(0).contactPhone.isEmpty());
    }

    void codecRefusesBrokenAnswers() {
        QJsonObject t = threadJson(5, u"answered"_s, true, true);
        t.insert("status"_L1, u"lost"_s);
        auto r = json::parseAppealThread(toJson(t));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Protocol);
        t = threadJson(5, u"answered"_s, true, true);
        t.remove("canReply"_L1);
        QVERIFY(!json::parseAppealThread(toJson(t)).ok());
        t = threadJson(5, u"answered"_s, true, true);
        QJsonObject provider = t.value("provider"_L1).toObject();
        provider.remove("name"_L1);
        t.insert("provider"_L1, provider);
        r = json::parseAppealThread(toJson(t));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"provider.name"_s), qPrintable(r.error().message));
        QVERIFY(!json::parseAppealList("[]").ok());
        QVERIFY(!json::parseFaq("{\"language\":\"ru\"}").ok());
    }

    void postBodiesCarryFilesInBase64WithTheKey() {
        const CreateAppealOperation op{sampleAppeal(), u"key-12345678"_s};
        const ApiRequest request = op.request();
        QCOMPARE(request.path, u"/accounts/1/appeals"_s);
        QCOMPARE(request.headers.size(), 1);
        QCOMPARE(request.headers.at(0).first, QByteArray("Idempotency-Key"));
        QCOMPARE(request.headers.at(0).second, QByteArray("key-12345678"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value("providerId"_L1).toInteger(), 6);
        QCOMPARE(body.value("topic"_L1).toString(), u"recalculation"_s);
        QVERIFY(!body.contains("accountId"_L1)); // it is in the path
        const QJsonObject file = body.value("attachments"_L1).toArray().at(0).toObject();
        QCOMPARE(file.value("fileName"_L1).toString(), u"фото.png"_s);
        QCOMPARE(QByteArray::fromBase64(file.value("content"_L1).toString().toLatin1()), png1x1);

        const AddAppealMessageOperation reply{NewAppealMessage{5, u"Спасибо"_s, {}}, u"key-abcdefgh"_s};
        QCOMPARE(reply.request().path, u"/appeals/5/messages"_s);
        const QJsonObject expected{{"text"_L1, u"Спасибо"_s}};
        QCOMPARE(QJsonDocument::fromJson(reply.request().body).object(), expected);
        const ListAppealsOperation list{1, QDate(2026, 9, 1), QDate(2026, 11, 26)};
        QCOMPARE(list.request().query, u"from=2026-09-01&to=2026-11-26"_s);
    }

    void appealsModel() {
        AppealsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAppeals({parsedAppeal(5, u"answered"_s, true, true), parsedAppeal(4, u"new"_s, false, false)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.unreadCount(), 1);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(
            first.data().toString(),
            QDateTime(QDate(2026, 11, 26), QTime(8, 55, 11), QTimeZone::utc()).toLocalTime().toString(u"dd.MM.yyyy"_s));
        QCOMPARE(model.index(0, AppealsModel::SubjectColumn).data().toString(), u"№ 5 · Показания и начисления"_s);
        QCOMPARE(model.index(0, AppealsModel::StatusColumn).data().toString(),
                 AppealsModel::statusText(AppealStatus::Answered));
        QVERIFY(first.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.rowCount(first), 2); // the appeal and its answer
        QCOMPARE(model.rowCount(model.index(1, 0)), 1);
        const QModelIndex text = model.index(0, AppealsModel::SubjectColumn, first);
        QCOMPARE(text.data().toString(), u"Передала показания холодной воды 04521."_s); // one line
        QCOMPARE(text.data(AppealsModel::KindRole).toInt(), int(AppealsModel::TextRow));
        const QModelIndex answer = model.index(1, AppealsModel::SubjectColumn, first);
        QCOMPARE(answer.data(AppealsModel::KindRole).toInt(), int(AppealsModel::AnswerRow));
        QVERIFY(answer.data().toString().startsWith(u"Здравствуйте"_s));
        QVERIFY(answer.data(AppealsModel::UnreadRole).toBool());

        // The new appeal gets its answer: a child row appears, the read one stops being bold.
        QVERIFY(model.updateAppeal(parsedAppeal(4, u"answered"_s, true, true)));
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);
        QCOMPARE(model.unreadCount(), 2);
        QVERIFY(model.updateAppeal(parsedAppeal(5, u"closed"_s, false, true)));
        QVERIFY(!model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(0, 0).data(AppealsModel::StatusRole).toInt(), int(AppealStatus::Closed));
        QVERIFY(!model.updateAppeal(parsedAppeal(99, u"new"_s, false, false)));
        QCOMPARE(model.indexOfAppeal(4).row(), 1);
        QVERIFY(!model.indexOfAppeal(99).isValid());
        model.setAppeals({});
        QCOMPARE(model.rowCount(), 0);
    }

    void threadModel() {
        AppealThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setThread(json::parseAppealThread(toJson(threadJson(5, u"answered"_s, true, true))).value());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(AppealThreadModel::AuthorRole).toInt(), int(AppealMessage::Author::Customer));
        QVERIFY(model.index(0).data().toString().startsWith(AppealThreadModel::tr("You")));
        QVERIFY(model.index(1).data().toString().endsWith(u"Обращение принято в работу."_s));
        QCOMPARE(model.index(2).data(AppealThreadModel::AttachmentCountRole).toInt(), 2);
        QVERIFY(model.index(2).data().toString().contains(u"Смирнов А. В."_s));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void faqModelFiltersIgnoringCaseAndYo() {
        FaqModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuestions({{u"a"_s, u"Как передать показания счётчика?"_s, u"В разделе «Передать показания»."_s},
                            {u"b"_s, u"Как оплатить?"_s, u"Кнопкой «Оплатить»: картой МИР или Visa."_s},
                            {u"c"_s, u"Что такое ЕПД?"_s, u"Единый платёжный документ."_s}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(), u"В разделе «Передать показания»."_s);
        model.setFilter(u"СЧЕТЧИК"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(FaqModel::QuestionIdRole).toString(), u"a"_s);
        model.setFilter(u"платёжный"_s); // in the answer only, with ё
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(FaqModel::QuestionIdRole).toString(), u"c"_s);
        model.setFilter(u"  как   оплатить "_s);
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(u"мир как"_s); // every word, in any order
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(u"квитанция"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(FaqModel::searchKey(u"Ёлка  ЁЖ"_s), u"елка еж"_s);
    }

    void chosenFilesAreCheckedBySizeAndContent() {
        QTemporaryDir dir;
        const auto write = [&](const QString& name, const QByteArray& data) {
            QFile f(dir.filePath(name));
            LKK_FIXTURE_CHECK(f.open(QIODevice::WriteOnly));
            f.write(data);
            return f.fileName();
        };
        const auto png = AppealInput::readFile(write(u"photo.JPG"_s, png1x1)); // the name does not matter
        QVERIFY(png.attachment);
        QCOMPARE(png.attachment->fileName, u"photo.JPG"_s);
        QCOMPARE(png.attachment->content, png1x1);
        const auto html = AppealInput::readFile(write(u"счёт.jpg"_s, "<html><script>alert(1)</script></html>"));
        QVERIFY(!html.attachment);
        QVERIFY2(html.problem.contains(u"счёт.jpg"_s), qPrintable(html.problem));
        QFile big(dir.filePath(u"big.pdf"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("%PDF-1.4\n");
        QVERIFY(big.resize(rules::appeals::maxAttachmentBytes + 1));
        big.close();
        const auto tooLarge = AppealInput::readFile(big.fileName());
        QVERIFY(!tooLarge.attachment);
        QVERIFY(tooLarge.problem.contains(u"big.pdf"_s));
        QVERIFY(!AppealInput::readFile(write(u"empty.png"_s, {})).attachment);
        QVERIFY(!AppealInput::readFile(dir.filePath(u"missing.png"_s)).attachment);

        QVERIFY(AppealInput::countProblem(5).isEmpty());
        QVERIFY(!AppealInput::countProblem(6).isEmpty());
        QVERIFY(AppealInput::textProblem(u"  Вопрос  "_s).isEmpty());
        QVERIFY(!AppealInput::textProblem(u" \n "_s).isEmpty());
        QVERIFY(!AppealInput::textProblem(QString(4001, u'я')).isEmpty());
        QVERIFY(!AppealInput::textProblem(u"a\u0007b"_s).isEmpty());
    }

    void outboxResendsWithTheSameKeyUntilStored() {
        FakeAppealsServer server;
        server.failuresLeft = 2;
        SignedIn signedIn(&server.net);
        AppealOutbox outbox(&signedIn.session);
        outbox.open(u"https://lkk.example"_s, 1);
        QSignalSpy sent(&outbox, &AppealOutbox::sent);
        const QString key = outbox.send(sampleAppeal());
        QVERIFY(key.size() >= 8 && key.size() <= 64);
        QTRY_COMPARE(outbox.entry(key)->state, State::Pending); // the first attempt failed
        QVERIFY(outbox.entry(key)->error);
        QCOMPARE(outbox.pendingCount(), 1);

        // Owner-only file, written before the first attempt.
        const QFileInfo info(outbox.filePath());
        QVERIFY(info.exists());
        QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                       QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QJsonArray entries = savedFile(outbox.filePath()).value("entries"_L1).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value("key"_L1).toString(), key);

        signedIn.clock.advance(1s); // the retry after 1 s fails too
        QTRY_COMPARE(server.keys.size(), 2);
        QTRY_COMPARE(outbox.entry(key)->state, State::Pending);
        signedIn.clock.advance(2s); // then 2 s later it is stored
        QTRY_COMPARE(outbox.entry(key)->state, State::Sent);
        QCOMPARE(outbox.entry(key)->appealId, 7);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(server.keys, (QList<QByteArray>{key.toLatin1(), key.toLatin1(), key.toLatin1()}));
        QCOMPARE(server.stored.size(), 1);
        QCOMPARE(server.bodies.last().value("attachments"_L1).toArray().size(), 1);
        QCOMPARE(outbox.pendingCount(), 0);

        // A second message gets a key of its own.
        const QString second = outbox.send(sampleAppeal(u"Ещё вопрос"_s));
        QVERIFY(second != key);
        QTRY_COMPARE(outbox.entry(second)->state, State::Sent);
        QCOMPARE(server.stored.size(), 2);
    }

    void outboxRefusalIsFinal() {
        FakeAppealsServer server;
        SignedIn signedIn(&server.net);
        AppealOutbox outbox(&signedIn.session);
        outbox.open(u"https://lkk.example"_s, 1);
        const QString key = outbox.send(sampleAppeal(u"refuse"_s));
        QTRY_COMPARE(outbox.entry(key)->state, State::Refused);
        QCOMPARE(outbox.entry(key)->error->code, u"attachment_type_not_allowed"_s);
        signedIn.clock.advance(10min);
        QCOMPARE(server.keys.size(), 1);
        outbox.forget(key);
        QVERIFY(!outbox.entry(key));
    }

    void outboxResumesAfterARestartAndKeepsDrafts() {
        FakeAppealsServer server;
        server.failuresLeft = 1;
        QString key;
        {
            SignedIn signedIn(&server.net);
            AppealOutbox outbox(&signedIn.session);
            outbox.open(u"https://lkk.example"_s, 1);
            key = outbox.send(sampleAppeal());
            QTRY_COMPARE(outbox.entry(key)->state, State::Pending);
            outbox.saveDraft({1, 6, u"payment"_s, u"Черновик"_s, {u"/tmp/a.png"_s}});
            outbox.saveDraft({2, 0, {}, {}, {}}); // empty: nothing kept
        }
        SignedIn signedIn(&server.net);
        AppealOutbox restarted(&signedIn.session);
        restarted.open(u"https://lkk.example"_s, 1);
        QTRY_COMPARE(restarted.entry(key)->state, State::Sent); // sent at once on open()
        QCOMPARE(server.keys, (QList<QByteArray>{key.toLatin1(), key.toLatin1()}));
        QCOMPARE(server.stored.size(), 1);
        const auto draft = restarted.draft(1);
        QVERIFY(draft);
        QCOMPARE(draft->text, u"Черновик"_s);
        QCOMPARE(draft->files, QStringList{u"/tmp/a.png"_s});
        QVERIFY(!restarted.draft(2));
        restarted.removeDraft(1);
        QVERIFY(!restarted.draft(1));

        // Another user on the same machine has a file of their own.
        QVERIFY(AppealOutbox::filePathFor(u"https://lkk.example"_s, 2) != restarted.filePath());
        AppealOutbox third(&signedIn.session);
        third.open(u"https://lkk.example"_s, 1);
        QCOMPARE(third.entries().size(), 0); // the sent one was dropped at the load
        QVERIFY(!third.draft(1));
    }
};

QTEST_GUILESS_MAIN(TestAppeals)
#include "tst_appeals.moc"
