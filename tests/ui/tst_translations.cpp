// lkk_ru.ts must be complete: Russian is the first language, so an unfinished or empty
// translation is a visible English string for most users. lkk_en.ts may stay empty (sources are
// English) but must list the same messages. Also the language fallback order and Qt's own
// qtbase translation being found (without it Qt's own dialogs and buttons stay English).
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Entry {
    QString context;
    QString source;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList forms;       // the translation, or its numerus forms
    bool numerus = false;
};

QList<Entry> readTs(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Entry{context, {}, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1};
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.translationType = xml.attributes().value("type"_L1).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            entries << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void russianIsComplete() {
        QString error;
        const QList<Entry> entries = readTs(QStringLiteral(LKK_TS_DIR "/lkk_ru.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(entries.size() > 50, "lkk_ru.ts looks empty: run the update_translations target");
        QStringList problems;
        for (const Entry& e : entries) {
            const bool empty = e.forms.isEmpty() || std::any_of(e.forms.cbegin(), e.forms.cend(),
                                                                [](const QString& f) { return f.trimmed().isEmpty(); });
            if (!e.translationType.isEmpty() || empty)
                problems << e.context + u": "_s + e.source +
                                (e.translationType.isEmpty() ? QString() : u" ["_s + e.translationType + u']');
            // Russian plurals need three forms (1, 2–4, 5+).
            if (e.numerus && e.forms.size() != 3)
                problems << e.context + u": "_s + e.source + u" [needs 3 plural forms]"_s;
            // Every placeholder of the source must survive the translation.
            for (const QString& form : e.forms) {
                for (int n = 1; n <= 9; ++n) {
                    const QString marker = u"%"_s + QString::number(n);
                    if (e.source.contains(marker) != form.contains(marker))
                        problems << e.context + u": "_s + e.source + u" [placeholder "_s + marker + u']';
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"unfinished Russian translations:\n"_s + problems.join(u'\n')));
    }

    void languageFallbackOrder() {
        const QLocale russian(QLocale::Russian, QLocale::Russia);
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(lkk::chooseLanguage({}, {}, russian), u"ru"_s);
        QCOMPARE(lkk::chooseLanguage({}, {}, english), u"en"_s);
        QCOMPARE(lkk::chooseLanguage({}, {}, german), u"ru"_s);            // Russian is the first language
        QCOMPARE(lkk::chooseLanguage({}, u"en"_s, russian), u"en"_s);      // saved choice beats the system
        QCOMPARE(lkk::chooseLanguage(u"ru"_s, u"en"_s, english), u"ru"_s); // --lang beats both
        QCOMPARE(lkk::chooseLanguage(u"de"_s, {}, english), u"en"_s);      // unknown values are ignored
    }

    void qtOwnRussianTranslationIsInstalled() {
        QObject owner;
        lkk::installTranslations(u"ru"_s, &owner); // lkk_ru.qm lives in the lkk executable only
        // qtbase_ru (package qt6-translations-l10n) translates Qt's standard buttons.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Отмена"_s);
    }

    // English falls back to the sources, except plurals: «%n payment(s)» needs «1 payment» and
    // «2 payments», so every plural message has both English forms.
    void englishPluralsAreComplete() {
        QString error;
        const QList<Entry> en = readTs(QStringLiteral(LKK_TS_DIR "/lkk_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        int plurals = 0;
        for (const Entry& e : en) {
            if (!e.numerus)
                continue;
            ++plurals;
            const bool complete = e.forms.size() == 2 && !e.forms.at(0).trimmed().isEmpty() &&
                                  !e.forms.at(1).trimmed().isEmpty() && !e.forms.at(0).contains(u"(s)"_s) &&
                                  !e.forms.at(1).contains(u"(s)"_s);
            if (!complete || !e.translationType.isEmpty())
                problems << e.context + u": "_s + e.source;
        }
        QVERIFY(plurals > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(u"English plural forms missing:\n"_s + problems.join(u'\n')));
    }

    void englishListsTheSameMessages() {
        QString error;
        const QList<Entry> ru = readTs(QStringLiteral(LKK_TS_DIR "/lkk_ru.ts"), &error);
        const QList<Entry> en = readTs(QStringLiteral(LKK_TS_DIR "/lkk_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> ruKeys, enKeys;
        for (const Entry& e : ru)
            ruKeys << e.context + u'\x1f' + e.source;
        for (const Entry& e : en)
            enKeys << e.context + u'\x1f' + e.source;
        QCOMPARE(enKeys, ruKeys);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
