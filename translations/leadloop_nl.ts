<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AdConsent</name>
    <message>
        <source>granted</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>Er is geen contact %1.</translation>
    </message>
</context>
<context>
    <name>AdPlatform</name>
    <message>
        <source>Google Ads (conversions from clicks)</source>
        <translation>Google Ads (conversies uit klikken)</translation>
    </message>
    <message>
        <source>Google Ads (enhanced conversions for leads)</source>
        <translation>Google Ads (verbeterde conversies voor leads)</translation>
    </message>
    <message>
        <source>Microsoft Advertising</source>
        <translation>Microsoft Advertising</translation>
    </message>
    <message>
        <source>Meta (Conversions API)</source>
        <translation>Meta (Conversions API)</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkoopkansen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
</context>
<context>
    <name>AttributionCommand</name>
    <message>
        <source>--model takes all or one of %1, not &apos;%2&apos;.</source>
        <translation>--model neemt all of een van %1, niet &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Credit conversions and their value to channels (or another dimension).</source>
        <translation>Ken conversies en hun waarde toe aan kanalen (of een andere dimensie).</translation>
    </message>
    <message>
        <source>A model id, several comma-separated, or all (default linear).</source>
        <translation>Een model-id, meerdere gescheiden door komma&apos;s, of all (standaard linear).</translation>
    </message>
    <message>
        <source>What counts as a conversion (default lead).</source>
        <translation>Wat als conversie telt (standaard lead).</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>conversies</translation>
    </message>
    <message>
        <source>Credit aggregated journeys from FILE (columns path, total_conversions, total_conversion_value, total_null) instead of the workspace&apos;s.</source>
        <translation>Ken geaggregeerde klantreizen uit FILE toe (kolommen path, total_conversions, total_conversion_value, total_null) in plaats van die van de werkruimte.</translation>
    </message>
    <message>
        <source>The channel separator of --paths (default &gt;).</source>
        <translation>Het kanaalscheidingsteken van --paths (standaard &gt;).</translation>
    </message>
    <message>
        <source>Add each credit&apos;s 95 % interval: the bootstrap&apos;s with 200 resamples unless --bootstrap says otherwise (columns KEY_low and KEY_high).</source>
        <translation>Voeg het 95%-interval van elke toeschrijving toe: dat van de bootstrap met 200 steekproeven, tenzij --bootstrap anders zegt (kolommen KEY_low en KEY_high).</translation>
    </message>
</context>
<context>
    <name>AttributionReport</name>
    <message>
        <source>Choose a model.</source>
        <translation>Kies een model.</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversies</translation>
    </message>
    <message>
        <source>%1 conversions</source>
        <translation>%1 conversies</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 waarde</translation>
    </message>
    <message>
        <source>Markov removal effect</source>
        <translation>Verwijderingseffect (Markov)</translation>
    </message>
    <message>
        <source>Shapley value</source>
        <translation>Shapley-waarde</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: nothing to show for this period</source>
        <translation>%1: niets te tonen in deze periode</translation>
    </message>
</context>
<context>
    <name>BatchRemoval</name>
    <message>
        <source>There is no import %1.</source>
        <translation>Er is geen import %1.</translation>
    </message>
    <message>
        <source>Import %1 was removed already.</source>
        <translation>Import %1 is al verwijderd.</translation>
    </message>
    <message>
        <source>Import %1 cannot be removed, because %2. Remove those first.</source>
        <translation>Import %1 kan niet worden verwijderd, omdat %2. Verwijder die eerst.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page views of other imports continue its sessions</source>
        <translation>
            <numerusform>%Ln paginaweergave uit andere imports zet de sessies voort</numerusform>
            <numerusform>%Ln paginaweergaven uit andere imports zetten de sessies voort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of its page views continue sessions of other imports</source>
        <translation>
            <numerusform>%Ln van de paginaweergaven zet sessies van andere imports voort</numerusform>
            <numerusform>%Ln van de paginaweergaven zetten sessies van andere imports voort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions of other imports belong to its visitors</source>
        <translation>
            <numerusform>%Ln sessie uit andere imports hoort bij de bezoekers</numerusform>
            <numerusform>%Ln sessies uit andere imports horen bij de bezoekers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events of other imports belong to its visitors</source>
        <translation>
            <numerusform>%Ln gebeurtenis uit andere imports hoort bij de bezoekers</numerusform>
            <numerusform>%Ln gebeurtenissen uit andere imports horen bij de bezoekers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visitors of other imports are linked to its contacts</source>
        <translation>
            <numerusform>%Ln bezoeker uit andere imports is gekoppeld aan de contacten</numerusform>
            <numerusform>%Ln bezoekers uit andere imports zijn gekoppeld aan de contacten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals of other imports belong to its contacts</source>
        <translation>
            <numerusform>%Ln deal uit andere imports hoort bij de contacten</numerusform>
            <numerusform>%Ln deals uit andere imports horen bij de contacten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln won or lost tags were recorded on its deals</source>
        <translation>
            <numerusform>Op de deals is %Ln gewonnen- of verloren-label vastgelegd</numerusform>
            <numerusform>Op de deals zijn %Ln gewonnen- of verloren-labels vastgelegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stage changes of other imports concern its deals</source>
        <translation>
            <numerusform>%Ln fasewijziging uit andere imports betreft de deals</numerusform>
            <numerusform>%Ln fasewijzigingen uit andere imports betreffen de deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cost days of other imports or edits belong to its campaigns</source>
        <translation>
            <numerusform>%Ln kostendag uit andere imports of bewerkingen hoort bij de campagnes</numerusform>
            <numerusform>%Ln kostendagen uit andere imports of bewerkingen horen bij de campagnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign memberships of other imports concern its contacts</source>
        <translation>
            <numerusform>%Ln campagnelidmaatschap uit andere imports betreft de contacten</numerusform>
            <numerusform>%Ln campagnelidmaatschappen uit andere imports betreffen de contacten</numerusform>
        </translation>
    </message>
    <message>
        <source>removing import %1</source>
        <translation>het verwijderen van import %1</translation>
    </message>
</context>
<context>
    <name>BootstrapCredits</name>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (laag)</translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation>%1 (hoog)</translation>
    </message>
</context>
<context>
    <name>ByteSources</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot read the compressed file %1.</source>
        <translation>Kan het gecomprimeerde bestand %1 niet lezen.</translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Kosten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost days</source>
        <translation>Kostendagen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Geen sessies</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Campagne %1 bestaat niet.</translation>
    </message>
    <message>
        <source>There is no campaign %1 here.</source>
        <translation>Campagne %1 bestaat hier niet.</translation>
    </message>
</context>
<context>
    <name>CampaignsCommand</name>
    <message>
        <source>Campaigns with their channel, dates, total cost and sessions; those with cost but no sessions are flagged.</source>
        <translation>Campagnes met hun kanaal, data, totale kosten en sessies; die met kosten maar zonder sessies worden gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>A team member made an identity decision this LeadLoop does not know (%1); update LeadLoop to apply it.</source>
        <translation>Een teamlid nam een identiteitsbeslissing die deze LeadLoop niet kent (%1); werk LeadLoop bij om haar toe te passen.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Kan geen tijdelijke map maken: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Piece %1 of %2&apos;s import (%3) is missing or damaged on the team server.</source>
        <translation>Deel %1 van de import van %2 (%3) ontbreekt op de teamserver of is beschadigd.</translation>
    </message>
    <message>
        <source>A team member made a change of a kind this LeadLoop does not know (%1); update LeadLoop to apply it.</source>
        <translation>Een teamlid maakte een soort wijziging die deze LeadLoop niet kent (%1); werk LeadLoop bij om haar toe te passen.</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Your role in the team workspace is viewer: viewers read and report only. Nothing was changed.</source>
        <translation>Uw rol in de teamwerkruimte is viewer: kijkers lezen en rapporteren alleen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Your role in the team workspace is rep: you tag the leads you own (CRM owner %1), and this one&apos;s owner is %2. Nothing was changed.</source>
        <translation>Uw rol in de teamwerkruimte is rep: u tagt de leads die van u zijn (eigenaar in het CRM: %1), en de eigenaar van deze is %2. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Your role in the team workspace is %1, which does not allow this: only owners and managers import data, remove imports, change settings, lost reasons and the channel grouping, decide identities, or set a person&apos;s consent by hand. Nothing was changed.</source>
        <translation>Je rol in de teamwerkruimte is %1, en die staat dit niet toe: alleen eigenaren en managers importeren gegevens, verwijderen imports, wijzigen instellingen, verliesredenen en de kanaalindeling, beslissen over identiteiten of stellen de toestemming van een persoon met de hand in. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ChannelCommands</name>
    <message>
        <source>Channel grouping %1 (%2): %3 sessions, %4 changed.</source>
        <translation>Kanaalgroepering %1 (%2): %3 sessies, %4 gewijzigd.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Choose the channel grouping and classify every stored session again.</source>
        <translation>Kies de kanaalgroepering en deel elke opgeslagen sessie opnieuw in.</translation>
    </message>
    <message>
        <source>ga4, hubspot, or a rule file (kept in the workspace).</source>
        <translation>ga4, hubspot of een regelbestand (bewaard in de werkruimte).</translation>
    </message>
    <message>
        <source>Show which channel and rule a source, medium and campaign get.</source>
        <translation>Toon welk kanaal en welke regel een bron, medium en campagne krijgen.</translation>
    </message>
    <message>
        <source>The source.</source>
        <translation>De bron.</translation>
    </message>
    <message>
        <source>The medium.</source>
        <translation>Het medium.</translation>
    </message>
    <message>
        <source>The campaign.</source>
        <translation>De campagne.</translation>
    </message>
    <message>
        <source>The click id parameter, e.g. gclid.</source>
        <translation>De klik-id-parameter, bijv. gclid.</translation>
    </message>
    <message>
        <source>The referrer host.</source>
        <translation>De verwijzende host.</translation>
    </message>
    <message>
        <source>ga4, hubspot or a rule file (default: the workspace&apos;s).</source>
        <translation>ga4, hubspot of een regelbestand (standaard dat van de werkruimte).</translation>
    </message>
</context>
<context>
    <name>ChannelOverrides</name>
    <message>
        <source>Cannot read the %1 grouping.</source>
        <translation>Kan de groepering %1 niet lezen.</translation>
    </message>
    <message>
        <source>Your rule %1 needs a channel and a value.</source>
        <translation>Je regel %1 heeft een kanaal en een waarde nodig.</translation>
    </message>
    <message>
        <source>Your rule %1 compares %2 by %3, which LeadLoop does not know.</source>
        <translation>Je regel %1 vergelijkt %2 op %3, wat LeadLoop niet kent.</translation>
    </message>
    <message>
        <source>%1 with your rules</source>
        <translation>%1 met je regels</translation>
    </message>
    <message>
        <source>your rules</source>
        <translation>je regels</translation>
    </message>
</context>
<context>
    <name>ChannelRuleSet</name>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>onbekend veld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid regular expression &apos;%1&apos;</source>
        <translation>ongeldige reguliere expressie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a condition on &apos;%1&apos; has no operator</source>
        <translation>een voorwaarde op &apos;%1&apos; heeft geen operator</translation>
    </message>
    <message>
        <source>Cannot read the site list %1.</source>
        <translation>Kan de sitelijst %1 niet lezen.</translation>
    </message>
    <message>
        <source>Cannot read the channel rules %1.</source>
        <translation>Kan de kanaalregels %1 niet lezen.</translation>
    </message>
    <message>
        <source>The channel rules %1 are not valid JSON: %2.</source>
        <translation>De kanaalregels %1 zijn geen geldige JSON: %2.</translation>
    </message>
    <message>
        <source>Channel rule &apos;%1&apos; in %2: %3.</source>
        <translation>Kanaalregel &apos;%1&apos; in %2: %3.</translation>
    </message>
    <message>
        <source>The channel rules %1 have no id or no rules.</source>
        <translation>De kanaalregels %1 hebben geen id of geen regels.</translation>
    </message>
    <message>
        <source>There is no channel rule set called &apos;%1&apos;.</source>
        <translation>Er is geen kanaalregelset met de naam &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ChannelsReport</name>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkoopkansen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Kosten per lead</translation>
    </message>
    <message>
        <source>Customer acquisition cost</source>
        <translation>Klantacquisitiekosten</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Lead to customer</source>
        <translation>Lead naar klant</translation>
    </message>
</context>
<context>
    <name>ChannelsReportCommand</name>
    <message>
        <source>--model: &apos;%1&apos; is not a model id (see attribution --help).</source>
        <translation>--model: &apos;%1&apos; is geen model-id (zie attribution --help).</translation>
    </message>
    <message>
        <source>Traffic, credited leads, customers and revenue, cost and ROI per channel.</source>
        <translation>Verkeer, toegekende leads, klanten en omzet, kosten en ROI per kanaal.</translation>
    </message>
    <message>
        <source>The attribution model that credits results (default linear).</source>
        <translation>Het attributiemodel dat resultaten toekent (standaard linear).</translation>
    </message>
    <message>
        <source>sessions, conversions and costs</source>
        <translation>sessies, conversies en kosten</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>heel</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Check that the workspace is whole (every page and index); exit code 3 when it is damaged.</source>
        <translation>Controleer of de werkruimte heel is (elke pagina en index); afsluitcode 3 als ze beschadigd is.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>The workspace file (default: the one the desktop app opened last, or %1).</source>
        <translation>Het werkruimtebestand (standaard het laatst geopende in de app, of %1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Toon deze hulp.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Toon de versie.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 bad input, 3 workspace error.</source>
        <translation>Afsluitcodes: 0 gelukt, 1 gebruiksfout, 2 ongeldige invoer, 3 werkruimtefout.</translation>
    </message>
    <message>
        <source>LeadLoop %1: closed-loop marketing analytics on the command line.</source>
        <translation>LeadLoop %1: closed-loop-marketinganalyse op de opdrachtregel.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>De uit te voeren opdracht (zie hieronder).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Geen opdracht opgegeven.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Onbekende opdracht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Onverwacht argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The language of messages and of the PDF report, and the locale of its numbers and dates: en, %1 (default: the system&apos;s).</source>
        <translation>De taal van meldingen en van het pdf-rapport, en de notatie van getallen en data: en, %1 (standaard die van het systeem).</translation>
    </message>
    <message>
        <source>--lang takes en or one of %1, not &apos;%2&apos;.</source>
        <translation>--lang neemt en of een van %1, niet &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Output format: table, json, csv, or xlsx (with --output).</source>
        <translation>Uitvoerformaat: table, json, csv of xlsx (met --output).</translation>
    </message>
    <message>
        <source>Write the output to this file instead of the terminal.</source>
        <translation>Schrijf de uitvoer naar dit bestand in plaats van naar de terminal.</translation>
    </message>
    <message>
        <source>--format must be table, json, csv or xlsx, not &apos;%1&apos;.</source>
        <translation>--format moet table, json, csv of xlsx zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--format xlsx needs --output FILE.xlsx.</source>
        <translation>--format xlsx vereist --output BESTAND.xlsx.</translation>
    </message>
    <message>
        <source>Read a workspace that failed its integrity check anyway (its figures may be wrong).</source>
        <translation>Lees toch een werkruimte die de integriteitscontrole niet doorstond (de cijfers kunnen onjuist zijn).</translation>
    </message>
    <message>
        <source>In a team replica, keep this command&apos;s changes here until the next team sync instead of sending them at once.</source>
        <translation>Houd in een teamreplica de wijzigingen van deze opdracht hier tot de volgende teamsynchronisatie, in plaats van ze meteen te verzenden.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run &apos;leadloop-cli --help&apos; for the commands and options.</source>
        <translation>Voer &apos;leadloop-cli --help&apos; uit voor de opdrachten en opties.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Going on because of --allow-damaged.</source>
        <translation>Gaat door vanwege --allow-damaged.</translation>
    </message>
    <message>
        <source>To read it anyway, add --allow-damaged.</source>
        <translation>Voeg --allow-damaged toe om haar toch te lezen.</translation>
    </message>
    <message>
        <source>Nothing was written to it.</source>
        <translation>Er is niets in geschreven.</translation>
    </message>
</context>
<context>
    <name>CohortsCommand</name>
    <message>
        <source>People by the week or month they first visited or became a lead, and the leads, customers or revenue each cohort reached period by period.</source>
        <translation>Mensen naar de week of maand van hun eerste bezoek of waarin ze lead werden, en de leads, klanten of omzet die elk cohort per periode bereikte.</translation>
    </message>
    <message>
        <source>What starts a cohort: first-visit (default) or lead.</source>
        <translation>Wat een cohort begint: first-visit (standaard) of lead.</translation>
    </message>
    <message>
        <source>week or month (default).</source>
        <translation>week of month (standaard).</translation>
    </message>
    <message>
        <source>leads, customers (default) or revenue, cumulative.</source>
        <translation>leads, customers (standaard) of revenue, cumulatief.</translation>
    </message>
</context>
<context>
    <name>CohortsReport</name>
    <message>
        <source>A cohort starts at first-visit or lead, not &apos;%1&apos;.</source>
        <translation>Een cohort begint bij first-visit of lead, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A cohort&apos;s period is week or month, not &apos;%1&apos;.</source>
        <translation>De periode van een cohort is week of month, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The metric is leads, customers or revenue, not &apos;%1&apos;.</source>
        <translation>De maatstaf is leads, customers of revenue, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Maand %1</translation>
    </message>
</context>
<context>
    <name>ConsentCommand</name>
    <message>
        <source>Usage: leadloop-cli consent show LEAD, or consent set LEAD [--ad-user-data STATE] [--ad-personalization STATE].</source>
        <translation>Gebruik: leadloop-cli consent show LEAD, of consent set LEAD [--ad-user-data STATE] [--ad-personalization STATE].</translation>
    </message>
    <message>
        <source>--%1 takes granted, denied or unknown, not &apos;%2&apos;.</source>
        <translation>--%1 neemt granted, denied of unknown, niet &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>consent set needs --ad-user-data or --ad-personalization (or both).</source>
        <translation>consent set heeft --ad-user-data of --ad-personalization nodig (of beide).</translation>
    </message>
    <message>
        <source>consent show takes no state; use consent set.</source>
        <translation>consent show neemt geen status; gebruik consent set.</translation>
    </message>
    <message>
        <source>%1 has no contact, so no consent.</source>
        <translation>%1 heeft geen contact, dus geen toestemming.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show or set a lead&apos;s consent to ad measurement (sent to ad platforms or not).</source>
        <translation>Toon of stel de toestemming van een lead voor advertentiemeting in (wel of niet naar advertentieplatforms sturen).</translation>
    </message>
    <message>
        <source>set: may the person&apos;s data be sent to ad platforms: granted, denied, or unknown (clears the choice made by hand).</source>
        <translation>set: mogen de gegevens van de persoon naar advertentieplatforms: granted, denied of unknown (wist de handmatige keuze).</translation>
    </message>
    <message>
        <source>set: may it be used for personalised ads: granted, denied or unknown.</source>
        <translation>set: mogen ze gebruikt worden voor gepersonaliseerde advertenties: granted, denied of unknown.</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message numerus="yes">
        <source>%Ln rows of %1 refer to %2 that are missing.</source>
        <translation>
            <numerusform>%Ln rij van %1 verwijst naar %2 die ontbreken.</numerusform>
            <numerusform>%Ln rijen van %1 verwijzen naar %2 die ontbreken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions lack %1 of the page views they count.</source>
        <translation>
            <numerusform>%Ln sessie mist %1 van de paginaweergaven die ze telt.</numerusform>
            <numerusform>%Ln sessies missen %1 van de paginaweergaven die ze tellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions lack %1 of the events they count.</source>
        <translation>
            <numerusform>%Ln sessie mist %1 van de gebeurtenissen die ze telt.</numerusform>
            <numerusform>%Ln sessies missen %1 van de gebeurtenissen die ze tellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals have another outcome than their latest outcome event.</source>
        <translation>
            <numerusform>%Ln deal heeft een andere uitkomst dan zijn laatste uitkomstgebeurtenis.</numerusform>
            <numerusform>%Ln deals hebben een andere uitkomst dan hun laatste uitkomstgebeurtenis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactProperties</name>
    <message>
        <source>yes/no</source>
        <translation>ja/nee</translation>
    </message>
    <message>
        <source>number</source>
        <translation>getal</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
</context>
<context>
    <name>ConversionExport</name>
    <message>
        <source>&apos;%1&apos; is not a time zone LeadLoop knows (write one such as Europe/Warsaw or UTC).</source>
        <translation>&apos;%1&apos; is geen tijdzone die LeadLoop kent (schrijf er een zoals Europe/Amsterdam of UTC).</translation>
    </message>
    <message>
        <source>A lead has no deal to take a value from; give leads a fixed value (fixed:N) or none.</source>
        <translation>Een lead heeft geen deal om een waarde van te nemen; geef leads een vaste waarde (fixed:N) of geen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country LeadLoop knows the calling code of (write two letters such as PL or NL).</source>
        <translation>&apos;%1&apos; is geen land waarvan LeadLoop het landnummer kent (schrijf twee letters, zoals NL of PL).</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order-ID</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Conversion time</source>
        <translation>Conversietijd</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Click id kind</source>
        <translation>Soort klik-ID</translation>
    </message>
    <message>
        <source>Click id</source>
        <translation>Klik-ID</translation>
    </message>
    <message>
        <source>Ad user data</source>
        <translation>Gebruikersgegevens voor advertenties</translation>
    </message>
    <message>
        <source>Ad personalization</source>
        <translation>Advertentiepersonalisatie</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversies</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>No consent (ad_user_data denied)</source>
        <translation>Geen toestemming (ad_user_data geweigerd)</translation>
    </message>
    <message>
        <source>No consent (ad_user_data denied or unknown)</source>
        <translation>Geen toestemming (ad_user_data geweigerd of onbekend)</translation>
    </message>
    <message>
        <source>No click id of the platform</source>
        <translation>Geen klik-ID van het platform</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Geen e-mailadres</translation>
    </message>
    <message>
        <source>No click id, e-mail address or phone number</source>
        <translation>Geen klik-ID, e-mailadres of telefoonnummer</translation>
    </message>
    <message>
        <source>Older than the platform&apos;s window (%1 days)</source>
        <translation>Ouder dan het venster van het platform (%1 dagen)</translation>
    </message>
    <message>
        <source>Click older than the platform&apos;s window (%1 days)</source>
        <translation>Klik ouder dan het venster van het platform (%1 dagen)</translation>
    </message>
    <message>
        <source>Already exported</source>
        <translation>Al geëxporteerd</translation>
    </message>
    <message>
        <source>Exported (UTC)</source>
        <translation>Geëxporteerd (UTC)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Conversion name</source>
        <translation>Conversienaam</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
</context>
<context>
    <name>ConversionFiles</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The file was written, but what it sent could not be remembered, so the next export will send it again: %1</source>
        <translation>Het bestand is geschreven, maar wat het verzond kon niet worden onthouden, dus de volgende export stuurt het opnieuw: %1</translation>
    </message>
</context>
<context>
    <name>ConversionPaths</name>
    <message>
        <source>%1 takes one of %2, not &apos;%3&apos;.</source>
        <translation>%1 neemt een van %2, niet &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Bron / medium</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landingspagina</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Reden van verlies</translation>
    </message>
    <message>
        <source>The precomputed touches of person %1 do not read back. Recovering the workspace builds them again (File &gt; Recover…, or leadloop-cli recover).</source>
        <translation>De vooraf berekende contactmomenten van persoon %1 zijn niet terug te lezen. Herstellen van de werkruimte bouwt ze opnieuw op (Bestand &gt; Herstellen…, of leadloop-cli recover).</translation>
    </message>
</context>
<context>
    <name>CostImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 is leeg: er is geen kopregel.</translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not a field here (%2).</source>
        <translation>--map: &apos;%1&apos; is hier geen veld (%2).</translation>
    </message>
    <message>
        <source>--map: %1 has no column &apos;%2&apos; (its columns: %3).</source>
        <translation>--map: %1 heeft geen kolom &apos;%2&apos; (de kolommen: %3).</translation>
    </message>
    <message>
        <source>%1 ← %2 (--map)</source>
        <translation>%1 ← %2 (--map)</translation>
    </message>
    <message>
        <source>%1 ← %2 (guessed from the name)</source>
        <translation>%1 ← %2 (afgeleid uit de naam)</translation>
    </message>
    <message>
        <source>%1: no column for %2; name it with --map, e.g. --map %3=COLUMN. The columns are: %4.</source>
        <translation>%1: geen kolom voor %2; geef die op met --map, bijv. --map %3=KOLOM. De kolommen zijn: %4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>&apos;%1&apos; is geen datum.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code.</source>
        <translation>&apos;%1&apos; is geen valutacode van drie letters.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive rate.</source>
        <translation>&apos;%1&apos; is geen positieve koers.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end a period of at most a year that starts on %2.</source>
        <translation>&apos;%1&apos; sluit geen periode van hoogstens een jaar af die op %2 begint.</translation>
    </message>
    <message>
        <source>The campaign is empty.</source>
        <translation>De campagne is leeg.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cost (write 1234.56 or 1 234,56).</source>
        <translation>&apos;%1&apos; is geen bedrag voor kosten (schrijf 1234.56 of 1 234,56).</translation>
    </message>
    <message>
        <source>No %1 rate for %2 on or before %3: import rates first (leadloop-cli import rates FILE).</source>
        <translation>Geen %1-koers voor %2 op of vóór %3: importeer eerst koersen (leadloop-cli import rates BESTAND).</translation>
    </message>
    <message>
        <source>No session carries campaign %1 (%2 / %3); the cost is kept and counts once sessions arrive.</source>
        <translation>Geen sessie draagt campagne %1 (%2 / %3); de kosten blijven bewaard en tellen mee zodra er sessies zijn.</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>de import van %1</translation>
    </message>
</context>
<context>
    <name>CrmImporter</name>
    <message>
        <source>--timezone: &apos;%1&apos; is not a time zone LeadLoop knows (use a name such as Europe/Warsaw).</source>
        <translation>--timezone: &apos;%1&apos; is geen tijdzone die LeadLoop kent (gebruik een naam zoals Europe/Amsterdam).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 is leeg: er is geen kopregel.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>De import van %1 is geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>&apos;%1&apos; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code.</source>
        <translation>&apos;%1&apos; is geen valutacode van drie letters.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (write 1234.56 or 1 234,56).</source>
        <translation>&apos;%1&apos; is geen bedrag (schrijf 1234.56 of 1 234,56).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date LeadLoop can read; give --time-format.</source>
        <translation>&apos;%1&apos; is geen datum die LeadLoop kan lezen; geef --time-format op.</translation>
    </message>
    <message>
        <source>The row names no contact id, e-mail or deal id.</source>
        <translation>De rij noemt geen contact-id, e-mail of deal-id.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>de import van %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative; a deal&apos;s amount is 0 or more.</source>
        <translation>&apos;%1&apos; is negatief; het bedrag van een deal is 0 of meer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a consent state: write granted or denied (or yes or no), or leave it empty.</source>
        <translation>&apos;%1&apos; is geen toestemmingsstatus: schrijf granted of denied (of yes of no), of laat het leeg.</translation>
    </message>
</context>
<context>
    <name>CrmMappings</name>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN with a known field (%2).</source>
        <translation>--map: &apos;%1&apos; is geen VELD=KOLOM met een bekend veld (%2).</translation>
    </message>
    <message>
        <source>--preset: &apos;%1&apos; is not one of auto, generic, %2.</source>
        <translation>--preset: &apos;%1&apos; is niet een van auto, generic, %2.</translation>
    </message>
    <message>
        <source>%1 ← %2 (%3)</source>
        <translation>%1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>--map: the file has no column &apos;%1&apos; (its columns: %2).</source>
        <translation>--map: het bestand heeft geen kolom &apos;%1&apos; (de kolommen: %2).</translation>
    </message>
    <message>
        <source>--map</source>
        <translation>--map</translation>
    </message>
    <message>
        <source>guessed from the name</source>
        <translation>afgeleid uit de naam</translation>
    </message>
    <message>
        <source>%1 preset</source>
        <translation>voorinstelling %1</translation>
    </message>
    <message>
        <source>Cannot tell which contact or deal each row is about: map contact_id, email or deal_id (--map deal_id=COLUMN). The columns are: %1.</source>
        <translation>Niet te zien over welk contact of welke deal elke rij gaat: koppel contact_id, email of deal_id (--map deal_id=KOLOM). De kolommen zijn: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CRM field (%2).</source>
        <translation>&apos;%1&apos; is geen CRM-veld (%2).</translation>
    </message>
</context>
<context>
    <name>CrmMerger</name>
    <message>
        <source>The e-mail %1 already belongs to another lead (contact %2).</source>
        <translation>Het e-mailadres %1 hoort al bij een andere lead (contact %2).</translation>
    </message>
    <message>
        <source>CRM import</source>
        <translation>CRM-import</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>fase: %1</translation>
    </message>
    <message>
        <source>Opportunity %1 is not in the workspace; import the opportunities first.</source>
        <translation>Verkoopkans %1 staat niet in de werkruimte; importeer eerst de verkoopkansen.</translation>
    </message>
    <message>
        <source>A stage change needs a stage and a date.</source>
        <translation>Een fasewijziging heeft een fase en een datum nodig.</translation>
    </message>
    <message>
        <source>the cookie is already linked to contact %1</source>
        <translation>de cookie is al gekoppeld aan contact %1</translation>
    </message>
    <message>
        <source>the CRM record carries the cookie id</source>
        <translation>het CRM-record bevat het cookie-id</translation>
    </message>
    <message>
        <source>A campaign member needs a contact id or an e-mail.</source>
        <translation>Een campagnelid heeft een contact-id of een e-mail nodig.</translation>
    </message>
    <message>
        <source>A campaign member row names no campaign.</source>
        <translation>Een campagnelidrij noemt geen campagne.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 starts a record longer than %2 MB; a quote is probably not closed.</source>
        <translation>Regel %1 begint een record langer dan %2 MB; waarschijnlijk is een aanhalingsteken niet gesloten.</translation>
    </message>
    <message>
        <source>Reading stopped at line %1: %2</source>
        <translation>Lezen gestopt bij regel %1: %2</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed.</source>
        <translation>Het veld tussen aanhalingstekens dat op regel %1 begint, wordt nooit gesloten.</translation>
    </message>
</context>
<context>
    <name>CurrencyConverter</name>
    <message>
        <source>No %1 rate for %2 on or before %3: import rates first (leadloop-cli import rates FILE).</source>
        <translation>Geen %1-koers voor %2 op of vóór %3: importeer eerst koersen (leadloop-cli import rates BESTAND).</translation>
    </message>
</context>
<context>
    <name>CustomFunnel</name>
    <message>
        <source>A session step cannot match %1.</source>
        <translation>Een sessiestap kan niet op %1 passen.</translation>
    </message>
    <message>
        <source>A funnel of sessions is broken down by a session dimension, not by %1.</source>
        <translation>Een trechter van sessies wordt uitgesplitst naar een sessiedimensie, niet naar %1.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>From previous step</source>
        <translation>Vanaf vorige stap</translation>
    </message>
    <message>
        <source>From previous step (low)</source>
        <translation>Vanaf vorige stap (laag)</translation>
    </message>
    <message>
        <source>From previous step (high)</source>
        <translation>Vanaf vorige stap (hoog)</translation>
    </message>
    <message>
        <source>From first step</source>
        <translation>Vanaf eerste stap</translation>
    </message>
    <message>
        <source>From first step (low)</source>
        <translation>Vanaf eerste stap (laag)</translation>
    </message>
    <message>
        <source>From first step (high)</source>
        <translation>Vanaf eerste stap (hoog)</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Uitval</translation>
    </message>
    <message>
        <source>Median hours from previous</source>
        <translation>Mediaan uren vanaf vorige</translation>
    </message>
    <message>
        <source>90th percentile hours from previous</source>
        <translation>90e percentiel uren vanaf vorige</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Database error in %1: the query returned no row.</source>
        <translation>Databasefout in %1: de query gaf geen rij terug.</translation>
    </message>
</context>
<context>
    <name>DealsCommand</name>
    <message>
        <source>Deals, win rate, won value and days to close per owner, product, account, channel, stage or lost reason.</source>
        <translation>Deals, winratio, gewonnen waarde en dagen tot afsluiting per eigenaar, product, account, kanaal, fase of reden van verlies.</translation>
    </message>
    <message>
        <source>The grouping (default owner).</source>
        <translation>De groepering (standaard eigenaar).</translation>
    </message>
    <message>
        <source>deal creation</source>
        <translation>aanmaak van de deal</translation>
    </message>
</context>
<context>
    <name>DealsReport</name>
    <message>
        <source>--by takes one of %1, not &apos;%2&apos;.</source>
        <translation>--by neemt een van %1, niet &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Gewonnen waarde</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Winratio</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Gemiddelde gewonnen deal</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>Mediaan dagen tot afsluiting</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>--seed takes a whole number from 0 to 18446744073709551615, not &apos;%1&apos;.</source>
        <translation>--seed neemt een geheel getal van 0 tot 18446744073709551615, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it.</source>
        <translation>%1 bestaat al; geef --force op om het te vervangen.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Kan %1 niet vervangen.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entiteit</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Create a demo workspace with a 90-day marketing and sales story.</source>
        <translation>Maak een demowerkruimte met een marketing- en salesverhaal van 90 dagen.</translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation>Het te maken werkruimtebestand.</translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation>Het willekeurige zaadgetal (standaard 1).</translation>
    </message>
    <message>
        <source>Replace an existing workspace file.</source>
        <translation>Vervang een bestaand werkruimtebestand.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo options are out of range.</source>
        <translation>De demo-opties vallen buiten het bereik.</translation>
    </message>
    <message>
        <source>The demo story can only be written into an empty workspace.</source>
        <translation>Het demoverhaal kan alleen in een lege werkruimte worden geschreven.</translation>
    </message>
    <message>
        <source>Creating the demo workspace was cancelled.</source>
        <translation>Het maken van de demowerkruimte is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>DemoSeeds</name>
    <message>
        <source>The demo&apos;s %1 cannot be read: %2</source>
        <translation>Het bestand %1 van de demo kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The demo&apos;s story.json or vocabulary.json lacks a list it needs.</source>
        <translation>In story.json of vocabulary.json van de demo ontbreekt een lijst die nodig is.</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Begonnen (UTC)</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Bron / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landingspagina</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Paginaweergaven</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversies</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sessions to list: it is not a value a filter can name, or the other filters exclude it.</source>
        <translation>&apos;%1&apos; heeft geen sessies om te tonen: een filter kan deze waarde niet noemen, of de andere filters sluiten haar uit.</translation>
    </message>
    <message>
        <source>A funnel stage needs a group.</source>
        <translation>Een trechterfase heeft een groep nodig.</translation>
    </message>
    <message>
        <source>A funnel of sessions lists no people: count people to list them.</source>
        <translation>Een trechter van sessies toont geen personen: tel personen om ze te tonen.</translation>
    </message>
    <message>
        <source>A funnel step needs a group.</source>
        <translation>Een trechterstap heeft een groep nodig.</translation>
    </message>
</context>
<context>
    <name>DrillDownCommand</name>
    <message>
        <source>Usage: leadloop-cli drilldown leads|sessions [--by DIM --group VALUE] [options].</source>
        <translation>Gebruik: leadloop-cli drilldown leads|sessions [--by DIM --group WAARDE] [opties].</translation>
    </message>
    <message>
        <source>--stage takes leads, opportunities, customers or revenue, not &apos;%1&apos;.</source>
        <translation>--stage neemt leads, opportunities, customers of revenue, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--model takes a model id, not &apos;%1&apos;.</source>
        <translation>--model neemt een model-id, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--limit takes a number of rows, 1 or more.</source>
        <translation>--limit neemt een aantal rijen, 1 of meer.</translation>
    </message>
    <message>
        <source>The leads or sessions behind a report&apos;s figure: the report&apos;s options with --by DIM --group VALUE naming the row.</source>
        <translation>De leads of sessies achter een getal uit een rapport: de opties van het rapport, met --by DIM --group WAARDE voor de rij.</translation>
    </message>
    <message>
        <source>The row of the report: a value of --by.</source>
        <translation>De rij van het rapport: een waarde van --by.</translation>
    </message>
    <message>
        <source>leads: whose conversion counts (default lead).</source>
        <translation>leads: wiens conversie telt (standaard lead).</translation>
    </message>
    <message>
        <source>leads: the model whose credit the figure shows (default linear; with --stage, the funnel&apos;s grouping touch, default first_touch).</source>
        <translation>leads: het model waarvan het getal de toekenning toont (standaard linear; met --stage het contactmoment dat de trechter groepeert, standaard first_touch).</translation>
    </message>
    <message>
        <source>leads: the funnel&apos;s people at this stage (leads, opportunities, customers, revenue) instead.</source>
        <translation>leads: in plaats daarvan de mensen van de trechter in deze fase (leads, opportunities, customers, revenue).</translation>
    </message>
    <message>
        <source>sessions: at most this many, newest first (default 5000).</source>
        <translation>sessions: hoogstens zoveel, nieuwste eerst (standaard 5000).</translation>
    </message>
    <message>
        <source>conversions or sessions</source>
        <translation>conversies of sessies</translation>
    </message>
</context>
<context>
    <name>DrillFigure</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>ExecutiveReport</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>geen sessies</translation>
    </message>
    <message>
        <source>Channel rule set</source>
        <translation>Kanaalregelset</translation>
    </message>
    <message>
        <source>Session timeout</source>
        <translation>Sessietime-out</translation>
    </message>
    <message>
        <source>Attribution lookback</source>
        <translation>Terugkijkperiode voor attributie</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>Model for channels and campaigns</source>
        <translation>Model voor kanalen en campagnes</translation>
    </message>
    <message>
        <source>Models compared</source>
        <translation>Vergeleken modellen</translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation>Importbatches</translation>
    </message>
    <message>
        <source>Tracked sessions from</source>
        <translation>Gevolgde sessies van</translation>
    </message>
    <message>
        <source>Rows rejected on import</source>
        <translation>Bij import afgewezen rijen</translation>
    </message>
    <message>
        <source>Leads without tracking</source>
        <translation>Leads zonder tracking</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Rapportagevaluta</translation>
    </message>
    <message>
        <source>Marketing performance</source>
        <translation>Marketingresultaten</translation>
    </message>
    <message>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Alle tijd</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Change: against the period of the same length just before.</source>
        <translation>Verandering: ten opzichte van de even lange periode direct ervoor.</translation>
    </message>
    <message>
        <source>Choose a period (--from and --to) to compare with the one before.</source>
        <translation>Kies een periode (--from en --to) om met de vorige te vergelijken.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trechter</translation>
    </message>
    <message>
        <source>People by the channel of their first visit; each stage counted on its own date.</source>
        <translation>Mensen per kanaal van hun eerste bezoek; elke fase geteld op haar eigen datum.</translation>
    </message>
    <message>
        <source>Channels: cost and return</source>
        <translation>Kanalen: kosten en rendement</translation>
    </message>
    <message>
        <source>Leads, customers and revenue credited by the %1 model; ROI = (revenue − cost) / cost.</source>
        <translation>Leads, klanten en omzet toegekend door het model %1; ROI = (omzet − kosten) / kosten.</translation>
    </message>
    <message>
        <source>Leads credited by every model</source>
        <translation>Leads toegekend door elk model</translation>
    </message>
    <message>
        <source>Each column shares the same leads among channels by one model (docs/metrics.md explains each).</source>
        <translation>Elke kolom verdeelt dezelfde leads over de kanalen volgens één model (docs/metrics.md legt elk uit).</translation>
    </message>
    <message>
        <source>Best and worst campaigns by ROI</source>
        <translation>Beste en slechtste campagnes op ROI</translation>
    </message>
    <message>
        <source>Campaigns with cost in the period, by ROI (%1 model).</source>
        <translation>Campagnes met kosten in de periode, op ROI (model %1).</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>Weektrend</translation>
    </message>
    <message>
        <source>Leads created, first deals won and revenue won per ISO week.</source>
        <translation>Aangemaakte leads, eerste gewonnen deals en gewonnen omzet per ISO-week.</translation>
    </message>
    <message>
        <source>Win rate by owner</source>
        <translation>Winratio per eigenaar</translation>
    </message>
    <message>
        <source>Why deals were lost</source>
        <translation>Waarom deals verloren gingen</translation>
    </message>
    <message>
        <source>Lost deals created in the period, by the reason given.</source>
        <translation>Verloren deals aangemaakt in de periode, per opgegeven reden.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodologie</translation>
    </message>
    <message>
        <source>How the figures were made, and the data they rest on.</source>
        <translation>Hoe de cijfers tot stand kwamen en op welke gegevens ze rusten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuut</numerusform>
            <numerusform>%Ln minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versie %2)</translation>
    </message>
    <message>
        <source>which leads become customers</source>
        <translation>welke leads klant worden</translation>
    </message>
    <message>
        <source>which leads with deals win one</source>
        <translation>welke leads met deals er een winnen</translation>
    </message>
    <message>
        <source>which leads have %1 = yes</source>
        <translation>welke leads %1 = ja hebben</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>Leadscoring</translation>
    </message>
    <message>
        <source>A model trained on %1 predicts %2 (all time, not only this period). On %3 leads it never saw: ROC AUC %4 (baseline %5; 0.5 is guessing, 1 perfect), Brier score %6. The rows rank those leads by score in tenths.</source>
        <translation>Een model getraind op %1 voorspelt %2 (alle tijd, niet alleen deze periode). Op %3 leads die het nooit zag: ROC AUC %4 (basismodel %5; 0,5 is gokken, 1 perfect), Brier-score %6. De rijen delen die leads op score in tienden.</translation>
    </message>
    <message>
        <source>What drives the lead score</source>
        <translation>Wat de leadscore bepaalt</translation>
    </message>
    <message>
        <source>The 15 features that weigh most in the model, with their share of its total weight.</source>
        <translation>De 15 kenmerken die het zwaarst wegen in het model, met hun aandeel in het totale gewicht.</translation>
    </message>
    <message>
        <source>The 15 features that weigh most. Warning: %1 predicts the target almost alone and may be filled in after the outcome.</source>
        <translation>De 15 kenmerken die het zwaarst wegen. Let op: %1 voorspelt het doel bijna alleen en wordt mogelijk na de uitkomst ingevuld.</translation>
    </message>
    <message>
        <source>Intervals of rates</source>
        <translation>Intervallen van percentages</translation>
    </message>
    <message>
        <source>95 % Wilson score interval from the counts (Wilson 1927)</source>
        <translation>95%-scoreinterval van Wilson uit de aantallen (Wilson 1927)</translation>
    </message>
    <message>
        <source>Intervals of credits</source>
        <translation>Intervallen van toeschrijvingen</translation>
    </message>
    <message>
        <source>95 % percentile bootstrap: the journeys resampled %1 times with replacement (seed 1), the model fitted again on each</source>
        <translation>95%-percentielbootstrap: de klantreizen %1 keer met teruglegging getrokken (seed 1), het model telkens opnieuw gefit</translation>
    </message>
    <message>
        <source>Two rates compared</source>
        <translation>Twee percentages vergeleken</translation>
    </message>
    <message>
        <source>Newcombe&apos;s hybrid score interval of the difference and the pooled two-proportion z-test, both at 95 %</source>
        <translation>Het hybride scoreinterval van Newcombe voor het verschil en de gepoolde z-toets voor twee proporties, beide op 95%</translation>
    </message>
    <message>
        <source>Leads credited by the %1 model with their 95 % bootstrap interval; the lead-to-customer rate with its 95 % Wilson interval (see the methodology).</source>
        <translation>Leads toegeschreven door het model %1 met hun 95%-bootstrapinterval; het percentage van lead naar klant met het 95%-interval van Wilson (zie de methodologie).</translation>
    </message>
    <message>
        <source>How certain the channels&apos; figures are</source>
        <translation>Hoe zeker de cijfers van de kanalen zijn</translation>
    </message>
    <message>
        <source>Deals created in the period and closed; win rate = won / (won + lost), with its 95 % interval.</source>
        <translation>Deals aangemaakt in de periode en gesloten; winstpercentage = gewonnen / (gewonnen + verloren), met het 95%-interval.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>--platform takes %1, not &apos;%2&apos;.</source>
        <translation>--platform neemt %1, niet &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--stage takes lead, opportunity or customer, not &apos;%1&apos;.</source>
        <translation>--stage neemt lead, opportunity of customer, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (write 2026-03-31).</source>
        <translation>--%1: &apos;%2&apos; is geen datum (schrijf 2026-03-31).</translation>
    </message>
    <message>
        <source>--value takes revenue, amount or fixed:N (such as fixed:150), not &apos;%1&apos;.</source>
        <translation>--value neemt revenue, amount of fixed:N (zoals fixed:150), niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not a date and time (write 2026-03-05T14:30:00Z).</source>
        <translation>--at: &apos;%1&apos; is geen datum en tijd (schrijf 2026-03-05T14:30:00Z).</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>export conversions needs --platform and --stage.</source>
        <translation>export conversions heeft --platform en --stage nodig.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli export outcomes FILE.csv, export conversions --platform P --stage S [options], or export history.</source>
        <translation>Gebruik: leadloop-cli export outcomes BESTAND.csv, export conversions --platform P --stage S [opties] of export history.</translation>
    </message>
    <message>
        <source>The ad platform: google-ads, google-ads-enhanced, microsoft-ads, meta or linkedin.</source>
        <translation>Het advertentieplatform: google-ads, google-ads-enhanced, microsoft-ads, meta of linkedin.</translation>
    </message>
    <message>
        <source>Which conversions: lead, opportunity or customer.</source>
        <translation>Welke conversies: lead, opportunity of customer.</translation>
    </message>
    <message>
        <source>The conversion&apos;s name in the platform (default: Lead, Opportunity, Customer; Purchase for Meta&apos;s customers).</source>
        <translation>De naam van de conversie in het platform (standaard: Lead, Opportunity, Customer; Purchase voor klanten bij Meta).</translation>
    </message>
    <message>
        <source>Conversions on or after this day (UTC).</source>
        <translation>Conversies op of na deze dag (UTC).</translation>
    </message>
    <message>
        <source>Conversions on or before this day (UTC).</source>
        <translation>Conversies op of voor deze dag (UTC).</translation>
    </message>
    <message>
        <source>The value sent: revenue (default for opportunities and customers), amount or fixed:N (leads have none unless fixed).</source>
        <translation>De verzonden waarde: revenue (standaard voor verkoopkansen en klanten), amount of fixed:N (leads hebben er geen, behalve een vaste).</translation>
    </message>
    <message>
        <source>The time zone the file&apos;s times are written in (default: the system&apos;s).</source>
        <translation>De tijdzone waarin de tijden in het bestand staan (standaard: die van het systeem).</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, two letters (a contact&apos;s own country column wins).</source>
        <translation>Het land van telefoonnummers zonder landnummer, twee letters (de eigen landkolom van een contact gaat voor).</translation>
    </message>
    <message>
        <source>Also send people whose ad_user_data consent is unknown (denied is never sent).</source>
        <translation>Ook mensen sturen van wie de toestemming ad_user_data onbekend is (geweigerd wordt nooit gestuurd).</translation>
    </message>
    <message>
        <source>Where to write retractions (default: beside --output, NAME-retractions.csv).</source>
        <translation>Waar de intrekkingen komen (standaard: naast --output, NAAM-retractions.csv).</translation>
    </message>
    <message>
        <source>Count the platforms&apos; windows back from this time (default: now).</source>
        <translation>De vensters van de platforms terugtellen vanaf dit moment (standaard: nu).</translation>
    </message>
    <message>
        <source>Who exports (default: your login name).</source>
        <translation>Wie exporteert (standaard: je inlognaam).</translation>
    </message>
    <message>
        <source>Show what would be sent and left out; write and remember nothing.</source>
        <translation>Tonen wat verzonden en weggelaten zou worden; niets schrijven of onthouden.</translation>
    </message>
    <message>
        <source>Write tagged outcomes for a CRM, or offline conversions for an ad platform.</source>
        <translation>Getagde uitkomsten schrijven voor een CRM, of offline conversies voor een advertentieplatform.</translation>
    </message>
    <message>
        <source>Meta accepts events up to 7 days old: send the file today.</source>
        <translation>Meta neemt gebeurtenissen aan tot 7 dagen oud: verstuur het bestand vandaag.</translation>
    </message>
</context>
<context>
    <name>FactorWording</name>
    <message>
        <source>%1: no value</source>
        <translation>%1: geen waarde</translation>
    </message>
    <message>
        <source>Visits to the site: %1</source>
        <translation>Bezoeken aan de site: %1</translation>
    </message>
    <message>
        <source>Pages viewed: %1</source>
        <translation>Bekeken pagina&apos;s: %1</translation>
    </message>
    <message>
        <source>Minutes on the site: %1</source>
        <translation>Minuten op de site: %1</translation>
    </message>
    <message>
        <source>Pages per visit: %1</source>
        <translation>Pagina&apos;s per bezoek: %1</translation>
    </message>
    <message>
        <source>Channels it came through: %1</source>
        <translation>Kanalen waarlangs hij kwam: %1</translation>
    </message>
    <message>
        <source>Days from the first visit to becoming a lead: %1</source>
        <translation>Dagen van het eerste bezoek tot lead worden: %1</translation>
    </message>
    <message>
        <source>Days since the last visit: %1</source>
        <translation>Dagen sinds het laatste bezoek: %1</translation>
    </message>
    <message>
        <source>Conversions on the site: %1</source>
        <translation>Conversies op de site: %1</translation>
    </message>
    <message>
        <source>First came from %1</source>
        <translation>Kwam eerst via %1</translation>
    </message>
    <message>
        <source>Did not first come from %1</source>
        <translation>Kwam niet eerst via %1</translation>
    </message>
    <message>
        <source>Became a lead through %1</source>
        <translation>Werd lead via %1</translation>
    </message>
    <message>
        <source>Did not become a lead through %1</source>
        <translation>Werd geen lead via %1</translation>
    </message>
    <message>
        <source>First visit from %1</source>
        <translation>Eerste bezoek via %1</translation>
    </message>
    <message>
        <source>First visit not from %1</source>
        <translation>Eerste bezoek niet via %1</translation>
    </message>
    <message>
        <source>Came through the campaign %1</source>
        <translation>Kwam via de campagne %1</translation>
    </message>
    <message>
        <source>Never came through the campaign %1</source>
        <translation>Kwam nooit via de campagne %1</translation>
    </message>
    <message>
        <source>First landed on %1</source>
        <translation>Landde eerst op %1</translation>
    </message>
    <message>
        <source>Did not first land on %1</source>
        <translation>Landde niet eerst op %1</translation>
    </message>
    <message>
        <source>Lead source: %1</source>
        <translation>Leadbron: %1</translation>
    </message>
    <message>
        <source>Lead source other than %1</source>
        <translation>Leadbron anders dan %1</translation>
    </message>
    <message>
        <source>Views of %1: %2</source>
        <translation>Weergaven van %1: %2</translation>
    </message>
    <message>
        <source>Never viewed %1</source>
        <translation>Bekeek %1 nooit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1, days after becoming a lead: %2</source>
        <translation>%1, dagen na lead worden: %2</translation>
    </message>
    <message>
        <source>%1 other than %2</source>
        <translation>%1 anders dan %2</translation>
    </message>
</context>
<context>
    <name>FeatureSchema</name>
    <message>
        <source>The saved model names an unknown feature kind &quot;%1&quot;.</source>
        <translation>Het opgeslagen model noemt een onbekend soort kenmerk &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>FunnelCommand</name>
    <message>
        <source>--model takes first_touch, last_touch or last_non_direct, not &apos;%1&apos;.</source>
        <translation>--model neemt first_touch, last_touch of last_non_direct, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Visitors, leads, opportunities, customers and revenue per group, with step rates and days between stages.</source>
        <translation>Bezoekers, leads, verkoopkansen, klanten en omzet per groep, met stapratio&apos;s en dagen tussen fasen.</translation>
    </message>
    <message>
        <source>The touch that groups a person (default first_touch).</source>
        <translation>Het contactmoment dat een persoon groepeert (standaard first_touch).</translation>
    </message>
    <message>
        <source>each stage</source>
        <translation>elke fase</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli funnel save NAME --steps FILE, funnel remove NAME, or funnel list.</source>
        <translation>Gebruik: leadloop-cli funnel save NAAM --steps BESTAND, funnel remove NAAM of funnel list.</translation>
    </message>
    <message>
        <source>funnel save needs --steps FILE.</source>
        <translation>funnel save heeft --steps BESTAND nodig.</translation>
    </message>
    <message>
        <source>--window-days takes a whole number of days (0 for no limit), not &apos;%1&apos;.</source>
        <translation>--window-days neemt een heel aantal dagen (0 voor geen grens), niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--order takes strict or any, not &apos;%1&apos;.</source>
        <translation>--order neemt strict of any, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give --steps or --saved, not both.</source>
        <translation>Geef --steps of --saved, niet allebei.</translation>
    </message>
    <message>
        <source>A custom funnel&apos;s steps, a JSON file (docs/metrics.md, &quot;Custom funnels&quot;).</source>
        <translation>De stappen van een eigen trechter, een JSON-bestand (docs/metrics.md, &quot;Custom funnels&quot;).</translation>
    </message>
    <message>
        <source>A custom funnel saved in the workspace.</source>
        <translation>Een eigen trechter die in de werkruimte is opgeslagen.</translation>
    </message>
    <message>
        <source>Custom funnels: every step within N days of the first (0: no limit; default: the funnel&apos;s).</source>
        <translation>Eigen trechters: elke stap binnen N dagen na de eerste (0: geen grens; standaard: die van de trechter).</translation>
    </message>
    <message>
        <source>Custom funnels: the steps in the given order (strict) or in any order.</source>
        <translation>Eigen trechters: de stappen in de gegeven volgorde (strict) of in willekeurige volgorde.</translation>
    </message>
    <message>
        <source>Give --intervals (Wilson) or --bootstrap, not both: each bounds the same rates.</source>
        <translation>Geef --intervals (Wilson) of --bootstrap, niet beide: elk begrenst dezelfde percentages.</translation>
    </message>
    <message>
        <source>Add each rate&apos;s 95 % bootstrap interval from N resamples of the people (columns RATE_low and RATE_high).</source>
        <translation>Voeg het 95%-bootstrapinterval van elk percentage toe uit N steekproeven van de personen (kolommen RATE_low en RATE_high).</translation>
    </message>
</context>
<context>
    <name>FunnelDefinition</name>
    <message>
        <source>page titled %1</source>
        <translation>pagina met titel %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>pagina %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>gebeurtenis %1</translation>
    </message>
    <message>
        <source>form submitted</source>
        <translation>formulier verzonden</translation>
    </message>
    <message>
        <source>session with %1 %2</source>
        <translation>sessie met %1 %2</translation>
    </message>
    <message>
        <source>became a lead</source>
        <translation>werd een lead</translation>
    </message>
    <message>
        <source>lifecycle stage %1</source>
        <translation>levensfase %1</translation>
    </message>
    <message>
        <source>deal created</source>
        <translation>deal aangemaakt</translation>
    </message>
    <message>
        <source>deal stage %1</source>
        <translation>dealfase %1</translation>
    </message>
    <message>
        <source>deal won</source>
        <translation>deal gewonnen</translation>
    </message>
    <message>
        <source>deal lost</source>
        <translation>deal verloren</translation>
    </message>
    <message>
        <source>%1 is not a funnel&apos;s steps (JSON: %2 at character %3).</source>
        <translation>%1 is geen stappenbestand van een trechter (JSON: %2 bij teken %3).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>geen object</translation>
    </message>
    <message>
        <source>&quot;order&quot; is strict or any, not &quot;%1&quot;.</source>
        <translation>&quot;order&quot; is strict of any, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;window_days&quot; is a whole number of days, 0 for no limit.</source>
        <translation>&quot;window_days&quot; is een heel aantal dagen, 0 voor geen grens.</translation>
    </message>
    <message>
        <source>&quot;count&quot; is people or sessions, not &quot;%1&quot;.</source>
        <translation>&quot;count&quot; is people of sessions, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A funnel needs at least two &quot;steps&quot;.</source>
        <translation>Een trechter heeft minstens twee &quot;steps&quot; nodig.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>stap %1</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; is one of %2, not &quot;%3&quot;.</source>
        <translation>%1: &quot;type&quot; is een van %2, niet &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: a %2 step needs &quot;%3&quot;.</source>
        <translation>%1: een %2-stap heeft &quot;%3&quot; nodig.</translation>
    </message>
    <message>
        <source>%1: a page step needs &quot;url&quot; or &quot;title&quot;.</source>
        <translation>%1: een page-stap heeft &quot;url&quot; of &quot;title&quot; nodig.</translation>
    </message>
    <message>
        <source>%1: a session step needs one of %2.</source>
        <translation>%1: een session-stap heeft een van %2 nodig.</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>bezocht</translation>
    </message>
    <message>
        <source>&quot;count&quot;: &quot;sessions&quot; takes web steps only (page, event, form, session, visit).</source>
        <translation>&quot;count&quot;: &quot;sessions&quot; neemt alleen webstappen (page, event, form, session, visit).</translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>The funnel groups people by one touch: --model takes first_touch, last_touch or last_non_direct.</source>
        <translation>De trechter groepeert mensen op één contactmoment: --model neemt first_touch, last_touch of last_non_direct.</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkoopkansen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Visitor to lead</source>
        <translation>Bezoeker naar lead</translation>
    </message>
    <message>
        <source>Lead to opportunity</source>
        <translation>Lead naar verkoopkans</translation>
    </message>
    <message>
        <source>Opportunity to customer</source>
        <translation>Verkoopkans naar klant</translation>
    </message>
    <message>
        <source>Visitor to customer</source>
        <translation>Bezoeker naar klant</translation>
    </message>
    <message>
        <source>Median days to lead</source>
        <translation>Mediaan dagen tot lead</translation>
    </message>
    <message>
        <source>Median days to opportunity</source>
        <translation>Mediaan dagen tot verkoopkans</translation>
    </message>
    <message>
        <source>Median days to customer</source>
        <translation>Mediaan dagen tot klant</translation>
    </message>
</context>
<context>
    <name>Ga4EventSource</name>
    <message>
        <source>visitor ← user_pseudo_id, time ← event_timestamp (microseconds), session ← ga_session_id (GA4 preset)</source>
        <translation>bezoeker ← user_pseudo_id, tijd ← event_timestamp (microseconden), sessie ← ga_session_id (GA4-voorinstelling)</translation>
    </message>
    <message>
        <source>url, referrer, title ← event_params page_location, page_referrer, page_title</source>
        <translation>url, verwijzer, titel ← event_params page_location, page_referrer, page_title</translation>
    </message>
    <message>
        <source>source, medium, campaign, term ← collected_traffic_source or event_params</source>
        <translation>bron, medium, campagne, zoekterm ← collected_traffic_source of event_params</translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation>Het bezoekers-id is leeg.</translation>
    </message>
    <message>
        <source>The event has no event_timestamp.</source>
        <translation>De gebeurtenis heeft geen event_timestamp.</translation>
    </message>
</context>
<context>
    <name>GradientBoosting</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The leads could not be handed to XGBoost</source>
        <translation>De leads konden niet aan XGBoost worden gegeven</translation>
    </message>
    <message>
        <source>There are no leads to learn from.</source>
        <translation>Er zijn geen leads om van te leren.</translation>
    </message>
    <message>
        <source>The outcomes could not be handed to XGBoost</source>
        <translation>De uitkomsten konden niet aan XGBoost worden gegeven</translation>
    </message>
    <message>
        <source>XGBoost could not start</source>
        <translation>XGBoost kon niet starten</translation>
    </message>
    <message>
        <source>XGBoost refused the setting %1</source>
        <translation>XGBoost weigerde de instelling %1</translation>
    </message>
    <message>
        <source>XGBoost could not train</source>
        <translation>XGBoost kon niet trainen</translation>
    </message>
    <message>
        <source>XGBoost could not score the leads</source>
        <translation>XGBoost kon de leads niet scoren</translation>
    </message>
    <message>
        <source>The model could not be saved</source>
        <translation>Het model kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>The saved model could not be read</source>
        <translation>Het opgeslagen model kon niet worden gelezen</translation>
    </message>
    <message>
        <source>XGBoost could not judge its trees</source>
        <translation>XGBoost kon zijn bomen niet beoordelen</translation>
    </message>
    <message>
        <source>XGBoost could not keep its best trees</source>
        <translation>XGBoost kon zijn beste bomen niet bewaren</translation>
    </message>
</context>
<context>
    <name>HeaderCheck</name>
    <message>
        <source>The header names the column &apos;%1&apos; twice (columns %2 and %3), so which one to read is unclear. Rename one of them.</source>
        <translation>De kop noemt de kolom &apos;%1&apos; twee keer (kolommen %2 en %3), dus het is onduidelijk welke gelezen moet worden. Hernoem er één.</translation>
    </message>
</context>
<context>
    <name>HeadlineReport</name>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Vorige periode</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Winratio</translation>
    </message>
</context>
<context>
    <name>HeadlinesCommand</name>
    <message>
        <source>The dashboard&apos;s figures for a period, with the change against the period before.</source>
        <translation>De cijfers van het dashboard voor een periode, met de verandering ten opzichte van de vorige periode.</translation>
    </message>
    <message>
        <source>the period</source>
        <translation>de periode</translation>
    </message>
</context>
<context>
    <name>IdentityCommands</name>
    <message>
        <source>Usage: leadloop-cli %1 VISITOR CONTACT [--by NAME] [--reason TEXT].</source>
        <translation>Gebruik: leadloop-cli %1 BEZOEKER CONTACT [--by NAAM] [--reason TEKST].</translation>
    </message>
    <message>
        <source>Who decides (default: your login name).</source>
        <translation>Wie beslist (standaard je inlognaam).</translation>
    </message>
    <message>
        <source>Why; kept in the identity log.</source>
        <translation>Waarom; bewaard in het identiteitslogboek.</translation>
    </message>
    <message>
        <source>List the links between visitors and leads, or the cookies to review.</source>
        <translation>Toon de koppelingen tussen bezoekers en leads, of de te controleren cookies.</translation>
    </message>
    <message>
        <source>List cookies seen with two e-mails instead.</source>
        <translation>Toon in plaats daarvan cookies die met twee e-mailadressen zijn gezien.</translation>
    </message>
    <message>
        <source>Link a visitor (cookie id) to a lead; its only link from then on.</source>
        <translation>Koppel een bezoeker (cookie-id) aan een lead; vanaf nu de enige koppeling.</translation>
    </message>
    <message>
        <source>Undo a link between a visitor and a lead.</source>
        <translation>Maak een koppeling tussen een bezoeker en een lead ongedaan.</translation>
    </message>
    <message>
        <source>Leave a visitor apart from a lead it was seen with.</source>
        <translation>Houd een bezoeker gescheiden van een lead waarmee die is gezien.</translation>
    </message>
</context>
<context>
    <name>IdentityDecisionCommand</name>
    <message>
        <source>Link visitor %1 to %2</source>
        <translation>Koppel bezoeker %1 aan %2</translation>
    </message>
    <message>
        <source>Keep visitor %1 apart from %2</source>
        <translation>Houd bezoeker %1 gescheiden van %2</translation>
    </message>
</context>
<context>
    <name>IdentityReview</name>
    <message>
        <source>No visitor has the cookie id or number &apos;%1&apos;.</source>
        <translation>Geen bezoeker heeft het cookie-id of nummer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a deal without a contact.</source>
        <translation>&apos;%1&apos; is een deal zonder contact.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <source>Cookie id</source>
        <translation>Cookie-id</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Linked (UTC)</source>
        <translation>Gekoppeld (UTC)</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Gekoppeld aan</translation>
    </message>
    <message>
        <source>Its e-mail</source>
        <translation>Het e-mailadres</translation>
    </message>
    <message>
        <source>Also seen as</source>
        <translation>Ook gezien als</translation>
    </message>
    <message>
        <source>That e-mail</source>
        <translation>Dat e-mailadres</translation>
    </message>
    <message>
        <source>Seen (UTC)</source>
        <translation>Gezien (UTC)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>linked to contact %1 instead</source>
        <translation>in plaats daarvan gekoppeld aan contact %1</translation>
    </message>
    <message>
        <source>Visitor %1 is not linked to %2.</source>
        <translation>Bezoeker %1 is niet gekoppeld aan %2.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ongedaan gemaakt</translation>
    </message>
</context>
<context>
    <name>IdentityStitcher</name>
    <message>
        <source>a form carried %1</source>
        <translation>een formulier bevatte %1</translation>
    </message>
    <message>
        <source>the cookie is linked to contact %1 and a form carried %2</source>
        <translation>de cookie is gekoppeld aan contact %1 en een formulier bevatte %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--delimiter takes , ; | or tab, not &apos;%1&apos;.</source>
        <translation>--delimiter neemt , ; | of tab, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--session-timeout takes minutes from 1 to 1440.</source>
        <translation>--session-timeout neemt minuten van 1 tot 1440.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2 (%3 preset, %4, delimiter %5).</source>
        <translation>%1 geïmporteerd als batch %2 (voorinstelling %3, %4, scheidingsteken %5).</translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, duplicates %4; new visitors %5, new sessions %6, continued sessions %7.</source>
        <translation>Rijen gelezen %1, geïmporteerd %2, afgewezen %3, dubbel %4; nieuwe bezoekers %5, nieuwe sessies %6, voortgezette sessies %7.</translation>
    </message>
    <message>
        <source>Import a file into the workspace as one batch.</source>
        <translation>Importeer een bestand in de werkruimte als één batch.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs, comma-separated.</source>
        <translation>VELD=KOLOM-paren, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>The delimiter: , ; | or tab (default: detect).</source>
        <translation>Het scheidingsteken: , ; | of tab (standaard: herkennen).</translation>
    </message>
    <message>
        <source>The encoding, e.g. windows-1250 (default: detect).</source>
        <translation>De codering, bijv. windows-1252 (standaard: herkennen).</translation>
    </message>
    <message>
        <source>The time format (default: ISO 8601 or epoch).</source>
        <translation>De tijdnotatie (standaard ISO 8601 of epoch).</translation>
    </message>
    <message>
        <source>The time zone of times without one (default UTC).</source>
        <translation>De tijdzone van tijden zonder zone (standaard UTC).</translation>
    </message>
    <message>
        <source>Minutes of inactivity that end a session (default 30).</source>
        <translation>Minuten inactiviteit die een sessie beëindigen (standaard 30).</translation>
    </message>
    <message>
        <source>The site&apos;s own hosts, comma-separated (default: learned).</source>
        <translation>De eigen hosts van de site, gescheiden door komma&apos;s (standaard: geleerd).</translation>
    </message>
    <message>
        <source>Event names that count as conversions.</source>
        <translation>Namen van gebeurtenissen die als conversie tellen.</translation>
    </message>
    <message>
        <source>Write the rejected rows and their reasons to this CSV file.</source>
        <translation>Schrijf de afgewezen rijen en hun redenen naar dit CSV-bestand.</translation>
    </message>
    <message>
        <source>The worksheet of an .xlsx file (default: the first).</source>
        <translation>Het werkblad van een .xlsx-bestand (standaard het eerste).</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2 (%3 preset).</source>
        <translation>%1 geïmporteerd als batch %2 (voorinstelling %3).</translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, unchanged %4; contacts %5 new, %6 updated; deals %7 new, %8 updated; %9 stage changes, %10 outcome events.</source>
        <translation>Rijen gelezen %1, geïmporteerd %2, afgewezen %3, ongewijzigd %4; contacten %5 nieuw, %6 bijgewerkt; deals %7 nieuw, %8 bijgewerkt; %9 fasewijzigingen, %10 uitkomstgebeurtenissen.</translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN.</source>
        <translation>--map: &apos;%1&apos; is geen VELD=KOLOM.</translation>
    </message>
    <message>
        <source>Rates: %1 rows read, %2 imported, %3 rejected.</source>
        <translation>Koersen: %1 rijen gelezen, %2 geïmporteerd, %3 afgewezen.</translation>
    </message>
    <message>
        <source>Costs: %1 rows read, %2 imported, %3 rejected; %4 campaign-days (%5 replaced), %6 new campaigns, %7 rows with no matching sessions; total %8 %9.</source>
        <translation>Kosten: %1 rijen gelezen, %2 geïmporteerd, %3 afgewezen; %4 campagnedagen (%5 vervangen), %6 nieuwe campagnes, %7 rijen zonder passende sessies; totaal %8 %9.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli import tracking|crm|costs|rates FILE [options].</source>
        <translation>Gebruik: leadloop-cli import tracking|crm|costs|rates BESTAND [opties].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be imported by this version; it imports: tracking, crm, costs, rates.</source>
        <translation>&apos;%1&apos; kan deze versie niet importeren; zij importeert: tracking, crm, costs, rates.</translation>
    </message>
    <message>
        <source>crm: the stages that mean won, comma-separated.</source>
        <translation>crm: de fasen die gewonnen betekenen, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>crm: the stages that mean lost, comma-separated.</source>
        <translation>crm: de fasen die verloren betekenen, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>--preset: &apos;%1&apos; is not one of %2, nor a preset saved for %3 imports (saved: %4).</source>
        <translation>--preset: &apos;%1&apos; is geen van %2 en ook geen opgeslagen voorinstelling voor %3-imports (opgeslagen: %4).</translation>
    </message>
    <message>
        <source>none built in</source>
        <translation>geen ingebouwde</translation>
    </message>
    <message>
        <source>tracking: auto (default), generic, ga4, ua or snowplow; crm: auto, generic, hubspot-contacts, hubspot-deals, salesforce-leads, salesforce-contacts, salesforce-opportunities, salesforce-opportunity-history or salesforce-campaign-members; or the name of a preset saved in the desktop&apos;s import wizard (--map pairs override its columns).</source>
        <translation>tracking: auto (standaard), generic, ga4, ua of snowplow; crm: auto, generic, hubspot-contacts, hubspot-deals, salesforce-leads, salesforce-contacts, salesforce-opportunities, salesforce-opportunity-history of salesforce-campaign-members; of de naam van een voorinstelling die in de importwizard van de app is opgeslagen (--map-paren vervangen de kolommen ervan).</translation>
    </message>
</context>
<context>
    <name>ImportIssues</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlans</name>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>De import is geannuleerd; de werkruimte is ongewijzigd.</translation>
    </message>
    <message>
        <source>Web tracking (visits, page views, events)</source>
        <translation>Webtracking (bezoeken, paginaweergaven, gebeurtenissen)</translation>
    </message>
    <message>
        <source>CRM (contacts, leads, deals)</source>
        <translation>CRM (contacten, leads, deals)</translation>
    </message>
    <message>
        <source>Campaign costs</source>
        <translation>Campagnekosten</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Wisselkoersen</translation>
    </message>
    <message>
        <source>%1 page views and %2 events in %3 sessions of %4 new visitors.</source>
        <translation>%1 paginaweergaven en %2 gebeurtenissen in %3 sessies van %4 nieuwe bezoekers.</translation>
    </message>
    <message>
        <source>%1 leads from forms, %2 visitors linked to leads.</source>
        <translation>%1 leads uit formulieren, %2 bezoekers gekoppeld aan leads.</translation>
    </message>
    <message>
        <source>%1 contacts created, %2 updated; %3 deals created, %4 updated.</source>
        <translation>%1 contacten aangemaakt, %2 bijgewerkt; %3 deals aangemaakt, %4 bijgewerkt.</translation>
    </message>
    <message>
        <source>%1 campaign-days, %2 new campaigns; %3 rows name a campaign no session carries.</source>
        <translation>%1 campagnedagen, %2 nieuwe campagnes; %3 rijen noemen een campagne die geen sessie draagt.</translation>
    </message>
</context>
<context>
    <name>ImportPresets</name>
    <message>
        <source>Cannot read the import presets in %1: %2</source>
        <translation>De importvoorinstellingen in %1 kunnen niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The import presets in %1 are not valid JSON: %2 (at character %3).</source>
        <translation>De importvoorinstellingen in %1 zijn geen geldige JSON: %2 (bij teken %3).</translation>
    </message>
    <message>
        <source>Cannot save the import presets to %1: %2</source>
        <translation>De importvoorinstellingen kunnen niet worden opgeslagen in %1: %2</translation>
    </message>
    <message>
        <source>No %1 import preset is called &apos;%2&apos;.</source>
        <translation>Er is geen voorinstelling voor %1-imports met de naam &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>An import preset needs a name.</source>
        <translation>Een importvoorinstelling heeft een naam nodig.</translation>
    </message>
</context>
<context>
    <name>ImportReplay</name>
    <message>
        <source>A team member made an import of a kind this LeadLoop does not know (%1); update LeadLoop to apply it.</source>
        <translation>Een teamlid deed een soort import die deze LeadLoop niet kent (%1); werk LeadLoop bij om hem toe te passen.</translation>
    </message>
</context>
<context>
    <name>ImportsCommand</name>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voorinstelling</translation>
    </message>
    <message>
        <source>Imported at (UTC)</source>
        <translation>Geïmporteerd op (UTC)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelezen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>--remove takes a batch number, not &apos;%1&apos;.</source>
        <translation>--remove neemt een batchnummer, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Rows removed</source>
        <translation>Verwijderde rijen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>List the import batches of the workspace, or remove one with everything it brought.</source>
        <translation>Toon de importbatches van de werkruimte, of verwijder er een met alles wat die bracht.</translation>
    </message>
    <message>
        <source>Remove this batch and everything it brought (refused while other data depends on it).</source>
        <translation>Verwijder deze batch en alles wat die bracht (geweigerd zolang andere gegevens ervan afhangen).</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Workspace %1, schema version %2</source>
        <translation>Werkruimte %1, schemaversie %2</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s schema version and the rows in every table.</source>
        <translation>Toon de schemaversie van de werkruimte en de rijen in elke tabel.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>De werkruimte %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Page %1 does not match its checksum.</source>
        <translation>Pagina %1 klopt niet met haar controlesom.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>De controle is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>JourneyCommand</name>
    <message>
        <source>Usage: leadloop-cli journey LEAD.</source>
        <translation>Gebruik: leadloop-cli journey LEAD.</translation>
    </message>
    <message>
        <source>How each model credits this %1&apos;s touches:</source>
        <translation>Hoe elk model de contactmomenten van deze %1 toekent:</translation>
    </message>
    <message>
        <source>Everything that happened to one lead, in time order, and how each model credits their touches.</source>
        <translation>Alles wat één lead overkwam, op volgorde van tijd, en hoe elk model de contactmomenten toekent.</translation>
    </message>
</context>
<context>
    <name>JourneyReport</name>
    <message>
        <source>%1 names a deal without a lead.</source>
        <translation>%1 noemt een deal zonder lead.</translation>
    </message>
    <message>
        <source>visitor %1</source>
        <translation>bezoeker %1</translation>
    </message>
    <message>
        <source>%1 visitor %2 (%3)%4</source>
        <translation>%1 bezoeker %2 (%3)%4</translation>
    </message>
    <message>
        <source>became a lead: %1</source>
        <translation>werd lead: %1</translation>
    </message>
    <message>
        <source>deal %1 created: %2</source>
        <translation>deal %1 aangemaakt: %2</translation>
    </message>
    <message>
        <source>deal %1 entered %2</source>
        <translation>deal %1 kwam in %2</translation>
    </message>
    <message>
        <source>deal %1: %2 → %3 by %4 (%5)%6</source>
        <translation>deal %1: %2 → %3 door %4 (%5)%6</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wanneer (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Bron / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landingspagina</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Paginaweergaven</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duur (s)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Touch (UTC)</source>
        <translation>Contactmoment (UTC)</translation>
    </message>
    <message>
        <source>Ad click ids</source>
        <translation>Advertentieklik-id’s</translation>
    </message>
</context>
<context>
    <name>JsonLinesSource</name>
    <message>
        <source>The line is not valid JSON (%1).</source>
        <translation>De regel is geen geldige JSON (%1).</translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message>
        <source>lead since %1</source>
        <translation>lead sinds %1</translation>
    </message>
    <message>
        <source>first channel: %1</source>
        <translation>eerste kanaal: %1</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(geen fase)</translation>
    </message>
    <message>
        <source>No deal yet: marking the lead won or lost opens one.</source>
        <translation>Nog geen deal: de lead als gewonnen of verloren markeren opent er een.</translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation>Uitkomstgeschiedenis</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <source>Not tagged yet.</source>
        <translation>Nog niet gelabeld.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Klantreis</translation>
    </message>
    <message>
        <source>No tracked visits are linked to this lead.</source>
        <translation>Er zijn geen gevolgde bezoeken aan deze lead gekoppeld.</translation>
    </message>
    <message>
        <source>This part could not be read: %1</source>
        <translation>Dit deel kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Leadscore</translation>
    </message>
    <message>
        <source>tier: %1</source>
        <translation>niveau: %1</translation>
    </message>
    <message>
        <source>Ad consent: user data %1, personalization %2</source>
        <translation>Advertentietoestemming: gebruikersgegevens %1, personalisatie %2</translation>
    </message>
</context>
<context>
    <name>LeadHistory</name>
    <message>
        <source>A contact&apos;s packed properties are not a JSON object; File &gt; Recover… rebuilds them.</source>
        <translation>De verpakte eigenschappen van een contact zijn geen JSON-object; Bestand &gt; Herstellen… bouwt ze opnieuw op.</translation>
    </message>
</context>
<context>
    <name>LeadList</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Aangemaakt (UTC)</translation>
    </message>
    <message>
        <source>First channel</source>
        <translation>Eerste kanaal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Dealfase</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dagen open</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>LeadOutcomes</name>
    <message>
        <source>The property %1 is not yes/no (one value is &quot;%2&quot;), so it cannot be a target.</source>
        <translation>De eigenschap %1 is geen ja/nee (een waarde is &quot;%2&quot;), dus kan geen doel zijn.</translation>
    </message>
    <message>
        <source>No contact has a value for the property %1.</source>
        <translation>Geen enkel contact heeft een waarde voor de eigenschap %1.</translation>
    </message>
    <message>
        <source>The workspace holds no leads to score yet.</source>
        <translation>De werkruimte bevat nog geen leads om te scoren.</translation>
    </message>
</context>
<context>
    <name>LeadResolver</name>
    <message>
        <source>Name a lead: an e-mail, a contact id or a deal id.</source>
        <translation>Noem een lead: een e-mailadres, een contact-id of een deal-id.</translation>
    </message>
    <message>
        <source>No lead has the e-mail %1.</source>
        <translation>Geen lead heeft het e-mailadres %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names both a contact and a deal; write contact:%1 or deal:%1.</source>
        <translation>&apos;%1&apos; noemt zowel een contact als een deal; schrijf contact:%1 of deal:%1.</translation>
    </message>
    <message>
        <source>No lead or deal is called &apos;%1&apos; (give an e-mail, a contact id or deal:ID).</source>
        <translation>Geen lead of deal heet &apos;%1&apos; (geef een e-mailadres, een contact-id of deal:ID).</translation>
    </message>
</context>
<context>
    <name>LeadScores</name>
    <message>
        <source>very high</source>
        <translation>zeer hoog</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <source>The model %1 that scored this lead is missing from the workspace.</source>
        <translation>Het model %1 dat deze lead scoorde ontbreekt in de werkruimte.</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Deel</translation>
    </message>
</context>
<context>
    <name>LeadsCommand</name>
    <message>
        <source>--outcome takes open, won, lost or none, not &apos;%1&apos;.</source>
        <translation>--outcome neemt open, won, lost of none, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only leads with this text in the name, company or e-mail.</source>
        <translation>Alleen leads met deze tekst in naam, bedrijf of e-mail.</translation>
    </message>
    <message>
        <source>Only leads of this owner (repeatable).</source>
        <translation>Alleen leads van deze eigenaar (herhaalbaar).</translation>
    </message>
    <message>
        <source>Only leads with this outcome; none: without a deal (repeatable).</source>
        <translation>Alleen leads met deze uitkomst; none: zonder deal (herhaalbaar).</translation>
    </message>
    <message>
        <source>Only leads whose first channel is this (repeatable).</source>
        <translation>Alleen leads met dit eerste kanaal (herhaalbaar).</translation>
    </message>
    <message>
        <source>Only leads this user owns (my leads).</source>
        <translation>Alleen leads van deze gebruiker (mijn leads).</translation>
    </message>
    <message>
        <source>First day of lead creation (UTC).</source>
        <translation>Eerste dag van aanmaak van de lead (UTC).</translation>
    </message>
    <message>
        <source>Last day of lead creation (UTC).</source>
        <translation>Laatste dag van aanmaak van de lead (UTC).</translation>
    </message>
    <message>
        <source>--tier takes very_high, high, medium, low or none, not &apos;%1&apos;.</source>
        <translation>--tier neemt very_high, high, medium, low of none, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The leads table of the desktop app: every contact once per deal, with owner, first channel, stage, outcome, amount, days open, score and tier.</source>
        <translation>De leadstabel van de desktop-app: elk contact eenmaal per deal, met eigenaar, eerste kanaal, fase, uitkomst, bedrag, dagen open, score en niveau.</translation>
    </message>
    <message>
        <source>Only leads of this score tier: very_high, high, medium, low, or none for leads without a tier (repeatable).</source>
        <translation>Alleen leads van dit scoreniveau: very_high, high, medium, low, of none voor leads zonder niveau (herhaalbaar).</translation>
    </message>
    <message>
        <source>--property takes NAME=VALUE, not &apos;%1&apos;.</source>
        <translation>--property neemt NAAM=WAARDE, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only leads whose contact has this property value, as NAME=VALUE (repeatable; all must hold).</source>
        <translation>Alleen leads waarvan het contact deze eigenschapswaarde heeft, als NAAM=WAARDE (herhaalbaar; alle moeten gelden).</translation>
    </message>
</context>
<context>
    <name>LogisticRegression</name>
    <message>
        <source>There are no leads to learn from.</source>
        <translation>Er zijn geen leads om van te leren.</translation>
    </message>
    <message>
        <source>The baseline model could not be fitted to these leads.</source>
        <translation>Het basismodel kon niet op deze leads worden aangepast.</translation>
    </message>
</context>
<context>
    <name>LostReasons</name>
    <message>
        <source>A lost reason cannot be empty.</source>
        <translation>Een reden van verlies kan niet leeg zijn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a lost reason.</source>
        <translation>&apos;%1&apos; is al een reden van verlies.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lost reason.</source>
        <translation>&apos;%1&apos; is geen reden van verlies.</translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <source>Missing schema resource %1.</source>
        <translation>Schemabron %1 ontbreekt.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to version %1 (%2) failed: %3</source>
        <translation>Het bijwerken van de werkruimte naar versie %1 (%2) is mislukt: %3</translation>
    </message>
</context>
<context>
    <name>OutcomeCommands</name>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Took effect (UTC)</source>
        <translation>Van kracht (UTC)</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli tag LEAD won|lost|open [options].</source>
        <translation>Gebruik: leadloop-cli tag LEAD won|lost|open [opties].</translation>
    </message>
    <message>
        <source>--amount: &apos;%1&apos; is not an amount (write 1234.56 or 1 234,56).</source>
        <translation>--amount: &apos;%1&apos; is geen bedrag (schrijf 1234.56 of 1 234,56).</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not a date and time (write 2024-03-05T14:30:00Z).</source>
        <translation>--at: &apos;%1&apos; is geen datum en tijd (schrijf 2024-03-05T14:30:00Z).</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli untag LEAD [--by NAME] [--note TEXT].</source>
        <translation>Gebruik: leadloop-cli untag LEAD [--by NAAM] [--note TEKST].</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli history LEAD.</source>
        <translation>Gebruik: leadloop-cli history LEAD.</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Reden van verlies</translation>
    </message>
    <message>
        <source>Who records it (default: your login name).</source>
        <translation>Wie dit vastlegt (standaard je inlognaam).</translation>
    </message>
    <message>
        <source>A note kept with the event.</source>
        <translation>Een notitie bij de gebeurtenis.</translation>
    </message>
    <message>
        <source>Tag a lead won, lost or open; every tag is kept in the lead&apos;s history.</source>
        <translation>Label een lead als gewonnen, verloren of open; elk label blijft in de geschiedenis van de lead.</translation>
    </message>
    <message>
        <source>The amount won (default: the deal&apos;s).</source>
        <translation>Het gewonnen bedrag (standaard dat van de deal).</translation>
    </message>
    <message>
        <source>Its currency, e.g. EUR (default: the deal&apos;s).</source>
        <translation>De valuta, bijv. EUR (standaard die van de deal).</translation>
    </message>
    <message>
        <source>Why it was lost (see lost-reasons).</source>
        <translation>Waarom die verloren is (zie lost-reasons).</translation>
    </message>
    <message>
        <source>When it happened (default: now).</source>
        <translation>Wanneer het gebeurde (standaard nu).</translation>
    </message>
    <message>
        <source>Undo the latest outcome change of a lead (kept in its history).</source>
        <translation>Maak de laatste uitkomstwijziging van een lead ongedaan (blijft in de geschiedenis).</translation>
    </message>
    <message>
        <source>Show every outcome change of a lead.</source>
        <translation>Toon elke uitkomstwijziging van een lead.</translation>
    </message>
    <message>
        <source>List, add or remove the reasons offered for lost deals.</source>
        <translation>Toon, voeg toe of verwijder de redenen die voor verloren deals worden aangeboden.</translation>
    </message>
    <message>
        <source>Add a reason.</source>
        <translation>Voeg een reden toe.</translation>
    </message>
    <message>
        <source>Remove a reason.</source>
        <translation>Verwijder een reden.</translation>
    </message>
</context>
<context>
    <name>OutcomeReports</name>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Dealnaam</translation>
    </message>
    <message>
        <source>Took effect (UTC)</source>
        <translation>Van kracht (UTC)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Vastgelegd (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>LeadLoop deal</source>
        <translation>LeadLoop-deal</translation>
    </message>
    <message>
        <source>CRM deal id</source>
        <translation>CRM-deal-id</translation>
    </message>
    <message>
        <source>CRM contact id</source>
        <translation>CRM-contact-id</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Tagged by</source>
        <translation>Gelabeld door</translation>
    </message>
    <message>
        <source>Tagged at (UTC)</source>
        <translation>Gelabeld op (UTC)</translation>
    </message>
</context>
<context>
    <name>OutcomeTagger</name>
    <message>
        <source>Deal %1 does not exist.</source>
        <translation>Deal %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation>Contact %1 bestaat niet.</translation>
    </message>
    <message>
        <source>An outcome is won, lost or open, not &apos;%1&apos;.</source>
        <translation>Een uitkomst is won, lost of open, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Een bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR or PLN, not &apos;%1&apos;.</source>
        <translation>Een valuta is een code van drie letters zoals EUR of PLN, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Lost needs a reason: one of %1, or your own words.</source>
        <translation>Verloren vereist een reden: een van %1, of je eigen woorden.</translation>
    </message>
    <message>
        <source>%1 has no deal, so there is nothing to undo.</source>
        <translation>%1 heeft geen deal, dus er valt niets ongedaan te maken.</translation>
    </message>
    <message>
        <source>Deal %1 has no outcome to undo.</source>
        <translation>Deal %1 heeft geen uitkomst om ongedaan te maken.</translation>
    </message>
    <message>
        <source>undoes event %1</source>
        <translation>maakt gebeurtenis %1 ongedaan</translation>
    </message>
    <message>
        <source> (undoes event %1)</source>
        <translation> (maakt gebeurtenis %1 ongedaan)</translation>
    </message>
    <message>
        <source>Won needs an amount, and deal %1 has none: give the amount won.</source>
        <translation>Gewonnen vereist een bedrag en deal %1 heeft er geen: geef het gewonnen bedrag.</translation>
    </message>
    <message numerus="yes">
        <source>This lead has %Ln open deals; name one: %1.</source>
        <translation>
            <numerusform>Deze lead heeft %Ln open deal; noem die: %1.</numerusform>
            <numerusform>Deze lead heeft %Ln open deals; noem er een: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>PathData</name>
    <message>
        <source>%1 is empty: a header row was expected.</source>
        <translation>%1 is leeg: er werd een kopregel verwacht.</translation>
    </message>
    <message>
        <source>%1 needs the columns path and total_conversions (and optionally total_conversion_value and total_null); it has: %2.</source>
        <translation>%1 heeft de kolommen path en total_conversions nodig (en eventueel total_conversion_value en total_null); het heeft: %2.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: &apos;%4&apos; is not a count or amount of 0 or more.</source>
        <translation>%1, rij %2, kolom %3: &apos;%4&apos; is geen aantal of bedrag van 0 of meer.</translation>
    </message>
    <message>
        <source>%1, row %2, column path: the path is empty.</source>
        <translation>%1, rij %2, kolom path: het pad is leeg.</translation>
    </message>
</context>
<context>
    <name>PathsCommand</name>
    <message>
        <source>--top takes 1 or more.</source>
        <translation>--top neemt 1 of meer.</translation>
    </message>
    <message>
        <source>The most frequent paths of touches to conversion.</source>
        <translation>De meest voorkomende paden van contactmomenten naar conversie.</translation>
    </message>
    <message>
        <source>How many paths (default 10).</source>
        <translation>Hoeveel paden (standaard 10).</translation>
    </message>
    <message>
        <source>What counts as a conversion (default lead).</source>
        <translation>Wat als conversie telt (standaard lead).</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>conversies</translation>
    </message>
</context>
<context>
    <name>PathsReport</name>
    <message>
        <source>--top takes 1 or more.</source>
        <translation>--top neemt 1 of meer.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pad</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversies</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Share of conversions</source>
        <translation>Aandeel in conversies</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Rendement op investering</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Winratio</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkoopkansen</translation>
    </message>
    <message>
        <source>From visitor to customer</source>
        <translation>Van bezoeker tot klant</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Revenue and cost (%1)</source>
        <translation>Omzet en kosten (%1)</translation>
    </message>
    <message>
        <source>Leads and customers per week</source>
        <translation>Leads en klanten per week</translation>
    </message>
    <message>
        <source>Period: %1 · generated %2 by LeadLoop</source>
        <translation>Periode: %1 · gemaakt op %2 door LeadLoop</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1 against the period before</source>
        <translation>%1 ten opzichte van de vorige periode</translation>
    </message>
    <message>
        <source>Share found when calling the top tenths first</source>
        <translation>Aandeel gevonden door eerst de bovenste tienden te bellen</translation>
    </message>
    <message>
        <source>Found by score</source>
        <translation>Gevonden op score</translation>
    </message>
    <message>
        <source>Found at random</source>
        <translation>Willekeurig gevonden</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lead to customer</source>
        <translation>Van lead naar klant</translation>
    </message>
    <message>
        <source>Lead to customer, with 95 % intervals</source>
        <translation>Van lead naar klant, met 95%-intervallen</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Out of memory while connecting to %1.</source>
        <translation>Onvoldoende geheugen bij het verbinden met %1.</translation>
    </message>
    <message>
        <source>The team server %1 refused the login: %2</source>
        <translation>De teamserver %1 weigerde de aanmelding: %2</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached: %2</source>
        <translation>De teamserver %1 is niet bereikbaar: %2</translation>
    </message>
    <message>
        <source>The connection to the team server %1 was lost: %2</source>
        <translation>De verbinding met de teamserver %1 is verbroken: %2</translation>
    </message>
    <message>
        <source>The team server %1 refused: %2</source>
        <translation>De teamserver %1 weigerde: %2</translation>
    </message>
    <message>
        <source>The team server %1 reported: %2</source>
        <translation>De teamserver %1 meldde: %2</translation>
    </message>
</context>
<context>
    <name>PropertiesCommand</name>
    <message>
        <source>%1 has no contact, so no properties.</source>
        <translation>%1 heeft geen contact en dus geen eigenschappen.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Verschillende waarden</translation>
    </message>
    <message>
        <source>List the contact properties CRM imports kept (the columns no field maps) with their types, or one lead&apos;s values.</source>
        <translation>Toon de contacteigenschappen die CRM-imports bewaarden (de kolommen zonder veld) met hun type, of de waarden van één lead.</translation>
    </message>
</context>
<context>
    <name>Proportions</name>
    <message>
        <source>%1 and %2 cannot be told apart: %3 vs %4, the difference could be anything from %5 to %6 points (%7).</source>
        <translation>%1 en %2 zijn niet van elkaar te onderscheiden: %3 tegen %4, het verschil kan alles zijn van %5 tot %6 punten (%7).</translation>
    </message>
    <message>
        <source>%1 converts better than %2: %3 vs %4, difference %5 to %6 points (%7).</source>
        <translation>%1 converteert beter dan %2: %3 tegen %4, verschil %5 tot %6 punten (%7).</translation>
    </message>
</context>
<context>
    <name>RateIntervals</name>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (laag)</translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation>%1 (hoog)</translation>
    </message>
</context>
<context>
    <name>RecoverCommand</name>
    <message>
        <source>recover needs --out FILE: the new workspace to write (the damaged one is never changed).</source>
        <translation>recover heeft --out BESTAND nodig: de nieuwe werkruimte om te schrijven (de beschadigde wordt nooit gewijzigd).</translation>
    </message>
    <message>
        <source>Recovered %1 whole into %2.</source>
        <translation>%1 volledig hersteld in %2.</translation>
    </message>
    <message>
        <source>Recovered what could be read of %1 into %2; what was lost is listed below.</source>
        <translation>Hersteld wat van %1 kon worden gelezen in %2; wat verloren ging staat hieronder.</translation>
    </message>
    <message>
        <source>%1 of %2 pages could not be trusted.</source>
        <translation>%1 van %2 pagina&apos;s waren niet betrouwbaar.</translation>
    </message>
    <message>
        <source>Salvage what can be read from a damaged workspace into a new file, and say what was lost.</source>
        <translation>Red wat leesbaar is uit een beschadigde werkruimte naar een nieuw bestand, en meld wat verloren ging.</translation>
    </message>
    <message>
        <source>The new workspace file to write.</source>
        <translation>Het nieuwe werkruimtebestand om te schrijven.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Rows recovered</source>
        <translation>Herstelde rijen</translation>
    </message>
    <message>
        <source>Of them from loose pages</source>
        <translation>Waarvan uit losse pagina&apos;s</translation>
    </message>
    <message>
        <source>Rows lost (at most)</source>
        <translation>Verloren rijen (hoogstens)</translation>
    </message>
    <message>
        <source>Ids lost</source>
        <translation>Verloren id&apos;s</translation>
    </message>
    <message>
        <source>more, unknown</source>
        <translation>meer, onbekend</translation>
    </message>
    <message>
        <source>rows that fit no table</source>
        <translation>rijen die in geen tabel passen</translation>
    </message>
    <message>
        <source>(check)</source>
        <translation>(controle)</translation>
    </message>
    <message>
        <source>Recover into a new file: the damaged workspace is never overwritten.</source>
        <translation>Herstel in een nieuw bestand: de beschadigde werkruimte wordt nooit overschreven.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the recovered workspace.</source>
        <translation>%1 bestaat al; kies een nieuw bestand voor de herstelde werkruimte.</translation>
    </message>
    <message>
        <source>The recovered workspace did not check whole (%1); nothing was written.</source>
        <translation>De herstelde werkruimte bleek niet heel (%1); er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>RefusedChanges</name>
    <message>
        <source>The team server refused it: your role in the team workspace is %1.</source>
        <translation>De teamserver weigerde dit: je rol in de teamwerkruimte is %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>report needs --pdf OUT.pdf.</source>
        <translation>report vereist --pdf UIT.pdf.</translation>
    </message>
    <message>
        <source>--model takes a model id, not &apos;%1&apos;.</source>
        <translation>--model neemt een model-id, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sectie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Write the executive PDF report: headline figures, funnel, channels with ROI, attribution by every model, campaigns, trends, deals and methodology.</source>
        <translation>Schrijf het pdf-rapport voor de directie: kerncijfers, trechter, kanalen met ROI, attributie per model, campagnes, trends, deals en methodologie.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Het te schrijven pdf-bestand.</translation>
    </message>
    <message>
        <source>The model crediting channels and campaigns (default linear).</source>
        <translation>Het model dat kanalen en campagnes toekent (standaard linear).</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>De titel van het rapport.</translation>
    </message>
    <message>
        <source>what each section counts</source>
        <translation>wat elke sectie telt</translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source>A contact filter names one of %1, not &apos;%2&apos;.</source>
        <translation>Een contactfilter noemt een van %1, niet &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>ReportHighlights</name>
    <message numerus="yes">
        <source>Other (%n)</source>
        <translation>
            <numerusform>Overig (%n)</numerusform>
            <numerusform>Overig (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>beste %1</translation>
    </message>
    <message>
        <source>worst %1</source>
        <translation>slechtste %1</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>First day of %1 counted (UTC).</source>
        <translation>Eerste dag van %1 die telt (UTC).</translation>
    </message>
    <message>
        <source>Last day of %1 counted (UTC).</source>
        <translation>Laatste dag van %1 die telt (UTC).</translation>
    </message>
    <message>
        <source>Touches at most this many days before a conversion; 0 means unlimited (default: the workspace&apos;s, 90).</source>
        <translation>Contactmomenten hoogstens zoveel dagen vóór een conversie; 0 betekent onbeperkt (standaard die van de werkruimte, 90).</translation>
    </message>
    <message>
        <source>The time_decay half-life in days (default 7).</source>
        <translation>De halfwaardetijd van time_decay in dagen (standaard 7).</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (write 2024-03-05).</source>
        <translation>--%1: &apos;%2&apos; is geen datum (schrijf 2024-03-05).</translation>
    </message>
    <message>
        <source>--lookback-days takes 0 (unlimited) or more days.</source>
        <translation>--lookback-days neemt 0 (onbeperkt) of meer dagen.</translation>
    </message>
    <message>
        <source>--half-life-days takes a positive number of days.</source>
        <translation>--half-life-days neemt een positief aantal dagen.</translation>
    </message>
    <message>
        <source>Only sessions of this channel (repeatable).</source>
        <translation>Alleen sessies van dit kanaal (herhaalbaar).</translation>
    </message>
    <message>
        <source>Only sessions of this campaign (repeatable).</source>
        <translation>Alleen sessies van deze campagne (herhaalbaar).</translation>
    </message>
    <message>
        <source>Only sessions of this source / medium, as &apos;google / cpc&apos; (repeatable).</source>
        <translation>Alleen sessies van deze bron / dit medium, als &apos;google / cpc&apos; (herhaalbaar).</translation>
    </message>
    <message>
        <source>Only deals and people of this owner (repeatable).</source>
        <translation>Alleen deals en mensen van deze eigenaar (herhaalbaar).</translation>
    </message>
    <message>
        <source>Only deals of this product and their people (repeatable).</source>
        <translation>Alleen deals van dit product en hun mensen (herhaalbaar).</translation>
    </message>
    <message>
        <source>Only people whose field has this value: FIELD=VALUE with FIELD one of %1 (repeatable).</source>
        <translation>Alleen mensen van wie het veld deze waarde heeft: VELD=WAARDE met VELD een van %1 (herhaalbaar).</translation>
    </message>
    <message>
        <source>channel (default for --by), source-medium, source, medium, campaign, landing-page, owner, product or account.</source>
        <translation>channel (standaard voor --by), source-medium, source, medium, campaign, landing-page, owner, product of account.</translation>
    </message>
    <message>
        <source>--contact takes FIELD=VALUE, as lifecycle_stage=customer, not &apos;%1&apos;.</source>
        <translation>--contact neemt VELD=WAARDE, zoals lifecycle_stage=customer, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--conversion takes lead, opportunity, customer, revenue, event or event:NAME, not &apos;%1&apos;.</source>
        <translation>--conversion neemt lead, opportunity, customer, revenue, event of event:NAAM, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only sessions of this source (repeatable).</source>
        <translation>Alleen sessies van deze bron (herhaalbaar).</translation>
    </message>
    <message>
        <source>Only sessions of this medium (repeatable).</source>
        <translation>Alleen sessies van dit medium (herhaalbaar).</translation>
    </message>
    <message>
        <source>Only sessions that landed on this page, as &apos;/pricing&apos; (repeatable).</source>
        <translation>Alleen sessies die op deze pagina binnenkwamen, als &apos;/prijzen&apos; (herhaalbaar).</translation>
    </message>
    <message>
        <source>Add the 95 % Wilson interval of every rate (columns RATE_low and RATE_high).</source>
        <translation>De 95%-Wilsoninterval van elk percentage toevoegen (kolommen RATE_low en RATE_high).</translation>
    </message>
    <message>
        <source>Add each credit&apos;s 95 % bootstrap interval from N resamples of the journeys (columns KEY_low and KEY_high).</source>
        <translation>De 95%-bootstrapinterval van elke toeschrijving toevoegen uit N steekproeven van de klantreizen (kolommen KEY_low en KEY_high).</translation>
    </message>
    <message>
        <source>The bootstrap&apos;s seed: the same seed, the same bounds (default 1).</source>
        <translation>Het zaad van de bootstrap: hetzelfde zaad, dezelfde grenzen (standaard 1).</translation>
    </message>
    <message>
        <source>--bootstrap takes a number of resamples from 2 to 100000, not &apos;%1&apos;.</source>
        <translation>--bootstrap neemt een aantal steekproeven van 2 tot 100000, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &apos;%1&apos;.</source>
        <translation>--seed neemt een heel getal, niet &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>SaveFunnelCommand</name>
    <message>
        <source>Save funnel %1</source>
        <translation>Trechter %1 opslaan</translation>
    </message>
    <message>
        <source>Remove funnel %1</source>
        <translation>Trechter %1 verwijderen</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Er is geen werkruimte geopend.</translation>
    </message>
</context>
<context>
    <name>SavedFunnels</name>
    <message>
        <source>A saved funnel needs a name.</source>
        <translation>Een opgeslagen trechter heeft een naam nodig.</translation>
    </message>
    <message>
        <source>There is no saved funnel named %1.</source>
        <translation>Er is geen opgeslagen trechter met de naam %1.</translation>
    </message>
    <message>
        <source>the saved funnel %1</source>
        <translation>de opgeslagen trechter %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Opgeslagen (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Warning: %1 alone predicts the target almost perfectly (AUC ≥ 0.95). It may be filled in after the outcome; if so, train again with --exclude &quot;%2&quot;.</source>
        <translation>Let op: %1 voorspelt alleen het doel bijna perfect (AUC ≥ 0,95). Het wordt mogelijk na de uitkomst ingevuld; train dan opnieuw met --exclude &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Warning: only %1 labelled leads reached the target (fewer than %2), so the scores are unsure and no tiers are given.</source>
        <translation>Let op: slechts %1 gelabelde leads bereikten het doel (minder dan %2), dus de scores zijn onzeker en er worden geen niveaus gegeven.</translation>
    </message>
    <message>
        <source>--holdout takes a share such as 0.25.</source>
        <translation>--holdout neemt een aandeel zoals 0.25.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed neemt een geheel getal.</translation>
    </message>
    <message>
        <source>--split-date takes a date such as 2026-03-01.</source>
        <translation>--split-date neemt een datum zoals 2026-03-01.</translation>
    </message>
    <message>
        <source>No model has been trained yet: run score train first.</source>
        <translation>Er is nog geen model getraind: voer eerst score train uit.</translation>
    </message>
    <message>
        <source>Leads scored</source>
        <translation>Gescoorde leads</translation>
    </message>
    <message>
        <source>--table takes features, lift, calibration or roc, not &apos;%1&apos;.</source>
        <translation>--table neemt features, lift, calibration of roc, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli score show LEAD.</source>
        <translation>Gebruik: leadloop-cli score show LEAD.</translation>
    </message>
    <message>
        <source>%1 has no contact, so no score.</source>
        <translation>%1 heeft geen contact, dus geen score.</translation>
    </message>
    <message>
        <source>--top takes a whole number of leads, 1 or more.</source>
        <translation>--top neemt een geheel aantal leads, 1 of meer.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Kans</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Strongest factor</source>
        <translation>Sterkste factor</translation>
    </message>
    <message>
        <source>score needs an action: train, features, update, model, show or list.</source>
        <translation>score heeft een actie nodig: train, features, update, model, show of list.</translation>
    </message>
    <message>
        <source>Unknown score action &apos;%1&apos;: use train, features, update, model, show or list.</source>
        <translation>Onbekende score-actie &apos;%1&apos;: gebruik train, features, update, model, show of list.</translation>
    </message>
    <message>
        <source>The import is kept, but the lead scores could not be computed again: %1</source>
        <translation>De import is behouden, maar de leadscores konden niet opnieuw worden berekend: %1</translation>
    </message>
    <message>
        <source>Lead scores computed again for %1 open leads.</source>
        <translation>Leadscores opnieuw berekend voor %1 open leads.</translation>
    </message>
    <message>
        <source>Learn from closed-loop outcomes which open leads will close, and show why.</source>
        <translation>Leer uit closed-loop-uitkomsten welke open leads zullen sluiten, en laat zien waarom.</translation>
    </message>
    <message>
        <source>train: what to predict: customer (default), won, or property:NAME for a yes/no property.</source>
        <translation>train: wat te voorspellen: customer (standaard), won, of property:NAAM voor een ja/nee-eigenschap.</translation>
    </message>
    <message>
        <source>train: the share of labelled leads held out to judge the model (default 0.25).</source>
        <translation>train: het aandeel gelabelde leads dat apart wordt gehouden om het model te beoordelen (standaard 0.25).</translation>
    </message>
    <message>
        <source>train: the seed of the random hold-out (default 0).</source>
        <translation>train: de seed van de willekeurige hold-out (standaard 0).</translation>
    </message>
    <message>
        <source>train: hold out the leads created on or after this date instead of a random share.</source>
        <translation>train: houd de leads die op of na deze datum zijn aangemaakt apart in plaats van een willekeurig aandeel.</translation>
    </message>
    <message>
        <source>train: features to leave out, separated by commas; * and ? are wildcards (repeatable).</source>
        <translation>train: kenmerken om weg te laten, gescheiden door komma&apos;s; * en ? zijn jokertekens (herhaalbaar).</translation>
    </message>
    <message>
        <source>model: which table to show: features (default), lift, calibration or roc.</source>
        <translation>model: welke tabel te tonen: features (standaard), lift, calibration of roc.</translation>
    </message>
    <message>
        <source>list: only the N highest scores.</source>
        <translation>list: alleen de N hoogste scores.</translation>
    </message>
</context>
<context>
    <name>ScoreExplanation</name>
    <message>
        <source>This lead has no score: it is not an open lead for the model&apos;s target, or no model was trained yet.</source>
        <translation>Deze lead heeft geen score: het is geen open lead voor het doel van het model, of er is nog geen model getraind.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Kenmerk</translation>
    </message>
</context>
<context>
    <name>ScoreFactors</name>
    <message>
        <source>A stored score&apos;s factors are damaged; training the model again in the Scoring view writes them anew.</source>
        <translation>De factoren van een opgeslagen score zijn beschadigd; het model opnieuw trainen in de weergave Scoring schrijft ze opnieuw.</translation>
    </message>
</context>
<context>
    <name>ScoreTables</name>
    <message>
        <source>Feature</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Belang</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Baseline weight</source>
        <translation>Gewicht in basismodel</translation>
    </message>
    <message>
        <source>AUC alone</source>
        <translation>AUC alleen</translation>
    </message>
    <message>
        <source>Possible leak</source>
        <translation>Mogelijk lek</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Tenth of scores</source>
        <translation>Tiende van de scores</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Reached the target</source>
        <translation>Bereikten het doel</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Share of all found so far</source>
        <translation>Aandeel van alle tot nu toe gevonden</translation>
    </message>
    <message>
        <source>Cumulative lift</source>
        <translation>Cumulatieve lift</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Voorspeld</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Fout-positieve ratio</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Terecht-positieve ratio</translation>
    </message>
</context>
<context>
    <name>ScoreTrainer</name>
    <message>
        <source>The hold-out must be a share between 0 and 1, such as 0.25.</source>
        <translation>De hold-out moet een aandeel tussen 0 en 1 zijn, zoals 0.25.</translation>
    </message>
    <message>
        <source>The leads to learn from (%1) are all of one outcome for the target %2: there is nothing to learn. Tag more outcomes or choose another split.</source>
        <translation>De leads om van te leren (%1) hebben allemaal één uitkomst voor het doel %2: er valt niets te leren. Label meer uitkomsten of kies een andere verdeling.</translation>
    </message>
    <message>
        <source>No lead is held out to judge the model: choose a larger hold-out or an earlier split date.</source>
        <translation>Er is geen lead apart gehouden om het model te beoordelen: kies een grotere hold-out of een eerdere splitsdatum.</translation>
    </message>
    <message>
        <source>No feature is left to learn from.</source>
        <translation>Er is geen kenmerk over om van te leren.</translation>
    </message>
    <message>
        <source>No labelled lead is left to learn from: choose a smaller hold-out or a later split date.</source>
        <translation>Er is geen gelabelde lead over om van te leren: kies een kleinere hold-out of een latere splitsdatum.</translation>
    </message>
</context>
<context>
    <name>ScoringTarget</name>
    <message>
        <source>Unknown target &quot;%1&quot;: use customer, won or property:NAME.</source>
        <translation>Onbekend doel &quot;%1&quot;: gebruik customer, won of property:NAAM.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a PostgreSQL server address; write it as postgresql://user@host:port/database.</source>
        <translation>%1 is geen adres van een PostgreSQL-server; schrijf het als postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The server address %1 names no database; add it after the last slash.</source>
        <translation>Het serveradres %1 noemt geen database; voeg die toe na de laatste schuine streep.</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Bron / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landingspagina</translation>
    </message>
    <message>
        <source>Channel rule</source>
        <translation>Kanaalregel</translation>
    </message>
    <message>
        <source>--by takes one of %1, not &apos;%2&apos;.</source>
        <translation>--by neemt een van %1, niet &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Paginaweergaven</translation>
    </message>
</context>
<context>
    <name>SessionsCommand</name>
    <message>
        <source>Count sessions, visitors and page views per group.</source>
        <translation>Tel sessies, bezoekers en paginaweergaven per groep.</translation>
    </message>
    <message>
        <source>The grouping (default channel).</source>
        <translation>De groepering (standaard kanaal).</translation>
    </message>
</context>
<context>
    <name>SetCampaignCostCommand</name>
    <message>
        <source>Set the cost of %1 on %2 to %3</source>
        <translation>Zet de kosten van %1 op %2 op %3</translation>
    </message>
</context>
<context>
    <name>SetConsentCommand</name>
    <message>
        <source>Set the ad consent of %1</source>
        <translation>Advertentietoestemming van %1 instellen</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>--set takes KEY=VALUE, not &apos;%1&apos;.</source>
        <translation>--set neemt SLEUTEL=WAARDE, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s settings, or change them.</source>
        <translation>Toon de instellingen van de werkruimte, of wijzig ze.</translation>
    </message>
    <message>
        <source>reporting_currency, session_timeout_minutes or attribution_lookback_days; repeatable.</source>
        <translation>reporting_currency, session_timeout_minutes of attribution_lookback_days; herhaalbaar.</translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message>
        <source>--keep takes a number of snapshots, 1 or more.</source>
        <translation>--keep verwacht een aantal snapshots, 1 of meer.</translation>
    </message>
    <message>
        <source>--max-size takes megabytes, 1 or more.</source>
        <translation>--max-size verwacht megabytes, 1 of meer.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Gemaakt (UTC)</translation>
    </message>
    <message>
        <source>Taken before</source>
        <translation>Gemaakt vóór</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Grootte (MB)</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Name the snapshot to restore (see leadloop-cli snapshots), or &apos;latest&apos;.</source>
        <translation>Noem de snapshot die u wilt terugzetten (zie leadloop-cli snapshots), of &apos;latest&apos;.</translation>
    </message>
    <message>
        <source>There is no snapshot &apos;%1&apos; of %2 (in %3).</source>
        <translation>Er is geen snapshot &apos;%1&apos; van %2 (in %3).</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>List the workspace&apos;s snapshots; --keep, --max-size, --folder, --on and --off change how they are kept.</source>
        <translation>Toon de snapshots van de werkruimte; --keep, --max-size, --folder, --on en --off bepalen hoe ze worden bewaard.</translation>
    </message>
    <message>
        <source>Keep the newest N snapshots (default 5).</source>
        <translation>Bewaar de nieuwste N snapshots (standaard 5).</translation>
    </message>
    <message>
        <source>Keep no more than this many megabytes of snapshots in all (default 2048).</source>
        <translation>Bewaar in totaal niet meer dan zoveel megabytes aan snapshots (standaard 2048).</translation>
    </message>
    <message>
        <source>Keep snapshots in this folder (&apos;beside&apos;: next to each workspace).</source>
        <translation>Bewaar snapshots in deze map (&apos;beside&apos;: naast elke werkruimte).</translation>
    </message>
    <message>
        <source>Keep snapshots before changes (the default).</source>
        <translation>Bewaar snapshots vóór wijzigingen (standaard).</translation>
    </message>
    <message>
        <source>Keep no snapshots.</source>
        <translation>Bewaar geen snapshots.</translation>
    </message>
    <message>
        <source>Put a snapshot back in place of the workspace (the state it replaces is kept as a snapshot too).</source>
        <translation>Zet een snapshot terug in plaats van de werkruimte (de vervangen toestand wordt ook als snapshot bewaard).</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>The snapshot was cancelled.</source>
        <translation>De snapshot is geannuleerd.</translation>
    </message>
    <message>
        <source>Cannot create the snapshot folder %1; nothing was changed.</source>
        <translation>Kan de snapshotmap %1 niet maken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The snapshot of %1 did not check whole (%2); nothing was changed.</source>
        <translation>De snapshot van %1 bleek niet heel (%2); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1.</source>
        <translation>Kan de snapshot %1 niet schrijven.</translation>
    </message>
    <message>
        <source>The snapshot %1 is damaged itself; choose another.</source>
        <translation>De snapshot %1 is zelf beschadigd; kies een andere.</translation>
    </message>
    <message>
        <source>The workspace %1 is open for writing elsewhere; close it there first.</source>
        <translation>De werkruimte %1 is elders geopend om te schrijven; sluit haar daar eerst.</translation>
    </message>
    <message>
        <source>restoring the snapshot of %1</source>
        <translation>het terugzetten van de snapshot van %1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before restoring; nothing was changed.</source>
        <translation>Kan geen kopie van %1 bewaren vóór het terugzetten; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot copy the snapshot next to %1.</source>
        <translation>Kan de snapshot niet naast %1 kopiëren.</translation>
    </message>
    <message>
        <source>Cannot put the snapshot in place of %1.</source>
        <translation>Kan de snapshot niet op de plaats van %1 zetten.</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>The workspace %1 is damaged: figures read from it may be wrong. Restore a snapshot (File &gt; Restore…, or leadloop-cli restore) or recover what can be read into a new file (File &gt; Recover…, or leadloop-cli recover).</source>
        <translation>De werkruimte %1 is beschadigd: cijfers eruit kunnen onjuist zijn. Zet een snapshot terug (Bestand &gt; Terugzetten…, of leadloop-cli restore) of herstel wat leesbaar is in een nieuw bestand (Bestand &gt; Herstellen…, of leadloop-cli recover).</translation>
    </message>
    <message>
        <source>There is no space left on the disk that holds %1: free some space and try again.</source>
        <translation>Er is geen ruimte meer op de schijf met %1: maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The disk or file system reported an error while reading or writing %1 (%2).</source>
        <translation>De schijf of het bestandssysteem meldde een fout bij het lezen of schrijven van %1 (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only.</source>
        <translation>%1 kan niet worden geschreven: het bestand of de map is alleen-lezen.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Try again in a moment.</source>
        <translation>%1 is bezet: een ander programma schrijft erin. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>De bewerking is geannuleerd.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Databasefout in %1: %2</translation>
    </message>
</context>
<context>
    <name>TableTrackingSource</name>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>De rij heeft %1 velden; de kopregel heeft er %2.</translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation>Het bezoekers-id is leeg.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time LeadLoop can read; give its format with --time-format.</source>
        <translation>&apos;%1&apos; is geen tijd die LeadLoop kan lezen; geef het formaat met --time-format.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a number; the row was imported without a value.</source>
        <translation>&apos;%1&apos; in %2 is geen getal; de rij is zonder waarde geïmporteerd.</translation>
    </message>
    <message>
        <source>The value holds a NUL byte: the file may be damaged, or not text.</source>
        <translation>De waarde bevat een NUL-byte: het bestand is mogelijk beschadigd, of geen tekst.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a consent state: write granted or denied (or yes or no), or leave it empty.</source>
        <translation>&apos;%1&apos; is geen toestemmingsstatus: schrijf granted of denied (of yes of no), of laat het leeg.</translation>
    </message>
</context>
<context>
    <name>TagLeadsCommand</name>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Tag %1 as %2</source>
        <translation>Label %1 als %2</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n leads as %1</source>
        <translation>
            <numerusform>Label %n lead als %1</numerusform>
            <numerusform>Label %n leads als %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>Name the team server with --server postgresql://user@host/database.</source>
        <translation>Noem de teamserver met --server postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>team publish needs --server URL.</source>
        <translation>team publish heeft --server URL nodig.</translation>
    </message>
    <message>
        <source>team join needs --server URL and --out FILE.</source>
        <translation>team join heeft --server URL en --out FILE nodig.</translation>
    </message>
    <message>
        <source>%1 is not part of a team workspace; publish it with &apos;team publish&apos; or make a replica with &apos;team join&apos;.</source>
        <translation>%1 hoort niet bij een teamwerkruimte; publiceer het met &apos;team publish&apos; of maak een replica met &apos;team join&apos;.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli team grant LOGIN owner|manager|rep|viewer [--crm-owner NAME].</source>
        <translation>Gebruik: leadloop-cli team grant LOGIN owner|manager|rep|viewer [--crm-owner NAME].</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli team revoke LOGIN.</source>
        <translation>Gebruik: leadloop-cli team revoke LOGIN.</translation>
    </message>
    <message>
        <source>Share the workspace with a team through a PostgreSQL server.</source>
        <translation>Deel de werkruimte met een team via een PostgreSQL-server.</translation>
    </message>
    <message>
        <source>The team server: postgresql://user@host:port/database (passwords come from ~/.pgpass).</source>
        <translation>De teamserver: postgresql://user@host:port/database (wachtwoorden komen uit ~/.pgpass).</translation>
    </message>
    <message>
        <source>join: the new replica&apos;s file.</source>
        <translation>join: het bestand van de nieuwe replica.</translation>
    </message>
    <message>
        <source>grant: the owner name the member&apos;s deals carry in the CRM (default: the login).</source>
        <translation>grant: de eigenaarsnaam die de deals van het lid in het CRM dragen (standaard: de login).</translation>
    </message>
    <message>
        <source>Saved here. The team server cannot be reached; changes waiting for the next team sync: %1.</source>
        <translation>Hier opgeslagen. De teamserver is niet bereikbaar; wijzigingen die op de volgende teamsynchronisatie wachten: %1.</translation>
    </message>
    <message>
        <source>The team server refused these changes of yours (%1); they were taken back here (&apos;team log&apos; lists them):</source>
        <translation>De teamserver weigerde deze wijzigingen van je (%1); ze zijn hier teruggedraaid (&apos;team log&apos; toont ze):</translation>
    </message>
    <message>
        <source>team needs an action: publish, join, sync, status, log, members, grant or revoke.</source>
        <translation>team heeft een actie nodig: publish, join, sync, status, log, members, grant of revoke.</translation>
    </message>
    <message>
        <source>Unknown team action &apos;%1&apos;: use publish, join, sync, status, log, members, grant or revoke.</source>
        <translation>Onbekende team-actie &apos;%1&apos;: gebruik publish, join, sync, status, log, members, grant of revoke.</translation>
    </message>
</context>
<context>
    <name>TeamHistory</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>Geweigerd omdat</translation>
    </message>
    <message>
        <source>tag of %1 as %2</source>
        <translation>markering van %1 als %2</translation>
    </message>
    <message>
        <source>setting %1 = %2</source>
        <translation>instelling %1 = %2</translation>
    </message>
    <message>
        <source>import of %1 (%2)</source>
        <translation>import van %1 (%2)</translation>
    </message>
    <message>
        <source>lost reasons: %1</source>
        <translation>verliesredenen: %1</translation>
    </message>
    <message>
        <source>channel grouping %1</source>
        <translation>kanaalindeling %1</translation>
    </message>
    <message>
        <source>identity: %1 %2 and %3</source>
        <translation>identiteit: %1 %2 en %3</translation>
    </message>
    <message>
        <source>removal of import %1</source>
        <translation>verwijdering van import %1</translation>
    </message>
    <message>
        <source>cost of %1 on %2: %3</source>
        <translation>kosten van %1 op %2: %3</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>consent of %1: %2 %3</source>
        <translation>toestemming van %1: %2 %3</translation>
    </message>
</context>
<context>
    <name>TeamMembers</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Owner name in the CRM</source>
        <translation>Eigenaarsnaam in het CRM</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Toegevoegd (UTC)</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>Your login is not a member of the team at %1; ask a team owner to add you.</source>
        <translation>Uw login is geen lid van het team op %1; vraag een eigenaar van het team u toe te voegen.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;: use owner, manager, rep or viewer.</source>
        <translation>Onbekende rol &apos;%1&apos;: gebruik owner, manager, rep of viewer.</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>Noem de login die moet worden toegevoegd.</translation>
    </message>
</context>
<context>
    <name>TeamPublisher</name>
    <message>
        <source>%1 is already a replica of the team workspace at %2.</source>
        <translation>%1 is al een replica van de teamwerkruimte op %2.</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>publiceren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for the replica.</source>
        <translation>%1 bestaat al; kies een nieuw bestand voor de replica.</translation>
    </message>
    <message>
        <source>The team workspace at %1 has format %2; this LeadLoop reads format %3.</source>
        <translation>De teamwerkruimte op %1 heeft indeling %2; deze LeadLoop leest indeling %3.</translation>
    </message>
    <message>
        <source>The team workspace at %1 holds no published file yet.</source>
        <translation>De teamwerkruimte op %1 bevat nog geen gepubliceerd bestand.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The team workspace&apos;s file on %1 is incomplete (piece %2 of %3 is missing).</source>
        <translation>Het bestand van de teamwerkruimte op %1 is onvolledig (deel %2 van %3 ontbreekt).</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>%1 holds no LeadLoop team workspace.</source>
        <translation>%1 bevat geen LeadLoop-teamwerkruimte.</translation>
    </message>
    <message>
        <source>%1 already holds a LeadLoop team workspace; join it instead, or publish to an empty database.</source>
        <translation>%1 bevat al een LeadLoop-teamwerkruimte; sluit u daarbij aan, of publiceer naar een lege database.</translation>
    </message>
    <message>
        <source>Missing schema resource %1.</source>
        <translation>Schemabron %1 ontbreekt.</translation>
    </message>
    <message>
        <source>The team workspace at %1 has format %2, which this LeadLoop cannot upgrade.</source>
        <translation>De teamwerkruimte op %1 heeft formaat %2, dat deze LeadLoop niet kan bijwerken.</translation>
    </message>
    <message>
        <source>The team server at %1 needs an upgrade that only the member who published it can make (%2).</source>
        <translation>De teamserver op %1 heeft een upgrade nodig die alleen het lid dat hem publiceerde kan uitvoeren (%2).</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>This workspace is not part of a team workspace; publish it or join one first.</source>
        <translation>Deze werkruimte hoort niet bij een teamwerkruimte; publiceer haar of sluit u eerst bij een team aan.</translation>
    </message>
    <message>
        <source>The team server refused your changes, and stored none of them: your role (%1) does not allow one of them. %2</source>
        <translation>De teamserver weigerde je wijzigingen en bewaarde er geen: je rol (%1) staat er een van niet toe. %2</translation>
    </message>
</context>
<context>
    <name>TextFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>--encoding: &apos;%1&apos; is not an encoding LeadLoop knows.</source>
        <translation>--encoding: &apos;%1&apos; is geen codering die LeadLoop kent.</translation>
    </message>
</context>
<context>
    <name>TimeParser</name>
    <message>
        <source>&apos;%1&apos; is %2, outside the times tracking data can have (from 1995 to today): check the column, and for numbers their unit.</source>
        <translation>&apos;%1&apos; is %2, buiten de tijden die trackinggegevens kunnen hebben (van 1995 tot vandaag): controleer de kolom, en bij getallen hun eenheid.</translation>
    </message>
</context>
<context>
    <name>TimeToConvert</name>
    <message>
        <source>&apos;%1&apos; is not a step: write first-visit, lead, opportunity, customer, lost, form, event:NAME, page:PATTERN, deal-stage:STAGE, lifecycle-stage:STAGE, channel:NAME, source:NAME, medium:NAME or campaign:NAME.</source>
        <translation>&apos;%1&apos; is geen stap: schrijf first-visit, lead, opportunity, customer, lost, form, event:NAAM, page:PATROON, deal-stage:FASE, lifecycle-stage:FASE, channel:NAAM, source:NAAM, medium:NAAM of campaign:NAAM.</translation>
    </message>
    <message>
        <source>A cohort is a week or a month, not &apos;%1&apos;.</source>
        <translation>Een cohort is een week of een maand, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Took the first step</source>
        <translation>Namen de eerste stap</translation>
    </message>
    <message>
        <source>Then the second</source>
        <translation>Daarna de tweede</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Gemiddeld dagen</translation>
    </message>
    <message>
        <source>10th percentile days</source>
        <translation>10e percentiel dagen</translation>
    </message>
    <message>
        <source>25th percentile days</source>
        <translation>25e percentiel dagen</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediaan dagen</translation>
    </message>
    <message>
        <source>75th percentile days</source>
        <translation>75e percentiel dagen</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>90e percentiel dagen</translation>
    </message>
    <message>
        <source>Under 1 hour</source>
        <translation>Minder dan 1 uur</translation>
    </message>
    <message>
        <source>1 to 24 hours</source>
        <translation>1 tot 24 uur</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <translation>1 tot 7 dagen</translation>
    </message>
    <message>
        <source>7 to 30 days</source>
        <translation>7 tot 30 dagen</translation>
    </message>
    <message>
        <source>30 to 90 days</source>
        <translation>30 tot 90 dagen</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Meer dan 90 dagen</translation>
    </message>
</context>
<context>
    <name>TimeToConvertCommand</name>
    <message>
        <source>time-to-convert needs --from STEP and --to STEP.</source>
        <translation>time-to-convert heeft --from STAP en --to STAP nodig.</translation>
    </message>
    <message>
        <source>Give --by or --cohort, not both.</source>
        <translation>Geef --by of --cohort, niet allebei.</translation>
    </message>
    <message>
        <source>How long people take from one step to another: percentiles and a histogram, per group or per cohort.</source>
        <translation>Hoe lang mensen doen over de weg van de ene stap naar de andere: percentielen en een histogram, per groep of per cohort.</translation>
    </message>
    <message>
        <source>The first step: first-visit, lead, opportunity, customer, lost, form, event:NAME, page:PATTERN, deal-stage:STAGE, lifecycle-stage:STAGE, channel:NAME, source:NAME, medium:NAME or campaign:NAME.</source>
        <translation>De eerste stap: first-visit, lead, opportunity, customer, lost, form, event:NAAM, page:PATROON, deal-stage:FASE, lifecycle-stage:FASE, channel:NAAM, source:NAAM, medium:NAAM of campaign:NAAM.</translation>
    </message>
    <message>
        <source>The second step, written the same way.</source>
        <translation>De tweede stap, op dezelfde manier geschreven.</translation>
    </message>
    <message>
        <source>Group by the week or month the first step happened in.</source>
        <translation>Groeperen naar de week of maand van de eerste stap.</translation>
    </message>
</context>
<context>
    <name>TrackingImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--timezone: &apos;%1&apos; is not a time zone LeadLoop knows (use a name such as Europe/Warsaw).</source>
        <translation>--timezone: &apos;%1&apos; is geen tijdzone die LeadLoop kent (gebruik een naam zoals Europe/Amsterdam).</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>De import van %1 is geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 does not look like a %2 export (JSON Lines with %3).</source>
        <translation>%1 lijkt geen %2-export (JSON Lines met %3).</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>de import van %1</translation>
    </message>
</context>
<context>
    <name>TrackingMappings</name>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN with a known field (%2).</source>
        <translation>--map: &apos;%1&apos; is geen VELD=KOLOM met een bekend veld (%2).</translation>
    </message>
    <message>
        <source>%1 ← %2 (%3)</source>
        <translation>%1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>Snowplow preset</source>
        <translation>Snowplow-voorinstelling</translation>
    </message>
    <message>
        <source>guessed from the column name</source>
        <translation>afgeleid uit de kolomnaam</translation>
    </message>
    <message>
        <source>--map names the column &apos;%1&apos;, which the file does not have. Its columns are: %2.</source>
        <translation>--map noemt de kolom &apos;%1&apos;, die het bestand niet heeft. De kolommen zijn: %2.</translation>
    </message>
    <message>
        <source>--map</source>
        <translation>--map</translation>
    </message>
    <message>
        <source>No column could be used as the %1 field. Name it with --map %1=COLUMN; the file&apos;s columns are: %2.</source>
        <translation>Geen kolom kon als veld %1 dienen. Noem die met --map %1=KOLOM; de kolommen van het bestand zijn: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tracking field (%2).</source>
        <translation>&apos;%1&apos; is geen trackingveld (%2).</translation>
    </message>
</context>
<context>
    <name>TreeEnsemble</name>
    <message>
        <source>The saved model&apos;s trees could not be read.</source>
        <translation>De bomen van het opgeslagen model konden niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>TrendCommand</name>
    <message>
        <source>--period takes day, week, month or quarter, not &apos;%1&apos;.</source>
        <translation>--period neemt day, week, month of quarter, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A metric per day, ISO week, month or quarter.</source>
        <translation>Een cijfer per dag, ISO-week, maand of kwartaal.</translation>
    </message>
    <message>
        <source>What to count (default sessions).</source>
        <translation>Wat te tellen (standaard sessies).</translation>
    </message>
    <message>
        <source>The period (default week).</source>
        <translation>De periode (standaard week).</translation>
    </message>
    <message>
        <source>the metric</source>
        <translation>het cijfer</translation>
    </message>
</context>
<context>
    <name>TrendReport</name>
    <message>
        <source>--metric takes one of %1, not &apos;%2&apos;.</source>
        <translation>--metric neemt een van %1, niet &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Cost belongs to campaigns: it splits by channel, campaign, source-medium, source or medium, and people filters do not divide it.</source>
        <translation>Kosten horen bij campagnes: ze splitsen per kanaal, campagne, bron-medium, bron of medium, en filters op mensen delen ze niet.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>UaSessionSource</name>
    <message>
        <source>visitor ← fullVisitorId, session ← visitId, time ← visitStartTime + hits.time (Universal Analytics preset)</source>
        <translation>bezoeker ← fullVisitorId, sessie ← visitId, tijd ← visitStartTime + hits.time (Universal Analytics-voorinstelling)</translation>
    </message>
    <message>
        <source>url, title ← hits.page hostname + pagePath, pageTitle; event ← hits.type, eventInfo</source>
        <translation>url, titel ← hits.page hostname + pagePath, pageTitle; gebeurtenis ← hits.type, eventInfo</translation>
    </message>
    <message>
        <source>source, medium, campaign, term, content ← trafficSource</source>
        <translation>bron, medium, campagne, zoekterm, inhoud ← trafficSource</translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation>Het bezoekers-id is leeg.</translation>
    </message>
    <message>
        <source>The session has no visitStartTime.</source>
        <translation>De sessie heeft geen visitStartTime.</translation>
    </message>
    <message>
        <source>The session has no hits.</source>
        <translation>De sessie heeft geen hits.</translation>
    </message>
    <message>
        <source>A hit&apos;s time, %1 ms after the session&apos;s start, cannot be right.</source>
        <translation>De tijd van een hit, %1 ms na het begin van de sessie, kan niet kloppen.</translation>
    </message>
</context>
<context>
    <name>UpgradeCommand</name>
    <message>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <source>Copy of the old file</source>
        <translation>Kopie van het oude bestand</translation>
    </message>
    <message>
        <source>%1 is already at schema version %2.</source>
        <translation>%1 heeft al schemaversie %2.</translation>
    </message>
    <message>
        <source>Upgraded %1 to schema version %2; the old file is kept as %3.</source>
        <translation>%1 is bijgewerkt naar schemaversie %2; het oude bestand is bewaard als %3.</translation>
    </message>
    <message>
        <source>Bring a workspace saved by an older LeadLoop to this version&apos;s schema, after saving a copy of it beside it.</source>
        <translation>Werkt een werkruimte die een oudere LeadLoop heeft opgeslagen bij naar het schema van deze versie, na er een kopie naast te bewaren.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace %1 is already open for writing by %2 (process %3 on host %4). Close it there first.</source>
        <translation>De werkruimte %1 is al geopend om te schrijven door %2 (proces %3 op host %4). Sluit hem daar eerst.</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1; check that the folder is writable.</source>
        <translation>Kan het vergrendelbestand naast %1 niet maken; controleer of de map beschrijfbaar is.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 bestaat al; kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet maken.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>De werkruimte %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a LeadLoop workspace; it was left unchanged.</source>
        <translation>%1 is geen LeadLoop-werkruimte; het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer LeadLoop (workspace version %2; this version reads up to %3). Update LeadLoop to open it; the file was left unchanged.</source>
        <translation>%1 is opgeslagen door een nieuwere LeadLoop (werkruimteversie %2; deze versie leest tot %3). Werk LeadLoop bij om het te openen; het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened; it was left unchanged.</source>
        <translation>%1 is beschadigd en kan niet worden geopend; het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 before upgrading; nothing was changed.</source>
        <translation>Kan de reservekopie %1 niet schrijven vóór het bijwerken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 was saved by an older LeadLoop and needs an upgrade from version %2 to %3: open it in LeadLoop, or run leadloop-cli upgrade (a copy of the old file is kept beside it).</source>
        <translation>%1 is opgeslagen door een oudere LeadLoop en moet worden bijgewerkt van versie %2 naar %3: open het in LeadLoop of voer leadloop-cli upgrade uit (een kopie van het oude bestand blijft ernaast bewaard).</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be written to it.</source>
        <translation>%1 is alleen-lezen geopend: er kan niets in worden geschreven.</translation>
    </message>
    <message>
        <source>%1 was replaced by another file while LeadLoop had it open; nothing was written. Open it again to see the file that is there now.</source>
        <translation>%1 is vervangen door een ander bestand terwijl LeadLoop het open had; er is niets geschreven. Open het opnieuw om het bestand te zien dat er nu staat.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved while LeadLoop had it open; nothing was written. Open it again from where it is now.</source>
        <translation>%1 is verwijderd of verplaatst terwijl LeadLoop het open had; er is niets geschreven. Open het opnieuw vanaf de plek waar het nu staat.</translation>
    </message>
    <message>
        <source>the upgrade from version %1 to %2</source>
        <translation>de upgrade van versie %1 naar %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceChannels</name>
    <message>
        <source>the workspace&apos;s custom channel rules</source>
        <translation>de eigen kanaalregels van de werkruimte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a shipped channel grouping (%2) nor a rule file.</source>
        <translation>&apos;%1&apos; is geen meegeleverde kanaalgroepering (%2) en geen regelbestand.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan %1 niet lezen.</translation>
    </message>
</context>
<context>
    <name>WorkspacePreferencesCommand</name>
    <message>
        <source>Change workspace settings</source>
        <translation>Werkruimte-instellingen wijzigen</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettings</name>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>reporting_currency is a three-letter code such as EUR or PLN, not &apos;%1&apos;.</source>
        <translation>reporting_currency is een code van drie letters zoals EUR of PLN, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>session_timeout_minutes takes minutes from 1 to 1440.</source>
        <translation>session_timeout_minutes neemt minuten van 1 tot 1440.</translation>
    </message>
    <message>
        <source>attribution_lookback_days takes 0 (unlimited) or more days.</source>
        <translation>attribution_lookback_days neemt 0 (onbeperkt) of meer dagen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a setting that can be set here (reporting_currency, session_timeout_minutes, attribution_lookback_days; the channel grouping changes with reclassify).</source>
        <translation>&apos;%1&apos; is geen instelling die hier kan worden gezet (reporting_currency, session_timeout_minutes, attribution_lookback_days; de kanaalgroepering wijzigt met reclassify).</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 has no part %2; it is not a valid .xlsx file.</source>
        <translation>%1 heeft geen onderdeel %2; het is geen geldig .xlsx-bestand.</translation>
    </message>
    <message>
        <source>%1: the part %2 would unpack to %3 MB from %4 KB; LeadLoop refuses it as a possible zip bomb.</source>
        <translation>%1: het onderdeel %2 zou uitpakken tot %3 MB uit %4 KB; LeadLoop weigert het als mogelijke zipbom.</translation>
    </message>
    <message>
        <source>%1: cannot read the part %2.</source>
        <translation>%1: kan het onderdeel %2 niet lezen.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx file (it cannot be opened as a zip archive).</source>
        <translation>%1 is geen .xlsx-bestand (het kan niet als zip-archief worden geopend).</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2).</source>
        <translation>%1: de werkmap is beschadigd (%2).</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 heeft geen werkblad.</translation>
    </message>
    <message>
        <source>%1 has no sheet called &apos;%2&apos;; its sheets are: %3.</source>
        <translation>%1 heeft geen blad &apos;%2&apos;; de bladen zijn: %3.</translation>
    </message>
    <message>
        <source>%1 declares XML entities, which LeadLoop refuses.</source>
        <translation>%1 declareert XML-entiteiten, die LeadLoop weigert.</translation>
    </message>
    <message>
        <source>%1: the shared strings are damaged (%2).</source>
        <translation>%1: de gedeelde teksten zijn beschadigd (%2).</translation>
    </message>
    <message>
        <source>%1: the sheet is damaged near row %2 (%3).</source>
        <translation>%1: het blad is beschadigd rond rij %2 (%3).</translation>
    </message>
</context>
<context>
    <name>leadloop::AdConversionExportDialog</name>
    <message>
        <source>Only conversions from</source>
        <translation>Alleen conversies van</translation>
    </message>
    <message>
        <source>Also send people whose consent is unknown</source>
        <translation>Ook mensen sturen van wie de toestemming onbekend is</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export conversions for an ad platform</source>
        <translation>Conversies exporteren voor een advertentieplatform</translation>
    </message>
    <message>
        <source>What the deal is worth (won amount)</source>
        <translation>Wat de deal waard is (gewonnen bedrag)</translation>
    </message>
    <message>
        <source>The deal&apos;s amount</source>
        <translation>Het bedrag van de deal</translation>
    </message>
    <message>
        <source>A fixed value</source>
        <translation>Een vaste waarde</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Geen waarde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Conversions:</source>
        <translation>Conversies:</translation>
    </message>
    <message>
        <source>Conversion name:</source>
        <translation>Conversienaam:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Waarde:</translation>
    </message>
    <message>
        <source>Time zone of the file:</source>
        <translation>Tijdzone van het bestand:</translation>
    </message>
    <message>
        <source>Country of national phone numbers:</source>
        <translation>Land van nationale telefoonnummers:</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Conversions to send: %1.</source>
        <translation>Te verzenden conversies: %1.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Weggelaten: %1.</translation>
    </message>
    <message>
        <source>Sent before and to retract now (their deal is no longer won): %1.</source>
        <translation>Eerder verzonden en nu in te trekken (de deal is niet meer gewonnen): %1.</translation>
    </message>
    <message>
        <source>Meta accepts events up to 7 days old: send the file today.</source>
        <translation>Meta neemt gebeurtenissen aan tot 7 dagen oud: verstuur het bestand vandaag.</translation>
    </message>
    <message>
        <source>This platform takes no retractions.</source>
        <translation>Dit platform neemt geen intrekkingen aan.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschreven naar %1.</translation>
    </message>
    <message>
        <source>Written to %1; retractions to %2.</source>
        <translation>Geschreven naar %1; intrekkingen naar %2.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export conversions</source>
        <translation>Conversies exporteren</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Het bestand wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>leadloop::AnalysisFilterBar</name>
    <message>
        <source>All time</source>
        <translation>Alle tijd</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigen data</translation>
    </message>
    <message>
        <source>The attribution model that credits conversions (docs: Metrics).</source>
        <translation>Het attributiemodel dat conversies toekent (documentatie: Metrics).</translation>
    </message>
    <message>
        <source> days back</source>
        <translation> dagen terug</translation>
    </message>
    <message>
        <source>any time back</source>
        <translation>onbeperkt terug</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle campagnes</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
</context>
<context>
    <name>leadloop::AnalysisView</name>
    <message>
        <source>&amp;Save chart…</source>
        <translation>Grafiek &amp;opslaan…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Select two rows to compare their %1 rates.</source>
        <translation>Selecteer twee rijen om hun percentages te vergelijken (%1).</translation>
    </message>
    <message>
        <source>%1: these two rows have no counts to compare.</source>
        <translation>%1: deze twee rijen hebben geen aantallen om te vergelijken.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>leadloop::AttributionView</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkoopkansen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Toekennen:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>aan:</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attributie</translation>
    </message>
    <message>
        <source>all the credit to the first visit</source>
        <translation>alle waardering naar het eerste bezoek</translation>
    </message>
    <message>
        <source>all the credit to the last visit before the conversion</source>
        <translation>alle waardering naar het laatste bezoek vóór de conversie</translation>
    </message>
    <message>
        <source>all to the last visit that was not Direct</source>
        <translation>alles naar het laatste bezoek dat niet Direct was</translation>
    </message>
    <message>
        <source>equal shares to every visit</source>
        <translation>gelijke delen voor elk bezoek</translation>
    </message>
    <message>
        <source>more to recent visits, halving every 7 days back</source>
        <translation>meer voor recente bezoeken, gehalveerd per 7 dagen terug</translation>
    </message>
    <message>
        <source>40 % first, 40 % last, 20 % shared by the middle</source>
        <translation>40 % eerste, 40 % laatste, 20 % verdeeld over het midden</translation>
    </message>
    <message>
        <source>30 % each to the first visit, the lead and the opportunity, 10 % to the rest</source>
        <translation>elk 30 % naar het eerste bezoek, de lead en de verkoopkans, 10 % naar de rest</translation>
    </message>
    <message>
        <source>22.5 % each to first visit, lead, opportunity and close, 10 % to the rest</source>
        <translation>elk 22,5 % naar eerste bezoek, lead, verkoopkans en afsluiting, 10 % naar de rest</translation>
    </message>
    <message>
        <source>by how many conversions would be lost without the channel (removal effect)</source>
        <translation>naar hoeveel conversies er zonder het kanaal verloren zouden gaan (verwijderingseffect)</translation>
    </message>
    <message>
        <source>by each channel&apos;s fair share of what channels achieve together</source>
        <translation>naar het eerlijke aandeel van elk kanaal in wat kanalen samen bereiken</translation>
    </message>
    <message>
        <source>%1 credited by four models</source>
        <translation>%1 toegekend door vier modellen</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversies</translation>
    </message>
    <message>
        <source>%1 won deals worth %2 %3 in all.</source>
        <translation>%1 gewonnen deals ter waarde van %2 %3 in totaal.</translation>
    </message>
    <message>
        <source>Removal effect</source>
        <translation>Verwijderingseffect</translation>
    </message>
    <message>
        <source>the share of all conversions the Markov chain loses without the channel</source>
        <translation>het aandeel van alle conversies dat de Markov-keten zonder het kanaal verliest</translation>
    </message>
    <message>
        <source>Shapley value</source>
        <translation>Shapley-waarde</translation>
    </message>
    <message>
        <source>the conversion rate the channel adds, averaged over every order in which channels join</source>
        <translation>de conversieratio die het kanaal toevoegt, gemiddeld over elke volgorde waarin kanalen meedoen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversions in all.</source>
        <translation>
            <numerusform>%Ln conversie in totaal.</numerusform>
            <numerusform>%Ln conversies in totaal.</numerusform>
        </translation>
    </message>
    <message>
        <source>95 % intervals (%1 resamples)</source>
        <translation>95%-intervallen (%1 steekproeven)</translation>
    </message>
    <message>
        <source>No intervals</source>
        <translation>Geen intervallen</translation>
    </message>
    <message>
        <source>95 % interval: %1 to %2 (bootstrap)</source>
        <translation>95%-interval: %1 tot %2 (bootstrap)</translation>
    </message>
    <message>
        <source>%1 credited by four models, with 95 % intervals</source>
        <translation>%1 toegeschreven door vier modellen, met 95%-intervallen</translation>
    </message>
    <message>
        <source>Point at a credit for its 95 % interval.</source>
        <translation>Wijs een toeschrijving aan voor het 95%-interval.</translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignDaysModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klikken</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Vertoningen</translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignsModel</name>
    <message>
        <source>Cost but no sessions: no visit carries this campaign, source and medium. Check the UTM tags of its links.</source>
        <translation>Kosten maar geen sessies: geen bezoek draagt deze campagne, bron en medium. Controleer de UTM-tags van de links.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>&amp;Import costs…</source>
        <translation>Kosten &amp;importeren…</translation>
    </message>
    <message>
        <source>Cost not changed</source>
        <translation>Kosten niet gewijzigd</translation>
    </message>
    <message>
        <source>%1 campaigns, %2 spent in total.</source>
        <translation>%1 campagnes, in totaal %2 uitgegeven.</translation>
    </message>
    <message>
        <source>Select a campaign to see and edit its daily costs.</source>
        <translation>Kies een campagne om de dagelijkse kosten te zien en te bewerken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daily costs of %1&lt;/b&gt; — double-click a cost to change it; Edit &gt; Undo takes it back.</source>
        <translation>&lt;b&gt;Dagelijkse kosten van %1&lt;/b&gt; — dubbelklik op een bedrag om het te wijzigen; Bewerken &gt; Ongedaan maken draait het terug.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln with cost but no sessions (shown in red).</source>
        <translation>
            <numerusform>%Ln met kosten maar zonder sessies (in rood).</numerusform>
            <numerusform>%Ln met kosten maar zonder sessies (in rood).</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily costs could not be read: %1</source>
        <translation>De dagelijkse kosten konden niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::ChannelsView</name>
    <message>
        <source>revenue-and-cost.png</source>
        <translation>omzet-en-kosten.png</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Revenue and cost (%1)</source>
        <translation>Omzet en kosten (%1)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Leads and customers (%1 model)</source>
        <translation>Leads en klanten (model %1)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversies</translation>
    </message>
    <message>
        <source>%1 leads, %2 customers, %3 %4 revenue, %5 %4 cost.</source>
        <translation>%1 leads, %2 klanten, %3 %4 omzet, %5 %4 kosten.</translation>
    </message>
    <message>
        <source>Lead to customer</source>
        <translation>Van lead naar klant</translation>
    </message>
</context>
<context>
    <name>leadloop::CohortsView</name>
    <message>
        <source>Cohorts</source>
        <translation>Cohorten</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>Tijd tot conversie</translation>
    </message>
    <message>
        <source>Cohort triangle</source>
        <translation>Cohortdriehoek</translation>
    </message>
    <message>
        <source>from the first visit</source>
        <translation>vanaf het eerste bezoek</translation>
    </message>
    <message>
        <source>from becoming a lead</source>
        <translation>vanaf lead worden</translation>
    </message>
    <message>
        <source>from the first deal</source>
        <translation>vanaf de eerste deal</translation>
    </message>
    <message>
        <source>to becoming a lead</source>
        <translation>tot lead worden</translation>
    </message>
    <message>
        <source>to the first deal</source>
        <translation>tot de eerste deal</translation>
    </message>
    <message>
        <source>to the first won deal</source>
        <translation>tot de eerste gewonnen deal</translation>
    </message>
    <message>
        <source>everyone together</source>
        <translation>iedereen samen</translation>
    </message>
    <message>
        <source>by week of the first step</source>
        <translation>per week van de eerste stap</translation>
    </message>
    <message>
        <source>by month of the first step</source>
        <translation>per maand van de eerste stap</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>people by first visit</source>
        <translation>personen per eerste bezoek</translation>
    </message>
    <message>
        <source>people by becoming a lead</source>
        <translation>personen per lead worden</translation>
    </message>
    <message>
        <source>in months</source>
        <translation>in maanden</translation>
    </message>
    <message>
        <source>in weeks</source>
        <translation>in weken</translation>
    </message>
    <message>
        <source>customers so far</source>
        <translation>klanten tot nu toe</translation>
    </message>
    <message>
        <source>leads so far</source>
        <translation>leads tot nu toe</translation>
    </message>
    <message>
        <source>revenue so far</source>
        <translation>omzet tot nu toe</translation>
    </message>
    <message>
        <source>cohorts.png</source>
        <translation>cohorten.png</translation>
    </message>
    <message>
        <source>Time %1 %2</source>
        <translation>Tijd %1 %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1 of %2 people converted: half of them within %3 days, 90 % within %4 days.</source>
        <translation>%1 van %2 personen converteerden: de helft binnen %3 dagen, 90% binnen %4 dagen.</translation>
    </message>
    <message>
        <source>%1 of %2 people converted.</source>
        <translation>%1 van %2 personen converteerden.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>Each cohort&apos;s %1 by %2 since it began</source>
        <translation>%1 van elke cohort per %2 sinds het begin</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>% of the cohort</source>
        <translation>% van de cohort</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cohorts; each row ends where the data does.</source>
        <translation>
            <numerusform>%Ln cohort; elke rij eindigt waar de gegevens eindigen.</numerusform>
            <numerusform>%Ln cohorten; elke rij eindigt waar de gegevens eindigen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::ConsentDialog</name>
    <message>
        <source>As the imports say</source>
        <translation>Zoals de imports zeggen</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Ad consent of %1</source>
        <translation>Advertentietoestemming van %1</translation>
    </message>
    <message>
        <source>Whether this person&apos;s data may be sent to ad platforms (Google, Microsoft, Meta, LinkedIn) and used for personalised ads. A choice made here wins over what imports say; nobody whose ad user data is denied is ever exported.</source>
        <translation>Of de gegevens van deze persoon naar advertentieplatforms (Google, Microsoft, Meta, LinkedIn) mogen en gebruikt mogen worden voor gepersonaliseerde advertenties. Een keuze hier gaat voor wat imports zeggen; niemand van wie de gebruikersgegevens voor advertenties geweigerd zijn, wordt ooit geëxporteerd.</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>nu: %1</translation>
    </message>
    <message>
        <source>Ad user data:</source>
        <translation>Gebruikersgegevens voor advertenties:</translation>
    </message>
    <message>
        <source>Ad personalization:</source>
        <translation>Advertentiepersonalisatie:</translation>
    </message>
</context>
<context>
    <name>leadloop::DamageBanner</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Re&amp;cover…</source>
        <translation>&amp;Herstellen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workspace is damaged: figures may be wrong.&lt;/b&gt; It is open read-only. Restore the last good snapshot, or recover what can be read into a new file.</source>
        <translation>&lt;b&gt;Deze werkruimte is beschadigd: cijfers kunnen onjuist zijn.&lt;/b&gt; Ze is alleen-lezen geopend. Zet de laatste goede snapshot terug, of herstel wat leesbaar is in een nieuw bestand.</translation>
    </message>
</context>
<context>
    <name>leadloop::DashboardView</name>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Winratio</translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation>&amp;Resultaten</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Werkruimte</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trechter</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkoopkansen</translation>
    </message>
    <message>
        <source>Revenue and cost by channel (%1)</source>
        <translation>Omzet en kosten per kanaal (%1)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Leads and customers per week</source>
        <translation>Leads en klanten per week</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>No campaign had cost in this period.</source>
        <translation>Geen campagne had kosten in deze periode.</translation>
    </message>
    <message>
        <source>%1 won deals worth %2 %3 have no contact: they count in Deals and the win rate, but not in revenue, the funnel, channels or attribution, which follow people.</source>
        <translation>%1 gewonnen deals ter waarde van %2 %3 hebben geen contact: ze tellen mee in Deals en de winratio, maar niet in omzet, trechter, kanalen of attributie, die mensen volgen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best campaigns by ROI&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Beste campagnes op ROI&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Worst campaigns by ROI&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Slechtste campagnes op ROI&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>ROI = (revenue − cost) / cost, revenue credited by the linear model.</source>
        <translation>ROI = (omzet − kosten) / kosten, omzet toegekend met het lineaire model.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>leadloop::DealsView</name>
    <message>
        <source>By:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Won value (%1)</source>
        <translation>Gewonnen waarde (%1)</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Gewonnen waarde</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Winratio</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 deals: %2 won, %3 lost; win rate %4 %.</source>
        <translation>%1 deals: %2 gewonnen, %3 verloren; winratio %4 %.</translation>
    </message>
    <message>
        <source>Win rate: won / (won + lost), with 95 % intervals</source>
        <translation>Winstpercentage: gewonnen / (gewonnen + verloren), met 95%-intervallen</translation>
    </message>
</context>
<context>
    <name>leadloop::FunnelStepEditor</name>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>(the condition in words)</source>
        <translation>(de voorwaarde in woorden)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Bron / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Stap:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>in this order</source>
        <translation>in deze volgorde</translation>
    </message>
    <message>
        <source>in any order</source>
        <translation>in willekeurige volgorde</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>sessions (web steps only)</source>
        <translation>sessies (alleen webstappen)</translation>
    </message>
    <message>
        <source>Steps taken:</source>
        <translation>Stappen gezet:</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Binnen:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Tel:</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Stap verplaatsen</translation>
    </message>
    <message>
        <source>Change step</source>
        <translation>Stap wijzigen</translation>
    </message>
    <message>
        <source>Change the order</source>
        <translation>Volgorde wijzigen</translation>
    </message>
    <message>
        <source>Change the window</source>
        <translation>Venster wijzigen</translation>
    </message>
    <message>
        <source>Change what is counted</source>
        <translation>Wijzigen wat geteld wordt</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Voorwaarde:</translation>
    </message>
    <message>
        <source>URL or path:</source>
        <translation>URL of pad:</translation>
    </message>
    <message>
        <source>/pricing* (* for any text)</source>
        <translation>/prijzen* (* voor willekeurige tekst)</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Naam van de gebeurtenis:</translation>
    </message>
    <message>
        <source>signup_click</source>
        <translation>signup_click</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Waarde:</translation>
    </message>
    <message>
        <source>Paid Search</source>
        <translation>Paid Search</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>marketingqualifiedlead</source>
        <translation>marketingqualifiedlead</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Visit to the site</source>
        <translation>Bezoek aan de site</translation>
    </message>
    <message>
        <source>Visit from a channel or campaign</source>
        <translation>Bezoek uit een kanaal of campagne</translation>
    </message>
    <message>
        <source>Page viewed</source>
        <translation>Pagina bekeken</translation>
    </message>
    <message>
        <source>Event tracked</source>
        <translation>Geregistreerde gebeurtenis</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Formulier verzonden</translation>
    </message>
    <message>
        <source>Became a lead</source>
        <translation>Werd een lead</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Levenscyclusfase</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Deal aangemaakt</translation>
    </message>
    <message>
        <source>Deal stage reached</source>
        <translation>Dealfase bereikt</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Deal gewonnen</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Deal verloren</translation>
    </message>
</context>
<context>
    <name>leadloop::FunnelStepsModel</name>
    <message>
        <source>A step on the web (tracking data); drag to reorder.</source>
        <translation>Een stap op het web (trackinggegevens); sleep om de volgorde te wijzigen.</translation>
    </message>
    <message>
        <source>A step in the CRM; drag to reorder.</source>
        <translation>Een stap in het CRM; sleep om de volgorde te wijzigen.</translation>
    </message>
</context>
<context>
    <name>leadloop::FunnelView</name>
    <message>
        <source>by first touch</source>
        <translation>op eerste contactmoment</translation>
    </message>
    <message>
        <source>by last touch before the lead</source>
        <translation>op laatste contactmoment vóór de lead</translation>
    </message>
    <message>
        <source>by last non-direct touch</source>
        <translation>op laatste niet-directe contactmoment</translation>
    </message>
    <message>
        <source>funnel.png</source>
        <translation>trechter.png</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groepen:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trechter</translation>
    </message>
    <message>
        <source>From visitor to customer</source>
        <translation>Van bezoeker tot klant</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkoopkansen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Funnel:</source>
        <translation>Trechter:</translation>
    </message>
    <message>
        <source>Save funnel…</source>
        <translation>Trechter opslaan…</translation>
    </message>
    <message>
        <source>Delete funnel</source>
        <translation>Trechter verwijderen</translation>
    </message>
    <message>
        <source>Visitor to customer</source>
        <translation>Van bezoeker naar klant</translation>
    </message>
    <message>
        <source>New custom funnel</source>
        <translation>Nieuwe eigen trechter</translation>
    </message>
    <message>
        <source>none: everyone together</source>
        <translation>geen: iedereen samen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt; (drag to reorder)</source>
        <translation>&lt;b&gt;Stappen&lt;/b&gt; (sleep om de volgorde te wijzigen)</translation>
    </message>
    <message>
        <source>Save funnel</source>
        <translation>Trechter opslaan</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Remove funnel</source>
        <translation>Trechter verwijderen</translation>
    </message>
    <message>
        <source>Remove the saved funnel %1? (Edit &gt; Undo brings it back.)</source>
        <translation>De opgeslagen trechter %1 verwijderen? (Bewerken &gt; Ongedaan maken haalt hem terug.)</translation>
    </message>
    <message>
        <source>The saved funnels could not be read: %1</source>
        <translation>De opgeslagen trechters konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>This funnel</source>
        <translation>Deze trechter</translation>
    </message>
    <message>
        <source>The funnel cannot be counted yet</source>
        <translation>De trechter kan nog niet worden geteld</translation>
    </message>
    <message>
        <source>Dropped off before step %1 (%2)</source>
        <translation>Afgehaakt vóór stap %1 (%2)</translation>
    </message>
    <message>
        <source>Reached step %1 (%2)</source>
        <translation>Stap %1 bereikt (%2)</translation>
    </message>
    <message>
        <source>Revenue from these customers: %1 %2. Rates with 95 % intervals.</source>
        <translation>Omzet van deze klanten: %1 %2. Percentages met 95%-intervallen.</translation>
    </message>
    <message>
        <source>Custom funnel</source>
        <translation>Eigen trechter</translation>
    </message>
    <message>
        <source>Nobody took the first step in this period.</source>
        <translation>Niemand zette de eerste stap in deze periode.</translation>
    </message>
    <message>
        <source>%1 people took the first step; %2 (%3 %) reached the last.</source>
        <translation>%1 personen zetten de eerste stap; %2 (%3%) bereikten de laatste.</translation>
    </message>
    <message>
        <source>%1 sessions took the first step; %2 (%3 %) reached the last.</source>
        <translation>%1 sessies zetten de eerste stap; %2 (%3%) bereikten de laatste.</translation>
    </message>
</context>
<context>
    <name>leadloop::IdentityReviewDialog</name>
    <message>
        <source>Review identities</source>
        <translation>Identiteiten controleren</translation>
    </message>
    <message>
        <source>These browsers (cookies) were used with two e-mail addresses: a shared laptop, or a colleague filling in the form. LeadLoop did not merge the two people. Decide for each; Edit &gt; Undo takes a decision back.</source>
        <translation>Deze browsers (cookies) zijn met twee e-mailadressen gebruikt: een gedeelde laptop, of een collega die het formulier invulde. LeadLoop heeft de twee mensen niet samengevoegd. Beslis per geval; Bewerken &gt; Ongedaan maken draait een beslissing terug.</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Gekoppeld aan</translation>
    </message>
    <message>
        <source>Also seen as</source>
        <translation>Ook gezien als</translation>
    </message>
    <message>
        <source>Seen (UTC)</source>
        <translation>Gezien (UTC)</translation>
    </message>
    <message>
        <source>&amp;Link to the other e-mail</source>
        <translation>&amp;Koppelen aan het andere e-mailadres</translation>
    </message>
    <message>
        <source>The browser belongs to the person of the other e-mail from now on.</source>
        <translation>De browser hoort vanaf nu bij de persoon van het andere e-mailadres.</translation>
    </message>
    <message>
        <source>&amp;Keep apart</source>
        <translation>&amp;Gescheiden houden</translation>
    </message>
    <message>
        <source>The browser stays with the person it is linked to.</source>
        <translation>De browser blijft bij de persoon aan wie hij gekoppeld is.</translation>
    </message>
    <message>
        <source>Nothing to review: every browser belongs to one person.</source>
        <translation>Niets te controleren: elke browser hoort bij één persoon.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Er is niets gewijzigd: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportBatchesModel</name>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Wisselkoersen</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelezen rijen</translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation>Geïmporteerde rijen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportIssuesModel</name>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Original row</source>
        <translation>Oorspronkelijke rij</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Which column feeds each field. LeadLoop&apos;s guess is filled in; fields marked * are required.</source>
        <translation>Welke kolom elk veld vult. De gok van LeadLoop is ingevuld; velden met * zijn verplicht.</translation>
    </message>
    <message>
        <source>Save as &amp;preset…</source>
        <translation>Opslaan als &amp;voorinstelling…</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voorinstelling:</translation>
    </message>
    <message>
        <source>Nothing to map: LeadLoop reads this export by its own layout.</source>
        <translation>Niets te koppelen: LeadLoop leest deze export volgens de eigen indeling.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message>
        <source>LeadLoop&apos;s guess</source>
        <translation>De gok van LeadLoop</translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation>Kies een kolom voor %1.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Voorinstelling opslaan</translation>
    </message>
    <message>
        <source>Name for this mapping:</source>
        <translation>Naam voor deze koppeling:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voorinstelling</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>The first rows as LeadLoop reads them. If the letters or the columns look wrong, change the encoding or the delimiter.</source>
        <translation>De eerste rijen zoals LeadLoop ze leest. Zien de letters of kolommen er verkeerd uit, wijzig dan de codering of het scheidingsteken.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Herkennen</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Puntkomma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Sluisteken |</translation>
    </message>
    <message>
        <source>the first sheet</source>
        <translation>het eerste blad</translation>
    </message>
    <message>
        <source>The zone of times written without one.</source>
        <translation>De zone van tijden die zonder zone zijn geschreven.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
    <message>
        <source>A JSON export: LeadLoop reads it by its own layout (GA4, Universal Analytics or Snowplow), so there are no columns to preview or map.</source>
        <translation>Een JSON-export: LeadLoop leest hem volgens de eigen indeling (GA4, Universal Analytics of Snowplow), dus er zijn geen kolommen om te bekijken of te koppelen.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by &quot;%2&quot;: %3 columns.</source>
        <translation>Gelezen als %1, kolommen gescheiden door &quot;%2&quot;: %3 kolommen.</translation>
    </message>
    <message>
        <source>%1 as read (UTC)</source>
        <translation>%1 zoals gelezen (UTC)</translation>
    </message>
    <message>
        <source>not a time</source>
        <translation>geen tijd</translation>
    </message>
    <message numerus="yes">
        <source>A spreadsheet: %Ln columns.</source>
        <translation>
            <numerusform>Een spreadsheet: %Ln kolom.</numerusform>
            <numerusform>Een spreadsheet: %Ln kolommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::ImportRunPage</name>
    <message>
        <source>&amp;Start import</source>
        <translation>Import &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;annuleren</translation>
    </message>
    <message>
        <source>&amp;Save issues as CSV…</source>
        <translation>Problemen als CSV op&amp;slaan…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Filter the issues</source>
        <translation>Problemen filteren</translation>
    </message>
    <message>
        <source>Save issues</source>
        <translation>Problemen opslaan</translation>
    </message>
    <message>
        <source>-issues.csv</source>
        <translation>-problemen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into this workspace as %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in deze werkruimte als %2.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Kolommen: %1.</translation>
    </message>
    <message>
        <source>The import is stored whole or not at all; Cancel leaves the workspace as it is.</source>
        <translation>De import wordt helemaal of helemaal niet opgeslagen; Annuleren laat de werkruimte zoals hij is.</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 rijen/s</translation>
    </message>
    <message>
        <source>Batch %1: %2 rows read, %3 imported, %4 rejected, %5 duplicates skipped.</source>
        <translation>Batch %1: %2 rijen gelezen, %3 geïmporteerd, %4 afgewezen, %5 dubbele overgeslagen.</translation>
    </message>
    <message>
        <source>The lead scores could not be computed again: %1</source>
        <translation>De leadscores konden niet opnieuw worden berekend: %1</translation>
    </message>
    <message>
        <source>Lead scores computed again for %1 open leads.</source>
        <translation>Leadscores opnieuw berekend voor %1 open leads.</translation>
    </message>
    <message>
        <source>The first %1 of the %2 issues are listed below; Save issues as CSV writes every one.</source>
        <translation>Hieronder staan de eerste %1 van de %2 problemen; Problemen als CSV opslaan schrijft ze allemaal weg.</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportSourcePage</name>
    <message>
        <source>What to import</source>
        <translation>Wat importeren</translation>
    </message>
    <message>
        <source>A CSV, TSV, TXT or XLSX file (GZ-compressed too), or a JSON or NDJSON export. Nothing is written until the last step.</source>
        <translation>Een CSV-, TSV-, TXT- of XLSX-bestand (ook GZ-gecomprimeerd), of een JSON- of NDJSON-export. Er wordt niets geschreven tot de laatste stap.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx *.json *.ndjson *.gz);;All files (*)</source>
        <translation>Gegevensbestanden (*.csv *.tsv *.txt *.xlsx *.json *.ndjson *.gz);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Recognise it from its columns</source>
        <translation>Herkennen aan de kolommen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Bevat:</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Er is geen bestand %1.</translation>
    </message>
    <message>
        <source>LeadLoop recognises %1.</source>
        <translation>LeadLoop herkent %1.</translation>
    </message>
    <message>
        <source>Choose what the file holds: its columns do not say.</source>
        <translation>Kies wat het bestand bevat: de kolommen zeggen het niet.</translation>
    </message>
    <message>
        <source>LeadLoop does not recognise this file&apos;s columns; choose what it holds.</source>
        <translation>LeadLoop herkent de kolommen van dit bestand niet; kies wat het bevat.</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Gegevens importeren</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Every batch of data brought into this workspace. A batch is stored whole or not at all.</source>
        <translation>Elke batch gegevens die in deze werkruimte is gebracht. Een batch wordt helemaal of helemaal niet opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Import verwijderen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Remove the selected import and everything it brought.</source>
        <translation>Verwijder de gekozen import en alles wat die bracht.</translation>
    </message>
    <message>
        <source>Select the import to remove.</source>
        <translation>Kies de te verwijderen import.</translation>
    </message>
    <message>
        <source>Remove import %1 and everything it brought (%2)? This cannot be undone.</source>
        <translation>Import %1 en alles wat die bracht (%2) verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>geen rijen</translation>
    </message>
    <message>
        <source>Import %1 was removed.</source>
        <translation>Import %1 is verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows of %1</source>
        <translation>
            <numerusform>%Ln rij uit %1</numerusform>
            <numerusform>%Ln rijen uit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace was closed; nothing was removed.</source>
        <translation>De werkruimte is gesloten; er is niets verwijderd.</translation>
    </message>
    <message>
        <source>The imports could not be read: %1</source>
        <translation>De imports konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Import %1 was removed, but the lead scores could not be computed again: %2</source>
        <translation>Import %1 is verwijderd, maar de leadscores konden niet opnieuw worden berekend: %2</translation>
    </message>
</context>
<context>
    <name>leadloop::JourneysView</name>
    <message>
        <source>A contact&apos;s name, e-mail or company</source>
        <translation>Naam, e-mail of bedrijf van een contact</translation>
    </message>
    <message>
        <source>&amp;Show journey</source>
        <translation>Klantreis &amp;tonen</translation>
    </message>
    <message>
        <source>Pick a contact to see every visit, form, deal and tag on a time line. Scroll to zoom, double-click to see everything.</source>
        <translation>Kies een contact om elk bezoek, formulier, deal en label op een tijdlijn te zien. Scroll om te zoomen, dubbelklik om alles te zien.</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Gebeurtenissen</translation>
    </message>
    <message>
        <source>How the models credit this journey</source>
        <translation>Hoe de modellen deze klantreis waarderen</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Klantreizen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversies</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events; scroll on the time line to zoom, double-click to see everything, point at a mark for its details.</source>
        <translation>
            <numerusform>%Ln gebeurtenis; scroll op de tijdlijn om te zoomen, dubbelklik om alles te zien, wijs een markering aan voor details.</numerusform>
            <numerusform>%Ln gebeurtenissen; scroll op de tijdlijn om te zoomen, dubbelklik om alles te zien, wijs een markering aan voor details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Leadscore</translation>
    </message>
    <message>
        <source>Lead score: none</source>
        <translation>Leadscore: geen</translation>
    </message>
    <message>
        <source>Lead score: %1</source>
        <translation>Leadscore: %1</translation>
    </message>
    <message>
        <source>Lead score: %1 (%2)</source>
        <translation>Leadscore: %1 (%2)</translation>
    </message>
    <message>
        <source>What pushes this lead&apos;s score up and down, in points.</source>
        <translation>Wat de score van deze lead omhoog en omlaag duwt, in punten.</translation>
    </message>
</context>
<context>
    <name>leadloop::LeadsModel</name>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>First channel</source>
        <translation>Eerste kanaal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Dealfase</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dagen open</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>leadloop::LeadsPage</name>
    <message>
        <source>&amp;My leads</source>
        <translation>&amp;Mijn leads</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Mark selected as:</source>
        <translation>Gekozen markeren als:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search name, company or e-mail</source>
        <translation>Zoek op naam, bedrijf of e-mail</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Elke uitkomst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>Geen deal</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Aangemaakt van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Elke eigenaar</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Elk kanaal</translation>
    </message>
    <message>
        <source>Leads shown: %1 of %2</source>
        <translation>Getoonde leads: %1 van %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Er is niets gewijzigd: %1</translation>
    </message>
    <message>
        <source>Select a lead to see its deals, who tagged it and its journey.</source>
        <translation>Kies een lead om de deals, wie hem labelde en de klantreis te zien.</translation>
    </message>
    <message>
        <source>Review identities (%1)</source>
        <translation>Identiteiten controleren (%1)</translation>
    </message>
    <message>
        <source>Browsers seen with two e-mail addresses, waiting for a decision.</source>
        <translation>Browsers die met twee e-mailadressen zijn gezien, in afwachting van een beslissing.</translation>
    </message>
    <message>
        <source>Show all leads</source>
        <translation>Alle leads tonen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people behind %1.</source>
        <translation>
            <numerusform>%Ln persoon achter %1.</numerusform>
            <numerusform>%Ln mensen achter %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads could not be read: %1</source>
        <translation>De leads konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The tag was saved, but the list could not be refreshed: %1</source>
        <translation>Het label is opgeslagen, maar de lijst kon niet worden vernieuwd: %1</translation>
    </message>
    <message>
        <source>Any score tier</source>
        <translation>Elk scoreniveau</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Niveau: %1</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Niet gescoord</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>elke waarde</translation>
    </message>
    <message>
        <source>Any property</source>
        <translation>Elke eigenschap</translation>
    </message>
    <message>
        <source>Ad consent…</source>
        <translation>Advertentietoestemming…</translation>
    </message>
    <message>
        <source>Whether this person&apos;s data may be sent to ad platforms, set by hand</source>
        <translation>Of de gegevens van deze persoon naar advertentieplatforms mogen, met de hand ingesteld</translation>
    </message>
    <message>
        <source>The consent was not changed: %1</source>
        <translation>De toestemming is niet gewijzigd: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent openen</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demowerkruimte openen</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Werkruimte &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About LeadLoop</source>
        <translation>&amp;Over LeadLoop</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Kan de werkruimte niet openen</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop);;All files (*)</source>
        <translation>LeadLoop-werkruimten (*.leadloop);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop)</source>
        <translation>LeadLoop-werkruimten (*.leadloop)</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Kan de werkruimte niet maken</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File &gt; Open, or choose another name.</source>
        <translation>%1 bestaat al. Open het met Bestand &gt; Openen, of kies een andere naam.</translation>
    </message>
    <message>
        <source>Writing the demo workspace…</source>
        <translation>De demowerkruimte wordt geschreven…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demowerkruimte</translation>
    </message>
    <message>
        <source>Cannot write the demo workspace</source>
        <translation>Kan de demowerkruimte niet schrijven</translation>
    </message>
    <message>
        <source>%1 — LeadLoop</source>
        <translation>%1 — LeadLoop</translation>
    </message>
    <message>
        <source>LeadLoop</source>
        <translation>LeadLoop</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Geen werkruimte geopend</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Werkruimte: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>%1 visitors · %2 sessions · %3 leads · %4 deals</source>
        <translation>%1 bezoekers · %2 sessies · %3 leads · %4 deals</translation>
    </message>
    <message>
        <source>About LeadLoop</source>
        <translation>Over LeadLoop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadLoop %1&lt;/h3&gt;&lt;p&gt;Closed-loop marketing analytics: from the first visit to the signed deal.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeadLoop %1&lt;/h3&gt;&lt;p&gt;Closed-loop-marketinganalyse: van het eerste bezoek tot de getekende deal.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2 en SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s settings</source>
        <translation>Kan de instellingen van de werkruimte niet lezen</translation>
    </message>
    <message>
        <source>The settings were not changed</source>
        <translation>De instellingen zijn niet gewijzigd</translation>
    </message>
    <message>
        <source>Applying the settings (a new channel grouping classifies every session again)…</source>
        <translation>De instellingen worden toegepast (een nieuwe kanaalgroepering deelt elke sessie opnieuw in)…</translation>
    </message>
    <message>
        <source>Finding the people behind %1…</source>
        <translation>De mensen achter %1 worden gezocht…</translation>
    </message>
    <message>
        <source>Drill down</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Reco&amp;ver…</source>
        <translation>Her&amp;stellen…</translation>
    </message>
    <message>
        <source>Checking the workspace for damage before it opens…</source>
        <translation>De werkruimte wordt op schade gecontroleerd voordat ze opent…</translation>
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation>De werkruimte openen</translation>
    </message>
    <message>
        <source>The snapshot was not restored</source>
        <translation>De snapshot is niet teruggezet</translation>
    </message>
    <message>
        <source>Restored the workspace as it was on %1.</source>
        <translation>De werkruimte is teruggezet naar hoe ze was op %1.</translation>
    </message>
    <message>
        <source>Recover into a New Workspace</source>
        <translation>Herstellen in een nieuwe werkruimte</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-hersteld</translation>
    </message>
    <message>
        <source>Cannot recover the workspace</source>
        <translation>Kan de werkruimte niet herstellen</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the recovered workspace.</source>
        <translation>%1 bestaat al; kies een nieuw bestand voor de herstelde werkruimte.</translation>
    </message>
    <message>
        <source>%1 (damaged, read-only) — LeadLoop</source>
        <translation>%1 (beschadigd, alleen-lezen) — LeadLoop</translation>
    </message>
    <message>
        <source>The workspace could not be counted: %1</source>
        <translation>De werkruimte kon niet worden geteld: %1</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>&amp;Ad Platform Conversions…</source>
        <translation>Conversies voor &amp;advertentieplatforms…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n anonymous visitors, who are not leads)</source>
        <translation>
            <numerusform>%1 (en %n anonieme bezoeker, die geen lead is)</numerusform>
            <numerusform>%1 (en %n anonieme bezoekers, die geen leads zijn)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::NavigationModel</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trechter</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attributie</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Klantreizen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Headline figures for the period: visitors, leads, customers, revenue, cost and return, against the previous period.</source>
        <translation>Kerncijfers voor de periode: bezoekers, leads, klanten, omzet, kosten en rendement, vergeleken met de vorige periode.</translation>
    </message>
    <message>
        <source>Visitors, leads, opportunities and customers, with the conversion rate of every step and the time between steps.</source>
        <translation>Bezoekers, leads, verkoopkansen en klanten, met de conversieratio van elke stap en de tijd tussen de stappen.</translation>
    </message>
    <message>
        <source>Sessions, leads, customers, revenue and cost per channel, source, campaign or landing page, with cost per lead, acquisition cost and ROI.</source>
        <translation>Sessies, leads, klanten, omzet en kosten per kanaal, bron, campagne of landingspagina, met kosten per lead, acquisitiekosten en ROI.</translation>
    </message>
    <message>
        <source>How each attribution model shares the credit for leads, deals and revenue between channels, side by side.</source>
        <translation>Hoe elk attributiemodel de waardering voor leads, deals en omzet over kanalen verdeelt, naast elkaar.</translation>
    </message>
    <message>
        <source>One contact&apos;s history as a timeline: every visit, page, form, deal stage and outcome.</source>
        <translation>De geschiedenis van één contact als tijdlijn: elk bezoek, elke pagina, elk formulier, elke dealfase en uitkomst.</translation>
    </message>
    <message>
        <source>Contacts and their deals; tag leads won or lost with a key press.</source>
        <translation>Contacten en hun deals; label leads als gewonnen of verloren met één toets.</translation>
    </message>
    <message>
        <source>Campaigns with their channel, dates and daily costs.</source>
        <translation>Campagnes met hun kanaal, data en dagelijkse kosten.</translation>
    </message>
    <message>
        <source>Every import batch with its counts and the rows it rejected.</source>
        <translation>Elke importbatch met de aantallen en de afgewezen rijen.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Win rate, won value and days to close by owner, product, account, channel, stage or lost reason.</source>
        <translation>Winratio, gewonnen waarde en dagen tot afsluiting per eigenaar, product, account, kanaal, fase of reden van verlies.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Which open leads will close, learnt from the outcomes sales tagged, and how sure the model is.</source>
        <translation>Welke open leads zullen sluiten, geleerd uit de uitkomsten die sales labelde, en hoe zeker het model is.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorten</translation>
    </message>
    <message>
        <source>How long people take from one step to the next, and how each week&apos;s or month&apos;s new people go on to become leads, customers and revenue.</source>
        <translation>Hoe lang mensen doen over de stap naar de volgende, en hoe de nieuwe mensen van elke week of maand leads, klanten en omzet worden.</translation>
    </message>
</context>
<context>
    <name>leadloop::OverviewPage</name>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Paginaweergaven</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>What the workspace holds</source>
        <translation>Wat de werkruimte bevat</translation>
    </message>
    <message>
        <source>Workspace “%1”</source>
        <translation>Werkruimte „%1”</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Geen werkruimte geopend</translation>
    </message>
</context>
<context>
    <name>leadloop::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>&amp;Jij</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Werkruimte</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Kanalen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>Tags you make are recorded with this name, and &quot;My leads&quot; shows the leads it owns.</source>
        <translation>Je labels worden met deze naam vastgelegd, en &quot;Mijn leads&quot; toont de leads die deze naam bezit.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>De taal van het systeem</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language shows the next time LeadLoop starts.</source>
        <translation>Een nieuwe taal verschijnt de volgende keer dat LeadLoop start.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation>Rapportage&amp;valuta:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>&amp;Session timeout:</source>
        <translation>&amp;Sessietime-out:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>Attribution &amp;lookback:</source>
        <translation>Terugkijk&amp;periode voor attributie:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Reden van verlies</translation>
    </message>
    <message>
        <source>A reason deals are lost:</source>
        <translation>Een reden waarom deals verloren gaan:</translation>
    </message>
    <message>
        <source>Lost reasons:</source>
        <translation>Redenen van verlies:</translation>
    </message>
    <message>
        <source>GA4 default channel group</source>
        <translation>Standaard kanaalgroep van GA4</translation>
    </message>
    <message>
        <source>HubSpot-style sources</source>
        <translation>Bronnen in HubSpot-stijl</translation>
    </message>
    <message>
        <source>Custom rules (this workspace&apos;s)</source>
        <translation>Eigen regels (van deze werkruimte)</translation>
    </message>
    <message>
        <source>Custom rules from a &amp;file…</source>
        <translation>Eigen regels uit een &amp;bestand…</translation>
    </message>
    <message>
        <source>Channel &amp;grouping:</source>
        <translation>Kanaal&amp;groepering:</translation>
    </message>
    <message>
        <source>Changing the grouping classifies every stored session again; Edit &gt; Undo puts the previous grouping back.</source>
        <translation>Een andere groepering deelt elke opgeslagen sessie opnieuw in; Bewerken &gt; Ongedaan maken zet de vorige groepering terug.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try the grouping&lt;/b&gt;</source>
        <translation>&lt;b&gt;Probeer de groepering&lt;/b&gt;</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>B&amp;ron:</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpagne:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanaal:</translation>
    </message>
    <message>
        <source>Channel rules</source>
        <translation>Kanaalregels</translation>
    </message>
    <message>
        <source>Channel rules (*.json)</source>
        <translation>Kanaalregels (*.json)</translation>
    </message>
    <message>
        <source>the custom rules</source>
        <translation>de eigen regels</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (rule %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (regel %2)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Add a &amp;rule</source>
        <translation>&amp;Regel toevoegen</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your rules&lt;/b&gt;, checked before the grouping&apos;s, first match wins:</source>
        <translation>&lt;b&gt;Je regels&lt;/b&gt;, gecontroleerd vóór die van de groepering; de eerste treffer wint:</translation>
    </message>
    <message>
        <source>Your channel rules</source>
        <translation>Je kanaalregels</translation>
    </message>
    <message>
        <source>S&amp;napshots</source>
        <translation>S&amp;napshots</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(nog niet bekend)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Laatste synchronisatie:</translation>
    </message>
    <message>
        <source>The server decides what each role may do: owners everything and the members, managers imports, costs and settings, reps the tags of their own leads, viewers reading and reports. Passwords come from ~/.pgpass and are never stored in the workspace.</source>
        <translation>De server bepaalt wat elke rol mag: eigenaren alles en de leden, managers imports, kosten en instellingen, verkopers het markeren van hun eigen leads, kijkers lezen en rapporten. Wachtwoorden komen uit ~/.pgpass en worden nooit in de werkruimte bewaard.</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
</context>
<context>
    <name>leadloop::RecoverDialog</name>
    <message>
        <source>Recover %1</source>
        <translation>%1 herstellen</translation>
    </message>
    <message>
        <source>Reading every page of %1 and writing what can be read to %2…</source>
        <translation>Elke pagina van %1 wordt gelezen en wat leesbaar is wordt naar %2 geschreven…</translation>
    </message>
    <message>
        <source>&amp;Open Recovered Workspace</source>
        <translation>&amp;Herstelde werkruimte openen</translation>
    </message>
    <message>
        <source>Nothing could be recovered: %1</source>
        <translation>Er kon niets worden hersteld: %1</translation>
    </message>
    <message>
        <source>Everything was recovered into %1: every page could be read and LeadLoop&apos;s checks found nothing wrong.</source>
        <translation>Alles is hersteld in %1: elke pagina kon worden gelezen en de controles van LeadLoop vonden niets mis.</translation>
    </message>
    <message>
        <source>Recovered into %1 what could be read. %2 of %3 pages could not be trusted; the table below says what each table lost, and what LeadLoop&apos;s checks found in the new file. Check the figures before you rely on them.</source>
        <translation>Hersteld in %1 wat kon worden gelezen. %2 van %3 pagina&apos;s waren niet betrouwbaar; de tabel hieronder toont wat elke tabel verloor en wat de controles van LeadLoop in het nieuwe bestand vonden. Controleer de cijfers voordat u erop vertrouwt.</translation>
    </message>
</context>
<context>
    <name>leadloop::ReportExportDialog</name>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Pdf op&amp;slaan…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>Marketing performance</source>
        <translation>Marketingresultaten</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln pages).</source>
        <translation>
            <numerusform>%1 opgeslagen (%Ln pagina).</numerusform>
            <numerusform>%1 opgeslagen (%Ln pagina&apos;s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::RestoreDialog</name>
    <message>
        <source>Restore %1</source>
        <translation>%1 terugzetten</translation>
    </message>
    <message>
        <source>No snapshots of this workspace have been kept yet. LeadLoop keeps one before every import, removal and upgrade, in %1.</source>
        <translation>Er zijn nog geen snapshots van deze werkruimte bewaard. LeadLoop bewaart er een vóór elke import, verwijdering en upgrade, in %1.</translation>
    </message>
    <message>
        <source>LeadLoop kept these states of the workspace before each change. Restoring one puts the workspace back as it was then; the workspace as it is now is kept as a snapshot of its own, so nothing is lost.</source>
        <translation>LeadLoop bewaarde deze toestanden van de werkruimte vóór elke wijziging. Eén terugzetten brengt de werkruimte terug naar hoe ze toen was; de werkruimte zoals ze nu is wordt als eigen snapshot bewaard, dus er gaat niets verloren.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
</context>
<context>
    <name>leadloop::ResultTableModel</name>
    <message>
        <source>Double-click to list what is behind this figure</source>
        <translation>Dubbelklik om te zien wat achter dit cijfer zit</translation>
    </message>
</context>
<context>
    <name>leadloop::ResultTableView</name>
    <message>
        <source>&amp;Copy table</source>
        <translation>Tabel &amp;kopiëren</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>&amp;XLSX exporteren…</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>XLSX exporteren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>leadloop::ScoringView</name>
    <message>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainen</translation>
    </message>
    <message>
        <source>&amp;Exclude and train again</source>
        <translation>&amp;Uitsluiten en opnieuw trainen</translation>
    </message>
    <message>
        <source>The share of labelled leads kept back to judge the model.</source>
        <translation>Het aandeel gelabelde leads dat apart wordt gehouden om het model te beoordelen.</translation>
    </message>
    <message>
        <source>The same seed always picks the same hold-out and gives the same model.</source>
        <translation>Dezelfde seed kiest altijd dezelfde hold-out en geeft hetzelfde model.</translation>
    </message>
    <message>
        <source>Features to leave out, e.g. property:Tags, page:/thanks*</source>
        <translation>Kenmerken om weg te laten, bijv. property:Tags, page:/thanks*</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Voorspel:</translation>
    </message>
    <message>
        <source>Hold out:</source>
        <translation>Apart houden:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>Leadscoring</translation>
    </message>
    <message>
        <source>Learns from the leads whose outcome is known which open leads are most likely to convert, and shows how well that works on leads it never saw.</source>
        <translation>Leert van de leads waarvan de uitkomst bekend is welke open leads het meest waarschijnlijk converteren, en laat zien hoe goed dat werkt op leads die het nooit zag.</translation>
    </message>
    <message>
        <source>Becoming a customer</source>
        <translation>Klant worden</translation>
    </message>
    <message>
        <source>Winning, among closed deals</source>
        <translation>Winnen, onder gesloten deals</translation>
    </message>
    <message>
        <source>Property: %1</source>
        <translation>Eigenschap: %1</translation>
    </message>
    <message>
        <source>Training the lead scoring model…</source>
        <translation>Het leadscoringmodel wordt getraind…</translation>
    </message>
    <message>
        <source>No model yet. Choose what to predict and press Train: LeadLoop learns from the leads whose outcome is known.</source>
        <translation>Nog geen model. Kies wat te voorspellen en druk op Trainen: LeadLoop leert van de leads waarvan de uitkomst bekend is.</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC-curve</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibratie</translation>
    </message>
    <message>
        <source>Share found when calling the top tenths first</source>
        <translation>Aandeel gevonden door eerst de bovenste tienden te bellen</translation>
    </message>
    <message>
        <source>%1 alone predicts the outcome almost perfectly (AUC ≥ 0.95). It may be filled in after the outcome, such as a sales status; if so, leave it out.</source>
        <translation>%1 voorspelt alleen de uitkomst bijna perfect (AUC ≥ 0,95). Het wordt mogelijk na de uitkomst ingevuld, zoals een verkoopstatus; laat het dan weg.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trees: AUC %1&lt;/b&gt; · baseline (logistic regression): AUC %2 · Brier score %3 (baseline %4)</source>
        <translation>&lt;b&gt;Bomen: AUC %1&lt;/b&gt; · basismodel (logistische regressie): AUC %2 · Brier-score %3 (basis %4)</translation>
    </message>
    <message>
        <source>Learnt from %1 leads, judged on %2 it never saw (%3 of them reached the target); %4 of all labelled leads reached it.</source>
        <translation>Geleerd van %1 leads, beoordeeld op %2 die het nooit zag (%3 daarvan bereikten het doel); %4 van alle gelabelde leads bereikten het.</translation>
    </message>
    <message>
        <source>The top 10 % of scores hold %1 % of them.</source>
        <translation>De bovenste 10 % van de scores bevat %1 % daarvan.</translation>
    </message>
    <message>
        <source>Trained %1 by %2; scores of open leads are kept up to date after every import.</source>
        <translation>Getraind %1 door %2; scores van open leads worden na elke import bijgewerkt.</translation>
    </message>
    <message>
        <source>Fewer than %1 leads reached the target: the scores are unsure and no tiers are given.</source>
        <translation>Minder dan %1 leads bereikten het doel: de scores zijn onzeker en er worden geen niveaus gegeven.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Weggelaten: %1</translation>
    </message>
    <message>
        <source>ROC: leads found against false alarms (%)</source>
        <translation>ROC: gevonden leads tegen valse alarmen (%)</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>Bomen</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basismodel</translation>
    </message>
    <message>
        <source>Guessing</source>
        <translation>Gokken</translation>
    </message>
    <message>
        <source>Calibration: predicted against observed (%)</source>
        <translation>Kalibratie: voorspeld tegen waargenomen (%)</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Voorspeld</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <source>Found by score</source>
        <translation>Gevonden op score</translation>
    </message>
    <message>
        <source>Found at random</source>
        <translation>Willekeurig gevonden</translation>
    </message>
</context>
<context>
    <name>leadloop::SessionListDialog</name>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Sessions behind %1</source>
        <translation>Sessies achter %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln sessions.</source>
        <translation>
            <numerusform>De nieuwste %1 van %Ln sessie.</numerusform>
            <numerusform>De nieuwste %1 van %Ln sessies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions, newest first.</source>
        <translation>
            <numerusform>%Ln sessie.</numerusform>
            <numerusform>%Ln sessies, nieuwste eerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::SnapshotPreferencesPage</name>
    <message>
        <source>&amp;Keep a snapshot before every import, removal and upgrade</source>
        <translation>&amp;Bewaar een snapshot vóór elke import, verwijdering en upgrade</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Beside each workspace</source>
        <translation>Naast elke werkruimte</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Keep the &amp;newest:</source>
        <translation>Bewaar de &amp;nieuwste:</translation>
    </message>
    <message>
        <source>&amp;Up to, in all:</source>
        <translation>&amp;Tot, in totaal:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>A snapshot is a verified copy of the workspace as it was before a change. File &gt; Restore… puts one back. The newest snapshot is always kept, even when it alone is larger than the limit.</source>
        <translation>Een snapshot is een gecontroleerde kopie van de werkruimte zoals die vóór een wijziging was. Bestand &gt; Terugzetten… zet er een terug. De nieuwste snapshot blijft altijd bewaard, ook als die alleen al groter is dan de limiet.</translation>
    </message>
    <message>
        <source>Folder for Snapshots</source>
        <translation>Map voor snapshots</translation>
    </message>
</context>
<context>
    <name>leadloop::SnapshotsModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vóór %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>What came after</source>
        <translation>Wat erna kwam</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
</context>
<context>
    <name>leadloop::TableCountsModel</name>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
</context>
<context>
    <name>leadloop::TagDialog</name>
    <message>
        <source>Mark as won</source>
        <translation>Als gewonnen markeren</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Als verloren markeren</translation>
    </message>
    <message>
        <source>The selected lead will be marked as won.</source>
        <translation>De gekozen lead wordt als gewonnen gemarkeerd.</translation>
    </message>
    <message>
        <source>The selected lead will be marked as lost.</source>
        <translation>De gekozen lead wordt als verloren gemarkeerd.</translation>
    </message>
    <message>
        <source>Selected leads: %1. Each will be marked as won.</source>
        <translation>Gekozen leads: %1. Elk wordt als gewonnen gemarkeerd.</translation>
    </message>
    <message>
        <source>Selected leads: %1. Each will be marked as lost.</source>
        <translation>Gekozen leads: %1. Elk wordt als verloren gemarkeerd.</translation>
    </message>
    <message>
        <source>each deal&apos;s own amount</source>
        <translation>het eigen bedrag van elke deal</translation>
    </message>
    <message>
        <source>for example 12 500,00</source>
        <translation>bijvoorbeeld 12.500,00</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>&amp;Amount won:</source>
        <translation>Gewonnen &amp;bedrag:</translation>
    </message>
    <message>
        <source>No deal amount for %1, so enter the amount won; it applies to every selected lead.</source>
        <translation>Geen dealbedrag voor %1, dus vul het gewonnen bedrag in; het geldt voor elke gekozen lead.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>choose or type a reason</source>
        <translation>kies of typ een reden</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Gewonnen markeren</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Verloren markeren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>nog %Ln</numerusform>
            <numerusform>nog %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::TeamActions</name>
    <message>
        <source>&amp;Publish to a Team Server…</source>
        <translation>&amp;Publiceren op een teamserver…</translation>
    </message>
    <message>
        <source>&amp;Join a Team Workspace…</source>
        <translation>&amp;Deelnemen aan een teamwerkruimte…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>The team sync failed</source>
        <translation>De teamsynchronisatie is mislukt</translation>
    </message>
    <message>
        <source>Sent %1, received %2 changes; the team&apos;s log is at %3.</source>
        <translation>%1 verzonden, %2 wijzigingen ontvangen; het teamlogboek staat op %3.</translation>
    </message>
    <message>
        <source>The team server refused changes</source>
        <translation>De teamserver weigerde wijzigingen</translation>
    </message>
    <message>
        <source>The team server refused these changes of yours (%1); they were taken back here:</source>
        <translation>De teamserver weigerde deze wijzigingen van je (%1); ze zijn hier teruggedraaid:</translation>
    </message>
    <message>
        <source>Publish to a Team Server</source>
        <translation>Publiceren op een teamserver</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database (empty), as postgresql://user@host:port/database.
Passwords come from ~/.pgpass and are never stored in the workspace.</source>
        <translation>De PostgreSQL-database van het team (leeg), als postgresql://gebruiker@host:poort/database.
Wachtwoorden komen uit ~/.pgpass en worden nooit in de werkruimte bewaard.</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Kan niet publiceren</translation>
    </message>
    <message>
        <source>Publishing the workspace to %1…</source>
        <translation>De werkruimte wordt gepubliceerd op %1…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>The workspace is now the team workspace at %1. Add members with &apos;leadloop-cli team grant&apos;; they join with File &gt; Team &gt; Join a Team Workspace.</source>
        <translation>De werkruimte is nu de teamwerkruimte op %1. Voeg leden toe met &apos;leadloop-cli team grant&apos;; zij doen mee via Bestand &gt; Team &gt; Deelnemen aan een teamwerkruimte.</translation>
    </message>
    <message>
        <source>Join a Team Workspace</source>
        <translation>Deelnemen aan een teamwerkruimte</translation>
    </message>
    <message>
        <source>The team server, as postgresql://user@host:port/database.</source>
        <translation>De teamserver, als postgresql://gebruiker@host:poort/database.</translation>
    </message>
    <message>
        <source>Cannot join</source>
        <translation>Kan niet deelnemen</translation>
    </message>
    <message>
        <source>Save the Team Replica As</source>
        <translation>Teamreplica opslaan als</translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop)</source>
        <translation>LeadLoop-werkruimten (*.leadloop)</translation>
    </message>
    <message>
        <source>Joining the team workspace at %1…</source>
        <translation>Deelnemen aan de teamwerkruimte op %1…</translation>
    </message>
</context>
<context>
    <name>leadloop::TeamSyncer</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team (%1)</source>
        <translation>Team (%1)</translation>
    </message>
    <message>
        <source>%1: synced</source>
        <translation>%1: gesynchroniseerd</translation>
    </message>
    <message>
        <source>%1: syncing…</source>
        <translation>%1: synchroniseren…</translation>
    </message>
    <message>
        <source>%1: changes waiting to be sent: %2</source>
        <translation>%1: wijzigingen die wachten op verzending: %2</translation>
    </message>
    <message>
        <source>%1: offline, changes waiting to be sent: %2</source>
        <translation>%1: offline, wijzigingen die wachten op verzending: %2</translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1: offline</translation>
    </message>
    <message>
        <source>Syncing with the team…</source>
        <translation>Synchroniseren met het team…</translation>
    </message>
    <message>
        <source>Synced, but the lead scores could not be computed again: %1</source>
        <translation>Gesynchroniseerd, maar de leadscores konden niet opnieuw worden berekend: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::UnavailablePage</name>
    <message>
        <source>This view is not available in this version of LeadLoop yet. Your data is kept, and the view will show it when it arrives.</source>
        <translation>Deze weergave is nog niet beschikbaar in deze versie van LeadLoop. Je gegevens blijven bewaard en de weergave toont ze zodra hij er is.</translation>
    </message>
</context>
<context>
    <name>leadloop::WelcomePage</name>
    <message>
        <source>Welcome to LeadLoop</source>
        <translation>Welkom bij LeadLoop</translation>
    </message>
    <message>
        <source>LeadLoop follows every lead from the first anonymous visit to the signed deal, so you can see which channels and campaigns bring customers and revenue, not just clicks.</source>
        <translation>LeadLoop volgt elke lead van het eerste anonieme bezoek tot de getekende deal, zodat je ziet welke kanalen en campagnes klanten en omzet opleveren, niet alleen klikken.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Open de demowerkruimte</translation>
    </message>
    <message>
        <source>A realistic 90-day story of a software company: 20,000 visitors, 15 campaigns and 400 deals.</source>
        <translation>Een realistisch verhaal van 90 dagen bij een softwarebedrijf: 20.000 bezoekers, 15 campagnes en 400 deals.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Maak een nieuwe werkruimte…</translation>
    </message>
    <message>
        <source>Open a workspace file…</source>
        <translation>Open een werkruimtebestand…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Recente werkruimten</translation>
    </message>
    <message>
        <source>No recent workspaces yet.</source>
        <translation>Nog geen recente werkruimten.</translation>
    </message>
</context>
<context>
    <name>leadloop::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Er is geen werkruimte geopend.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadLoop: closed-loop marketing analytics.</source>
        <translation>LeadLoop: closed-loop-marketinganalyse.</translation>
    </message>
    <message>
        <source>Open the demo workspace (writing it first if needed).</source>
        <translation>Open de demowerkruimte (en schrijf hem eerst, als dat nodig is).</translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation>Een te openen werkruimtebestand.</translation>
    </message>
    <message>
        <source>LeadLoop stopped after an internal error: %1</source>
        <translation>LeadLoop is gestopt na een interne fout: %1</translation>
    </message>
    <message>
        <source>Open the import wizard on FILE once the workspace is open.</source>
        <translation>Open de importwizard met BESTAND zodra de werkruimte open is.</translation>
    </message>
</context>
</TS>
