#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

// The entities of an lkk-billing file (docs/billing-import.md), one at a time as the importer
// reads them. Plain values: money in kopecks, decimals kept as their exact machine text, dates and
// periods as ISO text.
namespace lkk::server::billing {

struct Provider {
    QString code, name, inn, kpp, bankName, bic, settlementAccount, correspondentAccount, operationCode;
};

struct TariffValue {
    QString from;
    qint64 value = 0;
    QString period;
};

struct Tariff {
    QString code, name, unit, zone;
    QList<TariffValue> history;
};

struct Account {
    QString number, kind;
    QString postalCode, region, district, locality, street, house, flat, addressDisplay, addressFull;
    QString owner, totalArea, livingArea;
    int residents = 0;
    QString linkCode;
};

struct Contract {
    QString code, account, provider, subAccount, service, serviceKind;
    QStringList tariffs;
};

struct Meter {
    QString id, number, contract, unit;
    QStringList zones;
    int capacityInteger = 0;
    int capacityFraction = 0;
    QString verifiedUntil;
    bool automatic = false;
    QString installedAt; // empty = unknown
};

struct Reading {
    QString meter, zone, date, period;
    QString value;    // normalized to the meter's scale: "74.000"
    qint64 units = 0; // the same value as an integer at the meter's scale
    QString source;
};

// The eight money columns shared by provider blocks and service lines.
struct Amounts {
    qint64 debtStart = 0, paid = 0, charged = 0, socialSupport = 0, adjustments = 0, debtEnd = 0, penalties = 0,
           totalToPay = 0;
    bool operator==(const Amounts&) const = default;
};

struct BillLine {
    QString contract, zone, unit, quantity, factor; // empty = absent
    std::optional<qint64> tariff, pricePerUnit;
    Amounts amounts;
    bool operator==(const BillLine&) const = default;
};

struct BillProvider {
    QString provider, subAccount;
    Amounts amounts;
    QList<BillLine> lines;
    bool operator==(const BillProvider&) const = default;
};

struct Bill {
    QString account, period;
    qint64 totalToPay = 0, penalties = 0;
    QList<BillProvider> providers;
    bool operator==(const Bill&) const = default;
};

struct Payment {
    QString id, date, account, provider, subAccount;
    qint64 amount = 0;
    QString status, period; // period empty while processing
};

// Why a file was refused: where (JSON path, line, column) and what (a code of
// docs/billing-import.md §6 and an English message for operators).
struct ImportError {
    QString path; // "$.bills[3].providers[0].charged"
    QString code; // "invariant_balance"
    QString message;
    int line = 0; // 1-based; 0 = unknown
    int column = 0;
    QString toString(const QString& fileName) const;
};

} // namespace lkk::server::billing
