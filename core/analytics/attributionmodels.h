#pragma once

#include <map>
#include <optional>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace leadloop::attribution {

/// The attribution models, by their public ids (docs/metrics.md, "Attribution").
enum class Model
{
    FirstTouch,
    LastTouch,
    LastNonDirect,
    Linear,
    TimeDecay,
    PositionBased,
    WShaped,
    FullPath,
    Markov,
    Shapley,
};

QString modelId(Model model);
std::optional<Model> modelFromId(const QString& id);
QList<Model> allModels();

/// One touch of a path: a session's channel and start, and the milestones it carries.
struct Touch
{
    QString channel;
    qint64 at = 0;            ///< UTC ms
    bool direct = false;      ///< the Direct channel (last_non_direct skips it)
    bool lead = false;        ///< the touch on which the person became a lead (w_shaped, full_path)
    bool opportunity = false; ///< the touch on which the opportunity was created
    bool close = false;       ///< the touch on which the deal was won (full_path)
};

/// A journey: its touches in time order and what it led to. Aggregated journeys (path data)
/// carry counts: `conversions` converting and `nulls` non-converting journeys with these touches.
struct Path
{
    std::vector<Touch> touches;
    qint64 convertedAt = 0;
    double conversions = 1;
    double value = 0;
    double nulls = 0;
    qint64 person = 0; ///< a workspace's contact id, or -visitor id; 0 in path data
};

struct Options
{
    double halfLifeDays = 7;
};

/// How much of one conversion each touch of a converting path earns under a single-path model
/// (all but markov and shapley): weights that sum to 1, or nothing for a path without touches.
std::vector<double> touchWeights(Model model, const Path& path, const Options& options = {});

/// Credit per channel.
struct Credit
{
    double conversions = 0;
    double value = 0;
};

/// The group of conversions without touches: "(none)".
QString noneGroup();

/// Adds one converting path's credit under its touch weights (touchWeights), `times` over: what
/// credit() does for each path under a single-path model, and the bootstrap for a path drawn that
/// many times.
void addCredit(std::map<QString, Credit>& credits, const Path& path,
               const std::vector<double>& weights, double times = 1);

class PathSetModels;

/// Credits every channel under the model over a set of paths. Conversions and value of paths
/// without touches go to "(none)". For every model the credits add up to the paths' total
/// conversions and value. Markov and Shapley take their weights from `shared` when given (the
/// same paths' PathSetModels, so several models and columns count the paths once).
std::map<QString, Credit> credit(Model model, const std::vector<Path>& paths,
                                 const Options& options = {}, PathSetModels* shared = nullptr);

/// Markov removal effects over first-order transitions (runs of one channel collapsed), solved
/// exactly: RE(c) = 1 - P(conversion | c removed) / P(conversion) (PathSetCounts).
std::map<QString, double> markovRemovalEffects(const std::vector<Path>& paths,
                                               double* conversionProbability = nullptr);

/// The conversion ratio of every exact set of channels on the paths (conversions over journeys
/// touching exactly those channels): the input of shapleyValues().
std::map<QStringList, double> coalitionRatios(const std::vector<Path>& paths);

/// Exact Shapley values of the channels, for a characteristic function v(S) that sums the
/// conversion ratio of every coalition T within S (ratios keyed by sorted channel sets).
std::map<QString, double> shapleyValues(const std::map<QStringList, double>& coalitionRatios);

} // namespace leadloop::attribution
