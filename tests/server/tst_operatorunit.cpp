// The operators' second factor without a server: TOTP against the test vectors of RFC 6238
// (Appendix B) and RFC 4648 (base32), the otpauth:// URI, the server key that seals the secrets,
// and the recovery codes.
#include "server/auth/SecondFactor.h"
#include "server/auth/SecretKey.h"
#include "server/auth/Totp.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace lkk::server;

class TestOperatorUnit : public QObject {
    Q_OBJECT

private slots:
    // RFC 6238 Appendix B, the SHA-1 rows: the seed "12345678901234567890", T0 = 0, X = 30 s.
    void rfc6238TestVectors_data() {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("59") << qint64(59) << u"94287082"_s;
        QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_s;
        QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_s;
        QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_s;
        QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_s;
        QTest::newRow("20000000000") << qint64(20000000000) << u"65353130"_s;
    }
    void rfc6238TestVectors() {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        const QByteArray seed("12345678901234567890");
        const qint64 step = Totp::stepAt(seconds * 1000);
        QCOMPARE(Totp::code(seed, step, 8), expected);
        QCOMPARE(Totp::code(seed, step), expected.right(6)); // the 6 digits we use are the low ones
        QCOMPARE(Totp::matchingStep(seed, expected.right(6), seconds * 1000, 0), std::optional<qint64>(step));
    }

    void acceptsOneStepEitherWayAndNeverAStepTwice() {
        const QByteArray secret = Totp::newSecret();
        QCOMPARE(secret.size(), 20);
        const qint64 now = 1'796'000'000'000 + 15'000;
        const qint64 step = Totp::stepAt(now);
        for (const int off : {-1, 0, 1})
            QCOMPARE(Totp::matchingStep(secret, Totp::code(secret, step + off), now, 0), std::optional(step + off));
        for (const int off : {-3, -2, 2, 3})
            QVERIFY(!Totp::matchingStep(secret, Totp::code(secret, step + off), now, 0));
        // A code of the last accepted step, or of one before it, is refused (RFC 6238 §5.2).
        QVERIFY(!Totp::matchingStep(secret, Totp::code(secret, step), now, step));
        QVERIFY(!Totp::matchingStep(secret, Totp::code(secret, step - 1), now, step));
        QCOMPARE(Totp::matchingStep(secret, Totp::code(secret, step + 1), now, step), std::optional(step + 1));
        QVERIFY(!Totp::matchingStep(secret, u"12345"_s, now, 0));
        QVERIFY(!Totp::matchingStep(secret, QString(), now, 0));
    }

    void base32OfRfc4648() {
        const QList<QPair<QByteArray, QString>> vectors{{"", u""_s},
                                                        {"f", u"MY"_s},
                                                        {"fo", u"MZXQ"_s},
                                                        {"foo", u"MZXW6"_s},
                                                        {"foob", u"MZXW6YQ"_s},
                                                        {"fooba", u"MZXW6YTB"_s},
                                                        {"foobar", u"MZXW6YTBOI"_s}};
        for (const auto& [bytes, text] : vectors) {
            QCOMPARE(Totp::base32(bytes), text);
            QCOMPARE(Totp::fromBase32(text), bytes);
            QCOMPARE(Totp::fromBase32(text.toLower()), bytes);
        }
        QCOMPARE(Totp::fromBase32(u"MZXW6YTBOI======"_s), QByteArray("foobar"));
        QVERIFY(Totp::fromBase32(u"MZ1W"_s).isEmpty()); // 1 is no base32 digit
        const QByteArray secret = Totp::newSecret();
        QCOMPARE(Totp::fromBase32(Totp::base32(secret)), secret);
    }

    void otpauthUri() {
        const QByteArray secret("12345678901234567890");
        const QUrl uri(Totp::uri(secret, u"ЛКК Томскэнергосбыт"_s, u"op@example.org"_s));
        QCOMPARE(uri.scheme(), u"otpauth"_s);
        QCOMPARE(uri.host(), u"totp"_s);
        QCOMPARE(uri.path(), u"/ЛКК Томскэнергосбыт:op@example.org"_s);
        const QUrlQuery query(uri.query());
        QCOMPARE(query.queryItemValue(u"secret"_s), u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s);
        QCOMPARE(query.queryItemValue(u"algorithm"_s), u"SHA1"_s);
        QCOMPARE(query.queryItemValue(u"digits"_s), u"6"_s);
        QCOMPARE(query.queryItemValue(u"period"_s), u"30"_s);
        QCOMPARE(query.queryItemValue(u"issuer"_s, QUrl::FullyDecoded), u"ЛКК Томскэнергосбыт"_s);
    }

    void serverKeySealsSecrets() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"totp.key"_s);
        QString error;
        const auto key = SecretKey::loadOrCreate(path, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        const QByteArray secret = Totp::newSecret();
        const QString sealed = key->seal(secret);
        QVERIFY(!sealed.contains(QString::fromLatin1(secret.toBase64())));
        QVERIFY(key->seal(secret) != sealed); // a fresh nonce each time
        QCOMPARE(key->open(sealed), std::optional(secret));
        // The same file gives the same key; another key or a changed text opens nothing.
        const auto again = SecretKey::loadOrCreate(path, &error);
        QVERIFY(again);
        QCOMPARE(again->open(sealed), std::optional(secret));
        const auto other = SecretKey::loadOrCreate(dir.filePath(u"other.key"_s), &error);
        QVERIFY(other);
        QVERIFY(!other->open(sealed));
        QByteArray raw = QByteArray::fromBase64(sealed.toLatin1());
        raw[raw.size() - 1] = char(raw.at(raw.size() - 1) ^ 1);
        QVERIFY(!key->open(QString::fromLatin1(raw.toBase64())));
        QVERIFY(!key->open(u"short"_s));
        // A file that holds no key is refused, not replaced.
        QFile bad(dir.filePath(u"bad.key"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a key\n");
        bad.close();
        QVERIFY(!SecretKey::loadOrCreate(bad.fileName(), &error));
        QVERIFY(error.contains(u"bad.key"_s));
    }

    void recoveryCodes() {
        static const QRegularExpression format(u"^[a-z2-9]{5}-[a-z2-9]{5}$"_s);
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString code = SecondFactor::newRecoveryCode();
            QVERIFY2(format.match(code).hasMatch(), qPrintable(code));
            QVERIFY(!code.contains(u'0') && !code.contains(u'1') && !code.contains(u'l') && !code.contains(u'o'));
            seen.insert(code);
            QCOMPARE(SecondFactor::recoveryCodeHash(code.toUpper().replace(u'-', u' ')),
                     SecondFactor::recoveryCodeHash(code));
        }
        QCOMPARE(seen.size(), 200);
        QVERIFY(SecondFactor::recoveryCodeHash(u"abcde-fghij"_s) != SecondFactor::recoveryCodeHash(u"abcde-fghik"_s));
    }
};

QTEST_GUILESS_MAIN(TestOperatorUnit)
#include "tst_operatorunit.moc"
