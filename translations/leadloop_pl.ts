<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AdConsent</name>
    <message>
        <source>granted</source>
        <translation>udzielona</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>odmówiona</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>Nie ma kontaktu %1.</translation>
    </message>
</context>
<context>
    <name>AdPlatform</name>
    <message>
        <source>Google Ads (conversions from clicks)</source>
        <translation>Google Ads (konwersje z kliknięć)</translation>
    </message>
    <message>
        <source>Google Ads (enhanced conversions for leads)</source>
        <translation>Google Ads (konwersje rozszerzone dla potencjalnych klientów)</translation>
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
        <translation>Leady</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Szanse sprzedaży</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
</context>
<context>
    <name>AttributionCommand</name>
    <message>
        <source>--model takes all or one of %1, not &apos;%2&apos;.</source>
        <translation>--model przyjmuje all albo jeden z: %1, a nie &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Credit conversions and their value to channels (or another dimension).</source>
        <translation>Przypisz konwersje i ich wartość kanałom (lub innemu wymiarowi).</translation>
    </message>
    <message>
        <source>A model id, several comma-separated, or all (default linear).</source>
        <translation>Id modelu, kilka rozdzielonych przecinkami albo all (domyślnie linear).</translation>
    </message>
    <message>
        <source>What counts as a conversion (default lead).</source>
        <translation>Co liczy się jako konwersja (domyślnie lead).</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>konwersje</translation>
    </message>
    <message>
        <source>Credit aggregated journeys from FILE (columns path, total_conversions, total_conversion_value, total_null) instead of the workspace&apos;s.</source>
        <translation>Przypisz zagregowane ścieżki z FILE (kolumny path, total_conversions, total_conversion_value, total_null) zamiast ścieżek z obszaru roboczego.</translation>
    </message>
    <message>
        <source>The channel separator of --paths (default &gt;).</source>
        <translation>Separator kanałów w --paths (domyślnie &gt;).</translation>
    </message>
    <message>
        <source>Add each credit&apos;s 95 % interval: the bootstrap&apos;s with 200 resamples unless --bootstrap says otherwise (columns KEY_low and KEY_high).</source>
        <translation>Dodaj 95-procentowy przedział każdej zasługi: bootstrapowy z 200 losowań, chyba że --bootstrap mówi inaczej (kolumny KEY_low i KEY_high).</translation>
    </message>
</context>
<context>
    <name>AttributionReport</name>
    <message>
        <source>Choose a model.</source>
        <translation>Wybierz model.</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konwersje</translation>
    </message>
    <message>
        <source>%1 conversions</source>
        <translation>%1 – konwersje</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 – wartość</translation>
    </message>
    <message>
        <source>Markov removal effect</source>
        <translation>Efekt usunięcia (Markov)</translation>
    </message>
    <message>
        <source>Shapley value</source>
        <translation>Wartość Shapleya</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: nothing to show for this period</source>
        <translation>%1: brak danych w tym okresie</translation>
    </message>
</context>
<context>
    <name>BatchRemoval</name>
    <message>
        <source>There is no import %1.</source>
        <translation>Nie ma importu %1.</translation>
    </message>
    <message>
        <source>Import %1 was removed already.</source>
        <translation>Import %1 został już usunięty.</translation>
    </message>
    <message>
        <source>Import %1 cannot be removed, because %2. Remove those first.</source>
        <translation>Nie można usunąć importu %1, ponieważ %2. Najpierw usuń tamte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page views of other imports continue its sessions</source>
        <translation>
            <numerusform>%Ln odsłona z innych importów kontynuuje jego sesje</numerusform>
            <numerusform>%Ln odsłony z innych importów kontynuują jego sesje</numerusform>
            <numerusform>%Ln odsłon z innych importów kontynuuje jego sesje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of its page views continue sessions of other imports</source>
        <translation>
            <numerusform>%Ln jego odsłona kontynuuje sesje innych importów</numerusform>
            <numerusform>%Ln jego odsłony kontynuują sesje innych importów</numerusform>
            <numerusform>%Ln jego odsłon kontynuuje sesje innych importów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions of other imports belong to its visitors</source>
        <translation>
            <numerusform>%Ln sesja z innych importów należy do jego odwiedzających</numerusform>
            <numerusform>%Ln sesje z innych importów należą do jego odwiedzających</numerusform>
            <numerusform>%Ln sesji z innych importów należy do jego odwiedzających</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events of other imports belong to its visitors</source>
        <translation>
            <numerusform>%Ln zdarzenie z innych importów należy do jego odwiedzających</numerusform>
            <numerusform>%Ln zdarzenia z innych importów należą do jego odwiedzających</numerusform>
            <numerusform>%Ln zdarzeń z innych importów należy do jego odwiedzających</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visitors of other imports are linked to its contacts</source>
        <translation>
            <numerusform>%Ln odwiedzający z innych importów jest powiązany z jego kontaktami</numerusform>
            <numerusform>%Ln odwiedzających z innych importów jest powiązanych z jego kontaktami</numerusform>
            <numerusform>%Ln odwiedzających z innych importów jest powiązanych z jego kontaktami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals of other imports belong to its contacts</source>
        <translation>
            <numerusform>%Ln transakcja z innych importów należy do jego kontaktów</numerusform>
            <numerusform>%Ln transakcje z innych importów należą do jego kontaktów</numerusform>
            <numerusform>%Ln transakcji z innych importów należy do jego kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln won or lost tags were recorded on its deals</source>
        <translation>
            <numerusform>Na jego transakcjach zapisano %Ln oznaczenie wygrana/przegrana</numerusform>
            <numerusform>Na jego transakcjach zapisano %Ln oznaczenia wygrana/przegrana</numerusform>
            <numerusform>Na jego transakcjach zapisano %Ln oznaczeń wygrana/przegrana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stage changes of other imports concern its deals</source>
        <translation>
            <numerusform>%Ln zmiana etapu z innych importów dotyczy jego transakcji</numerusform>
            <numerusform>%Ln zmiany etapu z innych importów dotyczą jego transakcji</numerusform>
            <numerusform>%Ln zmian etapu z innych importów dotyczy jego transakcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cost days of other imports or edits belong to its campaigns</source>
        <translation>
            <numerusform>%Ln dzień kosztów z innych importów lub edycji należy do jego kampanii</numerusform>
            <numerusform>%Ln dni kosztów z innych importów lub edycji należą do jego kampanii</numerusform>
            <numerusform>%Ln dni kosztów z innych importów lub edycji należy do jego kampanii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign memberships of other imports concern its contacts</source>
        <translation>
            <numerusform>%Ln członkostwo w kampanii z innych importów dotyczy jego kontaktów</numerusform>
            <numerusform>%Ln członkostwa w kampaniach z innych importów dotyczą jego kontaktów</numerusform>
            <numerusform>%Ln członkostw w kampaniach z innych importów dotyczy jego kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <source>removing import %1</source>
        <translation>usunięciem importu %1</translation>
    </message>
</context>
<context>
    <name>BootstrapCredits</name>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (dolna)</translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation>%1 (górna)</translation>
    </message>
</context>
<context>
    <name>ByteSources</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the compressed file %1.</source>
        <translation>Nie można odczytać skompresowanego pliku %1.</translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Koszt nie może być ujemny.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Cost days</source>
        <translation>Dni kosztów</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Brak sesji</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Nie ma kampanii %1.</translation>
    </message>
    <message>
        <source>There is no campaign %1 here.</source>
        <translation>Nie ma tu kampanii %1.</translation>
    </message>
</context>
<context>
    <name>CampaignsCommand</name>
    <message>
        <source>Campaigns with their channel, dates, total cost and sessions; those with cost but no sessions are flagged.</source>
        <translation>Kampanie z kanałem, datami, kosztem łącznym i sesjami; oznaczone są te z kosztem, ale bez sesji.</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>A team member made an identity decision this LeadLoop does not know (%1); update LeadLoop to apply it.</source>
        <translation>Członek zespołu podjął decyzję o tożsamości nieznaną tej wersji LeadLoop (%1); zaktualizuj LeadLoop, aby ją zastosować.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Nie można utworzyć folderu tymczasowego: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Piece %1 of %2&apos;s import (%3) is missing or damaged on the team server.</source>
        <translation>Brakuje części %1 importu użytkownika %2 (%3) na serwerze zespołu lub jest uszkodzona.</translation>
    </message>
    <message>
        <source>A team member made a change of a kind this LeadLoop does not know (%1); update LeadLoop to apply it.</source>
        <translation>Członek zespołu wprowadził zmianę nieznanego tej wersji LeadLoop rodzaju (%1); zaktualizuj LeadLoop, aby ją zastosować.</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Your role in the team workspace is viewer: viewers read and report only. Nothing was changed.</source>
        <translation>Twoja rola w zespołowym obszarze roboczym to viewer: przeglądający tylko czytają i tworzą raporty. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Your role in the team workspace is rep: you tag the leads you own (CRM owner %1), and this one&apos;s owner is %2. Nothing was changed.</source>
        <translation>Twoja rola w zespołowym obszarze roboczym to rep: oznaczasz swoje leady (opiekun w CRM: %1), a opiekunem tego jest %2. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <source>Your role in the team workspace is %1, which does not allow this: only owners and managers import data, remove imports, change settings, lost reasons and the channel grouping, decide identities, or set a person&apos;s consent by hand. Nothing was changed.</source>
        <translation>Twoja rola w zespołowym obszarze roboczym to %1, która na to nie pozwala: tylko właściciele i menedżerowie importują dane, usuwają importy, zmieniają ustawienia, powody przegranych i grupowanie kanałów, rozstrzygają tożsamości lub ręcznie ustawiają zgodę osoby. Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>ChannelCommands</name>
    <message>
        <source>Channel grouping %1 (%2): %3 sessions, %4 changed.</source>
        <translation>Grupowanie kanałów %1 (%2): %3 sesji, %4 zmienionych.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Choose the channel grouping and classify every stored session again.</source>
        <translation>Wybierz grupowanie kanałów i sklasyfikuj ponownie każdą zapisaną sesję.</translation>
    </message>
    <message>
        <source>ga4, hubspot, or a rule file (kept in the workspace).</source>
        <translation>ga4, hubspot albo plik reguł (przechowywany w obszarze roboczym).</translation>
    </message>
    <message>
        <source>Show which channel and rule a source, medium and campaign get.</source>
        <translation>Pokaż, jaki kanał i jaką regułę dostaje źródło, medium i kampania.</translation>
    </message>
    <message>
        <source>The source.</source>
        <translation>Źródło.</translation>
    </message>
    <message>
        <source>The medium.</source>
        <translation>Medium.</translation>
    </message>
    <message>
        <source>The campaign.</source>
        <translation>Kampania.</translation>
    </message>
    <message>
        <source>The click id parameter, e.g. gclid.</source>
        <translation>Parametr identyfikatora kliknięcia, np. gclid.</translation>
    </message>
    <message>
        <source>The referrer host.</source>
        <translation>Host odsyłający.</translation>
    </message>
    <message>
        <source>ga4, hubspot or a rule file (default: the workspace&apos;s).</source>
        <translation>ga4, hubspot albo plik reguł (domyślnie ten z obszaru roboczego).</translation>
    </message>
</context>
<context>
    <name>ChannelOverrides</name>
    <message>
        <source>Cannot read the %1 grouping.</source>
        <translation>Nie można odczytać grupowania %1.</translation>
    </message>
    <message>
        <source>Your rule %1 needs a channel and a value.</source>
        <translation>Twoja reguła %1 wymaga kanału i wartości.</translation>
    </message>
    <message>
        <source>Your rule %1 compares %2 by %3, which LeadLoop does not know.</source>
        <translation>Twoja reguła %1 porównuje %2 według %3, czego LeadLoop nie zna.</translation>
    </message>
    <message>
        <source>%1 with your rules</source>
        <translation>%1 z Twoimi regułami</translation>
    </message>
    <message>
        <source>your rules</source>
        <translation>Twoje reguły</translation>
    </message>
</context>
<context>
    <name>ChannelRuleSet</name>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>nieznane pole &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid regular expression &apos;%1&apos;</source>
        <translation>nieprawidłowe wyrażenie regularne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a condition on &apos;%1&apos; has no operator</source>
        <translation>warunek na &apos;%1&apos; nie ma operatora</translation>
    </message>
    <message>
        <source>Cannot read the site list %1.</source>
        <translation>Nie można odczytać listy witryn %1.</translation>
    </message>
    <message>
        <source>Cannot read the channel rules %1.</source>
        <translation>Nie można odczytać reguł kanałów %1.</translation>
    </message>
    <message>
        <source>The channel rules %1 are not valid JSON: %2.</source>
        <translation>Reguły kanałów %1 nie są poprawnym JSON: %2.</translation>
    </message>
    <message>
        <source>Channel rule &apos;%1&apos; in %2: %3.</source>
        <translation>Reguła kanału &apos;%1&apos; w %2: %3.</translation>
    </message>
    <message>
        <source>The channel rules %1 have no id or no rules.</source>
        <translation>Reguły kanałów %1 nie mają id albo reguł.</translation>
    </message>
    <message>
        <source>There is no channel rule set called &apos;%1&apos;.</source>
        <translation>Nie ma zestawu reguł kanałów o nazwie &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ChannelsReport</name>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Szanse sprzedaży</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Koszt na lead</translation>
    </message>
    <message>
        <source>Customer acquisition cost</source>
        <translation>Koszt pozyskania klienta</translation>
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
        <translation>Lead → klient</translation>
    </message>
</context>
<context>
    <name>ChannelsReportCommand</name>
    <message>
        <source>--model: &apos;%1&apos; is not a model id (see attribution --help).</source>
        <translation>--model: &apos;%1&apos; nie jest id modelu (zob. attribution --help).</translation>
    </message>
    <message>
        <source>Traffic, credited leads, customers and revenue, cost and ROI per channel.</source>
        <translation>Ruch, przypisane leady, klienci i przychód, koszt i ROI według kanału.</translation>
    </message>
    <message>
        <source>The attribution model that credits results (default linear).</source>
        <translation>Model atrybucji przypisujący wyniki (domyślnie linear).</translation>
    </message>
    <message>
        <source>sessions, conversions and costs</source>
        <translation>sesje, konwersje i koszty</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check</source>
        <translation>Kontrola</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integralność</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>nienaruszony</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>uszkodzony</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Check that the workspace is whole (every page and index); exit code 3 when it is damaged.</source>
        <translation>Sprawdź, czy obszar roboczy jest nienaruszony (każda strona i indeks); kod wyjścia 3, gdy jest uszkodzony.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>The workspace file (default: the one the desktop app opened last, or %1).</source>
        <translation>Plik obszaru roboczego (domyślnie ostatnio otwarty w aplikacji lub %1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Pokaż tę pomoc.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Pokaż wersję.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Polecenia:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 bad input, 3 workspace error.</source>
        <translation>Kody wyjścia: 0 sukces, 1 błąd użycia, 2 złe dane wejściowe, 3 błąd obszaru roboczego.</translation>
    </message>
    <message>
        <source>LeadLoop %1: closed-loop marketing analytics on the command line.</source>
        <translation>LeadLoop %1: analityka marketingu w obiegu zamkniętym z wiersza poleceń.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Polecenie do wykonania (zob. niżej).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nie podano polecenia.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Nieznane polecenie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Nieoczekiwany argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The language of messages and of the PDF report, and the locale of its numbers and dates: en, %1 (default: the system&apos;s).</source>
        <translation>Język komunikatów i raportu PDF oraz format liczb i dat: en, %1 (domyślnie systemowy).</translation>
    </message>
    <message>
        <source>--lang takes en or one of %1, not &apos;%2&apos;.</source>
        <translation>--lang przyjmuje en albo jeden z: %1, a nie &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Output format: table, json, csv, or xlsx (with --output).</source>
        <translation>Format wyjścia: table, json, csv albo xlsx (z --output).</translation>
    </message>
    <message>
        <source>Write the output to this file instead of the terminal.</source>
        <translation>Zapisz wynik do tego pliku zamiast na terminal.</translation>
    </message>
    <message>
        <source>--format must be table, json, csv or xlsx, not &apos;%1&apos;.</source>
        <translation>--format musi być table, json, csv albo xlsx, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--format xlsx needs --output FILE.xlsx.</source>
        <translation>--format xlsx wymaga --output PLIK.xlsx.</translation>
    </message>
    <message>
        <source>Read a workspace that failed its integrity check anyway (its figures may be wrong).</source>
        <translation>Odczytaj mimo to obszar roboczy, który nie przeszedł kontroli integralności (liczby mogą być błędne).</translation>
    </message>
    <message>
        <source>In a team replica, keep this command&apos;s changes here until the next team sync instead of sending them at once.</source>
        <translation>W replice zespołowej zachowaj zmiany tego polecenia lokalnie do następnej synchronizacji zespołu zamiast wysyłać je od razu.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run &apos;leadloop-cli --help&apos; for the commands and options.</source>
        <translation>Uruchom &apos;leadloop-cli --help&apos;, aby zobaczyć polecenia i opcje.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Going on because of --allow-damaged.</source>
        <translation>Kontynuacja z powodu --allow-damaged.</translation>
    </message>
    <message>
        <source>To read it anyway, add --allow-damaged.</source>
        <translation>Aby mimo to go odczytać, dodaj --allow-damaged.</translation>
    </message>
    <message>
        <source>Nothing was written to it.</source>
        <translation>Nic do niego nie zapisano.</translation>
    </message>
</context>
<context>
    <name>CohortsCommand</name>
    <message>
        <source>People by the week or month they first visited or became a lead, and the leads, customers or revenue each cohort reached period by period.</source>
        <translation>Osoby według tygodnia lub miesiąca pierwszej wizyty albo zostania leadem oraz leady, klienci lub przychód, które każda kohorta osiągała okres po okresie.</translation>
    </message>
    <message>
        <source>What starts a cohort: first-visit (default) or lead.</source>
        <translation>Co rozpoczyna kohortę: first-visit (domyślnie) lub lead.</translation>
    </message>
    <message>
        <source>week or month (default).</source>
        <translation>week lub month (domyślnie).</translation>
    </message>
    <message>
        <source>leads, customers (default) or revenue, cumulative.</source>
        <translation>leads, customers (domyślnie) lub revenue, narastająco.</translation>
    </message>
</context>
<context>
    <name>CohortsReport</name>
    <message>
        <source>A cohort starts at first-visit or lead, not &apos;%1&apos;.</source>
        <translation>Kohorta zaczyna się od first-visit lub lead, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A cohort&apos;s period is week or month, not &apos;%1&apos;.</source>
        <translation>Okres kohorty to week lub month, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The metric is leads, customers or revenue, not &apos;%1&apos;.</source>
        <translation>Miara to leads, customers lub revenue, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Tydzień %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Miesiąc %1</translation>
    </message>
</context>
<context>
    <name>ConsentCommand</name>
    <message>
        <source>Usage: leadloop-cli consent show LEAD, or consent set LEAD [--ad-user-data STATE] [--ad-personalization STATE].</source>
        <translation>Użycie: leadloop-cli consent show LEAD albo consent set LEAD [--ad-user-data STATE] [--ad-personalization STATE].</translation>
    </message>
    <message>
        <source>--%1 takes granted, denied or unknown, not &apos;%2&apos;.</source>
        <translation>--%1 przyjmuje granted, denied lub unknown, a nie &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>consent set needs --ad-user-data or --ad-personalization (or both).</source>
        <translation>consent set wymaga --ad-user-data lub --ad-personalization (albo obu).</translation>
    </message>
    <message>
        <source>consent show takes no state; use consent set.</source>
        <translation>consent show nie przyjmuje stanu; użyj consent set.</translation>
    </message>
    <message>
        <source>%1 has no contact, so no consent.</source>
        <translation>%1 nie ma kontaktu, więc nie ma zgody.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Sygnał</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Show or set a lead&apos;s consent to ad measurement (sent to ad platforms or not).</source>
        <translation>Pokaż lub ustaw zgodę leada na pomiar reklam (czy wysyłać go do platform reklamowych).</translation>
    </message>
    <message>
        <source>set: may the person&apos;s data be sent to ad platforms: granted, denied, or unknown (clears the choice made by hand).</source>
        <translation>set: czy dane osoby mogą trafić do platform reklamowych: granted, denied lub unknown (usuwa wybór ustawiony ręcznie).</translation>
    </message>
    <message>
        <source>set: may it be used for personalised ads: granted, denied or unknown.</source>
        <translation>set: czy można ich użyć do reklam spersonalizowanych: granted, denied lub unknown.</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message numerus="yes">
        <source>%Ln rows of %1 refer to %2 that are missing.</source>
        <translation>
            <numerusform>%Ln wiersz z %1 odwołuje się do brakujących %2.</numerusform>
            <numerusform>%Ln wiersze z %1 odwołują się do brakujących %2.</numerusform>
            <numerusform>%Ln wierszy z %1 odwołuje się do brakujących %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions lack %1 of the page views they count.</source>
        <translation>
            <numerusform>%Ln sesji brakuje %1 zliczonych odsłon.</numerusform>
            <numerusform>%Ln sesjom brakuje %1 zliczonych odsłon.</numerusform>
            <numerusform>%Ln sesjom brakuje %1 zliczonych odsłon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions lack %1 of the events they count.</source>
        <translation>
            <numerusform>%Ln sesji brakuje %1 zliczonych zdarzeń.</numerusform>
            <numerusform>%Ln sesjom brakuje %1 zliczonych zdarzeń.</numerusform>
            <numerusform>%Ln sesjom brakuje %1 zliczonych zdarzeń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals have another outcome than their latest outcome event.</source>
        <translation>
            <numerusform>%Ln transakcja ma inny wynik niż jej ostatnie zdarzenie wyniku.</numerusform>
            <numerusform>%Ln transakcje mają inny wynik niż ich ostatnie zdarzenie wyniku.</numerusform>
            <numerusform>%Ln transakcji ma inny wynik niż ich ostatnie zdarzenie wyniku.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactProperties</name>
    <message>
        <source>yes/no</source>
        <translation>tak/nie</translation>
    </message>
    <message>
        <source>number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategoria</translation>
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
        <translation>&apos;%1&apos; nie jest strefą czasową znaną LeadLoop (wpisz na przykład Europe/Warsaw lub UTC).</translation>
    </message>
    <message>
        <source>A lead has no deal to take a value from; give leads a fixed value (fixed:N) or none.</source>
        <translation>Lead nie ma transakcji, z której można wziąć wartość; nadaj leadom stałą wartość (fixed:N) albo żadną.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country LeadLoop knows the calling code of (write two letters such as PL or NL).</source>
        <translation>&apos;%1&apos; nie jest krajem, którego numer kierunkowy zna LeadLoop (wpisz dwie litery, np. PL lub NL).</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID zamówienia</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Conversion time</source>
        <translation>Czas konwersji</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Click id kind</source>
        <translation>Rodzaj identyfikatora kliknięcia</translation>
    </message>
    <message>
        <source>Click id</source>
        <translation>Identyfikator kliknięcia</translation>
    </message>
    <message>
        <source>Ad user data</source>
        <translation>Dane użytkownika w reklamach</translation>
    </message>
    <message>
        <source>Ad personalization</source>
        <translation>Personalizacja reklam</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konwersje</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>No consent (ad_user_data denied)</source>
        <translation>Brak zgody (ad_user_data odmówiona)</translation>
    </message>
    <message>
        <source>No consent (ad_user_data denied or unknown)</source>
        <translation>Brak zgody (ad_user_data odmówiona lub nieznana)</translation>
    </message>
    <message>
        <source>No click id of the platform</source>
        <translation>Brak identyfikatora kliknięcia tej platformy</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Brak adresu e-mail</translation>
    </message>
    <message>
        <source>No click id, e-mail address or phone number</source>
        <translation>Brak identyfikatora kliknięcia, adresu e-mail i numeru telefonu</translation>
    </message>
    <message>
        <source>Older than the platform&apos;s window (%1 days)</source>
        <translation>Starsze niż okno platformy (%1 dni)</translation>
    </message>
    <message>
        <source>Click older than the platform&apos;s window (%1 days)</source>
        <translation>Kliknięcie starsze niż okno platformy (%1 dni)</translation>
    </message>
    <message>
        <source>Already exported</source>
        <translation>Już wyeksportowane</translation>
    </message>
    <message>
        <source>Exported (UTC)</source>
        <translation>Wyeksportowano (UTC)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Conversion name</source>
        <translation>Nazwa konwersji</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
</context>
<context>
    <name>ConversionFiles</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>The file was written, but what it sent could not be remembered, so the next export will send it again: %1</source>
        <translation>Plik zapisano, ale nie udało się zapamiętać, co wysłał, więc następny eksport wyśle to ponownie: %1</translation>
    </message>
</context>
<context>
    <name>ConversionPaths</name>
    <message>
        <source>%1 takes one of %2, not &apos;%3&apos;.</source>
        <translation>%1 przyjmuje jeden z: %2, a nie &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Źródło / medium</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Strona docelowa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
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
        <translation>Etap</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>The precomputed touches of person %1 do not read back. Recovering the workspace builds them again (File &gt; Recover…, or leadloop-cli recover).</source>
        <translation>Wstępnie obliczonych punktów styku osoby %1 nie da się odczytać. Odzyskanie obszaru roboczego zbuduje je od nowa (Plik &gt; Odzyskaj… lub leadloop-cli recover).</translation>
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
        <translation>%1 jest pusty: brak wiersza nagłówka.</translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not a field here (%2).</source>
        <translation>--map: &apos;%1&apos; nie jest tu polem (%2).</translation>
    </message>
    <message>
        <source>--map: %1 has no column &apos;%2&apos; (its columns: %3).</source>
        <translation>--map: %1 nie ma kolumny &apos;%2&apos; (jego kolumny: %3).</translation>
    </message>
    <message>
        <source>%1 ← %2 (--map)</source>
        <translation>%1 ← %2 (--map)</translation>
    </message>
    <message>
        <source>%1 ← %2 (guessed from the name)</source>
        <translation>%1 ← %2 (odgadnięte z nazwy)</translation>
    </message>
    <message>
        <source>%1: no column for %2; name it with --map, e.g. --map %3=COLUMN. The columns are: %4.</source>
        <translation>%1: brak kolumny dla %2; wskaż ją przez --map, np. --map %3=KOLUMNA. Kolumny to: %4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>&apos;%1&apos; nie jest datą.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code.</source>
        <translation>&apos;%1&apos; nie jest trzyliterowym kodem waluty.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive rate.</source>
        <translation>&apos;%1&apos; nie jest dodatnim kursem.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end a period of at most a year that starts on %2.</source>
        <translation>&apos;%1&apos; nie kończy okresu najwyżej rocznego zaczynającego się %2.</translation>
    </message>
    <message>
        <source>The campaign is empty.</source>
        <translation>Kampania jest pusta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cost (write 1234.56 or 1 234,56).</source>
        <translation>&apos;%1&apos; nie jest kosztem (wpisz 1234.56 albo 1 234,56).</translation>
    </message>
    <message>
        <source>No %1 rate for %2 on or before %3: import rates first (leadloop-cli import rates FILE).</source>
        <translation>Brak kursu %1 dla %2 w dniu %3 lub wcześniej: najpierw zaimportuj kursy (leadloop-cli import rates PLIK).</translation>
    </message>
    <message>
        <source>No session carries campaign %1 (%2 / %3); the cost is kept and counts once sessions arrive.</source>
        <translation>Żadna sesja nie ma kampanii %1 (%2 / %3); koszt zostaje zapisany i zostanie uwzględniony, gdy pojawią się sesje.</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>importem %1</translation>
    </message>
</context>
<context>
    <name>CrmImporter</name>
    <message>
        <source>--timezone: &apos;%1&apos; is not a time zone LeadLoop knows (use a name such as Europe/Warsaw).</source>
        <translation>--timezone: &apos;%1&apos; nie jest znaną strefą czasową (użyj nazwy, np. Europe/Warsaw).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 jest pusty: brak wiersza nagłówka.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Import %1 został anulowany; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>&apos;%1&apos; nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code.</source>
        <translation>&apos;%1&apos; nie jest trzyliterowym kodem waluty.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (write 1234.56 or 1 234,56).</source>
        <translation>&apos;%1&apos; nie jest kwotą (wpisz 1234.56 albo 1 234,56).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date LeadLoop can read; give --time-format.</source>
        <translation>&apos;%1&apos; nie jest datą, którą LeadLoop umie odczytać; podaj --time-format.</translation>
    </message>
    <message>
        <source>The row names no contact id, e-mail or deal id.</source>
        <translation>Wiersz nie wskazuje id kontaktu, e-maila ani id transakcji.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>importem %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative; a deal&apos;s amount is 0 or more.</source>
        <translation>&apos;%1&apos; jest ujemna; kwota transakcji wynosi 0 lub więcej.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a consent state: write granted or denied (or yes or no), or leave it empty.</source>
        <translation>&apos;%1&apos; nie jest stanem zgody: wpisz granted lub denied (albo yes lub no) albo zostaw puste.</translation>
    </message>
</context>
<context>
    <name>CrmMappings</name>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN with a known field (%2).</source>
        <translation>--map: &apos;%1&apos; nie jest parą POLE=KOLUMNA ze znanym polem (%2).</translation>
    </message>
    <message>
        <source>--preset: &apos;%1&apos; is not one of auto, generic, %2.</source>
        <translation>--preset: &apos;%1&apos; nie jest jednym z: auto, generic, %2.</translation>
    </message>
    <message>
        <source>%1 ← %2 (%3)</source>
        <translation>%1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>--map: the file has no column &apos;%1&apos; (its columns: %2).</source>
        <translation>--map: plik nie ma kolumny &apos;%1&apos; (jego kolumny: %2).</translation>
    </message>
    <message>
        <source>--map</source>
        <translation>--map</translation>
    </message>
    <message>
        <source>guessed from the name</source>
        <translation>odgadnięte z nazwy</translation>
    </message>
    <message>
        <source>%1 preset</source>
        <translation>preset %1</translation>
    </message>
    <message>
        <source>Cannot tell which contact or deal each row is about: map contact_id, email or deal_id (--map deal_id=COLUMN). The columns are: %1.</source>
        <translation>Nie wiadomo, którego kontaktu lub transakcji dotyczy każdy wiersz: zmapuj contact_id, email albo deal_id (--map deal_id=KOLUMNA). Kolumny to: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CRM field (%2).</source>
        <translation>„%1” nie jest polem CRM (%2).</translation>
    </message>
</context>
<context>
    <name>CrmMerger</name>
    <message>
        <source>The e-mail %1 already belongs to another lead (contact %2).</source>
        <translation>Adres e-mail %1 należy już do innego leada (kontakt %2).</translation>
    </message>
    <message>
        <source>CRM import</source>
        <translation>Import z CRM</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>etap: %1</translation>
    </message>
    <message>
        <source>Opportunity %1 is not in the workspace; import the opportunities first.</source>
        <translation>Szansy sprzedaży %1 nie ma w obszarze roboczym; najpierw zaimportuj szanse.</translation>
    </message>
    <message>
        <source>A stage change needs a stage and a date.</source>
        <translation>Zmiana etapu wymaga etapu i daty.</translation>
    </message>
    <message>
        <source>the cookie is already linked to contact %1</source>
        <translation>plik cookie jest już powiązany z kontaktem %1</translation>
    </message>
    <message>
        <source>the CRM record carries the cookie id</source>
        <translation>rekord CRM zawiera id pliku cookie</translation>
    </message>
    <message>
        <source>A campaign member needs a contact id or an e-mail.</source>
        <translation>Członek kampanii wymaga id kontaktu albo e-maila.</translation>
    </message>
    <message>
        <source>A campaign member row names no campaign.</source>
        <translation>Wiersz członka kampanii nie wskazuje kampanii.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 starts a record longer than %2 MB; a quote is probably not closed.</source>
        <translation>Wiersz %1 zaczyna rekord dłuższy niż %2 MB; prawdopodobnie cudzysłów nie jest zamknięty.</translation>
    </message>
    <message>
        <source>Reading stopped at line %1: %2</source>
        <translation>Odczyt zatrzymał się w wierszu %1: %2</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed.</source>
        <translation>Pole w cudzysłowie zaczynające się w wierszu %1 nie zostało zamknięte.</translation>
    </message>
</context>
<context>
    <name>CurrencyConverter</name>
    <message>
        <source>No %1 rate for %2 on or before %3: import rates first (leadloop-cli import rates FILE).</source>
        <translation>Brak kursu %1 dla %2 w dniu %3 lub wcześniej: najpierw zaimportuj kursy (leadloop-cli import rates PLIK).</translation>
    </message>
</context>
<context>
    <name>CustomFunnel</name>
    <message>
        <source>A session step cannot match %1.</source>
        <translation>Krok sesji nie może dopasować %1.</translation>
    </message>
    <message>
        <source>A funnel of sessions is broken down by a session dimension, not by %1.</source>
        <translation>Lejek sesji dzieli się według wymiaru sesji, nie według %1.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>From previous step</source>
        <translation>Z poprzedniego kroku</translation>
    </message>
    <message>
        <source>From previous step (low)</source>
        <translation>Z poprzedniego kroku (dolna)</translation>
    </message>
    <message>
        <source>From previous step (high)</source>
        <translation>Z poprzedniego kroku (górna)</translation>
    </message>
    <message>
        <source>From first step</source>
        <translation>Z pierwszego kroku</translation>
    </message>
    <message>
        <source>From first step (low)</source>
        <translation>Z pierwszego kroku (dolna)</translation>
    </message>
    <message>
        <source>From first step (high)</source>
        <translation>Z pierwszego kroku (górna)</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Odpływ</translation>
    </message>
    <message>
        <source>Median hours from previous</source>
        <translation>Mediana godzin od poprzedniego</translation>
    </message>
    <message>
        <source>90th percentile hours from previous</source>
        <translation>90. percentyl godzin od poprzedniego</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>Database error in %1: the query returned no row.</source>
        <translation>Błąd bazy danych w %1: zapytanie nie zwróciło wiersza.</translation>
    </message>
</context>
<context>
    <name>DealsCommand</name>
    <message>
        <source>Deals, win rate, won value and days to close per owner, product, account, channel, stage or lost reason.</source>
        <translation>Transakcje, współczynnik wygranych, wartość wygranych i dni do zamknięcia według opiekuna, produktu, konta, kanału, etapu lub powodu przegranej.</translation>
    </message>
    <message>
        <source>The grouping (default owner).</source>
        <translation>Grupowanie (domyślnie opiekun).</translation>
    </message>
    <message>
        <source>deal creation</source>
        <translation>utworzenie transakcji</translation>
    </message>
</context>
<context>
    <name>DealsReport</name>
    <message>
        <source>--by takes one of %1, not &apos;%2&apos;.</source>
        <translation>--by przyjmuje jeden z: %1, a nie &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Wartość wygranych</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Współczynnik wygranych</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Średnia wygrana transakcja</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>Mediana dni do zamknięcia</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>--seed takes a whole number from 0 to 18446744073709551615, not &apos;%1&apos;.</source>
        <translation>--seed przyjmuje liczbę całkowitą od 0 do 18446744073709551615, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it.</source>
        <translation>%1 już istnieje; dodaj --force, aby go zastąpić.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Nie można zastąpić %1.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Obiekt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Create a demo workspace with a 90-day marketing and sales story.</source>
        <translation>Utwórz demonstracyjny obszar roboczy z 90-dniową historią marketingu i sprzedaży.</translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation>Plik obszaru roboczego do utworzenia.</translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation>Ziarno losowania (domyślnie 1).</translation>
    </message>
    <message>
        <source>Replace an existing workspace file.</source>
        <translation>Zastąp istniejący plik obszaru roboczego.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo options are out of range.</source>
        <translation>Opcje demonstracji są poza zakresem.</translation>
    </message>
    <message>
        <source>The demo story can only be written into an empty workspace.</source>
        <translation>Historię demonstracyjną można zapisać tylko w pustym obszarze roboczym.</translation>
    </message>
    <message>
        <source>Creating the demo workspace was cancelled.</source>
        <translation>Tworzenie demonstracyjnego obszaru roboczego anulowano.</translation>
    </message>
</context>
<context>
    <name>DemoSeeds</name>
    <message>
        <source>The demo&apos;s %1 cannot be read: %2</source>
        <translation>Nie można odczytać pliku %1 wersji demonstracyjnej: %2</translation>
    </message>
    <message>
        <source>The demo&apos;s story.json or vocabulary.json lacks a list it needs.</source>
        <translation>W pliku story.json lub vocabulary.json wersji demonstracyjnej brakuje potrzebnej listy.</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Początek (UTC)</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Źródło / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Strona docelowa</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Odsłony</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konwersje</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sessions to list: it is not a value a filter can name, or the other filters exclude it.</source>
        <translation>&apos;%1&apos; nie ma sesji do wyświetlenia: filtr nie może wskazać tej wartości albo inne filtry ją wykluczają.</translation>
    </message>
    <message>
        <source>A funnel stage needs a group.</source>
        <translation>Etap lejka wymaga grupy.</translation>
    </message>
    <message>
        <source>A funnel of sessions lists no people: count people to list them.</source>
        <translation>Lejek sesji nie pokazuje osób: licz osoby, aby je wyświetlić.</translation>
    </message>
    <message>
        <source>A funnel step needs a group.</source>
        <translation>Krok lejka wymaga grupy.</translation>
    </message>
</context>
<context>
    <name>DrillDownCommand</name>
    <message>
        <source>Usage: leadloop-cli drilldown leads|sessions [--by DIM --group VALUE] [options].</source>
        <translation>Użycie: leadloop-cli drilldown leads|sessions [--by WYMIAR --group WARTOŚĆ] [opcje].</translation>
    </message>
    <message>
        <source>--stage takes leads, opportunities, customers or revenue, not &apos;%1&apos;.</source>
        <translation>--stage przyjmuje leads, opportunities, customers albo revenue, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--model takes a model id, not &apos;%1&apos;.</source>
        <translation>--model przyjmuje id modelu, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--limit takes a number of rows, 1 or more.</source>
        <translation>--limit przyjmuje liczbę wierszy, co najmniej 1.</translation>
    </message>
    <message>
        <source>The leads or sessions behind a report&apos;s figure: the report&apos;s options with --by DIM --group VALUE naming the row.</source>
        <translation>Leady lub sesje stojące za liczbą z raportu: opcje raportu oraz --by WYMIAR --group WARTOŚĆ wskazujące wiersz.</translation>
    </message>
    <message>
        <source>The row of the report: a value of --by.</source>
        <translation>Wiersz raportu: wartość --by.</translation>
    </message>
    <message>
        <source>leads: whose conversion counts (default lead).</source>
        <translation>leads: czyja konwersja się liczy (domyślnie lead).</translation>
    </message>
    <message>
        <source>leads: the model whose credit the figure shows (default linear; with --stage, the funnel&apos;s grouping touch, default first_touch).</source>
        <translation>leads: model, którego przypisanie pokazuje liczba (domyślnie linear; z --stage punkt styku grupujący lejek, domyślnie first_touch).</translation>
    </message>
    <message>
        <source>leads: the funnel&apos;s people at this stage (leads, opportunities, customers, revenue) instead.</source>
        <translation>leads: zamiast tego osoby z lejka na tym etapie (leads, opportunities, customers, revenue).</translation>
    </message>
    <message>
        <source>sessions: at most this many, newest first (default 5000).</source>
        <translation>sessions: najwyżej tyle, od najnowszych (domyślnie 5000).</translation>
    </message>
    <message>
        <source>conversions or sessions</source>
        <translation>konwersje lub sesje</translation>
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
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>brak sesji</translation>
    </message>
    <message>
        <source>Channel rule set</source>
        <translation>Zestaw reguł kanałów</translation>
    </message>
    <message>
        <source>Session timeout</source>
        <translation>Limit czasu sesji</translation>
    </message>
    <message>
        <source>Attribution lookback</source>
        <translation>Okno atrybucji wstecz</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>Model for channels and campaigns</source>
        <translation>Model dla kanałów i kampanii</translation>
    </message>
    <message>
        <source>Models compared</source>
        <translation>Porównywane modele</translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation>Partie importu</translation>
    </message>
    <message>
        <source>Tracked sessions from</source>
        <translation>Śledzone sesje od</translation>
    </message>
    <message>
        <source>Rows rejected on import</source>
        <translation>Wiersze odrzucone przy imporcie</translation>
    </message>
    <message>
        <source>Leads without tracking</source>
        <translation>Leady bez śledzenia</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Waluta raportowania</translation>
    </message>
    <message>
        <source>Marketing performance</source>
        <translation>Wyniki marketingu</translation>
    </message>
    <message>
        <source>start</source>
        <translation>początek</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Cały okres</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Najważniejsze liczby</translation>
    </message>
    <message>
        <source>Change: against the period of the same length just before.</source>
        <translation>Zmiana: względem poprzedniego okresu o tej samej długości.</translation>
    </message>
    <message>
        <source>Choose a period (--from and --to) to compare with the one before.</source>
        <translation>Wybierz okres (--from i --to), aby porównać go z poprzednim.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek sprzedażowy</translation>
    </message>
    <message>
        <source>People by the channel of their first visit; each stage counted on its own date.</source>
        <translation>Osoby według kanału pierwszej wizyty; każdy etap liczony według własnej daty.</translation>
    </message>
    <message>
        <source>Channels: cost and return</source>
        <translation>Kanały: koszt i zwrot</translation>
    </message>
    <message>
        <source>Leads, customers and revenue credited by the %1 model; ROI = (revenue − cost) / cost.</source>
        <translation>Leady, klienci i przychód przypisane modelem %1; ROI = (przychód − koszt) / koszt.</translation>
    </message>
    <message>
        <source>Leads credited by every model</source>
        <translation>Leady przypisane przez każdy model</translation>
    </message>
    <message>
        <source>Each column shares the same leads among channels by one model (docs/metrics.md explains each).</source>
        <translation>Każda kolumna dzieli te same leady między kanały według jednego modelu (docs/metrics.md opisuje każdy).</translation>
    </message>
    <message>
        <source>Best and worst campaigns by ROI</source>
        <translation>Najlepsze i najgorsze kampanie według ROI</translation>
    </message>
    <message>
        <source>Campaigns with cost in the period, by ROI (%1 model).</source>
        <translation>Kampanie z kosztem w okresie, według ROI (model %1).</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>Trend tygodniowy</translation>
    </message>
    <message>
        <source>Leads created, first deals won and revenue won per ISO week.</source>
        <translation>Utworzone leady, pierwsze wygrane transakcje i przychód z wygranych na tydzień ISO.</translation>
    </message>
    <message>
        <source>Win rate by owner</source>
        <translation>Współczynnik wygranych według opiekuna</translation>
    </message>
    <message>
        <source>Why deals were lost</source>
        <translation>Dlaczego transakcje przegrano</translation>
    </message>
    <message>
        <source>Lost deals created in the period, by the reason given.</source>
        <translation>Przegrane transakcje utworzone w okresie, według podanego powodu.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodologia</translation>
    </message>
    <message>
        <source>How the figures were made, and the data they rest on.</source>
        <translation>Jak powstały liczby i na jakich danych się opierają.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuta</numerusform>
            <numerusform>%Ln minuty</numerusform>
            <numerusform>%Ln minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (wersja %2)</translation>
    </message>
    <message>
        <source>which leads become customers</source>
        <translation>które leady zostają klientami</translation>
    </message>
    <message>
        <source>which leads with deals win one</source>
        <translation>które leady z transakcjami wygrywają jedną z nich</translation>
    </message>
    <message>
        <source>which leads have %1 = yes</source>
        <translation>które leady mają %1 = tak</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>b.d.</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>Scoring leadów</translation>
    </message>
    <message>
        <source>A model trained on %1 predicts %2 (all time, not only this period). On %3 leads it never saw: ROC AUC %4 (baseline %5; 0.5 is guessing, 1 perfect), Brier score %6. The rows rank those leads by score in tenths.</source>
        <translation>Model wytrenowany %1 przewiduje, %2 (cały okres, nie tylko ten). Na %3 leadach, których nie widział: ROC AUC %4 (model bazowy %5; 0,5 to zgadywanie, 1 to ideał), wynik Briera %6. Wiersze dzielą te leady według wyniku na dziesiątki.</translation>
    </message>
    <message>
        <source>What drives the lead score</source>
        <translation>Co wpływa na scoring leadów</translation>
    </message>
    <message>
        <source>The 15 features that weigh most in the model, with their share of its total weight.</source>
        <translation>15 cech o największej wadze w modelu, z ich udziałem w całkowitej wadze.</translation>
    </message>
    <message>
        <source>The 15 features that weigh most. Warning: %1 predicts the target almost alone and may be filled in after the outcome.</source>
        <translation>15 cech o największej wadze. Uwaga: %1 niemal sama przewiduje cel i może być wypełniana po wyniku.</translation>
    </message>
    <message>
        <source>Intervals of rates</source>
        <translation>Przedziały wskaźników</translation>
    </message>
    <message>
        <source>95 % Wilson score interval from the counts (Wilson 1927)</source>
        <translation>95-procentowy przedział Wilsona z liczebności (Wilson 1927)</translation>
    </message>
    <message>
        <source>Intervals of credits</source>
        <translation>Przedziały zasług</translation>
    </message>
    <message>
        <source>95 % percentile bootstrap: the journeys resampled %1 times with replacement (seed 1), the model fitted again on each</source>
        <translation>95-procentowy bootstrap percentylowy: ścieżki losowane ze zwracaniem %1 razy (ziarno 1), model dopasowany od nowa na każdej próbie</translation>
    </message>
    <message>
        <source>Two rates compared</source>
        <translation>Porównanie dwóch wskaźników</translation>
    </message>
    <message>
        <source>Newcombe&apos;s hybrid score interval of the difference and the pooled two-proportion z-test, both at 95 %</source>
        <translation>Hybrydowy przedział Newcombe&apos;a dla różnicy i test z dla dwóch proporcji (łączony), oba na poziomie 95 %</translation>
    </message>
    <message>
        <source>Leads credited by the %1 model with their 95 % bootstrap interval; the lead-to-customer rate with its 95 % Wilson interval (see the methodology).</source>
        <translation>Leady przypisane przez model %1 z 95-procentowym przedziałem bootstrapowym; wskaźnik od leada do klienta z 95-procentowym przedziałem Wilsona (zob. metodologia).</translation>
    </message>
    <message>
        <source>How certain the channels&apos; figures are</source>
        <translation>Jak pewne są liczby kanałów</translation>
    </message>
    <message>
        <source>Deals created in the period and closed; win rate = won / (won + lost), with its 95 % interval.</source>
        <translation>Szanse utworzone w okresie i zamknięte; wskaźnik wygranych = wygrane / (wygrane + przegrane), z przedziałem 95 %.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>--platform takes %1, not &apos;%2&apos;.</source>
        <translation>--platform przyjmuje %1, a nie &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--stage takes lead, opportunity or customer, not &apos;%1&apos;.</source>
        <translation>--stage przyjmuje lead, opportunity lub customer, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (write 2026-03-31).</source>
        <translation>--%1: &apos;%2&apos; nie jest datą (wpisz 2026-03-31).</translation>
    </message>
    <message>
        <source>--value takes revenue, amount or fixed:N (such as fixed:150), not &apos;%1&apos;.</source>
        <translation>--value przyjmuje revenue, amount lub fixed:N (np. fixed:150), a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not a date and time (write 2026-03-05T14:30:00Z).</source>
        <translation>--at: &apos;%1&apos; nie jest datą i godziną (wpisz 2026-03-05T14:30:00Z).</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Wyeksportowane</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Wycofane</translation>
    </message>
    <message>
        <source>export conversions needs --platform and --stage.</source>
        <translation>export conversions wymaga --platform i --stage.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli export outcomes FILE.csv, export conversions --platform P --stage S [options], or export history.</source>
        <translation>Użycie: leadloop-cli export outcomes PLIK.csv, export conversions --platform P --stage S [opcje] lub export history.</translation>
    </message>
    <message>
        <source>The ad platform: google-ads, google-ads-enhanced, microsoft-ads, meta or linkedin.</source>
        <translation>Platforma reklamowa: google-ads, google-ads-enhanced, microsoft-ads, meta lub linkedin.</translation>
    </message>
    <message>
        <source>Which conversions: lead, opportunity or customer.</source>
        <translation>Które konwersje: lead, opportunity lub customer.</translation>
    </message>
    <message>
        <source>The conversion&apos;s name in the platform (default: Lead, Opportunity, Customer; Purchase for Meta&apos;s customers).</source>
        <translation>Nazwa konwersji na platformie (domyślnie: Lead, Opportunity, Customer; Purchase dla klientów w Meta).</translation>
    </message>
    <message>
        <source>Conversions on or after this day (UTC).</source>
        <translation>Konwersje od tego dnia (UTC).</translation>
    </message>
    <message>
        <source>Conversions on or before this day (UTC).</source>
        <translation>Konwersje do tego dnia (UTC).</translation>
    </message>
    <message>
        <source>The value sent: revenue (default for opportunities and customers), amount or fixed:N (leads have none unless fixed).</source>
        <translation>Wysyłana wartość: revenue (domyślnie dla szans i klientów), amount lub fixed:N (leady nie mają wartości, chyba że stałą).</translation>
    </message>
    <message>
        <source>The time zone the file&apos;s times are written in (default: the system&apos;s).</source>
        <translation>Strefa czasowa czasów w pliku (domyślnie: systemowa).</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, two letters (a contact&apos;s own country column wins).</source>
        <translation>Kraj numerów telefonów zapisanych bez kodu kraju, dwie litery (własna kolumna kraju kontaktu ma pierwszeństwo).</translation>
    </message>
    <message>
        <source>Also send people whose ad_user_data consent is unknown (denied is never sent).</source>
        <translation>Wyślij także osoby, których zgoda ad_user_data jest nieznana (odmowa nigdy nie jest wysyłana).</translation>
    </message>
    <message>
        <source>Where to write retractions (default: beside --output, NAME-retractions.csv).</source>
        <translation>Gdzie zapisać wycofania (domyślnie: obok --output, NAZWA-retractions.csv).</translation>
    </message>
    <message>
        <source>Count the platforms&apos; windows back from this time (default: now).</source>
        <translation>Licz okna platform wstecz od tej chwili (domyślnie: teraz).</translation>
    </message>
    <message>
        <source>Who exports (default: your login name).</source>
        <translation>Kto eksportuje (domyślnie: Twoja nazwa logowania).</translation>
    </message>
    <message>
        <source>Show what would be sent and left out; write and remember nothing.</source>
        <translation>Pokaż, co zostałoby wysłane i pominięte; niczego nie zapisuj ani nie zapamiętuj.</translation>
    </message>
    <message>
        <source>Write tagged outcomes for a CRM, or offline conversions for an ad platform.</source>
        <translation>Zapisz otagowane wyniki dla CRM albo konwersje offline dla platformy reklamowej.</translation>
    </message>
    <message>
        <source>Meta accepts events up to 7 days old: send the file today.</source>
        <translation>Meta przyjmuje zdarzenia sprzed najwyżej 7 dni: wyślij plik dziś.</translation>
    </message>
</context>
<context>
    <name>FactorWording</name>
    <message>
        <source>%1: no value</source>
        <translation>%1: brak wartości</translation>
    </message>
    <message>
        <source>Visits to the site: %1</source>
        <translation>Wizyty na stronie: %1</translation>
    </message>
    <message>
        <source>Pages viewed: %1</source>
        <translation>Obejrzane strony: %1</translation>
    </message>
    <message>
        <source>Minutes on the site: %1</source>
        <translation>Minuty na stronie: %1</translation>
    </message>
    <message>
        <source>Pages per visit: %1</source>
        <translation>Strony na wizytę: %1</translation>
    </message>
    <message>
        <source>Channels it came through: %1</source>
        <translation>Kanały, którymi przyszedł: %1</translation>
    </message>
    <message>
        <source>Days from the first visit to becoming a lead: %1</source>
        <translation>Dni od pierwszej wizyty do zostania leadem: %1</translation>
    </message>
    <message>
        <source>Days since the last visit: %1</source>
        <translation>Dni od ostatniej wizyty: %1</translation>
    </message>
    <message>
        <source>Conversions on the site: %1</source>
        <translation>Konwersje na stronie: %1</translation>
    </message>
    <message>
        <source>First came from %1</source>
        <translation>Najpierw przyszedł z: %1</translation>
    </message>
    <message>
        <source>Did not first come from %1</source>
        <translation>Nie przyszedł najpierw z: %1</translation>
    </message>
    <message>
        <source>Became a lead through %1</source>
        <translation>Został leadem przez: %1</translation>
    </message>
    <message>
        <source>Did not become a lead through %1</source>
        <translation>Nie został leadem przez: %1</translation>
    </message>
    <message>
        <source>First visit from %1</source>
        <translation>Pierwsza wizyta z: %1</translation>
    </message>
    <message>
        <source>First visit not from %1</source>
        <translation>Pierwsza wizyta nie z: %1</translation>
    </message>
    <message>
        <source>Came through the campaign %1</source>
        <translation>Przyszedł z kampanii %1</translation>
    </message>
    <message>
        <source>Never came through the campaign %1</source>
        <translation>Nigdy nie przyszedł z kampanii %1</translation>
    </message>
    <message>
        <source>First landed on %1</source>
        <translation>Najpierw wylądował na %1</translation>
    </message>
    <message>
        <source>Did not first land on %1</source>
        <translation>Nie wylądował najpierw na %1</translation>
    </message>
    <message>
        <source>Lead source: %1</source>
        <translation>Źródło leada: %1</translation>
    </message>
    <message>
        <source>Lead source other than %1</source>
        <translation>Źródło leada inne niż %1</translation>
    </message>
    <message>
        <source>Views of %1: %2</source>
        <translation>Wyświetlenia %1: %2</translation>
    </message>
    <message>
        <source>Never viewed %1</source>
        <translation>Nigdy nie oglądał %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1, days after becoming a lead: %2</source>
        <translation>%1, dni po zostaniu leadem: %2</translation>
    </message>
    <message>
        <source>%1 other than %2</source>
        <translation>%1 inne niż %2</translation>
    </message>
</context>
<context>
    <name>FeatureSchema</name>
    <message>
        <source>The saved model names an unknown feature kind &quot;%1&quot;.</source>
        <translation>Zapisany model wymienia nieznany rodzaj cechy „%1”.</translation>
    </message>
</context>
<context>
    <name>FunnelCommand</name>
    <message>
        <source>--model takes first_touch, last_touch or last_non_direct, not &apos;%1&apos;.</source>
        <translation>--model przyjmuje first_touch, last_touch albo last_non_direct, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Visitors, leads, opportunities, customers and revenue per group, with step rates and days between stages.</source>
        <translation>Odwiedzający, leady, szanse, klienci i przychód według grupy, z konwersją etapów i dniami między etapami.</translation>
    </message>
    <message>
        <source>The touch that groups a person (default first_touch).</source>
        <translation>Punkt styku, który grupuje osobę (domyślnie first_touch).</translation>
    </message>
    <message>
        <source>each stage</source>
        <translation>każdy etap</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli funnel save NAME --steps FILE, funnel remove NAME, or funnel list.</source>
        <translation>Użycie: leadloop-cli funnel save NAZWA --steps PLIK, funnel remove NAZWA lub funnel list.</translation>
    </message>
    <message>
        <source>funnel save needs --steps FILE.</source>
        <translation>funnel save wymaga --steps PLIK.</translation>
    </message>
    <message>
        <source>--window-days takes a whole number of days (0 for no limit), not &apos;%1&apos;.</source>
        <translation>--window-days przyjmuje całkowitą liczbę dni (0 bez limitu), a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--order takes strict or any, not &apos;%1&apos;.</source>
        <translation>--order przyjmuje strict lub any, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give --steps or --saved, not both.</source>
        <translation>Podaj --steps albo --saved, nie oba.</translation>
    </message>
    <message>
        <source>A custom funnel&apos;s steps, a JSON file (docs/metrics.md, &quot;Custom funnels&quot;).</source>
        <translation>Kroki własnego lejka, plik JSON (docs/metrics.md, &quot;Custom funnels&quot;).</translation>
    </message>
    <message>
        <source>A custom funnel saved in the workspace.</source>
        <translation>Własny lejek zapisany w obszarze roboczym.</translation>
    </message>
    <message>
        <source>Custom funnels: every step within N days of the first (0: no limit; default: the funnel&apos;s).</source>
        <translation>Własne lejki: każdy krok w ciągu N dni od pierwszego (0: bez limitu; domyślnie: lejka).</translation>
    </message>
    <message>
        <source>Custom funnels: the steps in the given order (strict) or in any order.</source>
        <translation>Własne lejki: kroki w podanej kolejności (strict) lub w dowolnej.</translation>
    </message>
    <message>
        <source>Give --intervals (Wilson) or --bootstrap, not both: each bounds the same rates.</source>
        <translation>Podaj --intervals (Wilson) albo --bootstrap, nie oba: każde ogranicza te same wskaźniki.</translation>
    </message>
    <message>
        <source>Add each rate&apos;s 95 % bootstrap interval from N resamples of the people (columns RATE_low and RATE_high).</source>
        <translation>Dodaj 95-procentowy przedział bootstrapowy każdego wskaźnika z N losowań osób (kolumny RATE_low i RATE_high).</translation>
    </message>
</context>
<context>
    <name>FunnelDefinition</name>
    <message>
        <source>page titled %1</source>
        <translation>strona o tytule %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>strona %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>zdarzenie %1</translation>
    </message>
    <message>
        <source>form submitted</source>
        <translation>wysłany formularz</translation>
    </message>
    <message>
        <source>session with %1 %2</source>
        <translation>sesja z %1 %2</translation>
    </message>
    <message>
        <source>became a lead</source>
        <translation>został leadem</translation>
    </message>
    <message>
        <source>lifecycle stage %1</source>
        <translation>etap cyklu życia %1</translation>
    </message>
    <message>
        <source>deal created</source>
        <translation>utworzona transakcja</translation>
    </message>
    <message>
        <source>deal stage %1</source>
        <translation>etap transakcji %1</translation>
    </message>
    <message>
        <source>deal won</source>
        <translation>transakcja wygrana</translation>
    </message>
    <message>
        <source>deal lost</source>
        <translation>transakcja przegrana</translation>
    </message>
    <message>
        <source>%1 is not a funnel&apos;s steps (JSON: %2 at character %3).</source>
        <translation>%1 nie zawiera kroków lejka (JSON: %2 przy znaku %3).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>nie obiekt</translation>
    </message>
    <message>
        <source>&quot;order&quot; is strict or any, not &quot;%1&quot;.</source>
        <translation>&quot;order&quot; to strict lub any, a nie &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;window_days&quot; is a whole number of days, 0 for no limit.</source>
        <translation>&quot;window_days&quot; to całkowita liczba dni, 0 bez limitu.</translation>
    </message>
    <message>
        <source>&quot;count&quot; is people or sessions, not &quot;%1&quot;.</source>
        <translation>&quot;count&quot; to people lub sessions, a nie &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A funnel needs at least two &quot;steps&quot;.</source>
        <translation>Lejek potrzebuje co najmniej dwóch kroków (&quot;steps&quot;).</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>krok %1</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; is one of %2, not &quot;%3&quot;.</source>
        <translation>%1: &quot;type&quot; to jedno z %2, a nie &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: a %2 step needs &quot;%3&quot;.</source>
        <translation>%1: krok %2 wymaga &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: a page step needs &quot;url&quot; or &quot;title&quot;.</source>
        <translation>%1: krok page wymaga &quot;url&quot; lub &quot;title&quot;.</translation>
    </message>
    <message>
        <source>%1: a session step needs one of %2.</source>
        <translation>%1: krok session wymaga jednego z %2.</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>odwiedził</translation>
    </message>
    <message>
        <source>&quot;count&quot;: &quot;sessions&quot; takes web steps only (page, event, form, session, visit).</source>
        <translation>&quot;count&quot;: &quot;sessions&quot; przyjmuje tylko kroki webowe (page, event, form, session, visit).</translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>The funnel groups people by one touch: --model takes first_touch, last_touch or last_non_direct.</source>
        <translation>Lejek grupuje osoby według jednego punktu styku: --model przyjmuje first_touch, last_touch albo last_non_direct.</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Szanse sprzedaży</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Visitor to lead</source>
        <translation>Odwiedzający → lead</translation>
    </message>
    <message>
        <source>Lead to opportunity</source>
        <translation>Lead → szansa</translation>
    </message>
    <message>
        <source>Opportunity to customer</source>
        <translation>Szansa → klient</translation>
    </message>
    <message>
        <source>Visitor to customer</source>
        <translation>Odwiedzający → klient</translation>
    </message>
    <message>
        <source>Median days to lead</source>
        <translation>Mediana dni do leada</translation>
    </message>
    <message>
        <source>Median days to opportunity</source>
        <translation>Mediana dni do szansy</translation>
    </message>
    <message>
        <source>Median days to customer</source>
        <translation>Mediana dni do klienta</translation>
    </message>
</context>
<context>
    <name>Ga4EventSource</name>
    <message>
        <source>visitor ← user_pseudo_id, time ← event_timestamp (microseconds), session ← ga_session_id (GA4 preset)</source>
        <translation>odwiedzający ← user_pseudo_id, czas ← event_timestamp (mikrosekundy), sesja ← ga_session_id (preset GA4)</translation>
    </message>
    <message>
        <source>url, referrer, title ← event_params page_location, page_referrer, page_title</source>
        <translation>url, odsyłacz, tytuł ← event_params page_location, page_referrer, page_title</translation>
    </message>
    <message>
        <source>source, medium, campaign, term ← collected_traffic_source or event_params</source>
        <translation>źródło, medium, kampania, słowo kluczowe ← collected_traffic_source lub event_params</translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation>Id odwiedzającego jest puste.</translation>
    </message>
    <message>
        <source>The event has no event_timestamp.</source>
        <translation>Zdarzenie nie ma event_timestamp.</translation>
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
        <translation>Nie udało się przekazać leadów do XGBoost</translation>
    </message>
    <message>
        <source>There are no leads to learn from.</source>
        <translation>Nie ma leadów, na których model mógłby się uczyć.</translation>
    </message>
    <message>
        <source>The outcomes could not be handed to XGBoost</source>
        <translation>Nie udało się przekazać wyników do XGBoost</translation>
    </message>
    <message>
        <source>XGBoost could not start</source>
        <translation>Nie udało się uruchomić XGBoost</translation>
    </message>
    <message>
        <source>XGBoost refused the setting %1</source>
        <translation>XGBoost odrzucił ustawienie %1</translation>
    </message>
    <message>
        <source>XGBoost could not train</source>
        <translation>XGBoost nie mógł się uczyć</translation>
    </message>
    <message>
        <source>XGBoost could not score the leads</source>
        <translation>XGBoost nie mógł ocenić leadów</translation>
    </message>
    <message>
        <source>The model could not be saved</source>
        <translation>Nie udało się zapisać modelu</translation>
    </message>
    <message>
        <source>The saved model could not be read</source>
        <translation>Nie udało się odczytać zapisanego modelu</translation>
    </message>
    <message>
        <source>XGBoost could not judge its trees</source>
        <translation>XGBoost nie zdołał ocenić swoich drzew</translation>
    </message>
    <message>
        <source>XGBoost could not keep its best trees</source>
        <translation>XGBoost nie zdołał zachować najlepszych drzew</translation>
    </message>
</context>
<context>
    <name>HeaderCheck</name>
    <message>
        <source>The header names the column &apos;%1&apos; twice (columns %2 and %3), so which one to read is unclear. Rename one of them.</source>
        <translation>Nagłówek zawiera kolumnę &apos;%1&apos; dwa razy (kolumny %2 i %3), więc nie wiadomo, którą odczytać. Zmień nazwę jednej z nich.</translation>
    </message>
</context>
<context>
    <name>HeadlineReport</name>
    <message>
        <source>Figure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Ten okres</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Współczynnik wygranych</translation>
    </message>
</context>
<context>
    <name>HeadlinesCommand</name>
    <message>
        <source>The dashboard&apos;s figures for a period, with the change against the period before.</source>
        <translation>Liczby z pulpitu dla okresu ze zmianą względem poprzedniego okresu.</translation>
    </message>
    <message>
        <source>the period</source>
        <translation>okres</translation>
    </message>
</context>
<context>
    <name>IdentityCommands</name>
    <message>
        <source>Usage: leadloop-cli %1 VISITOR CONTACT [--by NAME] [--reason TEXT].</source>
        <translation>Użycie: leadloop-cli %1 ODWIEDZAJĄCY KONTAKT [--by KTO] [--reason TEKST].</translation>
    </message>
    <message>
        <source>Who decides (default: your login name).</source>
        <translation>Kto decyduje (domyślnie Twoja nazwa logowania).</translation>
    </message>
    <message>
        <source>Why; kept in the identity log.</source>
        <translation>Dlaczego; zapisywane w dzienniku tożsamości.</translation>
    </message>
    <message>
        <source>List the links between visitors and leads, or the cookies to review.</source>
        <translation>Wyświetl powiązania między odwiedzającymi i leadami albo pliki cookie do przeglądu.</translation>
    </message>
    <message>
        <source>List cookies seen with two e-mails instead.</source>
        <translation>Zamiast tego wyświetl pliki cookie widziane z dwoma e-mailami.</translation>
    </message>
    <message>
        <source>Link a visitor (cookie id) to a lead; its only link from then on.</source>
        <translation>Powiąż odwiedzającego (id cookie) z leadem; od teraz jego jedyne powiązanie.</translation>
    </message>
    <message>
        <source>Undo a link between a visitor and a lead.</source>
        <translation>Cofnij powiązanie między odwiedzającym a leadem.</translation>
    </message>
    <message>
        <source>Leave a visitor apart from a lead it was seen with.</source>
        <translation>Zostaw odwiedzającego osobno od leada, z którym go widziano.</translation>
    </message>
</context>
<context>
    <name>IdentityDecisionCommand</name>
    <message>
        <source>Link visitor %1 to %2</source>
        <translation>Powiąż odwiedzającego %1 z %2</translation>
    </message>
    <message>
        <source>Keep visitor %1 apart from %2</source>
        <translation>Zostaw odwiedzającego %1 osobno od %2</translation>
    </message>
</context>
<context>
    <name>IdentityReview</name>
    <message>
        <source>No visitor has the cookie id or number &apos;%1&apos;.</source>
        <translation>Żaden odwiedzający nie ma id cookie ani numeru &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a deal without a contact.</source>
        <translation>&apos;%1&apos; to transakcja bez kontaktu.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Cookie id</source>
        <translation>Id cookie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Jak</translation>
    </message>
    <message>
        <source>Linked (UTC)</source>
        <translation>Powiązano (UTC)</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Powiązany z</translation>
    </message>
    <message>
        <source>Its e-mail</source>
        <translation>Jego e-mail</translation>
    </message>
    <message>
        <source>Also seen as</source>
        <translation>Widziany także jako</translation>
    </message>
    <message>
        <source>That e-mail</source>
        <translation>Ten e-mail</translation>
    </message>
    <message>
        <source>Seen (UTC)</source>
        <translation>Widziany (UTC)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>linked to contact %1 instead</source>
        <translation>zamiast tego powiązany z kontaktem %1</translation>
    </message>
    <message>
        <source>Visitor %1 is not linked to %2.</source>
        <translation>Odwiedzający %1 nie jest powiązany z %2.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>cofnięte</translation>
    </message>
</context>
<context>
    <name>IdentityStitcher</name>
    <message>
        <source>a form carried %1</source>
        <translation>formularz zawierał %1</translation>
    </message>
    <message>
        <source>the cookie is linked to contact %1 and a form carried %2</source>
        <translation>plik cookie jest powiązany z kontaktem %1, a formularz zawierał %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--delimiter takes , ; | or tab, not &apos;%1&apos;.</source>
        <translation>--delimiter przyjmuje , ; | albo tab, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--session-timeout takes minutes from 1 to 1440.</source>
        <translation>--session-timeout przyjmuje minuty od 1 do 1440.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2 (%3 preset, %4, delimiter %5).</source>
        <translation>Zaimportowano %1 jako partię %2 (preset %3, %4, separator %5).</translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, duplicates %4; new visitors %5, new sessions %6, continued sessions %7.</source>
        <translation>Odczytane wiersze %1, zaimportowane %2, odrzucone %3, duplikaty %4; nowi odwiedzający %5, nowe sesje %6, kontynuowane sesje %7.</translation>
    </message>
    <message>
        <source>Import a file into the workspace as one batch.</source>
        <translation>Zaimportuj plik do obszaru roboczego jako jedną partię.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs, comma-separated.</source>
        <translation>Pary POLE=KOLUMNA rozdzielone przecinkami.</translation>
    </message>
    <message>
        <source>The delimiter: , ; | or tab (default: detect).</source>
        <translation>Separator: , ; | albo tab (domyślnie wykrywany).</translation>
    </message>
    <message>
        <source>The encoding, e.g. windows-1250 (default: detect).</source>
        <translation>Kodowanie, np. windows-1250 (domyślnie wykrywane).</translation>
    </message>
    <message>
        <source>The time format (default: ISO 8601 or epoch).</source>
        <translation>Format czasu (domyślnie ISO 8601 lub epoch).</translation>
    </message>
    <message>
        <source>The time zone of times without one (default UTC).</source>
        <translation>Strefa czasowa czasów bez strefy (domyślnie UTC).</translation>
    </message>
    <message>
        <source>Minutes of inactivity that end a session (default 30).</source>
        <translation>Minuty bezczynności kończące sesję (domyślnie 30).</translation>
    </message>
    <message>
        <source>The site&apos;s own hosts, comma-separated (default: learned).</source>
        <translation>Własne hosty witryny rozdzielone przecinkami (domyślnie wykrywane).</translation>
    </message>
    <message>
        <source>Event names that count as conversions.</source>
        <translation>Nazwy zdarzeń liczone jako konwersje.</translation>
    </message>
    <message>
        <source>Write the rejected rows and their reasons to this CSV file.</source>
        <translation>Zapisz odrzucone wiersze i powody do tego pliku CSV.</translation>
    </message>
    <message>
        <source>The worksheet of an .xlsx file (default: the first).</source>
        <translation>Arkusz pliku .xlsx (domyślnie pierwszy).</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2 (%3 preset).</source>
        <translation>Zaimportowano %1 jako partię %2 (preset %3).</translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, unchanged %4; contacts %5 new, %6 updated; deals %7 new, %8 updated; %9 stage changes, %10 outcome events.</source>
        <translation>Odczytane wiersze %1, zaimportowane %2, odrzucone %3, bez zmian %4; kontakty: %5 nowych, %6 zaktualizowanych; transakcje: %7 nowych, %8 zaktualizowanych; %9 zmian etapu, %10 zdarzeń wyniku.</translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN.</source>
        <translation>--map: &apos;%1&apos; nie jest parą POLE=KOLUMNA.</translation>
    </message>
    <message>
        <source>Rates: %1 rows read, %2 imported, %3 rejected.</source>
        <translation>Kursy: odczytane wiersze %1, zaimportowane %2, odrzucone %3.</translation>
    </message>
    <message>
        <source>Costs: %1 rows read, %2 imported, %3 rejected; %4 campaign-days (%5 replaced), %6 new campaigns, %7 rows with no matching sessions; total %8 %9.</source>
        <translation>Koszty: odczytane wiersze %1, zaimportowane %2, odrzucone %3; %4 dni kampanii (%5 zastąpionych), %6 nowych kampanii, %7 wierszy bez pasujących sesji; razem %8 %9.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli import tracking|crm|costs|rates FILE [options].</source>
        <translation>Użycie: leadloop-cli import tracking|crm|costs|rates PLIK [opcje].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be imported by this version; it imports: tracking, crm, costs, rates.</source>
        <translation>Ta wersja nie umie zaimportować &apos;%1&apos;; importuje: tracking, crm, costs, rates.</translation>
    </message>
    <message>
        <source>crm: the stages that mean won, comma-separated.</source>
        <translation>crm: etapy oznaczające wygraną, rozdzielone przecinkami.</translation>
    </message>
    <message>
        <source>crm: the stages that mean lost, comma-separated.</source>
        <translation>crm: etapy oznaczające przegraną, rozdzielone przecinkami.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>--preset: &apos;%1&apos; is not one of %2, nor a preset saved for %3 imports (saved: %4).</source>
        <translation>--preset: „%1” nie jest żadnym z %2 ani zapisanym ustawieniem importu %3 (zapisane: %4).</translation>
    </message>
    <message>
        <source>none built in</source>
        <translation>brak wbudowanych</translation>
    </message>
    <message>
        <source>tracking: auto (default), generic, ga4, ua or snowplow; crm: auto, generic, hubspot-contacts, hubspot-deals, salesforce-leads, salesforce-contacts, salesforce-opportunities, salesforce-opportunity-history or salesforce-campaign-members; or the name of a preset saved in the desktop&apos;s import wizard (--map pairs override its columns).</source>
        <translation>tracking: auto (domyślnie), generic, ga4, ua albo snowplow; crm: auto, generic, hubspot-contacts, hubspot-deals, salesforce-leads, salesforce-contacts, salesforce-opportunities, salesforce-opportunity-history albo salesforce-campaign-members; albo nazwa ustawienia zapisanego w kreatorze importu aplikacji (pary --map zastępują jego kolumny).</translation>
    </message>
</context>
<context>
    <name>ImportIssues</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlans</name>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>Import anulowano; obszar roboczy jest bez zmian.</translation>
    </message>
    <message>
        <source>Web tracking (visits, page views, events)</source>
        <translation>Śledzenie ruchu (wizyty, odsłony, zdarzenia)</translation>
    </message>
    <message>
        <source>CRM (contacts, leads, deals)</source>
        <translation>CRM (kontakty, leady, transakcje)</translation>
    </message>
    <message>
        <source>Campaign costs</source>
        <translation>Koszty kampanii</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Kursy walut</translation>
    </message>
    <message>
        <source>%1 page views and %2 events in %3 sessions of %4 new visitors.</source>
        <translation>Odsłony: %1, zdarzenia: %2, sesje: %3, nowi odwiedzający: %4.</translation>
    </message>
    <message>
        <source>%1 leads from forms, %2 visitors linked to leads.</source>
        <translation>Leady z formularzy: %1, odwiedzający powiązani z leadami: %2.</translation>
    </message>
    <message>
        <source>%1 contacts created, %2 updated; %3 deals created, %4 updated.</source>
        <translation>Kontakty utworzone: %1, zaktualizowane: %2; transakcje utworzone: %3, zaktualizowane: %4.</translation>
    </message>
    <message>
        <source>%1 campaign-days, %2 new campaigns; %3 rows name a campaign no session carries.</source>
        <translation>Dni kampanii: %1, nowe kampanie: %2; wiersze z kampanią, której nie ma żadna sesja: %3.</translation>
    </message>
</context>
<context>
    <name>ImportPresets</name>
    <message>
        <source>Cannot read the import presets in %1: %2</source>
        <translation>Nie można odczytać ustawień importu z %1: %2</translation>
    </message>
    <message>
        <source>The import presets in %1 are not valid JSON: %2 (at character %3).</source>
        <translation>Ustawienia importu w %1 nie są poprawnym JSON-em: %2 (znak %3).</translation>
    </message>
    <message>
        <source>Cannot save the import presets to %1: %2</source>
        <translation>Nie można zapisać ustawień importu w %1: %2</translation>
    </message>
    <message>
        <source>No %1 import preset is called &apos;%2&apos;.</source>
        <translation>Żadne ustawienie importu %1 nie nazywa się „%2”.</translation>
    </message>
    <message>
        <source>An import preset needs a name.</source>
        <translation>Ustawienie importu musi mieć nazwę.</translation>
    </message>
</context>
<context>
    <name>ImportReplay</name>
    <message>
        <source>A team member made an import of a kind this LeadLoop does not know (%1); update LeadLoop to apply it.</source>
        <translation>Członek zespołu wykonał import nieznanego tej wersji LeadLoop rodzaju (%1); zaktualizuj LeadLoop, aby go zastosować.</translation>
    </message>
</context>
<context>
    <name>ImportsCommand</name>
    <message>
        <source>Batch</source>
        <translation>Partia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Imported at (UTC)</source>
        <translation>Zaimportowano (UTC)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Odczytane</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowane</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikaty</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>--remove takes a batch number, not &apos;%1&apos;.</source>
        <translation>--remove przyjmuje numer partii, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Rows removed</source>
        <translation>Usunięte wiersze</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>List the import batches of the workspace, or remove one with everything it brought.</source>
        <translation>Wyświetl partie importu obszaru roboczego albo usuń jedną ze wszystkim, co wniosła.</translation>
    </message>
    <message>
        <source>Remove this batch and everything it brought (refused while other data depends on it).</source>
        <translation>Usuń tę partię i wszystko, co wniosła (odmowa, gdy zależą od niej inne dane).</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Workspace %1, schema version %2</source>
        <translation>Obszar roboczy %1, wersja schematu %2</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s schema version and the rows in every table.</source>
        <translation>Pokaż wersję schematu obszaru roboczego i liczbę wierszy w każdej tabeli.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Obszar roboczy %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Page %1 does not match its checksum.</source>
        <translation>Strona %1 nie zgadza się ze swoją sumą kontrolną.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Kontrolę anulowano.</translation>
    </message>
</context>
<context>
    <name>JourneyCommand</name>
    <message>
        <source>Usage: leadloop-cli journey LEAD.</source>
        <translation>Użycie: leadloop-cli journey LEAD.</translation>
    </message>
    <message>
        <source>How each model credits this %1&apos;s touches:</source>
        <translation>Jak każdy model przypisuje punkty styku tego %1:</translation>
    </message>
    <message>
        <source>Everything that happened to one lead, in time order, and how each model credits their touches.</source>
        <translation>Wszystko, co przydarzyło się jednemu leadowi, w kolejności czasu, i jak każdy model przypisuje jego punkty styku.</translation>
    </message>
</context>
<context>
    <name>JourneyReport</name>
    <message>
        <source>%1 names a deal without a lead.</source>
        <translation>%1 wskazuje transakcję bez leada.</translation>
    </message>
    <message>
        <source>visitor %1</source>
        <translation>odwiedzający %1</translation>
    </message>
    <message>
        <source>%1 visitor %2 (%3)%4</source>
        <translation>%1 odwiedzający %2 (%3)%4</translation>
    </message>
    <message>
        <source>became a lead: %1</source>
        <translation>został leadem: %1</translation>
    </message>
    <message>
        <source>deal %1 created: %2</source>
        <translation>utworzono transakcję %1: %2</translation>
    </message>
    <message>
        <source>deal %1 entered %2</source>
        <translation>transakcja %1 weszła w etap %2</translation>
    </message>
    <message>
        <source>deal %1: %2 → %3 by %4 (%5)%6</source>
        <translation>transakcja %1: %2 → %3, %4 (%5)%6</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Kiedy (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Źródło / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Strona docelowa</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Odsłony</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Czas trwania (s)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Touch (UTC)</source>
        <translation>Punkt styku (UTC)</translation>
    </message>
    <message>
        <source>Ad click ids</source>
        <translation>Identyfikatory kliknięć reklam</translation>
    </message>
</context>
<context>
    <name>JsonLinesSource</name>
    <message>
        <source>The line is not valid JSON (%1).</source>
        <translation>Wiersz nie jest poprawnym JSON (%1).</translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message>
        <source>lead since %1</source>
        <translation>lead od %1</translation>
    </message>
    <message>
        <source>first channel: %1</source>
        <translation>pierwszy kanał: %1</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(bez etapu)</translation>
    </message>
    <message>
        <source>No deal yet: marking the lead won or lost opens one.</source>
        <translation>Jeszcze bez transakcji: oznaczenie leada jako wygranego lub przegranego ją utworzy.</translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation>Historia wyników</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>przez %1</translation>
    </message>
    <message>
        <source>Not tagged yet.</source>
        <translation>Jeszcze nie oznaczono.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Ścieżka klienta</translation>
    </message>
    <message>
        <source>No tracked visits are linked to this lead.</source>
        <translation>Z tym leadem nie są powiązane żadne śledzone wizyty.</translation>
    </message>
    <message>
        <source>This part could not be read: %1</source>
        <translation>Tej części nie można odczytać: %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Właściwości</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Scoring leada</translation>
    </message>
    <message>
        <source>tier: %1</source>
        <translation>poziom: %1</translation>
    </message>
    <message>
        <source>Ad consent: user data %1, personalization %2</source>
        <translation>Zgoda reklamowa: dane użytkownika %1, personalizacja %2</translation>
    </message>
</context>
<context>
    <name>LeadHistory</name>
    <message>
        <source>A contact&apos;s packed properties are not a JSON object; File &gt; Recover… rebuilds them.</source>
        <translation>Spakowane właściwości kontaktu nie są obiektem JSON; Plik &gt; Odzyskaj… je odbuduje.</translation>
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
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Utworzono (UTC)</translation>
    </message>
    <message>
        <source>First channel</source>
        <translation>Pierwszy kanał</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Etap transakcji</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dni otwarta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
</context>
<context>
    <name>LeadOutcomes</name>
    <message>
        <source>The property %1 is not yes/no (one value is &quot;%2&quot;), so it cannot be a target.</source>
        <translation>Właściwość %1 nie jest typu tak/nie (jedna z wartości to „%2”), więc nie może być celem.</translation>
    </message>
    <message>
        <source>No contact has a value for the property %1.</source>
        <translation>Żaden kontakt nie ma wartości właściwości %1.</translation>
    </message>
    <message>
        <source>The workspace holds no leads to score yet.</source>
        <translation>Obszar roboczy nie zawiera jeszcze leadów do oceny.</translation>
    </message>
</context>
<context>
    <name>LeadResolver</name>
    <message>
        <source>Name a lead: an e-mail, a contact id or a deal id.</source>
        <translation>Wskaż leada: e-mail, id kontaktu albo id transakcji.</translation>
    </message>
    <message>
        <source>No lead has the e-mail %1.</source>
        <translation>Żaden lead nie ma adresu e-mail %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names both a contact and a deal; write contact:%1 or deal:%1.</source>
        <translation>&apos;%1&apos; wskazuje zarówno kontakt, jak i transakcję; napisz contact:%1 albo deal:%1.</translation>
    </message>
    <message>
        <source>No lead or deal is called &apos;%1&apos; (give an e-mail, a contact id or deal:ID).</source>
        <translation>Żaden lead ani transakcja nie nazywa się &apos;%1&apos; (podaj e-mail, id kontaktu albo deal:ID).</translation>
    </message>
</context>
<context>
    <name>LeadScores</name>
    <message>
        <source>very high</source>
        <translation>bardzo wysoki</translation>
    </message>
    <message>
        <source>high</source>
        <translation>wysoki</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>średni</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niski</translation>
    </message>
    <message>
        <source>The model %1 that scored this lead is missing from the workspace.</source>
        <translation>Model %1, który ocenił tego leada, zniknął z obszaru roboczego.</translation>
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
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Część</translation>
    </message>
</context>
<context>
    <name>LeadsCommand</name>
    <message>
        <source>--outcome takes open, won, lost or none, not &apos;%1&apos;.</source>
        <translation>--outcome przyjmuje open, won, lost albo none, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only leads with this text in the name, company or e-mail.</source>
        <translation>Tylko leady z tym tekstem w nazwie, firmie lub e-mailu.</translation>
    </message>
    <message>
        <source>Only leads of this owner (repeatable).</source>
        <translation>Tylko leady tego opiekuna (można powtarzać).</translation>
    </message>
    <message>
        <source>Only leads with this outcome; none: without a deal (repeatable).</source>
        <translation>Tylko leady z tym wynikiem; none: bez transakcji (można powtarzać).</translation>
    </message>
    <message>
        <source>Only leads whose first channel is this (repeatable).</source>
        <translation>Tylko leady z tym pierwszym kanałem (można powtarzać).</translation>
    </message>
    <message>
        <source>Only leads this user owns (my leads).</source>
        <translation>Tylko leady tego użytkownika (moje leady).</translation>
    </message>
    <message>
        <source>First day of lead creation (UTC).</source>
        <translation>Pierwszy dzień utworzenia leada (UTC).</translation>
    </message>
    <message>
        <source>Last day of lead creation (UTC).</source>
        <translation>Ostatni dzień utworzenia leada (UTC).</translation>
    </message>
    <message>
        <source>--tier takes very_high, high, medium, low or none, not &apos;%1&apos;.</source>
        <translation>--tier przyjmuje very_high, high, medium, low lub none, a nie „%1”.</translation>
    </message>
    <message>
        <source>The leads table of the desktop app: every contact once per deal, with owner, first channel, stage, outcome, amount, days open, score and tier.</source>
        <translation>Tabela leadów aplikacji: każdy kontakt raz na transakcję, z opiekunem, pierwszym kanałem, etapem, wynikiem, kwotą, dniami otwarcia, scoringiem i poziomem.</translation>
    </message>
    <message>
        <source>Only leads of this score tier: very_high, high, medium, low, or none for leads without a tier (repeatable).</source>
        <translation>Tylko leady z tego poziomu scoringu: very_high, high, medium, low lub none dla leadów bez poziomu (można powtarzać).</translation>
    </message>
    <message>
        <source>--property takes NAME=VALUE, not &apos;%1&apos;.</source>
        <translation>--property przyjmuje NAZWA=WARTOŚĆ, a nie „%1”.</translation>
    </message>
    <message>
        <source>Only leads whose contact has this property value, as NAME=VALUE (repeatable; all must hold).</source>
        <translation>Tylko leady, których kontakt ma tę wartość właściwości, jako NAZWA=WARTOŚĆ (można powtarzać; wszystkie muszą być spełnione).</translation>
    </message>
</context>
<context>
    <name>LogisticRegression</name>
    <message>
        <source>There are no leads to learn from.</source>
        <translation>Nie ma leadów, na których model mógłby się uczyć.</translation>
    </message>
    <message>
        <source>The baseline model could not be fitted to these leads.</source>
        <translation>Nie udało się dopasować modelu bazowego do tych leadów.</translation>
    </message>
</context>
<context>
    <name>LostReasons</name>
    <message>
        <source>A lost reason cannot be empty.</source>
        <translation>Powód przegranej nie może być pusty.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a lost reason.</source>
        <translation>&apos;%1&apos; jest już powodem przegranej.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lost reason.</source>
        <translation>&apos;%1&apos; nie jest powodem przegranej.</translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <source>Missing schema resource %1.</source>
        <translation>Brak zasobu schematu %1.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to version %1 (%2) failed: %3</source>
        <translation>Aktualizacja obszaru roboczego do wersji %1 (%2) nie powiodła się: %3</translation>
    </message>
</context>
<context>
    <name>OutcomeCommands</name>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Took effect (UTC)</source>
        <translation>Obowiązuje od (UTC)</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli tag LEAD won|lost|open [options].</source>
        <translation>Użycie: leadloop-cli tag LEAD won|lost|open [opcje].</translation>
    </message>
    <message>
        <source>--amount: &apos;%1&apos; is not an amount (write 1234.56 or 1 234,56).</source>
        <translation>--amount: &apos;%1&apos; nie jest kwotą (wpisz 1234.56 albo 1 234,56).</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not a date and time (write 2024-03-05T14:30:00Z).</source>
        <translation>--at: &apos;%1&apos; nie jest datą i godziną (wpisz 2024-03-05T14:30:00Z).</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli untag LEAD [--by NAME] [--note TEXT].</source>
        <translation>Użycie: leadloop-cli untag LEAD [--by KTO] [--note TEKST].</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli history LEAD.</source>
        <translation>Użycie: leadloop-cli history LEAD.</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>Who records it (default: your login name).</source>
        <translation>Kto to zapisuje (domyślnie Twoja nazwa logowania).</translation>
    </message>
    <message>
        <source>A note kept with the event.</source>
        <translation>Notatka zapisana ze zdarzeniem.</translation>
    </message>
    <message>
        <source>Tag a lead won, lost or open; every tag is kept in the lead&apos;s history.</source>
        <translation>Oznacz leada jako wygranego, przegranego lub otwartego; każde oznaczenie trafia do historii leada.</translation>
    </message>
    <message>
        <source>The amount won (default: the deal&apos;s).</source>
        <translation>Wygrana kwota (domyślnie kwota transakcji).</translation>
    </message>
    <message>
        <source>Its currency, e.g. EUR (default: the deal&apos;s).</source>
        <translation>Jej waluta, np. PLN (domyślnie waluta transakcji).</translation>
    </message>
    <message>
        <source>Why it was lost (see lost-reasons).</source>
        <translation>Dlaczego przegrano (zob. lost-reasons).</translation>
    </message>
    <message>
        <source>When it happened (default: now).</source>
        <translation>Kiedy to się stało (domyślnie teraz).</translation>
    </message>
    <message>
        <source>Undo the latest outcome change of a lead (kept in its history).</source>
        <translation>Cofnij ostatnią zmianę wyniku leada (pozostaje w historii).</translation>
    </message>
    <message>
        <source>Show every outcome change of a lead.</source>
        <translation>Pokaż każdą zmianę wyniku leada.</translation>
    </message>
    <message>
        <source>List, add or remove the reasons offered for lost deals.</source>
        <translation>Wyświetl, dodaj lub usuń powody proponowane dla przegranych transakcji.</translation>
    </message>
    <message>
        <source>Add a reason.</source>
        <translation>Dodaj powód.</translation>
    </message>
    <message>
        <source>Remove a reason.</source>
        <translation>Usuń powód.</translation>
    </message>
</context>
<context>
    <name>OutcomeReports</name>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Nazwa transakcji</translation>
    </message>
    <message>
        <source>Took effect (UTC)</source>
        <translation>Obowiązuje od (UTC)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Zapisano (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Pochodzenie</translation>
    </message>
    <message>
        <source>LeadLoop deal</source>
        <translation>Transakcja LeadLoop</translation>
    </message>
    <message>
        <source>CRM deal id</source>
        <translation>Id transakcji w CRM</translation>
    </message>
    <message>
        <source>CRM contact id</source>
        <translation>Id kontaktu w CRM</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Tagged by</source>
        <translation>Oznaczył(a)</translation>
    </message>
    <message>
        <source>Tagged at (UTC)</source>
        <translation>Oznaczono (UTC)</translation>
    </message>
</context>
<context>
    <name>OutcomeTagger</name>
    <message>
        <source>Deal %1 does not exist.</source>
        <translation>Transakcja %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation>Kontakt %1 nie istnieje.</translation>
    </message>
    <message>
        <source>An outcome is won, lost or open, not &apos;%1&apos;.</source>
        <translation>Wynik to won, lost albo open, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Kwota nie może być ujemna.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR or PLN, not &apos;%1&apos;.</source>
        <translation>Waluta to trzyliterowy kod, np. EUR albo PLN, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Lost needs a reason: one of %1, or your own words.</source>
        <translation>Przegrana wymaga powodu: jednego z %1 albo własnymi słowami.</translation>
    </message>
    <message>
        <source>%1 has no deal, so there is nothing to undo.</source>
        <translation>%1 nie ma transakcji, więc nie ma czego cofać.</translation>
    </message>
    <message>
        <source>Deal %1 has no outcome to undo.</source>
        <translation>Transakcja %1 nie ma wyniku do cofnięcia.</translation>
    </message>
    <message>
        <source>undoes event %1</source>
        <translation>cofa zdarzenie %1</translation>
    </message>
    <message>
        <source> (undoes event %1)</source>
        <translation> (cofa zdarzenie %1)</translation>
    </message>
    <message>
        <source>Won needs an amount, and deal %1 has none: give the amount won.</source>
        <translation>Wygrana wymaga kwoty, a transakcja %1 jej nie ma: podaj wygraną kwotę.</translation>
    </message>
    <message numerus="yes">
        <source>This lead has %Ln open deals; name one: %1.</source>
        <translation>
            <numerusform>Ten lead ma %Ln otwartą transakcję; wskaż ją: %1.</numerusform>
            <numerusform>Ten lead ma %Ln otwarte transakcje; wskaż jedną: %1.</numerusform>
            <numerusform>Ten lead ma %Ln otwartych transakcji; wskaż jedną: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
</context>
<context>
    <name>PathData</name>
    <message>
        <source>%1 is empty: a header row was expected.</source>
        <translation>%1 jest pusty: oczekiwano wiersza nagłówka.</translation>
    </message>
    <message>
        <source>%1 needs the columns path and total_conversions (and optionally total_conversion_value and total_null); it has: %2.</source>
        <translation>%1 wymaga kolumn path i total_conversions (opcjonalnie total_conversion_value i total_null); ma: %2.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: &apos;%4&apos; is not a count or amount of 0 or more.</source>
        <translation>%1, wiersz %2, kolumna %3: &apos;%4&apos; nie jest liczbą ani kwotą równą 0 lub większą.</translation>
    </message>
    <message>
        <source>%1, row %2, column path: the path is empty.</source>
        <translation>%1, wiersz %2, kolumna path: ścieżka jest pusta.</translation>
    </message>
</context>
<context>
    <name>PathsCommand</name>
    <message>
        <source>--top takes 1 or more.</source>
        <translation>--top przyjmuje 1 lub więcej.</translation>
    </message>
    <message>
        <source>The most frequent paths of touches to conversion.</source>
        <translation>Najczęstsze ścieżki punktów styku prowadzące do konwersji.</translation>
    </message>
    <message>
        <source>How many paths (default 10).</source>
        <translation>Ile ścieżek (domyślnie 10).</translation>
    </message>
    <message>
        <source>What counts as a conversion (default lead).</source>
        <translation>Co liczy się jako konwersja (domyślnie lead).</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>konwersje</translation>
    </message>
</context>
<context>
    <name>PathsReport</name>
    <message>
        <source>--top takes 1 or more.</source>
        <translation>--top przyjmuje 1 lub więcej.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Punkty styku</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konwersje</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Share of conversions</source>
        <translation>Udział w konwersjach</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Zwrot z inwestycji</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Współczynnik wygranych</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Okres: %1</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Szanse sprzedaży</translation>
    </message>
    <message>
        <source>From visitor to customer</source>
        <translation>Od odwiedzającego do klienta</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Revenue and cost (%1)</source>
        <translation>Przychód i koszt (%1)</translation>
    </message>
    <message>
        <source>Leads and customers per week</source>
        <translation>Leady i klienci na tydzień</translation>
    </message>
    <message>
        <source>Period: %1 · generated %2 by LeadLoop</source>
        <translation>Okres: %1 · wygenerowano %2 w LeadLoop</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>%1 against the period before</source>
        <translation>%1 w porównaniu z poprzednim okresem</translation>
    </message>
    <message>
        <source>Share found when calling the top tenths first</source>
        <translation>Odsetek znalezionych przy kontakcie najpierw z górnymi dziesiątkami</translation>
    </message>
    <message>
        <source>Found by score</source>
        <translation>Znalezieni według wyniku</translation>
    </message>
    <message>
        <source>Found at random</source>
        <translation>Znalezieni losowo</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lead to customer</source>
        <translation>Od leada do klienta</translation>
    </message>
    <message>
        <source>Lead to customer, with 95 % intervals</source>
        <translation>Od leada do klienta, z przedziałami 95 %</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Out of memory while connecting to %1.</source>
        <translation>Zabrakło pamięci podczas łączenia z %1.</translation>
    </message>
    <message>
        <source>The team server %1 refused the login: %2</source>
        <translation>Serwer zespołu %1 odrzucił logowanie: %2</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached: %2</source>
        <translation>Nie można połączyć się z serwerem zespołu %1: %2</translation>
    </message>
    <message>
        <source>The connection to the team server %1 was lost: %2</source>
        <translation>Utracono połączenie z serwerem zespołu %1: %2</translation>
    </message>
    <message>
        <source>The team server %1 refused: %2</source>
        <translation>Serwer zespołu %1 odmówił: %2</translation>
    </message>
    <message>
        <source>The team server %1 reported: %2</source>
        <translation>Serwer zespołu %1 zgłosił: %2</translation>
    </message>
</context>
<context>
    <name>PropertiesCommand</name>
    <message>
        <source>%1 has no contact, so no properties.</source>
        <translation>%1 nie ma kontaktu, więc nie ma właściwości.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Właściwość</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Różne wartości</translation>
    </message>
    <message>
        <source>List the contact properties CRM imports kept (the columns no field maps) with their types, or one lead&apos;s values.</source>
        <translation>Wypisz właściwości kontaktów zachowane z importów CRM (kolumny bez przypisanego pola) z ich typami albo wartości jednego leada.</translation>
    </message>
</context>
<context>
    <name>Proportions</name>
    <message>
        <source>%1 and %2 cannot be told apart: %3 vs %4, the difference could be anything from %5 to %6 points (%7).</source>
        <translation>Nie da się odróżnić %1 od %2: %3 wobec %4, różnica może wynosić od %5 do %6 punktów (%7).</translation>
    </message>
    <message>
        <source>%1 converts better than %2: %3 vs %4, difference %5 to %6 points (%7).</source>
        <translation>%1 konwertuje lepiej niż %2: %3 wobec %4, różnica od %5 do %6 punktów (%7).</translation>
    </message>
</context>
<context>
    <name>RateIntervals</name>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (dolna)</translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation>%1 (górna)</translation>
    </message>
</context>
<context>
    <name>RecoverCommand</name>
    <message>
        <source>recover needs --out FILE: the new workspace to write (the damaged one is never changed).</source>
        <translation>recover wymaga --out PLIK: nowego obszaru roboczego do zapisania (uszkodzony nigdy nie jest zmieniany).</translation>
    </message>
    <message>
        <source>Recovered %1 whole into %2.</source>
        <translation>Odzyskano %1 w całości do %2.</translation>
    </message>
    <message>
        <source>Recovered what could be read of %1 into %2; what was lost is listed below.</source>
        <translation>Odzyskano do %2 to, co dało się odczytać z %1; utracone dane wymieniono poniżej.</translation>
    </message>
    <message>
        <source>%1 of %2 pages could not be trusted.</source>
        <translation>%1 z %2 stron nie jest wiarygodnych.</translation>
    </message>
    <message>
        <source>Salvage what can be read from a damaged workspace into a new file, and say what was lost.</source>
        <translation>Uratuj to, co da się odczytać z uszkodzonego obszaru roboczego, do nowego pliku i podaj, co utracono.</translation>
    </message>
    <message>
        <source>The new workspace file to write.</source>
        <translation>Nowy plik obszaru roboczego do zapisania.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Rows recovered</source>
        <translation>Odzyskane wiersze</translation>
    </message>
    <message>
        <source>Of them from loose pages</source>
        <translation>W tym z luźnych stron</translation>
    </message>
    <message>
        <source>Rows lost (at most)</source>
        <translation>Utracone wiersze (najwyżej)</translation>
    </message>
    <message>
        <source>Ids lost</source>
        <translation>Utracone identyfikatory</translation>
    </message>
    <message>
        <source>more, unknown</source>
        <translation>więcej, nieznane</translation>
    </message>
    <message>
        <source>rows that fit no table</source>
        <translation>wiersze niepasujące do żadnej tabeli</translation>
    </message>
    <message>
        <source>(check)</source>
        <translation>(kontrola)</translation>
    </message>
    <message>
        <source>Recover into a new file: the damaged workspace is never overwritten.</source>
        <translation>Odzyskaj do nowego pliku: uszkodzony obszar roboczy nigdy nie jest nadpisywany.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the recovered workspace.</source>
        <translation>%1 już istnieje; wybierz nowy plik dla odzyskanego obszaru roboczego.</translation>
    </message>
    <message>
        <source>The recovered workspace did not check whole (%1); nothing was written.</source>
        <translation>Odzyskany obszar roboczy nie przeszedł kontroli (%1); nic nie zapisano.</translation>
    </message>
</context>
<context>
    <name>RefusedChanges</name>
    <message>
        <source>The team server refused it: your role in the team workspace is %1.</source>
        <translation>Serwer zespołu odmówił: Twoja rola w obszarze zespołu to %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>report needs --pdf OUT.pdf.</source>
        <translation>report wymaga --pdf WYNIK.pdf.</translation>
    </message>
    <message>
        <source>--model takes a model id, not &apos;%1&apos;.</source>
        <translation>--model przyjmuje id modelu, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Write the executive PDF report: headline figures, funnel, channels with ROI, attribution by every model, campaigns, trends, deals and methodology.</source>
        <translation>Zapisz raport PDF dla zarządu: najważniejsze liczby, lejek, kanały z ROI, atrybucja według każdego modelu, kampanie, trendy, transakcje i metodologia.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Plik PDF do zapisania.</translation>
    </message>
    <message>
        <source>The model crediting channels and campaigns (default linear).</source>
        <translation>Model przypisujący kanały i kampanie (domyślnie linear).</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>Tytuł raportu.</translation>
    </message>
    <message>
        <source>what each section counts</source>
        <translation>to, co liczy każda sekcja</translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source>A contact filter names one of %1, not &apos;%2&apos;.</source>
        <translation>Filtr kontaktu wskazuje jedno z: %1, a nie &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>ReportHighlights</name>
    <message numerus="yes">
        <source>Other (%n)</source>
        <translation>
            <numerusform>Inne (%n)</numerusform>
            <numerusform>Inne (%n)</numerusform>
            <numerusform>Inne (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>najlepsza %1</translation>
    </message>
    <message>
        <source>worst %1</source>
        <translation>najsłabsza %1</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>First day of %1 counted (UTC).</source>
        <translation>Pierwszy dzień liczenia: %1 (UTC).</translation>
    </message>
    <message>
        <source>Last day of %1 counted (UTC).</source>
        <translation>Ostatni dzień liczenia: %1 (UTC).</translation>
    </message>
    <message>
        <source>Touches at most this many days before a conversion; 0 means unlimited (default: the workspace&apos;s, 90).</source>
        <translation>Punkty styku najwyżej tyle dni przed konwersją; 0 oznacza bez limitu (domyślnie z obszaru roboczego, 90).</translation>
    </message>
    <message>
        <source>The time_decay half-life in days (default 7).</source>
        <translation>Okres półtrwania time_decay w dniach (domyślnie 7).</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (write 2024-03-05).</source>
        <translation>--%1: &apos;%2&apos; nie jest datą (wpisz 2024-03-05).</translation>
    </message>
    <message>
        <source>--lookback-days takes 0 (unlimited) or more days.</source>
        <translation>--lookback-days przyjmuje 0 (bez limitu) lub więcej dni.</translation>
    </message>
    <message>
        <source>--half-life-days takes a positive number of days.</source>
        <translation>--half-life-days przyjmuje dodatnią liczbę dni.</translation>
    </message>
    <message>
        <source>Only sessions of this channel (repeatable).</source>
        <translation>Tylko sesje tego kanału (można powtarzać).</translation>
    </message>
    <message>
        <source>Only sessions of this campaign (repeatable).</source>
        <translation>Tylko sesje tej kampanii (można powtarzać).</translation>
    </message>
    <message>
        <source>Only sessions of this source / medium, as &apos;google / cpc&apos; (repeatable).</source>
        <translation>Tylko sesje tego źródła / medium, np. &apos;google / cpc&apos; (można powtarzać).</translation>
    </message>
    <message>
        <source>Only deals and people of this owner (repeatable).</source>
        <translation>Tylko transakcje i osoby tego opiekuna (można powtarzać).</translation>
    </message>
    <message>
        <source>Only deals of this product and their people (repeatable).</source>
        <translation>Tylko transakcje tego produktu i ich osoby (można powtarzać).</translation>
    </message>
    <message>
        <source>Only people whose field has this value: FIELD=VALUE with FIELD one of %1 (repeatable).</source>
        <translation>Tylko osoby, których pole ma tę wartość: POLE=WARTOŚĆ, gdzie POLE to jedno z %1 (można powtarzać).</translation>
    </message>
    <message>
        <source>channel (default for --by), source-medium, source, medium, campaign, landing-page, owner, product or account.</source>
        <translation>channel (domyślnie dla --by), source-medium, source, medium, campaign, landing-page, owner, product albo account.</translation>
    </message>
    <message>
        <source>--contact takes FIELD=VALUE, as lifecycle_stage=customer, not &apos;%1&apos;.</source>
        <translation>--contact przyjmuje POLE=WARTOŚĆ, np. lifecycle_stage=customer, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--conversion takes lead, opportunity, customer, revenue, event or event:NAME, not &apos;%1&apos;.</source>
        <translation>--conversion przyjmuje lead, opportunity, customer, revenue, event albo event:NAZWA, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only sessions of this source (repeatable).</source>
        <translation>Tylko sesje tego źródła (można powtarzać).</translation>
    </message>
    <message>
        <source>Only sessions of this medium (repeatable).</source>
        <translation>Tylko sesje tego medium (można powtarzać).</translation>
    </message>
    <message>
        <source>Only sessions that landed on this page, as &apos;/pricing&apos; (repeatable).</source>
        <translation>Tylko sesje, które weszły na tę stronę, np. &apos;/cennik&apos; (można powtarzać).</translation>
    </message>
    <message>
        <source>Add the 95 % Wilson interval of every rate (columns RATE_low and RATE_high).</source>
        <translation>Dodaj 95-procentowy przedział Wilsona każdego wskaźnika (kolumny RATE_low i RATE_high).</translation>
    </message>
    <message>
        <source>Add each credit&apos;s 95 % bootstrap interval from N resamples of the journeys (columns KEY_low and KEY_high).</source>
        <translation>Dodaj 95-procentowy przedział bootstrap każdego przypisania z N prób ścieżek (kolumny KEY_low i KEY_high).</translation>
    </message>
    <message>
        <source>The bootstrap&apos;s seed: the same seed, the same bounds (default 1).</source>
        <translation>Ziarno bootstrapu: to samo ziarno, te same granice (domyślnie 1).</translation>
    </message>
    <message>
        <source>--bootstrap takes a number of resamples from 2 to 100000, not &apos;%1&apos;.</source>
        <translation>--bootstrap przyjmuje liczbę prób od 2 do 100000, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &apos;%1&apos;.</source>
        <translation>--seed przyjmuje liczbę całkowitą, a nie &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>SaveFunnelCommand</name>
    <message>
        <source>Save funnel %1</source>
        <translation>Zapisz lejek %1</translation>
    </message>
    <message>
        <source>Remove funnel %1</source>
        <translation>Usuń lejek %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Żaden obszar roboczy nie jest otwarty.</translation>
    </message>
</context>
<context>
    <name>SavedFunnels</name>
    <message>
        <source>A saved funnel needs a name.</source>
        <translation>Zapisany lejek wymaga nazwy.</translation>
    </message>
    <message>
        <source>There is no saved funnel named %1.</source>
        <translation>Nie ma zapisanego lejka o nazwie %1.</translation>
    </message>
    <message>
        <source>the saved funnel %1</source>
        <translation>zapisany lejek %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Zapisano (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Warning: %1 alone predicts the target almost perfectly (AUC ≥ 0.95). It may be filled in after the outcome; if so, train again with --exclude &quot;%2&quot;.</source>
        <translation>Uwaga: %1 sama niemal idealnie przewiduje cel (AUC ≥ 0,95). Może być wypełniana po wyniku; jeśli tak, trenuj ponownie z --exclude &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Warning: only %1 labelled leads reached the target (fewer than %2), so the scores are unsure and no tiers are given.</source>
        <translation>Uwaga: tylko %1 leadów z etykietą osiągnęło cel (mniej niż %2), więc wyniki są niepewne i nie nadano poziomów.</translation>
    </message>
    <message>
        <source>--holdout takes a share such as 0.25.</source>
        <translation>--holdout przyjmuje udział, np. 0.25.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed przyjmuje liczbę całkowitą.</translation>
    </message>
    <message>
        <source>--split-date takes a date such as 2026-03-01.</source>
        <translation>--split-date przyjmuje datę, np. 2026-03-01.</translation>
    </message>
    <message>
        <source>No model has been trained yet: run score train first.</source>
        <translation>Nie wytrenowano jeszcze modelu: najpierw uruchom score train.</translation>
    </message>
    <message>
        <source>Leads scored</source>
        <translation>Ocenione leady</translation>
    </message>
    <message>
        <source>--table takes features, lift, calibration or roc, not &apos;%1&apos;.</source>
        <translation>--table przyjmuje features, lift, calibration lub roc, a nie „%1”.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli score show LEAD.</source>
        <translation>Użycie: leadloop-cli score show LEAD.</translation>
    </message>
    <message>
        <source>%1 has no contact, so no score.</source>
        <translation>%1 nie ma kontaktu, więc nie ma wyniku.</translation>
    </message>
    <message>
        <source>--top takes a whole number of leads, 1 or more.</source>
        <translation>--top przyjmuje liczbę leadów, 1 lub więcej.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Strongest factor</source>
        <translation>Najsilniejszy czynnik</translation>
    </message>
    <message>
        <source>score needs an action: train, features, update, model, show or list.</source>
        <translation>score wymaga działania: train, features, update, model, show lub list.</translation>
    </message>
    <message>
        <source>Unknown score action &apos;%1&apos;: use train, features, update, model, show or list.</source>
        <translation>Nieznane działanie score „%1”: użyj train, features, update, model, show lub list.</translation>
    </message>
    <message>
        <source>The import is kept, but the lead scores could not be computed again: %1</source>
        <translation>Import został zachowany, ale nie udało się ponownie obliczyć scoringu leadów: %1</translation>
    </message>
    <message>
        <source>Lead scores computed again for %1 open leads.</source>
        <translation>Ponownie obliczono scoring dla %1 otwartych leadów.</translation>
    </message>
    <message>
        <source>Learn from closed-loop outcomes which open leads will close, and show why.</source>
        <translation>Ucz się z wyników zamkniętej pętli, które otwarte leady się zamkną, i pokaż dlaczego.</translation>
    </message>
    <message>
        <source>train: what to predict: customer (default), won, or property:NAME for a yes/no property.</source>
        <translation>train: co przewidywać: customer (domyślnie), won lub property:NAZWA dla właściwości tak/nie.</translation>
    </message>
    <message>
        <source>train: the share of labelled leads held out to judge the model (default 0.25).</source>
        <translation>train: udział leadów z etykietą odłożonych do oceny modelu (domyślnie 0.25).</translation>
    </message>
    <message>
        <source>train: the seed of the random hold-out (default 0).</source>
        <translation>train: ziarno losowego podziału (domyślnie 0).</translation>
    </message>
    <message>
        <source>train: hold out the leads created on or after this date instead of a random share.</source>
        <translation>train: odłóż leady utworzone w tym dniu lub później zamiast losowego udziału.</translation>
    </message>
    <message>
        <source>train: features to leave out, separated by commas; * and ? are wildcards (repeatable).</source>
        <translation>train: cechy do pominięcia, rozdzielone przecinkami; * i ? to symbole wieloznaczne (można powtarzać).</translation>
    </message>
    <message>
        <source>model: which table to show: features (default), lift, calibration or roc.</source>
        <translation>model: którą tabelę pokazać: features (domyślnie), lift, calibration lub roc.</translation>
    </message>
    <message>
        <source>list: only the N highest scores.</source>
        <translation>list: tylko N najwyższych wyników.</translation>
    </message>
</context>
<context>
    <name>ScoreExplanation</name>
    <message>
        <source>This lead has no score: it is not an open lead for the model&apos;s target, or no model was trained yet.</source>
        <translation>Ten lead nie ma wyniku: nie jest otwartym leadem dla celu modelu albo nie wytrenowano jeszcze modelu.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Czynnik</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Cecha</translation>
    </message>
</context>
<context>
    <name>ScoreFactors</name>
    <message>
        <source>A stored score&apos;s factors are damaged; training the model again in the Scoring view writes them anew.</source>
        <translation>Czynniki zapisanej oceny są uszkodzone; ponowne wytrenowanie modelu w widoku Scoring zapisze je od nowa.</translation>
    </message>
</context>
<context>
    <name>ScoreTables</name>
    <message>
        <source>Feature</source>
        <translation>Cecha</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>Baseline weight</source>
        <translation>Waga w modelu bazowym</translation>
    </message>
    <message>
        <source>AUC alone</source>
        <translation>AUC samodzielnie</translation>
    </message>
    <message>
        <source>Possible leak</source>
        <translation>Możliwy wyciek</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>Tenth of scores</source>
        <translation>Dziesiątka wyników</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Reached the target</source>
        <translation>Osiągnęli cel</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Share of all found so far</source>
        <translation>Odsetek wszystkich znalezionych dotąd</translation>
    </message>
    <message>
        <source>Cumulative lift</source>
        <translation>Lift skumulowany</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Przewidywane</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Zaobserwowane</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Odsetek fałszywych alarmów</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Odsetek trafień</translation>
    </message>
</context>
<context>
    <name>ScoreTrainer</name>
    <message>
        <source>The hold-out must be a share between 0 and 1, such as 0.25.</source>
        <translation>Odłożona część musi być udziałem między 0 a 1, np. 0.25.</translation>
    </message>
    <message>
        <source>The leads to learn from (%1) are all of one outcome for the target %2: there is nothing to learn. Tag more outcomes or choose another split.</source>
        <translation>Leady do nauki (%1) mają jeden wynik dla celu %2: nie ma czego się uczyć. Oznacz więcej wyników lub wybierz inny podział.</translation>
    </message>
    <message>
        <source>No lead is held out to judge the model: choose a larger hold-out or an earlier split date.</source>
        <translation>Żaden lead nie został odłożony do oceny modelu: wybierz większą część lub wcześniejszą datę podziału.</translation>
    </message>
    <message>
        <source>No feature is left to learn from.</source>
        <translation>Nie została żadna cecha do nauki.</translation>
    </message>
    <message>
        <source>No labelled lead is left to learn from: choose a smaller hold-out or a later split date.</source>
        <translation>Nie został żaden lead z etykietą do nauki: wybierz mniejszą część odłożoną lub późniejszą datę podziału.</translation>
    </message>
</context>
<context>
    <name>ScoringTarget</name>
    <message>
        <source>Unknown target &quot;%1&quot;: use customer, won or property:NAME.</source>
        <translation>Nieznany cel „%1”: użyj customer, won lub property:NAZWA.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a PostgreSQL server address; write it as postgresql://user@host:port/database.</source>
        <translation>%1 nie jest adresem serwera PostgreSQL; zapisz go jako postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The server address %1 names no database; add it after the last slash.</source>
        <translation>Adres serwera %1 nie wskazuje bazy danych; dopisz ją po ostatnim ukośniku.</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Źródło / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Strona docelowa</translation>
    </message>
    <message>
        <source>Channel rule</source>
        <translation>Reguła kanału</translation>
    </message>
    <message>
        <source>--by takes one of %1, not &apos;%2&apos;.</source>
        <translation>--by przyjmuje jeden z: %1, a nie &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Odsłony</translation>
    </message>
</context>
<context>
    <name>SessionsCommand</name>
    <message>
        <source>Count sessions, visitors and page views per group.</source>
        <translation>Policz sesje, odwiedzających i odsłony według grupy.</translation>
    </message>
    <message>
        <source>The grouping (default channel).</source>
        <translation>Grupowanie (domyślnie kanał).</translation>
    </message>
</context>
<context>
    <name>SetCampaignCostCommand</name>
    <message>
        <source>Set the cost of %1 on %2 to %3</source>
        <translation>Ustaw koszt %1 w dniu %2 na %3</translation>
    </message>
</context>
<context>
    <name>SetConsentCommand</name>
    <message>
        <source>Set the ad consent of %1</source>
        <translation>Ustaw zgodę reklamową: %1</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>--set takes KEY=VALUE, not &apos;%1&apos;.</source>
        <translation>--set przyjmuje KLUCZ=WARTOŚĆ, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s settings, or change them.</source>
        <translation>Pokaż ustawienia obszaru roboczego albo je zmień.</translation>
    </message>
    <message>
        <source>reporting_currency, session_timeout_minutes or attribution_lookback_days; repeatable.</source>
        <translation>reporting_currency, session_timeout_minutes albo attribution_lookback_days; można powtarzać.</translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message>
        <source>--keep takes a number of snapshots, 1 or more.</source>
        <translation>--keep przyjmuje liczbę migawek, 1 lub więcej.</translation>
    </message>
    <message>
        <source>--max-size takes megabytes, 1 or more.</source>
        <translation>--max-size przyjmuje megabajty, 1 lub więcej.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Migawka</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Wykonano (UTC)</translation>
    </message>
    <message>
        <source>Taken before</source>
        <translation>Wykonano przed</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Rozmiar (MB)</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schemat</translation>
    </message>
    <message>
        <source>Name the snapshot to restore (see leadloop-cli snapshots), or &apos;latest&apos;.</source>
        <translation>Podaj migawkę do przywrócenia (zob. leadloop-cli snapshots) lub &apos;latest&apos;.</translation>
    </message>
    <message>
        <source>There is no snapshot &apos;%1&apos; of %2 (in %3).</source>
        <translation>Nie ma migawki &apos;%1&apos; dla %2 (w %3).</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <source>List the workspace&apos;s snapshots; --keep, --max-size, --folder, --on and --off change how they are kept.</source>
        <translation>Wyświetl migawki obszaru roboczego; --keep, --max-size, --folder, --on i --off zmieniają sposób ich przechowywania.</translation>
    </message>
    <message>
        <source>Keep the newest N snapshots (default 5).</source>
        <translation>Zachowuj N najnowszych migawek (domyślnie 5).</translation>
    </message>
    <message>
        <source>Keep no more than this many megabytes of snapshots in all (default 2048).</source>
        <translation>Przechowuj łącznie nie więcej niż tyle megabajtów migawek (domyślnie 2048).</translation>
    </message>
    <message>
        <source>Keep snapshots in this folder (&apos;beside&apos;: next to each workspace).</source>
        <translation>Przechowuj migawki w tym folderze (&apos;beside&apos;: obok każdego obszaru roboczego).</translation>
    </message>
    <message>
        <source>Keep snapshots before changes (the default).</source>
        <translation>Przechowuj migawki przed zmianami (domyślnie).</translation>
    </message>
    <message>
        <source>Keep no snapshots.</source>
        <translation>Nie przechowuj migawek.</translation>
    </message>
    <message>
        <source>Put a snapshot back in place of the workspace (the state it replaces is kept as a snapshot too).</source>
        <translation>Przywróć migawkę w miejsce obszaru roboczego (zastępowany stan też zostaje zachowany jako migawka).</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>The snapshot was cancelled.</source>
        <translation>Migawkę anulowano.</translation>
    </message>
    <message>
        <source>Cannot create the snapshot folder %1; nothing was changed.</source>
        <translation>Nie można utworzyć folderu migawek %1; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>The snapshot of %1 did not check whole (%2); nothing was changed.</source>
        <translation>Migawka %1 nie przeszła kontroli (%2); nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1.</source>
        <translation>Nie można zapisać migawki %1.</translation>
    </message>
    <message>
        <source>The snapshot %1 is damaged itself; choose another.</source>
        <translation>Migawka %1 sama jest uszkodzona; wybierz inną.</translation>
    </message>
    <message>
        <source>The workspace %1 is open for writing elsewhere; close it there first.</source>
        <translation>Obszar roboczy %1 jest otwarty do zapisu gdzie indziej; najpierw go tam zamknij.</translation>
    </message>
    <message>
        <source>restoring the snapshot of %1</source>
        <translation>przywróceniem migawki z %1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before restoring; nothing was changed.</source>
        <translation>Nie można zachować kopii %1 przed przywróceniem; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Cannot copy the snapshot next to %1.</source>
        <translation>Nie można skopiować migawki obok %1.</translation>
    </message>
    <message>
        <source>Cannot put the snapshot in place of %1.</source>
        <translation>Nie można umieścić migawki w miejscu %1.</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>The workspace %1 is damaged: figures read from it may be wrong. Restore a snapshot (File &gt; Restore…, or leadloop-cli restore) or recover what can be read into a new file (File &gt; Recover…, or leadloop-cli recover).</source>
        <translation>Obszar roboczy %1 jest uszkodzony: odczytane z niego liczby mogą być błędne. Przywróć migawkę (Plik &gt; Przywróć… lub leadloop-cli restore) albo odzyskaj to, co da się odczytać, do nowego pliku (Plik &gt; Odzyskaj… lub leadloop-cli recover).</translation>
    </message>
    <message>
        <source>There is no space left on the disk that holds %1: free some space and try again.</source>
        <translation>Na dysku z %1 brakuje miejsca: zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The disk or file system reported an error while reading or writing %1 (%2).</source>
        <translation>Dysk lub system plików zgłosił błąd podczas odczytu lub zapisu %1 (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only.</source>
        <translation>Nie można zapisać %1: plik lub jego folder jest tylko do odczytu.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Try again in a moment.</source>
        <translation>%1 jest zajęty: inny program do niego zapisuje. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Operację anulowano.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Błąd bazy danych w %1: %2</translation>
    </message>
</context>
<context>
    <name>TableTrackingSource</name>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Wiersz ma %1 pól; nagłówek ma %2.</translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation>Id odwiedzającego jest puste.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time LeadLoop can read; give its format with --time-format.</source>
        <translation>&apos;%1&apos; nie jest czasem, który LeadLoop umie odczytać; podaj jego format przez --time-format.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a number; the row was imported without a value.</source>
        <translation>&apos;%1&apos; w %2 nie jest liczbą; wiersz zaimportowano bez wartości.</translation>
    </message>
    <message>
        <source>The value holds a NUL byte: the file may be damaged, or not text.</source>
        <translation>Wartość zawiera bajt NUL: plik może być uszkodzony lub nie być tekstem.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a consent state: write granted or denied (or yes or no), or leave it empty.</source>
        <translation>&apos;%1&apos; nie jest stanem zgody: wpisz granted lub denied (albo yes lub no) albo zostaw puste.</translation>
    </message>
</context>
<context>
    <name>TagLeadsCommand</name>
    <message>
        <source>won</source>
        <translation>wygrana</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>przegrana</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <source>Tag %1 as %2</source>
        <translation>Oznacz %1 jako %2</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n leads as %1</source>
        <translation>
            <numerusform>Oznacz %n leada jako %1</numerusform>
            <numerusform>Oznacz %n leady jako %1</numerusform>
            <numerusform>Oznacz %n leadów jako %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>Name the team server with --server postgresql://user@host/database.</source>
        <translation>Wskaż serwer zespołu przez --server postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>team publish needs --server URL.</source>
        <translation>team publish wymaga --server URL.</translation>
    </message>
    <message>
        <source>team join needs --server URL and --out FILE.</source>
        <translation>team join wymaga --server URL i --out FILE.</translation>
    </message>
    <message>
        <source>%1 is not part of a team workspace; publish it with &apos;team publish&apos; or make a replica with &apos;team join&apos;.</source>
        <translation>%1 nie należy do zespołowego obszaru roboczego; opublikuj go poleceniem &apos;team publish&apos; albo utwórz replikę poleceniem &apos;team join&apos;.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli team grant LOGIN owner|manager|rep|viewer [--crm-owner NAME].</source>
        <translation>Użycie: leadloop-cli team grant LOGIN owner|manager|rep|viewer [--crm-owner NAME].</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli team revoke LOGIN.</source>
        <translation>Użycie: leadloop-cli team revoke LOGIN.</translation>
    </message>
    <message>
        <source>Share the workspace with a team through a PostgreSQL server.</source>
        <translation>Udostępnij obszar roboczy zespołowi przez serwer PostgreSQL.</translation>
    </message>
    <message>
        <source>The team server: postgresql://user@host:port/database (passwords come from ~/.pgpass).</source>
        <translation>Serwer zespołu: postgresql://user@host:port/database (hasła pochodzą z ~/.pgpass).</translation>
    </message>
    <message>
        <source>join: the new replica&apos;s file.</source>
        <translation>join: plik nowej repliki.</translation>
    </message>
    <message>
        <source>grant: the owner name the member&apos;s deals carry in the CRM (default: the login).</source>
        <translation>grant: nazwa opiekuna, którą transakcje członka mają w CRM (domyślnie login).</translation>
    </message>
    <message>
        <source>Saved here. The team server cannot be reached; changes waiting for the next team sync: %1.</source>
        <translation>Zapisano lokalnie. Nie można połączyć się z serwerem zespołu; zmiany czekające na następną synchronizację: %1.</translation>
    </message>
    <message>
        <source>The team server refused these changes of yours (%1); they were taken back here (&apos;team log&apos; lists them):</source>
        <translation>Serwer zespołu odrzucił te Twoje zmiany (%1); zostały tu wycofane (&apos;team log&apos; je wymienia):</translation>
    </message>
    <message>
        <source>team needs an action: publish, join, sync, status, log, members, grant or revoke.</source>
        <translation>team wymaga akcji: publish, join, sync, status, log, members, grant lub revoke.</translation>
    </message>
    <message>
        <source>Unknown team action &apos;%1&apos;: use publish, join, sync, status, log, members, grant or revoke.</source>
        <translation>Nieznana akcja team &apos;%1&apos;: użyj publish, join, sync, status, log, members, grant lub revoke.</translation>
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
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>Odrzucono, bo</translation>
    </message>
    <message>
        <source>tag of %1 as %2</source>
        <translation>oznaczenie %1 jako %2</translation>
    </message>
    <message>
        <source>setting %1 = %2</source>
        <translation>ustawienie %1 = %2</translation>
    </message>
    <message>
        <source>import of %1 (%2)</source>
        <translation>import %1 (%2)</translation>
    </message>
    <message>
        <source>lost reasons: %1</source>
        <translation>powody utraty: %1</translation>
    </message>
    <message>
        <source>channel grouping %1</source>
        <translation>grupowanie kanałów %1</translation>
    </message>
    <message>
        <source>identity: %1 %2 and %3</source>
        <translation>tożsamość: %1 %2 i %3</translation>
    </message>
    <message>
        <source>removal of import %1</source>
        <translation>usunięcie importu %1</translation>
    </message>
    <message>
        <source>cost of %1 on %2: %3</source>
        <translation>koszt %1 dnia %2: %3</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <source>consent of %1: %2 %3</source>
        <translation>zgoda %1: %2 %3</translation>
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
        <translation>Rola</translation>
    </message>
    <message>
        <source>Owner name in the CRM</source>
        <translation>Nazwa opiekuna w CRM</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Dodano (UTC)</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Dodał(a)</translation>
    </message>
    <message>
        <source>Your login is not a member of the team at %1; ask a team owner to add you.</source>
        <translation>Twój login nie jest członkiem zespołu na %1; poproś właściciela zespołu o dodanie.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;: use owner, manager, rep or viewer.</source>
        <translation>Nieznana rola &apos;%1&apos;: użyj owner, manager, rep albo viewer.</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>Podaj login do dodania.</translation>
    </message>
</context>
<context>
    <name>TeamPublisher</name>
    <message>
        <source>%1 is already a replica of the team workspace at %2.</source>
        <translation>%1 jest już repliką zespołowego obszaru roboczego na %2.</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>publikacją</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for the replica.</source>
        <translation>%1 już istnieje; wybierz nowy plik dla repliki.</translation>
    </message>
    <message>
        <source>The team workspace at %1 has format %2; this LeadLoop reads format %3.</source>
        <translation>Zespołowy obszar roboczy na %1 ma format %2; ten LeadLoop czyta format %3.</translation>
    </message>
    <message>
        <source>The team workspace at %1 holds no published file yet.</source>
        <translation>Zespołowy obszar roboczy na %1 nie zawiera jeszcze opublikowanego pliku.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>The team workspace&apos;s file on %1 is incomplete (piece %2 of %3 is missing).</source>
        <translation>Plik zespołowego obszaru roboczego na %1 jest niekompletny (brakuje części %2 z %3).</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>%1 holds no LeadLoop team workspace.</source>
        <translation>%1 nie zawiera zespołowego obszaru roboczego LeadLoop.</translation>
    </message>
    <message>
        <source>%1 already holds a LeadLoop team workspace; join it instead, or publish to an empty database.</source>
        <translation>%1 zawiera już zespołowy obszar roboczy LeadLoop; dołącz do niego albo opublikuj w pustej bazie danych.</translation>
    </message>
    <message>
        <source>Missing schema resource %1.</source>
        <translation>Brak zasobu schematu %1.</translation>
    </message>
    <message>
        <source>The team workspace at %1 has format %2, which this LeadLoop cannot upgrade.</source>
        <translation>Zespołowy obszar roboczy pod %1 ma format %2, którego ta wersja LeadLoop nie potrafi zaktualizować.</translation>
    </message>
    <message>
        <source>The team server at %1 needs an upgrade that only the member who published it can make (%2).</source>
        <translation>Serwer zespołu pod %1 wymaga aktualizacji, którą może wykonać tylko członek, który go opublikował (%2).</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>This workspace is not part of a team workspace; publish it or join one first.</source>
        <translation>Ten obszar roboczy nie należy do zespołowego obszaru roboczego; najpierw go opublikuj albo dołącz do zespołu.</translation>
    </message>
    <message>
        <source>The team server refused your changes, and stored none of them: your role (%1) does not allow one of them. %2</source>
        <translation>Serwer zespołu odrzucił Twoje zmiany i nie zapisał żadnej z nich: Twoja rola (%1) nie pozwala na jedną z nich. %2</translation>
    </message>
</context>
<context>
    <name>TextFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>--encoding: &apos;%1&apos; is not an encoding LeadLoop knows.</source>
        <translation>--encoding: &apos;%1&apos; nie jest kodowaniem znanym LeadLoop.</translation>
    </message>
</context>
<context>
    <name>TimeParser</name>
    <message>
        <source>&apos;%1&apos; is %2, outside the times tracking data can have (from 1995 to today): check the column, and for numbers their unit.</source>
        <translation>&apos;%1&apos; to %2, poza zakresem czasu, jaki mogą mieć dane śledzenia (od 1995 r. do dziś): sprawdź kolumnę, a dla liczb ich jednostkę.</translation>
    </message>
</context>
<context>
    <name>TimeToConvert</name>
    <message>
        <source>&apos;%1&apos; is not a step: write first-visit, lead, opportunity, customer, lost, form, event:NAME, page:PATTERN, deal-stage:STAGE, lifecycle-stage:STAGE, channel:NAME, source:NAME, medium:NAME or campaign:NAME.</source>
        <translation>&apos;%1&apos; nie jest krokiem: wpisz first-visit, lead, opportunity, customer, lost, form, event:NAZWA, page:WZORZEC, deal-stage:ETAP, lifecycle-stage:ETAP, channel:NAZWA, source:NAZWA, medium:NAZWA lub campaign:NAZWA.</translation>
    </message>
    <message>
        <source>A cohort is a week or a month, not &apos;%1&apos;.</source>
        <translation>Kohorta to tydzień lub miesiąc, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Took the first step</source>
        <translation>Wykonali pierwszy krok</translation>
    </message>
    <message>
        <source>Then the second</source>
        <translation>Potem drugi</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Średnia dni</translation>
    </message>
    <message>
        <source>10th percentile days</source>
        <translation>10. percentyl dni</translation>
    </message>
    <message>
        <source>25th percentile days</source>
        <translation>25. percentyl dni</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediana dni</translation>
    </message>
    <message>
        <source>75th percentile days</source>
        <translation>75. percentyl dni</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>90. percentyl dni</translation>
    </message>
    <message>
        <source>Under 1 hour</source>
        <translation>Poniżej 1 godziny</translation>
    </message>
    <message>
        <source>1 to 24 hours</source>
        <translation>1 do 24 godzin</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <translation>1 do 7 dni</translation>
    </message>
    <message>
        <source>7 to 30 days</source>
        <translation>7 do 30 dni</translation>
    </message>
    <message>
        <source>30 to 90 days</source>
        <translation>30 do 90 dni</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Ponad 90 dni</translation>
    </message>
</context>
<context>
    <name>TimeToConvertCommand</name>
    <message>
        <source>time-to-convert needs --from STEP and --to STEP.</source>
        <translation>time-to-convert wymaga --from KROK i --to KROK.</translation>
    </message>
    <message>
        <source>Give --by or --cohort, not both.</source>
        <translation>Podaj --by albo --cohort, nie oba.</translation>
    </message>
    <message>
        <source>How long people take from one step to another: percentiles and a histogram, per group or per cohort.</source>
        <translation>Ile czasu ludzie potrzebują od jednego kroku do drugiego: percentyle i histogram, według grupy lub kohorty.</translation>
    </message>
    <message>
        <source>The first step: first-visit, lead, opportunity, customer, lost, form, event:NAME, page:PATTERN, deal-stage:STAGE, lifecycle-stage:STAGE, channel:NAME, source:NAME, medium:NAME or campaign:NAME.</source>
        <translation>Pierwszy krok: first-visit, lead, opportunity, customer, lost, form, event:NAZWA, page:WZORZEC, deal-stage:ETAP, lifecycle-stage:ETAP, channel:NAZWA, source:NAZWA, medium:NAZWA lub campaign:NAZWA.</translation>
    </message>
    <message>
        <source>The second step, written the same way.</source>
        <translation>Drugi krok, zapisany tak samo.</translation>
    </message>
    <message>
        <source>Group by the week or month the first step happened in.</source>
        <translation>Grupuj według tygodnia lub miesiąca pierwszego kroku.</translation>
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
        <translation>--timezone: &apos;%1&apos; nie jest znaną strefą czasową (użyj nazwy, np. Europe/Warsaw).</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Import %1 został anulowany; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>%1 does not look like a %2 export (JSON Lines with %3).</source>
        <translation>%1 nie wygląda na eksport %2 (JSON Lines z %3).</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>importem %1</translation>
    </message>
</context>
<context>
    <name>TrackingMappings</name>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN with a known field (%2).</source>
        <translation>--map: &apos;%1&apos; nie jest parą POLE=KOLUMNA ze znanym polem (%2).</translation>
    </message>
    <message>
        <source>%1 ← %2 (%3)</source>
        <translation>%1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>Snowplow preset</source>
        <translation>Preset Snowplow</translation>
    </message>
    <message>
        <source>guessed from the column name</source>
        <translation>odgadnięte z nazwy kolumny</translation>
    </message>
    <message>
        <source>--map names the column &apos;%1&apos;, which the file does not have. Its columns are: %2.</source>
        <translation>--map wskazuje kolumnę &apos;%1&apos;, której plik nie ma. Jego kolumny to: %2.</translation>
    </message>
    <message>
        <source>--map</source>
        <translation>--map</translation>
    </message>
    <message>
        <source>No column could be used as the %1 field. Name it with --map %1=COLUMN; the file&apos;s columns are: %2.</source>
        <translation>Żadna kolumna nie nadaje się na pole %1. Wskaż ją przez --map %1=KOLUMNA; kolumny pliku to: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tracking field (%2).</source>
        <translation>„%1” nie jest polem danych o ruchu (%2).</translation>
    </message>
</context>
<context>
    <name>TreeEnsemble</name>
    <message>
        <source>The saved model&apos;s trees could not be read.</source>
        <translation>Nie udało się odczytać drzew zapisanego modelu.</translation>
    </message>
</context>
<context>
    <name>TrendCommand</name>
    <message>
        <source>--period takes day, week, month or quarter, not &apos;%1&apos;.</source>
        <translation>--period przyjmuje day, week, month albo quarter, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A metric per day, ISO week, month or quarter.</source>
        <translation>Wskaźnik na dzień, tydzień ISO, miesiąc albo kwartał.</translation>
    </message>
    <message>
        <source>What to count (default sessions).</source>
        <translation>Co liczyć (domyślnie sesje).</translation>
    </message>
    <message>
        <source>The period (default week).</source>
        <translation>Okres (domyślnie tydzień).</translation>
    </message>
    <message>
        <source>the metric</source>
        <translation>wskaźnik</translation>
    </message>
</context>
<context>
    <name>TrendReport</name>
    <message>
        <source>--metric takes one of %1, not &apos;%2&apos;.</source>
        <translation>--metric przyjmuje jeden z: %1, a nie &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Cost belongs to campaigns: it splits by channel, campaign, source-medium, source or medium, and people filters do not divide it.</source>
        <translation>Koszt należy do kampanii: dzieli się według kanału, kampanii, źródła-medium, źródła lub medium, a filtry osób go nie dzielą.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
</context>
<context>
    <name>UaSessionSource</name>
    <message>
        <source>visitor ← fullVisitorId, session ← visitId, time ← visitStartTime + hits.time (Universal Analytics preset)</source>
        <translation>odwiedzający ← fullVisitorId, sesja ← visitId, czas ← visitStartTime + hits.time (preset Universal Analytics)</translation>
    </message>
    <message>
        <source>url, title ← hits.page hostname + pagePath, pageTitle; event ← hits.type, eventInfo</source>
        <translation>url, tytuł ← hits.page hostname + pagePath, pageTitle; zdarzenie ← hits.type, eventInfo</translation>
    </message>
    <message>
        <source>source, medium, campaign, term, content ← trafficSource</source>
        <translation>źródło, medium, kampania, słowo kluczowe, treść ← trafficSource</translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation>Id odwiedzającego jest puste.</translation>
    </message>
    <message>
        <source>The session has no visitStartTime.</source>
        <translation>Sesja nie ma visitStartTime.</translation>
    </message>
    <message>
        <source>The session has no hits.</source>
        <translation>Sesja nie ma trafień.</translation>
    </message>
    <message>
        <source>A hit&apos;s time, %1 ms after the session&apos;s start, cannot be right.</source>
        <translation>Czas trafienia, %1 ms po początku sesji, nie może być prawidłowy.</translation>
    </message>
</context>
<context>
    <name>UpgradeCommand</name>
    <message>
        <source>Workspace</source>
        <translation>Obszar roboczy</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Wersja schematu</translation>
    </message>
    <message>
        <source>Copy of the old file</source>
        <translation>Kopia starego pliku</translation>
    </message>
    <message>
        <source>%1 is already at schema version %2.</source>
        <translation>%1 ma już wersję schematu %2.</translation>
    </message>
    <message>
        <source>Upgraded %1 to schema version %2; the old file is kept as %3.</source>
        <translation>Zaktualizowano %1 do wersji schematu %2; stary plik zachowano jako %3.</translation>
    </message>
    <message>
        <source>Bring a workspace saved by an older LeadLoop to this version&apos;s schema, after saving a copy of it beside it.</source>
        <translation>Aktualizuje obszar roboczy zapisany przez starszy LeadLoop do schematu tej wersji, po zapisaniu jego kopii obok.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace %1 is already open for writing by %2 (process %3 on host %4). Close it there first.</source>
        <translation>Obszar roboczy %1 jest już otwarty do zapisu przez %2 (proces %3 na hoście %4). Najpierw zamknij go tam.</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1; check that the folder is writable.</source>
        <translation>Nie można utworzyć pliku blokady obok %1; sprawdź, czy folder jest zapisywalny.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 już istnieje; wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Obszar roboczy %1 nie istnieje.</translation>
    </message>
    <message>
        <source>%1 is not a LeadLoop workspace; it was left unchanged.</source>
        <translation>%1 nie jest obszarem roboczym LeadLoop; pozostawiono go bez zmian.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer LeadLoop (workspace version %2; this version reads up to %3). Update LeadLoop to open it; the file was left unchanged.</source>
        <translation>%1 zapisano w nowszym LeadLoop (wersja obszaru %2; ta wersja czyta do %3). Zaktualizuj LeadLoop, aby go otworzyć; plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened; it was left unchanged.</source>
        <translation>%1 jest uszkodzony i nie można go otworzyć; pozostawiono go bez zmian.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 before upgrading; nothing was changed.</source>
        <translation>Nie można zapisać kopii zapasowej %1 przed aktualizacją; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 was saved by an older LeadLoop and needs an upgrade from version %2 to %3: open it in LeadLoop, or run leadloop-cli upgrade (a copy of the old file is kept beside it).</source>
        <translation>%1 zapisał starszy LeadLoop i wymaga aktualizacji z wersji %2 do %3: otwórz go w LeadLoop albo uruchom leadloop-cli upgrade (kopia starego pliku zostanie zachowana obok).</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be written to it.</source>
        <translation>%1 jest otwarty tylko do odczytu: nie można w nim nic zapisać.</translation>
    </message>
    <message>
        <source>%1 was replaced by another file while LeadLoop had it open; nothing was written. Open it again to see the file that is there now.</source>
        <translation>%1 został zastąpiony innym plikiem, gdy LeadLoop miał go otwartego; nic nie zapisano. Otwórz go ponownie, aby zobaczyć plik, który tam teraz jest.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved while LeadLoop had it open; nothing was written. Open it again from where it is now.</source>
        <translation>%1 został usunięty lub przeniesiony, gdy LeadLoop miał go otwartego; nic nie zapisano. Otwórz go ponownie z nowego miejsca.</translation>
    </message>
    <message>
        <source>the upgrade from version %1 to %2</source>
        <translation>aktualizacją z wersji %1 do %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceChannels</name>
    <message>
        <source>the workspace&apos;s custom channel rules</source>
        <translation>własne reguły kanałów obszaru roboczego</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a shipped channel grouping (%2) nor a rule file.</source>
        <translation>&apos;%1&apos; nie jest ani dostarczonym grupowaniem kanałów (%2), ani plikiem reguł.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Nie można odczytać %1.</translation>
    </message>
</context>
<context>
    <name>WorkspacePreferencesCommand</name>
    <message>
        <source>Change workspace settings</source>
        <translation>Zmiana ustawień obszaru roboczego</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettings</name>
    <message>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>reporting_currency is a three-letter code such as EUR or PLN, not &apos;%1&apos;.</source>
        <translation>reporting_currency to trzyliterowy kod, np. EUR albo PLN, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>session_timeout_minutes takes minutes from 1 to 1440.</source>
        <translation>session_timeout_minutes przyjmuje minuty od 1 do 1440.</translation>
    </message>
    <message>
        <source>attribution_lookback_days takes 0 (unlimited) or more days.</source>
        <translation>attribution_lookback_days przyjmuje 0 (bez limitu) lub więcej dni.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a setting that can be set here (reporting_currency, session_timeout_minutes, attribution_lookback_days; the channel grouping changes with reclassify).</source>
        <translation>&apos;%1&apos; nie jest ustawieniem, które można tu zmienić (reporting_currency, session_timeout_minutes, attribution_lookback_days; grupowanie kanałów zmienia reclassify).</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 has no part %2; it is not a valid .xlsx file.</source>
        <translation>%1 nie ma części %2; to nie jest poprawny plik .xlsx.</translation>
    </message>
    <message>
        <source>%1: the part %2 would unpack to %3 MB from %4 KB; LeadLoop refuses it as a possible zip bomb.</source>
        <translation>%1: część %2 rozpakowałaby się do %3 MB z %4 KB; LeadLoop odrzuca ją jako możliwą bombę zip.</translation>
    </message>
    <message>
        <source>%1: cannot read the part %2.</source>
        <translation>%1: nie można odczytać części %2.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx file (it cannot be opened as a zip archive).</source>
        <translation>%1 nie jest plikiem .xlsx (nie da się go otworzyć jako archiwum zip).</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2).</source>
        <translation>%1: skoroszyt jest uszkodzony (%2).</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 nie ma arkusza.</translation>
    </message>
    <message>
        <source>%1 has no sheet called &apos;%2&apos;; its sheets are: %3.</source>
        <translation>%1 nie ma arkusza &apos;%2&apos;; jego arkusze to: %3.</translation>
    </message>
    <message>
        <source>%1 declares XML entities, which LeadLoop refuses.</source>
        <translation>%1 deklaruje encje XML, których LeadLoop nie przyjmuje.</translation>
    </message>
    <message>
        <source>%1: the shared strings are damaged (%2).</source>
        <translation>%1: współdzielone teksty są uszkodzone (%2).</translation>
    </message>
    <message>
        <source>%1: the sheet is damaged near row %2 (%3).</source>
        <translation>%1: arkusz jest uszkodzony w okolicy wiersza %2 (%3).</translation>
    </message>
</context>
<context>
    <name>leadloop::AdConversionExportDialog</name>
    <message>
        <source>Only conversions from</source>
        <translation>Tylko konwersje od</translation>
    </message>
    <message>
        <source>Also send people whose consent is unknown</source>
        <translation>Wyślij także osoby, których zgoda jest nieznana</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Export conversions for an ad platform</source>
        <translation>Eksport konwersji dla platformy reklamowej</translation>
    </message>
    <message>
        <source>What the deal is worth (won amount)</source>
        <translation>Ile warta jest transakcja (kwota wygranej)</translation>
    </message>
    <message>
        <source>The deal&apos;s amount</source>
        <translation>Kwota transakcji</translation>
    </message>
    <message>
        <source>A fixed value</source>
        <translation>Stała wartość</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Bez wartości</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platforma:</translation>
    </message>
    <message>
        <source>Conversions:</source>
        <translation>Konwersje:</translation>
    </message>
    <message>
        <source>Conversion name:</source>
        <translation>Nazwa konwersji:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Okres:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wartość:</translation>
    </message>
    <message>
        <source>Time zone of the file:</source>
        <translation>Strefa czasowa pliku:</translation>
    </message>
    <message>
        <source>Country of national phone numbers:</source>
        <translation>Kraj krajowych numerów telefonów:</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
    <message>
        <source>Conversions to send: %1.</source>
        <translation>Konwersje do wysłania: %1.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Pominięte: %1.</translation>
    </message>
    <message>
        <source>Sent before and to retract now (their deal is no longer won): %1.</source>
        <translation>Wysłane wcześniej i do wycofania teraz (transakcja nie jest już wygrana): %1.</translation>
    </message>
    <message>
        <source>Meta accepts events up to 7 days old: send the file today.</source>
        <translation>Meta przyjmuje zdarzenia sprzed najwyżej 7 dni: wyślij plik dziś.</translation>
    </message>
    <message>
        <source>This platform takes no retractions.</source>
        <translation>Ta platforma nie przyjmuje wycofań.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Zapisano do %1.</translation>
    </message>
    <message>
        <source>Written to %1; retractions to %2.</source>
        <translation>Zapisano do %1; wycofania do %2.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export conversions</source>
        <translation>Eksport konwersji</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Zapisuję plik…</translation>
    </message>
</context>
<context>
    <name>leadloop::AnalysisFilterBar</name>
    <message>
        <source>All time</source>
        <translation>Cały okres</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ostatnie 90 dni</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ten kwartał</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Własne daty</translation>
    </message>
    <message>
        <source>The attribution model that credits conversions (docs: Metrics).</source>
        <translation>Model atrybucji przypisujący konwersje (dokumentacja: Metryki).</translation>
    </message>
    <message>
        <source> days back</source>
        <translation> dni wstecz</translation>
    </message>
    <message>
        <source>any time back</source>
        <translation>bez limitu wstecz</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Wszystkie kampanie</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wszyscy opiekunowie</translation>
    </message>
</context>
<context>
    <name>leadloop::AnalysisView</name>
    <message>
        <source>&amp;Save chart…</source>
        <translation>&amp;Zapisz wykres…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Zapisz wykres</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Obraz PNG (*.png);;Obraz SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trwa praca…</translation>
    </message>
    <message>
        <source>Select two rows to compare their %1 rates.</source>
        <translation>Zaznacz dwa wiersze, aby porównać ich wskaźniki (%1).</translation>
    </message>
    <message>
        <source>%1: these two rows have no counts to compare.</source>
        <translation>%1: te dwa wiersze nie mają liczb do porównania.</translation>
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
        <translation>Leady</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Szanse sprzedaży</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Przypisz:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>do:</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atrybucja</translation>
    </message>
    <message>
        <source>all the credit to the first visit</source>
        <translation>całe przypisanie dla pierwszej wizyty</translation>
    </message>
    <message>
        <source>all the credit to the last visit before the conversion</source>
        <translation>całe przypisanie dla ostatniej wizyty przed konwersją</translation>
    </message>
    <message>
        <source>all to the last visit that was not Direct</source>
        <translation>całość dla ostatniej wizyty, która nie była Direct</translation>
    </message>
    <message>
        <source>equal shares to every visit</source>
        <translation>równe części dla każdej wizyty</translation>
    </message>
    <message>
        <source>more to recent visits, halving every 7 days back</source>
        <translation>więcej dla niedawnych wizyt, o połowę mniej co 7 dni wstecz</translation>
    </message>
    <message>
        <source>40 % first, 40 % last, 20 % shared by the middle</source>
        <translation>40 % pierwsza, 40 % ostatnia, 20 % dzielone przez środkowe</translation>
    </message>
    <message>
        <source>30 % each to the first visit, the lead and the opportunity, 10 % to the rest</source>
        <translation>po 30 % dla pierwszej wizyty, leada i szansy, 10 % dla reszty</translation>
    </message>
    <message>
        <source>22.5 % each to first visit, lead, opportunity and close, 10 % to the rest</source>
        <translation>po 22,5 % dla pierwszej wizyty, leada, szansy i zamknięcia, 10 % dla reszty</translation>
    </message>
    <message>
        <source>by how many conversions would be lost without the channel (removal effect)</source>
        <translation>według tego, ile konwersji zniknęłoby bez kanału (efekt usunięcia)</translation>
    </message>
    <message>
        <source>by each channel&apos;s fair share of what channels achieve together</source>
        <translation>według sprawiedliwego udziału każdego kanału we wspólnym wyniku kanałów</translation>
    </message>
    <message>
        <source>%1 credited by four models</source>
        <translation>%1 przypisane przez cztery modele</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konwersje</translation>
    </message>
    <message>
        <source>%1 won deals worth %2 %3 in all.</source>
        <translation>Wygrane transakcje: %1, łącznie %2 %3.</translation>
    </message>
    <message>
        <source>Removal effect</source>
        <translation>Efekt usunięcia</translation>
    </message>
    <message>
        <source>the share of all conversions the Markov chain loses without the channel</source>
        <translation>udział wszystkich konwersji, który łańcuch Markowa traci bez kanału</translation>
    </message>
    <message>
        <source>Shapley value</source>
        <translation>Wartość Shapleya</translation>
    </message>
    <message>
        <source>the conversion rate the channel adds, averaged over every order in which channels join</source>
        <translation>współczynnik konwersji dodawany przez kanał, uśredniony po każdej kolejności dołączania kanałów</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversions in all.</source>
        <translation>
            <numerusform>Łącznie %Ln konwersja.</numerusform>
            <numerusform>Łącznie %Ln konwersje.</numerusform>
            <numerusform>Łącznie %Ln konwersji.</numerusform>
        </translation>
    </message>
    <message>
        <source>95 % intervals (%1 resamples)</source>
        <translation>Przedziały 95 % (%1 losowań)</translation>
    </message>
    <message>
        <source>No intervals</source>
        <translation>Bez przedziałów</translation>
    </message>
    <message>
        <source>95 % interval: %1 to %2 (bootstrap)</source>
        <translation>Przedział 95 %: od %1 do %2 (bootstrap)</translation>
    </message>
    <message>
        <source>%1 credited by four models, with 95 % intervals</source>
        <translation>%1 według czterech modeli, z przedziałami 95 %</translation>
    </message>
    <message>
        <source>Point at a credit for its 95 % interval.</source>
        <translation>Wskaż zasługę, aby zobaczyć jej przedział 95 %.</translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignDaysModel</name>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Kliknięcia</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Wyświetlenia</translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignsModel</name>
    <message>
        <source>Cost but no sessions: no visit carries this campaign, source and medium. Check the UTM tags of its links.</source>
        <translation>Koszt, ale brak sesji: żadna wizyta nie ma tej kampanii, źródła i medium. Sprawdź tagi UTM jej linków.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>&amp;Import costs…</source>
        <translation>&amp;Importuj koszty…</translation>
    </message>
    <message>
        <source>Cost not changed</source>
        <translation>Koszt niezmieniony</translation>
    </message>
    <message>
        <source>%1 campaigns, %2 spent in total.</source>
        <translation>Kampanie: %1, łącznie wydano %2.</translation>
    </message>
    <message>
        <source>Select a campaign to see and edit its daily costs.</source>
        <translation>Wybierz kampanię, aby zobaczyć i edytować jej dzienne koszty.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daily costs of %1&lt;/b&gt; — double-click a cost to change it; Edit &gt; Undo takes it back.</source>
        <translation>&lt;b&gt;Dzienne koszty %1&lt;/b&gt; — kliknij dwukrotnie koszt, aby go zmienić; Edycja &gt; Cofnij przywraca poprzedni.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln with cost but no sessions (shown in red).</source>
        <translation>
            <numerusform>%Ln z kosztem, ale bez sesji (na czerwono).</numerusform>
            <numerusform>%Ln z kosztem, ale bez sesji (na czerwono).</numerusform>
            <numerusform>%Ln z kosztem, ale bez sesji (na czerwono).</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily costs could not be read: %1</source>
        <translation>Nie można odczytać dziennych kosztów: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::ChannelsView</name>
    <message>
        <source>revenue-and-cost.png</source>
        <translation>przychod-i-koszt.png</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Według:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <source>Revenue and cost (%1)</source>
        <translation>Przychód i koszt (%1)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Leads and customers (%1 model)</source>
        <translation>Leady i klienci (model %1)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konwersje</translation>
    </message>
    <message>
        <source>%1 leads, %2 customers, %3 %4 revenue, %5 %4 cost.</source>
        <translation>Leady: %1, klienci: %2, przychód: %3 %4, koszt: %5 %4.</translation>
    </message>
    <message>
        <source>Lead to customer</source>
        <translation>Od leada do klienta</translation>
    </message>
</context>
<context>
    <name>leadloop::CohortsView</name>
    <message>
        <source>Cohorts</source>
        <translation>Kohorty</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>Czas do konwersji</translation>
    </message>
    <message>
        <source>Cohort triangle</source>
        <translation>Trójkąt kohort</translation>
    </message>
    <message>
        <source>from the first visit</source>
        <translation>od pierwszej wizyty</translation>
    </message>
    <message>
        <source>from becoming a lead</source>
        <translation>od zostania leadem</translation>
    </message>
    <message>
        <source>from the first deal</source>
        <translation>od pierwszej szansy</translation>
    </message>
    <message>
        <source>to becoming a lead</source>
        <translation>do zostania leadem</translation>
    </message>
    <message>
        <source>to the first deal</source>
        <translation>do pierwszej szansy</translation>
    </message>
    <message>
        <source>to the first won deal</source>
        <translation>do pierwszej wygranej szansy</translation>
    </message>
    <message>
        <source>everyone together</source>
        <translation>wszyscy razem</translation>
    </message>
    <message>
        <source>by week of the first step</source>
        <translation>według tygodnia pierwszego kroku</translation>
    </message>
    <message>
        <source>by month of the first step</source>
        <translation>według miesiąca pierwszego kroku</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>według: %1</translation>
    </message>
    <message>
        <source>people by first visit</source>
        <translation>osoby według pierwszej wizyty</translation>
    </message>
    <message>
        <source>people by becoming a lead</source>
        <translation>osoby według zostania leadem</translation>
    </message>
    <message>
        <source>in months</source>
        <translation>w miesiącach</translation>
    </message>
    <message>
        <source>in weeks</source>
        <translation>w tygodniach</translation>
    </message>
    <message>
        <source>customers so far</source>
        <translation>klienci dotąd</translation>
    </message>
    <message>
        <source>leads so far</source>
        <translation>leady dotąd</translation>
    </message>
    <message>
        <source>revenue so far</source>
        <translation>przychód dotąd</translation>
    </message>
    <message>
        <source>cohorts.png</source>
        <translation>kohorty.png</translation>
    </message>
    <message>
        <source>Time %1 %2</source>
        <translation>Czas %1 %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>%1 of %2 people converted: half of them within %3 days, 90 % within %4 days.</source>
        <translation>%1 z %2 osób dokonało konwersji: połowa w ciągu %3 dni, 90 % w ciągu %4 dni.</translation>
    </message>
    <message>
        <source>%1 of %2 people converted.</source>
        <translation>%1 z %2 osób dokonało konwersji.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <source>Each cohort&apos;s %1 by %2 since it began</source>
        <translation>%1 każdej kohorty według liczby okresów (%2) od jej początku</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>tygodnie</translation>
    </message>
    <message>
        <source>months</source>
        <translation>miesiące</translation>
    </message>
    <message>
        <source>% of the cohort</source>
        <translation>% kohorty</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cohorts; each row ends where the data does.</source>
        <translation>
            <numerusform>%Ln kohorta; każdy wiersz kończy się tam, gdzie dane.</numerusform>
            <numerusform>%Ln kohorty; każdy wiersz kończy się tam, gdzie dane.</numerusform>
            <numerusform>%Ln kohort; każdy wiersz kończy się tam, gdzie dane.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::ConsentDialog</name>
    <message>
        <source>As the imports say</source>
        <translation>Tak, jak mówią importy</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Udzielona</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Odmówiona</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Teraz: %1</translation>
    </message>
    <message>
        <source>Ad consent of %1</source>
        <translation>Zgoda reklamowa: %1</translation>
    </message>
    <message>
        <source>Whether this person&apos;s data may be sent to ad platforms (Google, Microsoft, Meta, LinkedIn) and used for personalised ads. A choice made here wins over what imports say; nobody whose ad user data is denied is ever exported.</source>
        <translation>Czy dane tej osoby mogą być wysyłane do platform reklamowych (Google, Microsoft, Meta, LinkedIn) i używane do reklam spersonalizowanych. Wybór dokonany tutaj ma pierwszeństwo przed tym, co mówią importy; nikt, kto odmówił zgody na dane użytkownika w reklamach, nie jest nigdy eksportowany.</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>teraz: %1</translation>
    </message>
    <message>
        <source>Ad user data:</source>
        <translation>Dane użytkownika w reklamach:</translation>
    </message>
    <message>
        <source>Ad personalization:</source>
        <translation>Personalizacja reklam:</translation>
    </message>
</context>
<context>
    <name>leadloop::DamageBanner</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <source>Re&amp;cover…</source>
        <translation>&amp;Odzyskaj…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workspace is damaged: figures may be wrong.&lt;/b&gt; It is open read-only. Restore the last good snapshot, or recover what can be read into a new file.</source>
        <translation>&lt;b&gt;Ten obszar roboczy jest uszkodzony: liczby mogą być błędne.&lt;/b&gt; Jest otwarty tylko do odczytu. Przywróć ostatnią dobrą migawkę lub odzyskaj to, co da się odczytać, do nowego pliku.</translation>
    </message>
</context>
<context>
    <name>leadloop::DashboardView</name>
    <message>
        <source>Visitors</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Współczynnik wygranych</translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation>&amp;Wyniki</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Obszar roboczy</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek sprzedażowy</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Szanse sprzedaży</translation>
    </message>
    <message>
        <source>Revenue and cost by channel (%1)</source>
        <translation>Przychód i koszt według kanału (%1)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>Leads and customers per week</source>
        <translation>Leady i klienci na tydzień</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>No campaign had cost in this period.</source>
        <translation>Żadna kampania nie miała kosztów w tym okresie.</translation>
    </message>
    <message>
        <source>%1 won deals worth %2 %3 have no contact: they count in Deals and the win rate, but not in revenue, the funnel, channels or attribution, which follow people.</source>
        <translation>Wygrane transakcje bez kontaktu: %1 (łącznie %2 %3). Liczą się w Transakcjach i współczynniku wygranych, ale nie w przychodzie, lejku, kanałach ani atrybucji, które śledzą osoby.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best campaigns by ROI&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Najlepsze kampanie wg ROI&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Worst campaigns by ROI&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Najsłabsze kampanie wg ROI&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>ROI = (revenue − cost) / cost, revenue credited by the linear model.</source>
        <translation>ROI = (przychód − koszt) / koszt, przychód przypisany modelem liniowym.</translation>
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
        <translation>Według:</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Won value (%1)</source>
        <translation>Wartość wygranych (%1)</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Wartość wygranych</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Współczynnik wygranych</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 deals: %2 won, %3 lost; win rate %4 %.</source>
        <translation>Transakcje: %1; wygrane: %2, przegrane: %3; współczynnik wygranych: %4 %.</translation>
    </message>
    <message>
        <source>Win rate: won / (won + lost), with 95 % intervals</source>
        <translation>Wskaźnik wygranych: wygrane / (wygrane + przegrane), z przedziałami 95 %</translation>
    </message>
</context>
<context>
    <name>leadloop::FunnelStepEditor</name>
    <message>
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Dodaj krok</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>(the condition in words)</source>
        <translation>(warunek słowami)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Źródło / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Krok:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etykieta:</translation>
    </message>
    <message>
        <source>in this order</source>
        <translation>w tej kolejności</translation>
    </message>
    <message>
        <source>in any order</source>
        <translation>w dowolnej kolejności</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>people</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>sessions (web steps only)</source>
        <translation>sesje (tylko kroki w sieci)</translation>
    </message>
    <message>
        <source>Steps taken:</source>
        <translation>Kroki wykonane:</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>W ciągu:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Licz:</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Usuń krok</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Przesuń krok</translation>
    </message>
    <message>
        <source>Change step</source>
        <translation>Zmień krok</translation>
    </message>
    <message>
        <source>Change the order</source>
        <translation>Zmień kolejność</translation>
    </message>
    <message>
        <source>Change the window</source>
        <translation>Zmień okno</translation>
    </message>
    <message>
        <source>Change what is counted</source>
        <translation>Zmień, co jest liczone</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Warunek:</translation>
    </message>
    <message>
        <source>URL or path:</source>
        <translation>URL lub ścieżka:</translation>
    </message>
    <message>
        <source>/pricing* (* for any text)</source>
        <translation>/cennik* (* to dowolny tekst)</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Nazwa zdarzenia:</translation>
    </message>
    <message>
        <source>signup_click</source>
        <translation>signup_click</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wartość:</translation>
    </message>
    <message>
        <source>Paid Search</source>
        <translation>Paid Search</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etap:</translation>
    </message>
    <message>
        <source>marketingqualifiedlead</source>
        <translation>marketingqualifiedlead</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Visit to the site</source>
        <translation>Wizyta w serwisie</translation>
    </message>
    <message>
        <source>Visit from a channel or campaign</source>
        <translation>Wizyta z kanału lub kampanii</translation>
    </message>
    <message>
        <source>Page viewed</source>
        <translation>Wyświetlona strona</translation>
    </message>
    <message>
        <source>Event tracked</source>
        <translation>Zarejestrowane zdarzenie</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Wysłany formularz</translation>
    </message>
    <message>
        <source>Became a lead</source>
        <translation>Stał się leadem</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Etap cyklu życia</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Utworzona szansa</translation>
    </message>
    <message>
        <source>Deal stage reached</source>
        <translation>Osiągnięty etap szansy</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Szansa wygrana</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Szansa przegrana</translation>
    </message>
</context>
<context>
    <name>leadloop::FunnelStepsModel</name>
    <message>
        <source>A step on the web (tracking data); drag to reorder.</source>
        <translation>Krok w sieci (dane śledzenia); przeciągnij, aby zmienić kolejność.</translation>
    </message>
    <message>
        <source>A step in the CRM; drag to reorder.</source>
        <translation>Krok w CRM; przeciągnij, aby zmienić kolejność.</translation>
    </message>
</context>
<context>
    <name>leadloop::FunnelView</name>
    <message>
        <source>by first touch</source>
        <translation>według pierwszego punktu styku</translation>
    </message>
    <message>
        <source>by last touch before the lead</source>
        <translation>według ostatniego punktu styku przed leadem</translation>
    </message>
    <message>
        <source>by last non-direct touch</source>
        <translation>według ostatniego punktu styku innego niż bezpośredni</translation>
    </message>
    <message>
        <source>funnel.png</source>
        <translation>lejek.png</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupy:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek sprzedażowy</translation>
    </message>
    <message>
        <source>From visitor to customer</source>
        <translation>Od odwiedzającego do klienta</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Szanse sprzedaży</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Funnel:</source>
        <translation>Lejek:</translation>
    </message>
    <message>
        <source>Save funnel…</source>
        <translation>Zapisz lejek…</translation>
    </message>
    <message>
        <source>Delete funnel</source>
        <translation>Usuń lejek</translation>
    </message>
    <message>
        <source>Visitor to customer</source>
        <translation>Od odwiedzającego do klienta</translation>
    </message>
    <message>
        <source>New custom funnel</source>
        <translation>Nowy lejek własny</translation>
    </message>
    <message>
        <source>none: everyone together</source>
        <translation>brak: wszyscy razem</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt; (drag to reorder)</source>
        <translation>&lt;b&gt;Kroki&lt;/b&gt; (przeciągnij, aby zmienić kolejność)</translation>
    </message>
    <message>
        <source>Save funnel</source>
        <translation>Zapisz lejek</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Remove funnel</source>
        <translation>Usuń lejek</translation>
    </message>
    <message>
        <source>Remove the saved funnel %1? (Edit &gt; Undo brings it back.)</source>
        <translation>Usunąć zapisany lejek %1? (Edycja &gt; Cofnij go przywróci.)</translation>
    </message>
    <message>
        <source>The saved funnels could not be read: %1</source>
        <translation>Nie udało się odczytać zapisanych lejków: %1</translation>
    </message>
    <message>
        <source>This funnel</source>
        <translation>Ten lejek</translation>
    </message>
    <message>
        <source>The funnel cannot be counted yet</source>
        <translation>Lejka nie można jeszcze policzyć</translation>
    </message>
    <message>
        <source>Dropped off before step %1 (%2)</source>
        <translation>Odpadli przed krokiem %1 (%2)</translation>
    </message>
    <message>
        <source>Reached step %1 (%2)</source>
        <translation>Doszli do kroku %1 (%2)</translation>
    </message>
    <message>
        <source>Revenue from these customers: %1 %2. Rates with 95 % intervals.</source>
        <translation>Przychód od tych klientów: %1 %2. Wskaźniki z przedziałami 95 %.</translation>
    </message>
    <message>
        <source>Custom funnel</source>
        <translation>Lejek własny</translation>
    </message>
    <message>
        <source>Nobody took the first step in this period.</source>
        <translation>Nikt nie wykonał pierwszego kroku w tym okresie.</translation>
    </message>
    <message>
        <source>%1 people took the first step; %2 (%3 %) reached the last.</source>
        <translation>%1 osób wykonało pierwszy krok; %2 (%3 %) doszło do ostatniego.</translation>
    </message>
    <message>
        <source>%1 sessions took the first step; %2 (%3 %) reached the last.</source>
        <translation>%1 sesji wykonało pierwszy krok; %2 (%3 %) doszło do ostatniego.</translation>
    </message>
</context>
<context>
    <name>leadloop::IdentityReviewDialog</name>
    <message>
        <source>Review identities</source>
        <translation>Przegląd tożsamości</translation>
    </message>
    <message>
        <source>These browsers (cookies) were used with two e-mail addresses: a shared laptop, or a colleague filling in the form. LeadLoop did not merge the two people. Decide for each; Edit &gt; Undo takes a decision back.</source>
        <translation>Tych przeglądarek (plików cookie) użyto z dwoma adresami e-mail: wspólny laptop albo współpracownik wypełniający formularz. LeadLoop nie połączył tych dwóch osób. Zdecyduj dla każdej; Edycja &gt; Cofnij wycofuje decyzję.</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Powiązany z</translation>
    </message>
    <message>
        <source>Also seen as</source>
        <translation>Widziany także jako</translation>
    </message>
    <message>
        <source>Seen (UTC)</source>
        <translation>Widziany (UTC)</translation>
    </message>
    <message>
        <source>&amp;Link to the other e-mail</source>
        <translation>&amp;Powiąż z drugim e-mailem</translation>
    </message>
    <message>
        <source>The browser belongs to the person of the other e-mail from now on.</source>
        <translation>Od teraz przeglądarka należy do osoby z drugim e-mailem.</translation>
    </message>
    <message>
        <source>&amp;Keep apart</source>
        <translation>&amp;Zostaw osobno</translation>
    </message>
    <message>
        <source>The browser stays with the person it is linked to.</source>
        <translation>Przeglądarka zostaje przy osobie, z którą jest powiązana.</translation>
    </message>
    <message>
        <source>Nothing to review: every browser belongs to one person.</source>
        <translation>Nic do przejrzenia: każda przeglądarka należy do jednej osoby.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Niczego nie zmieniono: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportBatchesModel</name>
    <message>
        <source>Tracking</source>
        <translation>Śledzenie</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Koszty</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Kursy walut</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dane demonstracyjne</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zatwierdzony</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Niepełny</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Partia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowane</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Odczytane wiersze</translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation>Zaimportowane wiersze</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikaty</translation>
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
        <translation>odrzucony</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ostrzeżenie</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Original row</source>
        <translation>Oryginalny wiersz</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Which column feeds each field. LeadLoop&apos;s guess is filled in; fields marked * are required.</source>
        <translation>Która kolumna zasila każde pole. Wpisano propozycję LeadLoop; pola oznaczone * są wymagane.</translation>
    </message>
    <message>
        <source>Save as &amp;preset…</source>
        <translation>Zapisz jako &amp;preset…</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <source>Nothing to map: LeadLoop reads this export by its own layout.</source>
        <translation>Nic do mapowania: LeadLoop czyta ten eksport według jego własnego układu.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nie importowane)</translation>
    </message>
    <message>
        <source>LeadLoop&apos;s guess</source>
        <translation>Propozycja LeadLoop</translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation>Wybierz kolumnę dla %1.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Zapisz preset</translation>
    </message>
    <message>
        <source>Name for this mapping:</source>
        <translation>Nazwa tego mapowania:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Ustawienie</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>The first rows as LeadLoop reads them. If the letters or the columns look wrong, change the encoding or the delimiter.</source>
        <translation>Pierwsze wiersze tak, jak czyta je LeadLoop. Jeśli litery lub kolumny wyglądają źle, zmień kodowanie albo separator.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Wykryj</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Przecinek ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Średnik ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Kreska |</translation>
    </message>
    <message>
        <source>the first sheet</source>
        <translation>pierwszy arkusz</translation>
    </message>
    <message>
        <source>The zone of times written without one.</source>
        <translation>Strefa czasów zapisanych bez strefy.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Arkusz:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Strefa &amp;czasowa:</translation>
    </message>
    <message>
        <source>A JSON export: LeadLoop reads it by its own layout (GA4, Universal Analytics or Snowplow), so there are no columns to preview or map.</source>
        <translation>Eksport JSON: LeadLoop czyta go według własnego układu (GA4, Universal Analytics albo Snowplow), więc nie ma kolumn do podglądu ani mapowania.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by &quot;%2&quot;: %3 columns.</source>
        <translation>Odczytano jako %1, kolumny rozdzielone &quot;%2&quot;: %3 kolumn.</translation>
    </message>
    <message>
        <source>%1 as read (UTC)</source>
        <translation>%1 po odczycie (UTC)</translation>
    </message>
    <message>
        <source>not a time</source>
        <translation>to nie czas</translation>
    </message>
    <message numerus="yes">
        <source>A spreadsheet: %Ln columns.</source>
        <translation>
            <numerusform>Arkusz kalkulacyjny: %Ln kolumna.</numerusform>
            <numerusform>Arkusz kalkulacyjny: %Ln kolumny.</numerusform>
            <numerusform>Arkusz kalkulacyjny: %Ln kolumn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::ImportRunPage</name>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Rozpocznij import</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Anuluj import</translation>
    </message>
    <message>
        <source>&amp;Save issues as CSV…</source>
        <translation>&amp;Zapisz problemy jako CSV…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Filter the issues</source>
        <translation>Filtruj problemy</translation>
    </message>
    <message>
        <source>Save issues</source>
        <translation>Zapisz problemy</translation>
    </message>
    <message>
        <source>-issues.csv</source>
        <translation>-problemy.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into this workspace as %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; do tego obszaru roboczego jako %2.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Kolumny: %1.</translation>
    </message>
    <message>
        <source>The import is stored whole or not at all; Cancel leaves the workspace as it is.</source>
        <translation>Import zapisuje się w całości albo wcale; Anuluj pozostawia obszar roboczy bez zmian.</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 wierszy/s</translation>
    </message>
    <message>
        <source>Batch %1: %2 rows read, %3 imported, %4 rejected, %5 duplicates skipped.</source>
        <translation>Partia %1: odczytane wiersze: %2, zaimportowane: %3, odrzucone: %4, pominięte duplikaty: %5.</translation>
    </message>
    <message>
        <source>The lead scores could not be computed again: %1</source>
        <translation>Nie udało się ponownie obliczyć scoringu leadów: %1</translation>
    </message>
    <message>
        <source>Lead scores computed again for %1 open leads.</source>
        <translation>Ponownie obliczono scoring dla %1 otwartych leadów.</translation>
    </message>
    <message>
        <source>The first %1 of the %2 issues are listed below; Save issues as CSV writes every one.</source>
        <translation>Poniżej wymieniono pierwsze %1 z %2 problemów; Zapisz problemy jako CSV zapisuje wszystkie.</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportSourcePage</name>
    <message>
        <source>What to import</source>
        <translation>Co zaimportować</translation>
    </message>
    <message>
        <source>A CSV, TSV, TXT or XLSX file (GZ-compressed too), or a JSON or NDJSON export. Nothing is written until the last step.</source>
        <translation>Plik CSV, TSV, TXT lub XLSX (także skompresowany GZ) albo eksport JSON lub NDJSON. Nic nie zostanie zapisane przed ostatnim krokiem.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx *.json *.ndjson *.gz);;All files (*)</source>
        <translation>Pliki danych (*.csv *.tsv *.txt *.xlsx *.json *.ndjson *.gz);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Recognise it from its columns</source>
        <translation>Rozpoznaj po kolumnach</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Zawiera:</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Nie ma pliku %1.</translation>
    </message>
    <message>
        <source>LeadLoop recognises %1.</source>
        <translation>LeadLoop rozpoznaje %1.</translation>
    </message>
    <message>
        <source>Choose what the file holds: its columns do not say.</source>
        <translation>Wybierz, co zawiera plik: jego kolumny tego nie mówią.</translation>
    </message>
    <message>
        <source>LeadLoop does not recognise this file&apos;s columns; choose what it holds.</source>
        <translation>LeadLoop nie rozpoznaje kolumn tego pliku; wybierz, co zawiera.</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Importuj dane</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation>Importy</translation>
    </message>
    <message>
        <source>Every batch of data brought into this workspace. A batch is stored whole or not at all.</source>
        <translation>Każda partia danych wniesiona do tego obszaru roboczego. Partia zapisuje się w całości albo wcale.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Usuń import</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Remove the selected import and everything it brought.</source>
        <translation>Usuń wybrany import i wszystko, co wniósł.</translation>
    </message>
    <message>
        <source>Select the import to remove.</source>
        <translation>Wybierz import do usunięcia.</translation>
    </message>
    <message>
        <source>Remove import %1 and everything it brought (%2)? This cannot be undone.</source>
        <translation>Usunąć import %1 i wszystko, co wniósł (%2)? Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>brak wierszy</translation>
    </message>
    <message>
        <source>Import %1 was removed.</source>
        <translation>Import %1 został usunięty.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows of %1</source>
        <translation>
            <numerusform>%Ln wiersz z %1</numerusform>
            <numerusform>%Ln wiersze z %1</numerusform>
            <numerusform>%Ln wierszy z %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace was closed; nothing was removed.</source>
        <translation>Obszar roboczy został zamknięty; nic nie usunięto.</translation>
    </message>
    <message>
        <source>The imports could not be read: %1</source>
        <translation>Nie można odczytać importów: %1</translation>
    </message>
    <message>
        <source>Import %1 was removed, but the lead scores could not be computed again: %2</source>
        <translation>Import %1 został usunięty, ale nie udało się ponownie obliczyć scoringu leadów: %2</translation>
    </message>
</context>
<context>
    <name>leadloop::JourneysView</name>
    <message>
        <source>A contact&apos;s name, e-mail or company</source>
        <translation>Nazwa, e-mail lub firma kontaktu</translation>
    </message>
    <message>
        <source>&amp;Show journey</source>
        <translation>&amp;Pokaż ścieżkę</translation>
    </message>
    <message>
        <source>Pick a contact to see every visit, form, deal and tag on a time line. Scroll to zoom, double-click to see everything.</source>
        <translation>Wybierz kontakt, aby zobaczyć każdą wizytę, formularz, transakcję i oznaczenie na osi czasu. Przewiń, aby przybliżyć; kliknij dwukrotnie, aby zobaczyć wszystko.</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Zdarzenia</translation>
    </message>
    <message>
        <source>How the models credit this journey</source>
        <translation>Jak modele przypisują tę ścieżkę</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Ścieżki klientów</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konwersje</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Tożsamość</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events; scroll on the time line to zoom, double-click to see everything, point at a mark for its details.</source>
        <translation>
            <numerusform>%Ln zdarzenie; przewiń oś czasu, aby przybliżyć, kliknij dwukrotnie, aby zobaczyć wszystko, wskaż znacznik, aby zobaczyć szczegóły.</numerusform>
            <numerusform>%Ln zdarzenia; przewiń oś czasu, aby przybliżyć, kliknij dwukrotnie, aby zobaczyć wszystko, wskaż znacznik, aby zobaczyć szczegóły.</numerusform>
            <numerusform>%Ln zdarzeń; przewiń oś czasu, aby przybliżyć, kliknij dwukrotnie, aby zobaczyć wszystko, wskaż znacznik, aby zobaczyć szczegóły.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Scoring leada</translation>
    </message>
    <message>
        <source>Lead score: none</source>
        <translation>Scoring leada: brak</translation>
    </message>
    <message>
        <source>Lead score: %1</source>
        <translation>Scoring leada: %1</translation>
    </message>
    <message>
        <source>Lead score: %1 (%2)</source>
        <translation>Scoring leada: %1 (%2)</translation>
    </message>
    <message>
        <source>What pushes this lead&apos;s score up and down, in points.</source>
        <translation>Co podnosi i obniża wynik tego leada, w punktach.</translation>
    </message>
</context>
<context>
    <name>leadloop::LeadsModel</name>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>First channel</source>
        <translation>Pierwszy kanał</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Etap transakcji</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dni otwarta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
</context>
<context>
    <name>leadloop::LeadsPage</name>
    <message>
        <source>&amp;My leads</source>
        <translation>&amp;Moje leady</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>Mark selected as:</source>
        <translation>Oznacz wybrane jako:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search name, company or e-mail</source>
        <translation>Szukaj nazwy, firmy lub e-maila</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Dowolny wynik</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>Bez transakcji</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>dowolny dzień</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Utworzone od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Dowolny opiekun</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Dowolny kanał</translation>
    </message>
    <message>
        <source>Leads shown: %1 of %2</source>
        <translation>Pokazane leady: %1 z %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Niczego nie zmieniono: %1</translation>
    </message>
    <message>
        <source>Select a lead to see its deals, who tagged it and its journey.</source>
        <translation>Wybierz leada, aby zobaczyć jego transakcje, kto go oznaczył i jego ścieżkę.</translation>
    </message>
    <message>
        <source>Review identities (%1)</source>
        <translation>Przegląd tożsamości (%1)</translation>
    </message>
    <message>
        <source>Browsers seen with two e-mail addresses, waiting for a decision.</source>
        <translation>Przeglądarki widziane z dwoma adresami e-mail, czekające na decyzję.</translation>
    </message>
    <message>
        <source>Show all leads</source>
        <translation>Pokaż wszystkie leady</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people behind %1.</source>
        <translation>
            <numerusform>%Ln osoba stoi za: %1.</numerusform>
            <numerusform>%Ln osoby stoją za: %1.</numerusform>
            <numerusform>%Ln osób stoi za: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads could not be read: %1</source>
        <translation>Nie można odczytać leadów: %1</translation>
    </message>
    <message>
        <source>The tag was saved, but the list could not be refreshed: %1</source>
        <translation>Oznaczenie zapisano, ale nie można odświeżyć listy: %1</translation>
    </message>
    <message>
        <source>Any score tier</source>
        <translation>Dowolny poziom scoringu</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Poziom: %1</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Bez scoringu</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>dowolna wartość</translation>
    </message>
    <message>
        <source>Any property</source>
        <translation>Dowolna właściwość</translation>
    </message>
    <message>
        <source>Ad consent…</source>
        <translation>Zgoda reklamowa…</translation>
    </message>
    <message>
        <source>Whether this person&apos;s data may be sent to ad platforms, set by hand</source>
        <translation>Czy dane tej osoby mogą być wysyłane do platform reklamowych, ustawione ręcznie</translation>
    </message>
    <message>
        <source>The consent was not changed: %1</source>
        <translation>Zgoda nie została zmieniona: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nowy obszar roboczy…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Otwórz obszar &amp;demonstracyjny</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Zamknij obszar roboczy</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About LeadLoop</source>
        <translation>&amp;O programie LeadLoop</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Nie można otworzyć obszaru roboczego</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Otwórz obszar roboczy</translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop);;All files (*)</source>
        <translation>Obszary robocze LeadLoop (*.leadloop);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nowy obszar roboczy</translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop)</source>
        <translation>Obszary robocze LeadLoop (*.leadloop)</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Nie można utworzyć obszaru roboczego</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File &gt; Open, or choose another name.</source>
        <translation>%1 już istnieje. Otwórz go przez Plik &gt; Otwórz albo wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Writing the demo workspace…</source>
        <translation>Zapisywanie obszaru demonstracyjnego…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Obszar demonstracyjny</translation>
    </message>
    <message>
        <source>Cannot write the demo workspace</source>
        <translation>Nie można zapisać obszaru demonstracyjnego</translation>
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
        <translation>Nie otwarto obszaru roboczego</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Obszar roboczy: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>%1 visitors · %2 sessions · %3 leads · %4 deals</source>
        <translation>Odwiedzający: %1 · sesje: %2 · leady: %3 · transakcje: %4</translation>
    </message>
    <message>
        <source>About LeadLoop</source>
        <translation>O programie LeadLoop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadLoop %1&lt;/h3&gt;&lt;p&gt;Closed-loop marketing analytics: from the first visit to the signed deal.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeadLoop %1&lt;/h3&gt;&lt;p&gt;Analityka marketingu w obiegu zamkniętym: od pierwszej wizyty do podpisanej umowy.&lt;/p&gt;&lt;p&gt;Zbudowano z Qt %2 i SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencje…</translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s settings</source>
        <translation>Nie można odczytać ustawień obszaru roboczego</translation>
    </message>
    <message>
        <source>The settings were not changed</source>
        <translation>Ustawień nie zmieniono</translation>
    </message>
    <message>
        <source>Applying the settings (a new channel grouping classifies every session again)…</source>
        <translation>Stosowanie ustawień (nowe grupowanie kanałów ponownie klasyfikuje każdą sesję)…</translation>
    </message>
    <message>
        <source>Finding the people behind %1…</source>
        <translation>Szukanie osób stojących za: %1…</translation>
    </message>
    <message>
        <source>Drill down</source>
        <translation>Szczegóły liczby</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Przy&amp;wróć…</translation>
    </message>
    <message>
        <source>Reco&amp;ver…</source>
        <translation>Odzys&amp;kaj…</translation>
    </message>
    <message>
        <source>Checking the workspace for damage before it opens…</source>
        <translation>Sprawdzanie, czy obszar roboczy nie jest uszkodzony, przed otwarciem…</translation>
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation>Otwieranie obszaru roboczego</translation>
    </message>
    <message>
        <source>The snapshot was not restored</source>
        <translation>Migawki nie przywrócono</translation>
    </message>
    <message>
        <source>Restored the workspace as it was on %1.</source>
        <translation>Przywrócono obszar roboczy do stanu z %1.</translation>
    </message>
    <message>
        <source>Recover into a New Workspace</source>
        <translation>Odzyskaj do nowego obszaru roboczego</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-odzyskany</translation>
    </message>
    <message>
        <source>Cannot recover the workspace</source>
        <translation>Nie można odzyskać obszaru roboczego</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the recovered workspace.</source>
        <translation>%1 już istnieje; wybierz nowy plik dla odzyskanego obszaru roboczego.</translation>
    </message>
    <message>
        <source>%1 (damaged, read-only) — LeadLoop</source>
        <translation>%1 (uszkodzony, tylko do odczytu) — LeadLoop</translation>
    </message>
    <message>
        <source>The workspace could not be counted: %1</source>
        <translation>Nie można policzyć obszaru roboczego: %1</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Zespół</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Raport…</translation>
    </message>
    <message>
        <source>&amp;Ad Platform Conversions…</source>
        <translation>Konwersje dla platform &amp;reklamowych…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n anonymous visitors, who are not leads)</source>
        <translation>
            <numerusform>%1 (oraz %n anonimowy odwiedzający, który nie jest leadem)</numerusform>
            <numerusform>%1 (oraz %n anonimowi odwiedzający, którzy nie są leadami)</numerusform>
            <numerusform>%1 (oraz %n anonimowych odwiedzających, którzy nie są leadami)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::NavigationModel</name>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek sprzedażowy</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atrybucja</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Ścieżki klientów</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importy</translation>
    </message>
    <message>
        <source>Headline figures for the period: visitors, leads, customers, revenue, cost and return, against the previous period.</source>
        <translation>Najważniejsze liczby okresu: odwiedzający, leady, klienci, przychód, koszt i zwrot, względem poprzedniego okresu.</translation>
    </message>
    <message>
        <source>Visitors, leads, opportunities and customers, with the conversion rate of every step and the time between steps.</source>
        <translation>Odwiedzający, leady, szanse i klienci, z konwersją każdego kroku i czasem między krokami.</translation>
    </message>
    <message>
        <source>Sessions, leads, customers, revenue and cost per channel, source, campaign or landing page, with cost per lead, acquisition cost and ROI.</source>
        <translation>Sesje, leady, klienci, przychód i koszt według kanału, źródła, kampanii lub strony docelowej, z kosztem na lead, kosztem pozyskania i ROI.</translation>
    </message>
    <message>
        <source>How each attribution model shares the credit for leads, deals and revenue between channels, side by side.</source>
        <translation>Jak każdy model atrybucji dzieli zasługi za leady, transakcje i przychód między kanały, obok siebie.</translation>
    </message>
    <message>
        <source>One contact&apos;s history as a timeline: every visit, page, form, deal stage and outcome.</source>
        <translation>Historia jednego kontaktu na osi czasu: każda wizyta, strona, formularz, etap transakcji i wynik.</translation>
    </message>
    <message>
        <source>Contacts and their deals; tag leads won or lost with a key press.</source>
        <translation>Kontakty i ich transakcje; oznaczaj leady jako wygrane lub przegrane jednym klawiszem.</translation>
    </message>
    <message>
        <source>Campaigns with their channel, dates and daily costs.</source>
        <translation>Kampanie z kanałem, datami i dziennymi kosztami.</translation>
    </message>
    <message>
        <source>Every import batch with its counts and the rows it rejected.</source>
        <translation>Każda partia importu z licznikami i odrzuconymi wierszami.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Win rate, won value and days to close by owner, product, account, channel, stage or lost reason.</source>
        <translation>Współczynnik wygranych, wartość wygranych i dni do zamknięcia według opiekuna, produktu, konta, kanału, etapu lub powodu przegranej.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Which open leads will close, learnt from the outcomes sales tagged, and how sure the model is.</source>
        <translation>Które otwarte leady się zamkną, wyuczone z wyników oznaczonych przez sprzedaż, i jak pewny jest model.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorty</translation>
    </message>
    <message>
        <source>How long people take from one step to the next, and how each week&apos;s or month&apos;s new people go on to become leads, customers and revenue.</source>
        <translation>Ile czasu zajmuje ludziom przejście od kroku do kroku i jak nowe osoby z każdego tygodnia lub miesiąca stają się leadami, klientami i przychodem.</translation>
    </message>
</context>
<context>
    <name>leadloop::OverviewPage</name>
    <message>
        <source>Visitors</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Odsłony</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>What the workspace holds</source>
        <translation>Co zawiera obszar roboczy</translation>
    </message>
    <message>
        <source>Workspace “%1”</source>
        <translation>Obszar roboczy „%1”</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Nie otwarto obszaru roboczego</translation>
    </message>
</context>
<context>
    <name>leadloop::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>&amp;Ty</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Obszar roboczy</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Kanały</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Twoje &amp;imię:</translation>
    </message>
    <message>
        <source>Tags you make are recorded with this name, and &quot;My leads&quot; shows the leads it owns.</source>
        <translation>Twoje oznaczenia są zapisywane pod tym imieniem, a &quot;Moje leady&quot; pokazuje leady, których jesteś opiekunem.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>A new language shows the next time LeadLoop starts.</source>
        <translation>Nowy język pojawi się przy następnym uruchomieniu LeadLoop.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemowy</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Motyw:</translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation>&amp;Waluta raportowania:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minut</translation>
    </message>
    <message>
        <source>&amp;Session timeout:</source>
        <translation>Limit czasu &amp;sesji:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>Attribution &amp;lookback:</source>
        <translation>Okno &amp;atrybucji wstecz:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>A reason deals are lost:</source>
        <translation>Powód przegrania transakcji:</translation>
    </message>
    <message>
        <source>Lost reasons:</source>
        <translation>Powody przegranej:</translation>
    </message>
    <message>
        <source>GA4 default channel group</source>
        <translation>Domyślna grupa kanałów GA4</translation>
    </message>
    <message>
        <source>HubSpot-style sources</source>
        <translation>Źródła w stylu HubSpot</translation>
    </message>
    <message>
        <source>Custom rules (this workspace&apos;s)</source>
        <translation>Własne reguły (tego obszaru roboczego)</translation>
    </message>
    <message>
        <source>Custom rules from a &amp;file…</source>
        <translation>Własne reguły z &amp;pliku…</translation>
    </message>
    <message>
        <source>Channel &amp;grouping:</source>
        <translation>&amp;Grupowanie kanałów:</translation>
    </message>
    <message>
        <source>Changing the grouping classifies every stored session again; Edit &gt; Undo puts the previous grouping back.</source>
        <translation>Zmiana grupowania ponownie klasyfikuje każdą zapisaną sesję; Edycja &gt; Cofnij przywraca poprzednie grupowanie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try the grouping&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wypróbuj grupowanie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ka&amp;mpania:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanał:</translation>
    </message>
    <message>
        <source>Channel rules</source>
        <translation>Reguły kanałów</translation>
    </message>
    <message>
        <source>Channel rules (*.json)</source>
        <translation>Reguły kanałów (*.json)</translation>
    </message>
    <message>
        <source>the custom rules</source>
        <translation>własne reguły</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (rule %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (reguła %2)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Add a &amp;rule</source>
        <translation>Dodaj &amp;regułę</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Usuń regułę</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your rules&lt;/b&gt;, checked before the grouping&apos;s, first match wins:</source>
        <translation>&lt;b&gt;Twoje reguły&lt;/b&gt;, sprawdzane przed regułami grupowania, wygrywa pierwsze dopasowanie:</translation>
    </message>
    <message>
        <source>Your channel rules</source>
        <translation>Twoje reguły kanałów</translation>
    </message>
    <message>
        <source>S&amp;napshots</source>
        <translation>&amp;Migawki</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(jeszcze nieznane)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Ostatnia synchronizacja:</translation>
    </message>
    <message>
        <source>The server decides what each role may do: owners everything and the members, managers imports, costs and settings, reps the tags of their own leads, viewers reading and reports. Passwords come from ~/.pgpass and are never stored in the workspace.</source>
        <translation>To serwer decyduje, co wolno każdej roli: właścicielom wszystko i zarządzanie członkami, menedżerom importy, koszty i ustawienia, handlowcom oznaczanie własnych leadów, obserwatorom odczyt i raporty. Hasła pochodzą z ~/.pgpass i nigdy nie są zapisywane w obszarze roboczym.</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Zespół</translation>
    </message>
</context>
<context>
    <name>leadloop::RecoverDialog</name>
    <message>
        <source>Recover %1</source>
        <translation>Odzyskaj %1</translation>
    </message>
    <message>
        <source>Reading every page of %1 and writing what can be read to %2…</source>
        <translation>Odczytywanie każdej strony %1 i zapisywanie tego, co da się odczytać, do %2…</translation>
    </message>
    <message>
        <source>&amp;Open Recovered Workspace</source>
        <translation>&amp;Otwórz odzyskany obszar roboczy</translation>
    </message>
    <message>
        <source>Nothing could be recovered: %1</source>
        <translation>Nie udało się nic odzyskać: %1</translation>
    </message>
    <message>
        <source>Everything was recovered into %1: every page could be read and LeadLoop&apos;s checks found nothing wrong.</source>
        <translation>Wszystko odzyskano do %1: każdą stronę dało się odczytać, a kontrole LeadLoop nie wykazały błędów.</translation>
    </message>
    <message>
        <source>Recovered into %1 what could be read. %2 of %3 pages could not be trusted; the table below says what each table lost, and what LeadLoop&apos;s checks found in the new file. Check the figures before you rely on them.</source>
        <translation>Odzyskano do %1 to, co dało się odczytać. %2 z %3 stron nie jest wiarygodnych; tabela poniżej pokazuje, co utraciła każda tabela i co kontrole LeadLoop znalazły w nowym pliku. Sprawdź liczby, zanim na nich polegniesz.</translation>
    </message>
</context>
<context>
    <name>leadloop::ReportExportDialog</name>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Zapisz PDF…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>Marketing performance</source>
        <translation>Wyniki marketingu</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Okres: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln pages).</source>
        <translation>
            <numerusform>Zapisano %1 (%Ln strona).</numerusform>
            <numerusform>Zapisano %1 (%Ln strony).</numerusform>
            <numerusform>Zapisano %1 (%Ln stron).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::RestoreDialog</name>
    <message>
        <source>Restore %1</source>
        <translation>Przywróć %1</translation>
    </message>
    <message>
        <source>No snapshots of this workspace have been kept yet. LeadLoop keeps one before every import, removal and upgrade, in %1.</source>
        <translation>Nie zachowano jeszcze żadnej migawki tego obszaru roboczego. LeadLoop zachowuje ją przed każdym importem, usunięciem i aktualizacją, w %1.</translation>
    </message>
    <message>
        <source>LeadLoop kept these states of the workspace before each change. Restoring one puts the workspace back as it was then; the workspace as it is now is kept as a snapshot of its own, so nothing is lost.</source>
        <translation>LeadLoop zachował te stany obszaru roboczego przed każdą zmianą. Przywrócenie jednego z nich cofa obszar roboczy do tamtej chwili; obecny stan zostaje zachowany jako osobna migawka, więc nic nie ginie.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
</context>
<context>
    <name>leadloop::ResultTableModel</name>
    <message>
        <source>Double-click to list what is behind this figure</source>
        <translation>Kliknij dwukrotnie, aby zobaczyć, co stoi za tą liczbą</translation>
    </message>
</context>
<context>
    <name>leadloop::ResultTableView</name>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Kopiuj tabelę</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj &amp;CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportuj CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Eksportuj &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Eksportuj XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>leadloop::ScoringView</name>
    <message>
        <source>n/a</source>
        <translation>b.d.</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trenuj</translation>
    </message>
    <message>
        <source>&amp;Exclude and train again</source>
        <translation>&amp;Wyklucz i trenuj ponownie</translation>
    </message>
    <message>
        <source>The share of labelled leads kept back to judge the model.</source>
        <translation>Udział leadów z etykietą odłożonych do oceny modelu.</translation>
    </message>
    <message>
        <source>The same seed always picks the same hold-out and gives the same model.</source>
        <translation>To samo ziarno zawsze wybiera tę samą część i daje ten sam model.</translation>
    </message>
    <message>
        <source>Features to leave out, e.g. property:Tags, page:/thanks*</source>
        <translation>Cechy do pominięcia, np. property:Tags, page:/thanks*</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Przewiduj:</translation>
    </message>
    <message>
        <source>Hold out:</source>
        <translation>Odłóż:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Ziarno:</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>Scoring leadów</translation>
    </message>
    <message>
        <source>Learns from the leads whose outcome is known which open leads are most likely to convert, and shows how well that works on leads it never saw.</source>
        <translation>Uczy się z leadów o znanym wyniku, które otwarte leady najpewniej się skonwertują, i pokazuje, jak dobrze to działa na leadach, których nie widział.</translation>
    </message>
    <message>
        <source>Becoming a customer</source>
        <translation>Zostanie klientem</translation>
    </message>
    <message>
        <source>Winning, among closed deals</source>
        <translation>Wygrana wśród zamkniętych transakcji</translation>
    </message>
    <message>
        <source>Property: %1</source>
        <translation>Właściwość: %1</translation>
    </message>
    <message>
        <source>Training the lead scoring model…</source>
        <translation>Trenowanie modelu scoringu leadów…</translation>
    </message>
    <message>
        <source>No model yet. Choose what to predict and press Train: LeadLoop learns from the leads whose outcome is known.</source>
        <translation>Brak modelu. Wybierz, co przewidywać, i naciśnij Trenuj: LeadLoop uczy się z leadów o znanym wyniku.</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>Krzywa ROC</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibracja</translation>
    </message>
    <message>
        <source>Share found when calling the top tenths first</source>
        <translation>Odsetek znalezionych przy kontakcie najpierw z górnymi dziesiątkami</translation>
    </message>
    <message>
        <source>%1 alone predicts the outcome almost perfectly (AUC ≥ 0.95). It may be filled in after the outcome, such as a sales status; if so, leave it out.</source>
        <translation>%1 sama niemal idealnie przewiduje wynik (AUC ≥ 0,95). Może być wypełniana po wyniku, jak status sprzedaży; jeśli tak, pomiń ją.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trees: AUC %1&lt;/b&gt; · baseline (logistic regression): AUC %2 · Brier score %3 (baseline %4)</source>
        <translation>&lt;b&gt;Drzewa: AUC %1&lt;/b&gt; · model bazowy (regresja logistyczna): AUC %2 · wynik Briera %3 (bazowy %4)</translation>
    </message>
    <message>
        <source>Learnt from %1 leads, judged on %2 it never saw (%3 of them reached the target); %4 of all labelled leads reached it.</source>
        <translation>Nauczony na %1 leadach, oceniony na %2, których nie widział (%3 z nich osiągnęło cel); cel osiągnęło %4 wszystkich leadów z etykietą.</translation>
    </message>
    <message>
        <source>The top 10 % of scores hold %1 % of them.</source>
        <translation>Górne 10 % wyników obejmuje %1 % z nich.</translation>
    </message>
    <message>
        <source>Trained %1 by %2; scores of open leads are kept up to date after every import.</source>
        <translation>Wytrenowany %1 przez %2; wyniki otwartych leadów są aktualizowane po każdym imporcie.</translation>
    </message>
    <message>
        <source>Fewer than %1 leads reached the target: the scores are unsure and no tiers are given.</source>
        <translation>Mniej niż %1 leadów osiągnęło cel: wyniki są niepewne i nie nadano poziomów.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Pominięte: %1</translation>
    </message>
    <message>
        <source>ROC: leads found against false alarms (%)</source>
        <translation>ROC: znalezione leady wobec fałszywych alarmów (%)</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>Drzewa</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Model bazowy</translation>
    </message>
    <message>
        <source>Guessing</source>
        <translation>Zgadywanie</translation>
    </message>
    <message>
        <source>Calibration: predicted against observed (%)</source>
        <translation>Kalibracja: przewidywane wobec zaobserwowanych (%)</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Przewidywane</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Zaobserwowane</translation>
    </message>
    <message>
        <source>Found by score</source>
        <translation>Znalezieni według wyniku</translation>
    </message>
    <message>
        <source>Found at random</source>
        <translation>Znalezieni losowo</translation>
    </message>
</context>
<context>
    <name>leadloop::SessionListDialog</name>
    <message>
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
    <message>
        <source>Sessions behind %1</source>
        <translation>Sesje stojące za: %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln sessions.</source>
        <translation>
            <numerusform>Najnowsze %1 z %Ln sesji.</numerusform>
            <numerusform>Najnowsze %1 z %Ln sesji.</numerusform>
            <numerusform>Najnowsze %1 z %Ln sesji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions, newest first.</source>
        <translation>
            <numerusform>%Ln sesja.</numerusform>
            <numerusform>%Ln sesje, od najnowszych.</numerusform>
            <numerusform>%Ln sesji, od najnowszych.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::SnapshotPreferencesPage</name>
    <message>
        <source>&amp;Keep a snapshot before every import, removal and upgrade</source>
        <translation>&amp;Zachowuj migawkę przed każdym importem, usunięciem i aktualizacją</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Beside each workspace</source>
        <translation>Obok każdego obszaru roboczego</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>Keep the &amp;newest:</source>
        <translation>Zachowuj &amp;najnowsze:</translation>
    </message>
    <message>
        <source>&amp;Up to, in all:</source>
        <translation>&amp;Łącznie do:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>A snapshot is a verified copy of the workspace as it was before a change. File &gt; Restore… puts one back. The newest snapshot is always kept, even when it alone is larger than the limit.</source>
        <translation>Migawka to sprawdzona kopia obszaru roboczego sprzed zmiany. Plik &gt; Przywróć… przywraca ją. Najnowsza migawka jest zawsze zachowywana, nawet gdy sama przekracza limit.</translation>
    </message>
    <message>
        <source>Folder for Snapshots</source>
        <translation>Folder na migawki</translation>
    </message>
</context>
<context>
    <name>leadloop::SnapshotsModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(nieznane)</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>przed %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>What came after</source>
        <translation>Co nastąpiło potem</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
</context>
<context>
    <name>leadloop::TableCountsModel</name>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
</context>
<context>
    <name>leadloop::TagDialog</name>
    <message>
        <source>Mark as won</source>
        <translation>Oznacz jako wygraną</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Oznacz jako przegraną</translation>
    </message>
    <message>
        <source>The selected lead will be marked as won.</source>
        <translation>Wybrany lead zostanie oznaczony jako wygrany.</translation>
    </message>
    <message>
        <source>The selected lead will be marked as lost.</source>
        <translation>Wybrany lead zostanie oznaczony jako przegrany.</translation>
    </message>
    <message>
        <source>Selected leads: %1. Each will be marked as won.</source>
        <translation>Wybrane leady: %1. Każdy zostanie oznaczony jako wygrany.</translation>
    </message>
    <message>
        <source>Selected leads: %1. Each will be marked as lost.</source>
        <translation>Wybrane leady: %1. Każdy zostanie oznaczony jako przegrany.</translation>
    </message>
    <message>
        <source>each deal&apos;s own amount</source>
        <translation>własna kwota każdej transakcji</translation>
    </message>
    <message>
        <source>for example 12 500,00</source>
        <translation>na przykład 12 500,00</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>PLN</translation>
    </message>
    <message>
        <source>&amp;Amount won:</source>
        <translation>Wygrana &amp;kwota:</translation>
    </message>
    <message>
        <source>No deal amount for %1, so enter the amount won; it applies to every selected lead.</source>
        <translation>Brak kwoty transakcji dla %1, więc wpisz wygraną kwotę; dotyczy każdego wybranego leada.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <source>choose or type a reason</source>
        <translation>wybierz lub wpisz powód</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Oznacz wygraną</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Oznacz przegraną</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>jeszcze %Ln</numerusform>
            <numerusform>jeszcze %Ln</numerusform>
            <numerusform>jeszcze %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::TeamActions</name>
    <message>
        <source>&amp;Publish to a Team Server…</source>
        <translation>&amp;Opublikuj na serwerze zespołu…</translation>
    </message>
    <message>
        <source>&amp;Join a Team Workspace…</source>
        <translation>&amp;Dołącz do obszaru zespołu…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <source>The team sync failed</source>
        <translation>Synchronizacja zespołu nie powiodła się</translation>
    </message>
    <message>
        <source>Sent %1, received %2 changes; the team&apos;s log is at %3.</source>
        <translation>Wysłano %1, odebrano %2 zmian; dziennik zespołu jest na pozycji %3.</translation>
    </message>
    <message>
        <source>The team server refused changes</source>
        <translation>Serwer zespołu odrzucił zmiany</translation>
    </message>
    <message>
        <source>The team server refused these changes of yours (%1); they were taken back here:</source>
        <translation>Serwer zespołu odrzucił te Twoje zmiany (%1); zostały tu wycofane:</translation>
    </message>
    <message>
        <source>Publish to a Team Server</source>
        <translation>Opublikuj na serwerze zespołu</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database (empty), as postgresql://user@host:port/database.
Passwords come from ~/.pgpass and are never stored in the workspace.</source>
        <translation>Baza PostgreSQL zespołu (pusta), jako postgresql://użytkownik@host:port/baza.
Hasła pochodzą z ~/.pgpass i nigdy nie są zapisywane w obszarze roboczym.</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Nie można opublikować</translation>
    </message>
    <message>
        <source>Publishing the workspace to %1…</source>
        <translation>Publikowanie obszaru roboczego na %1…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Opublikowano</translation>
    </message>
    <message>
        <source>The workspace is now the team workspace at %1. Add members with &apos;leadloop-cli team grant&apos;; they join with File &gt; Team &gt; Join a Team Workspace.</source>
        <translation>Obszar roboczy jest teraz obszarem zespołu na %1. Dodaj członków poleceniem &apos;leadloop-cli team grant&apos;; dołączają przez Plik &gt; Zespół &gt; Dołącz do obszaru zespołu.</translation>
    </message>
    <message>
        <source>Join a Team Workspace</source>
        <translation>Dołącz do obszaru zespołu</translation>
    </message>
    <message>
        <source>The team server, as postgresql://user@host:port/database.</source>
        <translation>Serwer zespołu, jako postgresql://użytkownik@host:port/baza.</translation>
    </message>
    <message>
        <source>Cannot join</source>
        <translation>Nie można dołączyć</translation>
    </message>
    <message>
        <source>Save the Team Replica As</source>
        <translation>Zapisz replikę zespołu jako</translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop)</source>
        <translation>Obszary robocze LeadLoop (*.leadloop)</translation>
    </message>
    <message>
        <source>Joining the team workspace at %1…</source>
        <translation>Dołączanie do obszaru zespołu na %1…</translation>
    </message>
</context>
<context>
    <name>leadloop::TeamSyncer</name>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Team (%1)</source>
        <translation>Zespół (%1)</translation>
    </message>
    <message>
        <source>%1: synced</source>
        <translation>%1: zsynchronizowano</translation>
    </message>
    <message>
        <source>%1: syncing…</source>
        <translation>%1: synchronizacja…</translation>
    </message>
    <message>
        <source>%1: changes waiting to be sent: %2</source>
        <translation>%1: zmiany czekające na wysłanie: %2</translation>
    </message>
    <message>
        <source>%1: offline, changes waiting to be sent: %2</source>
        <translation>%1: offline, zmiany czekające na wysłanie: %2</translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1: offline</translation>
    </message>
    <message>
        <source>Syncing with the team…</source>
        <translation>Synchronizacja z zespołem…</translation>
    </message>
    <message>
        <source>Synced, but the lead scores could not be computed again: %1</source>
        <translation>Zsynchronizowano, ale nie udało się ponownie obliczyć scoringu leadów: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::UnavailablePage</name>
    <message>
        <source>This view is not available in this version of LeadLoop yet. Your data is kept, and the view will show it when it arrives.</source>
        <translation>Ten widok nie jest jeszcze dostępny w tej wersji LeadLoop. Twoje dane są zachowane, a widok pokaże je, gdy się pojawi.</translation>
    </message>
</context>
<context>
    <name>leadloop::WelcomePage</name>
    <message>
        <source>Welcome to LeadLoop</source>
        <translation>Witaj w LeadLoop</translation>
    </message>
    <message>
        <source>LeadLoop follows every lead from the first anonymous visit to the signed deal, so you can see which channels and campaigns bring customers and revenue, not just clicks.</source>
        <translation>LeadLoop śledzi każdego leada od pierwszej anonimowej wizyty do podpisanej umowy, więc widzisz, które kanały i kampanie przynoszą klientów i przychód, a nie tylko kliknięcia.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Otwórz obszar demonstracyjny</translation>
    </message>
    <message>
        <source>A realistic 90-day story of a software company: 20,000 visitors, 15 campaigns and 400 deals.</source>
        <translation>Realistyczna 90-dniowa historia firmy programistycznej: 20 000 odwiedzających, 15 kampanii i 400 transakcji.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Utwórz nowy obszar roboczy…</translation>
    </message>
    <message>
        <source>Open a workspace file…</source>
        <translation>Otwórz plik obszaru roboczego…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Ostatnie obszary robocze</translation>
    </message>
    <message>
        <source>No recent workspaces yet.</source>
        <translation>Brak ostatnich obszarów roboczych.</translation>
    </message>
</context>
<context>
    <name>leadloop::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Nie otwarto obszaru roboczego.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadLoop: closed-loop marketing analytics.</source>
        <translation>LeadLoop: analityka marketingu w obiegu zamkniętym.</translation>
    </message>
    <message>
        <source>Open the demo workspace (writing it first if needed).</source>
        <translation>Otwórz obszar demonstracyjny (najpierw go zapisując, jeśli trzeba).</translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation>Plik obszaru roboczego do otwarcia.</translation>
    </message>
    <message>
        <source>LeadLoop stopped after an internal error: %1</source>
        <translation>LeadLoop zatrzymał się po błędzie wewnętrznym: %1</translation>
    </message>
    <message>
        <source>Open the import wizard on FILE once the workspace is open.</source>
        <translation>Otwórz kreator importu dla PLIKU po otwarciu obszaru roboczego.</translation>
    </message>
</context>
</TS>
