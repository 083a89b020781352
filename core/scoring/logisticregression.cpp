#include "logisticregression.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

double sigmoid(double z)
{
    return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
}

/// Solves a·x = b for a symmetric positive definite a (n × n, row-major) by Cholesky; false
/// when a is not positive definite.
bool solve(std::vector<double> a, std::vector<double>& b, size_t n)
{
    for (size_t j = 0; j < n; ++j) {
        double d = a[j * n + j];
        for (size_t k = 0; k < j; ++k)
            d -= a[j * n + k] * a[j * n + k];
        if (d <= 0)
            return false;
        a[j * n + j] = std::sqrt(d);
        for (size_t i = j + 1; i < n; ++i) {
            double s = a[i * n + j];
            for (size_t k = 0; k < j; ++k)
                s -= a[i * n + k] * a[j * n + k];
            a[i * n + j] = s / a[j * n + j];
        }
    }
    for (size_t i = 0; i < n; ++i) { // L·y = b
        for (size_t k = 0; k < i; ++k)
            b[i] -= a[i * n + k] * b[k];
        b[i] /= a[i * n + i];
    }
    for (size_t i = n; i-- > 0;) { // Lᵀ·x = y
        for (size_t k = i + 1; k < n; ++k)
            b[i] -= a[k * n + i] * b[k];
        b[i] /= a[i * n + i];
    }
    return true;
}

} // namespace

double LogisticRegression::standardised(const FeatureMatrix& x, qint64 row, int column) const
{
    const float v = x.at(row, column);
    return std::isnan(v) ? 0.0 : (double(v) - m_means[size_t(column)]) / m_scales[size_t(column)];
}

Result<LogisticRegression> LogisticRegression::train(const FeatureMatrix& x,
                                                     const std::vector<int>& labels,
                                                     const Options& options)
{
    if (x.rows == 0 || qint64(labels.size()) != x.rows)
        return Error{ErrorCode::InvalidArgument, tr("There are no leads to learn from.")};
    LogisticRegression model;
    const size_t p = size_t(x.columns);
    model.m_means.assign(p, 0.0);
    model.m_scales.assign(p, 1.0);
    for (size_t c = 0; c < p; ++c) {
        double sum = 0, squares = 0;
        qint64 present = 0;
        for (qint64 r = 0; r < x.rows; ++r)
            if (const float v = x.at(r, int(c)); !std::isnan(v)) {
                sum += v;
                squares += double(v) * v;
                ++present;
            }
        if (present > 0) {
            const double mean = sum / double(present);
            const double variance = std::max(squares / double(present) - mean * mean, 0.0);
            model.m_means[c] = mean;
            model.m_scales[c] = variance > 1e-12 ? std::sqrt(variance) : 1.0;
        }
    }
    // Newton's method on the penalised log-likelihood; parameter 0 is the intercept.
    const size_t n = p + 1;
    std::vector<double> beta(n, 0.0), row(n);
    for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
        std::vector<double> gradient(n, 0.0), hessian(n * n, 0.0);
        for (qint64 r = 0; r < x.rows; ++r) {
            row[0] = 1.0;
            for (size_t c = 0; c < p; ++c)
                row[c + 1] = model.standardised(x, r, int(c));
            double z = 0;
            for (size_t k = 0; k < n; ++k)
                z += beta[k] * row[k];
            const double mu = sigmoid(z);
            const double w = std::max(mu * (1 - mu), 1e-12);
            const double residual = double(labels[size_t(r)]) - mu;
            for (size_t i = 0; i < n; ++i) {
                gradient[i] += residual * row[i];
                for (size_t j = 0; j <= i; ++j)
                    hessian[i * n + j] += w * row[i] * row[j];
            }
        }
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < i; ++j)
                hessian[j * n + i] = hessian[i * n + j];
        for (size_t i = 1; i < n; ++i) {
            gradient[i] -= options.l2 * beta[i];
            hessian[i * n + i] += options.l2;
        }
        hessian[0] += 1e-9; // an intercept alone is fine; keep the system definite
        if (!solve(hessian, gradient, n))
            return Error{ErrorCode::InvalidArgument,
                         tr("The baseline model could not be fitted to these leads.")};
        double moved = 0;
        for (size_t k = 0; k < n; ++k) {
            beta[k] += gradient[k];
            moved = std::max(moved, std::abs(gradient[k]));
        }
        if (moved < options.tolerance)
            break;
    }
    model.m_intercept = beta[0];
    model.m_weights.assign(beta.begin() + 1, beta.end());
    return model;
}

std::vector<double> LogisticRegression::predict(const FeatureMatrix& x) const
{
    std::vector<double> out(size_t(x.rows));
    for (qint64 r = 0; r < x.rows; ++r) {
        double z = m_intercept;
        for (int c = 0; c < x.columns; ++c)
            z += m_weights[size_t(c)] * standardised(x, r, c);
        out[size_t(r)] = sigmoid(z);
    }
    return out;
}

} // namespace leadloop
