#include "server/billing/JsonStreamReader.h"

#include <QIODevice>
#include <QVarLengthArray>

#include <openssl/evp.h>

namespace lkk::server::billing {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxDepth = 64;
constexpr qsizetype maxNumberLength = 64;
constexpr qsizetype maxMemberNameBytes = 4096;

void appendUtf8(QByteArray* out, char32_t cp) {
    if (cp < 0x80) {
        out->append(char(cp));
    } else if (cp < 0x800) {
        out->append(char(0xC0 | (cp >> 6)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->append(char(0xE0 | (cp >> 12)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else {
        out->append(char(0xF0 | (cp >> 18)));
        out->append(char(0x80 | ((cp >> 12) & 0x3F)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    }
}

// What the parser found instead of what it wanted, for messages.
QString describe(int c) {
    if (c < 0)
        return u"the end of the file"_s;
    if (c >= 0x20 && c < 0x7F)
        return u"'%1'"_s.arg(QChar(c));
    return u"byte 0x%1"_s.arg(c, 2, 16, QChar(u'0'));
}

} // namespace

QByteArrayView JsonTree::text(int index) const {
    const Node& n = m_nodes[index];
    return QByteArrayView(m_bytes.constData() + n.text, n.textSize);
}

QByteArrayView JsonTree::key(int index) const {
    const Node& n = m_nodes[index];
    return QByteArrayView(m_bytes.constData() + n.key, n.keySize);
}

int JsonTree::element(int array, qsizetype i) const {
    int c = m_nodes[array].firstChild;
    for (; c >= 0 && i > 0; --i)
        c = m_nodes[c].nextSibling;
    return c;
}

qsizetype JsonTree::size(int container) const {
    qsizetype n = 0;
    for (int c = m_nodes[container].firstChild; c >= 0; c = m_nodes[c].nextSibling)
        ++n;
    return n;
}

TextPosition JsonTree::locate(QStringView path) const {
    if (m_nodes.isEmpty())
        return {};
    int at = root;
    qsizetype i = 0;
    while (i < path.size()) {
        int next = -1;
        if (path[i] == u'.') {
            qsizetype end = i + 1;
            while (end < path.size() && path[end] != u'.' && path[end] != u'[')
                ++end;
            const QByteArray name = path.mid(i + 1, end - i - 1).toUtf8();
            if (m_nodes[at].type == Type::Object) {
                for (int c = m_nodes[at].firstChild; c >= 0 && next < 0; c = m_nodes[c].nextSibling) {
                    if (key(c) == name)
                        next = c;
                }
            }
            i = end;
        } else if (path[i] == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            bool ok = false;
            const qsizetype index = close > i ? path.mid(i + 1, close - i - 1).toLongLong(&ok) : 0;
            if (!ok)
                break;
            if (m_nodes[at].type == Type::Array)
                next = element(at, index);
            i = close + 1;
        } else {
            break;
        }
        if (next < 0)
            break;
        at = next;
    }
    return m_nodes[at].position;
}

// ---------------------------------------------------------------- the reader

struct JsonStreamReader::Hash {
    Hash()
        : context(EVP_MD_CTX_new()) {
        EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
    }
    ~Hash() { EVP_MD_CTX_free(context); }
    Hash(const Hash&) = delete;
    Hash& operator=(const Hash&) = delete;
    EVP_MD_CTX* context;
};

struct JsonStreamReader::Frame {
    int node = 0;
    int last = -1; // the last child so far
    bool object = false;
};

JsonStreamReader::JsonStreamReader(QIODevice& device, qsizetype bufferSize)
    : m_device(device)
    , m_hash(std::make_unique<Hash>()) {
    m_buffer.resize(bufferSize);
    m_p = m_end = m_buffer.constData();
    // A UTF-8 byte order mark may precede the text (QJsonDocument accepted one too).
    if (refill() && m_end - m_p >= 3 && QByteArrayView(m_p, 3) == "\xEF\xBB\xBF")
        m_p += 3;
}

JsonStreamReader::~JsonStreamReader() = default;

QByteArray JsonStreamReader::sha256() {
    if (m_digest.isEmpty()) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_hash->context, digest, &size);
        m_digest = QByteArray(reinterpret_cast<const char*>(digest), int(size));
    }
    return m_digest;
}

bool JsonStreamReader::refill() {
    if (m_status == Status::ReadError)
        return false;
    m_base += m_end - m_buffer.constData();
    const qint64 n = m_device.read(m_buffer.data(), m_buffer.size());
    m_p = m_end = m_buffer.constData();
    if (n < 0) {
        fail(Status::ReadError, u"cannot read the file: "_s + m_device.errorString());
        return false;
    }
    // Bytes read again after a seek are in the hash already.
    if (m_base <= m_hashed && m_base + n > m_hashed) {
        EVP_DigestUpdate(m_hash->context, m_p + (m_hashed - m_base), size_t(m_base + n - m_hashed));
        m_hashed = m_base + n;
    }
    m_end = m_p + n;
    return n > 0;
}

bool JsonStreamReader::seek(qint64 offset, TextPosition position) {
    if (!ok())
        return false;
    if (!m_device.seek(offset))
        return fail(Status::ReadError, u"cannot read the file: "_s + m_device.errorString());
    m_base = offset;
    m_p = m_end = m_buffer.constData();
    m_line = position.line;
    m_column = position.column;
    m_firstInContainer.clear();
    return true;
}

bool JsonStreamReader::skipValue() {
    skipSpace();
    const int first = peek();
    if (first != '{' && first != '[') {
        if (first == '"')
            return passString();
        JsonTree scalar;
        return readValue(&scalar, maxNumberLength);
    }
    // Brackets must pair up; strings are read (and checked) to find where they end.
    char closers[maxDepth];
    int depth = 0;
    for (;;) {
        if (m_p == m_end && !refill())
            return fail(u"the file ends inside %1"_s.arg(closers[depth - 1] == '}' ? u"an object"_s : u"an array"_s));
        const uchar c = uchar(*m_p);
        if (c == '"') {
            if (!passString())
                return false;
        } else if (c == '{' || c == '[') {
            if (depth == maxDepth)
                return fail(u"the value is nested more than %1 levels deep"_s.arg(maxDepth));
            closers[depth++] = c == '{' ? '}' : ']';
            advance();
        } else if (c == '}' || c == ']') {
            if (c != uchar(closers[depth - 1]))
                return fail(u"expected '%1' but found %2"_s.arg(QString(QLatin1Char(closers[depth - 1])), describe(c)));
            advance();
            if (--depth == 0)
                return true;
        } else if (c == '\n') {
            ++m_line;
            m_column = 1;
            ++m_p;
        } else {
            // Anything else between strings: numbers, literals, commas, colons, white space.
            while (m_p < m_end) {
                const uchar b = uchar(*m_p);
                if (b == '"' || b == '{' || b == '[' || b == '}' || b == ']' || b == '\n')
                    break;
                m_column += (b & 0xC0) != 0x80;
                ++m_p;
            }
        }
    }
}

int JsonStreamReader::peek() {
    if (m_p == m_end && !refill())
        return -1;
    return uchar(*m_p);
}

void JsonStreamReader::advance() {
    const uchar c = uchar(*m_p++);
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else if ((c & 0xC0) != 0x80) { // characters, not UTF-8 continuation bytes
        ++m_column;
    }
}

void JsonStreamReader::skipSpace() {
    // A file may hold megabytes of white space between values: scanned in place, counted once.
    for (;;) {
        if (m_p == m_end && !refill())
            return;
        const char* p = m_p;
        const char* lineStart = nullptr;
        int lines = 0;
        for (; p < m_end; ++p) {
            const char c = *p;
            if (c == '\n') {
                ++lines;
                lineStart = p + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                break;
            }
        }
        if (lines > 0) {
            m_line += lines;
            m_column = 1 + int(p - lineStart);
        } else {
            m_column += int(p - m_p);
        }
        m_p = p;
        if (p < m_end)
            return;
    }
}

bool JsonStreamReader::fail(Status status, const QString& message) {
    if (m_status == Status::Ok) {
        m_status = status;
        m_error = message;
        m_errorAt = position();
    }
    return false;
}

bool JsonStreamReader::expect(char c, const char* what) {
    skipSpace();
    const int found = peek();
    if (found != uchar(c))
        return fail(u"expected %1 but found %2"_s.arg(QLatin1StringView(what), describe(found)));
    advance();
    return true;
}

bool JsonStreamReader::enterObject() {
    if (!expect('{', "an object"))
        return false;
    m_firstInContainer.append(true);
    return true;
}

bool JsonStreamReader::enterArray() {
    if (!expect('[', "an array"))
        return false;
    m_firstInContainer.append(true);
    return true;
}

bool JsonStreamReader::nextMember(QByteArray* name) {
    if (!ok() || m_firstInContainer.isEmpty())
        return false;
    skipSpace();
    int c = peek();
    if (c == '}') {
        advance();
        m_firstInContainer.removeLast();
        return false;
    }
    if (!m_firstInContainer.last()) {
        if (c != ',')
            return fail(u"expected ',' or '}' but found %1"_s.arg(describe(c)));
        advance();
        skipSpace();
        c = peek();
    }
    m_firstInContainer.last() = false;
    if (c != '"')
        return fail(u"expected a member name in quotes but found %1"_s.arg(describe(c)));
    name->clear();
    m_limit = offset() + maxMemberNameBytes;
    const bool read = readString(name);
    m_limit = std::numeric_limits<qint64>::max();
    return read && expect(':', "':' after the member name");
}

bool JsonStreamReader::nextElement() {
    if (!ok() || m_firstInContainer.isEmpty())
        return false;
    skipSpace();
    const int c = peek();
    if (c == ']') {
        advance();
        m_firstInContainer.removeLast();
        return false;
    }
    if (!m_firstInContainer.last()) {
        if (c != ',')
            return fail(u"expected ',' or ']' but found %1"_s.arg(describe(c)));
        advance();
    }
    m_firstInContainer.last() = false;
    skipSpace();
    return true;
}

char JsonStreamReader::peekValue() {
    skipSpace();
    const int c = peek();
    return c < 0 ? '\0' : char(c);
}

bool JsonStreamReader::finish() {
    skipSpace();
    const int c = peek();
    if (c >= 0)
        return fail(u"unexpected %1 after the end of the top-level object"_s.arg(describe(c)));
    return ok();
}

// Finds where a string ends without decoding or checking it (readValue does that when the value
// is read): only quotes, backslashes and line ends matter, and the characters for the column.
bool JsonStreamReader::passString() {
    advance(); // the opening quote
    for (;;) {
        if (m_p == m_end && !refill())
            return fail(u"unterminated string"_s);
        const char* p = m_p;
        int characters = 0;
        while (p < m_end && *p != '"' && *p != '\\' && *p != '\n') {
            characters += (uchar(*p) & 0xC0) != 0x80;
            ++p;
        }
        m_column += characters;
        m_p = p;
        if (p == m_end)
            continue;
        const char c = *p;
        advance();
        if (c == '"')
            return true;
        if (c == '\\') { // the character after it is part of the string, whatever it is
            if (m_p == m_end && !refill())
                return fail(u"unterminated string"_s);
            advance();
        }
    }
}

bool JsonStreamReader::readString(QByteArray* out) {
    advance(); // the opening quote
    for (;;) {
        if (m_p == m_end && !refill())
            return fail(u"unterminated string"_s);
        if (offset() > m_limit)
            return fail(Status::TooLarge, u"the value is too large"_s);
        // A run of plain ASCII in the buffer, copied at once.
        const char* run = m_p;
        while (m_p < m_end) {
            const uchar c = uchar(*m_p);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                break;
            ++m_p;
        }
        if (m_p > run) {
            out->append(run, m_p - run);
            m_column += int(m_p - run);
            continue;
        }
        const uchar c = uchar(*m_p);
        if (c == '"') {
            advance();
            return true;
        }
        if (c == '\\') {
            if (!readEscape(out))
                return false;
        } else if (c < 0x20) {
            return fail(u"a control character in a string (it must be escaped)"_s);
        } else if (!readUtf8Sequence(out)) {
            return false;
        }
    }
}

bool JsonStreamReader::readUtf8Sequence(QByteArray* out) {
    // Well-formed UTF-8 only (Unicode table 3-7): no overlong forms, surrogates or values past U+10FFFF.
    const TextPosition at = position();
    const uchar lead = uchar(*m_p);
    int more = 0;
    uchar low = 0x80, high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        more = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        more = 2;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        more = 3;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    }
    bool valid = more > 0;
    if (valid) {
        out->append(char(lead));
        advance();
    }
    for (int k = 0; valid && k < more; ++k) {
        const int c = peek();
        valid = c >= low && c <= high;
        if (valid) {
            out->append(char(c));
            advance();
        }
        low = 0x80;
        high = 0xBF;
    }
    if (valid)
        return true;
    fail(u"the text is not valid UTF-8"_s);
    m_errorAt = at;
    return false;
}

bool JsonStreamReader::readHex4(uint* value) {
    *value = 0;
    for (int k = 0; k < 4; ++k) {
        const int c = peek();
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return fail(u"expected four hexadecimal digits after \\u"_s);
        *value = *value * 16 + uint(digit);
        advance();
    }
    return true;
}

bool JsonStreamReader::readEscape(QByteArray* out) {
    const TextPosition at = position();
    advance(); // the backslash
    const bool read = readEscapedCharacter(out);
    if (!read && m_status == Status::Malformed)
        m_errorAt = at; // the escape, where it starts
    return read;
}

bool JsonStreamReader::readEscapedCharacter(QByteArray* out) {
    const int c = peek();
    switch (c) {
    case '"':
    case '\\':
    case '/':
        out->append(char(c));
        break;
    case 'b':
        out->append('\b');
        break;
    case 'f':
        out->append('\f');
        break;
    case 'n':
        out->append('\n');
        break;
    case 'r':
        out->append('\r');
        break;
    case 't':
        out->append('\t');
        break;
    case 'u': {
        advance();
        uint unit = 0;
        if (!readHex4(&unit))
            return false;
        char32_t cp = unit;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            uint low = 0;
            if (peek() != '\\')
                return fail(u"a UTF-16 high surrogate without its low half"_s);
            advance();
            if (peek() != 'u')
                return fail(u"a UTF-16 high surrogate without its low half"_s);
            advance();
            if (!readHex4(&low))
                return false;
            if (low < 0xDC00 || low > 0xDFFF)
                return fail(u"a UTF-16 high surrogate without its low half"_s);
            cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return fail(u"a UTF-16 low surrogate without its high half"_s);
        }
        appendUtf8(out, cp);
        return true;
    }
    default:
        return fail(u"invalid escape \\%1 in a string"_s.arg(c < 0 ? QString() : QString(QChar(c))));
    }
    advance();
    return true;
}

bool JsonStreamReader::readLiteral(const char* word) {
    for (const char* w = word; *w; ++w) {
        if (peek() != uchar(*w))
            return fail(u"expected a value but found %1"_s.arg(describe(peek())));
        advance();
    }
    return true;
}

bool JsonStreamReader::readNumber(JsonTree* tree, int node) {
    char text[maxNumberLength + 1];
    qsizetype size = 0;
    auto isDigit = [this] {
        const int c = peek();
        return c >= '0' && c <= '9';
    };
    auto take = [&] {
        if (size <= maxNumberLength)
            text[size++] = *m_p;
        advance();
    };
    auto digits = [&] {
        if (!isDigit())
            return fail(u"invalid number: a digit is missing"_s);
        while (isDigit() && size <= maxNumberLength)
            take();
        return true;
    };
    if (peek() == '-')
        take();
    if (peek() == '0')
        take();
    else if (!digits())
        return false;
    bool integral = true;
    if (peek() == '.') {
        integral = false;
        take();
        if (!digits())
            return false;
    }
    if (peek() == 'e' || peek() == 'E') {
        integral = false;
        take();
        if (peek() == '+' || peek() == '-')
            take();
        if (!digits())
            return false;
    }
    if (size > maxNumberLength)
        return fail(u"a number of more than %1 characters"_s.arg(maxNumberLength));
    JsonTree::Node& n = tree->m_nodes[node];
    n.text = tree->m_bytes.size();
    n.textSize = size;
    tree->m_bytes.append(text, size);
    if (integral) {
        bool ok = false;
        n.integer = QByteArrayView(text, size).toLongLong(&ok);
        n.integral = ok;
    }
    return true;
}

bool JsonStreamReader::readValue(JsonTree* tree, qsizetype maxBytes) {
    tree->m_nodes.clear();
    tree->m_bytes.clear();
    // Room for most elements at once: growing step by step was most of the allocations.
    tree->m_nodes.reserve(32);
    tree->m_bytes.reserve(512);
    if (!ok())
        return false;
    m_limit = offset() + maxBytes;
    QVarLengthArray<Frame, 16> stack;
    QByteArray key;
    bool haveKey = false;
    bool done = false;
    while (!done && ok()) {
        // A value starts here.
        skipSpace();
        if (offset() > m_limit)
            return fail(Status::TooLarge, u"the value is too large"_s);
        const int index = int(tree->m_nodes.size());
        JsonTree::Node n;
        n.position = position();
        if (haveKey) {
            n.key = tree->m_bytes.size();
            n.keySize = key.size();
            tree->m_bytes.append(key);
        }
        if (!stack.isEmpty()) {
            Frame& parent = stack.last();
            if (parent.last < 0)
                tree->m_nodes[parent.node].firstChild = index;
            else
                tree->m_nodes[parent.last].nextSibling = index;
            parent.last = index;
        }
        const int c = peek();
        switch (c) {
        case '{':
        case '[':
            if (stack.size() >= maxDepth)
                return fail(u"the value is nested more than %1 levels deep"_s.arg(maxDepth));
            n.type = c == '{' ? JsonTree::Type::Object : JsonTree::Type::Array;
            tree->m_nodes.append(n);
            advance();
            stack.append(Frame{index, -1, c == '{'});
            break;
        case '"':
            n.type = JsonTree::Type::String;
            n.text = tree->m_bytes.size();
            tree->m_nodes.append(n);
            if (!readString(&tree->m_bytes))
                return false;
            tree->m_nodes[index].textSize = tree->m_bytes.size() - n.text;
            break;
        case 't':
        case 'f':
        case 'n':
            n.type = c == 't' ? JsonTree::Type::True : c == 'f' ? JsonTree::Type::False : JsonTree::Type::Null;
            tree->m_nodes.append(n);
            if (!readLiteral(c == 't' ? "true" : c == 'f' ? "false" : "null"))
                return false;
            break;
        default:
            if (c != '-' && (c < '0' || c > '9'))
                return fail(u"expected a value but found %1"_s.arg(describe(c)));
            n.type = JsonTree::Type::Number;
            tree->m_nodes.append(n);
            if (!readNumber(tree, index))
                return false;
        }
        // Close what ends here, then find where the next value starts (or that there is none).
        for (;;) {
            if (stack.isEmpty()) {
                done = true;
                break;
            }
            skipSpace();
            int next = peek();
            const Frame& frame = stack.last();
            const char close = frame.object ? '}' : ']';
            if (next == close) {
                advance();
                stack.removeLast();
                continue;
            }
            if (tree->m_nodes[frame.node].firstChild >= 0) {
                if (next != ',')
                    return fail(
                        u"expected ',' or '%1' but found %2"_s.arg(QString(QLatin1Char(close)), describe(next)));
                advance();
                skipSpace();
                next = peek();
            }
            haveKey = frame.object;
            if (frame.object) {
                if (next != '"')
                    return fail(u"expected a member name in quotes but found %1"_s.arg(describe(next)));
                key.clear();
                if (!readString(&key) || !expect(':', "':' after the member name"))
                    return false;
            }
            break;
        }
    }
    m_limit = std::numeric_limits<qint64>::max();
    return ok();
}

} // namespace lkk::server::billing
