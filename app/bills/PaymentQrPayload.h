#pragma once

#include "app/bills/BillDtos.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace lkk {

// The payment details of one provider's part of a bill, as ГОСТ Р 56042-2014 names them.
struct PaymentQrFields {
    QString name;                            // Name: the payee, ≤ 160 characters
    QString personalAcc;                     // PersonalAcc: the payee's settlement account, 20 digits
    QString bankName;                        // BankName: ≤ 45 characters
    QString bic;                             // BIC: 9 digits
    QString correspAcc;                      // CorrespAcc: 20 digits, or "0" when the bank has none
    QString payeeInn;                        // PayeeINN: 10 or 12 digits
    QString kpp;                             // KPP: 9 characters, may be empty (then left out)
    QString persAcc;                         // PersAcc: the payer's account with the payee (the bill's sub-account)
    qint64 sum = 0;                          // Sum in kopecks; written only when > 0 (an overpaid bill asks nothing)
    QDate period;                            // PaymPeriod as MMYYYY; left out when null
    QString purpose;                         // Purpose: ≤ 210 characters
    QString techCode = QStringLiteral("02"); // TechCode 02 = housing and utilities (ЖКУ)
};

// Builds and reads the payment QR text of ГОСТ Р 56042-2014:
//   ST00012|Name=…|PersonalAcc=…|BankName=…|BIC=…|CorrespAcc=…|PayeeINN=…|KPP=…|PersAcc=…|
//   Sum=<kopecks>|PaymPeriod=MMYYYY|Purpose=…|TechCode=02
// "ST0001" is the format id, "2" says UTF-8, '|' separates the fields. A value may not contain the
// separator: '|' (and line breaks) become spaces, surrounding spaces are trimmed. A value that breaks
// the standard's rules (length, digits) is refused with the field's name, never cut silently.
class PaymentQrPayload {
public:
    struct Result {
        QString payload; // empty on error
        QString field;   // the ГОСТ name of the first bad field, e.g. "PersonalAcc"
        QString error;   // translated, for the person looking at a bill that cannot get a QR code
        bool ok() const { return error.isEmpty(); }
    };

    static Result build(const PaymentQrFields& fields);

    // The fields of one provider's part of `bill`: Sum = the provider's «Итого к оплате».
    static PaymentQrFields fieldsFor(const BillAccount& account, const Bill& bill, const BillProvider& provider);

    // Reads a payload back (tests, and anyone checking a scanned code): the key/value pairs in order,
    // or nullopt unless it starts with "ST00012|" and every field is key=value.
    static std::optional<QList<std::pair<QString, QString>>> parse(const QString& payload);

    static constexpr qsizetype maxName = 160;
    static constexpr qsizetype maxBankName = 45;
    static constexpr qsizetype maxPurpose = 210;
    static constexpr qsizetype maxPersAcc = 30;
};

} // namespace lkk
