// The streaming JSON reader under the billing import (server/billing/JsonStreamReader): values,
// positions in lines and characters, every kind of malformed input, skipping, seeking and the
// file's hash — with buffers as small as a few bytes, so every token also crosses a refill.
#include "server/billing/JsonStreamReader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

using namespace lkk::server::billing;
using namespace Qt::StringLiterals;

namespace {

struct Input {
    explicit Input(const QByteArray& bytes, qsizetype bufferSize = 5)
        : buffer() {
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        reader = std::make_unique<JsonStreamReader>(buffer, bufferSize);
    }
    QBuffer buffer;
    std::unique_ptr<JsonStreamReader> reader;
};

// Reads the one value of bytes whole.
bool readAll(const QByteArray& bytes, JsonTree* tree, QString* error, TextPosition* at = nullptr) {
    Input in(bytes);
    const bool ok = in.reader->readValue(tree, 1 << 20) && in.reader->finish();
    *error = in.reader->errorMessage();
    if (at)
        *at = in.reader->errorPosition();
    return ok;
}

} // namespace

class TstJsonStream : public QObject {
    Q_OBJECT

private slots:
    void readsValuesWhole();
    void decodesStrings();
    void numbersKnowIntegers();
    void positionsCountLinesAndCharacters();
    void locatesPathsInATree();
    void malformed_data();
    void malformed();
    void walksAndSkipsTheOuterStructure();
    void seeksBackWithoutHashingTwice();
    void boundsValuesInSize();
    void skipsAByteOrderMark();
};

void TstJsonStream::readsValuesWhole() {
    JsonTree tree;
    QString error;
    QVERIFY2(readAll(R"({"a": [1, true, null, {"b": "x"}], "c": false})", &tree, &error), qPrintable(error));
    const auto& root = tree.node(JsonTree::root);
    QCOMPARE(root.type, JsonTree::Type::Object);
    QCOMPARE(tree.size(JsonTree::root), 2);
    const int a = root.firstChild;
    QCOMPARE(tree.key(a), "a");
    QCOMPARE(tree.node(a).type, JsonTree::Type::Array);
    QCOMPARE(tree.size(a), 4);
    QCOMPARE(tree.node(tree.element(a, 1)).type, JsonTree::Type::True);
    QCOMPARE(tree.node(tree.element(a, 2)).type, JsonTree::Type::Null);
    const int inner = tree.element(a, 3);
    QCOMPARE(tree.string(tree.node(inner).firstChild), u"x"_s);
    QCOMPARE(tree.element(a, 4), -1);
    const int c = tree.node(a).nextSibling;
    QCOMPARE(tree.key(c), "c");
    QCOMPARE(tree.node(c).type, JsonTree::Type::False);
}

void TstJsonStream::decodesStrings() {
    JsonTree tree;
    QString error;
    // Escapes, a surrogate pair, Cyrillic as is, and a 300-character run across small buffers.
    const QByteArray run(300, 'z');
    QVERIFY2(
        readAll(R"(["a\"b\\c\/d\n\t\u0041\u00e9", "\ud83d\ude00", "Томск ₽", ")" + run + R"("])", &tree, &error),
        qPrintable(error));
    QCOMPARE(tree.string(tree.element(JsonTree::root, 0)), u"a\"b\\c/d\n\tAé"_s);
    QCOMPARE(tree.string(tree.element(JsonTree::root, 1)), QString::fromUtf8("\xF0\x9F\x98\x80"));
    QCOMPARE(tree.string(tree.element(JsonTree::root, 2)), u"Томск ₽"_s);
    QCOMPARE(tree.text(tree.element(JsonTree::root, 3)), run);
}

void TstJsonStream::numbersKnowIntegers() {
    JsonTree tree;
    QString error;
    QVERIFY2(readAll("[0, -12, 9223372036854775807, 9223372036854775808, 1.5, 2e3, -0]", &tree, &error),
             qPrintable(error));
    auto n = [&](int i) {
        return tree.node(tree.element(JsonTree::root, i));
    };
    QVERIFY(n(0).integral && n(0).integer == 0);
    QVERIFY(n(1).integral && n(1).integer == -12);
    QVERIFY(n(2).integral && n(2).integer == std::numeric_limits<qint64>::max());
    QVERIFY(!n(3).integral); // does not fit: a number, but no integer
    QVERIFY(!n(4).integral);
    QVERIFY(!n(5).integral);
    QCOMPARE(tree.text(tree.element(JsonTree::root, 4)), "1.5");
    QCOMPARE(tree.text(tree.element(JsonTree::root, 5)), "2e3");
}

void TstJsonStream::positionsCountLinesAndCharacters() {
    JsonTree tree;
    QString error;
    // Columns count characters: "Томск" is 5 columns, not 10 bytes.
    QVERIFY(readAll("{\n  \"Томск\": \"Ёж\", \"n\":\n\t7\r\n}", &tree, &error));
    const int first = tree.node(JsonTree::root).firstChild;
    QCOMPARE(tree.node(JsonTree::root).position.line, 1);
    QCOMPARE(tree.node(JsonTree::root).position.column, 1);
    QCOMPARE(tree.node(first).position.line, 2);
    QCOMPARE(tree.node(first).position.column, 12);
    const int second = tree.node(first).nextSibling;
    QCOMPARE(tree.node(second).position.line, 3);
    QCOMPARE(tree.node(second).position.column, 2);
}

void TstJsonStream::locatesPathsInATree() {
    JsonTree tree;
    QString error;
    QVERIFY(readAll("{\"providers\": [\n {\"paid\": 1},\n {\"paid\": 2,\n  \"x\": [5, 6]}]}", &tree, &error));
    QCOMPARE(tree.locate(u".providers[1].paid").line, 3);
    QCOMPARE(tree.locate(u".providers[1].paid").column, 11);
    QCOMPARE(tree.locate(u".providers[1].x[1]").line, 4);
    QCOMPARE(tree.locate(u".providers[1].x[1]").column, 12);
    // Missing on the way: where the deepest container that exists starts.
    QCOMPARE(tree.locate(u".providers[1].missing").line, 3);
    QCOMPARE(tree.locate(u".providers[1].missing").column, 2);
    QCOMPARE(tree.locate(u".providers[7].paid").column, 15);
    QCOMPARE(tree.locate(u"").line, 1);
}

void TstJsonStream::malformed_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing comma") << QByteArray("[1 2]") << 1 << 4 << u"expected ','"_s;
    QTest::newRow("trailing comma") << QByteArray("[1,\n]") << 2 << 1 << u"expected a value"_s;
    QTest::newRow("unquoted name") << QByteArray("{a: 1}") << 1 << 2 << u"member name"_s;
    QTest::newRow("no colon") << QByteArray("{\"a\" 1}") << 1 << 6 << u"':'"_s;
    QTest::newRow("cut in a string") << QByteArray("[\"abc") << 1 << 6 << u"unterminated string"_s;
    QTest::newRow("cut in an array") << QByteArray("[1,\n2") << 2 << 2 << u"the end of the file"_s;
    QTest::newRow("bad literal") << QByteArray("[tru]") << 1 << 5 << u"expected a value"_s;
    QTest::newRow("leading zero") << QByteArray("[012]") << 1 << 3 << u"expected ','"_s;
    QTest::newRow("bare minus") << QByteArray("[-]") << 1 << 3 << u"digit"_s;
    QTest::newRow("bad escape") << QByteArray("[\"a\\x\"]") << 1 << 4 << u"invalid escape"_s;
    QTest::newRow("lone surrogate") << QByteArray("[\"\\udc00\"]") << 1 << 3 << u"surrogate"_s;
    QTest::newRow("control character") << QByteArray("[\"a\tb\"]") << 1 << 4 << u"control character"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("[\"ab\xC3\x28\"]") << 1 << 5 << u"UTF-8"_s;
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xC0\xAF\"]") << 1 << 3 << u"UTF-8"_s;
    QTest::newRow("after the value") << QByteArray("{}\n x") << 2 << 2 << u"after the end"_s;
    QTest::newRow("wrong bracket") << QByteArray("[1}") << 1 << 3 << u"expected ','"_s;
    QTest::newRow("too deep") << QByteArray(100, '[') << 1 << 65 << u"nested"_s;
}

void TstJsonStream::malformed() {
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    JsonTree tree;
    QString error;
    TextPosition at;
    QVERIFY(!readAll(json, &tree, &error, &at));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(at.line, line);
    QCOMPARE(at.column, column);
}

void TstJsonStream::walksAndSkipsTheOuterStructure() {
    const QByteArray json = R"({"skip": {"a": ["]}\"", {"b": [[]]}]}, "list": [{"n": 1}, 2, "x"], "s": "}]"})";
    Input in(json, 3);
    JsonStreamReader& r = *in.reader;
    QVERIFY(r.enterObject());
    QByteArray name;
    QVERIFY(r.nextMember(&name));
    QCOMPARE(name, "skip");
    QVERIFY(r.skipValue());
    QVERIFY(r.nextMember(&name));
    QCOMPARE(name, "list");
    QCOMPARE(r.peekValue(), '[');
    QVERIFY(r.enterArray());
    int elements = 0;
    JsonTree tree;
    while (r.nextElement()) {
        QVERIFY(r.readValue(&tree, 100));
        ++elements;
    }
    QVERIFY(r.ok());
    QCOMPARE(elements, 3);
    QCOMPARE(tree.string(JsonTree::root), u"x"_s);
    QVERIFY(r.nextMember(&name));
    QVERIFY(r.skipValue());
    QVERIFY(!r.nextMember(&name));
    QVERIFY(r.ok());
    QVERIFY(r.finish());

    // Brackets that do not pair up are found while skipping.
    Input bad(R"({"a": [1, {"b": 2]]})");
    QVERIFY(bad.reader->enterObject());
    QVERIFY(bad.reader->nextMember(&name));
    QVERIFY(!bad.reader->skipValue());
    QVERIFY2(bad.reader->errorMessage().contains(u"expected '}'"_s), qPrintable(bad.reader->errorMessage()));
    QCOMPARE(bad.reader->errorPosition().column, 18);
}

void TstJsonStream::seeksBackWithoutHashingTwice() {
    const QByteArray json = "{\"a\": [1, 2],\n \"b\": {\"c\": \"Ё\"}}\n";
    Input in(json, 4);
    JsonStreamReader& r = *in.reader;
    QVERIFY(r.enterObject());
    QByteArray name;
    QVERIFY(r.nextMember(&name));
    r.peekValue();
    const qint64 offset = r.offset();
    const TextPosition at = r.position();
    QVERIFY(r.skipValue());
    QVERIFY(r.nextMember(&name));
    QVERIFY(r.skipValue());
    QVERIFY(!r.nextMember(&name));
    QVERIFY(r.finish());
    const QByteArray hash = r.sha256();
    QCOMPARE(hash, QCryptographicHash::hash(json, QCryptographicHash::Sha256));
    // Back to the array, read it properly: same positions, same hash.
    QVERIFY(r.seek(offset, at));
    QVERIFY(r.enterArray());
    QVERIFY(r.nextElement());
    JsonTree tree;
    QVERIFY(r.readValue(&tree, 10));
    QCOMPARE(tree.node(JsonTree::root).position.column, 8);
    QVERIFY(r.nextElement());
    QVERIFY(r.readValue(&tree, 10));
    QCOMPARE(tree.node(JsonTree::root).integer, 2);
    QVERIFY(!r.nextElement());
    QVERIFY(r.ok());
    QCOMPARE(r.sha256(), hash);
}

void TstJsonStream::boundsValuesInSize() {
    const QByteArray json = "[{\"a\": \"" + QByteArray(5000, 'x') + "\"}, [" + QByteArray(3000, ' ') + "1]]";
    Input in(json);
    JsonStreamReader& r = *in.reader;
    QVERIFY(r.enterArray());
    QVERIFY(r.nextElement());
    JsonTree tree;
    QVERIFY(!r.readValue(&tree, 1000));
    QCOMPARE(r.status(), JsonStreamReader::Status::TooLarge);

    Input space(json);
    QVERIFY(space.reader->enterArray());
    QVERIFY(space.reader->nextElement());
    QVERIFY(space.reader->skipValue()); // skipping has no bound
    QVERIFY(space.reader->nextElement());
    QVERIFY(!space.reader->readValue(&tree, 1000)); // white space counts too
    QCOMPARE(space.reader->status(), JsonStreamReader::Status::TooLarge);
}

void TstJsonStream::skipsAByteOrderMark() {
    JsonTree tree;
    QString error;
    QVERIFY2(readAll("\xEF\xBB\xBF{\"a\": 1}", &tree, &error), qPrintable(error));
    QCOMPARE(tree.node(JsonTree::root).position.column, 1);
}

QTEST_GUILESS_MAIN(TstJsonStream)
#include "tst_json_stream.moc"
