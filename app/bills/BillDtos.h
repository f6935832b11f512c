#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>

// GET /accounts/{id}/bills (docs/openapi.yaml). Every amount is integer kopecks as sent;
// nothing here is recomputed (the figures are the billing system's, docs/domain.md §4).
namespace lkk {

// The columns every provider and service line carry.
struct BillFigures {
    qint64 debtStart = 0;
    qint64 paid = 0;
    qint64 charged = 0;
    qint64 socialSupport = 0; // negative = a benefit
    qint64 adjustments = 0;   // «Списано − / Доначислено +»
    qint64 debtEnd = 0;
    qint64 penalties = 0;
    qint64 totalToPay = 0; // debtEnd + penalties
};

struct BillService {
    qint64 contractId = 0;
    QString service;                    // «Отопление»
    QString zone;                       // "" or "T1", "T2"…
    QString unit;                       // «Гкал. на м2», may be empty
    QString quantity;                   // exact decimal string ("0.0280") or empty
    QString factor;                     // exact decimal string ("60.6") or empty
    std::optional<qint64> tariff;       // kopecks per unit
    std::optional<qint64> pricePerUnit; // kopecks
    BillFigures figures;

    QString title() const; // «Электроэнергия (T1)» with a zone, the service otherwise
};

struct BillProvider {
    qint64 providerId = 0;
    QString name;
    QString inn;
    QString kpp;
    QString bank;
    QString bic;
    QString settlementAccount;
    QString correspondentAccount;
    QString subAccount; // the payer's account with this provider (ЛС in the QR code)
    BillFigures figures;
    QList<BillService> services;
};

struct Bill {
    QDate period; // the first day of the billing month
    qint64 totalToPay = 0;
    qint64 penalties = 0;
    QList<BillProvider> providers;
};

struct BillAccount {
    QString number;
    QString kind; // "epd" | "electricity"
    QString owner;
    QString address; // full, with the postal code
    QString linkCode;
};

struct BillList {
    BillAccount account;
    QList<Bill> bills; // newest first
};

// «Ноябрь 2026» (a list row) and «ноябрь 2026», in the interface language.
QString billMonthTitle(const QDate& period);
QString billMonthLower(const QDate& period);

} // namespace lkk
