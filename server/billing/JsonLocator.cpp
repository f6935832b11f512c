#include "server/billing/JsonLocator.h"

#include <QRegularExpression>
#include <variant>

namespace lkk::server::billing {

using namespace Qt::StringLiterals;

namespace {

class Scanner {
public:
    explicit Scanner(const QByteArray& text)
        : s(text) {}

    char peek() const { return i < s.size() ? s[i] : '\0'; }

    void skipSpace() {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
            ++i;
    }

    // At a '"': the raw string content (escapes are left as written; our keys have none).
    bool readString(QByteArray* out) {
        if (peek() != '"')
            return false;
        const qsizetype start = ++i;
        while (i < s.size() && s[i] != '"')
            i += s[i] == '\\' ? 2 : 1;
        if (i >= s.size())
            return false;
        if (out)
            *out = s.mid(start, i - start);
        ++i;
        return true;
    }

    bool skipValue() {
        const char c = peek();
        if (c == '"')
            return readString(nullptr);
        if (c == '{' || c == '[') {
            int depth = 0;
            while (i < s.size()) {
                const char d = s[i];
                if (d == '"') {
                    if (!readString(nullptr))
                        return false;
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        ++i;
                        return true;
                    }
                }
                ++i;
            }
            return false;
        }
        const qsizetype start = i;
        while (i < s.size() && !QByteArrayView(",}] \t\r\n").contains(s[i]))
            ++i;
        return i > start;
    }

    // After a value inside an object/array: skips the ',' if there is one.
    void skipComma() {
        skipSpace();
        if (peek() == ',') {
            ++i;
            skipSpace();
        }
    }

    const QByteArray& s;
    qsizetype i = 0;
};

using Segment = std::variant<QByteArray, int>;

QList<Segment> parsePath(const QString& path) {
    QList<Segment> out;
    static const QRegularExpression part(uR"(\.([A-Za-z0-9_]+)|\[(\d+)\])"_s);
    auto it = part.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.hasCaptured(1))
            out << Segment(m.captured(1).toUtf8());
        else
            out << Segment(m.captured(2).toInt());
    }
    return out;
}

} // namespace

JsonLocator::Position JsonLocator::positionOf(const QByteArray& json, qsizetype offset) {
    Position p{1, 1};
    for (qsizetype k = 0; k < offset && k < json.size(); ++k) {
        const uchar c = uchar(json[k]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++p.column;
        }
    }
    return p;
}

JsonLocator::Position JsonLocator::locate(const QByteArray& json, const QString& path) {
    Scanner sc(json);
    sc.skipSpace();
    qsizetype best = sc.i;
    for (const Segment& seg : parsePath(path)) {
        bool found = false;
        if (const auto* key = std::get_if<QByteArray>(&seg)) {
            if (sc.peek() != '{')
                break;
            ++sc.i;
            sc.skipSpace();
            while (sc.peek() == '"') {
                QByteArray name;
                if (!sc.readString(&name))
                    break;
                sc.skipSpace();
                if (sc.peek() != ':')
                    break;
                ++sc.i;
                sc.skipSpace();
                if (name == *key) {
                    found = true;
                    break;
                }
                if (!sc.skipValue())
                    break;
                sc.skipComma();
            }
        } else {
            const int index = std::get<int>(seg);
            if (sc.peek() != '[')
                break;
            ++sc.i;
            sc.skipSpace();
            for (int k = 0; sc.peek() != ']' && sc.i < json.size(); ++k) {
                if (k == index) {
                    found = true;
                    break;
                }
                if (!sc.skipValue())
                    break;
                sc.skipComma();
            }
        }
        if (!found)
            break;
        best = sc.i;
    }
    return positionOf(json, best);
}

} // namespace lkk::server::billing
