#pragma once
// A small demo workspace for tests that need real-looking data fast (tests only).

#include "demo/demogenerator.h"

#include <QString>

namespace leadloop::test {

/// Writes a demo workspace with `visitors` visitors and `deals` deals, of which `closedEach`
/// are won and as many lost; true when it was written.
inline bool writeSmallDemo(const QString& path, int visitors, int deals, int closedEach)
{
    DemoOptions options;
    options.visitors = visitors;
    options.deals = deals;
    options.won = closedEach;
    options.lost = closedEach;
    return DemoGenerator(options).createWorkspace(path).ok();
}

} // namespace leadloop::test
