-- URLs by path: a custom funnel's page step (docs/metrics.md, "Custom funnels") finds the URLs
-- its pattern matches through it (a range of the index for a pattern with a literal start, and
-- a read of the small index, not of every whole URL, otherwise).
CREATE INDEX urls_path ON urls(path);
