<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AttributionCommand</name>
    <message>
        <source>--model takes all or one of %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit conversions and their value to channels (or another dimension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model id, several comma-separated, or all (default linear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counts as a conversion (default lead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit aggregated journeys from FILE (columns path, total_conversions, total_conversion_value, total_null) instead of the workspace&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel separator of --paths (default &gt;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributionReport</name>
    <message>
        <source>Choose a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markov removal effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapley value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: nothing to show for this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRemoval</name>
    <message>
        <source>%1 page views of other imports continue its sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its page views continue sessions of other imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions of other imports belong to its visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events of other imports belong to its visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visitors of other imports are linked to its contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deals of other imports belong to its contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 won or lost tags were recorded on its deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stage changes of other imports concern its deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cost days of other imports or edits belong to its campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaign memberships of other imports concern its contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was removed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 cannot be removed, because %2. Remove those first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ByteSources</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the compressed file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <source>A cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsCommand</name>
    <message>
        <source>Campaigns with their channel, dates, total cost and sessions; those with cost but no sessions are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelCommands</name>
    <message>
        <source>Channel grouping %1 (%2): %3 sessions, %4 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the channel grouping and classify every stored session again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ga4, hubspot, or a rule file (kept in the workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which channel and rule a source, medium and campaign get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The click id parameter, e.g. gclid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrer host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ga4, hubspot or a rule file (default: the workspace&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelOverrides</name>
    <message>
        <source>Cannot read the %1 grouping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rule %1 needs a channel and a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rule %1 compares %2 by %3, which LeadLoop does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with your rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelRuleSet</name>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition on &apos;%1&apos; has no operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the site list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the channel rules %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel rules %1 are not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel rule &apos;%1&apos; in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel rules %1 have no id or no rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel rule set called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsReport</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer acquisition cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead to customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsReportCommand</name>
    <message>
        <source>--model: &apos;%1&apos; is not a model id (see attribution --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic, credited leads, customers and revenue, cost and ROI per channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribution model that credits results (default linear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions, conversions and costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>The workspace file (default: the one the desktop app opened last, or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 bad input, 3 workspace error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadLoop %1: closed-loop marketing analytics on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of messages and of the PDF report, and the locale of its numbers and dates: en, %1 (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes en or one of %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, json, csv, or xlsx (with --output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the output to this file instead of the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, json, csv or xlsx, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format xlsx needs --output FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run &apos;leadloop-cli --help&apos; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversionPaths</name>
    <message>
        <source>%1 takes one of %2, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostImporter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not a field here (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: %1 has no column &apos;%2&apos; (its columns: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2 (--map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2 (guessed from the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column for %2; name it with --map, e.g. --map %3=COLUMN. The columns are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end a period of at most a year that starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cost (write 1234.56 or 1 234,56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 rate for %2 on or before %3: import rates first (leadloop-cli import rates FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session carries campaign %1 (%2 / %3); the cost is kept and counts once sessions arrive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmImporter</name>
    <message>
        <source>The workspace is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timezone: &apos;%1&apos; is not a time zone LeadLoop knows (use a name such as Europe/Warsaw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (write 1234.56 or 1 234,56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date LeadLoop can read; give --time-format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row names no contact id, e-mail or deal id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmMappings</name>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN with a known field (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preset: &apos;%1&apos; is not one of auto, generic, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: the file has no column &apos;%1&apos; (its columns: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell which contact or deal each row is about: map contact_id, email or deal_id (--map deal_id=COLUMN). The columns are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmMerger</name>
    <message>
        <source>The e-mail %1 already belongs to another lead (contact %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity %1 is not in the workspace; import the opportunities first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage change needs a stage and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cookie is already linked to contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRM record carries the cookie id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign member needs a contact id or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign member row names no campaign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 starts a record longer than %2 MB; a quote is probably not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrencyConverter</name>
    <message>
        <source>No %1 rate for %2 on or before %3: import rates first (leadloop-cli import rates FILE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver did not expose its connection handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsCommand</name>
    <message>
        <source>Deals, win rate, won value and days to close per owner, product, account, channel, stage or lost reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grouping (default owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal creation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsReport</name>
    <message>
        <source>--by takes one of %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>--seed takes a whole number from 0 to 18446744073709551615, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo workspace with a 90-day marketing and sales story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo options are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo story can only be written into an empty workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo workspace was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sessions to list: it is not a value a filter can name, or the other filters exclude it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funnel stage needs a group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownCommand</name>
    <message>
        <source>Usage: leadloop-cli drilldown leads|sessions [--by DIM --group VALUE] [options].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage takes leads, opportunities, customers or revenue, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model takes a model id, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number of rows, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads or sessions behind a report&apos;s figure: the report&apos;s options with --by DIM --group VALUE naming the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of the report: a value of --by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads: whose conversion counts (default lead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads: the model whose credit the figure shows (default linear; with --stage, the funnel&apos;s grouping touch, default first_touch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads: the funnel&apos;s people at this stage (leads, opportunities, customers, revenue) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions: at most this many, newest first (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversions or sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillFigure</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutiveReport</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution lookback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for channels and campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked sessions from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows rejected on import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads without tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: against the period of the same length just before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period (--from and --to) to compare with the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by the channel of their first visit; each stage counted on its own date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels: cost and return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads, customers and revenue credited by the %1 model; ROI = (revenue − cost) / cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads credited by every model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column shares the same leads among channels by one model (docs/metrics.md explains each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best and worst campaigns by ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns with cost in the period, by ROI (%1 model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads created, first deals won and revenue won per ISO week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals created in the period; win rate = won / (won + lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why deals were lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost deals created in the period, by the reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the figures were made, and the data they rest on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelCommand</name>
    <message>
        <source>--model takes first_touch, last_touch or last_non_direct, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors, leads, opportunities, customers and revenue per group, with step rates and days between stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touch that groups a person (default first_touch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>The funnel groups people by one touch: --model takes first_touch, last_touch or last_non_direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor to lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead to opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ga4EventSource</name>
    <message>
        <source>visitor ← user_pseudo_id, time ← event_timestamp (microseconds), session ← ga_session_id (GA4 preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url, referrer, title ← event_params page_location, page_referrer, page_title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source, medium, campaign, term ← collected_traffic_source or event_params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no event_timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlineReport</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlinesCommand</name>
    <message>
        <source>The dashboard&apos;s figures for a period, with the change against the period before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityCommands</name>
    <message>
        <source>Usage: leadloop-cli %1 VISITOR CONTACT [--by NAME] [--reason TEXT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides (default: your login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why; kept in the identity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the links between visitors and leads, or the cookies to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List cookies seen with two e-mails instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a visitor (cookie id) to a lead; its only link from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a link between a visitor and a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a visitor apart from a lead it was seen with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDecisionCommand</name>
    <message>
        <source>Link visitor %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep visitor %1 apart from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityReview</name>
    <message>
        <source>No visitor has the cookie id or number &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a deal without a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also seen as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked to contact %1 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor %1 is not linked to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityStitcher</name>
    <message>
        <source>a form carried %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cookie is linked to contact %1 and a form carried %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--delimiter takes , ; | or tab, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session-timeout takes minutes from 1 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as batch %2 (%3 preset, %4, delimiter %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, duplicates %4; new visitors %5, new sessions %6, continued sessions %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file into the workspace as one batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter: , ; | or tab (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding, e.g. windows-1250 (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time format (default: ISO 8601 or epoch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of times without one (default UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of inactivity that end a session (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s own hosts, comma-separated (default: learned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event names that count as conversions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rejected rows and their reasons to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet of an .xlsx file (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preset: &apos;%1&apos; is not one of auto, generic, ga4, ua, snowplow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preset: &apos;%1&apos; is not one of auto, generic, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as batch %2 (%3 preset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, unchanged %4; contacts %5 new, %6 updated; deals %7 new, %8 updated; %9 stage changes, %10 outcome events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates: %1 rows read, %2 imported, %3 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs: %1 rows read, %2 imported, %3 rejected; %4 campaign-days (%5 replaced), %6 new campaigns, %7 rows with no matching sessions; total %8 %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: leadloop-cli import tracking|crm|costs|rates FILE [options].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be imported by this version; it imports: tracking, crm, costs, rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking: auto (default), generic, ga4, ua or snowplow; crm: auto, generic, hubspot-contacts, hubspot-deals, salesforce-leads, salesforce-contacts, salesforce-opportunities, salesforce-opportunity-history or salesforce-campaign-members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm: the stages that mean won, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm: the stages that mean lost, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIssues</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlans</name>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web tracking (visits, page views, events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM (contacts, leads, deals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page views and %2 events in %3 sessions of %4 new visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads from forms, %2 visitors linked to leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts created, %2 updated; %3 deals created, %4 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaign-days, %2 new campaigns; %3 rows name a campaign no session carries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportsCommand</name>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove takes a batch number, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the import batches of the workspace, or remove one with everything it brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this batch and everything it brought (refused while other data depends on it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1, schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the workspace&apos;s schema version and the rows in every table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyCommand</name>
    <message>
        <source>Usage: leadloop-cli journey LEAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each model credits this %1&apos;s touches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that happened to one lead, in time order, and how each model credits their touches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyReport</name>
    <message>
        <source>%1 names a deal without a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visitor %2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>became a lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal %1 created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal %1 entered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal %1: %2 → %3 by %4 (%5)%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonLinesSource</name>
    <message>
        <source>The line is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message>
        <source>lead since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal yet: marking the lead won or lost opens one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tagged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracked visits are linked to this lead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadList</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadResolver</name>
    <message>
        <source>Name a lead: an e-mail, a contact id or a deal id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead has the e-mail %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names both a contact and a deal; write contact:%1 or deal:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead or deal is called &apos;%1&apos; (give an e-mail, a contact id or deal:ID).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsCommand</name>
    <message>
        <source>--outcome takes open, won, lost or none, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads table of the desktop app: every contact once per deal, with owner, first channel, stage, outcome, amount and days open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads with this text in the name, company or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads of this owner (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads with this outcome; none: without a deal (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads whose first channel is this (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads this user owns (my leads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of lead creation (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of lead creation (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostReasons</name>
    <message>
        <source>A lost reason cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a lost reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lost reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <source>Missing schema resource %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workspace to version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeCommands</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took effect (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: leadloop-cli tag LEAD won|lost|open [options].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount: &apos;%1&apos; is not an amount (write 1234.56 or 1 234,56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not a date and time (write 2024-03-05T14:30:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: leadloop-cli untag LEAD [--by NAME] [--note TEXT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: leadloop-cli history LEAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: leadloop-cli export outcomes FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who records it (default: your login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note kept with the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag a lead won, lost or open; every tag is kept in the lead&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount won (default: the deal&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its currency, e.g. EUR (default: the deal&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was lost (see lost-reasons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the latest outcome change of a lead (kept in its history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every outcome change of a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every tagged deal&apos;s outcome to a CSV file a CRM can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add or remove the reasons offered for lost deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeReports</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took effect (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadLoop deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM deal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeTagger</name>
    <message>
        <source>Deal %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead has %1 open deals; name one: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome is won, lost or open, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR or PLN, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost needs a reason: one of %1, or your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no deal, so there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 has no outcome to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoes event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (undoes event %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won needs an amount, and deal %1 has none: give the amount won.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathData</name>
    <message>
        <source>%1 is empty: a header row was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the columns path and total_conversions (and optionally total_conversion_value and total_null); it has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column %3: &apos;%4&apos; is not a count or amount of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column path: the path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathsCommand</name>
    <message>
        <source>--top takes 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most frequent paths of touches to conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many paths (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counts as a conversion (default lead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathsReport</name>
    <message>
        <source>--top takes 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of conversions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 % against the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From visitor to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads and customers per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 · generated %2 by LeadLoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>report needs --pdf OUT.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model takes a model id, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the executive PDF report: headline figures, funnel, channels with ROI, attribution by every model, campaigns, trends, deals and methodology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model crediting channels and campaigns (default linear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what each section counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source>A contact filter names one of %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>First day of %1 counted (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of %1 counted (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touches at most this many days before a conversion; 0 means unlimited (default: the workspace&apos;s, 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time_decay half-life in days (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (write 2024-03-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lookback-days takes 0 (unlimited) or more days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--half-life-days takes a positive number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions of this channel (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions of this campaign (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions of this source / medium, as &apos;google / cpc&apos; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deals and people of this owner (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deals of this product and their people (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people whose field has this value: FIELD=VALUE with FIELD one of %1 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel (default for --by), source-medium, source, medium, campaign, landing-page, owner, product or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contact takes FIELD=VALUE, as lifecycle_stage=customer, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--conversion takes lead, opportunity, customer, revenue, event or event:NAME, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions of this source (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions of this medium (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions that landed on this page, as &apos;/pricing&apos; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes one of %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsCommand</name>
    <message>
        <source>Count sessions, visitors and page views per group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grouping (default channel).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetCampaignCostCommand</name>
    <message>
        <source>Set the cost of %1 on %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>--set takes KEY=VALUE, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the workspace&apos;s settings, or change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting_currency, session_timeout_minutes or attribution_lookback_days; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding: &apos;%1&apos; is not an encoding LeadLoop knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableTrackingSource</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time LeadLoop can read; give its format with --time-format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a number; the row was imported without a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagLeadsCommand</name>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n leads as %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding: &apos;%1&apos; is not an encoding LeadLoop knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timezone: &apos;%1&apos; is not a time zone LeadLoop knows (use a name such as Europe/Warsaw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a %2 export (JSON Lines with %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingMappings</name>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN with a known field (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snowplow preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed from the column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map names the column &apos;%1&apos;, which the file does not have. Its columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column could be used as the %1 field. Name it with --map %1=COLUMN; the file&apos;s columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendCommand</name>
    <message>
        <source>--period takes day, week, month or quarter, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metric per day, ISO week, month or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to count (default sessions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period (default week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendReport</name>
    <message>
        <source>--metric takes one of %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost belongs to campaigns: it splits by channel, campaign, source-medium, source or medium, and people filters do not divide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UaSessionSource</name>
    <message>
        <source>visitor ← fullVisitorId, session ← visitId, time ← visitStartTime + hits.time (Universal Analytics preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url, title ← hits.page hostname + pagePath, pageTitle; event ← hits.type, eventInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source, medium, campaign, term, content ← trafficSource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has no visitStartTime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has no hits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace %1 is already open for writing by %2 (process %3 on host %4). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a LeadLoop workspace; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer LeadLoop (workspace version %2; this version reads up to %3). Update LeadLoop to open it; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade from version %2 to %3; open it for writing once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1 before upgrading; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceChannels</name>
    <message>
        <source>the workspace&apos;s custom channel rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a shipped channel grouping (%2) nor a rule file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePreferencesCommand</name>
    <message>
        <source>Change workspace settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSettings</name>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting_currency is a three-letter code such as EUR or PLN, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session_timeout_minutes takes minutes from 1 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution_lookback_days takes 0 (unlimited) or more days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a setting that can be set here (reporting_currency, session_timeout_minutes, attribution_lookback_days; the channel grouping changes with reclassify).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 has no part %2; it is not a valid .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 would unpack to %3 MB from %4 KB; LeadLoop refuses it as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the part %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an .xlsx file (it cannot be opened as a zip archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet called &apos;%2&apos;; its sheets are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares XML entities, which LeadLoop refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the shared strings are damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet is damaged near row %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::AnalysisFilterBar</name>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribution model that credits conversions (docs: Metrics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::AttributionView</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all the credit to the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all the credit to the last visit before the conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all to the last visit that was not Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal shares to every visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more to recent visits, halving every 7 days back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 % first, 40 % last, 20 % shared by the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 % each to the first visit, the lead and the opportunity, 10 % to the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>22.5 % each to first visit, lead, opportunity and close, 10 % to the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by how many conversions would be lost without the channel (removal effect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by each channel&apos;s fair share of what channels achieve together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credited by four models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 won deals worth %2 %3 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversions in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of all conversions the Markov chain loses without the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapley value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversion rate the channel adds, averaged over every order in which channels join</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignDaysModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignsModel</name>
    <message>
        <source>Cost but no sessions: no visit carries this campaign, source and medium. Check the UTM tags of its links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import costs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaigns, %2 spent in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with cost but no sessions (shown in red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign to see and edit its daily costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Daily costs of %1&lt;/b&gt; — double-click a cost to change it; Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::ChannelsView</name>
    <message>
        <source>&amp;Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue-and-cost.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads and customers (%1 model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads, %2 customers, %3 %4 revenue, %5 %4 cost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::DashboardView</name>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and cost by channel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads and customers per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign had cost in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Best campaigns by ROI&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;&lt;b&gt;Worst campaigns by ROI&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;&lt;i&gt;ROI = (revenue − cost) / cost, revenue credited by the linear model.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 won deals worth %2 %3 have no contact: they count in Deals and the win rate, but not in revenue, the funnel, channels or attribution, which follow people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::DealsView</name>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate: won / (won + lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deals: %2 won, %3 lost; win rate %4 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::FunnelView</name>
    <message>
        <source>by first touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by last touch before the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by last non-direct touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funnel.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From visitor to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue from these customers: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::IdentityReviewDialog</name>
    <message>
        <source>Review identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These browsers (cookies) were used with two e-mail addresses: a shared laptop, or a colleague filling in the form. LeadLoop did not merge the two people. Decide for each; Edit &gt; Undo takes a decision back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also seen as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to the other e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser belongs to the person of the other e-mail from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser stays with the person it is linked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review: every browser belongs to one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::ImportBatchesModel</name>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::ImportIssuesModel</name>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column feeds each field. LeadLoop&apos;s guess is filled in; fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to map: LeadLoop reads this export by its own layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadLoop&apos;s guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this mapping:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as LeadLoop reads them. If the letters or the columns look wrong, change the encoding or the delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone of times written without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON export: LeadLoop reads it by its own layout (GA4, Universal Analytics or Snowplow), so there are no columns to preview or map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet: %1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, columns separated by &quot;%2&quot;: %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as read (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::ImportRunPage</name>
    <message>
        <source>&amp;Start import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save issues as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-issues.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into this workspace as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is stored whole or not at all; Cancel leaves the workspace as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2 rows read, %3 imported, %4 rejected, %5 duplicates skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::ImportSourcePage</name>
    <message>
        <source>What to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV, TSV, TXT or XLSX file (GZ-compressed too), or a JSON or NDJSON export. Nothing is written until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx *.json *.ndjson *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise it from its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadLoop recognises %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the file holds: its columns do not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadLoop does not recognise this file&apos;s columns; choose what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every batch of data brought into this workspace. A batch is stored whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected import and everything it brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the import to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove import %1 and everything it brought (%2)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::JourneysView</name>
    <message>
        <source>A contact&apos;s name, e-mail or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a contact to see every visit, form, deal and tag on a time line. Scroll to zoom, double-click to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the models credit this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events; scroll on the time line to zoom, double-click to see everything, point at a mark for its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::LeadsModel</name>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::LeadsPage</name>
    <message>
        <source>&amp;My leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, company or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lead to see its deals, who tagged it and its journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review identities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers seen with two e-mail addresses, waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people behind %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LeadLoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File &gt; Open, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — LeadLoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadLoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visitors · %2 sessions · %3 leads · %4 deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LeadLoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadLoop %1&lt;/h3&gt;&lt;p&gt;Closed-loop marketing analytics: from the first visit to the signed deal.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the settings (a new channel grouping classifies every session again)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the people behind %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::NavigationModel</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline figures for the period: visitors, leads, customers, revenue, cost and return, against the previous period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors, leads, opportunities and customers, with the conversion rate of every step and the time between steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, leads, customers, revenue and cost per channel, source, campaign or landing page, with cost per lead, acquisition cost and ROI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each attribution model shares the credit for leads, deals and revenue between channels, side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One contact&apos;s history as a timeline: every visit, page, form, deal stage and outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and their deals; tag leads won or lost with a key press.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns with their channel, dates and daily costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every import batch with its counts and the rows it rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate, won value and days to close by owner, product, account, channel, stage or lost reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::OverviewPage</name>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the workspace holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags you make are recorded with this name, and &quot;My leads&quot; shows the leads it owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time LeadLoop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution &amp;lookback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason deals are lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GA4 default channel group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot-style sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom rules (this workspace&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom rules from a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &amp;grouping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the grouping classifies every stored session again; Edit &gt; Undo puts the previous grouping back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Try the grouping&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel rules (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (rule %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your rules&lt;/b&gt;, checked before the grouping&apos;s, first match wins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your channel rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::ReportExportDialog</name>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::ResultTableModel</name>
    <message>
        <source>Double-click to list what is behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::ResultTableView</name>
    <message>
        <source>&amp;Copy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::SessionListDialog</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions behind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 of %2 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::TableCountsModel</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::TagDialog</name>
    <message>
        <source>Mark as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected lead will be marked as won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected lead will be marked as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected leads: %1. Each will be marked as won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected leads: %1. Each will be marked as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each deal&apos;s own amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 12 500,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount won:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal amount for %1, so enter the amount won; it applies to every selected lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose or type a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::UnavailablePage</name>
    <message>
        <source>This view is not available in this version of LeadLoop yet. Your data is kept, and the view will show it when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::WelcomePage</name>
    <message>
        <source>Welcome to LeadLoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadLoop follows every lead from the first anonymous visit to the signed deal, so you can see which channels and campaigns bring customers and revenue, not just clicks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A realistic 90-day story of a software company: 20,000 visitors, 15 campaigns and 400 deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadloop::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadLoop: closed-loop marketing analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace (writing it first if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadLoop stopped after an internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the import wizard on FILE once the workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
