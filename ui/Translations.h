#pragma once

#include <QLocale>
#include <QString>

namespace lkk {

// The interface language: --lang, else the saved choice, else English only for an English system
// locale; Russian otherwise (the utility's customers are Russian speakers).
QString chooseLanguage(const QString& fromCommandLine, const QString& fromSettings, const QLocale& system);

// Installs Qt's own qtbase_<lang>.qm (dialog buttons, context menus) and the app's lkk_<lang>.qm
// from :/i18n. Returns false when the app's file is missing (then the English sources show).
// The translators live as children of `owner`.
bool installTranslations(const QString& language, QObject* owner);

} // namespace lkk
