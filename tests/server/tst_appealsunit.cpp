// Appeals and the FAQ file without a server: the shared appeal rules (text, files, names), the
// download's Content-Disposition, the answer mail, and the FAQ validator's rejections with their
// JSON path, line and column (docs/appeals.md, docs/faq-import.md).
#include "server/appeals/AnswerMail.h"
#include "server/appeals/AttachmentDownload.h"
#include "server/faq/FaqValidator.h"
#include "server/users/UserStore.h"
#include "shared/AppealRules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace Qt::StringLiterals;
using namespace lkk::rules::appeals;
using lkk::server::Language;

class TestAppealRules : public QObject {
    Q_OBJECT
private slots:
    void normalizedText() {
        QCOMPARE(lkk::rules::appeals::normalizedText(u"  a\r\nb\rc\n  "_s), u"a\nb\nc"_s);
        QCOMPARE(lkk::rules::appeals::normalizedText(u"\t\n "_s), QString());
    }

    void checkText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("problem");
        const QString emoji = QString::fromUcs4(U"\U0001F600");
        QTest::newRow("plain") << u"Прошу пересчитать"_s << int(TextProblem::None);
        QTest::newRow("tab and newline") << u"a\tb\nc"_s << int(TextProblem::None);
        QTest::newRow("empty") << QString() << int(TextProblem::Empty);
        QTest::newRow("4000") << QString(4000, u'ж') << int(TextProblem::None);
        QTest::newRow("4001") << QString(4001, u'ж') << int(TextProblem::TooLong);
        QTest::newRow("3999 + emoji") << QString(QString(3999, u'a') + emoji) << int(TextProblem::None);
        QTest::newRow("4000 + emoji") << QString(QString(4000, u'a') + emoji) << int(TextProblem::TooLong);
        QTest::newRow("NUL") << QString(u"a"_s + QChar(0) + u"b"_s) << int(TextProblem::ControlCharacter);
        QTest::newRow("ESC") << u"\x1b[31m"_s << int(TextProblem::ControlCharacter);
        QTest::newRow("CR left") << u"a\rb"_s << int(TextProblem::ControlCharacter); // normalizedText removes it
        QTest::newRow("DEL") << u"a\x7f"_s << int(TextProblem::ControlCharacter);
        QTest::newRow("NEL") << QString(u"a"_s + QChar(0x85)) << int(TextProblem::ControlCharacter);
        QTest::newRow("lone high surrogate") << QString(u"a"_s + QChar(0xD800)) << int(TextProblem::InvalidUnicode);
        QTest::newRow("lone low surrogate") << QString(QChar(0xDC00) + u"a"_s) << int(TextProblem::InvalidUnicode);
        QTest::newRow("markup is text") << u"<script>alert(1)</script>"_s << int(TextProblem::None);
    }

    void checkText() {
        QFETCH(QString, text);
        QFETCH(int, problem);
        QCOMPARE(int(lkk::rules::appeals::checkText(text)), problem);
    }

    void sniffFileType_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("type");
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0rest", 8) << int(FileType::Jpeg);
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\nrest", 12) << int(FileType::Png);
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << int(FileType::Pdf);
        QTest::newRow("html") << QByteArray("<html><script>") << int(FileType::Unknown);
        QTest::newRow("pdf later") << QByteArray(" %PDF-1.7") << int(FileType::Unknown);
        QTest::newRow("gif") << QByteArray("GIF89a") << int(FileType::Unknown);
        QTest::newRow("cut png") << QByteArray("\x89PNG\r\n", 6) << int(FileType::Unknown);
        QTest::newRow("empty") << QByteArray() << int(FileType::Unknown);
    }

    void sniffFileType() {
        QFETCH(QByteArray, content);
        QFETCH(int, type);
        QCOMPARE(int(lkk::rules::appeals::sniffFileType(content)), type);
    }

    void mimeTypesRoundTrip() {
        for (const FileType type : {FileType::Jpeg, FileType::Png, FileType::Pdf})
            QCOMPARE(fileTypeOfMime(mimeType(type)), type);
        QCOMPARE(fileTypeOfMime("text/html"), FileType::Unknown);
    }

    void fileNames() {
        QCOMPARE(normalizedFileName(u"C:\\Users\\Мария\\скан.jpg"_s), u"скан.jpg"_s);
        QCOMPARE(normalizedFileName(u"/home/a/ фото.png "_s), u"фото.png"_s);
        QCOMPARE(checkFileName(u"фото.png"_s), FileNameProblem::None);
        QCOMPARE(checkFileName(QString()), FileNameProblem::Empty);
        QCOMPARE(checkFileName(u".."_s), FileNameProblem::Empty);
        QCOMPARE(checkFileName(u"a\tb.png"_s), FileNameProblem::ControlCharacter);
        QCOMPARE(checkFileName(QString(u"a"_s + QChar(0xD800))), FileNameProblem::ControlCharacter);
        QCOMPARE(checkFileName(QString(256, u'n')), FileNameProblem::TooLong);
        QCOMPARE(downloadFileName(u"акт.pdf"_s, FileType::Pdf), u"акт.pdf"_s);
        QCOMPARE(downloadFileName(u"photo.JPEG"_s, FileType::Jpeg), u"photo.JPEG"_s);
        QCOMPARE(downloadFileName(u"invoice.exe"_s, FileType::Pdf), u"invoice.exe.pdf"_s);
        QCOMPARE(downloadFileName(u"scan"_s, FileType::Png), u"scan.png"_s);
        QCOMPARE(downloadFileName(u"photo.jpg"_s, FileType::Png), u"photo.jpg.png"_s);
    }

    void contentDisposition() {
        using lkk::server::appeals::AttachmentDownload;
        QCOMPARE(AttachmentDownload::contentDisposition(u"акт сверки.pdf"_s),
                 QByteArray("attachment; filename=\"___ ______.pdf\"; "
                            "filename*=UTF-8''%D0%B0%D0%BA%D1%82%20%D1%81%D0%B2%D0%B5%D1%80%D0%BA%D0%B8.pdf"));
        // Quotes, backslashes, semicolons and percent signs cannot break out of either parameter.
        QCOMPARE(AttachmentDownload::contentDisposition(u"a\"b\\c;d%e.png"_s),
                 QByteArray("attachment; filename=\"a_b_c;d_e.png\"; filename*=UTF-8''a%22b%5Cc%3Bd%25e.png"));
    }
};

class TestAnswerMail : public QObject {
    Q_OBJECT
private:
    static lkk::server::appeals::Appeal appeal(Language language) {
        lkk::server::appeals::Appeal a;
        a.id = 42;
        a.accountNumber = u"100103492"_s;
        a.provider = {3, u"ООО «ЗТК»"_s};
        a.topic = {4, u"recalculation"_s, u"Перерасчёт"_s, u"Recalculation"_s, true};
        a.language = language;
        a.createdAt = QDateTime(QDate(2026, 11, 20), QTime(3, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        return a;
    }
    static lkk::server::User customer() {
        lkk::server::User u;
        u.email = u"demo@lkk.example"_s;
        u.surname = u"Иванова"_s;
        u.firstName = u"Мария"_s;
        u.patronymic = u"Петровна"_s;
        return u;
    }
    static lkk::server::appeals::Message answer() {
        lkk::server::appeals::Message m;
        m.body = u"Перерасчёт выполнен: 100 %1 %2."_s; // placeholders in the text stay as written
        m.attachments = {{7, u"акт.pdf"_s, FileType::Pdf, 10}, {8, u"photo"_s, FileType::Png, 10}};
        return m;
    }
private slots:
    void russian() {
        const auto mail = lkk::server::appeals::AnswerMail::compose(appeal(Language::Ru), customer(), answer());
        QCOMPARE(mail.subject, u"Ответ на обращение № 42"_s);
        QVERIFY(mail.text.startsWith(u"Здравствуйте, Мария Петровна!\n\n"_s));
        QVERIFY(mail.text.contains(
            u"обращение № 42 от 20.11.2026 по лицевому счёту 100103492 (ООО «ЗТК», тема «Перерасчёт»)"_s));
        QVERIFY(mail.text.contains(u"Перерасчёт выполнен: 100 %1 %2."_s));
        QVERIFY(mail.text.contains(u"Вложения (откройте их в личном кабинете): акт.pdf, photo.png"_s));
    }

    void english() {
        const auto mail = lkk::server::appeals::AnswerMail::compose(appeal(Language::En), customer(), answer());
        QCOMPARE(mail.subject, u"Answer to your appeal No. 42"_s);
        QVERIFY(mail.text.startsWith(u"Hello, Мария Иванова!\n\n"_s));
        QVERIFY(mail.text.contains(u"topic \"Recalculation\""_s));
    }

    void withoutNameOrFiles() {
        lkk::server::User nameless = customer();
        nameless.firstName.clear();
        nameless.patronymic.clear();
        lkk::server::appeals::Message plain = answer();
        plain.attachments.clear();
        const auto mail = lkk::server::appeals::AnswerMail::compose(appeal(Language::Ru), nameless, plain);
        QVERIFY(mail.text.startsWith(u"Здравствуйте!\n\n"_s));
        QVERIFY(!mail.text.contains(u"Вложения"_s));
    }
};

// The FAQ validator on mutations of the demo file: the first problem, where it is.
class TestFaqValidator : public QObject {
    Q_OBJECT
    using Mutation = std::function<void(QJsonObject&)>;

private:
    QJsonObject m_demo;

    static QJsonObject question(QJsonObject& root, int company, int index) {
        return root[u"companies"_s][company][u"questions"_s][index].toObject();
    }
    static void setQuestion(QJsonObject& root, int company, int index, const QJsonObject& q) {
        QJsonArray companies = root[u"companies"_s].toArray();
        QJsonObject c = companies[company].toObject();
        QJsonArray questions = c[u"questions"_s].toArray();
        questions[index] = q;
        c[u"questions"_s] = questions;
        companies[company] = c;
        root[u"companies"_s] = companies;
    }

private slots:
    void initTestCase() {
        QFile f(QStringLiteral(LKK_SOURCE_DIR "/resources/demo/faq.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_demo = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!m_demo.isEmpty());
    }

    void demoFileIsValid() {
        QFile f(QStringLiteral(LKK_SOURCE_DIR "/resources/demo/faq.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        lkk::server::billing::ImportError error;
        const auto faq = lkk::server::faq::FaqValidator::validate(f.readAll(), &error);
        QVERIFY2(faq, qPrintable(error.toString(u"faq.json"_s)));
        QCOMPARE(faq->companies.size(), 2);
        for (const auto& company : faq->companies) {
            QVERIFY(company.questions.size() >= 12);
            // What the questions must cover, by their ids.
            QStringList ids;
            for (const auto& q : company.questions)
                ids << q.id;
            const QString all = ids.join(u' ');
            for (const QString& theme :
                 {u"registration"_s, u"link"_s, u"readings"_s, u"payment"_s, u"bill"_s, u"appeal"_s})
                QVERIFY2(all.contains(theme), qPrintable(company.code + u": no question about "_s + theme));
            for (const auto& q : company.questions)
                QVERIFY2(!q.question.en.isEmpty() && !q.answer.en.isEmpty(), qPrintable(q.id));
        }
    }

    void rejections_data() {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("format") << Mutation([](QJsonObject& r) { r[u"format"_s] = u"lkk-billing"_s; }) << u"$.format"_s
                                << u"invalid_value"_s;
        QTest::newRow("version") << Mutation([](QJsonObject& r) { r[u"version"_s] = 2; }) << u"$.version"_s
                                 << u"unsupported_version"_s;
        QTest::newRow("unknown top field")
            << Mutation([](QJsonObject& r) { r[u"extra"_s] = 1; }) << u"$.extra"_s << u"unknown_field"_s;
        QTest::newRow("no companies") << Mutation([](QJsonObject& r) { r[u"companies"_s] = QJsonArray(); })
                                      << u"$.companies"_s << u"invalid_value"_s;
        QTest::newRow("duplicate company") << Mutation([](QJsonObject& r) {
            QJsonArray c = r[u"companies"_s].toArray();
            QJsonObject second = c[1].toObject();
            second[u"code"_s] = u"tes"_s;
            c[1] = second;
            r[u"companies"_s] = c;
        }) << u"$.companies[1].code"_s << u"duplicate_key"_s;
        QTest::newRow("bad code") << Mutation([](QJsonObject& r) {
            QJsonArray c = r[u"companies"_s].toArray();
            QJsonObject first = c[0].toObject();
            first[u"code"_s] = u"ТЭС"_s;
            c[0] = first;
            r[u"companies"_s] = c;
        }) << u"$.companies[0].code"_s
                                  << u"invalid_value"_s;
        QTest::newRow("duplicate question id") << Mutation([](QJsonObject& r) {
            QJsonObject q = question(r, 1, 3);
            q[u"id"_s] = question(r, 1, 0)[u"id"_s];
            setQuestion(r, 1, 3, q);
        }) << u"$.companies[1].questions[3].id"_s
                                               << u"duplicate_key"_s;
        QTest::newRow("missing answer") << Mutation([](QJsonObject& r) {
            QJsonObject q = question(r, 0, 5);
            q.remove(u"answer"_s);
            setQuestion(r, 0, 5, q);
        }) << u"$.companies[0].questions[5]"_s
                                        << u"missing_field"_s;
        QTest::newRow("answer without Russian") << Mutation([](QJsonObject& r) {
            QJsonObject q = question(r, 0, 2);
            q[u"answer"_s] = QJsonObject{{u"en"_s, u"Only English"_s}};
            setQuestion(r, 0, 2, q);
        }) << u"$.companies[0].questions[2].answer"_s
                                                << u"missing_field"_s;
        QTest::newRow("English for one half") << Mutation([](QJsonObject& r) {
            QJsonObject q = question(r, 1, 4);
            q[u"answer"_s] = QJsonObject{{u"ru"_s, u"Только по-русски"_s}};
            setQuestion(r, 1, 4, q);
        }) << u"$.companies[1].questions[4].answer"_s
                                              << u"missing_field"_s;
        QTest::newRow("question with a line break") << Mutation([](QJsonObject& r) {
            QJsonObject q = question(r, 0, 1);
            q[u"question"_s] = QJsonObject{{u"ru"_s, u"Две\nстроки?"_s}};
            setQuestion(r, 0, 1, q);
        }) << u"$.companies[0].questions[1].question.ru"_s
                                                    << u"invalid_value"_s;
        QTest::newRow("control character in an answer") << Mutation([](QJsonObject& r) {
            QJsonObject q = question(r, 0, 0);
            q[u"answer"_s] = QJsonObject{{u"ru"_s, u"a\u0007b"_s}, {u"en"_s, u"ab"_s}};
            setQuestion(r, 0, 0, q);
        }) << u"$.companies[0].questions[0].answer.ru"_s << u"invalid_value"_s;
        QTest::newRow("answer too long") << Mutation([](QJsonObject& r) {
            QJsonObject q = question(r, 1, 12);
            q[u"answer"_s] = QJsonObject{{u"ru"_s, QString(8001, u'x')}, {u"en"_s, u"x"_s}};
            setQuestion(r, 1, 12, q);
        }) << u"$.companies[1].questions[12].answer.ru"_s
                                         << u"invalid_value"_s;
        QTest::newRow("surrounding spaces") << Mutation([](QJsonObject& r) {
            QJsonObject q = question(r, 0, 7);
            q[u"question"_s] = QJsonObject{{u"ru"_s, u" Вопрос?"_s}, {u"en"_s, u"Question?"_s}};
            setQuestion(r, 0, 7, q);
        }) << u"$.companies[0].questions[7].question.ru"_s
                                            << u"invalid_value"_s;
        QTest::newRow("a number for a name") << Mutation([](QJsonObject& r) {
            QJsonArray c = r[u"companies"_s].toArray();
            QJsonObject first = c[0].toObject();
            first[u"name"_s] = QJsonObject{{u"ru"_s, 5}};
            c[0] = first;
            r[u"companies"_s] = c;
        }) << u"$.companies[0].name.ru"_s << u"wrong_type"_s;
    }

    // The error names the value's path and where it starts in the (indented) file.
    void rejections() {
        QFETCH(Mutation, mutate);
        QFETCH(QString, path);
        QFETCH(QString, code);
        QJsonObject root = m_demo;
        mutate(root);
        const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
        lkk::server::billing::ImportError error;
        QVERIFY(!lkk::server::faq::FaqValidator::validate(json, &error));
        QCOMPARE(error.path, path);
        QCOMPARE(error.code, code);
        QVERIFY(error.line > 0 && error.column > 0);
        // The line and column point at the start of a JSON value: the one the path names, or the
        // object that lacks a field.
        const QString rest = QString::fromUtf8(json.split('\n').value(error.line - 1)).mid(error.column - 1);
        QVERIFY2(!rest.isEmpty() && QStringView(u"{[\"0123456789").contains(rest.at(0)),
                 qPrintable(error.toString(u"faq.json"_s) + u" → "_s + rest));
        QVERIFY(error.toString(u"faq.json"_s).startsWith(u"faq.json:%1:%2: "_s.arg(error.line).arg(error.column)));
    }

    void malformed() {
        lkk::server::billing::ImportError error;
        QVERIFY(
            !lkk::server::faq::FaqValidator::validate("{\n  \"format\": \"lkk-faq\",\n  \"version\": 1,,\n}", &error));
        QCOMPARE(error.code, u"malformed_json"_s);
        QCOMPARE(error.line, 3);
        QVERIFY(!lkk::server::faq::FaqValidator::validate("[]", &error));
        QCOMPARE(error.code, u"malformed_json"_s);
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int failures = 0;
    TestAppealRules rules;
    TestAnswerMail mail;
    TestFaqValidator faq;
    for (QObject* test : std::initializer_list<QObject*>{&rules, &mail, &faq})
        failures += QTest::qExec(test, argc, argv);
    return failures == 0 ? 0 : 1;
}

#include "tst_appealsunit.moc"
