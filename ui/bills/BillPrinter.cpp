#include "ui/bills/BillPrinter.h"

#include "ui/Dialogs.h"
#include "ui/UiLogging.h"

#include <QAction>
#include <QDir>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

// The preview's printer: A4 portrait, high resolution; the person may still change it in the dialog.
std::unique_ptr<QPrinter> makePrinter(const BillDocument& document) {
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10),
                                       QPageLayout::Millimeter));
    printer->setDocName(document.suggestedFileName().chopped(4));
    printer->setCreator(u"LKK Desktop"_s);
    return printer;
}

} // namespace

// The printer must outlive the dialog's painting and die with it: a holder child of the dialog.
struct PrinterHolder : QObject {
    std::unique_ptr<QPrinter> printer;
};

BillPrinter::BillPrinter(BillDocument document, QPrintPreviewDialog* dialog)
    : QObject(dialog)
    , m_document(std::move(document))
    , m_dialog(dialog) {}

BillPrinter::~BillPrinter() = default;

QPrintPreviewDialog* BillPrinter::openPreview(const BillAccount& account, const Bill& bill, QWidget* parent) {
    BillDocument document(account, bill);
    auto holder = makePrinter(document);
    auto* dialog = new QPrintPreviewDialog(holder.get(), parent, Qt::Window);
    dialog->setObjectName(u"billPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Payment document for %1").arg(billMonthLower(bill.period)));
    dialog->resize(900, 1000);
    auto* keep = new PrinterHolder;
    keep->setParent(dialog);
    keep->printer = std::move(holder);

    auto* self = new BillPrinter(std::move(document), dialog);
    self->setObjectName(u"billPrinter"_s);
    connect(dialog, &QPrintPreviewDialog::paintRequested, self, [self](QPrinter* printer) {
        // The dialog's page setup wins over our A4 default here.
        if (!self->m_document.print(printer, false))
            qCWarning(lcUi) << "printing the bill failed";
    });

    auto* save = new QAction(QIcon(u":/icons/folder.svg"_s), tr("Save as PDF…"), dialog);
    save->setObjectName(u"saveBillPdfAction"_s);
    save->setToolTip(tr("Save the payment document as a PDF file"));
    connect(save, &QAction::triggered, self, &BillPrinter::saveAsPdf);
    if (auto* toolbar = dialog->findChild<QToolBar*>()) {
        toolbar->addSeparator();
        toolbar->addAction(save);
        toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    } else {
        dialog->addAction(save);
    }
    dialog->open();
    return dialog;
}

bool BillPrinter::savePdf(const QString& path) const {
    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setTitle(m_document.suggestedFileName().chopped(4));
    writer.setCreator(u"LKK Desktop"_s);
    return m_document.print(&writer);
}

void BillPrinter::saveAsPdf() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const Dialogs::FileRequest request{tr("Save the bill as PDF"), QDir(dir).filePath(m_document.suggestedFileName()),
                                       tr("PDF documents (*.pdf)")};
    Dialogs::saveFileName(m_dialog, request, this, [this](const QString& path) {
        if (path.isEmpty())
            return;
        if (savePdf(path))
            emit pdfSaved(path);
        else
            emit pdfFailed(path);
    });
}

} // namespace lkk
