#include "treeensemble.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// A node's mean value: its leaf value, or its children's weighted by cover (XGBoost's
/// FillNodeMeanValue, in float as there).
float fillMean(std::vector<float>& mean, const std::vector<int>& left,
               const std::vector<int>& right, const std::vector<float>& condition,
               const std::vector<float>& cover, int node)
{
    float result;
    const auto n = size_t(node);
    if (left[n] < 0) {
        result = condition[n];
    } else {
        result = fillMean(mean, left, right, condition, cover, left[n]) * cover[size_t(left[n])];
        result += fillMean(mean, left, right, condition, cover, right[n]) * cover[size_t(right[n])];
        result /= cover[n];
    }
    mean[n] = result;
    return result;
}

template <typename T> std::vector<T> numbers(const QJsonObject& tree, const QString& key)
{
    const QJsonArray array = tree.value(key).toArray();
    std::vector<T> out;
    out.reserve(size_t(array.size()));
    for (const QJsonValue& v : array)
        out.push_back(v.isBool() ? T(v.toBool()) : T(v.toDouble()));
    return out;
}

} // namespace

Result<TreeEnsemble> TreeEnsemble::fromJson(const QByteArray& json)
{
    const auto bad = [] {
        return Error{ErrorCode::Corrupt, tr("The saved model's trees could not be read.")};
    };
    const QJsonObject learner =
        QJsonDocument::fromJson(json).object().value(u"learner"_s).toObject();
    const QJsonObject booster = learner.value(u"gradient_booster"_s).toObject();
    const QJsonObject params = learner.value(u"learner_model_param"_s).toObject();
    if (booster.value(u"name"_s).toString() != u"gbtree" ||
        learner.value(u"objective"_s).toObject().value(u"name"_s).toString() != u"binary:logistic")
        return bad();
    TreeEnsemble out;
    const float base = params.value(u"base_score"_s).toString().toFloat();
    if (!(base > 0 && base < 1))
        return bad();
    out.m_baseMargin = -std::log(1.0f / base - 1.0f); // XGBoost's ProbToMargin for logistic
    for (const QJsonValue& value :
         booster.value(u"model"_s).toObject().value(u"trees"_s).toArray()) {
        const QJsonObject t = value.toObject();
        const std::vector<int> left = numbers<int>(t, u"left_children"_s);
        const std::vector<int> right = numbers<int>(t, u"right_children"_s);
        const std::vector<int> feature = numbers<int>(t, u"split_indices"_s);
        const std::vector<float> condition = numbers<float>(t, u"split_conditions"_s);
        const std::vector<float> cover = numbers<float>(t, u"sum_hessian"_s);
        const std::vector<int> defaults = numbers<int>(t, u"default_left"_s);
        const size_t nodes = left.size();
        if (nodes == 0 || right.size() != nodes || feature.size() != nodes ||
            condition.size() != nodes || cover.size() != nodes || defaults.size() != nodes)
            return bad();
        for (size_t n = 0; n < nodes; ++n)
            if (left[n] >= int(nodes) || right[n] >= int(nodes) ||
                (left[n] >= 0 && (right[n] < 0 || feature[n] < 0)))
                return bad();
        std::vector<float> mean(nodes, 0.0f);
        fillMean(mean, left, right, condition, cover, 0);
        Tree tree(nodes);
        for (size_t n = 0; n < nodes; ++n)
            tree[n] = {left[n], right[n], feature[n], condition[n], mean[n], defaults[n] != 0};
        out.m_trees.push_back(std::move(tree));
    }
    if (out.m_trees.empty())
        return bad();
    return out;
}

void TreeEnsemble::walk(const Tree& tree, const float* row, int columns, float* out)
{
    // As RegTree::CalculateContributionsApprox: the bias gets the root's mean, each split on
    // the row's path the change in mean it leads to, the last split the leaf's value less its
    // node's mean. One tree's parts are added up before they join the row's (as there).
    const Node* nodes = tree.data();
    const float bias = nodes[0].mean;
    if (nodes[0].left < 0) {
        out[columns] += bias;
        return;
    }
    constexpr int MaxDepth = 64;
    int features[MaxDepth];
    float parts[MaxDepth];
    int count = 0;
    const auto credit = [&](int feature, float part) {
        for (int i = 0; i < count; ++i)
            if (features[i] == feature) {
                parts[i] += part;
                return;
            }
        if (count < MaxDepth) {
            features[count] = feature;
            parts[count++] = part;
        }
    };
    const Node* node = nodes;
    int split = 0;
    float value = node->mean;
    while (node->left >= 0) {
        split = node->feature;
        const float f = split < columns ? row[split] : NAN;
        const int next = std::isnan(f)         ? (node->defaultLeft ? node->left : node->right)
                         : f < node->condition ? node->left
                                               : node->right;
        node = nodes + next;
        credit(split, node->mean - value);
        value = node->mean;
    }
    credit(split, node->condition - value);
    out[columns] += bias;
    for (int i = 0; i < count; ++i)
        if (features[i] < columns)
            out[features[i]] += parts[i];
}

void TreeEnsemble::contributions(const float* row, int columns, float* out) const
{
    std::fill(out, out + columns + 1, 0.0f);
    for (const Tree& tree : m_trees)
        walk(tree, row, columns, out);
    out[columns] += m_baseMargin;
}

std::vector<float> TreeEnsemble::contributions(const FeatureMatrix& x) const
{
    const size_t width = size_t(x.columns) + 1;
    std::vector<float> out(size_t(x.rows) * width, 0.0f);
    for (qint64 r = 0; r < x.rows; ++r)
        contributions(x.values.data() + size_t(r) * size_t(x.columns), x.columns,
                      out.data() + size_t(r) * width);
    return out;
}

} // namespace leadloop
