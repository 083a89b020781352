// The DuckDB side of tests/bench/bench_analytics.py: loads the benchmark's tracking and CRM CSVs
// into in-memory tables once, then times the queries comparable to LeadLoop's reports, in
// process, each time it reads "round" on standard input (one JSON line of milliseconds back).
// Run by the benchmark with the @duckdb/node-api package it installs into a scratch folder.
//
//   node duckdb_baseline.mjs TRACKING.csv CRM.csv
import { DuckDBInstance } from '@duckdb/node-api';
import { createInterface } from 'node:readline';

const [tracking, crm] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const db = await instance.connect();

const t0 = performance.now();
// Page views, and the touches: a view that arrives from an ad (utm_source) or from another site
// (its referrer's host), else a direct visit when it has no referrer; views inside a visit (the
// shop's own pages as referrer) are not touches. As LeadLoop, sessions are what it attributes.
await db.run(`CREATE TABLE views AS SELECT visitor_id, CAST("timestamp" AS TIMESTAMP) AS ts, url,
                coalesce(referrer, '') AS referrer
              FROM read_csv('${tracking}', header = true, all_varchar = true)`);
await db.run(`CREATE TABLE touches AS SELECT visitor_id, ts,
                coalesce(nullif(regexp_extract(url, '[?&]utm_source=([^&#]*)', 1), ''),
                         nullif(regexp_extract(referrer, '^https?://(?:www\\.|l\\.)?([^/]+)', 1), ''),
                         '(direct)') AS source
              FROM views
              WHERE url LIKE '%utm_source=%' OR referrer = ''
                 OR referrer NOT LIKE 'https://shop.example.com/%'`);
await db.run(`CREATE TABLE leads AS SELECT lead_id, nullif(visitor_id, '') AS visitor_id,
                CAST(created_at AS TIMESTAMP) AS created_at, status, CAST(amount AS DOUBLE) AS amount
              FROM read_csv('${crm}', header = true, all_varchar = true)`);
const loadMs = performance.now() - t0;

const queries = {
  // Distinct visitors per source (channels' visitors).
  visitors_by_source: `SELECT source, count(DISTINCT visitor_id) FROM touches GROUP BY source`,
  // Visitors -> leads -> won by the source of the first touch (the funnel).
  funnel_by_source: `WITH first AS (SELECT visitor_id, arg_min(source, ts) AS source
                                    FROM touches GROUP BY visitor_id)
                     SELECT f.source, count(DISTINCT f.visitor_id) AS visitors,
                            count(l.lead_id) AS leads,
                            count(l.lead_id) FILTER (WHERE l.status = 'won') AS won
                     FROM first f LEFT JOIN leads l USING (visitor_id) GROUP BY f.source`,
  // Won revenue credited by first and by last touch before the lead, by source (attribution).
  first_last_revenue: `WITH path AS (SELECT l.lead_id, any_value(l.amount) AS amount,
                                            arg_min(t.source, t.ts) AS first_source,
                                            arg_max(t.source, t.ts) AS last_source
                                     FROM leads l JOIN touches t USING (visitor_id)
                                     WHERE l.status = 'won' AND t.ts <= l.created_at
                                     GROUP BY l.lead_id)
                       SELECT 'first' AS model, first_source AS source, sum(amount) FROM path GROUP BY 2
                       UNION ALL
                       SELECT 'last', last_source, sum(amount) FROM path GROUP BY 2`,
};

process.stdout.write(JSON.stringify({ load_ms: loadMs, touches:
  Number((await db.runAndReadAll('SELECT count(*) FROM touches')).getRows()[0][0]) }) + '\n');

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() !== 'round')
    break;
  const times = {};
  for (const [name, sql] of Object.entries(queries)) {
    const start = performance.now();
    const rows = (await db.runAndReadAll(sql)).getRows();
    times[name] = performance.now() - start;
    if (rows.length === 0)
      throw new Error(`${name} returned no rows`);
  }
  process.stdout.write(JSON.stringify(times) + '\n');
}
