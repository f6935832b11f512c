#pragma once

#include <QDialog>

namespace lkk {

// «О программе»: version, the utility's support phone. Opened with open() (window-modal, never
// blocking), so tests inspect and close it like any widget.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace lkk
