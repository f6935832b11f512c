#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class AgreementDialog;
}

namespace lkk {

// The user agreement of the personal cabinet (resources/docs/agreement-ru.html). «Принимаю»
// accepts (the wizard ticks its consent box then), «Закрыть» only closes.
class AgreementDialog : public QDialog {
    Q_OBJECT
public:
    explicit AgreementDialog(QWidget* parent = nullptr);
    ~AgreementDialog() override;

private:
    const QScopedPointer<Ui::AgreementDialog> m_ui;
};

} // namespace lkk
