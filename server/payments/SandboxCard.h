#pragma once

#include <QDate>
#include <QString>

namespace lkk::server::payments {

// The sandbox bank's card rules (demo and test only): what the form accepts and what each test
// card does. Pure, so the unit tests check it without a server.
class SandboxCard {
public:
    enum class Outcome { Success, Declined, Slow, Unsupported };
    struct Check {
        QString error; // empty = the card data is acceptable; else the Russian message to show
        QString digits;
    };

    // card: 16–19 digits (spaces allowed) passing Luhn; expiry "MM/YY" not before this month
    // (Tomsk `today`); cvc: 3 digits.
    static Check check(const QString& card, const QString& expiry, const QString& cvc, const QDate& today);
    static bool luhn(const QString& digits);
    static Outcome outcome(const QString& digits);
    static QString declineReason(Outcome outcome); // Russian, as the bank would say it
};

} // namespace lkk::server::payments
