#pragma once

class QApplication;

namespace lkk {

// The light theme: Fusion (the same look on every desktop) plus resources/styles/light.qss.
void applyLightTheme(QApplication& app);

} // namespace lkk
