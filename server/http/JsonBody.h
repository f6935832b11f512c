#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <variant>

namespace lkk::server {

// Strict request body parsing: size cap (413), Content-Type (415), JSON object (400
// malformed_json), declared fields only (400 unknown_field), declared types (400 wrong_type),
// required fields present (400 validation_failed). The first problem found is reported.
class JsonBody {
public:
    enum class Type { String, Bool, Integer, Object, Array }; // Object, Array: the handler checks the members
    struct Field {
        QString name;
        Type type;
        bool required;
    };
    struct Error {
        int status = 400;
        const char* code = nullptr; // lkk::errc
        QString field;              // empty when not about one field
    };
    struct Spec {
        QList<Field> fields;
        bool bodyOptional = false; // an empty body counts as {}
    };

    static std::variant<QJsonObject, Error> parse(const QByteArray& contentType, const QByteArray& body,
                                                  qsizetype maxBytes, const Spec& spec);
    static bool isJsonContentType(const QByteArray& contentType);
    // The raw text of each number given as the value of `key`, at any depth, in body order
    // ("100", "100.0", "1e3"): QJsonDocument reads 100.0 and 1e3 as whole numbers, an API that
    // wants plain integers can tell them apart here.
    static QList<QByteArray> numberLiterals(const QByteArray& body, const QByteArray& key);
};

} // namespace lkk::server
