#include "app/bills/PaymentQrPayload.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

QString translated(const char* text) {
    return QCoreApplication::translate("lkk::PaymentQrPayload", text);
}

// The separator may not appear inside a value; line breaks would break a bank app's parser too.
QString clean(const QString& value) {
    QString out = value;
    for (QChar& c : out) {
        if (c == u'|' || c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return out.simplified();
}

bool allDigits(const QString& text, qsizetype length) {
    if (text.size() != length)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

PaymentQrPayload::Result PaymentQrPayload::build(const PaymentQrFields& input) {
    const QString name = clean(input.name);
    const QString personalAcc = clean(input.personalAcc);
    const QString bankName = clean(input.bankName);
    const QString bic = clean(input.bic);
    const QString correspAcc = clean(input.correspAcc);
    const QString payeeInn = clean(input.payeeInn);
    const QString kpp = clean(input.kpp);
    const QString persAcc = clean(input.persAcc);
    const QString purpose = clean(input.purpose);
    const QString techCode = clean(input.techCode);

    auto fail = [](const char* field, const char* why) {
        return Result{{}, QString::fromLatin1(field), translated(why)};
    };
    if (name.isEmpty() || name.size() > maxName)
        return fail("Name",
                    QT_TRANSLATE_NOOP("lkk::PaymentQrPayload", "The payee's name must be 1 to 160 characters long."));
    if (!allDigits(personalAcc, 20))
        return fail("PersonalAcc",
                    QT_TRANSLATE_NOOP("lkk::PaymentQrPayload", "The payee's settlement account must be 20 digits."));
    if (bankName.isEmpty() || bankName.size() > maxBankName)
        return fail("BankName",
                    QT_TRANSLATE_NOOP("lkk::PaymentQrPayload", "The bank's name must be 1 to 45 characters long."));
    if (!allDigits(bic, 9))
        return fail("BIC", QT_TRANSLATE_NOOP("lkk::PaymentQrPayload", "The bank's BIC must be 9 digits."));
    if (correspAcc != u"0"_s && !allDigits(correspAcc, 20))
        return fail("CorrespAcc", QT_TRANSLATE_NOOP("lkk::PaymentQrPayload",
                                                    "The bank's correspondent account must be 20 digits (or 0)."));
    if (!allDigits(payeeInn, 10) && !allDigits(payeeInn, 12))
        return fail("PayeeINN", QT_TRANSLATE_NOOP("lkk::PaymentQrPayload", "The payee's INN must be 10 or 12 digits."));
    static const QRegularExpression kppPattern(u"^\\d{4}[\\dA-Z]{2}\\d{3}$"_s);
    if (!kpp.isEmpty() && !kppPattern.match(kpp).hasMatch())
        return fail("KPP", QT_TRANSLATE_NOOP("lkk::PaymentQrPayload", "The payee's KPP must be 9 characters."));
    if (persAcc.isEmpty() || persAcc.size() > maxPersAcc)
        return fail("PersAcc", QT_TRANSLATE_NOOP("lkk::PaymentQrPayload",
                                                 "The personal account must be 1 to 30 characters long."));
    if (input.sum < 0 || input.sum > 999999999999999999LL)
        return fail("Sum", QT_TRANSLATE_NOOP("lkk::PaymentQrPayload", "The sum must be 0 to 18 digits of kopecks."));
    if (purpose.size() > maxPurpose)
        return fail("Purpose", QT_TRANSLATE_NOOP("lkk::PaymentQrPayload",
                                                 "The purpose of payment must be at most 210 characters long."));
    if (!techCode.isEmpty() && !allDigits(techCode, 2))
        return fail("TechCode", QT_TRANSLATE_NOOP("lkk::PaymentQrPayload", "The technical code must be 2 digits."));

    QStringList parts{u"ST00012"_s,
                      u"Name="_s + name,
                      u"PersonalAcc="_s + personalAcc,
                      u"BankName="_s + bankName,
                      u"BIC="_s + bic,
                      u"CorrespAcc="_s + correspAcc,
                      u"PayeeINN="_s + payeeInn};
    if (!kpp.isEmpty())
        parts << u"KPP="_s + kpp;
    parts << u"PersAcc="_s + persAcc;
    if (input.sum > 0)
        parts << u"Sum="_s + QString::number(input.sum);
    if (input.period.isValid())
        parts << u"PaymPeriod="_s + input.period.toString(u"MMyyyy"_s);
    if (!purpose.isEmpty())
        parts << u"Purpose="_s + purpose;
    if (!techCode.isEmpty())
        parts << u"TechCode="_s + techCode;
    return Result{parts.join(u'|'), {}, {}};
}

PaymentQrFields PaymentQrPayload::fieldsFor(const BillAccount& account, const Bill& bill,
                                            const BillProvider& provider) {
    PaymentQrFields f;
    f.name = provider.name;
    f.personalAcc = provider.settlementAccount;
    f.bankName = provider.bank;
    f.bic = provider.bic;
    f.correspAcc = provider.correspondentAccount.isEmpty() ? u"0"_s : provider.correspondentAccount;
    f.payeeInn = provider.inn;
    f.kpp = provider.kpp;
    f.persAcc = provider.subAccount;
    f.sum = std::max<qint64>(0, provider.figures.totalToPay); // overpaid: the payer chooses the sum
    f.period = bill.period;
    // The document is Russian whatever the UI language: the bank app shows this to the payer.
    // Short on purpose: every byte grows the symbol, and the modules must stay big enough to scan
    // from paper (the account is already in PersAcc).
    f.purpose = u"Оплата ЖКУ за "_s + bill.period.toString(u"MM.yyyy"_s);
    Q_UNUSED(account);
    return f;
}

std::optional<QList<std::pair<QString, QString>>> PaymentQrPayload::parse(const QString& payload) {
    const QStringList parts = payload.split(u'|');
    if (parts.size() < 2 || parts.first() != u"ST00012"_s)
        return std::nullopt;
    QList<std::pair<QString, QString>> out;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype eq = parts.at(i).indexOf(u'=');
        if (eq <= 0)
            return std::nullopt;
        out.append({parts.at(i).left(eq), parts.at(i).mid(eq + 1)});
    }
    return out;
}

} // namespace lkk
