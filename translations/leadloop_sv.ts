<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AdConsent</name>
    <message>
        <source>granted</source>
        <translation>given</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>nekad</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>Det finns ingen kontakt %1.</translation>
    </message>
</context>
<context>
    <name>AdPlatform</name>
    <message>
        <source>Google Ads (conversions from clicks)</source>
        <translation>Google Ads (konverteringar från klick)</translation>
    </message>
    <message>
        <source>Google Ads (enhanced conversions for leads)</source>
        <translation>Google Ads (förbättrade konverteringar för leads)</translation>
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
        <translation>Affärsmöjligheter</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
</context>
<context>
    <name>AttributionCommand</name>
    <message>
        <source>--model takes all or one of %1, not &apos;%2&apos;.</source>
        <translation>--model tar all eller en av %1, inte &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Credit conversions and their value to channels (or another dimension).</source>
        <translation>Fördela konverteringar och deras värde på kanaler (eller en annan dimension).</translation>
    </message>
    <message>
        <source>A model id, several comma-separated, or all (default linear).</source>
        <translation>Ett modell-id, flera kommaseparerade, eller all (standard linear).</translation>
    </message>
    <message>
        <source>What counts as a conversion (default lead).</source>
        <translation>Vad som räknas som konvertering (standard lead).</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>konverteringar</translation>
    </message>
    <message>
        <source>Credit aggregated journeys from FILE (columns path, total_conversions, total_conversion_value, total_null) instead of the workspace&apos;s.</source>
        <translation>Fördela aggregerade kundresor från FILE (kolumnerna path, total_conversions, total_conversion_value, total_null) i stället för arbetsytans.</translation>
    </message>
    <message>
        <source>The channel separator of --paths (default &gt;).</source>
        <translation>Kanalavgränsaren i --paths (standard &gt;).</translation>
    </message>
    <message>
        <source>Add each credit&apos;s 95 % interval: the bootstrap&apos;s with 200 resamples unless --bootstrap says otherwise (columns KEY_low and KEY_high).</source>
        <translation>Lägg till varje tillskrivnings 95 %-intervall: bootstrapens med 200 omsamplingar om inte --bootstrap säger annat (kolumnerna KEY_low och KEY_high).</translation>
    </message>
</context>
<context>
    <name>AttributionReport</name>
    <message>
        <source>Choose a model.</source>
        <translation>Välj en modell.</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konverteringar</translation>
    </message>
    <message>
        <source>%1 conversions</source>
        <translation>%1 konverteringar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 värde</translation>
    </message>
    <message>
        <source>Markov removal effect</source>
        <translation>Borttagningseffekt (Markov)</translation>
    </message>
    <message>
        <source>Shapley value</source>
        <translation>Shapley-värde</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: nothing to show for this period</source>
        <translation>%1: inget att visa för perioden</translation>
    </message>
</context>
<context>
    <name>BatchRemoval</name>
    <message>
        <source>There is no import %1.</source>
        <translation>Det finns ingen import %1.</translation>
    </message>
    <message>
        <source>Import %1 was removed already.</source>
        <translation>Import %1 är redan borttagen.</translation>
    </message>
    <message>
        <source>Import %1 cannot be removed, because %2. Remove those first.</source>
        <translation>Import %1 kan inte tas bort eftersom %2. Ta bort dem först.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page views of other imports continue its sessions</source>
        <translation>
            <numerusform>%Ln sidvisning från andra importer fortsätter dess sessioner</numerusform>
            <numerusform>%Ln sidvisningar från andra importer fortsätter dess sessioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of its page views continue sessions of other imports</source>
        <translation>
            <numerusform>%Ln av dess sidvisningar fortsätter sessioner från andra importer</numerusform>
            <numerusform>%Ln av dess sidvisningar fortsätter sessioner från andra importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions of other imports belong to its visitors</source>
        <translation>
            <numerusform>%Ln session från andra importer tillhör dess besökare</numerusform>
            <numerusform>%Ln sessioner från andra importer tillhör dess besökare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events of other imports belong to its visitors</source>
        <translation>
            <numerusform>%Ln händelse från andra importer tillhör dess besökare</numerusform>
            <numerusform>%Ln händelser från andra importer tillhör dess besökare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visitors of other imports are linked to its contacts</source>
        <translation>
            <numerusform>%Ln besökare från andra importer är kopplad till dess kontakter</numerusform>
            <numerusform>%Ln besökare från andra importer är kopplade till dess kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals of other imports belong to its contacts</source>
        <translation>
            <numerusform>%Ln affär från andra importer tillhör dess kontakter</numerusform>
            <numerusform>%Ln affärer från andra importer tillhör dess kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln won or lost tags were recorded on its deals</source>
        <translation>
            <numerusform>%Ln vunnen- eller förlorad-markering gjordes på dess affärer</numerusform>
            <numerusform>%Ln vunnen- eller förlorad-markeringar gjordes på dess affärer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stage changes of other imports concern its deals</source>
        <translation>
            <numerusform>%Ln stegändring från andra importer gäller dess affärer</numerusform>
            <numerusform>%Ln stegändringar från andra importer gäller dess affärer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cost days of other imports or edits belong to its campaigns</source>
        <translation>
            <numerusform>%Ln kostnadsdag från andra importer eller ändringar tillhör dess kampanjer</numerusform>
            <numerusform>%Ln kostnadsdagar från andra importer eller ändringar tillhör dess kampanjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign memberships of other imports concern its contacts</source>
        <translation>
            <numerusform>%Ln kampanjmedlemskap från andra importer gäller dess kontakter</numerusform>
            <numerusform>%Ln kampanjmedlemskap från andra importer gäller dess kontakter</numerusform>
        </translation>
    </message>
    <message>
        <source>removing import %1</source>
        <translation>borttagningen av import %1</translation>
    </message>
</context>
<context>
    <name>BootstrapCredits</name>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (låg)</translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation>%1 (hög)</translation>
    </message>
</context>
<context>
    <name>ByteSources</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the compressed file %1.</source>
        <translation>Kan inte läsa den komprimerade filen %1.</translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>En kostnad kan inte vara negativ.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Cost days</source>
        <translation>Kostnadsdagar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Inga sessioner</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Kampanjen %1 finns inte.</translation>
    </message>
    <message>
        <source>There is no campaign %1 here.</source>
        <translation>Kampanjen %1 finns inte här.</translation>
    </message>
</context>
<context>
    <name>CampaignsCommand</name>
    <message>
        <source>Campaigns with their channel, dates, total cost and sessions; those with cost but no sessions are flagged.</source>
        <translation>Kampanjer med kanal, datum, total kostnad och sessioner; de med kostnad men utan sessioner markeras.</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>A team member made an identity decision this LeadLoop does not know (%1); update LeadLoop to apply it.</source>
        <translation>En teammedlem fattade ett identitetsbeslut som den här LeadLoop inte känner till (%1); uppdatera LeadLoop för att tillämpa det.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Kan inte skapa en tillfällig mapp: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Piece %1 of %2&apos;s import (%3) is missing or damaged on the team server.</source>
        <translation>Del %1 av %2s import (%3) saknas eller är skadad på teamservern.</translation>
    </message>
    <message>
        <source>A team member made a change of a kind this LeadLoop does not know (%1); update LeadLoop to apply it.</source>
        <translation>En teammedlem gjorde en ändring av ett slag som den här LeadLoop inte känner till (%1); uppdatera LeadLoop för att tillämpa den.</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Your role in the team workspace is viewer: viewers read and report only. Nothing was changed.</source>
        <translation>Din roll i teamets arbetsyta är viewer: läsare läser och rapporterar bara. Inget ändrades.</translation>
    </message>
    <message>
        <source>Your role in the team workspace is rep: you tag the leads you own (CRM owner %1), and this one&apos;s owner is %2. Nothing was changed.</source>
        <translation>Din roll i teamets arbetsyta är rep: du taggar dina egna leads (ägare i CRM: %1), och den här ägs av %2. Inget ändrades.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Your role in the team workspace is %1, which does not allow this: only owners and managers import data, remove imports, change settings, lost reasons and the channel grouping, decide identities, or set a person&apos;s consent by hand. Nothing was changed.</source>
        <translation>Din roll i teamets arbetsyta är %1, som inte tillåter detta: bara ägare och chefer importerar data, tar bort importer, ändrar inställningar, förlustorsaker och kanalgrupperingen, avgör identiteter eller anger en persons samtycke för hand. Inget ändrades.</translation>
    </message>
</context>
<context>
    <name>ChannelCommands</name>
    <message>
        <source>Channel grouping %1 (%2): %3 sessions, %4 changed.</source>
        <translation>Kanalgruppering %1 (%2): %3 sessioner, %4 ändrade.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Choose the channel grouping and classify every stored session again.</source>
        <translation>Välj kanalgruppering och klassificera om varje lagrad session.</translation>
    </message>
    <message>
        <source>ga4, hubspot, or a rule file (kept in the workspace).</source>
        <translation>ga4, hubspot eller en regelfil (sparas i arbetsytan).</translation>
    </message>
    <message>
        <source>Show which channel and rule a source, medium and campaign get.</source>
        <translation>Visa vilken kanal och regel en källa, ett medium och en kampanj får.</translation>
    </message>
    <message>
        <source>The source.</source>
        <translation>Källan.</translation>
    </message>
    <message>
        <source>The medium.</source>
        <translation>Mediet.</translation>
    </message>
    <message>
        <source>The campaign.</source>
        <translation>Kampanjen.</translation>
    </message>
    <message>
        <source>The click id parameter, e.g. gclid.</source>
        <translation>Klick-id-parametern, t.ex. gclid.</translation>
    </message>
    <message>
        <source>The referrer host.</source>
        <translation>Hänvisande värd.</translation>
    </message>
    <message>
        <source>ga4, hubspot or a rule file (default: the workspace&apos;s).</source>
        <translation>ga4, hubspot eller en regelfil (standard arbetsytans).</translation>
    </message>
</context>
<context>
    <name>ChannelOverrides</name>
    <message>
        <source>Cannot read the %1 grouping.</source>
        <translation>Kan inte läsa grupperingen %1.</translation>
    </message>
    <message>
        <source>Your rule %1 needs a channel and a value.</source>
        <translation>Din regel %1 behöver en kanal och ett värde.</translation>
    </message>
    <message>
        <source>Your rule %1 compares %2 by %3, which LeadLoop does not know.</source>
        <translation>Din regel %1 jämför %2 med %3, vilket LeadLoop inte känner till.</translation>
    </message>
    <message>
        <source>%1 with your rules</source>
        <translation>%1 med dina regler</translation>
    </message>
    <message>
        <source>your rules</source>
        <translation>dina regler</translation>
    </message>
</context>
<context>
    <name>ChannelRuleSet</name>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>okänt fält &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid regular expression &apos;%1&apos;</source>
        <translation>ogiltigt reguljärt uttryck &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a condition on &apos;%1&apos; has no operator</source>
        <translation>ett villkor på &apos;%1&apos; saknar operator</translation>
    </message>
    <message>
        <source>Cannot read the site list %1.</source>
        <translation>Kan inte läsa webbplatslistan %1.</translation>
    </message>
    <message>
        <source>Cannot read the channel rules %1.</source>
        <translation>Kan inte läsa kanalreglerna %1.</translation>
    </message>
    <message>
        <source>The channel rules %1 are not valid JSON: %2.</source>
        <translation>Kanalreglerna %1 är inte giltig JSON: %2.</translation>
    </message>
    <message>
        <source>Channel rule &apos;%1&apos; in %2: %3.</source>
        <translation>Kanalregel &apos;%1&apos; i %2: %3.</translation>
    </message>
    <message>
        <source>The channel rules %1 have no id or no rules.</source>
        <translation>Kanalreglerna %1 saknar id eller regler.</translation>
    </message>
    <message>
        <source>There is no channel rule set called &apos;%1&apos;.</source>
        <translation>Det finns ingen kanalregeluppsättning som heter &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ChannelsReport</name>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Affärsmöjligheter</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Kostnad per lead</translation>
    </message>
    <message>
        <source>Customer acquisition cost</source>
        <translation>Kundanskaffningskostnad</translation>
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
        <translation>Lead till kund</translation>
    </message>
</context>
<context>
    <name>ChannelsReportCommand</name>
    <message>
        <source>--model: &apos;%1&apos; is not a model id (see attribution --help).</source>
        <translation>--model: &apos;%1&apos; är inget modell-id (se attribution --help).</translation>
    </message>
    <message>
        <source>Traffic, credited leads, customers and revenue, cost and ROI per channel.</source>
        <translation>Trafik, tillskrivna leads, kunder och intäkter, kostnad och ROI per kanal.</translation>
    </message>
    <message>
        <source>The attribution model that credits results (default linear).</source>
        <translation>Attributionsmodellen som tillskriver resultat (standard linear).</translation>
    </message>
    <message>
        <source>sessions, conversions and costs</source>
        <translation>sessioner, konverteringar och kostnader</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>hel</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>skadad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Check that the workspace is whole (every page and index); exit code 3 when it is damaged.</source>
        <translation>Kontrollera att arbetsytan är hel (varje sida och index); slutkod 3 när den är skadad.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>The workspace file (default: the one the desktop app opened last, or %1).</source>
        <translation>Arbetsytefilen (standard den som appen senast öppnade, eller %1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Visa versionen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 bad input, 3 workspace error.</source>
        <translation>Slutkoder: 0 lyckades, 1 användningsfel, 2 felaktig indata, 3 arbetsytefel.</translation>
    </message>
    <message>
        <source>LeadLoop %1: closed-loop marketing analytics on the command line.</source>
        <translation>LeadLoop %1: closed loop-marknadsanalys på kommandoraden.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Kommandot som ska köras (se nedan).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Inget kommando angivet.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Okänt kommando &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Oväntat argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The language of messages and of the PDF report, and the locale of its numbers and dates: en, %1 (default: the system&apos;s).</source>
        <translation>Språket för meddelanden och PDF-rapporten, och formatet för tal och datum: en, %1 (standard systemets).</translation>
    </message>
    <message>
        <source>--lang takes en or one of %1, not &apos;%2&apos;.</source>
        <translation>--lang tar en eller en av %1, inte &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Output format: table, json, csv, or xlsx (with --output).</source>
        <translation>Utdataformat: table, json, csv eller xlsx (med --output).</translation>
    </message>
    <message>
        <source>Write the output to this file instead of the terminal.</source>
        <translation>Skriv utdata till den här filen i stället för terminalen.</translation>
    </message>
    <message>
        <source>--format must be table, json, csv or xlsx, not &apos;%1&apos;.</source>
        <translation>--format måste vara table, json, csv eller xlsx, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--format xlsx needs --output FILE.xlsx.</source>
        <translation>--format xlsx kräver --output FIL.xlsx.</translation>
    </message>
    <message>
        <source>Read a workspace that failed its integrity check anyway (its figures may be wrong).</source>
        <translation>Läs ändå en arbetsyta som inte klarade integritetskontrollen (siffrorna kan vara fel).</translation>
    </message>
    <message>
        <source>In a team replica, keep this command&apos;s changes here until the next team sync instead of sending them at once.</source>
        <translation>Behåll i en teamreplik det här kommandots ändringar här till nästa teamsynkronisering i stället för att skicka dem direkt.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run &apos;leadloop-cli --help&apos; for the commands and options.</source>
        <translation>Kör &apos;leadloop-cli --help&apos; för kommandon och alternativ.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Going on because of --allow-damaged.</source>
        <translation>Fortsätter på grund av --allow-damaged.</translation>
    </message>
    <message>
        <source>To read it anyway, add --allow-damaged.</source>
        <translation>Lägg till --allow-damaged för att läsa den ändå.</translation>
    </message>
    <message>
        <source>Nothing was written to it.</source>
        <translation>Inget skrevs till den.</translation>
    </message>
</context>
<context>
    <name>CohortsCommand</name>
    <message>
        <source>People by the week or month they first visited or became a lead, and the leads, customers or revenue each cohort reached period by period.</source>
        <translation>Personer efter veckan eller månaden de först besökte eller blev lead, och de leads, kunder eller intäkter varje kohort nådde period för period.</translation>
    </message>
    <message>
        <source>What starts a cohort: first-visit (default) or lead.</source>
        <translation>Vad som börjar en kohort: first-visit (standard) eller lead.</translation>
    </message>
    <message>
        <source>week or month (default).</source>
        <translation>week eller month (standard).</translation>
    </message>
    <message>
        <source>leads, customers (default) or revenue, cumulative.</source>
        <translation>leads, customers (standard) eller revenue, kumulativt.</translation>
    </message>
</context>
<context>
    <name>CohortsReport</name>
    <message>
        <source>A cohort starts at first-visit or lead, not &apos;%1&apos;.</source>
        <translation>En kohort börjar vid first-visit eller lead, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A cohort&apos;s period is week or month, not &apos;%1&apos;.</source>
        <translation>En kohorts period är week eller month, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The metric is leads, customers or revenue, not &apos;%1&apos;.</source>
        <translation>Måttet är leads, customers eller revenue, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Vecka %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Månad %1</translation>
    </message>
</context>
<context>
    <name>ConsentCommand</name>
    <message>
        <source>Usage: leadloop-cli consent show LEAD, or consent set LEAD [--ad-user-data STATE] [--ad-personalization STATE].</source>
        <translation>Användning: leadloop-cli consent show LEAD, eller consent set LEAD [--ad-user-data STATE] [--ad-personalization STATE].</translation>
    </message>
    <message>
        <source>--%1 takes granted, denied or unknown, not &apos;%2&apos;.</source>
        <translation>--%1 tar granted, denied eller unknown, inte &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>consent set needs --ad-user-data or --ad-personalization (or both).</source>
        <translation>consent set behöver --ad-user-data eller --ad-personalization (eller båda).</translation>
    </message>
    <message>
        <source>consent show takes no state; use consent set.</source>
        <translation>consent show tar inget läge; använd consent set.</translation>
    </message>
    <message>
        <source>%1 has no contact, so no consent.</source>
        <translation>%1 har ingen kontakt och därför inget samtycke.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Show or set a lead&apos;s consent to ad measurement (sent to ad platforms or not).</source>
        <translation>Visa eller ange ett leads samtycke till annonsmätning (skickas till annonsplattformar eller inte).</translation>
    </message>
    <message>
        <source>set: may the person&apos;s data be sent to ad platforms: granted, denied, or unknown (clears the choice made by hand).</source>
        <translation>set: får personens data skickas till annonsplattformar: granted, denied eller unknown (tar bort valet som gjorts för hand).</translation>
    </message>
    <message>
        <source>set: may it be used for personalised ads: granted, denied or unknown.</source>
        <translation>set: får de användas för personanpassade annonser: granted, denied eller unknown.</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message numerus="yes">
        <source>%Ln rows of %1 refer to %2 that are missing.</source>
        <translation>
            <numerusform>%Ln rad i %1 hänvisar till %2 som saknas.</numerusform>
            <numerusform>%Ln rader i %1 hänvisar till %2 som saknas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions lack %1 of the page views they count.</source>
        <translation>
            <numerusform>%Ln session saknar %1 av de sidvisningar den räknar.</numerusform>
            <numerusform>%Ln sessioner saknar %1 av de sidvisningar de räknar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions lack %1 of the events they count.</source>
        <translation>
            <numerusform>%Ln session saknar %1 av de händelser den räknar.</numerusform>
            <numerusform>%Ln sessioner saknar %1 av de händelser de räknar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals have another outcome than their latest outcome event.</source>
        <translation>
            <numerusform>%Ln affär har ett annat utfall än sin senaste utfallshändelse.</numerusform>
            <numerusform>%Ln affärer har ett annat utfall än sin senaste utfallshändelse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactProperties</name>
    <message>
        <source>yes/no</source>
        <translation>ja/nej</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
</context>
<context>
    <name>ConversionExport</name>
    <message>
        <source>&apos;%1&apos; is not a time zone LeadLoop knows (write one such as Europe/Warsaw or UTC).</source>
        <translation>&apos;%1&apos; är ingen tidszon som LeadLoop känner till (skriv en som Europe/Stockholm eller UTC).</translation>
    </message>
    <message>
        <source>A lead has no deal to take a value from; give leads a fixed value (fixed:N) or none.</source>
        <translation>Ett lead har ingen affär att ta ett värde från; ge leads ett fast värde (fixed:N) eller inget.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country LeadLoop knows the calling code of (write two letters such as PL or NL).</source>
        <translation>&apos;%1&apos; är inget land vars landsnummer LeadLoop känner till (skriv två bokstäver, som SE eller PL).</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order-ID</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Conversion time</source>
        <translation>Konverteringstid</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Click id kind</source>
        <translation>Typ av klick-ID</translation>
    </message>
    <message>
        <source>Click id</source>
        <translation>Klick-ID</translation>
    </message>
    <message>
        <source>Ad user data</source>
        <translation>Användardata för annonser</translation>
    </message>
    <message>
        <source>Ad personalization</source>
        <translation>Annonsanpassning</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konverteringar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>No consent (ad_user_data denied)</source>
        <translation>Inget samtycke (ad_user_data nekat)</translation>
    </message>
    <message>
        <source>No consent (ad_user_data denied or unknown)</source>
        <translation>Inget samtycke (ad_user_data nekat eller okänt)</translation>
    </message>
    <message>
        <source>No click id of the platform</source>
        <translation>Inget klick-ID från plattformen</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Ingen e-postadress</translation>
    </message>
    <message>
        <source>No click id, e-mail address or phone number</source>
        <translation>Inget klick-ID, ingen e-postadress eller telefonnummer</translation>
    </message>
    <message>
        <source>Older than the platform&apos;s window (%1 days)</source>
        <translation>Äldre än plattformens fönster (%1 dagar)</translation>
    </message>
    <message>
        <source>Click older than the platform&apos;s window (%1 days)</source>
        <translation>Klick äldre än plattformens fönster (%1 dagar)</translation>
    </message>
    <message>
        <source>Already exported</source>
        <translation>Redan exporterad</translation>
    </message>
    <message>
        <source>Exported (UTC)</source>
        <translation>Exporterad (UTC)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Conversion name</source>
        <translation>Konverteringsnamn</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
</context>
<context>
    <name>ConversionFiles</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>The file was written, but what it sent could not be remembered, so the next export will send it again: %1</source>
        <translation>Filen skrevs, men vad den skickade kunde inte kommas ihåg, så nästa export skickar det igen: %1</translation>
    </message>
</context>
<context>
    <name>ConversionPaths</name>
    <message>
        <source>%1 takes one of %2, not &apos;%3&apos;.</source>
        <translation>%1 tar en av %2, inte &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Källa / medium</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landningssida</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Förlustorsak</translation>
    </message>
    <message>
        <source>The precomputed touches of person %1 do not read back. Recovering the workspace builds them again (File &gt; Recover…, or leadloop-cli recover).</source>
        <translation>De förberäknade kontaktpunkterna för person %1 går inte att läsa tillbaka. Att rädda arbetsytan bygger upp dem igen (Arkiv &gt; Rädda…, eller leadloop-cli recover).</translation>
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
        <translation>%1 är tom: den saknar rubrikrad.</translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not a field here (%2).</source>
        <translation>--map: &apos;%1&apos; är inget fält här (%2).</translation>
    </message>
    <message>
        <source>--map: %1 has no column &apos;%2&apos; (its columns: %3).</source>
        <translation>--map: %1 har ingen kolumn &apos;%2&apos; (dess kolumner: %3).</translation>
    </message>
    <message>
        <source>%1 ← %2 (--map)</source>
        <translation>%1 ← %2 (--map)</translation>
    </message>
    <message>
        <source>%1 ← %2 (guessed from the name)</source>
        <translation>%1 ← %2 (gissat från namnet)</translation>
    </message>
    <message>
        <source>%1: no column for %2; name it with --map, e.g. --map %3=COLUMN. The columns are: %4.</source>
        <translation>%1: ingen kolumn för %2; ange den med --map, t.ex. --map %3=KOLUMN. Kolumnerna är: %4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>&apos;%1&apos; är inget datum.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code.</source>
        <translation>&apos;%1&apos; är ingen valutakod på tre bokstäver.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive rate.</source>
        <translation>&apos;%1&apos; är ingen positiv kurs.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Inget importerades.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end a period of at most a year that starts on %2.</source>
        <translation>&apos;%1&apos; avslutar ingen period på högst ett år som börjar %2.</translation>
    </message>
    <message>
        <source>The campaign is empty.</source>
        <translation>Kampanjen är tom.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cost (write 1234.56 or 1 234,56).</source>
        <translation>&apos;%1&apos; är ingen kostnad (skriv 1234.56 eller 1 234,56).</translation>
    </message>
    <message>
        <source>No %1 rate for %2 on or before %3: import rates first (leadloop-cli import rates FILE).</source>
        <translation>Ingen %1-kurs för %2 den %3 eller tidigare: importera kurser först (leadloop-cli import rates FIL).</translation>
    </message>
    <message>
        <source>No session carries campaign %1 (%2 / %3); the cost is kept and counts once sessions arrive.</source>
        <translation>Ingen session har kampanj %1 (%2 / %3); kostnaden sparas och räknas när sessioner kommer.</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>importen av %1</translation>
    </message>
</context>
<context>
    <name>CrmImporter</name>
    <message>
        <source>--timezone: &apos;%1&apos; is not a time zone LeadLoop knows (use a name such as Europe/Warsaw).</source>
        <translation>--timezone: &apos;%1&apos; är ingen tidszon som LeadLoop känner till (använd ett namn som Europe/Stockholm).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 är tom: den saknar rubrikrad.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Importen av %1 avbröts; inget ändrades.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>&apos;%1&apos; är ingen e-postadress.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code.</source>
        <translation>&apos;%1&apos; är ingen valutakod på tre bokstäver.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (write 1234.56 or 1 234,56).</source>
        <translation>&apos;%1&apos; är inget belopp (skriv 1234.56 eller 1 234,56).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date LeadLoop can read; give --time-format.</source>
        <translation>&apos;%1&apos; är inget datum som LeadLoop kan läsa; ange --time-format.</translation>
    </message>
    <message>
        <source>The row names no contact id, e-mail or deal id.</source>
        <translation>Raden anger inget kontakt-id, ingen e-post och inget affärs-id.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Inget importerades.</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>importen av %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative; a deal&apos;s amount is 0 or more.</source>
        <translation>&apos;%1&apos; är negativt; en affärs belopp är 0 eller mer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a consent state: write granted or denied (or yes or no), or leave it empty.</source>
        <translation>&apos;%1&apos; är inget samtyckesläge: skriv granted eller denied (eller yes eller no), eller lämna det tomt.</translation>
    </message>
</context>
<context>
    <name>CrmMappings</name>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN with a known field (%2).</source>
        <translation>--map: &apos;%1&apos; är inte FÄLT=KOLUMN med ett känt fält (%2).</translation>
    </message>
    <message>
        <source>--preset: &apos;%1&apos; is not one of auto, generic, %2.</source>
        <translation>--preset: &apos;%1&apos; är inte en av auto, generic, %2.</translation>
    </message>
    <message>
        <source>%1 ← %2 (%3)</source>
        <translation>%1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>--map: the file has no column &apos;%1&apos; (its columns: %2).</source>
        <translation>--map: filen har ingen kolumn &apos;%1&apos; (dess kolumner: %2).</translation>
    </message>
    <message>
        <source>--map</source>
        <translation>--map</translation>
    </message>
    <message>
        <source>guessed from the name</source>
        <translation>gissat från namnet</translation>
    </message>
    <message>
        <source>%1 preset</source>
        <translation>förinställning %1</translation>
    </message>
    <message>
        <source>Cannot tell which contact or deal each row is about: map contact_id, email or deal_id (--map deal_id=COLUMN). The columns are: %1.</source>
        <translation>Det går inte att se vilken kontakt eller affär varje rad gäller: mappa contact_id, email eller deal_id (--map deal_id=KOLUMN). Kolumnerna är: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CRM field (%2).</source>
        <translation>&apos;%1&apos; är inget CRM-fält (%2).</translation>
    </message>
</context>
<context>
    <name>CrmMerger</name>
    <message>
        <source>The e-mail %1 already belongs to another lead (contact %2).</source>
        <translation>E-postadressen %1 tillhör redan en annan lead (kontakt %2).</translation>
    </message>
    <message>
        <source>CRM import</source>
        <translation>CRM-import</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>steg: %1</translation>
    </message>
    <message>
        <source>Opportunity %1 is not in the workspace; import the opportunities first.</source>
        <translation>Affärsmöjlighet %1 finns inte i arbetsytan; importera affärsmöjligheterna först.</translation>
    </message>
    <message>
        <source>A stage change needs a stage and a date.</source>
        <translation>En stegändring behöver ett steg och ett datum.</translation>
    </message>
    <message>
        <source>the cookie is already linked to contact %1</source>
        <translation>kakan är redan kopplad till kontakt %1</translation>
    </message>
    <message>
        <source>the CRM record carries the cookie id</source>
        <translation>CRM-posten bär kak-id:t</translation>
    </message>
    <message>
        <source>A campaign member needs a contact id or an e-mail.</source>
        <translation>En kampanjmedlem behöver ett kontakt-id eller en e-post.</translation>
    </message>
    <message>
        <source>A campaign member row names no campaign.</source>
        <translation>En rad med kampanjmedlem anger ingen kampanj.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 starts a record longer than %2 MB; a quote is probably not closed.</source>
        <translation>Rad %1 inleder en post längre än %2 MB; troligen är ett citattecken inte stängt.</translation>
    </message>
    <message>
        <source>Reading stopped at line %1: %2</source>
        <translation>Läsningen stoppade på rad %1: %2</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed.</source>
        <translation>Det citerade fältet som börjar på rad %1 stängs aldrig.</translation>
    </message>
</context>
<context>
    <name>CurrencyConverter</name>
    <message>
        <source>No %1 rate for %2 on or before %3: import rates first (leadloop-cli import rates FILE).</source>
        <translation>Ingen %1-kurs för %2 den %3 eller tidigare: importera kurser först (leadloop-cli import rates FIL).</translation>
    </message>
</context>
<context>
    <name>CustomFunnel</name>
    <message>
        <source>A session step cannot match %1.</source>
        <translation>Ett sessionssteg kan inte matcha %1.</translation>
    </message>
    <message>
        <source>A funnel of sessions is broken down by a session dimension, not by %1.</source>
        <translation>En tratt av sessioner delas upp efter en sessionsdimension, inte efter %1.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>From previous step</source>
        <translation>Från föregående steg</translation>
    </message>
    <message>
        <source>From previous step (low)</source>
        <translation>Från föregående steg (låg)</translation>
    </message>
    <message>
        <source>From previous step (high)</source>
        <translation>Från föregående steg (hög)</translation>
    </message>
    <message>
        <source>From first step</source>
        <translation>Från första steget</translation>
    </message>
    <message>
        <source>From first step (low)</source>
        <translation>Från första steget (låg)</translation>
    </message>
    <message>
        <source>From first step (high)</source>
        <translation>Från första steget (hög)</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Bortfall</translation>
    </message>
    <message>
        <source>Median hours from previous</source>
        <translation>Median timmar från föregående</translation>
    </message>
    <message>
        <source>90th percentile hours from previous</source>
        <translation>90:e percentilen timmar från föregående</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>Database error in %1: the query returned no row.</source>
        <translation>Databasfel i %1: frågan gav ingen rad.</translation>
    </message>
</context>
<context>
    <name>DealsCommand</name>
    <message>
        <source>Deals, win rate, won value and days to close per owner, product, account, channel, stage or lost reason.</source>
        <translation>Affärer, vinstandel, vunnet värde och dagar till avslut per ägare, produkt, konto, kanal, steg eller förlustorsak.</translation>
    </message>
    <message>
        <source>The grouping (default owner).</source>
        <translation>Grupperingen (standard ägare).</translation>
    </message>
    <message>
        <source>deal creation</source>
        <translation>skapande av affären</translation>
    </message>
</context>
<context>
    <name>DealsReport</name>
    <message>
        <source>--by takes one of %1, not &apos;%2&apos;.</source>
        <translation>--by tar en av %1, inte &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vunna</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Förlorade</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Vunnet värde</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Vinstandel</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Genomsnittlig vunnen affär</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>Median dagar till avslut</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>--seed takes a whole number from 0 to 18446744073709551615, not &apos;%1&apos;.</source>
        <translation>--seed tar ett heltal från 0 till 18446744073709551615, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it.</source>
        <translation>%1 finns redan; ange --force för att ersätta den.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Kan inte ersätta %1.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entitet</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Create a demo workspace with a 90-day marketing and sales story.</source>
        <translation>Skapa en demoarbetsyta med en 90 dagar lång marknads- och säljberättelse.</translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation>Arbetsytefilen som ska skapas.</translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation>Slumpfröet (standard 1).</translation>
    </message>
    <message>
        <source>Replace an existing workspace file.</source>
        <translation>Ersätt en befintlig arbetsytefil.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo options are out of range.</source>
        <translation>Demoalternativen ligger utanför intervallet.</translation>
    </message>
    <message>
        <source>The demo story can only be written into an empty workspace.</source>
        <translation>Demoberättelsen kan bara skrivas i en tom arbetsyta.</translation>
    </message>
    <message>
        <source>Creating the demo workspace was cancelled.</source>
        <translation>Skapandet av demoarbetsytan avbröts.</translation>
    </message>
</context>
<context>
    <name>DemoSeeds</name>
    <message>
        <source>The demo&apos;s %1 cannot be read: %2</source>
        <translation>Demons fil %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The demo&apos;s story.json or vocabulary.json lacks a list it needs.</source>
        <translation>Demons story.json eller vocabulary.json saknar en lista som behövs.</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Började (UTC)</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Källa / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landningssida</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Sidvisningar</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konverteringar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sessions to list: it is not a value a filter can name, or the other filters exclude it.</source>
        <translation>&apos;%1&apos; har inga sessioner att lista: ett filter kan inte ange värdet, eller så utesluter de andra filtren det.</translation>
    </message>
    <message>
        <source>A funnel stage needs a group.</source>
        <translation>Ett steg i tratten behöver en grupp.</translation>
    </message>
    <message>
        <source>A funnel of sessions lists no people: count people to list them.</source>
        <translation>En tratt av sessioner listar inga personer: räkna personer för att lista dem.</translation>
    </message>
    <message>
        <source>A funnel step needs a group.</source>
        <translation>Ett trattsteg behöver en grupp.</translation>
    </message>
</context>
<context>
    <name>DrillDownCommand</name>
    <message>
        <source>Usage: leadloop-cli drilldown leads|sessions [--by DIM --group VALUE] [options].</source>
        <translation>Användning: leadloop-cli drilldown leads|sessions [--by DIM --group VÄRDE] [alternativ].</translation>
    </message>
    <message>
        <source>--stage takes leads, opportunities, customers or revenue, not &apos;%1&apos;.</source>
        <translation>--stage tar leads, opportunities, customers eller revenue, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--model takes a model id, not &apos;%1&apos;.</source>
        <translation>--model tar ett modell-id, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--limit takes a number of rows, 1 or more.</source>
        <translation>--limit tar ett antal rader, 1 eller fler.</translation>
    </message>
    <message>
        <source>The leads or sessions behind a report&apos;s figure: the report&apos;s options with --by DIM --group VALUE naming the row.</source>
        <translation>Leads eller sessioner bakom en siffra i en rapport: rapportens alternativ, med --by DIM --group VÄRDE för raden.</translation>
    </message>
    <message>
        <source>The row of the report: a value of --by.</source>
        <translation>Rapportens rad: ett värde av --by.</translation>
    </message>
    <message>
        <source>leads: whose conversion counts (default lead).</source>
        <translation>leads: vems konvertering som räknas (standard lead).</translation>
    </message>
    <message>
        <source>leads: the model whose credit the figure shows (default linear; with --stage, the funnel&apos;s grouping touch, default first_touch).</source>
        <translation>leads: modellen vars tillskrivning siffran visar (standard linear; med --stage den kontaktpunkt som grupperar tratten, standard first_touch).</translation>
    </message>
    <message>
        <source>leads: the funnel&apos;s people at this stage (leads, opportunities, customers, revenue) instead.</source>
        <translation>leads: i stället trattens personer i detta steg (leads, opportunities, customers, revenue).</translation>
    </message>
    <message>
        <source>sessions: at most this many, newest first (default 5000).</source>
        <translation>sessions: högst så många, nyaste först (standard 5000).</translation>
    </message>
    <message>
        <source>conversions or sessions</source>
        <translation>konverteringar eller sessioner</translation>
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
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>inga sessioner</translation>
    </message>
    <message>
        <source>Channel rule set</source>
        <translation>Kanalregeluppsättning</translation>
    </message>
    <message>
        <source>Session timeout</source>
        <translation>Sessionens tidsgräns</translation>
    </message>
    <message>
        <source>Attribution lookback</source>
        <translation>Attributionens bakåtblick</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>obegränsad</translation>
    </message>
    <message>
        <source>Model for channels and campaigns</source>
        <translation>Modell för kanaler och kampanjer</translation>
    </message>
    <message>
        <source>Models compared</source>
        <translation>Jämförda modeller</translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation>Importomgångar</translation>
    </message>
    <message>
        <source>Tracked sessions from</source>
        <translation>Spårade sessioner från</translation>
    </message>
    <message>
        <source>Rows rejected on import</source>
        <translation>Rader som avvisades vid import</translation>
    </message>
    <message>
        <source>Leads without tracking</source>
        <translation>Leads utan spårning</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Rapportvaluta</translation>
    </message>
    <message>
        <source>Marketing performance</source>
        <translation>Marknadsresultat</translation>
    </message>
    <message>
        <source>start</source>
        <translation>början</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All tid</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Change: against the period of the same length just before.</source>
        <translation>Förändring: mot perioden av samma längd närmast före.</translation>
    </message>
    <message>
        <source>Choose a period (--from and --to) to compare with the one before.</source>
        <translation>Välj en period (--from och --to) för att jämföra med den före.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Tratt</translation>
    </message>
    <message>
        <source>People by the channel of their first visit; each stage counted on its own date.</source>
        <translation>Personer per kanal för första besöket; varje steg räknas på sitt eget datum.</translation>
    </message>
    <message>
        <source>Channels: cost and return</source>
        <translation>Kanaler: kostnad och avkastning</translation>
    </message>
    <message>
        <source>Leads, customers and revenue credited by the %1 model; ROI = (revenue − cost) / cost.</source>
        <translation>Leads, kunder och intäkter tillskrivna av modellen %1; ROI = (intäkter − kostnad) / kostnad.</translation>
    </message>
    <message>
        <source>Leads credited by every model</source>
        <translation>Leads tillskrivna av varje modell</translation>
    </message>
    <message>
        <source>Each column shares the same leads among channels by one model (docs/metrics.md explains each).</source>
        <translation>Varje kolumn fördelar samma leads på kanalerna enligt en modell (docs/metrics.md förklarar var och en).</translation>
    </message>
    <message>
        <source>Best and worst campaigns by ROI</source>
        <translation>Bästa och sämsta kampanjer efter ROI</translation>
    </message>
    <message>
        <source>Campaigns with cost in the period, by ROI (%1 model).</source>
        <translation>Kampanjer med kostnad under perioden, efter ROI (modell %1).</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>Veckotrend</translation>
    </message>
    <message>
        <source>Leads created, first deals won and revenue won per ISO week.</source>
        <translation>Skapade leads, första vunna affärer och vunna intäkter per ISO-vecka.</translation>
    </message>
    <message>
        <source>Win rate by owner</source>
        <translation>Vinstandel per ägare</translation>
    </message>
    <message>
        <source>Why deals were lost</source>
        <translation>Varför affärer förlorades</translation>
    </message>
    <message>
        <source>Lost deals created in the period, by the reason given.</source>
        <translation>Förlorade affärer skapade under perioden, efter angiven orsak.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>How the figures were made, and the data they rest on.</source>
        <translation>Hur siffrorna togs fram och vilka data de vilar på.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minut</numerusform>
            <numerusform>%Ln minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>which leads become customers</source>
        <translation>vilka leads blir kunder</translation>
    </message>
    <message>
        <source>which leads with deals win one</source>
        <translation>vilka leads med affärer vinner en av dem</translation>
    </message>
    <message>
        <source>which leads have %1 = yes</source>
        <translation>vilka leads har %1 = ja</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>Leadpoängsättning</translation>
    </message>
    <message>
        <source>A model trained on %1 predicts %2 (all time, not only this period). On %3 leads it never saw: ROC AUC %4 (baseline %5; 0.5 is guessing, 1 perfect), Brier score %6. The rows rank those leads by score in tenths.</source>
        <translation>En modell tränad %1 förutsäger %2 (hela tiden, inte bara denna period). På %3 leads den aldrig sett: ROC AUC %4 (basmodell %5; 0,5 är gissning, 1 perfekt), Brier-poäng %6. Raderna delar in dessa leads efter poäng i tiondelar.</translation>
    </message>
    <message>
        <source>What drives the lead score</source>
        <translation>Vad som driver leadpoängen</translation>
    </message>
    <message>
        <source>The 15 features that weigh most in the model, with their share of its total weight.</source>
        <translation>De 15 egenskaper som väger tyngst i modellen, med deras andel av den totala vikten.</translation>
    </message>
    <message>
        <source>The 15 features that weigh most. Warning: %1 predicts the target almost alone and may be filled in after the outcome.</source>
        <translation>De 15 egenskaper som väger tyngst. Varning: %1 förutsäger målet nästan ensam och kan fyllas i efter utfallet.</translation>
    </message>
    <message>
        <source>Intervals of rates</source>
        <translation>Intervall för andelar</translation>
    </message>
    <message>
        <source>95 % Wilson score interval from the counts (Wilson 1927)</source>
        <translation>95 %-Wilsonintervall från antalen (Wilson 1927)</translation>
    </message>
    <message>
        <source>Intervals of credits</source>
        <translation>Intervall för tillskrivningar</translation>
    </message>
    <message>
        <source>95 % percentile bootstrap: the journeys resampled %1 times with replacement (seed 1), the model fitted again on each</source>
        <translation>95 %-percentilbootstrap: kundresorna omsamplade %1 gånger med återläggning (seed 1), modellen anpassad på nytt för varje</translation>
    </message>
    <message>
        <source>Two rates compared</source>
        <translation>Två andelar jämförda</translation>
    </message>
    <message>
        <source>Newcombe&apos;s hybrid score interval of the difference and the pooled two-proportion z-test, both at 95 %</source>
        <translation>Newcombes hybrida intervall för skillnaden och det poolade z-testet för två andelar, båda på 95 %</translation>
    </message>
    <message>
        <source>Leads credited by the %1 model with their 95 % bootstrap interval; the lead-to-customer rate with its 95 % Wilson interval (see the methodology).</source>
        <translation>Leads tillskrivna av modellen %1 med deras 95 %-bootstrapintervall; andelen från lead till kund med dess 95 %-Wilsonintervall (se metoden).</translation>
    </message>
    <message>
        <source>How certain the channels&apos; figures are</source>
        <translation>Hur säkra kanalernas siffror är</translation>
    </message>
    <message>
        <source>Deals created in the period and closed; win rate = won / (won + lost), with its 95 % interval.</source>
        <translation>Affärer skapade under perioden och avslutade; vinstandel = vunna / (vunna + förlorade), med dess 95 %-intervall.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <source>--platform takes %1, not &apos;%2&apos;.</source>
        <translation>--platform tar %1, inte &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--stage takes lead, opportunity or customer, not &apos;%1&apos;.</source>
        <translation>--stage tar lead, opportunity eller customer, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (write 2026-03-31).</source>
        <translation>--%1: &apos;%2&apos; är inget datum (skriv 2026-03-31).</translation>
    </message>
    <message>
        <source>--value takes revenue, amount or fixed:N (such as fixed:150), not &apos;%1&apos;.</source>
        <translation>--value tar revenue, amount eller fixed:N (som fixed:150), inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not a date and time (write 2026-03-05T14:30:00Z).</source>
        <translation>--at: &apos;%1&apos; är inget datum och klockslag (skriv 2026-03-05T14:30:00Z).</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterade</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Återkallade</translation>
    </message>
    <message>
        <source>export conversions needs --platform and --stage.</source>
        <translation>export conversions behöver --platform och --stage.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli export outcomes FILE.csv, export conversions --platform P --stage S [options], or export history.</source>
        <translation>Användning: leadloop-cli export outcomes FIL.csv, export conversions --platform P --stage S [alternativ] eller export history.</translation>
    </message>
    <message>
        <source>The ad platform: google-ads, google-ads-enhanced, microsoft-ads, meta or linkedin.</source>
        <translation>Annonsplattformen: google-ads, google-ads-enhanced, microsoft-ads, meta eller linkedin.</translation>
    </message>
    <message>
        <source>Which conversions: lead, opportunity or customer.</source>
        <translation>Vilka konverteringar: lead, opportunity eller customer.</translation>
    </message>
    <message>
        <source>The conversion&apos;s name in the platform (default: Lead, Opportunity, Customer; Purchase for Meta&apos;s customers).</source>
        <translation>Konverteringens namn i plattformen (standard: Lead, Opportunity, Customer; Purchase för kunder hos Meta).</translation>
    </message>
    <message>
        <source>Conversions on or after this day (UTC).</source>
        <translation>Konverteringar på eller efter denna dag (UTC).</translation>
    </message>
    <message>
        <source>Conversions on or before this day (UTC).</source>
        <translation>Konverteringar på eller före denna dag (UTC).</translation>
    </message>
    <message>
        <source>The value sent: revenue (default for opportunities and customers), amount or fixed:N (leads have none unless fixed).</source>
        <translation>Värdet som skickas: revenue (standard för affärsmöjligheter och kunder), amount eller fixed:N (leads har inget utom ett fast).</translation>
    </message>
    <message>
        <source>The time zone the file&apos;s times are written in (default: the system&apos;s).</source>
        <translation>Tidszonen som filens tider skrivs i (standard: systemets).</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, two letters (a contact&apos;s own country column wins).</source>
        <translation>Landet för telefonnummer skrivna utan landsnummer, två bokstäver (en kontakts egen landskolumn går före).</translation>
    </message>
    <message>
        <source>Also send people whose ad_user_data consent is unknown (denied is never sent).</source>
        <translation>Skicka även personer vars samtycke ad_user_data är okänt (nekat skickas aldrig).</translation>
    </message>
    <message>
        <source>Where to write retractions (default: beside --output, NAME-retractions.csv).</source>
        <translation>Var återkallelserna skrivs (standard: bredvid --output, NAMN-retractions.csv).</translation>
    </message>
    <message>
        <source>Count the platforms&apos; windows back from this time (default: now).</source>
        <translation>Räkna plattformarnas fönster bakåt från denna tid (standard: nu).</translation>
    </message>
    <message>
        <source>Who exports (default: your login name).</source>
        <translation>Vem som exporterar (standard: ditt inloggningsnamn).</translation>
    </message>
    <message>
        <source>Show what would be sent and left out; write and remember nothing.</source>
        <translation>Visa vad som skulle skickas och utelämnas; skriv och kom ihåg ingenting.</translation>
    </message>
    <message>
        <source>Write tagged outcomes for a CRM, or offline conversions for an ad platform.</source>
        <translation>Skriv taggade utfall för ett CRM, eller offlinekonverteringar för en annonsplattform.</translation>
    </message>
    <message>
        <source>Meta accepts events up to 7 days old: send the file today.</source>
        <translation>Meta tar emot händelser upp till 7 dagar gamla: skicka filen i dag.</translation>
    </message>
</context>
<context>
    <name>FactorWording</name>
    <message>
        <source>%1: no value</source>
        <translation>%1: inget värde</translation>
    </message>
    <message>
        <source>Visits to the site: %1</source>
        <translation>Besök på webbplatsen: %1</translation>
    </message>
    <message>
        <source>Pages viewed: %1</source>
        <translation>Visade sidor: %1</translation>
    </message>
    <message>
        <source>Minutes on the site: %1</source>
        <translation>Minuter på webbplatsen: %1</translation>
    </message>
    <message>
        <source>Pages per visit: %1</source>
        <translation>Sidor per besök: %1</translation>
    </message>
    <message>
        <source>Channels it came through: %1</source>
        <translation>Kanaler den kom via: %1</translation>
    </message>
    <message>
        <source>Days from the first visit to becoming a lead: %1</source>
        <translation>Dagar från första besöket till att bli lead: %1</translation>
    </message>
    <message>
        <source>Days since the last visit: %1</source>
        <translation>Dagar sedan senaste besöket: %1</translation>
    </message>
    <message>
        <source>Conversions on the site: %1</source>
        <translation>Konverteringar på webbplatsen: %1</translation>
    </message>
    <message>
        <source>First came from %1</source>
        <translation>Kom först via %1</translation>
    </message>
    <message>
        <source>Did not first come from %1</source>
        <translation>Kom inte först via %1</translation>
    </message>
    <message>
        <source>Became a lead through %1</source>
        <translation>Blev lead via %1</translation>
    </message>
    <message>
        <source>Did not become a lead through %1</source>
        <translation>Blev inte lead via %1</translation>
    </message>
    <message>
        <source>First visit from %1</source>
        <translation>Första besöket via %1</translation>
    </message>
    <message>
        <source>First visit not from %1</source>
        <translation>Första besöket inte via %1</translation>
    </message>
    <message>
        <source>Came through the campaign %1</source>
        <translation>Kom via kampanjen %1</translation>
    </message>
    <message>
        <source>Never came through the campaign %1</source>
        <translation>Kom aldrig via kampanjen %1</translation>
    </message>
    <message>
        <source>First landed on %1</source>
        <translation>Landade först på %1</translation>
    </message>
    <message>
        <source>Did not first land on %1</source>
        <translation>Landade inte först på %1</translation>
    </message>
    <message>
        <source>Lead source: %1</source>
        <translation>Leadkälla: %1</translation>
    </message>
    <message>
        <source>Lead source other than %1</source>
        <translation>Annan leadkälla än %1</translation>
    </message>
    <message>
        <source>Views of %1: %2</source>
        <translation>Visningar av %1: %2</translation>
    </message>
    <message>
        <source>Never viewed %1</source>
        <translation>Såg aldrig %1</translation>
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
        <translation>nej</translation>
    </message>
    <message>
        <source>%1, days after becoming a lead: %2</source>
        <translation>%1, dagar efter att ha blivit lead: %2</translation>
    </message>
    <message>
        <source>%1 other than %2</source>
        <translation>%1 annat än %2</translation>
    </message>
</context>
<context>
    <name>FeatureSchema</name>
    <message>
        <source>The saved model names an unknown feature kind &quot;%1&quot;.</source>
        <translation>Den sparade modellen nämner en okänd sorts egenskap &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>FunnelCommand</name>
    <message>
        <source>--model takes first_touch, last_touch or last_non_direct, not &apos;%1&apos;.</source>
        <translation>--model tar first_touch, last_touch eller last_non_direct, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Visitors, leads, opportunities, customers and revenue per group, with step rates and days between stages.</source>
        <translation>Besökare, leads, affärsmöjligheter, kunder och intäkter per grupp, med stegandelar och dagar mellan stegen.</translation>
    </message>
    <message>
        <source>The touch that groups a person (default first_touch).</source>
        <translation>Kontaktpunkten som grupperar en person (standard first_touch).</translation>
    </message>
    <message>
        <source>each stage</source>
        <translation>varje steg</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli funnel save NAME --steps FILE, funnel remove NAME, or funnel list.</source>
        <translation>Användning: leadloop-cli funnel save NAMN --steps FIL, funnel remove NAMN eller funnel list.</translation>
    </message>
    <message>
        <source>funnel save needs --steps FILE.</source>
        <translation>funnel save behöver --steps FIL.</translation>
    </message>
    <message>
        <source>--window-days takes a whole number of days (0 for no limit), not &apos;%1&apos;.</source>
        <translation>--window-days tar ett helt antal dagar (0 för ingen gräns), inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--order takes strict or any, not &apos;%1&apos;.</source>
        <translation>--order tar strict eller any, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give --steps or --saved, not both.</source>
        <translation>Ange --steps eller --saved, inte båda.</translation>
    </message>
    <message>
        <source>A custom funnel&apos;s steps, a JSON file (docs/metrics.md, &quot;Custom funnels&quot;).</source>
        <translation>Stegen i en egen tratt, en JSON-fil (docs/metrics.md, &quot;Custom funnels&quot;).</translation>
    </message>
    <message>
        <source>A custom funnel saved in the workspace.</source>
        <translation>En egen tratt sparad i arbetsytan.</translation>
    </message>
    <message>
        <source>Custom funnels: every step within N days of the first (0: no limit; default: the funnel&apos;s).</source>
        <translation>Egna trattar: varje steg inom N dagar från det första (0: ingen gräns; standard: trattens).</translation>
    </message>
    <message>
        <source>Custom funnels: the steps in the given order (strict) or in any order.</source>
        <translation>Egna trattar: stegen i given ordning (strict) eller i valfri ordning.</translation>
    </message>
    <message>
        <source>Give --intervals (Wilson) or --bootstrap, not both: each bounds the same rates.</source>
        <translation>Ange --intervals (Wilson) eller --bootstrap, inte båda: båda avgränsar samma andelar.</translation>
    </message>
    <message>
        <source>Add each rate&apos;s 95 % bootstrap interval from N resamples of the people (columns RATE_low and RATE_high).</source>
        <translation>Lägg till varje andels 95 %-bootstrapintervall från N omsamplingar av personerna (kolumnerna RATE_low och RATE_high).</translation>
    </message>
</context>
<context>
    <name>FunnelDefinition</name>
    <message>
        <source>page titled %1</source>
        <translation>sida med titeln %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>sida %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>händelse %1</translation>
    </message>
    <message>
        <source>form submitted</source>
        <translation>formulär skickat</translation>
    </message>
    <message>
        <source>session with %1 %2</source>
        <translation>session med %1 %2</translation>
    </message>
    <message>
        <source>became a lead</source>
        <translation>blev ett lead</translation>
    </message>
    <message>
        <source>lifecycle stage %1</source>
        <translation>livscykelsteg %1</translation>
    </message>
    <message>
        <source>deal created</source>
        <translation>affär skapad</translation>
    </message>
    <message>
        <source>deal stage %1</source>
        <translation>affärssteg %1</translation>
    </message>
    <message>
        <source>deal won</source>
        <translation>affär vunnen</translation>
    </message>
    <message>
        <source>deal lost</source>
        <translation>affär förlorad</translation>
    </message>
    <message>
        <source>%1 is not a funnel&apos;s steps (JSON: %2 at character %3).</source>
        <translation>%1 är inga steg för en tratt (JSON: %2 vid tecken %3).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>inget objekt</translation>
    </message>
    <message>
        <source>&quot;order&quot; is strict or any, not &quot;%1&quot;.</source>
        <translation>&quot;order&quot; är strict eller any, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;window_days&quot; is a whole number of days, 0 for no limit.</source>
        <translation>&quot;window_days&quot; är ett helt antal dagar, 0 för ingen gräns.</translation>
    </message>
    <message>
        <source>&quot;count&quot; is people or sessions, not &quot;%1&quot;.</source>
        <translation>&quot;count&quot; är people eller sessions, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A funnel needs at least two &quot;steps&quot;.</source>
        <translation>En tratt behöver minst två &quot;steps&quot;.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>steg %1</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; is one of %2, not &quot;%3&quot;.</source>
        <translation>%1: &quot;type&quot; är ett av %2, inte &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: a %2 step needs &quot;%3&quot;.</source>
        <translation>%1: ett %2-steg behöver &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: a page step needs &quot;url&quot; or &quot;title&quot;.</source>
        <translation>%1: ett page-steg behöver &quot;url&quot; eller &quot;title&quot;.</translation>
    </message>
    <message>
        <source>%1: a session step needs one of %2.</source>
        <translation>%1: ett session-steg behöver ett av %2.</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>besökte</translation>
    </message>
    <message>
        <source>&quot;count&quot;: &quot;sessions&quot; takes web steps only (page, event, form, session, visit).</source>
        <translation>&quot;count&quot;: &quot;sessions&quot; tar bara webbsteg (page, event, form, session, visit).</translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>The funnel groups people by one touch: --model takes first_touch, last_touch or last_non_direct.</source>
        <translation>Tratten grupperar personer efter en kontaktpunkt: --model tar first_touch, last_touch eller last_non_direct.</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Affärsmöjligheter</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Visitor to lead</source>
        <translation>Besökare till lead</translation>
    </message>
    <message>
        <source>Lead to opportunity</source>
        <translation>Lead till affärsmöjlighet</translation>
    </message>
    <message>
        <source>Opportunity to customer</source>
        <translation>Affärsmöjlighet till kund</translation>
    </message>
    <message>
        <source>Visitor to customer</source>
        <translation>Besökare till kund</translation>
    </message>
    <message>
        <source>Median days to lead</source>
        <translation>Median dagar till lead</translation>
    </message>
    <message>
        <source>Median days to opportunity</source>
        <translation>Median dagar till affärsmöjlighet</translation>
    </message>
    <message>
        <source>Median days to customer</source>
        <translation>Median dagar till kund</translation>
    </message>
</context>
<context>
    <name>Ga4EventSource</name>
    <message>
        <source>visitor ← user_pseudo_id, time ← event_timestamp (microseconds), session ← ga_session_id (GA4 preset)</source>
        <translation>besökare ← user_pseudo_id, tid ← event_timestamp (mikrosekunder), session ← ga_session_id (GA4-förinställning)</translation>
    </message>
    <message>
        <source>url, referrer, title ← event_params page_location, page_referrer, page_title</source>
        <translation>url, hänvisning, titel ← event_params page_location, page_referrer, page_title</translation>
    </message>
    <message>
        <source>source, medium, campaign, term ← collected_traffic_source or event_params</source>
        <translation>källa, medium, kampanj, sökord ← collected_traffic_source eller event_params</translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation>Besökar-id:t är tomt.</translation>
    </message>
    <message>
        <source>The event has no event_timestamp.</source>
        <translation>Händelsen saknar event_timestamp.</translation>
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
        <translation>Leadsen kunde inte lämnas till XGBoost</translation>
    </message>
    <message>
        <source>There are no leads to learn from.</source>
        <translation>Det finns inga leads att lära av.</translation>
    </message>
    <message>
        <source>The outcomes could not be handed to XGBoost</source>
        <translation>Utfallen kunde inte lämnas till XGBoost</translation>
    </message>
    <message>
        <source>XGBoost could not start</source>
        <translation>XGBoost kunde inte starta</translation>
    </message>
    <message>
        <source>XGBoost refused the setting %1</source>
        <translation>XGBoost vägrade inställningen %1</translation>
    </message>
    <message>
        <source>XGBoost could not train</source>
        <translation>XGBoost kunde inte träna</translation>
    </message>
    <message>
        <source>XGBoost could not score the leads</source>
        <translation>XGBoost kunde inte poängsätta leadsen</translation>
    </message>
    <message>
        <source>The model could not be saved</source>
        <translation>Modellen kunde inte sparas</translation>
    </message>
    <message>
        <source>The saved model could not be read</source>
        <translation>Den sparade modellen kunde inte läsas</translation>
    </message>
    <message>
        <source>XGBoost could not judge its trees</source>
        <translation>XGBoost kunde inte bedöma sina träd</translation>
    </message>
    <message>
        <source>XGBoost could not keep its best trees</source>
        <translation>XGBoost kunde inte behålla sina bästa träd</translation>
    </message>
</context>
<context>
    <name>HeaderCheck</name>
    <message>
        <source>The header names the column &apos;%1&apos; twice (columns %2 and %3), so which one to read is unclear. Rename one of them.</source>
        <translation>Rubriken namnger kolumnen &apos;%1&apos; två gånger (kolumn %2 och %3), så det är oklart vilken som ska läsas. Byt namn på en av dem.</translation>
    </message>
</context>
<context>
    <name>HeadlineReport</name>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Denna period</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Perioden före</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Vinstandel</translation>
    </message>
</context>
<context>
    <name>HeadlinesCommand</name>
    <message>
        <source>The dashboard&apos;s figures for a period, with the change against the period before.</source>
        <translation>Översiktens siffror för en period, med förändringen mot perioden före.</translation>
    </message>
    <message>
        <source>the period</source>
        <translation>perioden</translation>
    </message>
</context>
<context>
    <name>IdentityCommands</name>
    <message>
        <source>Usage: leadloop-cli %1 VISITOR CONTACT [--by NAME] [--reason TEXT].</source>
        <translation>Användning: leadloop-cli %1 BESÖKARE KONTAKT [--by NAMN] [--reason TEXT].</translation>
    </message>
    <message>
        <source>Who decides (default: your login name).</source>
        <translation>Vem som beslutar (standard ditt inloggningsnamn).</translation>
    </message>
    <message>
        <source>Why; kept in the identity log.</source>
        <translation>Varför; sparas i identitetsloggen.</translation>
    </message>
    <message>
        <source>List the links between visitors and leads, or the cookies to review.</source>
        <translation>Lista kopplingarna mellan besökare och leads, eller kakorna att granska.</translation>
    </message>
    <message>
        <source>List cookies seen with two e-mails instead.</source>
        <translation>Lista i stället kakor som setts med två e-postadresser.</translation>
    </message>
    <message>
        <source>Link a visitor (cookie id) to a lead; its only link from then on.</source>
        <translation>Koppla en besökare (kak-id) till en lead; dess enda koppling från och med nu.</translation>
    </message>
    <message>
        <source>Undo a link between a visitor and a lead.</source>
        <translation>Ångra en koppling mellan en besökare och en lead.</translation>
    </message>
    <message>
        <source>Leave a visitor apart from a lead it was seen with.</source>
        <translation>Håll en besökare åtskild från en lead den setts med.</translation>
    </message>
</context>
<context>
    <name>IdentityDecisionCommand</name>
    <message>
        <source>Link visitor %1 to %2</source>
        <translation>Koppla besökare %1 till %2</translation>
    </message>
    <message>
        <source>Keep visitor %1 apart from %2</source>
        <translation>Håll besökare %1 åtskild från %2</translation>
    </message>
</context>
<context>
    <name>IdentityReview</name>
    <message>
        <source>No visitor has the cookie id or number &apos;%1&apos;.</source>
        <translation>Ingen besökare har kak-id:t eller numret &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a deal without a contact.</source>
        <translation>&apos;%1&apos; är en affär utan kontakt.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Cookie id</source>
        <translation>Kak-id</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Linked (UTC)</source>
        <translation>Kopplad (UTC)</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Kopplad till</translation>
    </message>
    <message>
        <source>Its e-mail</source>
        <translation>Dess e-post</translation>
    </message>
    <message>
        <source>Also seen as</source>
        <translation>Även sedd som</translation>
    </message>
    <message>
        <source>That e-mail</source>
        <translation>Den e-posten</translation>
    </message>
    <message>
        <source>Seen (UTC)</source>
        <translation>Sedd (UTC)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>linked to contact %1 instead</source>
        <translation>kopplad till kontakt %1 i stället</translation>
    </message>
    <message>
        <source>Visitor %1 is not linked to %2.</source>
        <translation>Besökare %1 är inte kopplad till %2.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ångrad</translation>
    </message>
</context>
<context>
    <name>IdentityStitcher</name>
    <message>
        <source>a form carried %1</source>
        <translation>ett formulär innehöll %1</translation>
    </message>
    <message>
        <source>the cookie is linked to contact %1 and a form carried %2</source>
        <translation>kakan är kopplad till kontakt %1 och ett formulär innehöll %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--delimiter takes , ; | or tab, not &apos;%1&apos;.</source>
        <translation>--delimiter tar , ; | eller tab, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--session-timeout takes minutes from 1 to 1440.</source>
        <translation>--session-timeout tar minuter från 1 till 1440.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2 (%3 preset, %4, delimiter %5).</source>
        <translation>Importerade %1 som omgång %2 (förinställning %3, %4, avgränsare %5).</translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, duplicates %4; new visitors %5, new sessions %6, continued sessions %7.</source>
        <translation>Rader lästa %1, importerade %2, avvisade %3, dubbletter %4; nya besökare %5, nya sessioner %6, fortsatta sessioner %7.</translation>
    </message>
    <message>
        <source>Import a file into the workspace as one batch.</source>
        <translation>Importera en fil till arbetsytan som en omgång.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs, comma-separated.</source>
        <translation>FÄLT=KOLUMN-par, kommaseparerade.</translation>
    </message>
    <message>
        <source>The delimiter: , ; | or tab (default: detect).</source>
        <translation>Avgränsaren: , ; | eller tab (standard: identifiera).</translation>
    </message>
    <message>
        <source>The encoding, e.g. windows-1250 (default: detect).</source>
        <translation>Teckenkodningen, t.ex. windows-1252 (standard: identifiera).</translation>
    </message>
    <message>
        <source>The time format (default: ISO 8601 or epoch).</source>
        <translation>Tidsformatet (standard ISO 8601 eller epoch).</translation>
    </message>
    <message>
        <source>The time zone of times without one (default UTC).</source>
        <translation>Tidszonen för tider utan zon (standard UTC).</translation>
    </message>
    <message>
        <source>Minutes of inactivity that end a session (default 30).</source>
        <translation>Minuter av inaktivitet som avslutar en session (standard 30).</translation>
    </message>
    <message>
        <source>The site&apos;s own hosts, comma-separated (default: learned).</source>
        <translation>Webbplatsens egna värdar, kommaseparerade (standard: inlärda).</translation>
    </message>
    <message>
        <source>Event names that count as conversions.</source>
        <translation>Händelsenamn som räknas som konverteringar.</translation>
    </message>
    <message>
        <source>Write the rejected rows and their reasons to this CSV file.</source>
        <translation>Skriv de avvisade raderna och orsakerna till den här CSV-filen.</translation>
    </message>
    <message>
        <source>The worksheet of an .xlsx file (default: the first).</source>
        <translation>Kalkylbladet i en .xlsx-fil (standard det första).</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2 (%3 preset).</source>
        <translation>Importerade %1 som omgång %2 (förinställning %3).</translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, unchanged %4; contacts %5 new, %6 updated; deals %7 new, %8 updated; %9 stage changes, %10 outcome events.</source>
        <translation>Rader lästa %1, importerade %2, avvisade %3, oförändrade %4; kontakter %5 nya, %6 uppdaterade; affärer %7 nya, %8 uppdaterade; %9 stegändringar, %10 utfallshändelser.</translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN.</source>
        <translation>--map: &apos;%1&apos; är inte FÄLT=KOLUMN.</translation>
    </message>
    <message>
        <source>Rates: %1 rows read, %2 imported, %3 rejected.</source>
        <translation>Kurser: %1 rader lästa, %2 importerade, %3 avvisade.</translation>
    </message>
    <message>
        <source>Costs: %1 rows read, %2 imported, %3 rejected; %4 campaign-days (%5 replaced), %6 new campaigns, %7 rows with no matching sessions; total %8 %9.</source>
        <translation>Kostnader: %1 rader lästa, %2 importerade, %3 avvisade; %4 kampanjdagar (%5 ersatta), %6 nya kampanjer, %7 rader utan matchande sessioner; totalt %8 %9.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli import tracking|crm|costs|rates FILE [options].</source>
        <translation>Användning: leadloop-cli import tracking|crm|costs|rates FIL [alternativ].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be imported by this version; it imports: tracking, crm, costs, rates.</source>
        <translation>&apos;%1&apos; kan inte importeras av den här versionen; den importerar: tracking, crm, costs, rates.</translation>
    </message>
    <message>
        <source>crm: the stages that mean won, comma-separated.</source>
        <translation>crm: stegen som betyder vunnen, kommaseparerade.</translation>
    </message>
    <message>
        <source>crm: the stages that mean lost, comma-separated.</source>
        <translation>crm: stegen som betyder förlorad, kommaseparerade.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>--preset: &apos;%1&apos; is not one of %2, nor a preset saved for %3 imports (saved: %4).</source>
        <translation>--preset: &apos;%1&apos; är inte någon av %2 och inte heller en sparad förinställning för %3-importer (sparade: %4).</translation>
    </message>
    <message>
        <source>none built in</source>
        <translation>inga inbyggda</translation>
    </message>
    <message>
        <source>tracking: auto (default), generic, ga4, ua or snowplow; crm: auto, generic, hubspot-contacts, hubspot-deals, salesforce-leads, salesforce-contacts, salesforce-opportunities, salesforce-opportunity-history or salesforce-campaign-members; or the name of a preset saved in the desktop&apos;s import wizard (--map pairs override its columns).</source>
        <translation>tracking: auto (standard), generic, ga4, ua eller snowplow; crm: auto, generic, hubspot-contacts, hubspot-deals, salesforce-leads, salesforce-contacts, salesforce-opportunities, salesforce-opportunity-history eller salesforce-campaign-members; eller namnet på en förinställning som sparats i appens importguide (--map-par ersätter dess kolumner).</translation>
    </message>
</context>
<context>
    <name>ImportIssues</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlans</name>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>Importen avbröts; arbetsytan är oförändrad.</translation>
    </message>
    <message>
        <source>Web tracking (visits, page views, events)</source>
        <translation>Webbspårning (besök, sidvisningar, händelser)</translation>
    </message>
    <message>
        <source>CRM (contacts, leads, deals)</source>
        <translation>CRM (kontakter, leads, affärer)</translation>
    </message>
    <message>
        <source>Campaign costs</source>
        <translation>Kampanjkostnader</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Valutakurser</translation>
    </message>
    <message>
        <source>%1 page views and %2 events in %3 sessions of %4 new visitors.</source>
        <translation>%1 sidvisningar och %2 händelser i %3 sessioner från %4 nya besökare.</translation>
    </message>
    <message>
        <source>%1 leads from forms, %2 visitors linked to leads.</source>
        <translation>%1 leads från formulär, %2 besökare kopplade till leads.</translation>
    </message>
    <message>
        <source>%1 contacts created, %2 updated; %3 deals created, %4 updated.</source>
        <translation>%1 kontakter skapade, %2 uppdaterade; %3 affärer skapade, %4 uppdaterade.</translation>
    </message>
    <message>
        <source>%1 campaign-days, %2 new campaigns; %3 rows name a campaign no session carries.</source>
        <translation>%1 kampanjdagar, %2 nya kampanjer; %3 rader anger en kampanj som ingen session har.</translation>
    </message>
</context>
<context>
    <name>ImportPresets</name>
    <message>
        <source>Cannot read the import presets in %1: %2</source>
        <translation>Importförinställningarna i %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The import presets in %1 are not valid JSON: %2 (at character %3).</source>
        <translation>Importförinställningarna i %1 är inte giltig JSON: %2 (vid tecken %3).</translation>
    </message>
    <message>
        <source>Cannot save the import presets to %1: %2</source>
        <translation>Importförinställningarna kan inte sparas i %1: %2</translation>
    </message>
    <message>
        <source>No %1 import preset is called &apos;%2&apos;.</source>
        <translation>Ingen förinställning för %1-importer heter &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>An import preset needs a name.</source>
        <translation>En importförinställning behöver ett namn.</translation>
    </message>
</context>
<context>
    <name>ImportReplay</name>
    <message>
        <source>A team member made an import of a kind this LeadLoop does not know (%1); update LeadLoop to apply it.</source>
        <translation>En teammedlem gjorde en import av ett slag som den här LeadLoop inte känner till (%1); uppdatera LeadLoop för att tillämpa den.</translation>
    </message>
</context>
<context>
    <name>ImportsCommand</name>
    <message>
        <source>Batch</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Förinställning</translation>
    </message>
    <message>
        <source>Imported at (UTC)</source>
        <translation>Importerad (UTC)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lästa</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerade</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbletter</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>--remove takes a batch number, not &apos;%1&apos;.</source>
        <translation>--remove tar ett omgångsnummer, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Rows removed</source>
        <translation>Borttagna rader</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>List the import batches of the workspace, or remove one with everything it brought.</source>
        <translation>Lista arbetsytans importomgångar, eller ta bort en med allt den förde in.</translation>
    </message>
    <message>
        <source>Remove this batch and everything it brought (refused while other data depends on it).</source>
        <translation>Ta bort den här omgången och allt den förde in (nekas så länge andra data beror på den).</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Workspace %1, schema version %2</source>
        <translation>Arbetsyta %1, schemaversion %2</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s schema version and the rows in every table.</source>
        <translation>Visa arbetsytans schemaversion och raderna i varje tabell.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Arbetsytan %1 finns inte.</translation>
    </message>
    <message>
        <source>Page %1 does not match its checksum.</source>
        <translation>Sida %1 stämmer inte med sin kontrollsumma.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Kontrollen avbröts.</translation>
    </message>
</context>
<context>
    <name>JourneyCommand</name>
    <message>
        <source>Usage: leadloop-cli journey LEAD.</source>
        <translation>Användning: leadloop-cli journey LEAD.</translation>
    </message>
    <message>
        <source>How each model credits this %1&apos;s touches:</source>
        <translation>Hur varje modell tillskriver kontaktpunkterna för denna %1:</translation>
    </message>
    <message>
        <source>Everything that happened to one lead, in time order, and how each model credits their touches.</source>
        <translation>Allt som hände en lead, i tidsordning, och hur varje modell tillskriver dess kontaktpunkter.</translation>
    </message>
</context>
<context>
    <name>JourneyReport</name>
    <message>
        <source>%1 names a deal without a lead.</source>
        <translation>%1 anger en affär utan lead.</translation>
    </message>
    <message>
        <source>visitor %1</source>
        <translation>besökare %1</translation>
    </message>
    <message>
        <source>%1 visitor %2 (%3)%4</source>
        <translation>%1 besökare %2 (%3)%4</translation>
    </message>
    <message>
        <source>became a lead: %1</source>
        <translation>blev lead: %1</translation>
    </message>
    <message>
        <source>deal %1 created: %2</source>
        <translation>affär %1 skapad: %2</translation>
    </message>
    <message>
        <source>deal %1 entered %2</source>
        <translation>affär %1 gick in i %2</translation>
    </message>
    <message>
        <source>deal %1: %2 → %3 by %4 (%5)%6</source>
        <translation>affär %1: %2 → %3 av %4 (%5)%6</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>När (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Källa / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landningssida</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Sidvisningar</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Varaktighet (s)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Touch (UTC)</source>
        <translation>Kontaktpunkt (UTC)</translation>
    </message>
    <message>
        <source>Ad click ids</source>
        <translation>Annonsklick-id:n</translation>
    </message>
</context>
<context>
    <name>JsonLinesSource</name>
    <message>
        <source>The line is not valid JSON (%1).</source>
        <translation>Raden är inte giltig JSON (%1).</translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message>
        <source>lead since %1</source>
        <translation>lead sedan %1</translation>
    </message>
    <message>
        <source>first channel: %1</source>
        <translation>första kanal: %1</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(inget steg)</translation>
    </message>
    <message>
        <source>No deal yet: marking the lead won or lost opens one.</source>
        <translation>Ingen affär än: att markera leaden som vunnen eller förlorad öppnar en.</translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation>Utfallshistorik</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <source>Not tagged yet.</source>
        <translation>Inte markerad än.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Kundresa</translation>
    </message>
    <message>
        <source>No tracked visits are linked to this lead.</source>
        <translation>Inga spårade besök är kopplade till den här leaden.</translation>
    </message>
    <message>
        <source>This part could not be read: %1</source>
        <translation>Den här delen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Leadpoäng</translation>
    </message>
    <message>
        <source>tier: %1</source>
        <translation>nivå: %1</translation>
    </message>
    <message>
        <source>Ad consent: user data %1, personalization %2</source>
        <translation>Annonssamtycke: användardata %1, anpassning %2</translation>
    </message>
</context>
<context>
    <name>LeadHistory</name>
    <message>
        <source>A contact&apos;s packed properties are not a JSON object; File &gt; Recover… rebuilds them.</source>
        <translation>En kontakts packade egenskaper är inget JSON-objekt; Arkiv &gt; Rädda… bygger upp dem igen.</translation>
    </message>
</context>
<context>
    <name>LeadList</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Skapad (UTC)</translation>
    </message>
    <message>
        <source>First channel</source>
        <translation>Första kanal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Affärssteg</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dagar öppen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
</context>
<context>
    <name>LeadOutcomes</name>
    <message>
        <source>The property %1 is not yes/no (one value is &quot;%2&quot;), so it cannot be a target.</source>
        <translation>Egenskapen %1 är inte ja/nej (ett värde är &quot;%2&quot;), så den kan inte vara ett mål.</translation>
    </message>
    <message>
        <source>No contact has a value for the property %1.</source>
        <translation>Ingen kontakt har något värde för egenskapen %1.</translation>
    </message>
    <message>
        <source>The workspace holds no leads to score yet.</source>
        <translation>Arbetsytan innehåller ännu inga leads att poängsätta.</translation>
    </message>
</context>
<context>
    <name>LeadResolver</name>
    <message>
        <source>Name a lead: an e-mail, a contact id or a deal id.</source>
        <translation>Ange en lead: en e-postadress, ett kontakt-id eller ett affärs-id.</translation>
    </message>
    <message>
        <source>No lead has the e-mail %1.</source>
        <translation>Ingen lead har e-postadressen %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names both a contact and a deal; write contact:%1 or deal:%1.</source>
        <translation>&apos;%1&apos; anger både en kontakt och en affär; skriv contact:%1 eller deal:%1.</translation>
    </message>
    <message>
        <source>No lead or deal is called &apos;%1&apos; (give an e-mail, a contact id or deal:ID).</source>
        <translation>Ingen lead eller affär heter &apos;%1&apos; (ange en e-postadress, ett kontakt-id eller deal:ID).</translation>
    </message>
</context>
<context>
    <name>LeadScores</name>
    <message>
        <source>very high</source>
        <translation>mycket hög</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hög</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>låg</translation>
    </message>
    <message>
        <source>The model %1 that scored this lead is missing from the workspace.</source>
        <translation>Modellen %1 som poängsatte detta lead saknas i arbetsytan.</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Del</translation>
    </message>
</context>
<context>
    <name>LeadsCommand</name>
    <message>
        <source>--outcome takes open, won, lost or none, not &apos;%1&apos;.</source>
        <translation>--outcome tar open, won, lost eller none, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only leads with this text in the name, company or e-mail.</source>
        <translation>Bara leads med den här texten i namn, företag eller e-post.</translation>
    </message>
    <message>
        <source>Only leads of this owner (repeatable).</source>
        <translation>Bara leads med den här ägaren (kan upprepas).</translation>
    </message>
    <message>
        <source>Only leads with this outcome; none: without a deal (repeatable).</source>
        <translation>Bara leads med det här utfallet; none: utan affär (kan upprepas).</translation>
    </message>
    <message>
        <source>Only leads whose first channel is this (repeatable).</source>
        <translation>Bara leads vars första kanal är denna (kan upprepas).</translation>
    </message>
    <message>
        <source>Only leads this user owns (my leads).</source>
        <translation>Bara leads som den här användaren äger (mina leads).</translation>
    </message>
    <message>
        <source>First day of lead creation (UTC).</source>
        <translation>Första dagen leaden skapades (UTC).</translation>
    </message>
    <message>
        <source>Last day of lead creation (UTC).</source>
        <translation>Sista dagen leaden skapades (UTC).</translation>
    </message>
    <message>
        <source>--tier takes very_high, high, medium, low or none, not &apos;%1&apos;.</source>
        <translation>--tier tar very_high, high, medium, low eller none, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The leads table of the desktop app: every contact once per deal, with owner, first channel, stage, outcome, amount, days open, score and tier.</source>
        <translation>Leadtabellen i skrivbordsappen: varje kontakt en gång per affär, med ägare, första kanal, steg, utfall, belopp, dagar öppen, poäng och nivå.</translation>
    </message>
    <message>
        <source>Only leads of this score tier: very_high, high, medium, low, or none for leads without a tier (repeatable).</source>
        <translation>Endast leads på denna poängnivå: very_high, high, medium, low, eller none för leads utan nivå (kan upprepas).</translation>
    </message>
    <message>
        <source>--property takes NAME=VALUE, not &apos;%1&apos;.</source>
        <translation>--property tar NAMN=VÄRDE, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only leads whose contact has this property value, as NAME=VALUE (repeatable; all must hold).</source>
        <translation>Endast leads vars kontakt har detta egenskapsvärde, som NAMN=VÄRDE (kan upprepas; alla måste gälla).</translation>
    </message>
</context>
<context>
    <name>LogisticRegression</name>
    <message>
        <source>There are no leads to learn from.</source>
        <translation>Det finns inga leads att lära av.</translation>
    </message>
    <message>
        <source>The baseline model could not be fitted to these leads.</source>
        <translation>Basmodellen kunde inte anpassas till dessa leads.</translation>
    </message>
</context>
<context>
    <name>LostReasons</name>
    <message>
        <source>A lost reason cannot be empty.</source>
        <translation>En förlustorsak kan inte vara tom.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a lost reason.</source>
        <translation>&apos;%1&apos; är redan en förlustorsak.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lost reason.</source>
        <translation>&apos;%1&apos; är ingen förlustorsak.</translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <source>Missing schema resource %1.</source>
        <translation>Schemaresursen %1 saknas.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to version %1 (%2) failed: %3</source>
        <translation>Uppgraderingen av arbetsytan till version %1 (%2) misslyckades: %3</translation>
    </message>
</context>
<context>
    <name>OutcomeCommands</name>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Took effect (UTC)</source>
        <translation>Gällde från (UTC)</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli tag LEAD won|lost|open [options].</source>
        <translation>Användning: leadloop-cli tag LEAD won|lost|open [alternativ].</translation>
    </message>
    <message>
        <source>--amount: &apos;%1&apos; is not an amount (write 1234.56 or 1 234,56).</source>
        <translation>--amount: &apos;%1&apos; är inget belopp (skriv 1234.56 eller 1 234,56).</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not a date and time (write 2024-03-05T14:30:00Z).</source>
        <translation>--at: &apos;%1&apos; är inget datum med tid (skriv 2024-03-05T14:30:00Z).</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli untag LEAD [--by NAME] [--note TEXT].</source>
        <translation>Användning: leadloop-cli untag LEAD [--by NAMN] [--note TEXT].</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli history LEAD.</source>
        <translation>Användning: leadloop-cli history LEAD.</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Förlustorsak</translation>
    </message>
    <message>
        <source>Who records it (default: your login name).</source>
        <translation>Vem som registrerar det (standard ditt inloggningsnamn).</translation>
    </message>
    <message>
        <source>A note kept with the event.</source>
        <translation>En anteckning som sparas med händelsen.</translation>
    </message>
    <message>
        <source>Tag a lead won, lost or open; every tag is kept in the lead&apos;s history.</source>
        <translation>Markera en lead som vunnen, förlorad eller öppen; varje markering sparas i leadens historik.</translation>
    </message>
    <message>
        <source>The amount won (default: the deal&apos;s).</source>
        <translation>Det vunna beloppet (standard affärens).</translation>
    </message>
    <message>
        <source>Its currency, e.g. EUR (default: the deal&apos;s).</source>
        <translation>Dess valuta, t.ex. SEK (standard affärens).</translation>
    </message>
    <message>
        <source>Why it was lost (see lost-reasons).</source>
        <translation>Varför den förlorades (se lost-reasons).</translation>
    </message>
    <message>
        <source>When it happened (default: now).</source>
        <translation>När det hände (standard nu).</translation>
    </message>
    <message>
        <source>Undo the latest outcome change of a lead (kept in its history).</source>
        <translation>Ångra leadens senaste utfallsändring (sparas i historiken).</translation>
    </message>
    <message>
        <source>Show every outcome change of a lead.</source>
        <translation>Visa varje utfallsändring för en lead.</translation>
    </message>
    <message>
        <source>List, add or remove the reasons offered for lost deals.</source>
        <translation>Lista, lägg till eller ta bort orsakerna som erbjuds för förlorade affärer.</translation>
    </message>
    <message>
        <source>Add a reason.</source>
        <translation>Lägg till en orsak.</translation>
    </message>
    <message>
        <source>Remove a reason.</source>
        <translation>Ta bort en orsak.</translation>
    </message>
</context>
<context>
    <name>OutcomeReports</name>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affär</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Affärsnamn</translation>
    </message>
    <message>
        <source>Took effect (UTC)</source>
        <translation>Gällde från (UTC)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Registrerad (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>LeadLoop deal</source>
        <translation>LeadLoop-affär</translation>
    </message>
    <message>
        <source>CRM deal id</source>
        <translation>Affärs-id i CRM</translation>
    </message>
    <message>
        <source>CRM contact id</source>
        <translation>Kontakt-id i CRM</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Tagged by</source>
        <translation>Markerad av</translation>
    </message>
    <message>
        <source>Tagged at (UTC)</source>
        <translation>Markerad (UTC)</translation>
    </message>
</context>
<context>
    <name>OutcomeTagger</name>
    <message>
        <source>Deal %1 does not exist.</source>
        <translation>Affär %1 finns inte.</translation>
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation>Kontakt %1 finns inte.</translation>
    </message>
    <message>
        <source>An outcome is won, lost or open, not &apos;%1&apos;.</source>
        <translation>Ett utfall är won, lost eller open, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Ett belopp kan inte vara negativt.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR or PLN, not &apos;%1&apos;.</source>
        <translation>En valuta är en kod på tre bokstäver som EUR eller SEK, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Lost needs a reason: one of %1, or your own words.</source>
        <translation>Förlorad kräver en orsak: en av %1, eller egna ord.</translation>
    </message>
    <message>
        <source>%1 has no deal, so there is nothing to undo.</source>
        <translation>%1 har ingen affär, så det finns inget att ångra.</translation>
    </message>
    <message>
        <source>Deal %1 has no outcome to undo.</source>
        <translation>Affär %1 har inget utfall att ångra.</translation>
    </message>
    <message>
        <source>undoes event %1</source>
        <translation>ångrar händelse %1</translation>
    </message>
    <message>
        <source> (undoes event %1)</source>
        <translation> (ångrar händelse %1)</translation>
    </message>
    <message>
        <source>Won needs an amount, and deal %1 has none: give the amount won.</source>
        <translation>Vunnen kräver ett belopp och affär %1 saknar det: ange det vunna beloppet.</translation>
    </message>
    <message numerus="yes">
        <source>This lead has %Ln open deals; name one: %1.</source>
        <translation>
            <numerusform>Den här leaden har %Ln öppen affär; ange den: %1.</numerusform>
            <numerusform>Den här leaden har %Ln öppna affärer; ange en: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
</context>
<context>
    <name>PathData</name>
    <message>
        <source>%1 is empty: a header row was expected.</source>
        <translation>%1 är tom: en rubrikrad förväntades.</translation>
    </message>
    <message>
        <source>%1 needs the columns path and total_conversions (and optionally total_conversion_value and total_null); it has: %2.</source>
        <translation>%1 behöver kolumnerna path och total_conversions (och valfritt total_conversion_value och total_null); den har: %2.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: &apos;%4&apos; is not a count or amount of 0 or more.</source>
        <translation>%1, rad %2, kolumn %3: &apos;%4&apos; är inget antal eller belopp på 0 eller mer.</translation>
    </message>
    <message>
        <source>%1, row %2, column path: the path is empty.</source>
        <translation>%1, rad %2, kolumn path: sökvägen är tom.</translation>
    </message>
</context>
<context>
    <name>PathsCommand</name>
    <message>
        <source>--top takes 1 or more.</source>
        <translation>--top tar 1 eller mer.</translation>
    </message>
    <message>
        <source>The most frequent paths of touches to conversion.</source>
        <translation>De vanligaste vägarna av kontaktpunkter till konvertering.</translation>
    </message>
    <message>
        <source>How many paths (default 10).</source>
        <translation>Hur många vägar (standard 10).</translation>
    </message>
    <message>
        <source>What counts as a conversion (default lead).</source>
        <translation>Vad som räknas som konvertering (standard lead).</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>konverteringar</translation>
    </message>
</context>
<context>
    <name>PathsReport</name>
    <message>
        <source>--top takes 1 or more.</source>
        <translation>--top tar 1 eller mer.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Väg</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Kontaktpunkter</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konverteringar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Share of conversions</source>
        <translation>Andel av konverteringar</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Avkastning på investering</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Vinstandel</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Affärsmöjligheter</translation>
    </message>
    <message>
        <source>From visitor to customer</source>
        <translation>Från besökare till kund</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Revenue and cost (%1)</source>
        <translation>Intäkter och kostnad (%1)</translation>
    </message>
    <message>
        <source>Leads and customers per week</source>
        <translation>Leads och kunder per vecka</translation>
    </message>
    <message>
        <source>Period: %1 · generated %2 by LeadLoop</source>
        <translation>Period: %1 · skapad %2 av LeadLoop</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>%1 against the period before</source>
        <translation>%1 jämfört med föregående period</translation>
    </message>
    <message>
        <source>Share found when calling the top tenths first</source>
        <translation>Andel funna när de översta tiondelarna rings först</translation>
    </message>
    <message>
        <source>Found by score</source>
        <translation>Funna efter poäng</translation>
    </message>
    <message>
        <source>Found at random</source>
        <translation>Funna slumpvis</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lead to customer</source>
        <translation>Från lead till kund</translation>
    </message>
    <message>
        <source>Lead to customer, with 95 % intervals</source>
        <translation>Från lead till kund, med 95 %-intervall</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Out of memory while connecting to %1.</source>
        <translation>Slut på minne vid anslutning till %1.</translation>
    </message>
    <message>
        <source>The team server %1 refused the login: %2</source>
        <translation>Teamservern %1 avvisade inloggningen: %2</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached: %2</source>
        <translation>Teamservern %1 kan inte nås: %2</translation>
    </message>
    <message>
        <source>The connection to the team server %1 was lost: %2</source>
        <translation>Anslutningen till teamservern %1 bröts: %2</translation>
    </message>
    <message>
        <source>The team server %1 refused: %2</source>
        <translation>Teamservern %1 vägrade: %2</translation>
    </message>
    <message>
        <source>The team server %1 reported: %2</source>
        <translation>Teamservern %1 rapporterade: %2</translation>
    </message>
</context>
<context>
    <name>PropertiesCommand</name>
    <message>
        <source>%1 has no contact, so no properties.</source>
        <translation>%1 har ingen kontakt och alltså inga egenskaper.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Egenskap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Olika värden</translation>
    </message>
    <message>
        <source>List the contact properties CRM imports kept (the columns no field maps) with their types, or one lead&apos;s values.</source>
        <translation>Lista kontaktegenskaperna som CRM-importer sparat (kolumnerna som inget fält mappar) med sina typer, eller en leads värden.</translation>
    </message>
</context>
<context>
    <name>Proportions</name>
    <message>
        <source>%1 and %2 cannot be told apart: %3 vs %4, the difference could be anything from %5 to %6 points (%7).</source>
        <translation>%1 och %2 går inte att skilja åt: %3 mot %4, skillnaden kan vara allt från %5 till %6 punkter (%7).</translation>
    </message>
    <message>
        <source>%1 converts better than %2: %3 vs %4, difference %5 to %6 points (%7).</source>
        <translation>%1 konverterar bättre än %2: %3 mot %4, skillnad %5 till %6 punkter (%7).</translation>
    </message>
</context>
<context>
    <name>RateIntervals</name>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (låg)</translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation>%1 (hög)</translation>
    </message>
</context>
<context>
    <name>RecoverCommand</name>
    <message>
        <source>recover needs --out FILE: the new workspace to write (the damaged one is never changed).</source>
        <translation>recover behöver --out FIL: den nya arbetsytan som ska skrivas (den skadade ändras aldrig).</translation>
    </message>
    <message>
        <source>Recovered %1 whole into %2.</source>
        <translation>Räddade %1 helt till %2.</translation>
    </message>
    <message>
        <source>Recovered what could be read of %1 into %2; what was lost is listed below.</source>
        <translation>Räddade det som gick att läsa av %1 till %2; det som förlorades listas nedan.</translation>
    </message>
    <message>
        <source>%1 of %2 pages could not be trusted.</source>
        <translation>%1 av %2 sidor gick inte att lita på.</translation>
    </message>
    <message>
        <source>Salvage what can be read from a damaged workspace into a new file, and say what was lost.</source>
        <translation>Rädda det som går att läsa från en skadad arbetsyta till en ny fil, och säg vad som förlorades.</translation>
    </message>
    <message>
        <source>The new workspace file to write.</source>
        <translation>Den nya arbetsytefilen som ska skrivas.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Rows recovered</source>
        <translation>Räddade rader</translation>
    </message>
    <message>
        <source>Of them from loose pages</source>
        <translation>Varav från lösa sidor</translation>
    </message>
    <message>
        <source>Rows lost (at most)</source>
        <translation>Förlorade rader (högst)</translation>
    </message>
    <message>
        <source>Ids lost</source>
        <translation>Förlorade id:n</translation>
    </message>
    <message>
        <source>more, unknown</source>
        <translation>fler, okänt</translation>
    </message>
    <message>
        <source>rows that fit no table</source>
        <translation>rader som inte passar i någon tabell</translation>
    </message>
    <message>
        <source>(check)</source>
        <translation>(kontroll)</translation>
    </message>
    <message>
        <source>Recover into a new file: the damaged workspace is never overwritten.</source>
        <translation>Rädda till en ny fil: den skadade arbetsytan skrivs aldrig över.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the recovered workspace.</source>
        <translation>%1 finns redan; välj en ny fil för den återställda arbetsytan.</translation>
    </message>
    <message>
        <source>The recovered workspace did not check whole (%1); nothing was written.</source>
        <translation>Den räddade arbetsytan var inte hel vid kontroll (%1); inget skrevs.</translation>
    </message>
</context>
<context>
    <name>RefusedChanges</name>
    <message>
        <source>The team server refused it: your role in the team workspace is %1.</source>
        <translation>Teamservern vägrade: din roll i teamarbetsytan är %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>report needs --pdf OUT.pdf.</source>
        <translation>report kräver --pdf UT.pdf.</translation>
    </message>
    <message>
        <source>--model takes a model id, not &apos;%1&apos;.</source>
        <translation>--model tar ett modell-id, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Write the executive PDF report: headline figures, funnel, channels with ROI, attribution by every model, campaigns, trends, deals and methodology.</source>
        <translation>Skriv ledningens PDF-rapport: nyckeltal, tratt, kanaler med ROI, attribution med varje modell, kampanjer, trender, affärer och metod.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>The model crediting channels and campaigns (default linear).</source>
        <translation>Modellen som tillskriver kanaler och kampanjer (standard linear).</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>Rapportens titel.</translation>
    </message>
    <message>
        <source>what each section counts</source>
        <translation>det varje avsnitt räknar</translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source>A contact filter names one of %1, not &apos;%2&apos;.</source>
        <translation>Ett kontaktfilter anger en av %1, inte &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>ReportHighlights</name>
    <message numerus="yes">
        <source>Other (%n)</source>
        <translation>
            <numerusform>Övriga (%n)</numerusform>
            <numerusform>Övriga (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>bästa %1</translation>
    </message>
    <message>
        <source>worst %1</source>
        <translation>sämsta %1</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>First day of %1 counted (UTC).</source>
        <translation>Första dagen av %1 som räknas (UTC).</translation>
    </message>
    <message>
        <source>Last day of %1 counted (UTC).</source>
        <translation>Sista dagen av %1 som räknas (UTC).</translation>
    </message>
    <message>
        <source>Touches at most this many days before a conversion; 0 means unlimited (default: the workspace&apos;s, 90).</source>
        <translation>Kontaktpunkter högst så många dagar före en konvertering; 0 betyder obegränsat (standard arbetsytans, 90).</translation>
    </message>
    <message>
        <source>The time_decay half-life in days (default 7).</source>
        <translation>Halveringstiden för time_decay i dagar (standard 7).</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (write 2024-03-05).</source>
        <translation>--%1: &apos;%2&apos; är inget datum (skriv 2024-03-05).</translation>
    </message>
    <message>
        <source>--lookback-days takes 0 (unlimited) or more days.</source>
        <translation>--lookback-days tar 0 (obegränsat) eller fler dagar.</translation>
    </message>
    <message>
        <source>--half-life-days takes a positive number of days.</source>
        <translation>--half-life-days tar ett positivt antal dagar.</translation>
    </message>
    <message>
        <source>Only sessions of this channel (repeatable).</source>
        <translation>Bara sessioner i den här kanalen (kan upprepas).</translation>
    </message>
    <message>
        <source>Only sessions of this campaign (repeatable).</source>
        <translation>Bara sessioner i den här kampanjen (kan upprepas).</translation>
    </message>
    <message>
        <source>Only sessions of this source / medium, as &apos;google / cpc&apos; (repeatable).</source>
        <translation>Bara sessioner med den här källan / mediet, som &apos;google / cpc&apos; (kan upprepas).</translation>
    </message>
    <message>
        <source>Only deals and people of this owner (repeatable).</source>
        <translation>Bara affärer och personer med den här ägaren (kan upprepas).</translation>
    </message>
    <message>
        <source>Only deals of this product and their people (repeatable).</source>
        <translation>Bara affärer för den här produkten och deras personer (kan upprepas).</translation>
    </message>
    <message>
        <source>Only people whose field has this value: FIELD=VALUE with FIELD one of %1 (repeatable).</source>
        <translation>Bara personer vars fält har det här värdet: FÄLT=VÄRDE där FÄLT är en av %1 (kan upprepas).</translation>
    </message>
    <message>
        <source>channel (default for --by), source-medium, source, medium, campaign, landing-page, owner, product or account.</source>
        <translation>channel (standard för --by), source-medium, source, medium, campaign, landing-page, owner, product eller account.</translation>
    </message>
    <message>
        <source>--contact takes FIELD=VALUE, as lifecycle_stage=customer, not &apos;%1&apos;.</source>
        <translation>--contact tar FÄLT=VÄRDE, som lifecycle_stage=customer, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--conversion takes lead, opportunity, customer, revenue, event or event:NAME, not &apos;%1&apos;.</source>
        <translation>--conversion tar lead, opportunity, customer, revenue, event eller event:NAMN, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only sessions of this source (repeatable).</source>
        <translation>Bara sessioner med den här källan (kan upprepas).</translation>
    </message>
    <message>
        <source>Only sessions of this medium (repeatable).</source>
        <translation>Bara sessioner med det här mediet (kan upprepas).</translation>
    </message>
    <message>
        <source>Only sessions that landed on this page, as &apos;/pricing&apos; (repeatable).</source>
        <translation>Bara sessioner som landade på den här sidan, som &apos;/priser&apos; (kan upprepas).</translation>
    </message>
    <message>
        <source>Add the 95 % Wilson interval of every rate (columns RATE_low and RATE_high).</source>
        <translation>Lägg till 95 %-Wilsonintervallet för varje andel (kolumnerna RATE_low och RATE_high).</translation>
    </message>
    <message>
        <source>Add each credit&apos;s 95 % bootstrap interval from N resamples of the journeys (columns KEY_low and KEY_high).</source>
        <translation>Lägg till varje tillskrivnings 95 %-bootstrapintervall från N omsamplingar av kundresorna (kolumnerna KEY_low och KEY_high).</translation>
    </message>
    <message>
        <source>The bootstrap&apos;s seed: the same seed, the same bounds (default 1).</source>
        <translation>Bootstrapens frö: samma frö, samma gränser (standard 1).</translation>
    </message>
    <message>
        <source>--bootstrap takes a number of resamples from 2 to 100000, not &apos;%1&apos;.</source>
        <translation>--bootstrap tar ett antal omsamplingar från 2 till 100000, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &apos;%1&apos;.</source>
        <translation>--seed tar ett heltal, inte &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>SaveFunnelCommand</name>
    <message>
        <source>Save funnel %1</source>
        <translation>Spara tratten %1</translation>
    </message>
    <message>
        <source>Remove funnel %1</source>
        <translation>Ta bort tratten %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Ingen arbetsyta är öppen.</translation>
    </message>
</context>
<context>
    <name>SavedFunnels</name>
    <message>
        <source>A saved funnel needs a name.</source>
        <translation>En sparad tratt behöver ett namn.</translation>
    </message>
    <message>
        <source>There is no saved funnel named %1.</source>
        <translation>Det finns ingen sparad tratt som heter %1.</translation>
    </message>
    <message>
        <source>the saved funnel %1</source>
        <translation>den sparade tratten %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Sparad (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Warning: %1 alone predicts the target almost perfectly (AUC ≥ 0.95). It may be filled in after the outcome; if so, train again with --exclude &quot;%2&quot;.</source>
        <translation>Varning: %1 förutsäger ensam målet nästan perfekt (AUC ≥ 0,95). Den kan fyllas i efter utfallet; träna i så fall igen med --exclude &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Warning: only %1 labelled leads reached the target (fewer than %2), so the scores are unsure and no tiers are given.</source>
        <translation>Varning: bara %1 märkta leads nådde målet (färre än %2), så poängen är osäkra och inga nivåer ges.</translation>
    </message>
    <message>
        <source>--holdout takes a share such as 0.25.</source>
        <translation>--holdout tar en andel som 0.25.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed tar ett heltal.</translation>
    </message>
    <message>
        <source>--split-date takes a date such as 2026-03-01.</source>
        <translation>--split-date tar ett datum som 2026-03-01.</translation>
    </message>
    <message>
        <source>No model has been trained yet: run score train first.</source>
        <translation>Ingen modell har tränats än: kör score train först.</translation>
    </message>
    <message>
        <source>Leads scored</source>
        <translation>Poängsatta leads</translation>
    </message>
    <message>
        <source>--table takes features, lift, calibration or roc, not &apos;%1&apos;.</source>
        <translation>--table tar features, lift, calibration eller roc, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli score show LEAD.</source>
        <translation>Användning: leadloop-cli score show LEAD.</translation>
    </message>
    <message>
        <source>%1 has no contact, so no score.</source>
        <translation>%1 har ingen kontakt och därför ingen poäng.</translation>
    </message>
    <message>
        <source>--top takes a whole number of leads, 1 or more.</source>
        <translation>--top tar ett heltal leads, 1 eller fler.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Strongest factor</source>
        <translation>Starkaste faktor</translation>
    </message>
    <message>
        <source>score needs an action: train, features, update, model, show or list.</source>
        <translation>score behöver en åtgärd: train, features, update, model, show eller list.</translation>
    </message>
    <message>
        <source>Unknown score action &apos;%1&apos;: use train, features, update, model, show or list.</source>
        <translation>Okänd score-åtgärd &apos;%1&apos;: använd train, features, update, model, show eller list.</translation>
    </message>
    <message>
        <source>The import is kept, but the lead scores could not be computed again: %1</source>
        <translation>Importen behålls, men leadpoängen kunde inte beräknas igen: %1</translation>
    </message>
    <message>
        <source>Lead scores computed again for %1 open leads.</source>
        <translation>Leadpoäng beräknades igen för %1 öppna leads.</translation>
    </message>
    <message>
        <source>Learn from closed-loop outcomes which open leads will close, and show why.</source>
        <translation>Lär av utfallen i den slutna loopen vilka öppna leads som kommer att stängas, och visa varför.</translation>
    </message>
    <message>
        <source>train: what to predict: customer (default), won, or property:NAME for a yes/no property.</source>
        <translation>train: vad som ska förutsägas: customer (standard), won, eller property:NAMN för en ja/nej-egenskap.</translation>
    </message>
    <message>
        <source>train: the share of labelled leads held out to judge the model (default 0.25).</source>
        <translation>train: andelen märkta leads som hålls undan för att bedöma modellen (standard 0.25).</translation>
    </message>
    <message>
        <source>train: the seed of the random hold-out (default 0).</source>
        <translation>train: fröet för det slumpmässiga urvalet (standard 0).</translation>
    </message>
    <message>
        <source>train: hold out the leads created on or after this date instead of a random share.</source>
        <translation>train: håll undan leads skapade denna dag eller senare i stället för en slumpmässig andel.</translation>
    </message>
    <message>
        <source>train: features to leave out, separated by commas; * and ? are wildcards (repeatable).</source>
        <translation>train: egenskaper att utelämna, åtskilda med kommatecken; * och ? är jokertecken (kan upprepas).</translation>
    </message>
    <message>
        <source>model: which table to show: features (default), lift, calibration or roc.</source>
        <translation>model: vilken tabell som visas: features (standard), lift, calibration eller roc.</translation>
    </message>
    <message>
        <source>list: only the N highest scores.</source>
        <translation>list: endast de N högsta poängen.</translation>
    </message>
</context>
<context>
    <name>ScoreExplanation</name>
    <message>
        <source>This lead has no score: it is not an open lead for the model&apos;s target, or no model was trained yet.</source>
        <translation>Denna lead har ingen poäng: den är inte en öppen lead för modellens mål, eller så har ingen modell tränats än.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Egenskap</translation>
    </message>
</context>
<context>
    <name>ScoreFactors</name>
    <message>
        <source>A stored score&apos;s factors are damaged; training the model again in the Scoring view writes them anew.</source>
        <translation>Faktorerna i en sparad poäng är skadade; träna modellen igen i vyn Poängsättning så skrivs de på nytt.</translation>
    </message>
</context>
<context>
    <name>ScoreTables</name>
    <message>
        <source>Feature</source>
        <translation>Egenskap</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Betydelse</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Baseline weight</source>
        <translation>Vikt i basmodellen</translation>
    </message>
    <message>
        <source>AUC alone</source>
        <translation>AUC ensam</translation>
    </message>
    <message>
        <source>Possible leak</source>
        <translation>Möjlig läcka</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Tenth of scores</source>
        <translation>Tiondel av poängen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Reached the target</source>
        <translation>Nådde målet</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lyft</translation>
    </message>
    <message>
        <source>Share of all found so far</source>
        <translation>Andel av alla funna hittills</translation>
    </message>
    <message>
        <source>Cumulative lift</source>
        <translation>Kumulativ lyft</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Förutsagt</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observerat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Andel falska positiva</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Andel sanna positiva</translation>
    </message>
</context>
<context>
    <name>ScoreTrainer</name>
    <message>
        <source>The hold-out must be a share between 0 and 1, such as 0.25.</source>
        <translation>Urvalet måste vara en andel mellan 0 och 1, som 0.25.</translation>
    </message>
    <message>
        <source>The leads to learn from (%1) are all of one outcome for the target %2: there is nothing to learn. Tag more outcomes or choose another split.</source>
        <translation>De leads att lära av (%1) har alla samma utfall för målet %2: det finns inget att lära. Tagga fler utfall eller välj en annan uppdelning.</translation>
    </message>
    <message>
        <source>No lead is held out to judge the model: choose a larger hold-out or an earlier split date.</source>
        <translation>Ingen lead hålls undan för att bedöma modellen: välj ett större urval eller ett tidigare delningsdatum.</translation>
    </message>
    <message>
        <source>No feature is left to learn from.</source>
        <translation>Ingen egenskap finns kvar att lära av.</translation>
    </message>
    <message>
        <source>No labelled lead is left to learn from: choose a smaller hold-out or a later split date.</source>
        <translation>Ingen märkt lead finns kvar att lära av: välj ett mindre urval eller ett senare delningsdatum.</translation>
    </message>
</context>
<context>
    <name>ScoringTarget</name>
    <message>
        <source>Unknown target &quot;%1&quot;: use customer, won or property:NAME.</source>
        <translation>Okänt mål &quot;%1&quot;: använd customer, won eller property:NAMN.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a PostgreSQL server address; write it as postgresql://user@host:port/database.</source>
        <translation>%1 är ingen PostgreSQL-serveradress; skriv den som postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The server address %1 names no database; add it after the last slash.</source>
        <translation>Serveradressen %1 anger ingen databas; lägg till den efter sista snedstrecket.</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Källa / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landningssida</translation>
    </message>
    <message>
        <source>Channel rule</source>
        <translation>Kanalregel</translation>
    </message>
    <message>
        <source>--by takes one of %1, not &apos;%2&apos;.</source>
        <translation>--by tar en av %1, inte &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Sidvisningar</translation>
    </message>
</context>
<context>
    <name>SessionsCommand</name>
    <message>
        <source>Count sessions, visitors and page views per group.</source>
        <translation>Räkna sessioner, besökare och sidvisningar per grupp.</translation>
    </message>
    <message>
        <source>The grouping (default channel).</source>
        <translation>Grupperingen (standard kanal).</translation>
    </message>
</context>
<context>
    <name>SetCampaignCostCommand</name>
    <message>
        <source>Set the cost of %1 on %2 to %3</source>
        <translation>Sätt kostnaden för %1 den %2 till %3</translation>
    </message>
</context>
<context>
    <name>SetConsentCommand</name>
    <message>
        <source>Set the ad consent of %1</source>
        <translation>Ange annonssamtycke för %1</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>--set takes KEY=VALUE, not &apos;%1&apos;.</source>
        <translation>--set tar NYCKEL=VÄRDE, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s settings, or change them.</source>
        <translation>Visa arbetsytans inställningar, eller ändra dem.</translation>
    </message>
    <message>
        <source>reporting_currency, session_timeout_minutes or attribution_lookback_days; repeatable.</source>
        <translation>reporting_currency, session_timeout_minutes eller attribution_lookback_days; kan upprepas.</translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message>
        <source>--keep takes a number of snapshots, 1 or more.</source>
        <translation>--keep tar ett antal ögonblicksbilder, 1 eller fler.</translation>
    </message>
    <message>
        <source>--max-size takes megabytes, 1 or more.</source>
        <translation>--max-size tar megabyte, 1 eller fler.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Ögonblicksbild</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Tagen (UTC)</translation>
    </message>
    <message>
        <source>Taken before</source>
        <translation>Tagen före</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Storlek (MB)</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Name the snapshot to restore (see leadloop-cli snapshots), or &apos;latest&apos;.</source>
        <translation>Ange ögonblicksbilden som ska återställas (se leadloop-cli snapshots), eller &apos;latest&apos;.</translation>
    </message>
    <message>
        <source>There is no snapshot &apos;%1&apos; of %2 (in %3).</source>
        <translation>Det finns ingen ögonblicksbild &apos;%1&apos; av %2 (i %3).</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Återställd</translation>
    </message>
    <message>
        <source>List the workspace&apos;s snapshots; --keep, --max-size, --folder, --on and --off change how they are kept.</source>
        <translation>Visa arbetsytans ögonblicksbilder; --keep, --max-size, --folder, --on och --off ändrar hur de sparas.</translation>
    </message>
    <message>
        <source>Keep the newest N snapshots (default 5).</source>
        <translation>Spara de N senaste ögonblicksbilderna (standard 5).</translation>
    </message>
    <message>
        <source>Keep no more than this many megabytes of snapshots in all (default 2048).</source>
        <translation>Spara inte mer än så många megabyte ögonblicksbilder totalt (standard 2048).</translation>
    </message>
    <message>
        <source>Keep snapshots in this folder (&apos;beside&apos;: next to each workspace).</source>
        <translation>Spara ögonblicksbilder i den här mappen (&apos;beside&apos;: bredvid varje arbetsyta).</translation>
    </message>
    <message>
        <source>Keep snapshots before changes (the default).</source>
        <translation>Spara ögonblicksbilder före ändringar (standard).</translation>
    </message>
    <message>
        <source>Keep no snapshots.</source>
        <translation>Spara inga ögonblicksbilder.</translation>
    </message>
    <message>
        <source>Put a snapshot back in place of the workspace (the state it replaces is kept as a snapshot too).</source>
        <translation>Lägg tillbaka en ögonblicksbild i stället för arbetsytan (tillståndet den ersätter sparas också som ögonblicksbild).</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>The snapshot was cancelled.</source>
        <translation>Ögonblicksbilden avbröts.</translation>
    </message>
    <message>
        <source>Cannot create the snapshot folder %1; nothing was changed.</source>
        <translation>Kan inte skapa mappen för ögonblicksbilder %1; inget ändrades.</translation>
    </message>
    <message>
        <source>The snapshot of %1 did not check whole (%2); nothing was changed.</source>
        <translation>Ögonblicksbilden av %1 var inte hel vid kontroll (%2); inget ändrades.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1.</source>
        <translation>Kan inte skriva ögonblicksbilden %1.</translation>
    </message>
    <message>
        <source>The snapshot %1 is damaged itself; choose another.</source>
        <translation>Ögonblicksbilden %1 är själv skadad; välj en annan.</translation>
    </message>
    <message>
        <source>The workspace %1 is open for writing elsewhere; close it there first.</source>
        <translation>Arbetsytan %1 är öppen för skrivning någon annanstans; stäng den där först.</translation>
    </message>
    <message>
        <source>restoring the snapshot of %1</source>
        <translation>återställningen av ögonblicksbilden från %1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before restoring; nothing was changed.</source>
        <translation>Kan inte spara en kopia av %1 före återställningen; inget ändrades.</translation>
    </message>
    <message>
        <source>Cannot copy the snapshot next to %1.</source>
        <translation>Kan inte kopiera ögonblicksbilden bredvid %1.</translation>
    </message>
    <message>
        <source>Cannot put the snapshot in place of %1.</source>
        <translation>Kan inte lägga ögonblicksbilden i stället för %1.</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>The workspace %1 is damaged: figures read from it may be wrong. Restore a snapshot (File &gt; Restore…, or leadloop-cli restore) or recover what can be read into a new file (File &gt; Recover…, or leadloop-cli recover).</source>
        <translation>Arbetsytan %1 är skadad: siffror som läses från den kan vara fel. Återställ en ögonblicksbild (Arkiv &gt; Återställ…, eller leadloop-cli restore) eller rädda det som går att läsa till en ny fil (Arkiv &gt; Rädda…, eller leadloop-cli recover).</translation>
    </message>
    <message>
        <source>There is no space left on the disk that holds %1: free some space and try again.</source>
        <translation>Det finns inget utrymme kvar på disken som har %1: frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The disk or file system reported an error while reading or writing %1 (%2).</source>
        <translation>Disken eller filsystemet rapporterade ett fel vid läsning eller skrivning av %1 (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only.</source>
        <translation>%1 kan inte skrivas: filen eller dess mapp är skrivskyddad.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Try again in a moment.</source>
        <translation>%1 är upptagen: ett annat program skriver till den. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Åtgärden avbröts.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Databasfel i %1: %2</translation>
    </message>
</context>
<context>
    <name>TableTrackingSource</name>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Raden har %1 fält; rubriken har %2.</translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation>Besökar-id:t är tomt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time LeadLoop can read; give its format with --time-format.</source>
        <translation>&apos;%1&apos; är ingen tid som LeadLoop kan läsa; ange formatet med --time-format.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a number; the row was imported without a value.</source>
        <translation>&apos;%1&apos; i %2 är inget tal; raden importerades utan värde.</translation>
    </message>
    <message>
        <source>The value holds a NUL byte: the file may be damaged, or not text.</source>
        <translation>Värdet innehåller en NUL-byte: filen kan vara skadad, eller inte text.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a consent state: write granted or denied (or yes or no), or leave it empty.</source>
        <translation>&apos;%1&apos; är inget samtyckesläge: skriv granted eller denied (eller yes eller no), eller lämna det tomt.</translation>
    </message>
</context>
<context>
    <name>TagLeadsCommand</name>
    <message>
        <source>won</source>
        <translation>vunnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>förlorad</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>Tag %1 as %2</source>
        <translation>Markera %1 som %2</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n leads as %1</source>
        <translation>
            <numerusform>Markera %n lead som %1</numerusform>
            <numerusform>Markera %n leads som %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>Name the team server with --server postgresql://user@host/database.</source>
        <translation>Ange teamservern med --server postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>team publish needs --server URL.</source>
        <translation>team publish behöver --server URL.</translation>
    </message>
    <message>
        <source>team join needs --server URL and --out FILE.</source>
        <translation>team join behöver --server URL och --out FILE.</translation>
    </message>
    <message>
        <source>%1 is not part of a team workspace; publish it with &apos;team publish&apos; or make a replica with &apos;team join&apos;.</source>
        <translation>%1 hör inte till någon teamarbetsyta; publicera den med &apos;team publish&apos; eller skapa en replik med &apos;team join&apos;.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli team grant LOGIN owner|manager|rep|viewer [--crm-owner NAME].</source>
        <translation>Användning: leadloop-cli team grant LOGIN owner|manager|rep|viewer [--crm-owner NAME].</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli team revoke LOGIN.</source>
        <translation>Användning: leadloop-cli team revoke LOGIN.</translation>
    </message>
    <message>
        <source>Share the workspace with a team through a PostgreSQL server.</source>
        <translation>Dela arbetsytan med ett team via en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>The team server: postgresql://user@host:port/database (passwords come from ~/.pgpass).</source>
        <translation>Teamservern: postgresql://user@host:port/database (lösenord hämtas från ~/.pgpass).</translation>
    </message>
    <message>
        <source>join: the new replica&apos;s file.</source>
        <translation>join: den nya replikens fil.</translation>
    </message>
    <message>
        <source>grant: the owner name the member&apos;s deals carry in the CRM (default: the login).</source>
        <translation>grant: ägarnamnet som medlemmens affärer har i CRM (standard: inloggningen).</translation>
    </message>
    <message>
        <source>Saved here. The team server cannot be reached; changes waiting for the next team sync: %1.</source>
        <translation>Sparat här. Teamservern kan inte nås; ändringar som väntar på nästa teamsynkronisering: %1.</translation>
    </message>
    <message>
        <source>The team server refused these changes of yours (%1); they were taken back here (&apos;team log&apos; lists them):</source>
        <translation>Teamservern vägrade dessa ändringar av dig (%1); de togs tillbaka här (&apos;team log&apos; listar dem):</translation>
    </message>
    <message>
        <source>team needs an action: publish, join, sync, status, log, members, grant or revoke.</source>
        <translation>team behöver en åtgärd: publish, join, sync, status, log, members, grant eller revoke.</translation>
    </message>
    <message>
        <source>Unknown team action &apos;%1&apos;: use publish, join, sync, status, log, members, grant or revoke.</source>
        <translation>Okänd team-åtgärd &apos;%1&apos;: använd publish, join, sync, status, log, members, grant eller revoke.</translation>
    </message>
</context>
<context>
    <name>TeamHistory</name>
    <message>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>Vägrad eftersom</translation>
    </message>
    <message>
        <source>tag of %1 as %2</source>
        <translation>märkning av %1 som %2</translation>
    </message>
    <message>
        <source>setting %1 = %2</source>
        <translation>inställning %1 = %2</translation>
    </message>
    <message>
        <source>import of %1 (%2)</source>
        <translation>import av %1 (%2)</translation>
    </message>
    <message>
        <source>lost reasons: %1</source>
        <translation>förlustorsaker: %1</translation>
    </message>
    <message>
        <source>channel grouping %1</source>
        <translation>kanalgruppering %1</translation>
    </message>
    <message>
        <source>identity: %1 %2 and %3</source>
        <translation>identitet: %1 %2 och %3</translation>
    </message>
    <message>
        <source>removal of import %1</source>
        <translation>borttagning av import %1</translation>
    </message>
    <message>
        <source>cost of %1 on %2: %3</source>
        <translation>kostnad för %1 den %2: %3</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>consent of %1: %2 %3</source>
        <translation>samtycke för %1: %2 %3</translation>
    </message>
</context>
<context>
    <name>TeamMembers</name>
    <message>
        <source>Login</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Owner name in the CRM</source>
        <translation>Ägarnamn i CRM</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Tillagd (UTC)</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Tillagd av</translation>
    </message>
    <message>
        <source>Your login is not a member of the team at %1; ask a team owner to add you.</source>
        <translation>Din inloggning är inte medlem i teamet på %1; be en ägare av teamet att lägga till dig.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;: use owner, manager, rep or viewer.</source>
        <translation>Okänd roll &apos;%1&apos;: använd owner, manager, rep eller viewer.</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>Ange inloggningen som ska läggas till.</translation>
    </message>
</context>
<context>
    <name>TeamPublisher</name>
    <message>
        <source>%1 is already a replica of the team workspace at %2.</source>
        <translation>%1 är redan en replik av teamets arbetsyta på %2.</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>publicering</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for the replica.</source>
        <translation>%1 finns redan; välj en ny fil för repliken.</translation>
    </message>
    <message>
        <source>The team workspace at %1 has format %2; this LeadLoop reads format %3.</source>
        <translation>Teamets arbetsyta på %1 har format %2; denna LeadLoop läser format %3.</translation>
    </message>
    <message>
        <source>The team workspace at %1 holds no published file yet.</source>
        <translation>Teamets arbetsyta på %1 innehåller ännu ingen publicerad fil.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>The team workspace&apos;s file on %1 is incomplete (piece %2 of %3 is missing).</source>
        <translation>Teamets arbetsytefil på %1 är ofullständig (del %2 av %3 saknas).</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>%1 holds no LeadLoop team workspace.</source>
        <translation>%1 innehåller ingen LeadLoop-teamarbetsyta.</translation>
    </message>
    <message>
        <source>%1 already holds a LeadLoop team workspace; join it instead, or publish to an empty database.</source>
        <translation>%1 innehåller redan en LeadLoop-teamarbetsyta; gå med i den i stället, eller publicera till en tom databas.</translation>
    </message>
    <message>
        <source>Missing schema resource %1.</source>
        <translation>Schemaresursen %1 saknas.</translation>
    </message>
    <message>
        <source>The team workspace at %1 has format %2, which this LeadLoop cannot upgrade.</source>
        <translation>Teamets arbetsyta på %1 har format %2, som denna LeadLoop inte kan uppgradera.</translation>
    </message>
    <message>
        <source>The team server at %1 needs an upgrade that only the member who published it can make (%2).</source>
        <translation>Teamservern på %1 behöver en uppgradering som bara medlemmen som publicerade den kan göra (%2).</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>This workspace is not part of a team workspace; publish it or join one first.</source>
        <translation>Den här arbetsytan hör inte till någon teamarbetsyta; publicera den eller gå med i ett team först.</translation>
    </message>
    <message>
        <source>The team server refused your changes, and stored none of them: your role (%1) does not allow one of them. %2</source>
        <translation>Teamservern vägrade dina ändringar och sparade ingen av dem: din roll (%1) tillåter inte en av dem. %2</translation>
    </message>
</context>
<context>
    <name>TextFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>--encoding: &apos;%1&apos; is not an encoding LeadLoop knows.</source>
        <translation>--encoding: &apos;%1&apos; är ingen kodning som LeadLoop känner till.</translation>
    </message>
</context>
<context>
    <name>TimeParser</name>
    <message>
        <source>&apos;%1&apos; is %2, outside the times tracking data can have (from 1995 to today): check the column, and for numbers their unit.</source>
        <translation>&apos;%1&apos; är %2, utanför de tider som spårningsdata kan ha (från 1995 till i dag): kontrollera kolumnen, och för tal deras enhet.</translation>
    </message>
</context>
<context>
    <name>TimeToConvert</name>
    <message>
        <source>&apos;%1&apos; is not a step: write first-visit, lead, opportunity, customer, lost, form, event:NAME, page:PATTERN, deal-stage:STAGE, lifecycle-stage:STAGE, channel:NAME, source:NAME, medium:NAME or campaign:NAME.</source>
        <translation>&apos;%1&apos; är inget steg: skriv first-visit, lead, opportunity, customer, lost, form, event:NAMN, page:MÖNSTER, deal-stage:STEG, lifecycle-stage:STEG, channel:NAMN, source:NAMN, medium:NAMN eller campaign:NAMN.</translation>
    </message>
    <message>
        <source>A cohort is a week or a month, not &apos;%1&apos;.</source>
        <translation>En kohort är en vecka eller en månad, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Took the first step</source>
        <translation>Tog första steget</translation>
    </message>
    <message>
        <source>Then the second</source>
        <translation>Sedan det andra</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konvertering</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Medel dagar</translation>
    </message>
    <message>
        <source>10th percentile days</source>
        <translation>10:e percentilen dagar</translation>
    </message>
    <message>
        <source>25th percentile days</source>
        <translation>25:e percentilen dagar</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median dagar</translation>
    </message>
    <message>
        <source>75th percentile days</source>
        <translation>75:e percentilen dagar</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>90:e percentilen dagar</translation>
    </message>
    <message>
        <source>Under 1 hour</source>
        <translation>Under 1 timme</translation>
    </message>
    <message>
        <source>1 to 24 hours</source>
        <translation>1 till 24 timmar</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <translation>1 till 7 dagar</translation>
    </message>
    <message>
        <source>7 to 30 days</source>
        <translation>7 till 30 dagar</translation>
    </message>
    <message>
        <source>30 to 90 days</source>
        <translation>30 till 90 dagar</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Över 90 dagar</translation>
    </message>
</context>
<context>
    <name>TimeToConvertCommand</name>
    <message>
        <source>time-to-convert needs --from STEP and --to STEP.</source>
        <translation>time-to-convert behöver --from STEG och --to STEG.</translation>
    </message>
    <message>
        <source>Give --by or --cohort, not both.</source>
        <translation>Ange --by eller --cohort, inte båda.</translation>
    </message>
    <message>
        <source>How long people take from one step to another: percentiles and a histogram, per group or per cohort.</source>
        <translation>Hur lång tid personer tar från ett steg till ett annat: percentiler och ett histogram, per grupp eller per kohort.</translation>
    </message>
    <message>
        <source>The first step: first-visit, lead, opportunity, customer, lost, form, event:NAME, page:PATTERN, deal-stage:STAGE, lifecycle-stage:STAGE, channel:NAME, source:NAME, medium:NAME or campaign:NAME.</source>
        <translation>Första steget: first-visit, lead, opportunity, customer, lost, form, event:NAMN, page:MÖNSTER, deal-stage:STEG, lifecycle-stage:STEG, channel:NAMN, source:NAMN, medium:NAMN eller campaign:NAMN.</translation>
    </message>
    <message>
        <source>The second step, written the same way.</source>
        <translation>Det andra steget, skrivet på samma sätt.</translation>
    </message>
    <message>
        <source>Group by the week or month the first step happened in.</source>
        <translation>Gruppera efter veckan eller månaden då det första steget skedde.</translation>
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
        <translation>--timezone: &apos;%1&apos; är ingen tidszon som LeadLoop känner till (använd ett namn som Europe/Stockholm).</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Importen av %1 avbröts; inget ändrades.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Inget importerades.</translation>
    </message>
    <message>
        <source>%1 does not look like a %2 export (JSON Lines with %3).</source>
        <translation>%1 ser inte ut som en %2-export (JSON Lines med %3).</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>importen av %1</translation>
    </message>
</context>
<context>
    <name>TrackingMappings</name>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN with a known field (%2).</source>
        <translation>--map: &apos;%1&apos; är inte FÄLT=KOLUMN med ett känt fält (%2).</translation>
    </message>
    <message>
        <source>%1 ← %2 (%3)</source>
        <translation>%1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>Snowplow preset</source>
        <translation>Snowplow-förinställning</translation>
    </message>
    <message>
        <source>guessed from the column name</source>
        <translation>gissat från kolumnnamnet</translation>
    </message>
    <message>
        <source>--map names the column &apos;%1&apos;, which the file does not have. Its columns are: %2.</source>
        <translation>--map anger kolumnen &apos;%1&apos;, som filen inte har. Dess kolumner är: %2.</translation>
    </message>
    <message>
        <source>--map</source>
        <translation>--map</translation>
    </message>
    <message>
        <source>No column could be used as the %1 field. Name it with --map %1=COLUMN; the file&apos;s columns are: %2.</source>
        <translation>Ingen kolumn kunde användas som fältet %1. Ange den med --map %1=KOLUMN; filens kolumner är: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tracking field (%2).</source>
        <translation>&apos;%1&apos; är inget spårningsfält (%2).</translation>
    </message>
</context>
<context>
    <name>TreeEnsemble</name>
    <message>
        <source>The saved model&apos;s trees could not be read.</source>
        <translation>Den sparade modellens träd kunde inte läsas.</translation>
    </message>
</context>
<context>
    <name>TrendCommand</name>
    <message>
        <source>--period takes day, week, month or quarter, not &apos;%1&apos;.</source>
        <translation>--period tar day, week, month eller quarter, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A metric per day, ISO week, month or quarter.</source>
        <translation>Ett mått per dag, ISO-vecka, månad eller kvartal.</translation>
    </message>
    <message>
        <source>What to count (default sessions).</source>
        <translation>Vad som ska räknas (standard sessioner).</translation>
    </message>
    <message>
        <source>The period (default week).</source>
        <translation>Perioden (standard vecka).</translation>
    </message>
    <message>
        <source>the metric</source>
        <translation>måttet</translation>
    </message>
</context>
<context>
    <name>TrendReport</name>
    <message>
        <source>--metric takes one of %1, not &apos;%2&apos;.</source>
        <translation>--metric tar en av %1, inte &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Cost belongs to campaigns: it splits by channel, campaign, source-medium, source or medium, and people filters do not divide it.</source>
        <translation>Kostnad hör till kampanjer: den delas efter kanal, kampanj, källa-medium, källa eller medium, och personfilter delar den inte.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
</context>
<context>
    <name>UaSessionSource</name>
    <message>
        <source>visitor ← fullVisitorId, session ← visitId, time ← visitStartTime + hits.time (Universal Analytics preset)</source>
        <translation>besökare ← fullVisitorId, session ← visitId, tid ← visitStartTime + hits.time (Universal Analytics-förinställning)</translation>
    </message>
    <message>
        <source>url, title ← hits.page hostname + pagePath, pageTitle; event ← hits.type, eventInfo</source>
        <translation>url, titel ← hits.page hostname + pagePath, pageTitle; händelse ← hits.type, eventInfo</translation>
    </message>
    <message>
        <source>source, medium, campaign, term, content ← trafficSource</source>
        <translation>källa, medium, kampanj, sökord, innehåll ← trafficSource</translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation>Besökar-id:t är tomt.</translation>
    </message>
    <message>
        <source>The session has no visitStartTime.</source>
        <translation>Sessionen saknar visitStartTime.</translation>
    </message>
    <message>
        <source>The session has no hits.</source>
        <translation>Sessionen saknar träffar.</translation>
    </message>
    <message>
        <source>A hit&apos;s time, %1 ms after the session&apos;s start, cannot be right.</source>
        <translation>En träffs tid, %1 ms efter sessionens början, kan inte stämma.</translation>
    </message>
</context>
<context>
    <name>UpgradeCommand</name>
    <message>
        <source>Workspace</source>
        <translation>Arbetsyta</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Copy of the old file</source>
        <translation>Kopia av den gamla filen</translation>
    </message>
    <message>
        <source>%1 is already at schema version %2.</source>
        <translation>%1 har redan schemaversion %2.</translation>
    </message>
    <message>
        <source>Upgraded %1 to schema version %2; the old file is kept as %3.</source>
        <translation>%1 har uppgraderats till schemaversion %2; den gamla filen finns kvar som %3.</translation>
    </message>
    <message>
        <source>Bring a workspace saved by an older LeadLoop to this version&apos;s schema, after saving a copy of it beside it.</source>
        <translation>Uppgraderar en arbetsyta som en äldre LeadLoop har sparat till den här versionens schema, efter att ha sparat en kopia bredvid.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace %1 is already open for writing by %2 (process %3 on host %4). Close it there first.</source>
        <translation>Arbetsytan %1 är redan öppen för skrivning av %2 (process %3 på värd %4). Stäng den där först.</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1; check that the folder is writable.</source>
        <translation>Kan inte skapa låsfilen bredvid %1; kontrollera att mappen är skrivbar.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 finns redan; välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan inte skapa mappen %1.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Arbetsytan %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a LeadLoop workspace; it was left unchanged.</source>
        <translation>%1 är ingen LeadLoop-arbetsyta; den lämnades oförändrad.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer LeadLoop (workspace version %2; this version reads up to %3). Update LeadLoop to open it; the file was left unchanged.</source>
        <translation>%1 sparades av en nyare LeadLoop (arbetsyteversion %2; den här versionen läser upp till %3). Uppdatera LeadLoop för att öppna den; filen lämnades oförändrad.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened; it was left unchanged.</source>
        <translation>%1 är skadad och kan inte öppnas; den lämnades oförändrad.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 before upgrading; nothing was changed.</source>
        <translation>Kan inte skriva säkerhetskopian %1 före uppgraderingen; inget ändrades.</translation>
    </message>
    <message>
        <source>%1 was saved by an older LeadLoop and needs an upgrade from version %2 to %3: open it in LeadLoop, or run leadloop-cli upgrade (a copy of the old file is kept beside it).</source>
        <translation>%1 sparades av en äldre LeadLoop och behöver uppgraderas från version %2 till %3: öppna den i LeadLoop eller kör leadloop-cli upgrade (en kopia av den gamla filen sparas bredvid).</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be written to it.</source>
        <translation>%1 är öppnad skrivskyddad: inget kan skrivas till den.</translation>
    </message>
    <message>
        <source>%1 was replaced by another file while LeadLoop had it open; nothing was written. Open it again to see the file that is there now.</source>
        <translation>%1 ersattes av en annan fil medan LeadLoop hade den öppen; inget skrevs. Öppna den igen för att se filen som finns där nu.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved while LeadLoop had it open; nothing was written. Open it again from where it is now.</source>
        <translation>%1 togs bort eller flyttades medan LeadLoop hade den öppen; inget skrevs. Öppna den igen där den nu finns.</translation>
    </message>
    <message>
        <source>the upgrade from version %1 to %2</source>
        <translation>uppgraderingen från version %1 till %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceChannels</name>
    <message>
        <source>the workspace&apos;s custom channel rules</source>
        <translation>arbetsytans egna kanalregler</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a shipped channel grouping (%2) nor a rule file.</source>
        <translation>&apos;%1&apos; är varken en medföljande kanalgruppering (%2) eller en regelfil.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan inte läsa %1.</translation>
    </message>
</context>
<context>
    <name>WorkspacePreferencesCommand</name>
    <message>
        <source>Change workspace settings</source>
        <translation>Ändra arbetsytans inställningar</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettings</name>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>reporting_currency is a three-letter code such as EUR or PLN, not &apos;%1&apos;.</source>
        <translation>reporting_currency är en kod på tre bokstäver som EUR eller SEK, inte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>session_timeout_minutes takes minutes from 1 to 1440.</source>
        <translation>session_timeout_minutes tar minuter från 1 till 1440.</translation>
    </message>
    <message>
        <source>attribution_lookback_days takes 0 (unlimited) or more days.</source>
        <translation>attribution_lookback_days tar 0 (obegränsat) eller fler dagar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a setting that can be set here (reporting_currency, session_timeout_minutes, attribution_lookback_days; the channel grouping changes with reclassify).</source>
        <translation>&apos;%1&apos; är ingen inställning som kan ändras här (reporting_currency, session_timeout_minutes, attribution_lookback_days; kanalgrupperingen ändras med reclassify).</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan inte skriva %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 has no part %2; it is not a valid .xlsx file.</source>
        <translation>%1 saknar delen %2; det är ingen giltig .xlsx-fil.</translation>
    </message>
    <message>
        <source>%1: the part %2 would unpack to %3 MB from %4 KB; LeadLoop refuses it as a possible zip bomb.</source>
        <translation>%1: delen %2 skulle packas upp till %3 MB från %4 KB; LeadLoop vägrar den som en möjlig zipbomb.</translation>
    </message>
    <message>
        <source>%1: cannot read the part %2.</source>
        <translation>%1: kan inte läsa delen %2.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx file (it cannot be opened as a zip archive).</source>
        <translation>%1 är ingen .xlsx-fil (den kan inte öppnas som zip-arkiv).</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2).</source>
        <translation>%1: arbetsboken är skadad (%2).</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 har inget kalkylblad.</translation>
    </message>
    <message>
        <source>%1 has no sheet called &apos;%2&apos;; its sheets are: %3.</source>
        <translation>%1 har inget blad som heter &apos;%2&apos;; dess blad är: %3.</translation>
    </message>
    <message>
        <source>%1 declares XML entities, which LeadLoop refuses.</source>
        <translation>%1 deklarerar XML-entiteter, vilket LeadLoop vägrar.</translation>
    </message>
    <message>
        <source>%1: the shared strings are damaged (%2).</source>
        <translation>%1: de delade strängarna är skadade (%2).</translation>
    </message>
    <message>
        <source>%1: the sheet is damaged near row %2 (%3).</source>
        <translation>%1: bladet är skadat nära rad %2 (%3).</translation>
    </message>
</context>
<context>
    <name>leadloop::AdConversionExportDialog</name>
    <message>
        <source>Only conversions from</source>
        <translation>Bara konverteringar från</translation>
    </message>
    <message>
        <source>Also send people whose consent is unknown</source>
        <translation>Skicka även personer vars samtycke är okänt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export conversions for an ad platform</source>
        <translation>Exportera konverteringar för en annonsplattform</translation>
    </message>
    <message>
        <source>What the deal is worth (won amount)</source>
        <translation>Vad affären är värd (vunnet belopp)</translation>
    </message>
    <message>
        <source>The deal&apos;s amount</source>
        <translation>Affärens belopp</translation>
    </message>
    <message>
        <source>A fixed value</source>
        <translation>Ett fast värde</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Inget värde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Conversions:</source>
        <translation>Konverteringar:</translation>
    </message>
    <message>
        <source>Conversion name:</source>
        <translation>Konverteringsnamn:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Värde:</translation>
    </message>
    <message>
        <source>Time zone of the file:</source>
        <translation>Filens tidszon:</translation>
    </message>
    <message>
        <source>Country of national phone numbers:</source>
        <translation>Land för nationella telefonnummer:</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>Conversions to send: %1.</source>
        <translation>Konverteringar att skicka: %1.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Utelämnade: %1.</translation>
    </message>
    <message>
        <source>Sent before and to retract now (their deal is no longer won): %1.</source>
        <translation>Skickade tidigare och att återkalla nu (affären är inte längre vunnen): %1.</translation>
    </message>
    <message>
        <source>Meta accepts events up to 7 days old: send the file today.</source>
        <translation>Meta tar emot händelser upp till 7 dagar gamla: skicka filen i dag.</translation>
    </message>
    <message>
        <source>This platform takes no retractions.</source>
        <translation>Denna plattform tar inte emot återkallelser.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Skrivet till %1.</translation>
    </message>
    <message>
        <source>Written to %1; retractions to %2.</source>
        <translation>Skrivet till %1; återkallelser till %2.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export conversions</source>
        <translation>Exportera konverteringar</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Skriver filen…</translation>
    </message>
</context>
<context>
    <name>leadloop::AnalysisFilterBar</name>
    <message>
        <source>All time</source>
        <translation>All tid</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Senaste 90 dagarna</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Det här kvartalet</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Egna datum</translation>
    </message>
    <message>
        <source>The attribution model that credits conversions (docs: Metrics).</source>
        <translation>Attributionsmodellen som tillskriver konverteringar (dokumentation: Mått).</translation>
    </message>
    <message>
        <source> days back</source>
        <translation> dagar bakåt</translation>
    </message>
    <message>
        <source>any time back</source>
        <translation>obegränsat bakåt</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alla kampanjer</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alla ägare</translation>
    </message>
</context>
<context>
    <name>leadloop::AnalysisView</name>
    <message>
        <source>&amp;Save chart…</source>
        <translation>&amp;Spara diagram…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Spara diagram</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-bild (*.png);;SVG-bild (*.svg)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 kunde inte skrivas.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>Select two rows to compare their %1 rates.</source>
        <translation>Markera två rader för att jämföra deras andelar (%1).</translation>
    </message>
    <message>
        <source>%1: these two rows have no counts to compare.</source>
        <translation>%1: de här två raderna har inga antal att jämföra.</translation>
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
        <translation>Affärsmöjligheter</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Tillskriv:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>till:</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>all the credit to the first visit</source>
        <translation>allt värde till det första besöket</translation>
    </message>
    <message>
        <source>all the credit to the last visit before the conversion</source>
        <translation>allt värde till det sista besöket före konverteringen</translation>
    </message>
    <message>
        <source>all to the last visit that was not Direct</source>
        <translation>allt till det sista besöket som inte var Direct</translation>
    </message>
    <message>
        <source>equal shares to every visit</source>
        <translation>lika delar till varje besök</translation>
    </message>
    <message>
        <source>more to recent visits, halving every 7 days back</source>
        <translation>mer till nya besök, halveras för var 7:e dag bakåt</translation>
    </message>
    <message>
        <source>40 % first, 40 % last, 20 % shared by the middle</source>
        <translation>40 % första, 40 % sista, 20 % delas av mitten</translation>
    </message>
    <message>
        <source>30 % each to the first visit, the lead and the opportunity, 10 % to the rest</source>
        <translation>30 % vardera till första besöket, leaden och affärsmöjligheten, 10 % till resten</translation>
    </message>
    <message>
        <source>22.5 % each to first visit, lead, opportunity and close, 10 % to the rest</source>
        <translation>22,5 % vardera till första besök, lead, affärsmöjlighet och avslut, 10 % till resten</translation>
    </message>
    <message>
        <source>by how many conversions would be lost without the channel (removal effect)</source>
        <translation>efter hur många konverteringar som skulle gå förlorade utan kanalen (borttagningseffekt)</translation>
    </message>
    <message>
        <source>by each channel&apos;s fair share of what channels achieve together</source>
        <translation>efter varje kanals rättvisa andel av vad kanalerna åstadkommer tillsammans</translation>
    </message>
    <message>
        <source>%1 credited by four models</source>
        <translation>%1 tillskrivna av fyra modeller</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konverteringar</translation>
    </message>
    <message>
        <source>%1 won deals worth %2 %3 in all.</source>
        <translation>%1 vunna affärer värda %2 %3 totalt.</translation>
    </message>
    <message>
        <source>Removal effect</source>
        <translation>Borttagningseffekt</translation>
    </message>
    <message>
        <source>the share of all conversions the Markov chain loses without the channel</source>
        <translation>andelen av alla konverteringar som Markovkedjan förlorar utan kanalen</translation>
    </message>
    <message>
        <source>Shapley value</source>
        <translation>Shapley-värde</translation>
    </message>
    <message>
        <source>the conversion rate the channel adds, averaged over every order in which channels join</source>
        <translation>den konverteringsgrad kanalen tillför, i genomsnitt över varje ordning kanalerna ansluter i</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversions in all.</source>
        <translation>
            <numerusform>%Ln konvertering totalt.</numerusform>
            <numerusform>%Ln konverteringar totalt.</numerusform>
        </translation>
    </message>
    <message>
        <source>95 % intervals (%1 resamples)</source>
        <translation>95 %-intervall (%1 omsamplingar)</translation>
    </message>
    <message>
        <source>No intervals</source>
        <translation>Inga intervall</translation>
    </message>
    <message>
        <source>95 % interval: %1 to %2 (bootstrap)</source>
        <translation>95 %-intervall: %1 till %2 (bootstrap)</translation>
    </message>
    <message>
        <source>%1 credited by four models, with 95 % intervals</source>
        <translation>%1 tillskrivna av fyra modeller, med 95 %-intervall</translation>
    </message>
    <message>
        <source>Point at a credit for its 95 % interval.</source>
        <translation>Peka på en tillskrivning för dess 95 %-intervall.</translation>
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
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Visningar</translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignsModel</name>
    <message>
        <source>Cost but no sessions: no visit carries this campaign, source and medium. Check the UTM tags of its links.</source>
        <translation>Kostnad men inga sessioner: inget besök har den här kampanjen, källan och mediet. Kontrollera UTM-taggarna i dess länkar.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>&amp;Import costs…</source>
        <translation>&amp;Importera kostnader…</translation>
    </message>
    <message>
        <source>Cost not changed</source>
        <translation>Kostnaden ändrades inte</translation>
    </message>
    <message>
        <source>%1 campaigns, %2 spent in total.</source>
        <translation>%1 kampanjer, totalt %2 spenderat.</translation>
    </message>
    <message>
        <source>Select a campaign to see and edit its daily costs.</source>
        <translation>Välj en kampanj för att se och ändra dess dagliga kostnader.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daily costs of %1&lt;/b&gt; — double-click a cost to change it; Edit &gt; Undo takes it back.</source>
        <translation>&lt;b&gt;Dagliga kostnader för %1&lt;/b&gt; — dubbelklicka på en kostnad för att ändra den; Redigera &gt; Ångra tar tillbaka den.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln with cost but no sessions (shown in red).</source>
        <translation>
            <numerusform>%Ln med kostnad men utan sessioner (i rött).</numerusform>
            <numerusform>%Ln med kostnad men utan sessioner (i rött).</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily costs could not be read: %1</source>
        <translation>De dagliga kostnaderna kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::ChannelsView</name>
    <message>
        <source>revenue-and-cost.png</source>
        <translation>intakter-och-kostnad.png</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Efter:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>Revenue and cost (%1)</source>
        <translation>Intäkter och kostnad (%1)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Leads and customers (%1 model)</source>
        <translation>Leads och kunder (modell %1)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konverteringar</translation>
    </message>
    <message>
        <source>%1 leads, %2 customers, %3 %4 revenue, %5 %4 cost.</source>
        <translation>%1 leads, %2 kunder, %3 %4 intäkter, %5 %4 kostnad.</translation>
    </message>
    <message>
        <source>Lead to customer</source>
        <translation>Från lead till kund</translation>
    </message>
</context>
<context>
    <name>leadloop::CohortsView</name>
    <message>
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>Tid till konvertering</translation>
    </message>
    <message>
        <source>Cohort triangle</source>
        <translation>Kohorttriangel</translation>
    </message>
    <message>
        <source>from the first visit</source>
        <translation>från första besöket</translation>
    </message>
    <message>
        <source>from becoming a lead</source>
        <translation>från att bli lead</translation>
    </message>
    <message>
        <source>from the first deal</source>
        <translation>från första affären</translation>
    </message>
    <message>
        <source>to becoming a lead</source>
        <translation>till att bli lead</translation>
    </message>
    <message>
        <source>to the first deal</source>
        <translation>till första affären</translation>
    </message>
    <message>
        <source>to the first won deal</source>
        <translation>till första vunna affären</translation>
    </message>
    <message>
        <source>everyone together</source>
        <translation>alla tillsammans</translation>
    </message>
    <message>
        <source>by week of the first step</source>
        <translation>per vecka för första steget</translation>
    </message>
    <message>
        <source>by month of the first step</source>
        <translation>per månad för första steget</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>people by first visit</source>
        <translation>personer efter första besök</translation>
    </message>
    <message>
        <source>people by becoming a lead</source>
        <translation>personer efter när de blev lead</translation>
    </message>
    <message>
        <source>in months</source>
        <translation>i månader</translation>
    </message>
    <message>
        <source>in weeks</source>
        <translation>i veckor</translation>
    </message>
    <message>
        <source>customers so far</source>
        <translation>kunder hittills</translation>
    </message>
    <message>
        <source>leads so far</source>
        <translation>leads hittills</translation>
    </message>
    <message>
        <source>revenue so far</source>
        <translation>intäkter hittills</translation>
    </message>
    <message>
        <source>cohorts.png</source>
        <translation>kohorter.png</translation>
    </message>
    <message>
        <source>Time %1 %2</source>
        <translation>Tid %1 %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>%1 of %2 people converted: half of them within %3 days, 90 % within %4 days.</source>
        <translation>%1 av %2 personer konverterade: hälften inom %3 dagar, 90 % inom %4 dagar.</translation>
    </message>
    <message>
        <source>%1 of %2 people converted.</source>
        <translation>%1 av %2 personer konverterade.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konvertering</translation>
    </message>
    <message>
        <source>Each cohort&apos;s %1 by %2 since it began</source>
        <translation>Varje kohorts %1 per %2 sedan den började</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>veckor</translation>
    </message>
    <message>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <source>% of the cohort</source>
        <translation>% av kohorten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cohorts; each row ends where the data does.</source>
        <translation>
            <numerusform>%Ln kohort; varje rad slutar där datan gör.</numerusform>
            <numerusform>%Ln kohorter; varje rad slutar där datan gör.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::ConsentDialog</name>
    <message>
        <source>As the imports say</source>
        <translation>Som importerna säger</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Nekat</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Ad consent of %1</source>
        <translation>Annonssamtycke för %1</translation>
    </message>
    <message>
        <source>Whether this person&apos;s data may be sent to ad platforms (Google, Microsoft, Meta, LinkedIn) and used for personalised ads. A choice made here wins over what imports say; nobody whose ad user data is denied is ever exported.</source>
        <translation>Om personens data får skickas till annonsplattformar (Google, Microsoft, Meta, LinkedIn) och användas för anpassade annonser. Ett val här går före vad importerna säger; ingen vars användardata för annonser är nekad exporteras någonsin.</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>nu: %1</translation>
    </message>
    <message>
        <source>Ad user data:</source>
        <translation>Användardata för annonser:</translation>
    </message>
    <message>
        <source>Ad personalization:</source>
        <translation>Annonsanpassning:</translation>
    </message>
</context>
<context>
    <name>leadloop::DamageBanner</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>Re&amp;cover…</source>
        <translation>Rä&amp;dda…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workspace is damaged: figures may be wrong.&lt;/b&gt; It is open read-only. Restore the last good snapshot, or recover what can be read into a new file.</source>
        <translation>&lt;b&gt;Den här arbetsytan är skadad: siffrorna kan vara fel.&lt;/b&gt; Den är öppnad skrivskyddad. Återställ den senaste goda ögonblicksbilden, eller rädda det som går att läsa till en ny fil.</translation>
    </message>
</context>
<context>
    <name>leadloop::DashboardView</name>
    <message>
        <source>Visitors</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Vinstandel</translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbetsyta</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Tratt</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Affärsmöjligheter</translation>
    </message>
    <message>
        <source>Revenue and cost by channel (%1)</source>
        <translation>Intäkter och kostnad per kanal (%1)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Leads and customers per week</source>
        <translation>Leads och kunder per vecka</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>No campaign had cost in this period.</source>
        <translation>Ingen kampanj hade kostnader under perioden.</translation>
    </message>
    <message>
        <source>%1 won deals worth %2 %3 have no contact: they count in Deals and the win rate, but not in revenue, the funnel, channels or attribution, which follow people.</source>
        <translation>%1 vunna affärer värda %2 %3 saknar kontakt: de räknas i Affärer och vinstandelen, men inte i intäkter, tratt, kanaler eller attribution, som följer personer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best campaigns by ROI&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Bästa kampanjer efter ROI&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Worst campaigns by ROI&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Sämsta kampanjer efter ROI&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>ROI = (revenue − cost) / cost, revenue credited by the linear model.</source>
        <translation>ROI = (intäkt − kostnad) / kostnad, intäkten tillskriven med den linjära modellen.</translation>
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
        <translation>Efter:</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <source>Won value (%1)</source>
        <translation>Vunnet värde (%1)</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Vunnet värde</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Vinstandel</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 deals: %2 won, %3 lost; win rate %4 %.</source>
        <translation>%1 affärer: %2 vunna, %3 förlorade; vinstandel %4 %.</translation>
    </message>
    <message>
        <source>Win rate: won / (won + lost), with 95 % intervals</source>
        <translation>Vinstandel: vunna / (vunna + förlorade), med 95 %-intervall</translation>
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
        <translation>Lägg till steg</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>(the condition in words)</source>
        <translation>(villkoret i ord)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Källa / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Steg:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etikett:</translation>
    </message>
    <message>
        <source>in this order</source>
        <translation>i den här ordningen</translation>
    </message>
    <message>
        <source>in any order</source>
        <translation>i valfri ordning</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>sessions (web steps only)</source>
        <translation>sessioner (endast webbsteg)</translation>
    </message>
    <message>
        <source>Steps taken:</source>
        <translation>Steg tagna:</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Inom:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Räkna:</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Ta bort steg</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Flytta steg</translation>
    </message>
    <message>
        <source>Change step</source>
        <translation>Ändra steg</translation>
    </message>
    <message>
        <source>Change the order</source>
        <translation>Ändra ordningen</translation>
    </message>
    <message>
        <source>Change the window</source>
        <translation>Ändra fönstret</translation>
    </message>
    <message>
        <source>Change what is counted</source>
        <translation>Ändra vad som räknas</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Villkor:</translation>
    </message>
    <message>
        <source>URL or path:</source>
        <translation>URL eller sökväg:</translation>
    </message>
    <message>
        <source>/pricing* (* for any text)</source>
        <translation>/priser* (* för valfri text)</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Händelsens namn:</translation>
    </message>
    <message>
        <source>signup_click</source>
        <translation>signup_click</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Värde:</translation>
    </message>
    <message>
        <source>Paid Search</source>
        <translation>Paid Search</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Steg:</translation>
    </message>
    <message>
        <source>marketingqualifiedlead</source>
        <translation>marketingqualifiedlead</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Offert</translation>
    </message>
    <message>
        <source>Visit to the site</source>
        <translation>Besök på webbplatsen</translation>
    </message>
    <message>
        <source>Visit from a channel or campaign</source>
        <translation>Besök från en kanal eller kampanj</translation>
    </message>
    <message>
        <source>Page viewed</source>
        <translation>Sida visad</translation>
    </message>
    <message>
        <source>Event tracked</source>
        <translation>Spårad händelse</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Formulär skickat</translation>
    </message>
    <message>
        <source>Became a lead</source>
        <translation>Blev ett lead</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Livscykelstadium</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Affär skapad</translation>
    </message>
    <message>
        <source>Deal stage reached</source>
        <translation>Affärssteg nått</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Affär vunnen</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Affär förlorad</translation>
    </message>
</context>
<context>
    <name>leadloop::FunnelStepsModel</name>
    <message>
        <source>A step on the web (tracking data); drag to reorder.</source>
        <translation>Ett steg på webben (spårningsdata); dra för att ändra ordningen.</translation>
    </message>
    <message>
        <source>A step in the CRM; drag to reorder.</source>
        <translation>Ett steg i CRM; dra för att ändra ordningen.</translation>
    </message>
</context>
<context>
    <name>leadloop::FunnelView</name>
    <message>
        <source>by first touch</source>
        <translation>efter första kontaktpunkt</translation>
    </message>
    <message>
        <source>by last touch before the lead</source>
        <translation>efter sista kontaktpunkt före leaden</translation>
    </message>
    <message>
        <source>by last non-direct touch</source>
        <translation>efter sista icke-direkta kontaktpunkt</translation>
    </message>
    <message>
        <source>funnel.png</source>
        <translation>tratt.png</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupper:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Tratt</translation>
    </message>
    <message>
        <source>From visitor to customer</source>
        <translation>Från besökare till kund</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Affärsmöjligheter</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Funnel:</source>
        <translation>Tratt:</translation>
    </message>
    <message>
        <source>Save funnel…</source>
        <translation>Spara tratt…</translation>
    </message>
    <message>
        <source>Delete funnel</source>
        <translation>Ta bort tratt</translation>
    </message>
    <message>
        <source>Visitor to customer</source>
        <translation>Från besökare till kund</translation>
    </message>
    <message>
        <source>New custom funnel</source>
        <translation>Ny egen tratt</translation>
    </message>
    <message>
        <source>none: everyone together</source>
        <translation>inga: alla tillsammans</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt; (drag to reorder)</source>
        <translation>&lt;b&gt;Steg&lt;/b&gt; (dra för att ändra ordningen)</translation>
    </message>
    <message>
        <source>Save funnel</source>
        <translation>Spara tratt</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Remove funnel</source>
        <translation>Ta bort tratt</translation>
    </message>
    <message>
        <source>Remove the saved funnel %1? (Edit &gt; Undo brings it back.)</source>
        <translation>Ta bort den sparade tratten %1? (Redigera &gt; Ångra tar tillbaka den.)</translation>
    </message>
    <message>
        <source>The saved funnels could not be read: %1</source>
        <translation>De sparade trattarna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>This funnel</source>
        <translation>Den här tratten</translation>
    </message>
    <message>
        <source>The funnel cannot be counted yet</source>
        <translation>Tratten kan inte räknas än</translation>
    </message>
    <message>
        <source>Dropped off before step %1 (%2)</source>
        <translation>Föll bort före steg %1 (%2)</translation>
    </message>
    <message>
        <source>Reached step %1 (%2)</source>
        <translation>Nådde steg %1 (%2)</translation>
    </message>
    <message>
        <source>Revenue from these customers: %1 %2. Rates with 95 % intervals.</source>
        <translation>Intäkter från dessa kunder: %1 %2. Andelar med 95 %-intervall.</translation>
    </message>
    <message>
        <source>Custom funnel</source>
        <translation>Egen tratt</translation>
    </message>
    <message>
        <source>Nobody took the first step in this period.</source>
        <translation>Ingen tog det första steget under perioden.</translation>
    </message>
    <message>
        <source>%1 people took the first step; %2 (%3 %) reached the last.</source>
        <translation>%1 personer tog det första steget; %2 (%3 %) nådde det sista.</translation>
    </message>
    <message>
        <source>%1 sessions took the first step; %2 (%3 %) reached the last.</source>
        <translation>%1 sessioner tog det första steget; %2 (%3 %) nådde det sista.</translation>
    </message>
</context>
<context>
    <name>leadloop::IdentityReviewDialog</name>
    <message>
        <source>Review identities</source>
        <translation>Granska identiteter</translation>
    </message>
    <message>
        <source>These browsers (cookies) were used with two e-mail addresses: a shared laptop, or a colleague filling in the form. LeadLoop did not merge the two people. Decide for each; Edit &gt; Undo takes a decision back.</source>
        <translation>De här webbläsarna (kakorna) användes med två e-postadresser: en delad dator, eller en kollega som fyllde i formuläret. LeadLoop slog inte ihop de två personerna. Bestäm för var och en; Redigera &gt; Ångra tar tillbaka ett beslut.</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Kaka</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Kopplad till</translation>
    </message>
    <message>
        <source>Also seen as</source>
        <translation>Även sedd som</translation>
    </message>
    <message>
        <source>Seen (UTC)</source>
        <translation>Sedd (UTC)</translation>
    </message>
    <message>
        <source>&amp;Link to the other e-mail</source>
        <translation>&amp;Koppla till den andra e-postadressen</translation>
    </message>
    <message>
        <source>The browser belongs to the person of the other e-mail from now on.</source>
        <translation>Webbläsaren tillhör från och med nu personen med den andra e-postadressen.</translation>
    </message>
    <message>
        <source>&amp;Keep apart</source>
        <translation>&amp;Håll åtskilda</translation>
    </message>
    <message>
        <source>The browser stays with the person it is linked to.</source>
        <translation>Webbläsaren stannar hos personen den är kopplad till.</translation>
    </message>
    <message>
        <source>Nothing to review: every browser belongs to one person.</source>
        <translation>Inget att granska: varje webbläsare tillhör en person.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Inget ändrades: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportBatchesModel</name>
    <message>
        <source>Tracking</source>
        <translation>Spårning</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Valutakurser</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Ofullständig</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerade</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lästa rader</translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation>Importerade rader</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbletter</translation>
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
        <translation>avvisad</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Original row</source>
        <translation>Ursprunglig rad</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Which column feeds each field. LeadLoop&apos;s guess is filled in; fields marked * are required.</source>
        <translation>Vilken kolumn som fyller varje fält. LeadLoops gissning är ifylld; fält markerade med * krävs.</translation>
    </message>
    <message>
        <source>Save as &amp;preset…</source>
        <translation>Spara som &amp;förinställning…</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Förinställning:</translation>
    </message>
    <message>
        <source>Nothing to map: LeadLoop reads this export by its own layout.</source>
        <translation>Inget att mappa: LeadLoop läser den här exporten efter dess egen layout.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>LeadLoop&apos;s guess</source>
        <translation>LeadLoops gissning</translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation>Välj en kolumn för %1.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Spara förinställning</translation>
    </message>
    <message>
        <source>Name for this mapping:</source>
        <translation>Namn på den här mappningen:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Förinställning</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>The first rows as LeadLoop reads them. If the letters or the columns look wrong, change the encoding or the delimiter.</source>
        <translation>De första raderna som LeadLoop läser dem. Ser bokstäverna eller kolumnerna fel ut, ändra teckenkodningen eller avgränsaren.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Identifiera</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Lodstreck |</translation>
    </message>
    <message>
        <source>the first sheet</source>
        <translation>det första bladet</translation>
    </message>
    <message>
        <source>The zone of times written without one.</source>
        <translation>Zonen för tider som skrivits utan zon.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Teckenkodning:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Avgränsare:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zon:</translation>
    </message>
    <message>
        <source>A JSON export: LeadLoop reads it by its own layout (GA4, Universal Analytics or Snowplow), so there are no columns to preview or map.</source>
        <translation>En JSON-export: LeadLoop läser den efter dess egen layout (GA4, Universal Analytics eller Snowplow), så det finns inga kolumner att förhandsgranska eller mappa.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by &quot;%2&quot;: %3 columns.</source>
        <translation>Läst som %1, kolumner avgränsade med &quot;%2&quot;: %3 kolumner.</translation>
    </message>
    <message>
        <source>%1 as read (UTC)</source>
        <translation>%1 som läst (UTC)</translation>
    </message>
    <message>
        <source>not a time</source>
        <translation>ingen tid</translation>
    </message>
    <message numerus="yes">
        <source>A spreadsheet: %Ln columns.</source>
        <translation>
            <numerusform>Ett kalkylark: %Ln kolumn.</numerusform>
            <numerusform>Ett kalkylark: %Ln kolumner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::ImportRunPage</name>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Starta importen</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Avbryt importen</translation>
    </message>
    <message>
        <source>&amp;Save issues as CSV…</source>
        <translation>&amp;Spara problemen som CSV…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Filter the issues</source>
        <translation>Filtrera problemen</translation>
    </message>
    <message>
        <source>Save issues</source>
        <translation>Spara problemen</translation>
    </message>
    <message>
        <source>-issues.csv</source>
        <translation>-problem.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into this workspace as %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; till den här arbetsytan som %2.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Kolumner: %1.</translation>
    </message>
    <message>
        <source>The import is stored whole or not at all; Cancel leaves the workspace as it is.</source>
        <translation>Importen sparas helt eller inte alls; Avbryt lämnar arbetsytan som den är.</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 rader/s</translation>
    </message>
    <message>
        <source>Batch %1: %2 rows read, %3 imported, %4 rejected, %5 duplicates skipped.</source>
        <translation>Omgång %1: %2 rader lästa, %3 importerade, %4 avvisade, %5 dubbletter hoppades över.</translation>
    </message>
    <message>
        <source>The lead scores could not be computed again: %1</source>
        <translation>Leadpoängen kunde inte beräknas igen: %1</translation>
    </message>
    <message>
        <source>Lead scores computed again for %1 open leads.</source>
        <translation>Leadpoäng beräknades igen för %1 öppna leads.</translation>
    </message>
    <message>
        <source>The first %1 of the %2 issues are listed below; Save issues as CSV writes every one.</source>
        <translation>De första %1 av de %2 problemen listas nedan; Spara problemen som CSV skriver alla.</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportSourcePage</name>
    <message>
        <source>What to import</source>
        <translation>Vad som ska importeras</translation>
    </message>
    <message>
        <source>A CSV, TSV, TXT or XLSX file (GZ-compressed too), or a JSON or NDJSON export. Nothing is written until the last step.</source>
        <translation>En CSV-, TSV-, TXT- eller XLSX-fil (även GZ-komprimerad), eller en JSON- eller NDJSON-export. Inget skrivs förrän i sista steget.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx *.json *.ndjson *.gz);;All files (*)</source>
        <translation>Datafiler (*.csv *.tsv *.txt *.xlsx *.json *.ndjson *.gz);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Recognise it from its columns</source>
        <translation>Känn igen den på kolumnerna</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Innehåller:</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Det finns ingen fil %1.</translation>
    </message>
    <message>
        <source>LeadLoop recognises %1.</source>
        <translation>LeadLoop känner igen %1.</translation>
    </message>
    <message>
        <source>Choose what the file holds: its columns do not say.</source>
        <translation>Välj vad filen innehåller: dess kolumner säger det inte.</translation>
    </message>
    <message>
        <source>LeadLoop does not recognise this file&apos;s columns; choose what it holds.</source>
        <translation>LeadLoop känner inte igen filens kolumner; välj vad den innehåller.</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Importera data</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Every batch of data brought into this workspace. A batch is stored whole or not at all.</source>
        <translation>Varje omgång data som förts in i den här arbetsytan. En omgång sparas helt eller inte alls.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Ta bort import</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Remove the selected import and everything it brought.</source>
        <translation>Ta bort den valda importen och allt den förde in.</translation>
    </message>
    <message>
        <source>Select the import to remove.</source>
        <translation>Välj importen som ska tas bort.</translation>
    </message>
    <message>
        <source>Remove import %1 and everything it brought (%2)? This cannot be undone.</source>
        <translation>Ta bort import %1 och allt den förde in (%2)? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>inga rader</translation>
    </message>
    <message>
        <source>Import %1 was removed.</source>
        <translation>Import %1 togs bort.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows of %1</source>
        <translation>
            <numerusform>%Ln rad från %1</numerusform>
            <numerusform>%Ln rader från %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace was closed; nothing was removed.</source>
        <translation>Arbetsytan stängdes; inget togs bort.</translation>
    </message>
    <message>
        <source>The imports could not be read: %1</source>
        <translation>Importerna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Import %1 was removed, but the lead scores could not be computed again: %2</source>
        <translation>Import %1 togs bort, men leadpoängen kunde inte beräknas igen: %2</translation>
    </message>
</context>
<context>
    <name>leadloop::JourneysView</name>
    <message>
        <source>A contact&apos;s name, e-mail or company</source>
        <translation>En kontakts namn, e-post eller företag</translation>
    </message>
    <message>
        <source>&amp;Show journey</source>
        <translation>&amp;Visa kundresan</translation>
    </message>
    <message>
        <source>Pick a contact to see every visit, form, deal and tag on a time line. Scroll to zoom, double-click to see everything.</source>
        <translation>Välj en kontakt för att se varje besök, formulär, affär och markering på en tidslinje. Scrolla för att zooma, dubbelklicka för att se allt.</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Händelser</translation>
    </message>
    <message>
        <source>How the models credit this journey</source>
        <translation>Hur modellerna tillskriver den här kundresan</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Kundresor</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konverteringar</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events; scroll on the time line to zoom, double-click to see everything, point at a mark for its details.</source>
        <translation>
            <numerusform>%Ln händelse; scrolla på tidslinjen för att zooma, dubbelklicka för att se allt, peka på en markering för detaljer.</numerusform>
            <numerusform>%Ln händelser; scrolla på tidslinjen för att zooma, dubbelklicka för att se allt, peka på en markering för detaljer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Leadpoäng</translation>
    </message>
    <message>
        <source>Lead score: none</source>
        <translation>Leadpoäng: ingen</translation>
    </message>
    <message>
        <source>Lead score: %1</source>
        <translation>Leadpoäng: %1</translation>
    </message>
    <message>
        <source>Lead score: %1 (%2)</source>
        <translation>Leadpoäng: %1 (%2)</translation>
    </message>
    <message>
        <source>What pushes this lead&apos;s score up and down, in points.</source>
        <translation>Vad som höjer och sänker denna leads poäng, i poäng.</translation>
    </message>
</context>
<context>
    <name>leadloop::LeadsModel</name>
    <message>
        <source>Won</source>
        <translation>Vunna</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Förlorade</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>First channel</source>
        <translation>Första kanal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Affärssteg</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dagar öppen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
</context>
<context>
    <name>leadloop::LeadsPage</name>
    <message>
        <source>&amp;My leads</source>
        <translation>&amp;Mina leads</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vunna</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Förlorade</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Mark selected as:</source>
        <translation>Markera valda som:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search name, company or e-mail</source>
        <translation>Sök namn, företag eller e-post</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Alla utfall</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>Ingen affär</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>vilken dag som helst</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Skapade från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alla ägare</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>Leads shown: %1 of %2</source>
        <translation>Visade leads: %1 av %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Inget ändrades: %1</translation>
    </message>
    <message>
        <source>Select a lead to see its deals, who tagged it and its journey.</source>
        <translation>Välj en lead för att se dess affärer, vem som markerade den och dess kundresa.</translation>
    </message>
    <message>
        <source>Review identities (%1)</source>
        <translation>Granska identiteter (%1)</translation>
    </message>
    <message>
        <source>Browsers seen with two e-mail addresses, waiting for a decision.</source>
        <translation>Webbläsare som setts med två e-postadresser och väntar på beslut.</translation>
    </message>
    <message>
        <source>Show all leads</source>
        <translation>Visa alla leads</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people behind %1.</source>
        <translation>
            <numerusform>%Ln person bakom %1.</numerusform>
            <numerusform>%Ln personer bakom %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads could not be read: %1</source>
        <translation>Leadsen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The tag was saved, but the list could not be refreshed: %1</source>
        <translation>Taggen sparades, men listan kunde inte uppdateras: %1</translation>
    </message>
    <message>
        <source>Any score tier</source>
        <translation>Alla poängnivåer</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Nivå: %1</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Ej poängsatt</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>alla värden</translation>
    </message>
    <message>
        <source>Any property</source>
        <translation>Alla egenskaper</translation>
    </message>
    <message>
        <source>Ad consent…</source>
        <translation>Annonssamtycke…</translation>
    </message>
    <message>
        <source>Whether this person&apos;s data may be sent to ad platforms, set by hand</source>
        <translation>Om personens data får skickas till annonsplattformar, angivet för hand</translation>
    </message>
    <message>
        <source>The consent was not changed: %1</source>
        <translation>Samtycket ändrades inte: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Ny arbetsyta…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Öppna &amp;demoarbetsytan</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Stäng arbetsytan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About LeadLoop</source>
        <translation>&amp;Om LeadLoop</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Kan inte öppna arbetsytan</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop);;All files (*)</source>
        <translation>LeadLoop-arbetsytor (*.leadloop);;Alla filer (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Ny arbetsyta</translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop)</source>
        <translation>LeadLoop-arbetsytor (*.leadloop)</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Kan inte skapa arbetsytan</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File &gt; Open, or choose another name.</source>
        <translation>%1 finns redan. Öppna den med Arkiv &gt; Öppna, eller välj ett annat namn.</translation>
    </message>
    <message>
        <source>Writing the demo workspace…</source>
        <translation>Skriver demoarbetsytan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demoarbetsyta</translation>
    </message>
    <message>
        <source>Cannot write the demo workspace</source>
        <translation>Kan inte skriva demoarbetsytan</translation>
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
        <translation>Ingen arbetsyta öppen</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbetsyta: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>%1 visitors · %2 sessions · %3 leads · %4 deals</source>
        <translation>%1 besökare · %2 sessioner · %3 leads · %4 affärer</translation>
    </message>
    <message>
        <source>About LeadLoop</source>
        <translation>Om LeadLoop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadLoop %1&lt;/h3&gt;&lt;p&gt;Closed-loop marketing analytics: from the first visit to the signed deal.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeadLoop %1&lt;/h3&gt;&lt;p&gt;Closed loop-marknadsanalys: från första besöket till den signerade affären.&lt;/p&gt;&lt;p&gt;Byggd med Qt %2 och SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s settings</source>
        <translation>Kan inte läsa arbetsytans inställningar</translation>
    </message>
    <message>
        <source>The settings were not changed</source>
        <translation>Inställningarna ändrades inte</translation>
    </message>
    <message>
        <source>Applying the settings (a new channel grouping classifies every session again)…</source>
        <translation>Inställningarna tillämpas (en ny kanalgruppering klassificerar om varje session)…</translation>
    </message>
    <message>
        <source>Finding the people behind %1…</source>
        <translation>Söker personerna bakom %1…</translation>
    </message>
    <message>
        <source>Drill down</source>
        <translation>Detaljer bakom siffran</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Åters&amp;täll…</translation>
    </message>
    <message>
        <source>Reco&amp;ver…</source>
        <translation>Rä&amp;dda…</translation>
    </message>
    <message>
        <source>Checking the workspace for damage before it opens…</source>
        <translation>Arbetsytan kontrolleras för skador innan den öppnas…</translation>
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation>Öppnar arbetsytan</translation>
    </message>
    <message>
        <source>The snapshot was not restored</source>
        <translation>Ögonblicksbilden återställdes inte</translation>
    </message>
    <message>
        <source>Restored the workspace as it was on %1.</source>
        <translation>Återställde arbetsytan som den var %1.</translation>
    </message>
    <message>
        <source>Recover into a New Workspace</source>
        <translation>Rädda till en ny arbetsyta</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-återställd</translation>
    </message>
    <message>
        <source>Cannot recover the workspace</source>
        <translation>Kan inte återställa arbetsytan</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the recovered workspace.</source>
        <translation>%1 finns redan; välj en ny fil för den återställda arbetsytan.</translation>
    </message>
    <message>
        <source>%1 (damaged, read-only) — LeadLoop</source>
        <translation>%1 (skadad, skrivskyddad) — LeadLoop</translation>
    </message>
    <message>
        <source>The workspace could not be counted: %1</source>
        <translation>Arbetsytan kunde inte räknas: %1</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>&amp;Ad Platform Conversions…</source>
        <translation>Konverteringar för &amp;annonsplattformar…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n anonymous visitors, who are not leads)</source>
        <translation>
            <numerusform>%1 (och %n anonym besökare, som inte är ett lead)</numerusform>
            <numerusform>%1 (och %n anonyma besökare, som inte är leads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::NavigationModel</name>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Tratt</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Kundresor</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Headline figures for the period: visitors, leads, customers, revenue, cost and return, against the previous period.</source>
        <translation>Nyckeltal för perioden: besökare, leads, kunder, intäkter, kostnad och avkastning, mot föregående period.</translation>
    </message>
    <message>
        <source>Visitors, leads, opportunities and customers, with the conversion rate of every step and the time between steps.</source>
        <translation>Besökare, leads, affärsmöjligheter och kunder, med konverteringsgraden för varje steg och tiden mellan stegen.</translation>
    </message>
    <message>
        <source>Sessions, leads, customers, revenue and cost per channel, source, campaign or landing page, with cost per lead, acquisition cost and ROI.</source>
        <translation>Sessioner, leads, kunder, intäkter och kostnad per kanal, källa, kampanj eller landningssida, med kostnad per lead, anskaffningskostnad och ROI.</translation>
    </message>
    <message>
        <source>How each attribution model shares the credit for leads, deals and revenue between channels, side by side.</source>
        <translation>Hur varje attributionsmodell fördelar värdet av leads, affärer och intäkter mellan kanaler, sida vid sida.</translation>
    </message>
    <message>
        <source>One contact&apos;s history as a timeline: every visit, page, form, deal stage and outcome.</source>
        <translation>En kontakts historik som tidslinje: varje besök, sida, formulär, affärssteg och utfall.</translation>
    </message>
    <message>
        <source>Contacts and their deals; tag leads won or lost with a key press.</source>
        <translation>Kontakter och deras affärer; markera leads som vunna eller förlorade med en tangent.</translation>
    </message>
    <message>
        <source>Campaigns with their channel, dates and daily costs.</source>
        <translation>Kampanjer med kanal, datum och dagliga kostnader.</translation>
    </message>
    <message>
        <source>Every import batch with its counts and the rows it rejected.</source>
        <translation>Varje importomgång med antal och de rader den avvisade.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <source>Win rate, won value and days to close by owner, product, account, channel, stage or lost reason.</source>
        <translation>Vinstandel, vunnet värde och dagar till avslut per ägare, produkt, konto, kanal, steg eller förlustorsak.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Poängsättning</translation>
    </message>
    <message>
        <source>Which open leads will close, learnt from the outcomes sales tagged, and how sure the model is.</source>
        <translation>Vilka öppna leads som kommer att stängas, inlärt från utfallen säljarna taggat, och hur säker modellen är.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <source>How long people take from one step to the next, and how each week&apos;s or month&apos;s new people go on to become leads, customers and revenue.</source>
        <translation>Hur lång tid det tar från ett steg till nästa, och hur varje veckas eller månads nya personer blir leads, kunder och intäkter.</translation>
    </message>
</context>
<context>
    <name>leadloop::OverviewPage</name>
    <message>
        <source>Visitors</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Sidvisningar</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>What the workspace holds</source>
        <translation>Vad arbetsytan innehåller</translation>
    </message>
    <message>
        <source>Workspace “%1”</source>
        <translation>Arbetsyta ”%1”</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Ingen arbetsyta öppen</translation>
    </message>
</context>
<context>
    <name>leadloop::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbetsyta</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Kanaler</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>Tags you make are recorded with this name, and &quot;My leads&quot; shows the leads it owns.</source>
        <translation>Dina markeringar registreras med det här namnet, och &quot;Mina leads&quot; visar de leads det äger.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A new language shows the next time LeadLoop starts.</source>
        <translation>Ett nytt språk visas nästa gång LeadLoop startar.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation>Rapport&amp;valuta:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuter</translation>
    </message>
    <message>
        <source>&amp;Session timeout:</source>
        <translation>&amp;Sessionens tidsgräns:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>obegränsad</translation>
    </message>
    <message>
        <source>Attribution &amp;lookback:</source>
        <translation>Attributionens &amp;bakåtblick:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Förlustorsak</translation>
    </message>
    <message>
        <source>A reason deals are lost:</source>
        <translation>En orsak till att affärer förloras:</translation>
    </message>
    <message>
        <source>Lost reasons:</source>
        <translation>Förlustorsaker:</translation>
    </message>
    <message>
        <source>GA4 default channel group</source>
        <translation>GA4:s standardkanalgrupp</translation>
    </message>
    <message>
        <source>HubSpot-style sources</source>
        <translation>Källor i HubSpot-stil</translation>
    </message>
    <message>
        <source>Custom rules (this workspace&apos;s)</source>
        <translation>Egna regler (den här arbetsytans)</translation>
    </message>
    <message>
        <source>Custom rules from a &amp;file…</source>
        <translation>Egna regler från en &amp;fil…</translation>
    </message>
    <message>
        <source>Channel &amp;grouping:</source>
        <translation>Kanal&amp;gruppering:</translation>
    </message>
    <message>
        <source>Changing the grouping classifies every stored session again; Edit &gt; Undo puts the previous grouping back.</source>
        <translation>En ändrad gruppering klassificerar om varje lagrad session; Redigera &gt; Ångra sätter tillbaka den förra grupperingen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try the grouping&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prova grupperingen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>K&amp;älla:</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ka&amp;mpanj:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Channel rules</source>
        <translation>Kanalregler</translation>
    </message>
    <message>
        <source>Channel rules (*.json)</source>
        <translation>Kanalregler (*.json)</translation>
    </message>
    <message>
        <source>the custom rules</source>
        <translation>de egna reglerna</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (rule %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (regel %2)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Add a &amp;rule</source>
        <translation>Lägg till &amp;regel</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Ta bort regeln</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your rules&lt;/b&gt;, checked before the grouping&apos;s, first match wins:</source>
        <translation>&lt;b&gt;Dina regler&lt;/b&gt;, kontrolleras före grupperingens, första träffen vinner:</translation>
    </message>
    <message>
        <source>Your channel rules</source>
        <translation>Dina kanalregler</translation>
    </message>
    <message>
        <source>S&amp;napshots</source>
        <translation>Ö&amp;gonblicksbilder</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(ännu inte känt)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Inloggning:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Roll:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Senaste synkronisering:</translation>
    </message>
    <message>
        <source>The server decides what each role may do: owners everything and the members, managers imports, costs and settings, reps the tags of their own leads, viewers reading and reports. Passwords come from ~/.pgpass and are never stored in the workspace.</source>
        <translation>Servern avgör vad varje roll får göra: ägare allt och medlemmarna, chefer importer, kostnader och inställningar, säljare märkning av sina egna leads, läsare läsning och rapporter. Lösenord hämtas från ~/.pgpass och sparas aldrig i arbetsytan.</translation>
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
        <translation>Rädda %1</translation>
    </message>
    <message>
        <source>Reading every page of %1 and writing what can be read to %2…</source>
        <translation>Läser varje sida i %1 och skriver det som går att läsa till %2…</translation>
    </message>
    <message>
        <source>&amp;Open Recovered Workspace</source>
        <translation>&amp;Öppna den återställda arbetsytan</translation>
    </message>
    <message>
        <source>Nothing could be recovered: %1</source>
        <translation>Inget kunde återställas: %1</translation>
    </message>
    <message>
        <source>Everything was recovered into %1: every page could be read and LeadLoop&apos;s checks found nothing wrong.</source>
        <translation>Allt återställdes till %1: varje sida kunde läsas och LeadLoops kontroller fann inget fel.</translation>
    </message>
    <message>
        <source>Recovered into %1 what could be read. %2 of %3 pages could not be trusted; the table below says what each table lost, and what LeadLoop&apos;s checks found in the new file. Check the figures before you rely on them.</source>
        <translation>Återställde till %1 det som kunde läsas. %2 av %3 sidor gick inte att lita på; tabellen nedan visar vad varje tabell förlorade och vad LeadLoops kontroller fann i den nya filen. Kontrollera siffrorna innan du litar på dem.</translation>
    </message>
</context>
<context>
    <name>leadloop::ReportExportDialog</name>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Spara PDF…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>Marketing performance</source>
        <translation>Marknadsresultat</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln pages).</source>
        <translation>
            <numerusform>Sparade %1 (%Ln sida).</numerusform>
            <numerusform>Sparade %1 (%Ln sidor).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::RestoreDialog</name>
    <message>
        <source>Restore %1</source>
        <translation>Återställ %1</translation>
    </message>
    <message>
        <source>No snapshots of this workspace have been kept yet. LeadLoop keeps one before every import, removal and upgrade, in %1.</source>
        <translation>Inga ögonblicksbilder av den här arbetsytan har sparats ännu. LeadLoop sparar en före varje import, borttagning och uppgradering, i %1.</translation>
    </message>
    <message>
        <source>LeadLoop kept these states of the workspace before each change. Restoring one puts the workspace back as it was then; the workspace as it is now is kept as a snapshot of its own, so nothing is lost.</source>
        <translation>LeadLoop sparade dessa tillstånd av arbetsytan före varje ändring. Att återställa ett lägger tillbaka arbetsytan som den var då; arbetsytan som den är nu sparas som en egen ögonblicksbild, så inget går förlorat.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
</context>
<context>
    <name>leadloop::ResultTableModel</name>
    <message>
        <source>Double-click to list what is behind this figure</source>
        <translation>Dubbelklicka för att se vad som ligger bakom siffran</translation>
    </message>
</context>
<context>
    <name>leadloop::ResultTableView</name>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Kopiera tabellen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportera &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Exportera XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>leadloop::ScoringView</name>
    <message>
        <source>n/a</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Träna</translation>
    </message>
    <message>
        <source>&amp;Exclude and train again</source>
        <translation>&amp;Uteslut och träna igen</translation>
    </message>
    <message>
        <source>The share of labelled leads kept back to judge the model.</source>
        <translation>Andelen märkta leads som hålls undan för att bedöma modellen.</translation>
    </message>
    <message>
        <source>The same seed always picks the same hold-out and gives the same model.</source>
        <translation>Samma frö väljer alltid samma urval och ger samma modell.</translation>
    </message>
    <message>
        <source>Features to leave out, e.g. property:Tags, page:/thanks*</source>
        <translation>Egenskaper att utelämna, t.ex. property:Tags, page:/thanks*</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Förutsäg:</translation>
    </message>
    <message>
        <source>Hold out:</source>
        <translation>Håll undan:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Frö:</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>Leadpoängsättning</translation>
    </message>
    <message>
        <source>Learns from the leads whose outcome is known which open leads are most likely to convert, and shows how well that works on leads it never saw.</source>
        <translation>Lär sig av leads med känt utfall vilka öppna leads som troligast konverterar, och visar hur väl det fungerar på leads den aldrig sett.</translation>
    </message>
    <message>
        <source>Becoming a customer</source>
        <translation>Bli kund</translation>
    </message>
    <message>
        <source>Winning, among closed deals</source>
        <translation>Vinst, bland stängda affärer</translation>
    </message>
    <message>
        <source>Property: %1</source>
        <translation>Egenskap: %1</translation>
    </message>
    <message>
        <source>Training the lead scoring model…</source>
        <translation>Tränar leadpoängsmodellen…</translation>
    </message>
    <message>
        <source>No model yet. Choose what to predict and press Train: LeadLoop learns from the leads whose outcome is known.</source>
        <translation>Ingen modell än. Välj vad som ska förutsägas och tryck på Träna: LeadLoop lär av leads med känt utfall.</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC-kurva</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrering</translation>
    </message>
    <message>
        <source>Share found when calling the top tenths first</source>
        <translation>Andel funna när de översta tiondelarna rings först</translation>
    </message>
    <message>
        <source>%1 alone predicts the outcome almost perfectly (AUC ≥ 0.95). It may be filled in after the outcome, such as a sales status; if so, leave it out.</source>
        <translation>%1 förutsäger ensam utfallet nästan perfekt (AUC ≥ 0,95). Den kan fyllas i efter utfallet, som en säljstatus; utelämna den i så fall.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trees: AUC %1&lt;/b&gt; · baseline (logistic regression): AUC %2 · Brier score %3 (baseline %4)</source>
        <translation>&lt;b&gt;Träd: AUC %1&lt;/b&gt; · basmodell (logistisk regression): AUC %2 · Brier-poäng %3 (bas %4)</translation>
    </message>
    <message>
        <source>Learnt from %1 leads, judged on %2 it never saw (%3 of them reached the target); %4 of all labelled leads reached it.</source>
        <translation>Lärde av %1 leads, bedömdes på %2 den aldrig sett (%3 av dem nådde målet); %4 av alla märkta leads nådde det.</translation>
    </message>
    <message>
        <source>The top 10 % of scores hold %1 % of them.</source>
        <translation>De översta 10 % av poängen rymmer %1 % av dem.</translation>
    </message>
    <message>
        <source>Trained %1 by %2; scores of open leads are kept up to date after every import.</source>
        <translation>Tränad %1 av %2; poängen för öppna leads hålls uppdaterade efter varje import.</translation>
    </message>
    <message>
        <source>Fewer than %1 leads reached the target: the scores are unsure and no tiers are given.</source>
        <translation>Färre än %1 leads nådde målet: poängen är osäkra och inga nivåer ges.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Utelämnade: %1</translation>
    </message>
    <message>
        <source>ROC: leads found against false alarms (%)</source>
        <translation>ROC: funna leads mot falsklarm (%)</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>Träd</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basmodell</translation>
    </message>
    <message>
        <source>Guessing</source>
        <translation>Gissning</translation>
    </message>
    <message>
        <source>Calibration: predicted against observed (%)</source>
        <translation>Kalibrering: förutsagt mot observerat (%)</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Förutsagt</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observerat</translation>
    </message>
    <message>
        <source>Found by score</source>
        <translation>Funna efter poäng</translation>
    </message>
    <message>
        <source>Found at random</source>
        <translation>Funna slumpvis</translation>
    </message>
</context>
<context>
    <name>leadloop::SessionListDialog</name>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>Sessions behind %1</source>
        <translation>Sessioner bakom %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln sessions.</source>
        <translation>
            <numerusform>De nyaste %1 av %Ln session.</numerusform>
            <numerusform>De nyaste %1 av %Ln sessioner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions, newest first.</source>
        <translation>
            <numerusform>%Ln session.</numerusform>
            <numerusform>%Ln sessioner, nyaste först.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::SnapshotPreferencesPage</name>
    <message>
        <source>&amp;Keep a snapshot before every import, removal and upgrade</source>
        <translation>&amp;Spara en ögonblicksbild före varje import, borttagning och uppgradering</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Beside each workspace</source>
        <translation>Bredvid varje arbetsyta</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Keep the &amp;newest:</source>
        <translation>Spara de &amp;senaste:</translation>
    </message>
    <message>
        <source>&amp;Up to, in all:</source>
        <translation>&amp;Upp till, totalt:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>A snapshot is a verified copy of the workspace as it was before a change. File &gt; Restore… puts one back. The newest snapshot is always kept, even when it alone is larger than the limit.</source>
        <translation>En ögonblicksbild är en kontrollerad kopia av arbetsytan som den var före en ändring. Arkiv &gt; Återställ… lägger tillbaka en. Den senaste ögonblicksbilden sparas alltid, även om den ensam är större än gränsen.</translation>
    </message>
    <message>
        <source>Folder for Snapshots</source>
        <translation>Mapp för ögonblicksbilder</translation>
    </message>
</context>
<context>
    <name>leadloop::SnapshotsModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(okänt)</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>före %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>What came after</source>
        <translation>Vad som kom efter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
</context>
<context>
    <name>leadloop::TableCountsModel</name>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
</context>
<context>
    <name>leadloop::TagDialog</name>
    <message>
        <source>Mark as won</source>
        <translation>Markera som vunnen</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Markera som förlorad</translation>
    </message>
    <message>
        <source>The selected lead will be marked as won.</source>
        <translation>Den valda leaden markeras som vunnen.</translation>
    </message>
    <message>
        <source>The selected lead will be marked as lost.</source>
        <translation>Den valda leaden markeras som förlorad.</translation>
    </message>
    <message>
        <source>Selected leads: %1. Each will be marked as won.</source>
        <translation>Valda leads: %1. Var och en markeras som vunnen.</translation>
    </message>
    <message>
        <source>Selected leads: %1. Each will be marked as lost.</source>
        <translation>Valda leads: %1. Var och en markeras som förlorad.</translation>
    </message>
    <message>
        <source>each deal&apos;s own amount</source>
        <translation>varje affärs eget belopp</translation>
    </message>
    <message>
        <source>for example 12 500,00</source>
        <translation>till exempel 12 500,00</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>SEK</translation>
    </message>
    <message>
        <source>&amp;Amount won:</source>
        <translation>Vunnet &amp;belopp:</translation>
    </message>
    <message>
        <source>No deal amount for %1, so enter the amount won; it applies to every selected lead.</source>
        <translation>Inget affärsbelopp för %1, så ange det vunna beloppet; det gäller varje vald lead.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>choose or type a reason</source>
        <translation>välj eller skriv en orsak</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Markera vunnen</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Markera förlorad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln till</numerusform>
            <numerusform>%Ln till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::TeamActions</name>
    <message>
        <source>&amp;Publish to a Team Server…</source>
        <translation>&amp;Publicera på en teamserver…</translation>
    </message>
    <message>
        <source>&amp;Join a Team Workspace…</source>
        <translation>&amp;Anslut till en teamarbetsyta…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <source>The team sync failed</source>
        <translation>Teamsynkroniseringen misslyckades</translation>
    </message>
    <message>
        <source>Sent %1, received %2 changes; the team&apos;s log is at %3.</source>
        <translation>Skickade %1, tog emot %2 ändringar; teamets logg är på %3.</translation>
    </message>
    <message>
        <source>The team server refused changes</source>
        <translation>Teamservern vägrade ändringar</translation>
    </message>
    <message>
        <source>The team server refused these changes of yours (%1); they were taken back here:</source>
        <translation>Teamservern vägrade dessa ändringar av dig (%1); de togs tillbaka här:</translation>
    </message>
    <message>
        <source>Publish to a Team Server</source>
        <translation>Publicera på en teamserver</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database (empty), as postgresql://user@host:port/database.
Passwords come from ~/.pgpass and are never stored in the workspace.</source>
        <translation>Teamets PostgreSQL-databas (tom), som postgresql://användare@värd:port/databas.
Lösenord hämtas från ~/.pgpass och sparas aldrig i arbetsytan.</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Kan inte publicera</translation>
    </message>
    <message>
        <source>Publishing the workspace to %1…</source>
        <translation>Publicerar arbetsytan på %1…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>The workspace is now the team workspace at %1. Add members with &apos;leadloop-cli team grant&apos;; they join with File &gt; Team &gt; Join a Team Workspace.</source>
        <translation>Arbetsytan är nu teamarbetsytan på %1. Lägg till medlemmar med &apos;leadloop-cli team grant&apos;; de ansluter med Arkiv &gt; Team &gt; Anslut till en teamarbetsyta.</translation>
    </message>
    <message>
        <source>Join a Team Workspace</source>
        <translation>Anslut till en teamarbetsyta</translation>
    </message>
    <message>
        <source>The team server, as postgresql://user@host:port/database.</source>
        <translation>Teamservern, som postgresql://användare@värd:port/databas.</translation>
    </message>
    <message>
        <source>Cannot join</source>
        <translation>Kan inte ansluta</translation>
    </message>
    <message>
        <source>Save the Team Replica As</source>
        <translation>Spara teamrepliken som</translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop)</source>
        <translation>LeadLoop-arbetsytor (*.leadloop)</translation>
    </message>
    <message>
        <source>Joining the team workspace at %1…</source>
        <translation>Ansluter till teamarbetsytan på %1…</translation>
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
        <translation>%1: synkroniserad</translation>
    </message>
    <message>
        <source>%1: syncing…</source>
        <translation>%1: synkroniserar…</translation>
    </message>
    <message>
        <source>%1: changes waiting to be sent: %2</source>
        <translation>%1: ändringar som väntar på att skickas: %2</translation>
    </message>
    <message>
        <source>%1: offline, changes waiting to be sent: %2</source>
        <translation>%1: offline, ändringar som väntar på att skickas: %2</translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1: offline</translation>
    </message>
    <message>
        <source>Syncing with the team…</source>
        <translation>Synkroniserar med teamet…</translation>
    </message>
    <message>
        <source>Synced, but the lead scores could not be computed again: %1</source>
        <translation>Synkroniserat, men leadpoängen kunde inte beräknas igen: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::UnavailablePage</name>
    <message>
        <source>This view is not available in this version of LeadLoop yet. Your data is kept, and the view will show it when it arrives.</source>
        <translation>Den här vyn finns inte i den här versionen av LeadLoop än. Dina data sparas, och vyn visar dem när den kommer.</translation>
    </message>
</context>
<context>
    <name>leadloop::WelcomePage</name>
    <message>
        <source>Welcome to LeadLoop</source>
        <translation>Välkommen till LeadLoop</translation>
    </message>
    <message>
        <source>LeadLoop follows every lead from the first anonymous visit to the signed deal, so you can see which channels and campaigns bring customers and revenue, not just clicks.</source>
        <translation>LeadLoop följer varje lead från det första anonyma besöket till den signerade affären, så att du ser vilka kanaler och kampanjer som ger kunder och intäkter, inte bara klick.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Öppna demoarbetsytan</translation>
    </message>
    <message>
        <source>A realistic 90-day story of a software company: 20,000 visitors, 15 campaigns and 400 deals.</source>
        <translation>En realistisk berättelse på 90 dagar om ett mjukvaruföretag: 20 000 besökare, 15 kampanjer och 400 affärer.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Skapa en ny arbetsyta…</translation>
    </message>
    <message>
        <source>Open a workspace file…</source>
        <translation>Öppna en arbetsytefil…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Senaste arbetsytor</translation>
    </message>
    <message>
        <source>No recent workspaces yet.</source>
        <translation>Inga senaste arbetsytor än.</translation>
    </message>
</context>
<context>
    <name>leadloop::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Ingen arbetsyta är öppen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadLoop: closed-loop marketing analytics.</source>
        <translation>LeadLoop: closed loop-marknadsanalys.</translation>
    </message>
    <message>
        <source>Open the demo workspace (writing it first if needed).</source>
        <translation>Öppna demoarbetsytan (skriv den först om det behövs).</translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation>En arbetsytefil att öppna.</translation>
    </message>
    <message>
        <source>LeadLoop stopped after an internal error: %1</source>
        <translation>LeadLoop stoppade efter ett internt fel: %1</translation>
    </message>
    <message>
        <source>Open the import wizard on FILE once the workspace is open.</source>
        <translation>Öppna importguiden med FIL när arbetsytan är öppen.</translation>
    </message>
</context>
</TS>
