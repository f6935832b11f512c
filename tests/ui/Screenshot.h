#pragma once

#include <QDir>
#include <QWidget>

namespace lkk::test {

// With LKK_SCREENSHOT_DIR set, keeps a PNG of `widget` as it is now (to look at the screens a
// test drives, e.g. with QT_SCALE_FACTOR=2 for 200 %); without it, does nothing.
inline void screenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("LKK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace lkk::test
