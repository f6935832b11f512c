#pragma once

#include "ui/Theme.h"

#include <QApplication>
#include <QDebug>
#include <QString>
#include <QTranslator>
#include <QWidget>

// What the end-to-end widget suites set up alike. Header-only, so that lkk-test-support, which the
// server suites link too, stays without widgets.
namespace lkk::test {

// The look of the screenshots a suite keeps (LKK_SCREENSHOT_DIR, tests/ui/Screenshot.h): the
// client's light theme, and Russian when LKK_SCREENSHOT_QM names the built lkk_ru.qm. Without
// LKK_SCREENSHOT_DIR it changes nothing. A member of the suite, applied in initTestCase(), so that
// the translation lives as long as the suite.
class ScreenshotLook {
public:
    void apply() {
        if (qEnvironmentVariableIsEmpty("LKK_SCREENSHOT_DIR"))
            return;
        applyLightTheme(*qApp);
        const QString qm = qEnvironmentVariable("LKK_SCREENSHOT_QM");
        if (!qm.isEmpty() && m_translator.load(qm))
            QCoreApplication::installTranslator(&m_translator);
    }

private:
    QTranslator m_translator;
};

// The child of `parent` named `name`, with a warning naming it when there is none (the test then
// fails on the null pointer, and the warning says which child was missing).
template <typename T> T* child(QWidget* parent, const QString& name) {
    T* found = parent->findChild<T*>(name);
    if (!found)
        qWarning() << "no" << name;
    return found;
}

} // namespace lkk::test
