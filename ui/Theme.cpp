#include "ui/Theme.h"
#include "ui/UiLogging.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace lkk {

void applyLightTheme(QApplication& app) {
    if (QStyle* fusion = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(fusion);
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xF3, 0xF5, 0xF8));
    palette.setColor(QPalette::Highlight, QColor(0x2E, 0x86, 0xD1));
    palette.setColor(QPalette::Link, QColor(0x1F, 0x6F, 0xB2));
    QApplication::setPalette(palette);

    QFile qss(u":/styles/light.qss"_s);
    if (!qss.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "stylesheet missing:" << qss.errorString();
        return;
    }
    app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

} // namespace lkk
