#pragma once
// The small closed loop the report tests compute by hand (tests only): tracking and CRM share
// people, and every model's credits follow from these paths.
//
//   Anna (visitor A): Paid Search on 1 March 2024, Direct on 10 March with the form → lead
//                     10 March; won 1,000 EUR on 20 March.
//   Bob (visitor B):  Email on 2 March, Direct on 5 March with the form → lead 5 March.
//   Carl (CRM only):  a lead without any tracked visit → "(none)".
//   Visitor C:        one Direct visit, never converted.

#include "common/result.h"
#include "ingest/crmimporter.h"
#include "ingest/trackingimporter.h"
#include "sales/outcometagger.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <memory>

namespace leadloop::test {

/// Creates loop.leadloop in `dir` holding the loop above.
inline Result<std::unique_ptr<Workspace>> writeSmallLoop(const ScratchDir& dir)
{
    using namespace Qt::StringLiterals;
    auto ws = Workspace::create(dir.path(u"loop.leadloop"_s));
    if (!ws)
        return ws.error();
    const QByteArray tracking =
        "visitor,time,url,event,email\n"
        "A,2024-03-01T10:00:00Z,https://www.fjordly.com/"
        "?utm_source=google&utm_medium=cpc&gclid=G1&fbclid=F1,,\n"
        "B,2024-03-02T10:00:00Z,https://www.fjordly.com/?utm_source=news&utm_medium=email,,\n"
        "B,2024-03-05T10:00:00Z,https://www.fjordly.com/demo,,\n"
        "B,2024-03-05T10:01:00Z,https://www.fjordly.com/demo,form_submit,bob@voorbeeld.nl\n"
        "C,2024-03-06T10:00:00Z,https://www.fjordly.com/,,\n"
        "A,2024-03-10T10:00:00Z,https://www.fjordly.com/demo,,\n"
        "A,2024-03-10T10:01:00Z,https://www.fjordly.com/demo,form_submit,anna@fjordly.pl\n";
    if (auto r = TrackingImporter::run(**ws, dir.file(u"t.csv"_s, tracking), {}); !r)
        return r.error();
    if (auto r = CrmImporter::run(
            **ws, dir.file(u"c.csv"_s, "email,contact_created\ncarl@exempel.se,2024-03-08\n"), {});
        !r)
        return r.error();
    if (auto r = OutcomeTagger::tag((*ws)->database(), {u"anna@fjordly.pl"_s,
                                                        u"won"_s,
                                                        100000,
                                                        u"EUR"_s,
                                                        {},
                                                        {},
                                                        u"Piet"_s,
                                                        1710928800000 /* 2024-03-20T10:00Z */});
        !r)
        return r.error();
    return std::move(*ws);
}

/// The small loop in a scratch directory of its own: a report test opens it once in
/// initTestCase() and reads it in every test.
class SmallLoop
{
public:
    /// Writes the loop; why that failed, or an empty text.
    QString open()
    {
        auto ws = writeSmallLoop(m_dir);
        if (!ws)
            return ws.error().message;
        m_ws = std::move(*ws);
        return {};
    }
    Workspace& workspace() { return *m_ws; }
    Database& db() { return m_ws->database(); }
    /// Writes a file beside the workspace and returns its path.
    QString file(const QString& name, const QByteArray& bytes) const
    {
        return m_dir.file(name, bytes);
    }

private:
    ScratchDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

} // namespace leadloop::test
