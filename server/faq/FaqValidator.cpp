#include "server/faq/FaqValidator.h"

#include "server/billing/JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace lkk::server::faq {

using namespace Qt::StringLiterals;
using billing::ImportError;

int FaqFile::questionCount() const {
    int count = 0;
    for (const Company& company : companies)
        count += int(company.questions.size());
    return count;
}

namespace {

constexpr int kMaxCompanies = 10;
constexpr int kMaxQuestions = 500;

// What a text may hold: letters of any script, punctuation, and line feeds where allowed; never
// other control characters or unpaired surrogates.
bool cleanText(const QString& text, bool multiline) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return false;
        const char16_t u = c.unicode();
        if (u == u'\n' && multiline)
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return false;
    }
    return true;
}

// Keeps the first problem only.
class Reader {
public:
    std::optional<ImportError> error;

    bool ok() const { return !error; }
    void fail(const QString& path, const QString& code, const QString& message) {
        if (!error)
            error = ImportError{path, code, message, 0, 0};
    }

    // The members of an object, refusing the ones not in `allowed` and missing `required` ones.
    bool object(const QJsonValue& value, const QString& path, const QStringList& allowed, const QStringList& required) {
        if (!value.isObject()) {
            fail(path, u"wrong_type"_s, u"expected an object"_s);
            return false;
        }
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(path + u'.' + it.key(), u"unknown_field"_s, u"\"%1\" is not a field here"_s.arg(it.key()));
                return false;
            }
        }
        for (const QString& name : required) {
            if (!o.contains(name)) {
                fail(path, u"missing_field"_s, u"\"%1\" is required"_s.arg(name));
                return false;
            }
        }
        return true;
    }

    QString string(const QJsonValue& value, const QString& path, int maxLength, bool multiline,
                   const QRegularExpression* pattern = nullptr) {
        if (!value.isString()) {
            fail(path, u"wrong_type"_s, u"expected a string"_s);
            return {};
        }
        const QString s = value.toString();
        if (s.isEmpty() || s.size() > maxLength || s.trimmed() != s)
            fail(path, u"invalid_value"_s, u"expected 1–%1 characters without surrounding spaces"_s.arg(maxLength));
        else if (!cleanText(s, multiline))
            fail(path, u"invalid_value"_s,
                 multiline ? u"control characters other than line feeds are not allowed"_s
                           : u"control characters and line breaks are not allowed"_s);
        else if (pattern && !pattern->match(s).hasMatch())
            fail(path, u"invalid_value"_s, u"\"%1\" does not match %2"_s.arg(s, pattern->pattern()));
        return s;
    }

    // {"ru": …, "en"?: …}
    LocalText local(const QJsonValue& value, const QString& path, int maxLength, bool multiline) {
        LocalText text;
        if (!object(value, path, {u"ru"_s, u"en"_s}, {u"ru"_s}))
            return text;
        const QJsonObject o = value.toObject();
        text.ru = string(o.value(u"ru"_s), path + u".ru"_s, maxLength, multiline);
        if (o.contains(u"en"_s))
            text.en = string(o.value(u"en"_s), path + u".en"_s, maxLength, multiline);
        return text;
    }

    QJsonArray array(const QJsonValue& value, const QString& path, int max) {
        if (!value.isArray()) {
            fail(path, u"wrong_type"_s, u"expected an array"_s);
            return {};
        }
        const QJsonArray a = value.toArray();
        if (a.isEmpty() || a.size() > max)
            fail(path, u"invalid_value"_s, u"expected 1–%1 entries"_s.arg(max));
        return a;
    }

    Question question(const QJsonValue& value, const QString& path, QSet<QString>* ids) {
        static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
        Question q;
        if (!object(value, path, {u"id"_s, u"question"_s, u"answer"_s}, {u"id"_s, u"question"_s, u"answer"_s}))
            return q;
        const QJsonObject o = value.toObject();
        q.id = string(o.value(u"id"_s), path + u".id"_s, 64, false, &idPattern);
        if (ok() && ids->contains(q.id))
            fail(path + u".id"_s, u"duplicate_key"_s, u"the id \"%1\" is used twice in this company"_s.arg(q.id));
        ids->insert(q.id);
        q.question = local(o.value(u"question"_s), path + u".question"_s, 500, false);
        q.answer = local(o.value(u"answer"_s), path + u".answer"_s, 8000, true);
        if (ok() && q.question.en.isEmpty() != q.answer.en.isEmpty())
            fail(path + (q.question.en.isEmpty() ? u".question"_s : u".answer"_s), u"missing_field"_s,
                 u"the English text is given for only one of question and answer"_s);
        return q;
    }

    Company company(const QJsonValue& value, const QString& path, QSet<QString>* codes) {
        static const QRegularExpression codePattern(u"^[a-z0-9][a-z0-9-]{0,31}$"_s);
        Company c;
        if (!object(value, path, {u"code"_s, u"name"_s, u"contactPhone"_s, u"questions"_s},
                    {u"code"_s, u"name"_s, u"questions"_s}))
            return c;
        const QJsonObject o = value.toObject();
        c.code = string(o.value(u"code"_s), path + u".code"_s, 32, false, &codePattern);
        if (ok() && codes->contains(c.code))
            fail(path + u".code"_s, u"duplicate_key"_s, u"the company \"%1\" is given twice"_s.arg(c.code));
        codes->insert(c.code);
        c.name = local(o.value(u"name"_s), path + u".name"_s, 200, false);
        if (o.contains(u"contactPhone"_s))
            c.contactPhone = string(o.value(u"contactPhone"_s), path + u".contactPhone"_s, 40, false);
        const QJsonArray questions = array(o.value(u"questions"_s), path + u".questions"_s, kMaxQuestions);
        QSet<QString> ids;
        for (qsizetype i = 0; ok() && i < questions.size(); ++i)
            c.questions.append(question(questions.at(i), path + u".questions[%1]"_s.arg(i), &ids));
        return c;
    }

    FaqFile file(const QJsonObject& root) {
        FaqFile f;
        if (!object(root, u"$"_s, {u"format"_s, u"version"_s, u"companies"_s},
                    {u"format"_s, u"version"_s, u"companies"_s}))
            return f;
        if (root.value(u"format"_s) != QJsonValue(u"lkk-faq"_s)) {
            fail(u"$.format"_s, u"invalid_value"_s, u"expected \"lkk-faq\""_s);
            return f;
        }
        if (root.value(u"version"_s) != QJsonValue(1)) {
            fail(u"$.version"_s, u"unsupported_version"_s, u"only version 1 is known"_s);
            return f;
        }
        const QJsonArray companies = array(root.value(u"companies"_s), u"$.companies"_s, kMaxCompanies);
        QSet<QString> codes;
        for (qsizetype i = 0; ok() && i < companies.size(); ++i)
            f.companies.append(company(companies.at(i), u"$.companies[%1]"_s.arg(i), &codes));
        return f;
    }
};

} // namespace

std::optional<FaqFile> FaqValidator::validate(const QByteArray& json, ImportError* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const auto pos = billing::JsonLocator::positionOf(json, parseError.offset);
        *error = ImportError{QString(), u"malformed_json"_s,
                             parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                          : u"the file is not one JSON object"_s,
                             pos.line, pos.column};
        return std::nullopt;
    }
    Reader reader;
    FaqFile file = reader.file(doc.object());
    if (reader.error) {
        *error = *reader.error;
        const auto pos = billing::JsonLocator::locate(json, error->path);
        error->line = pos.line;
        error->column = pos.column;
        return std::nullopt;
    }
    return file;
}

} // namespace lkk::server::faq
