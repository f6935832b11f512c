#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace lkk::test {

// The demo billing file (resources/demo/billing.json) parsed: the valid file the billing tests
// change one thing in. Aborts the test program when it cannot be read.
QJsonObject demoBillingFile();

// A billing file's text as an importer reads it: indented, one member per line.
QByteArray billingJson(const QJsonObject& root);

} // namespace lkk::test
