#include "ui/Translations.h"
#include "ui/UiLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lkk {

QString chooseLanguage(const QString& fromCommandLine, const QString& fromSettings, const QLocale& system) {
    for (const QString& choice : {fromCommandLine, fromSettings}) {
        if (choice == u"ru"_s || choice == u"en"_s)
            return choice;
    }
    return system.language() == QLocale::English ? u"en"_s : u"ru"_s;
}

bool installTranslations(const QString& language, QObject* owner) {
    auto* qt = new QTranslator(owner);
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else if (language != u"en"_s)
        qCWarning(lcUi) << "Qt's own translation is missing for" << language;

    auto* app = new QTranslator(owner);
    if (!app->load(u"lkk_"_s + language, u":/i18n"_s)) {
        qCWarning(lcUi) << "no lkk translation for" << language;
        return false;
    }
    QCoreApplication::installTranslator(app);
    return true;
}

} // namespace lkk
