#include "ui/RestoreSplash.h"

#include "generated/branding.h"

#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

RestoreSplash::RestoreSplash(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"RestoreSplash"_s);
    setAttribute(Qt::WA_StyledBackground);
    setWindowTitle(QLatin1StringView(branding::appName));

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/logo.svg"_s).pixmap(QSize(48, 48), devicePixelRatioF()));
    logo->setAlignment(Qt::AlignCenter);
    auto* label = new QLabel(tr("Signing in…"), this);
    label->setObjectName(u"restoreLabel"_s);
    label->setAlignment(Qt::AlignCenter);
    auto* progress = new QProgressBar(this);
    progress->setObjectName(u"restoreProgress"_s);
    progress->setRange(0, 0);
    progress->setTextVisible(false);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(u"restoreCancelButton"_s);
    connect(cancel, &QPushButton::clicked, this, &RestoreSplash::cancelRequested);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(32, 24, 32, 20);
    column->setSpacing(12);
    column->addWidget(logo);
    column->addWidget(label);
    column->addWidget(progress);
    column->addWidget(cancel, 0, Qt::AlignCenter);
    setFixedSize(sizeHint().expandedTo(QSize(320, 0)));
}

void RestoreSplash::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        emit cancelRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace lkk
