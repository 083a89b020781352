-- Page views by URL: custom funnels' page steps find their views through it (docs/metrics.md,
-- "Custom funnels") instead of reading every view. With the table's key (session_id, seq) it
-- holds all such a step reads.
CREATE INDEX pageviews_url ON pageviews(url_id, ts);
