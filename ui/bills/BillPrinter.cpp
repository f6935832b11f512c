#include "ui/bills/BillPrinter.h"

#include "ui/Dialogs.h"
#include "ui/StyleRole.h"
#include "ui/UiLogging.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QLayout>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>

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

// The preview's own «Печать» action (in its toolbar, which hides it behind » when narrow).
QAction* previewPrintAction(QPrintPreviewDialog* dialog) {
    // Qt's own text in Qt's translation (not a string of ours to translate, hence no literal).
    static constexpr char context[] = "QPrintPreviewDialog";
    const QString print = QCoreApplication::translate(context, "Print");
    for (QAction* action : dialog->findChildren<QAction*>()) {
        if (action->text() == print)
            return action;
    }
    return nullptr;
}

// The main actions as buttons under the preview, always in sight: «Печать…» (the default),
// «Сохранить в PDF…» and «Закрыть».
void addButtons(QPrintPreviewDialog* dialog, QAction* save) {
    auto* buttons = new QDialogButtonBox(dialog);
    buttons->setObjectName(u"billPreviewButtons"_s);
    if (QAction* printAction = previewPrintAction(dialog)) {
        QPushButton* print = buttons->addButton(BillPrinter::tr("Print…"), QDialogButtonBox::AcceptRole);
        print->setObjectName(u"billPrintButton"_s);
        print->setIcon(printAction->icon());
        print->setDefault(true);
        setStyleRole(print, StyleRole::Primary);
        QObject::connect(print, &QPushButton::clicked, printAction, &QAction::trigger);
    }
    QPushButton* pdf = buttons->addButton(save->text(), QDialogButtonBox::ActionRole);
    pdf->setObjectName(u"billSavePdfButton"_s);
    pdf->setIcon(save->icon());
    pdf->setToolTip(BillPrinter::tr("Save the payment document as a PDF file"));
    QObject::connect(pdf, &QPushButton::clicked, save, &QAction::trigger);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"billPreviewClose"_s);
    QObject::connect(close, &QPushButton::clicked, dialog, &QDialog::reject);
    if (dialog->layout())
        dialog->layout()->addWidget(buttons);
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
    // A4 wants a tall window, but never taller than the screen: the buttons must stay in sight.
    QSize size(900, 1000);
    if (const QScreen* screen = (parent ? parent->screen() : QGuiApplication::primaryScreen()))
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    dialog->resize(size);
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
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, self, &BillPrinter::saveAsPdf);
    dialog->addAction(save);
    addButtons(dialog, save);
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
