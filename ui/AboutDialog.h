#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class AboutDialog;
}

namespace lkk {

// «О программе»: version, the utility's support phone. Opened with open() (window-modal, never
// blocking), so tests inspect and close it like any widget.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    const QScopedPointer<Ui::AboutDialog> m_ui;
};

} // namespace lkk
