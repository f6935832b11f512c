#include "server/faq/FaqImporter.h"

#include "server/Sha256Hex.h"
#include "server/db/Database.h"
#include "server/db/WriteTransaction.h"
#include "server/faq/FaqValidator.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lkk::server::faq {

using namespace Qt::StringLiterals;

namespace {

// Runs statements until the first failure, which it keeps.
class Writer {
public:
    Writer(Database& database, QSqlDatabase& db)
        : m_postgres(database.dialect() == Dialect::Postgres)
        , m_db(db) {}

    QString error;

    qint64 run(const QString& sql, const QVariantList& values, bool returnId = false) {
        if (!error.isEmpty())
            return 0;
        QSqlQuery q(m_db);
        q.prepare(returnId && m_postgres ? sql + u" RETURNING id"_s : sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            error = q.lastError().text();
            return 0;
        }
        if (!returnId)
            return 0;
        if (m_postgres)
            return q.next() ? q.value(0).toLongLong() : 0;
        return q.lastInsertId().toLongLong();
    }

private:
    bool m_postgres;
    QSqlDatabase& m_db;
};

// "" for a text not given: a null QString would bind as SQL NULL in a NOT NULL column.
QString orEmpty(const QString& text) {
    return text.isNull() ? u""_s : text;
}

} // namespace

FaqImporter::FaqImporter(Database& database)
    : m_database(database) {}

FaqImporter::Result FaqImporter::importFile(const QString& path, qint64 nowMs) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.failure = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return r;
    }
    return importData(file.readAll(), QFileInfo(path).fileName(), nowMs);
}

FaqImporter::Result FaqImporter::importData(const QByteArray& json, const QString& fileName, qint64 nowMs) {
    Result r;
    billing::ImportError error;
    const auto faq = FaqValidator::validate(json, &error);
    if (!faq) {
        r.rejection = error;
        return r;
    }
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        r.failure = u"cannot open the database: "_s + m_database.lastOpenError();
        return r;
    }
    WriteTransaction transaction(m_database, db);
    if (!transaction.begun()) {
        r.failure = u"cannot start a transaction: "_s + db.lastError().text();
        return r;
    }
    Writer w(m_database, db);
    if (m_database.dialect() == Dialect::Postgres) // two imports at once: one after the other
        w.run(u"SELECT pg_advisory_xact_lock(7275003)"_s, {});
    w.run(u"DELETE FROM faq_questions"_s, {});
    w.run(u"DELETE FROM faq_companies"_s, {});
    for (qsizetype c = 0; c < faq->companies.size(); ++c) {
        const Company& company = faq->companies.at(c);
        const qint64 companyId = w.run(
            u"INSERT INTO faq_companies (code, ord, name_ru, name_en, contact_phone) "
            u"VALUES (?, ?, ?, ?, ?)"_s,
            {company.code, int(c), company.name.ru, orEmpty(company.name.en), orEmpty(company.contactPhone)}, true);
        for (qsizetype q = 0; q < company.questions.size(); ++q) {
            const Question& question = company.questions.at(q);
            w.run(u"INSERT INTO faq_questions (company_id, ord, code, question_ru, answer_ru, question_en, answer_en) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                  {companyId, int(q), question.id, question.question.ru, question.answer.ru,
                   orEmpty(question.question.en), orEmpty(question.answer.en)});
        }
    }
    r.companies = int(faq->companies.size());
    r.questions = faq->questionCount();
    w.run(u"INSERT INTO faq_imports (file_name, sha256, companies, questions, imported_at) VALUES (?, ?, ?, ?, ?)"_s,
          {fileName, sha256Hex(json), r.companies, r.questions, nowMs});
    if (!w.error.isEmpty()) {
        r.failure = u"import failed, nothing changed: "_s + w.error;
        return r;
    }
    if (!transaction.commit()) {
        r.failure = u"import failed, nothing changed: cannot commit"_s;
        return r;
    }
    r.ok = true;
    return r;
}

bool FaqImporter::importDemoIfNeeded(Database& database, qint64 nowMs, QString* message) {
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT COUNT(*) FROM faq_imports"_s) || !q.next()) {
        *message = u"cannot check FAQ imports: "_s + q.lastError().text();
        return false;
    }
    if (q.value(0).toInt() > 0) {
        *message = u"FAQ already imported"_s;
        return true;
    }
    QFile file(u":/lkk/demo/faq.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *message = u"the demo FAQ is not embedded in this server"_s;
        return false;
    }
    const Result r = FaqImporter(database).importData(file.readAll(), u"faq.json"_s, nowMs);
    if (r.rejection) {
        *message = u"the demo FAQ is invalid: "_s + r.rejection->toString(u"faq.json"_s);
        return false;
    }
    if (!r.ok) {
        *message = r.failure;
        return false;
    }
    *message = u"imported the demo FAQ: %1 companies, %2 questions"_s.arg(r.companies).arg(r.questions);
    return true;
}

} // namespace lkk::server::faq
