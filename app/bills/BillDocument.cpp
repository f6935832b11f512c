#include "app/bills/BillDocument.h"

#include "app/bills/BillsLogging.h"
#include "app/bills/QrCodeImage.h"
#include "generated/branding.h"
#include "shared/Money.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPen>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

// The layout is designed in millimetres for a 190 mm wide column (A4 minus 10 mm margins) and
// scaled to whatever the device offers, fonts included.
constexpr qreal designWidthMm = 190.0;

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor rule(0x55, 0x55, 0x55);
const QColor band(0xe4, 0xe4, 0xe4);
const QColor shade(0xf2, 0xf2, 0xf2);
const QColor muted(0x55, 0x55, 0x55);

QString money(qint64 kopecks) {
    return Money::fromKopecks(kopecks).toDisplayNumber();
}

QString rubles(qint64 kopecks) {
    return Money::fromKopecks(kopecks).toDisplayString();
}

QString decimalText(const QString& machine) {
    QString out = machine;
    out.replace(u'.', u',');
    return out;
}

// «0,0280 × 60,6» for a per-square-metre norm, the quantity alone otherwise.
QString volumeText(const BillService& s) {
    if (s.quantity.isEmpty())
        return {};
    if (s.factor.isEmpty())
        return decimalText(s.quantity);
    return decimalText(s.quantity) + u" × "_s + decimalText(s.factor);
}

QString monthGenitiveLower(const QDate& period) {
    // «за ноябрь 2026 г.»: the standalone form is what «за …» takes in Russian (accusative =
    // nominative for these inanimate nouns).
    return QLocale(QLocale::Russian).standaloneMonthName(period.month()).toLower() + u' ' +
           QString::number(period.year()) + u" г."_s;
}

// One pass of painting: positions in mm, a vertical cursor, page breaks.
class Sheet {
public:
    Sheet(QPagedPaintDevice* device, QPainter* painter)
        : m_device(device)
        , m_painter(painter) {
        const qreal dpi = device->logicalDpiX();
        const QRect paint = device->pageLayout().paintRectPixels(static_cast<int>(dpi));
        m_unit = paint.width() / designWidthMm;
        m_fontScale = m_unit / (dpi / 25.4);
        m_pageHeightMm = paint.height() / m_unit;
    }

    qreal y() const { return m_y; }
    void advance(qreal mm) { m_y += mm; }
    qreal remaining() const { return m_pageHeightMm - m_y; }
    int page() const { return m_page; }

    // Starts a new page unless `mm` still fits on this one.
    bool ensure(qreal mm) {
        if (m_y + mm <= m_pageHeightMm || m_y == 0)
            return false;
        m_device->newPage();
        ++m_page;
        m_y = 0;
        return true;
    }

    QRectF rect(qreal x, qreal y, qreal w, qreal h) const { return {x * m_unit, y * m_unit, w * m_unit, h * m_unit}; }

    void setFont(qreal pointSize, bool bold = false, bool condensed = false) {
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(pointSize * m_fontScale);
        font.setBold(bold);
        if (condensed)
            font.setStretch(QFont::SemiCondensed);
        m_painter->setFont(font);
    }

    // Text inside a box; returns the height (mm) it needed.
    qreal text(qreal x, qreal y, qreal w, qreal h, const QString& s, int flags = Qt::AlignLeft | Qt::AlignTop,
               const QColor& color = ink) {
        m_painter->setPen(color);
        QRectF used;
        m_painter->drawText(rect(x, y, w, h), flags, s, &used);
        return used.height() / m_unit;
    }

    // The height (mm) `s` needs in a box `w` wide with the current font, wrapped.
    qreal measure(qreal w, const QString& s, int flags = Qt::AlignLeft | Qt::TextWordWrap) const {
        return m_painter->boundingRect(rect(0, 0, w, 1000), flags, s).height() / m_unit;
    }

    void fill(qreal x, qreal y, qreal w, qreal h, const QColor& color) { m_painter->fillRect(rect(x, y, w, h), color); }

    void frame(qreal x, qreal y, qreal w, qreal h, qreal widthMm = 0.2) {
        m_painter->setPen(QPen(rule, widthMm * m_unit));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRect(rect(x, y, w, h));
    }

    void line(qreal x1, qreal y1, qreal x2, qreal y2, qreal widthMm = 0.2, const QColor& color = rule) {
        m_painter->setPen(QPen(color, widthMm * m_unit));
        m_painter->drawLine(QPointF(x1 * m_unit, y1 * m_unit), QPointF(x2 * m_unit, y2 * m_unit));
    }

    QPainter* painter() const { return m_painter; }

private:
    QPagedPaintDevice* m_device;
    QPainter* m_painter;
    qreal m_unit = 1;      // device pixels per design millimetre
    qreal m_fontScale = 1; // 1 on A4 with 10 mm margins
    qreal m_pageHeightMm = 277;
    qreal m_y = 0;
    int m_page = 1;
};

struct Column {
    QString title;
    qreal width;
    int align;
};

// Услуга | Ед. | Объём | Тариф | Начислено | Льготы | Перерасчёт | Долг | Пени | Итого: 190 mm.
const QList<Column>& tableColumns() {
    static const QList<Column> columns{
        {u"Услуга"_s, 45, Qt::AlignLeft},
        {u"Ед. изм."_s, 14, Qt::AlignHCenter},
        {u"Объём"_s, 18, Qt::AlignRight},
        {u"Тариф, руб."_s, 15, Qt::AlignRight},
        {u"Начислено"_s, 16, Qt::AlignRight},
        {u"Льготы, субсидии"_s, 14, Qt::AlignRight},
        {u"Перерасчёт (+/−)"_s, 15, Qt::AlignRight},
        {u"Долг с учётом оплат¹"_s, 18, Qt::AlignRight},
        {u"Пени"_s, 15, Qt::AlignRight},
        {u"Итого к оплате"_s, 20, Qt::AlignRight},
    };
    return columns;
}

QStringList figureCells(const BillFigures& f) {
    return {money(f.charged),   money(f.socialSupport), money(f.adjustments), money(f.debtStart - f.paid),
            money(f.penalties), money(f.totalToPay)};
}

class BillPainter {
public:
    BillPainter(Sheet& sheet, const BillAccount& account, const Bill& bill, const QDate& issuedOn,
                const QList<PaymentQrPayload::Result>& payloads)
        : s(sheet)
        , m_account(account)
        , m_bill(bill)
        , m_issuedOn(issuedOn)
        , m_payloads(payloads) {}

    void paint() {
        header();
        payer();
        table();
        requisites();
        footer();
    }

private:
    void sectionTitle(const QString& title) {
        s.ensure(14);
        s.setFont(8.5, true);
        s.text(0, s.y(), designWidthMm, 5, title.toUpper());
        s.line(0, s.y() + 4.6, designWidthMm, s.y() + 4.6, 0.35, ink);
        s.advance(5.6);
    }

    void header() {
        const qreal top = s.y();
        const qreal boxW = 62;
        const qreal leftW = designWidthMm - boxW - 4;
        s.setFont(14, true);
        s.text(0, top, leftW, 7, u"ЕДИНЫЙ ПЛАТЁЖНЫЙ ДОКУМЕНТ"_s);
        s.setFont(8);
        s.text(0, top + 7.5, leftW, 4, u"для внесения платы за жилое помещение и коммунальные услуги"_s);
        s.setFont(11, true);
        s.text(0, top + 12, leftW, 6, u"за "_s + monthGenitiveLower(m_bill.period));
        s.setFont(7.5, false);
        s.text(0, top + 18.5, leftW, 4,
               u"ПАО «Томскэнергосбыт» · Личный кабинет клиента · контакт-центр "_s +
                   QString::fromUtf8(branding::supportPhone),
               Qt::AlignLeft | Qt::AlignTop, muted);

        // The box a cashier and the payer look at first: the account and the amount.
        const qreal boxX = designWidthMm - boxW;
        s.fill(boxX, top, boxW, 23, band);
        s.frame(boxX, top, boxW, 23, 0.3);
        s.setFont(7);
        s.text(boxX + 3, top + 1.5, boxW - 6, 4, u"Единый лицевой счёт"_s);
        s.setFont(13, true);
        s.text(boxX + 3, top + 4.5, boxW - 6, 6, m_account.number);
        s.setFont(7);
        s.text(boxX + 3, top + 11.5, boxW - 6, 4, u"Итого к оплате за расчётный период"_s);
        s.setFont(12, true);
        s.text(boxX + 3, top + 15, boxW - 6, 6, rubles(m_bill.totalToPay));
        s.advance(25.5);
    }

    void payer() {
        sectionTitle(u"Сведения о плательщике"_s);
        const qreal labelW = 60;
        const QList<std::pair<QString, QString>> rows{
            {u"Плательщик (Ф. И. О.)"_s, m_account.owner},
            {u"Адрес помещения"_s, m_account.address},
            {u"Расчётный период"_s, monthGenitiveLower(m_bill.period).chopped(3)},
            {u"Код для добавления договора в ЛКК"_s, m_account.linkCode},
        };
        for (const auto& [label, value] : rows) {
            if (value.isEmpty())
                continue;
            const bool bold = label.startsWith(u"Код"_s) || label.startsWith(u"Плательщик"_s);
            s.setFont(8, bold);
            const qreal h = std::max<qreal>(4.0, s.measure(designWidthMm - labelW, value) + 0.5);
            s.setFont(7.5);
            s.text(0, s.y() + 0.3, labelW, h, label, Qt::AlignLeft | Qt::AlignTop, muted);
            s.setFont(8, bold);
            s.text(labelW, s.y(), designWidthMm - labelW, h, value, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
            s.advance(h);
        }
        s.advance(3);
    }

    void tableHeader() {
        const qreal h = 8.5;
        qreal x = 0;
        s.fill(0, s.y(), designWidthMm, h, band);
        s.setFont(6.3, true, true);
        for (const Column& c : tableColumns()) {
            s.text(x + 0.8, s.y(), c.width - 1.6, h, c.title, Qt::AlignCenter | Qt::TextWordWrap);
            x += c.width;
        }
        gridRow(h);
        s.advance(h);
    }

    // Vertical rules and the bottom rule of one row.
    void gridRow(qreal h) {
        qreal x = 0;
        s.line(0, s.y(), 0, s.y() + h, 0.15);
        for (const Column& c : tableColumns()) {
            x += c.width;
            s.line(x, s.y(), x, s.y() + h, 0.15);
        }
        s.line(0, s.y(), designWidthMm, s.y(), 0.15);
        s.line(0, s.y() + h, designWidthMm, s.y() + h, 0.15);
    }

    // One row: cells from column `first` on; cell 0 may wrap.
    void tableRow(const QStringList& cells, int first, bool bold, const QColor& fill, qreal indent = 0) {
        const QList<Column>& columns = tableColumns();
        s.setFont(7, bold, true);
        qreal captionWidth = 0;
        const int captionSpan = first == 0 ? 1 : first; // a provider row's caption spans the first columns
        for (int i = 0; i < captionSpan; ++i)
            captionWidth += columns.at(i).width;
        const qreal h = std::max<qreal>(4.6, s.measure(captionWidth - 1.6 - indent, cells.first()) + 1.2);
        if (s.ensure(h + 2))
            tableHeader();
        if (fill.isValid())
            s.fill(0, s.y(), designWidthMm, h, fill);
        s.setFont(7, bold, true);
        s.text(0.8 + indent, s.y(), captionWidth - 1.6 - indent, h, cells.first(),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
        qreal x = captionWidth;
        for (int i = captionSpan; i < columns.size(); ++i) {
            const int cell = i - captionSpan + 1;
            if (cell < cells.size())
                s.text(x + 0.8, s.y(), columns.at(i).width - 1.6, h, cells.at(cell),
                       columns.at(i).align | Qt::AlignVCenter);
            x += columns.at(i).width;
        }
        if (first == 0) {
            gridRow(h);
        } else {
            // The caption's cells are merged: no rules inside them.
            s.line(0, s.y(), designWidthMm, s.y(), 0.15);
            s.line(0, s.y() + h, designWidthMm, s.y() + h, 0.15);
            s.line(0, s.y(), 0, s.y() + h, 0.15);
            x = captionWidth;
            for (int i = captionSpan; i < columns.size(); ++i) {
                s.line(x, s.y(), x, s.y() + h, 0.15);
                x += columns.at(i).width;
            }
            s.line(designWidthMm, s.y(), designWidthMm, s.y() + h, 0.15);
        }
        s.advance(h);
    }

    void table() {
        sectionTitle(u"Расчёт размера платы за жилое помещение и коммунальные услуги, руб."_s);
        tableHeader();
        for (const BillProvider& provider : m_bill.providers) {
            tableRow(QStringList{provider.name + u", ЛС "_s + provider.subAccount} + figureCells(provider.figures), 4,
                     true, shade);
            for (const BillService& service : provider.services) {
                QStringList cells{service.title(), service.unit, volumeText(service),
                                  service.tariff ? money(*service.tariff) : QString()};
                cells += figureCells(service.figures);
                tableRow(cells, 0, false, QColor(), 2.5);
            }
        }
        // «ИТОГО К ОПЛАТЕ»: the bill's total, as billed (= Σ providers).
        const qreal h = 6.5;
        s.ensure(h + 6);
        s.fill(0, s.y(), designWidthMm, h, band);
        s.frame(0, s.y(), designWidthMm, h, 0.3);
        s.setFont(9, true);
        s.text(2, s.y(), 120, h, u"ИТОГО К ОПЛАТЕ за "_s + monthGenitiveLower(m_bill.period),
               Qt::AlignLeft | Qt::AlignVCenter);
        s.setFont(10, true);
        s.text(designWidthMm - 62, s.y(), 60, h, rubles(m_bill.totalToPay), Qt::AlignRight | Qt::AlignVCenter);
        s.advance(h + 0.8);
        s.setFont(6.3);
        qint64 penalties = 0;
        for (const BillProvider& p : m_bill.providers)
            penalties += p.figures.penalties;
        const QString note = u"¹ Задолженность на начало периода за вычетом оплат, поступивших в расчётном периоде. "_s
                             u"В том числе пени: "_s +
                             rubles(penalties) +
                             u" Отрицательная сумма — переплата, она учитывается в следующем периоде."_s;
        const qreal noteHeight = s.measure(designWidthMm, note);
        s.text(0, s.y(), designWidthMm, noteHeight, note, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, muted);
        s.advance(noteHeight + 2.5);
    }

    void requisites() {
        const qreal cellW = designWidthMm / 2;
        const qreal cellH = qrSize() + 3.5;
        s.ensure(14 + cellH);
        sectionTitle(u"Реквизиты для оплаты · QR-код для оплаты в приложении банка (ГОСТ Р 56042-2014)"_s);
        for (int i = 0; i < m_bill.providers.size(); ++i) {
            const int column = i % 2;
            if (column == 0) {
                s.ensure(cellH);
                if (i > 0)
                    s.line(0, s.y(), designWidthMm, s.y(), 0.15);
            }
            providerCell(column * cellW, s.y(), cellW, cellH, m_bill.providers.at(i),
                         i < m_payloads.size() ? m_payloads.at(i) : PaymentQrPayload::Result{});
            if (column == 1 || i + 1 == m_bill.providers.size())
                s.advance(cellH);
        }
        s.line(0, s.y(), designWidthMm, s.y(), 0.15);
        const int rows = int((m_bill.providers.size() + 1) / 2); // two providers per row
        s.line(cellW, s.y() - cellH * rows, cellW, s.y(), 0.15);
        s.advance(2);
    }

    static qreal qrSize() { return BillDocument::qrSizeMm; }

    void providerCell(qreal x, qreal y, qreal w, qreal h, const BillProvider& p, const PaymentQrPayload::Result& qr) {
        const qreal q = qrSize();
        const QRectF qrRect = s.rect(x + 1, y + 2, q, q);
        std::optional<QrCodeImage> code;
        if (qr.ok() && !qr.payload.isEmpty())
            code = QrCodeImage::encode(qr.payload.toUtf8());
        if (code) {
            code->paint(s.painter(), qrRect);
        } else {
            s.frame(x + 1 + 3, y + 2.5 + 3, q - 6, q - 6);
            s.setFont(6.3);
            s.text(x + 1 + 4, y + 2.5 + 4, q - 8, q - 8, qr.error.isEmpty() ? u"QR-код недоступен"_s : qr.error,
                   Qt::AlignCenter | Qt::TextWordWrap, muted);
        }

        const qreal tx = x + q + 3;
        const qreal tw = w - q - 5;
        qreal ty = y + 2.5;
        s.setFont(7.5, true, true);
        ty += s.text(tx, ty, tw, 8, p.name, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap) + 0.5;
        s.setFont(6.3, false, true);
        QStringList lines{
            u"ИНН "_s + p.inn + (p.kpp.isEmpty() ? QString() : u"  КПП "_s + p.kpp),
            u"р/с "_s + p.settlementAccount,
            p.bank,
            u"БИК "_s + p.bic + (p.correspondentAccount.isEmpty() ? QString() : u"  к/с "_s + p.correspondentAccount),
            u"Лицевой счёт "_s + p.subAccount,
        };
        ty += s.text(tx, ty, tw, 22, lines.join(u'\n'), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap) + 0.8;
        s.setFont(8, true, true);
        const qint64 due = p.figures.totalToPay;
        if (due > 0) {
            s.text(tx, ty, tw, 5, u"К оплате: "_s + rubles(due));
        } else {
            s.text(tx, ty, tw, 5, due < 0 ? u"Переплата: "_s + rubles(-due) : u"К оплате: 0,00 руб."_s);
            s.setFont(6.3, false, true);
            s.text(tx, ty + 3.8, tw, 4, u"Оплата не требуется"_s, Qt::AlignLeft | Qt::AlignTop, muted);
        }
        Q_UNUSED(h);
    }

    void footer() {
        s.setFont(6.3);
        const QString issued = m_issuedOn.isValid() ? m_issuedOn.toString(u"dd.MM.yyyy"_s) : QString();
        const QString text =
            u"Оплатить можно в личном кабинете клиента (кнопка «Оплатить»), в приложении любого банка по QR-коду "_s
            u"поставщика или по указанным реквизитам. При оплате по реквизитам укажите лицевой счёт поставщика.\n"_s
            u"Документ сформирован в личном кабинете клиента "_s +
            issued + u". Суммы указаны в рублях."_s;
        const qreal h = s.measure(designWidthMm, text);
        s.ensure(h);
        s.text(0, s.y(), designWidthMm, h, text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, muted);
        s.advance(h);
    }

    Sheet& s;
    const BillAccount& m_account;
    const Bill& m_bill;
    QDate m_issuedOn;
    const QList<PaymentQrPayload::Result>& m_payloads;
};

} // namespace

BillDocument::BillDocument(BillAccount account, Bill bill)
    : m_account(std::move(account))
    , m_bill(std::move(bill))
    , m_issuedOn(QDate::currentDate()) {
    for (const BillProvider& provider : std::as_const(m_bill.providers)) {
        m_payloads.append(PaymentQrPayload::build(PaymentQrPayload::fieldsFor(m_account, m_bill, provider)));
        if (!m_payloads.constLast().ok())
            qCWarning(lcBills) << "no QR code for provider" << provider.providerId << m_payloads.constLast().field;
    }
}

bool BillDocument::print(QPagedPaintDevice* device, bool setPageLayout) const {
    if (setPageLayout)
        device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10),
                                          QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(device)) {
        qCWarning(lcBills) << "cannot paint the bill on the device";
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Sheet sheet(device, &painter);
    BillPainter(sheet, m_account, m_bill, m_issuedOn, m_payloads).paint();
    return painter.end();
}

QString BillDocument::suggestedFileName() const {
    return u"ЕПД_"_s + m_account.number + u'_' + m_bill.period.toString(u"yyyy-MM"_s) + u".pdf"_s;
}

} // namespace lkk
