#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QTest>
#include <utility>

namespace lkk::test {

// Checks a sha256Hex (the client core and the server each have one) against the published
// vectors (FIPS 180-2) and Python's hashlib.sha256(...).hexdigest() for the rest.
inline void checkSha256Hex(QString (*sha256Hex)(QByteArrayView)) {
    using namespace Qt::StringLiterals;
    QByteArray everyByte; // NUL first
    for (int b = 0; b < 256; ++b)
        everyByte.append(char(b));
    const QList<std::pair<QByteArray, QString>> known{
        {QByteArray(), u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s},
        {"abc"_ba, u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s},
        {u"счёт\n100207815"_s.toUtf8(), u"030d8b61090f428b3d714118972b3ec5685c0ca26169d4a72ce1c793b02c1a9e"_s},
        {everyByte, u"40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880"_s},
    };
    for (const auto& [bytes, expected] : known)
        QCOMPARE(sha256Hex(bytes), expected);
}

} // namespace lkk::test
