#pragma once

// For the printed-bill tests: render a BillDocument to PDF, rasterise it with poppler's pdftoppm and
// decode every QR code on it with zbarimg, as a bank app's camera would. The tools are optional on a
// developer machine: a test skips without them unless LKK_TEST_REQUIRE_TOOLS is set (then it fails).
#include "app/bills/BillDocument.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

namespace lkk::test::bills {

struct DecodedPdf {
    QString error; // empty on success
    int pages = 0;
    QStringList codes; // UTF-8 texts of the QR codes, in zbar's order
};

inline bool toolsRequired() {
    return qEnvironmentVariableIsSet("LKK_TEST_REQUIRE_TOOLS");
}

inline QString missingTools() {
    QStringList missing;
    for (const char* tool : {"pdftoppm", "zbarimg"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            missing << QString::fromLatin1(tool);
    }
    return missing.join(QLatin1StringView(", "));
}

inline bool writePdf(const BillDocument& document, const QString& path) {
    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setTitle(QStringLiteral("ЕПД"));
    writer.setCreator(QStringLiteral("LKK Desktop"));
    return document.print(&writer);
}

// Runs `program` and returns its stdout; `ok` false on a start failure, a crash or a timeout.
inline QByteArray run(const QString& program, const QStringList& arguments, bool* ok, int* exitCode = nullptr) {
    QProcess process;
    process.start(program, arguments);
    *ok =
        process.waitForStarted(10000) && process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}

inline DecodedPdf decodePdf(const QString& pdf, const QString& workDir, int dpi = 150) {
    DecodedPdf out;
    bool ok = false;
    int code = 0;
    const QString prefix = workDir + QStringLiteral("/page");
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdf, prefix},
        &ok, &code);
    if (!ok || code != 0)
        return out.error = QStringLiteral("pdftoppm failed"), out;
    const QStringList pngs = QDir(workDir).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    out.pages = static_cast<int>(pngs.size());
    for (const QString& png : pngs) {
        // -q: no statistics; --raw: the data only; -Sbinary: the bytes as encoded (UTF-8 here), not
        // re-guessed by zbar's charset heuristics. Exit code 4 = no symbol on this page.
        const QByteArray data = run(QStringLiteral("zbarimg"),
                                    {QStringLiteral("-q"), QStringLiteral("--raw"), QStringLiteral("-Sbinary"),
                                     QStringLiteral("-Sqrcode.enable"), workDir + u'/' + png},
                                    &ok, &code);
        if (!ok || (code != 0 && code != 4))
            return out.error = QStringLiteral("zbarimg failed on ") + png, out;
        // With -Sbinary zbar separates symbols by nothing; without it, by newlines. Every payload
        // starts with the format id, so split on that.
        const QString text = QString::fromUtf8(data);
        qsizetype at = text.indexOf(QLatin1StringView("ST00012|"));
        while (at >= 0) {
            const qsizetype next = text.indexOf(QLatin1StringView("ST00012|"), at + 1);
            out.codes << (next < 0 ? text.mid(at) : text.mid(at, next - at)).trimmed();
            at = next;
        }
    }
    return out;
}

} // namespace lkk::test::bills
