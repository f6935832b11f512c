// The FAQ import (docs/faq-import.md) against a real database: SQLite by default, PostgreSQL when
// LKK_TEST_BACKEND=postgres (a scratch database per test; skipped without LKK_TEST_DATABASE_URL
// unless LKK_TEST_REQUIRE_POSTGRES=1). All or nothing, replacing, the demo import once, what
// GET /faq answers from it (the English fallback), and the `lkk-server faq import` command.
#include "server/db/Database.h"
#include "server/db/Migrations.h"
#include "server/faq/FaqApi.h"
#include "server/faq/FaqImporter.h"
#include "tests/support/ScratchDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace lkk::server;
using namespace Qt::StringLiterals;

namespace {

QByteArray demoFile() {
    QFile f(QStringLiteral(LKK_SOURCE_DIR "/resources/demo/faq.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo FAQ");
    return f.readAll();
}

// A small valid file: one company, two questions, the second without English.
QByteArray smallFile() {
    return R"({"format": "lkk-faq", "version": 1, "companies": [
  {"code": "tes", "name": {"ru": "АО «Томскэнергосбыт»", "en": "JSC Tomskenergosbyt"}, "questions": [
    {"id": "one", "question": {"ru": "Первый?", "en": "First?"}, "answer": {"ru": "Да.\nТочно.", "en": "Yes."}},
    {"id": "two", "question": {"ru": "Второй?"}, "answer": {"ru": "Только по-русски."}}
  ]}
]})";
}

} // namespace

class TestFaq : public QObject {
    Q_OBJECT

private:
    bool m_postgres = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<lkk::test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_database;
    QString m_url;

    qint64 scalar(const QString& sql) {
        QSqlDatabase db = m_database->connection();
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // GET /faq as FaqApi answers it on this database.
    QJsonObject faq(const QString& query = {}, lkk::server::Language language = lkk::server::Language::Ru) {
        RequestData data;
        data.query = query;
        data.language = language;
        RequestContext context{data};
        context.language = language;
        context.db = m_database->connection();
        const auto reply = faq::FaqApi().list(context);
        if (!reply)
            return {{u"status"_s, reply.failure().status}, {u"code"_s, QString::fromLatin1(reply.failure().code)}};
        return QJsonDocument::fromJson(reply->body).object();
    }

private slots:
    void initTestCase() {
        m_postgres = qEnvironmentVariable("LKK_TEST_BACKEND") == u"postgres";
        if (m_postgres && qEnvironmentVariable("LKK_TEST_DATABASE_URL").isEmpty()) {
            if (qEnvironmentVariable("LKK_TEST_REQUIRE_POSTGRES") == u"1")
                QFAIL("LKK_TEST_REQUIRE_POSTGRES=1 but LKK_TEST_DATABASE_URL is not set");
            QSKIP("LKK_TEST_DATABASE_URL is not set: PostgreSQL run skipped");
        }
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_url = u"sqlite://"_s + m_dir->filePath(u"lkk.sqlite"_s);
        if (m_postgres) {
            m_scratch = std::make_unique<lkk::test::ScratchDatabase>();
            QString error;
            QVERIFY2(m_scratch->create(u"lkk_faq"_s, &error), qPrintable(error));
            m_url = m_scratch->url();
        }
        QString error;
        const auto parsed = DatabaseUrl::parse(m_url, &error);
        QVERIFY2(parsed, qPrintable(error));
        m_database = std::make_unique<Database>(*parsed);
        QVERIFY2(Migrations::apply(*m_database, &error), qPrintable(error));
    }

    void cleanup() {
        m_database.reset();
        m_scratch.reset();
        m_dir.reset();
    }

    void importsTheDemoFile() {
        QCOMPARE(faq()[u"companies"_s].toArray().size(), 0); // nothing imported yet
        QVERIFY(faq()[u"updatedAt"_s].isNull());
        const auto r = faq::FaqImporter(*m_database).importData(demoFile(), u"faq.json"_s, 1'700'000'000'000);
        QVERIFY2(r.ok, qPrintable(r.failure));
        QCOMPARE(r.companies, 2);
        QCOMPARE(r.questions, int(scalar(u"SELECT COUNT(*) FROM faq_questions"_s)));
        const QJsonObject ru = faq();
        QCOMPARE(ru[u"language"_s].toString(), u"ru"_s);
        QCOMPARE(ru[u"updatedAt"_s].toString(), u"2023-11-14T22:13:20Z"_s);
        QCOMPARE(ru[u"companies"_s][0][u"code"_s].toString(), u"tes"_s);
        QCOMPARE(ru[u"companies"_s][1][u"name"_s].toString(), u"АО «ТомскРТС»"_s);
        QCOMPARE(ru[u"companies"_s][0][u"contactPhone"_s].toString(), u"+7 (3822) 75-00-75"_s);
        QVERIFY(ru[u"companies"_s][0][u"questions"_s].toArray().size() >= 12);
        const QJsonObject en = faq(u"lang=en"_s);
        QCOMPARE(en[u"companies"_s][0][u"name"_s].toString(), u"JSC Tomskenergosbyt"_s);
        QCOMPARE(en[u"companies"_s][0][u"questions"_s][0][u"question"_s].toString(),
                 u"How do I register in the personal cabinet?"_s);
    }

    void englishFallsBackToRussian() {
        QVERIFY(faq::FaqImporter(*m_database).importData(smallFile(), u"small.json"_s, 1).ok);
        const QJsonObject en = faq({}, lkk::server::Language::En); // Accept-Language: en
        const QJsonArray questions = en[u"companies"_s][0][u"questions"_s].toArray();
        QCOMPARE(questions[0][u"answer"_s].toString(), u"Yes."_s);
        QCOMPARE(questions[1][u"question"_s].toString(), u"Второй?"_s);
        QCOMPARE(
            faq(u"lang=ru"_s, lkk::server::Language::En)[u"companies"_s][0][u"questions"_s][0][u"answer"_s].toString(),
            u"Да.\nТочно."_s);
        QVERIFY(en[u"companies"_s][0][u"contactPhone"_s].isNull());
        QCOMPARE(faq(u"lang=de"_s)[u"status"_s].toInt(), 400);
    }

    // A new file replaces the old one whole; a bad file changes nothing.
    void allOrNothing() {
        faq::FaqImporter importer(*m_database);
        QVERIFY(importer.importData(demoFile(), u"faq.json"_s, 1).ok);
        const QJsonObject before = faq();
        QByteArray broken = demoFile();
        broken.replace("\"id\": \"appeal-closed\"", "\"id\": \"appeal-attachments\""); // a duplicate id at the end
        const auto refused = importer.importData(broken, u"broken.json"_s, 2);
        QVERIFY(!refused.ok);
        QVERIFY(refused.rejection);
        QCOMPARE(refused.rejection->code, u"duplicate_key"_s);
        QVERIFY(refused.rejection->line > 300);
        QCOMPARE(faq(), before);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM faq_imports"_s), 1);

        QVERIFY(importer.importData(smallFile(), u"small.json"_s, 3).ok);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM faq_questions"_s), 2);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM faq_companies"_s), 1);
        QCOMPARE(faq()[u"companies"_s].toArray().size(), 1);
    }

    void demoImportOnlyOnce() {
        QString message;
        QVERIFY2(faq::FaqImporter::importDemoIfNeeded(*m_database, 1, &message), qPrintable(message));
        QVERIFY(message.contains(u"imported"_s));
        QVERIFY(faq::FaqImporter(*m_database).importData(smallFile(), u"small.json"_s, 2).ok);
        QVERIFY(faq::FaqImporter::importDemoIfNeeded(*m_database, 3, &message));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM faq_questions"_s), 2); // the utility's file stays
    }

    void command() {
        const QString binary = qEnvironmentVariable("LKK_SERVER_BINARY");
        if (binary.isEmpty())
            QSKIP("LKK_SERVER_BINARY not set");
        m_database.reset(); // the command opens the database itself
        auto run = [&](const QStringList& args, QByteArray* out) {
            QProcess p;
            p.start(binary, args);
            p.waitForFinished(60000);
            *out = p.readAllStandardError() + p.readAllStandardOutput();
            return p.exitCode();
        };
        const QString good = m_dir->filePath(u"good.json"_s);
        const QString bad = m_dir->filePath(u"bad.json"_s);
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(smallFile());
        g.close();
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray(smallFile()).replace("\"Первый?\"", "\"\""));
        b.close();
        QByteArray out;
        QCOMPARE(run({u"faq"_s, u"import"_s, bad, u"--db"_s, m_url}, &out), 2);
        QVERIFY2(out.contains("bad.json:3:") && out.contains("$.companies[0].questions[0].question.ru: invalid_value"),
                 out.constData());
        QVERIFY2(out.contains("rejected, nothing imported"), out.constData());
        QCOMPARE(run({u"faq"_s, u"import"_s, good, u"--db"_s, m_url}, &out), 0);
        QVERIFY2(out.contains("1 companies, 2 questions"), out.constData());
        QCOMPARE(run({u"faq"_s, u"import"_s}, &out), 2);
        QCOMPARE(run({u"faq"_s, u"export"_s, good, u"--db"_s, m_url}, &out), 2);
        QCOMPARE(run({u"faq"_s, u"import"_s, m_dir->filePath(u"missing.json"_s), u"--db"_s, m_url}, &out), 1);

        QString error;
        m_database = std::make_unique<Database>(*DatabaseUrl::parse(m_url, &error));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM faq_questions"_s), 2);
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestFaq test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faq.moc"
