#pragma once

#include "app/bills/BillDocument.h"

#include <QObject>
#include <memory>

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace lkk {

// «Печать квитанции»: a print preview of one period's ЕПД (A4) from which the person prints on a
// printer or, with «Сохранить в PDF…» (buttons under the preview), writes a PDF. Lives as long as its
// preview dialog (it is the dialog's child) and owns the QPrinter the dialog paints on.
class BillPrinter : public QObject {
    Q_OBJECT
public:
    // Opens the preview window-modal over `parent` (non-blocking) and returns it; it deletes itself
    // on close.
    static QPrintPreviewDialog* openPreview(const BillAccount& account, const Bill& bill, QWidget* parent);

    ~BillPrinter() override;

    bool savePdf(const QString& path) const;
    const BillDocument& document() const { return m_document; }

signals:
    void pdfSaved(const QString& path);
    void pdfFailed(const QString& path);

private:
    BillPrinter(BillDocument document, QPrintPreviewDialog* dialog);
    void saveAsPdf();

    BillDocument m_document;
    QPrintPreviewDialog* m_dialog;
};

} // namespace lkk
