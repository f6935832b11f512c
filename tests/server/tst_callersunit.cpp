// The operators' workspace without the HTTP layer: the search form of text (TextFold) in C++ and
// in the SQL the migrations use, the dialect-only migration statements, reading a search query,
// the masks, the reason rule and the audit period bounds; and the audit trail on a fresh SQLite
// database: an entry lives and dies with its transaction, and the table refuses change.
#include "server/db/Database.h"
#include "server/db/Migrations.h"
#include "server/db/TextFold.h"
#include "server/http/RequestContext.h"
#include "server/operator/AuditTrail.h"
#include "server/operator/CallerQuery.h"
#include "server/operator/OperatorRules.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lkk::server;
using namespace lkk::server::operators;

class TestCallersUnit : public QObject {
    Q_OBJECT

private:
    static std::unique_ptr<Database> migrated(const QTemporaryDir& dir, QString* error) {
        QString urlError;
        const auto url = DatabaseUrl::parse(u"sqlite://"_s + dir.filePath(u"t.sqlite"_s), &urlError);
        if (!url) {
            *error = urlError;
            return nullptr;
        }
        auto database = std::make_unique<Database>(*url);
        if (!Migrations::apply(*database, error))
            return nullptr;
        return database;
    }

private slots:
    void foldMakesTheSearchForm() {
        QCOMPARE(TextFold::fold(u"ИВАНОВА Ёлкина-Щукина Smith ёж O'Neil 12 ул."_s),
                 u"иванова елкина-щукина smith еж o'neil 12 ул."_s);
        QCOMPARE(TextFold::fold(u"Семёнова"_s), TextFold::fold(u"СЕМЕНОВА"_s));
    }

    // The SQL of the migrations folds exactly as the C++ does, share by share as on SQLite.
    void foldSqlAgreesWithFold() {
        QTemporaryDir dir;
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fold"_s);
        {
            db.setDatabaseName(u":memory:"_s);
            QVERIFY(db.open());
            QString all;
            for (char16_t c = 0x20; c < 0x500; ++c)
                all.append(QChar(c));
            all.remove(u'\'');
            const QString sql =
                u"SELECT %1 FROM (SELECT %2 AS c FROM (SELECT %3 AS c FROM (SELECT ? AS c) a) b) d"_s.arg(
                    TextFold::sql(u"c"_s, 3, 3), TextFold::sql(u"c"_s, 2, 3), TextFold::sql(u"c"_s, 1, 3));
            QSqlQuery q(db);
            QVERIFY(q.prepare(sql));
            q.addBindValue(all);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QCOMPARE(q.value(0).toString(), TextFold::fold(all));
            QVERIFY(TextFold::sql(u"c"_s).count(u"replace("_s) == TextFold::sql(u"c"_s, 1, 3).count(u"replace("_s) +
                                                                      TextFold::sql(u"c"_s, 2, 3).count(u"replace("_s) +
                                                                      TextFold::sql(u"c"_s, 3, 3).count(u"replace("_s));
            q.clear();
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"fold"_s);
    }

    void dialectOnlyStatements() {
        const QString sql =
            u"CREATE TABLE a (x {{ID}});\n{{SQLITE}} CREATE TRIGGER t BEFORE UPDATE ON a\n"
            u"BEGIN SELECT RAISE(ABORT, 'no'); END;\n{{POSTGRES}} CREATE FUNCTION f() RETURNS "
            u"trigger\nAS $$ BEGIN RAISE EXCEPTION 'no'; END $$;\nCREATE INDEX i ON a ({{FOLD(x, 1/60)}});\n"_s;
        const QStringList sqlite = Migrations::statementsFor(sql, Dialect::Sqlite);
        const QStringList pg = Migrations::statementsFor(sql, Dialect::Postgres);
        QCOMPARE(sqlite.size(), 3);
        QCOMPARE(pg.size(), 3);
        QVERIFY(sqlite.at(1).startsWith(u"CREATE TRIGGER t"_s));
        QVERIFY(sqlite.at(1).endsWith(u"END"_s));
        QVERIFY(pg.at(1).startsWith(u"CREATE FUNCTION f()"_s));
        QVERIFY(pg.at(1).endsWith(u"END $$"_s));
        QCOMPARE(sqlite.at(2), u"CREATE INDEX i ON a (replace(x, 'A', 'a'))"_s);
        QVERIFY(!sqlite.join(u' ').contains(u"{{"_s) && !pg.join(u' ').contains(u"{{"_s));
    }

    void queryKinds() {
        auto q = CallerQuery::parse(u" +7 (913) 123-45-67 "_s);
        QVERIFY(q);
        QCOMPARE(q->phone, u"+79131234567"_s);
        QVERIFY(q->number.isEmpty());
        QCOMPARE(q->kind(), u"phone"_s);

        q = CallerQuery::parse(u"8 913 123 45 67"_s); // digits: a phone, and maybe an account
        QVERIFY(q);
        QCOMPARE(q->phone, u"+79131234567"_s);
        QCOMPARE(q->number, u"89131234567"_s);

        q = CallerQuery::parse(u"100 103 492"_s);
        QVERIFY(q);
        QVERIFY(q->phone.isEmpty());
        QCOMPARE(q->number, u"100103492"_s);
        QCOMPARE(q->kind(), u"number"_s);

        q = CallerQuery::parse(u"Demo@LKK.example"_s);
        QVERIFY(q);
        QCOMPARE(q->email, u"demo@lkk.example"_s);
        QCOMPARE(q->kind(), u"email"_s);

        q = CallerQuery::parse(u"Семёнова  ул. Ленина, д. 5;кв.7"_s);
        QVERIFY(q);
        QCOMPARE(q->surname, u"семенова"_s);
        QCOMPARE(q->addressWords, (QStringList{u"ул"_s, u"ленина"_s, u"д"_s, u"5"_s, u"кв.7"_s}));
        QCOMPARE(q->kind(), u"surname"_s);

        QCOMPARE(CallerQuery::parse(u"Иванова-Петрова"_s)->surname, u"иванова-петрова"_s);
        for (const QString& bad : {u""_s, u"   "_s, u"я"_s, u"a@"_s, u"@lkk.example"_s, u"+7 913"_s, u"12-ab"_s,
                                   u"%и"_s, u"_"_s, QString(201, u'я')})
            QVERIFY2(!CallerQuery::parse(bad), qPrintable(bad));
    }

    void masks() {
        QCOMPARE(maskedEmail(u"demo@lkk.example"_s), u"d***@lkk.example"_s);
        QCOMPARE(maskedEmail(u"a@b.ru"_s), u"a***@b.ru"_s);
        QCOMPARE(maskedEmail(u""_s), QString());
        QCOMPARE(maskedPhone(u"+79131234567"_s), u"+7 913 ***-**-67"_s);
        QCOMPARE(maskedPhone(u"12345"_s), u"***45"_s);
        QCOMPARE(maskedPhone(u""_s), QString());
    }

    void reasons() {
        QVERIFY(reasonValid(u"клиент продиктовал по телефону"_s));
        QVERIFY(reasonValid(QString(10, u'я')));
        QVERIFY(reasonValid(QString(500, u'я')));
        QVERIFY(reasonValid(u"  "_s + QString(10, u'я') + u"  "_s));
        QVERIFY(!reasonValid(QString(9, u'я')));
        QVERIFY(!reasonValid(QString(501, u'я')));
        QVERIFY(!reasonValid(u"           "_s));
        QVERIFY(!reasonValid(u"по телефону\u0007ок"_s));
        QVERIFY(reasonValid(u"по телефону,\nзвонок 2"_s));
    }

    void auditTimes() {
        // Days are Tomsk days (UTC+7); --to includes its day.
        QCOMPARE(auditTime(u"2026-12-06"_s, false).value_or(-1),
                 QDateTime::fromString(u"2026-12-05T17:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch());
        QCOMPARE(auditTime(u"2026-12-06"_s, true).value_or(-1),
                 QDateTime::fromString(u"2026-12-06T17:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch());
        QCOMPARE(auditTime(u"2026-12-06T10:15:00Z"_s, true).value_or(-1),
                 QDateTime::fromString(u"2026-12-06T10:15:00Z"_s, Qt::ISODate).toMSecsSinceEpoch());
        QCOMPARE(auditTime(u"2026-12-06T17:15:00+07:00"_s, false).value_or(-1),
                 QDateTime::fromString(u"2026-12-06T10:15:00Z"_s, Qt::ISODate).toMSecsSinceEpoch());
        for (const QString& bad : {u""_s, u"2026-13-01"_s, u"2026-12-06T10:15:00"_s, u"yesterday"_s})
            QVERIFY2(!auditTime(bad, false), qPrintable(bad));
    }

    // An entry commits or rolls back with its transaction; once written, it cannot be changed.
    void trailIsTransactionalAndAppendOnly() {
        QTemporaryDir dir;
        QString error;
        auto database = migrated(dir, &error);
        QVERIFY2(database, qPrintable(error));
        QSqlDatabase db = database->connection();
        RequestData request;
        request.requestId = u"req-1"_s;
        RequestContext context{request};
        context.nowMs = 1'000;
        context.db = db;
        AuditEntry entry{7, 1, 0, QString::fromLatin1(action::cabinetOpen), {}, {{u"x"_s, 1}}};

        QVERIFY(database->beginWrite(db));
        QVERIFY(AuditTrail::record(db, context, entry));
        Database::rollback(db);
        QCOMPARE(AuditTrail::count(db, 7, action::cabinetOpen, 0)->entries, 0);

        QVERIFY(database->beginWrite(db));
        QVERIFY(AuditTrail::record(db, context, entry));
        QVERIFY(Database::commit(db));
        QCOMPARE(AuditTrail::count(db, 7, action::cabinetOpen, 0)->entries, 1);
        QCOMPARE(AuditTrail::customersRead(db, 7, 0, 1)->includes, true);
        QCOMPARE(AuditTrail::customersRead(db, 7, 0, 2)->includes, false);
        // Every read of a customer's data counts for the cabinets limit; a search names nobody.
        QVERIFY(database->beginWrite(db));
        for (const auto& [customer, what] :
             {std::pair{2, action::cabinetView}, std::pair{3, action::readingsView}, std::pair{4, action::search}})
            QVERIFY(AuditTrail::record(db, context, {7, customer, 0, QString::fromLatin1(what), {}, {}}));
        QVERIFY(Database::commit(db));
        QCOMPARE(AuditTrail::customersRead(db, 7, 0, 2)->includes, true);
        QCOMPARE(AuditTrail::customersRead(db, 7, 0, 4)->includes, false);
        QCOMPARE(AuditTrail::customersRead(db, 7, 0, 4)->distinct, 3);

        QSqlQuery q(db);
        QVERIFY(!q.exec(u"UPDATE operator_audit SET reason = 'changed'"_s));
        QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(u"DELETE FROM operator_audit"_s));
        QVERIFY(q.exec(u"SELECT COUNT(*), MAX(reason), MAX(request_id) FROM operator_audit"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(q.value(1).toString(), QString());
        QCOMPARE(q.value(2).toString(), u"req-1"_s);

        // The generated search columns follow their source.
        QVERIFY(q.exec(u"INSERT INTO users (email, password_hash, surname, created_at) "
                       u"VALUES ('x@y.ru', 'h', 'ЁЛКИНА', 0)"_s));
        QVERIFY(q.exec(u"SELECT search_surname FROM users WHERE email = 'x@y.ru'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"елкина"_s);
        QVERIFY(q.exec(u"UPDATE users SET surname = 'Smith' WHERE email = 'x@y.ru'"_s));
        QVERIFY(q.exec(u"SELECT search_surname FROM users WHERE email = 'x@y.ru'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"smith"_s);
        // …and the search reads customers of the prefix from one index range, in its order (no sort),
        // even without statistics (users_role_idx alone would read every customer).
        QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT id FROM users WHERE role = 'customer' AND search_surname >= 'ел' "
                       u"AND search_surname < 'ем' ORDER BY search_surname, id LIMIT 51"_s));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(u"users_customer_surname_idx (role=? AND search_surname>? AND search_surname<?)"_s),
                 qPrintable(plan));
        QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestCallersUnit)
#include "tst_callersunit.moc"
