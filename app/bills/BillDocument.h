#pragma once

#include "app/bills/BillDtos.h"
#include "app/bills/PaymentQrPayload.h"

#include <QDate>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace lkk {

// The printed single payment document (ЕПД) of one billing period on A4 (docs/printed-bill.md): the
// header with the period and the amount, the payer block with «Код для добавления договора в ЛКК»,
// the services table grouped by provider with «ИТОГО К ОПЛАТЕ», and per provider its requisites
// with a ГОСТ Р 56042-2014 payment QR code (ECC M, 4-module quiet zone, 32 mm). The document is
// Russian whatever the interface language: it is a legal form the bank and the utility read. Works
// on any QPagedPaintDevice: QPdfWriter (tests, «Сохранить в PDF») or a QPrinter.
class BillDocument {
public:
    BillDocument(BillAccount account, Bill bill);

    // «Сформирован 26.11.2026» in the footer; today unless a test pins it.
    void setIssuedOn(const QDate& date) { m_issuedOn = date; }

    // One payload per provider in bill order; a provider whose requisites break the standard gets
    // an error instead (the document then prints the reason in place of the code).
    const QList<PaymentQrPayload::Result>& qrPayloads() const { return m_payloads; }

    // Sets A4 portrait with 10 mm margins when `setPageLayout` (QPdfWriter; a print dialog's choice
    // is kept for a printer) and paints every page. False when the device could not be painted on.
    bool print(QPagedPaintDevice* device, bool setPageLayout = true) const;

    // A suggested file name: «ЕПД_100103492_2026-11.pdf».
    QString suggestedFileName() const;

    static constexpr qreal qrSizeMm = 32.0;

private:
    BillAccount m_account;
    Bill m_bill;
    QDate m_issuedOn;
    QList<PaymentQrPayload::Result> m_payloads;
};

} // namespace lkk
