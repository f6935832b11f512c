#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <limits>
#include <memory>

class QIODevice;

namespace lkk::server::billing {

// A place in the file: 1-based line and column, columns counted in characters; 0 = unknown.
struct TextPosition {
    int line = 0;
    int column = 0;
};

// One JSON value read whole — an element of a top-level array, a header field — as a flat tree
// of nodes that know where they start in the file. Strings are kept decoded, as UTF-8.
class JsonTree {
public:
    enum class Type : quint8 { Null, False, True, Number, String, Array, Object };
    struct Node {
        Type type = Type::Null;
        bool integral = false; // a Number without fraction or exponent that fits in 64 bits
        qint64 integer = 0;
        qsizetype text = 0; // String: the decoded text, Number: as written; offsets into the tree's bytes
        qsizetype textSize = 0;
        qsizetype key = 0; // the member's name when the parent is an object
        qsizetype keySize = 0;
        int firstChild = -1;
        int nextSibling = -1;
        TextPosition position;
    };
    static constexpr int root = 0;

    bool isEmpty() const { return m_nodes.isEmpty(); }
    const Node& node(int index) const { return m_nodes[index]; }
    QByteArrayView text(int index) const;
    QByteArrayView key(int index) const;
    QString string(int index) const { return QString::fromUtf8(text(index)); }
    int element(int array, qsizetype i) const; // -1 past the end
    qsizetype size(int container) const;
    // The memory it holds.
    qsizetype footprint() const { return m_bytes.capacity() + m_nodes.capacity() * qsizetype(sizeof(Node)); }

    // Where the value at a path relative to the root starts (".providers[3].paid"); when a member
    // or element is missing, where the deepest container on the way that exists starts.
    TextPosition locate(QStringView relativePath) const;

private:
    friend class JsonStreamReader;
    QList<Node> m_nodes;
    QByteArray m_bytes;
};

// A pull parser for files too large to hold: reads a QIODevice through a fixed buffer and tracks
// the line and column of every token. The caller walks the outer structure (enterObject /
// nextMember, enterArray / nextElement), reads the values it wants whole into a JsonTree
// (readValue, bounded in size), skips the others (skipValue) and may come back to a place it
// passed (seek). The first error stops it. Every byte of the file also goes, once, into a SHA-256.
class JsonStreamReader {
public:
    enum class Status { Ok, Malformed, TooLarge, ReadError };

    explicit JsonStreamReader(QIODevice& device, qsizetype bufferSize = 1 << 18);
    ~JsonStreamReader();

    bool enterObject();
    bool enterArray();
    // The next member's name, positioned at its value; false at the end of the object (or on error).
    bool nextMember(QByteArray* name);
    // Positioned at the next element; false at the end of the array (or on error).
    bool nextElement();
    // The first character of the next value ('{', '[', '"', …; 0 at the end of the input).
    char peekValue();
    // Reads the next value whole; TooLarge when it spans more than maxBytes of the file.
    bool readValue(JsonTree* tree, qsizetype maxBytes);
    // Passes over the next value of any size, checking only that its brackets and strings close
    // (readValue checks the rest).
    bool skipValue();
    // Continues at a place passed before (offset and position as they were there), outside any
    // container the caller walked.
    bool seek(qint64 offset, TextPosition position);
    // After the root value: nothing but white space may follow.
    bool finish();

    TextPosition position() const { return {m_line, m_column}; }
    qint64 offset() const { return m_base + (m_p - m_buffer.constData()); }
    Status status() const { return m_status; }
    bool ok() const { return m_status == Status::Ok; }
    QString errorMessage() const { return m_error; }
    TextPosition errorPosition() const { return m_errorAt; }
    // Of the whole file once it has been read to its end.
    QByteArray sha256();

private:
    struct Frame;
    int peek();
    void advance();
    bool refill();
    void skipSpace();
    bool fail(Status status, const QString& message);
    bool fail(const QString& message) { return fail(Status::Malformed, message); }
    bool expect(char c, const char* what);
    bool readString(QByteArray* out);
    bool passString();
    bool readUtf8Sequence(QByteArray* out);
    bool readEscape(QByteArray* out);
    bool readEscapedCharacter(QByteArray* out);
    bool readHex4(uint* value);
    bool readNumber(JsonTree* tree, int node);
    bool readLiteral(const char* word);

    QIODevice& m_device;
    QByteArray m_buffer;
    const char* m_p = nullptr;
    const char* m_end = nullptr;
    qint64 m_base = 0;                                   // file offset of m_buffer[0]
    qint64 m_limit = std::numeric_limits<qint64>::max(); // no value may reach past this offset
    qint64 m_hashed = 0;                                 // bytes of the file in m_hash
    int m_line = 1;
    int m_column = 1;
    QList<bool> m_firstInContainer; // the open containers the caller walks
    // OpenSSL's SHA-256: Qt's own hashes 60 MB/s here, a tenth of it, on the import's serial path.
    struct Hash;
    std::unique_ptr<Hash> m_hash;
    QByteArray m_digest;
    Status m_status = Status::Ok;
    QString m_error;
    TextPosition m_errorAt;
};

} // namespace lkk::server::billing
