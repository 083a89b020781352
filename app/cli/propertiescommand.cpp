#include "clicommand.h"
#include "clicontext.h"
#include "sales/contactproperties.h"
#include "sales/leadresolver.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PropertiesCommand)
};

/// Every property with its type, or one lead's values.
int runProperties(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    ResultTable table;
    if (args.size() == 2) {
        auto lead = LeadResolver::resolve(db, args[1]);
        if (!lead)
            return context.fail(lead.error());
        if (!lead->contactId)
            return context.fail(
                {ErrorCode::NotFound, Tr::tr("%1 has no contact, so no properties.").arg(args[1])});
        auto values = ContactProperties::of(db, *lead->contactId);
        if (!values)
            return context.fail(values.error());
        table.addColumn(u"property"_s, Tr::tr("Property"), ValueKind::Text);
        table.addColumn(u"value"_s, Tr::tr("Value"), ValueKind::Text);
        for (const auto& [name, value] : *values)
            table.addRow({name, value});
        table.meta.insert(u"contact"_s, *lead->contactId);
        return context.print(table);
    }
    auto properties = ContactProperties::list(db);
    if (!properties)
        return context.fail(properties.error());
    table.addColumn(u"property"_s, Tr::tr("Property"), ValueKind::Text);
    table.addColumn(u"type"_s, Tr::tr("Type"), ValueKind::Text);
    table.addColumn(u"contacts"_s, Tr::tr("Contacts"), ValueKind::Count);
    table.addColumn(u"distinct"_s, Tr::tr("Distinct values"), ValueKind::Count);
    for (const PropertyInfo& p : *properties)
        table.addRow({p.name, ContactProperties::typeName(p.type), p.contacts, p.distinct});
    return context.print(table);
}

} // namespace

CliCommand propertiesCommand()
{
    return {u"properties"_s,
            Tr::tr("List the contact properties CRM imports kept (the columns no field maps) "
                   "with their types, or one lead's values."),
            u"properties [LEAD]"_s,
            [](QCommandLineParser&) {},
            runProperties,
            2};
}

} // namespace leadloop::cli
