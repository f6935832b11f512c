#include "ui/CopyButton.h"

#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QIcon>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace lkk {

CopyButton::CopyButton(QWidget* parent)
    : QToolButton(parent) {
    setIcon(QIcon(u":/icons/copy.svg"_s)); // SVG: sharp at any device pixel ratio
    setIconSize(QSize(16, 16));
    setAutoRaise(true);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus); // reachable with Tab like any other button
    setWhat({});
    connect(this, &QToolButton::clicked, this, &CopyButton::copy);
}

void CopyButton::setWhat(const QString& what) {
    const QString name = what.isEmpty() ? tr("Copy") : tr("Copy %1").arg(what);
    setAccessibleName(name);
    setToolTip(name);
}

void CopyButton::copy() {
    if (m_text.isEmpty())
        return;
    QApplication::clipboard()->setText(m_text);
    QToolTip::showText(mapToGlobal(rect().bottomLeft()), tr("Copied: %1").arg(m_text), this);
    emit copied(m_text);
}

} // namespace lkk
