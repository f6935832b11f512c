#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace lkk::server::operators {

// What an operator typed into the caller search, read as the keys it can match
// (docs/operations.md, «Operator search»):
//  - an e-mail address (it has an @): the login e-mail, exactly;
//  - a phone number in any usual spelling (+7 913 123-45-67, 8(913)1234567, 79131234567…): the
//    customer's phone;
//  - digits (spaces allowed): an account number or a provider's sub-account, exactly — and the
//    phone as well when the digits also spell one;
//  - otherwise a surname prefix (at least minSurnamePrefix letters) and, after it, words that the
//    address of one of the customer's accounts must contain, all in their search form
//    (TextFold: case and ё/е do not matter).
struct CallerQuery {
    QString email;
    QString phone;  // E.164
    QString number; // account number or sub-account
    QString surname;
    QStringList addressWords;

    // nullopt when the text is none of these.
    static std::optional<CallerQuery> parse(const QString& text);
    // "email", "phone", "number", "surname": for the audit trail.
    QString kind() const;
};

} // namespace lkk::server::operators
