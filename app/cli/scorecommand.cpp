#include "clicommand.h"
#include "clicontext.h"
#include "common/username.h"
#include "sales/leadlist.h"
#include "sales/leadresolver.h"
#include "sales/leadscores.h"
#include "sales/scoretables.h"
#include "scoring/factorwording.h"
#include "scoring/leadscoring.h"
#include "scoring/scoreexplanation.h"
#include "scoring/scorefactors.h"

#include <cmath>
#include <QDateTime>
#include <QJsonArray>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)
};

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

void warn(const QString& line)
{
    QTextStream(stderr) << line << Qt::endl;
}

void warnAbout(const ScoreEvaluation& e)
{
    if (!e.leaks.isEmpty())
        warn(Tr::tr("Warning: %1 alone predicts the target almost perfectly (AUC ≥ 0.95). It may "
                    "be filled in after the outcome; if so, train again with --exclude \"%2\".")
                 .arg(e.leaks.join(u", "_s), e.leaks.join(u',')));
    if (!e.tiered())
        warn(Tr::tr("Warning: only %1 labelled leads reached the target (fewer than %2), so the "
                    "scores are unsure and no tiers are given.")
                 .arg(e.positives)
                 .arg(ScoreEvaluation::MinPositives));
}

/// The options train and features share; a usage error as InvalidArgument.
Result<TrainingOptions> trainingOptions(const QCommandLineParser& p)
{
    TrainingOptions options;
    auto target = ScoringTarget::parse(p.value(u"target"_s));
    if (!target)
        return target.error();
    options.target = *target;
    if (p.isSet(u"holdout"_s)) {
        bool ok = false;
        options.holdout = p.value(u"holdout"_s).toDouble(&ok);
        if (!ok)
            return Error{ErrorCode::InvalidArgument,
                         Tr::tr("--holdout takes a share such as 0.25.")};
    }
    if (p.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = p.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return Error{ErrorCode::InvalidArgument, Tr::tr("--seed takes a whole number.")};
    }
    if (p.isSet(u"split-date"_s)) {
        const QDate date = QDate::fromString(p.value(u"split-date"_s), Qt::ISODate);
        if (!date.isValid())
            return Error{ErrorCode::InvalidArgument,
                         Tr::tr("--split-date takes a date such as 2026-03-01.")};
        options.splitDate = date;
    }
    for (const QString& value : p.values(u"exclude"_s))
        for (const QString& field : value.split(u',', Qt::SkipEmptyParts))
            options.exclude.append(field.trimmed());
    return options;
}

int runTrain(CliContext& context)
{
    auto options = trainingOptions(context.parser());
    if (!options)
        return context.fail(options.error());
    auto workspace = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    auto run = LeadScoring::train((*workspace)->database(), *options, currentUserName(),
                                  QDateTime::currentMSecsSinceEpoch());
    if (!run)
        return context.fail(run.error());
    warnAbout(run->evaluation);
    ResultTable table = ScoreTables::features(run->evaluation);
    table.meta.insert(u"model_id"_s, run->modelId);
    table.meta.insert(u"scored"_s, run->scored);
    context.rememberWrites();
    return context.print(table);
}

/// The labelled leads as training reads them, to check with other tools.
int runFeatures(CliContext& context)
{
    auto options = trainingOptions(context.parser());
    if (!options)
        return context.fail(options.error());
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    return context.print(LeadScoring::trainingTable((*workspace)->database(), *options));
}

int runUpdate(CliContext& context)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    auto scored =
        LeadScoring::rescore((*workspace)->database(), QDateTime::currentMSecsSinceEpoch());
    if (!scored)
        return context.fail(scored.error());
    if (!*scored)
        return context.fail(
            {ErrorCode::NotFound, Tr::tr("No model has been trained yet: run score train first.")});
    context.rememberWrites();
    ResultTable table;
    table.addColumn(u"scored"_s, Tr::tr("Leads scored"), ValueKind::Count);
    table.addRow({**scored});
    return context.print(table);
}

int runModel(CliContext& context)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    auto record = LeadScores::latestModel((*workspace)->database());
    if (!record)
        return context.fail(record.error());
    if (!*record)
        return context.fail(
            {ErrorCode::NotFound, Tr::tr("No model has been trained yet: run score train first.")});
    const ScoreEvaluation e = ScoreEvaluation::fromJson((*record)->evaluation);
    const QString which = context.parser().value(u"table"_s);
    ResultTable table;
    if (which.isEmpty() || which == u"features")
        table = ScoreTables::features(e);
    else if (which == u"lift")
        table = ScoreTables::lift(e);
    else if (which == u"calibration")
        table = ScoreTables::calibration(e);
    else if (which == u"roc")
        table = ScoreTables::roc(e);
    else
        return context.usage(
            Tr::tr("--table takes features, lift, calibration or roc, not '%1'.").arg(which));
    table.meta.insert(u"model_id"_s, (*record)->id);
    table.meta.insert(u"trained_at"_s, utc((*record)->trainedAt));
    table.meta.insert(u"trained_by"_s, (*record)->trainedBy);
    return context.print(table);
}

int runShow(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() != 3)
        return context.usage(Tr::tr("Usage: leadloop-cli score show LEAD."));
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto lead = LeadResolver::resolve(db, args[2]);
    if (!lead)
        return context.fail(lead.error());
    if (!lead->contactId)
        return context.fail(
            {ErrorCode::NotFound, Tr::tr("%1 has no contact, so no score.").arg(args[2])});
    auto table = ScoreExplanation::of(db, *lead->contactId);
    if (!table)
        return context.fail({table.error().code, u"%1: %2"_s.arg(args[2], table.error().message)});
    return context.print(*table);
}

int runList(CliContext& context)
{
    int top = -1;
    if (context.parser().isSet(u"top"_s)) {
        bool ok = false;
        top = context.parser().value(u"top"_s).toInt(&ok);
        if (!ok || top < 1)
            return context.usage(Tr::tr("--top takes a whole number of leads, 1 or more."));
    }
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto scores = LeadScores::all(db);
    if (!scores)
        return context.fail(scores.error());
    if (scores->empty()) { // no open lead, or no model at all: say which
        auto model = LeadScores::latestModel(db);
        if (!model)
            return context.fail(model.error());
        if (!*model)
            return context.fail({ErrorCode::NotFound,
                                 Tr::tr("No model has been trained yet: run score train first.")});
    }
    if (top >= 0 && qsizetype(scores->size()) > top)
        scores->resize(size_t(top));
    QList<qint64> contacts;
    for (const LeadScore& s : *scores)
        contacts.append(s.contact);
    auto leads = LeadList::load(db, contacts);
    if (!leads)
        return context.fail(leads.error());
    QHash<qint64, const LeadRow*> byContact;
    for (const LeadRow& r : *leads)
        if (!byContact.contains(r.contactId))
            byContact.insert(r.contactId, &r);
    ResultTable table;
    table.addColumn(u"contact_id"_s, Tr::tr("Contact"), ValueKind::Text);
    table.addColumn(u"name"_s, Tr::tr("Name"), ValueKind::Text);
    table.addColumn(u"score"_s, Tr::tr("Score"), ValueKind::Count);
    table.addColumn(u"probability"_s, Tr::tr("Probability"), ValueKind::Percent);
    table.addColumn(u"tier"_s, Tr::tr("Tier"), ValueKind::Text);
    table.addColumn(u"top_factor"_s, Tr::tr("Strongest factor"), ValueKind::Text);
    ScoreFactors factorsOf(db);
    for (const LeadScore& s : *scores) {
        const LeadRow* row = byContact.value(s.contact);
        QString factor;
        auto factors = factorsOf.of(s);
        if (!factors)
            return context.fail(factors.error());
        if (!factors->isEmpty()) {
            const QJsonObject f = factors->first().toObject();
            factor = FactorWording::describe(f) + u' ' +
                     FactorWording::points(f.value(u"points"_s).toInt());
        }
        table.addRow(
            {s.contact, row ? row->name : QString(), s.score, s.probability, s.tier, factor});
    }
    table.meta.insert(u"leads"_s, qint64(scores->size()));
    return context.print(table);
}

int runScore(CliContext& context)
{
    const QString action = context.parser().positionalArguments().value(1);
    if (action == u"train")
        return runTrain(context);
    if (action == u"update")
        return runUpdate(context);
    if (action == u"features")
        return runFeatures(context);
    if (action == u"model")
        return runModel(context);
    if (action == u"show")
        return runShow(context);
    if (action == u"list")
        return runList(context);
    return context.usage(
        action.isEmpty()
            ? Tr::tr("score needs an action: train, features, update, model, show or list.")
            : Tr::tr("Unknown score action '%1': use train, features, update, model, show or "
                     "list.")
                  .arg(action));
}

} // namespace

int rescoreAfterChange(CliContext& context)
{
    {
        auto reader = context.openWorkspace(Workspace::Access::ReadOnly);
        if (!reader)
            return context.fail(reader.error());
        auto model = LeadScores::latestModel((*reader)->database());
        if (!model)
            return context.fail(model.error());
        if (!*model)
            return ExitOk; // nothing to score with
    }
    auto workspace = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    auto scored =
        LeadScoring::rescore((*workspace)->database(), QDateTime::currentMSecsSinceEpoch());
    if (!scored)
        return context.fail(
            {scored.error().code, Tr::tr("The import is kept, but the lead scores could not be "
                                         "computed again: %1")
                                      .arg(scored.error().message)});
    if (*scored)
        warn(Tr::tr("Lead scores computed again for %1 open leads.").arg(**scored));
    context.rememberWrites();
    return ExitOk;
}

CliCommand scoreCommand()
{
    return {
        u"score"_s,
        Tr::tr("Learn from closed-loop outcomes which open leads will close, and show why."),
        u"score train [--target customer|won|property:NAME] [--holdout FRACTION] [--seed N] "
        u"[--split-date DATE] [--exclude FIELDS] | features [the same options] | update | model "
        u"[--table "
        u"features|lift|calibration|roc] | show LEAD | list [--top N]"_s,
        [](QCommandLineParser& parser) {
            parser.addOption({u"target"_s,
                              Tr::tr("train: what to predict: customer (default), won, or "
                                     "property:NAME for a yes/no property."),
                              u"TARGET"_s});
            parser.addOption({u"holdout"_s,
                              Tr::tr("train: the share of labelled leads held out to judge "
                                     "the model (default 0.25)."),
                              u"FRACTION"_s});
            parser.addOption(
                {u"seed"_s, Tr::tr("train: the seed of the random hold-out (default 0)."), u"N"_s});
            parser.addOption({u"split-date"_s,
                              Tr::tr("train: hold out the leads created on or after this "
                                     "date instead of a random share."),
                              u"DATE"_s});
            parser.addOption({u"exclude"_s,
                              Tr::tr("train: features to leave out, separated by commas; * "
                                     "and ? are wildcards (repeatable)."),
                              u"FIELDS"_s});
            parser.addOption({u"table"_s,
                              Tr::tr("model: which table to show: features (default), lift, "
                                     "calibration or roc."),
                              u"TABLE"_s});
            parser.addOption({u"top"_s, Tr::tr("list: only the N highest scores."), u"N"_s});
        },
        runScore,
        3};
}

} // namespace leadloop::cli
