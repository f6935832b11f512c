#include "tests/billing/BillingTestFiles.h"

#include <QFile>
#include <QJsonDocument>

namespace lkk::test {

QJsonObject demoBillingFile() {
    QFile f(QStringLiteral(LKK_DEMO_BILLING_FILE));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo billing file");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray billingJson(const QJsonObject& root) {
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace lkk::test
