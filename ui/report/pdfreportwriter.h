#pragma once

#include "common/result.h"
#include "report/executivereport.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace leadloop {

/// Lays out an ExecutiveReport on A4 pages of a PDF (docs/report.md): a cover with the headline
/// figures, then each section's chart and table. Tables break across pages with their header
/// repeated; every page carries the workspace name, the period, the generation date and its
/// number. Text is set in the embedded DejaVu Sans and selectable, charts are vectors, and the
/// file is written through QSaveFile, so a failure never leaves half a file.
class PdfReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    /// Paints the report on A4 pages of a device (a PDF writer, a printer, a preview); returns
    /// the number of pages.
    static int paint(const ExecutiveReport& report, const QString& workspaceName,
                     qint64 generatedAt, QPagedPaintDevice& device);
    /// Writes the report; returns the number of pages.
    static Result<int> write(const ExecutiveReport& report, const QString& workspaceName,
                             const QString& path, qint64 generatedAt);
    /// The family of the embedded font (loaded from the resources on first use).
    static QString fontFamily();
};

} // namespace leadloop
