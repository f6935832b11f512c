#pragma once

#include <QVariant>

namespace lkk::test {

// The horizontal alignment a model gives for `role` data or a header (an int or a Qt::Alignment).
inline Qt::Alignment horizontalAlignment(const QVariant& v) {
    const Qt::Alignment a =
        v.metaType() == QMetaType::fromType<Qt::Alignment>() ? v.value<Qt::Alignment>() : Qt::Alignment(v.toInt());
    return a & Qt::AlignHorizontal_Mask;
}

} // namespace lkk::test
