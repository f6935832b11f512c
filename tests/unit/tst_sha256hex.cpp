// The client core's SHA-256 helper against known digests (tests/support/Sha256Vectors.h).
#include "app/core/Sha256Hex.h"
#include "tests/support/Sha256Vectors.h"

#include <QTest>

class TestSha256Hex : public QObject {
    Q_OBJECT
private slots:
    void knownDigests() { lkk::test::checkSha256Hex(&lkk::sha256Hex); }
};

QTEST_GUILESS_MAIN(TestSha256Hex)
#include "tst_sha256hex.moc"
