<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AdConsent</name>
    <message>
        <source>granted</source>
        <translation>дано</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>Контакта %1 нет.</translation>
    </message>
</context>
<context>
    <name>AdPlatform</name>
    <message>
        <source>Google Ads (conversions from clicks)</source>
        <translation>Google Ads (конверсии по кликам)</translation>
    </message>
    <message>
        <source>Google Ads (enhanced conversions for leads)</source>
        <translation>Google Ads (расширенные конверсии для лидов)</translation>
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
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
</context>
<context>
    <name>AttributionCommand</name>
    <message>
        <source>--model takes all or one of %1, not &apos;%2&apos;.</source>
        <translation>--model принимает all или одно из: %1, а не «%2».</translation>
    </message>
    <message>
        <source>Credit conversions and their value to channels (or another dimension).</source>
        <translation>Распределить конверсии и их ценность по каналам (или другому измерению).</translation>
    </message>
    <message>
        <source>A model id, several comma-separated, or all (default linear).</source>
        <translation>Идентификатор модели, несколько через запятую или all (по умолчанию linear).</translation>
    </message>
    <message>
        <source>What counts as a conversion (default lead).</source>
        <translation>Что считается конверсией (по умолчанию lead).</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>конверсии</translation>
    </message>
    <message>
        <source>Credit aggregated journeys from FILE (columns path, total_conversions, total_conversion_value, total_null) instead of the workspace&apos;s.</source>
        <translation>Распределить агрегированные пути из FILE (столбцы path, total_conversions, total_conversion_value, total_null) вместо путей рабочей области.</translation>
    </message>
    <message>
        <source>The channel separator of --paths (default &gt;).</source>
        <translation>Разделитель каналов в --paths (по умолчанию &gt;).</translation>
    </message>
    <message>
        <source>Add each credit&apos;s 95 % interval: the bootstrap&apos;s with 200 resamples unless --bootstrap says otherwise (columns KEY_low and KEY_high).</source>
        <translation>Добавить 95-процентный интервал каждой атрибуции: бутстреп-интервал по 200 выборкам, если --bootstrap не задаёт иначе (столбцы KEY_low и KEY_high).</translation>
    </message>
</context>
<context>
    <name>AttributionReport</name>
    <message>
        <source>Choose a model.</source>
        <translation>Выберите модель.</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>%1 conversions</source>
        <translation>%1 — конверсии</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 — ценность</translation>
    </message>
    <message>
        <source>Markov removal effect</source>
        <translation>Эффект удаления (Марков)</translation>
    </message>
    <message>
        <source>Shapley value</source>
        <translation>Значение Шепли</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: nothing to show for this period</source>
        <translation>%1: нет данных за этот период</translation>
    </message>
</context>
<context>
    <name>BatchRemoval</name>
    <message>
        <source>There is no import %1.</source>
        <translation>Импорта %1 нет.</translation>
    </message>
    <message>
        <source>Import %1 was removed already.</source>
        <translation>Импорт %1 уже удалён.</translation>
    </message>
    <message>
        <source>Import %1 cannot be removed, because %2. Remove those first.</source>
        <translation>Импорт %1 нельзя удалить, потому что %2. Сначала удалите их.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page views of other imports continue its sessions</source>
        <translation>
            <numerusform>%Ln просмотр страницы из других импортов продолжает его сеансы</numerusform>
            <numerusform>%Ln просмотра страниц из других импортов продолжают его сеансы</numerusform>
            <numerusform>%Ln просмотров страниц из других импортов продолжают его сеансы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of its page views continue sessions of other imports</source>
        <translation>
            <numerusform>%Ln его просмотр страницы продолжает сеансы других импортов</numerusform>
            <numerusform>%Ln его просмотра страниц продолжают сеансы других импортов</numerusform>
            <numerusform>%Ln его просмотров страниц продолжают сеансы других импортов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions of other imports belong to its visitors</source>
        <translation>
            <numerusform>%Ln сеанс из других импортов принадлежит его посетителям</numerusform>
            <numerusform>%Ln сеанса из других импортов принадлежат его посетителям</numerusform>
            <numerusform>%Ln сеансов из других импортов принадлежат его посетителям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events of other imports belong to its visitors</source>
        <translation>
            <numerusform>%Ln событие из других импортов принадлежит его посетителям</numerusform>
            <numerusform>%Ln события из других импортов принадлежат его посетителям</numerusform>
            <numerusform>%Ln событий из других импортов принадлежат его посетителям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visitors of other imports are linked to its contacts</source>
        <translation>
            <numerusform>%Ln посетитель из других импортов связан с его контактами</numerusform>
            <numerusform>%Ln посетителя из других импортов связаны с его контактами</numerusform>
            <numerusform>%Ln посетителей из других импортов связаны с его контактами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals of other imports belong to its contacts</source>
        <translation>
            <numerusform>%Ln сделка из других импортов принадлежит его контактам</numerusform>
            <numerusform>%Ln сделки из других импортов принадлежат его контактам</numerusform>
            <numerusform>%Ln сделок из других импортов принадлежат его контактам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln won or lost tags were recorded on its deals</source>
        <translation>
            <numerusform>На его сделках записана %Ln отметка «выиграна/проиграна»</numerusform>
            <numerusform>На его сделках записаны %Ln отметки «выиграна/проиграна»</numerusform>
            <numerusform>На его сделках записано %Ln отметок «выиграна/проиграна»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stage changes of other imports concern its deals</source>
        <translation>
            <numerusform>%Ln изменение этапа из других импортов касается его сделок</numerusform>
            <numerusform>%Ln изменения этапа из других импортов касаются его сделок</numerusform>
            <numerusform>%Ln изменений этапа из других импортов касаются его сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cost days of other imports or edits belong to its campaigns</source>
        <translation>
            <numerusform>%Ln день затрат из других импортов или правок относится к его кампаниям</numerusform>
            <numerusform>%Ln дня затрат из других импортов или правок относятся к его кампаниям</numerusform>
            <numerusform>%Ln дней затрат из других импортов или правок относятся к его кампаниям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign memberships of other imports concern its contacts</source>
        <translation>
            <numerusform>%Ln участие в кампании из других импортов касается его контактов</numerusform>
            <numerusform>%Ln участия в кампаниях из других импортов касаются его контактов</numerusform>
            <numerusform>%Ln участий в кампаниях из других импортов касаются его контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>removing import %1</source>
        <translation>удалением импорта %1</translation>
    </message>
</context>
<context>
    <name>BootstrapCredits</name>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (нижняя)</translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation>%1 (верхняя)</translation>
    </message>
</context>
<context>
    <name>ByteSources</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the compressed file %1.</source>
        <translation>Не удаётся прочитать сжатый файл %1.</translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Затраты не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Канал (medium)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Cost days</source>
        <translation>Дни затрат</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Нет сеансов</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Кампании %1 нет.</translation>
    </message>
    <message>
        <source>There is no campaign %1 here.</source>
        <translation>Кампании %1 здесь нет.</translation>
    </message>
</context>
<context>
    <name>CampaignsCommand</name>
    <message>
        <source>Campaigns with their channel, dates, total cost and sessions; those with cost but no sessions are flagged.</source>
        <translation>Кампании с каналом, датами, общими затратами и сеансами; отмечены кампании с затратами, но без сеансов.</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>A team member made an identity decision this LeadLoop does not know (%1); update LeadLoop to apply it.</source>
        <translation>Участник команды принял решение об идентичности, неизвестное этой версии LeadLoop (%1); обновите LeadLoop, чтобы применить его.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Не удаётся создать временную папку: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Piece %1 of %2&apos;s import (%3) is missing or damaged on the team server.</source>
        <translation>Часть %1 импорта пользователя %2 (%3) отсутствует или повреждена на сервере команды.</translation>
    </message>
    <message>
        <source>A team member made a change of a kind this LeadLoop does not know (%1); update LeadLoop to apply it.</source>
        <translation>Участник команды внёс изменение неизвестного этой версии LeadLoop вида (%1); обновите LeadLoop, чтобы применить его.</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Your role in the team workspace is viewer: viewers read and report only. Nothing was changed.</source>
        <translation>Ваша роль в командной рабочей области — viewer: наблюдатели только читают и строят отчёты. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Your role in the team workspace is rep: you tag the leads you own (CRM owner %1), and this one&apos;s owner is %2. Nothing was changed.</source>
        <translation>Ваша роль в командной рабочей области — rep: вы отмечаете свои лиды (владелец в CRM: %1), а владелец этого — %2. Ничего не изменено.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Your role in the team workspace is %1, which does not allow this: only owners and managers import data, remove imports, change settings, lost reasons and the channel grouping, decide identities, or set a person&apos;s consent by hand. Nothing was changed.</source>
        <translation>Ваша роль в командном рабочем пространстве — %1, и она этого не позволяет: только владельцы и менеджеры импортируют данные, удаляют импорты, меняют настройки, причины проигрыша и группировку каналов, решают вопросы идентичности или вручную задают согласие человека. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ChannelCommands</name>
    <message>
        <source>Channel grouping %1 (%2): %3 sessions, %4 changed.</source>
        <translation>Группировка каналов %1 (%2): сеансов %3, изменено %4.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Choose the channel grouping and classify every stored session again.</source>
        <translation>Выберите группировку каналов и заново классифицируйте все сохранённые сеансы.</translation>
    </message>
    <message>
        <source>ga4, hubspot, or a rule file (kept in the workspace).</source>
        <translation>ga4, hubspot или файл правил (хранится в рабочей области).</translation>
    </message>
    <message>
        <source>Show which channel and rule a source, medium and campaign get.</source>
        <translation>Показать, какой канал и какое правило получают источник, medium и кампания.</translation>
    </message>
    <message>
        <source>The source.</source>
        <translation>Источник.</translation>
    </message>
    <message>
        <source>The medium.</source>
        <translation>Medium.</translation>
    </message>
    <message>
        <source>The campaign.</source>
        <translation>Кампания.</translation>
    </message>
    <message>
        <source>The click id parameter, e.g. gclid.</source>
        <translation>Параметр идентификатора клика, например gclid.</translation>
    </message>
    <message>
        <source>The referrer host.</source>
        <translation>Хост-источник перехода.</translation>
    </message>
    <message>
        <source>ga4, hubspot or a rule file (default: the workspace&apos;s).</source>
        <translation>ga4, hubspot или файл правил (по умолчанию — из рабочей области).</translation>
    </message>
</context>
<context>
    <name>ChannelOverrides</name>
    <message>
        <source>Cannot read the %1 grouping.</source>
        <translation>Не удаётся прочитать группировку %1.</translation>
    </message>
    <message>
        <source>Your rule %1 needs a channel and a value.</source>
        <translation>Вашему правилу %1 нужны канал и значение.</translation>
    </message>
    <message>
        <source>Your rule %1 compares %2 by %3, which LeadLoop does not know.</source>
        <translation>Ваше правило %1 сравнивает %2 по %3, а это LeadLoop не знает.</translation>
    </message>
    <message>
        <source>%1 with your rules</source>
        <translation>%1 с вашими правилами</translation>
    </message>
    <message>
        <source>your rules</source>
        <translation>ваши правила</translation>
    </message>
</context>
<context>
    <name>ChannelRuleSet</name>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>неизвестное поле «%1»</translation>
    </message>
    <message>
        <source>invalid regular expression &apos;%1&apos;</source>
        <translation>недопустимое регулярное выражение «%1»</translation>
    </message>
    <message>
        <source>a condition on &apos;%1&apos; has no operator</source>
        <translation>у условия для «%1» нет оператора</translation>
    </message>
    <message>
        <source>Cannot read the site list %1.</source>
        <translation>Не удаётся прочитать список сайтов %1.</translation>
    </message>
    <message>
        <source>Cannot read the channel rules %1.</source>
        <translation>Не удаётся прочитать правила каналов %1.</translation>
    </message>
    <message>
        <source>The channel rules %1 are not valid JSON: %2.</source>
        <translation>Правила каналов %1 — недопустимый JSON: %2.</translation>
    </message>
    <message>
        <source>Channel rule &apos;%1&apos; in %2: %3.</source>
        <translation>Правило канала «%1» в %2: %3.</translation>
    </message>
    <message>
        <source>The channel rules %1 have no id or no rules.</source>
        <translation>У правил каналов %1 нет id или самих правил.</translation>
    </message>
    <message>
        <source>There is no channel rule set called &apos;%1&apos;.</source>
        <translation>Набора правил каналов «%1» нет.</translation>
    </message>
</context>
<context>
    <name>ChannelsReport</name>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Цена лида</translation>
    </message>
    <message>
        <source>Customer acquisition cost</source>
        <translation>Стоимость привлечения клиента</translation>
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
        <translation>Лид → клиент</translation>
    </message>
</context>
<context>
    <name>ChannelsReportCommand</name>
    <message>
        <source>--model: &apos;%1&apos; is not a model id (see attribution --help).</source>
        <translation>--model: «%1» не является id модели (см. attribution --help).</translation>
    </message>
    <message>
        <source>Traffic, credited leads, customers and revenue, cost and ROI per channel.</source>
        <translation>Трафик, распределённые лиды, клиенты и выручка, затраты и ROI по каналам.</translation>
    </message>
    <message>
        <source>The attribution model that credits results (default linear).</source>
        <translation>Модель атрибуции, распределяющая результаты (по умолчанию linear).</translation>
    </message>
    <message>
        <source>sessions, conversions and costs</source>
        <translation>сеансы, конверсии и затраты</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Целостность</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>цела</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждена</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Check that the workspace is whole (every page and index); exit code 3 when it is damaged.</source>
        <translation>Проверить целостность рабочей области (каждую страницу и индекс); код выхода 3, если она повреждена.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>The workspace file (default: the one the desktop app opened last, or %1).</source>
        <translation>Файл рабочей области (по умолчанию последний открытый в приложении или %1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 bad input, 3 workspace error.</source>
        <translation>Коды завершения: 0 успех, 1 ошибка вызова, 2 неверные данные, 3 ошибка рабочей области.</translation>
    </message>
    <message>
        <source>LeadLoop %1: closed-loop marketing analytics on the command line.</source>
        <translation>LeadLoop %1: маркетинговая аналитика замкнутого цикла в командной строке.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Выполняемая команда (см. ниже).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <source>The language of messages and of the PDF report, and the locale of its numbers and dates: en, %1 (default: the system&apos;s).</source>
        <translation>Язык сообщений и PDF-отчёта, а также формат чисел и дат: en, %1 (по умолчанию системный).</translation>
    </message>
    <message>
        <source>--lang takes en or one of %1, not &apos;%2&apos;.</source>
        <translation>--lang принимает en или одно из: %1, а не «%2».</translation>
    </message>
    <message>
        <source>Output format: table, json, csv, or xlsx (with --output).</source>
        <translation>Формат вывода: table, json, csv или xlsx (с --output).</translation>
    </message>
    <message>
        <source>Write the output to this file instead of the terminal.</source>
        <translation>Записать вывод в этот файл вместо терминала.</translation>
    </message>
    <message>
        <source>--format must be table, json, csv or xlsx, not &apos;%1&apos;.</source>
        <translation>--format должен быть table, json, csv или xlsx, а не «%1».</translation>
    </message>
    <message>
        <source>--format xlsx needs --output FILE.xlsx.</source>
        <translation>Для --format xlsx нужен --output ФАЙЛ.xlsx.</translation>
    </message>
    <message>
        <source>Read a workspace that failed its integrity check anyway (its figures may be wrong).</source>
        <translation>Всё равно читать рабочую область, не прошедшую проверку целостности (цифры могут быть неверными).</translation>
    </message>
    <message>
        <source>In a team replica, keep this command&apos;s changes here until the next team sync instead of sending them at once.</source>
        <translation>В командной реплике оставить изменения этой команды здесь до следующей синхронизации команды, а не отправлять их сразу.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run &apos;leadloop-cli --help&apos; for the commands and options.</source>
        <translation>Запустите «leadloop-cli --help», чтобы увидеть команды и параметры.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Going on because of --allow-damaged.</source>
        <translation>Продолжение из-за --allow-damaged.</translation>
    </message>
    <message>
        <source>To read it anyway, add --allow-damaged.</source>
        <translation>Чтобы всё равно прочитать её, добавьте --allow-damaged.</translation>
    </message>
    <message>
        <source>Nothing was written to it.</source>
        <translation>В неё ничего не записано.</translation>
    </message>
</context>
<context>
    <name>CohortsCommand</name>
    <message>
        <source>People by the week or month they first visited or became a lead, and the leads, customers or revenue each cohort reached period by period.</source>
        <translation>Люди по неделе или месяцу первого визита или превращения в лида и лиды, клиенты или выручка, которых каждая когорта достигла по периодам.</translation>
    </message>
    <message>
        <source>What starts a cohort: first-visit (default) or lead.</source>
        <translation>Что начинает когорту: first-visit (по умолчанию) или lead.</translation>
    </message>
    <message>
        <source>week or month (default).</source>
        <translation>week или month (по умолчанию).</translation>
    </message>
    <message>
        <source>leads, customers (default) or revenue, cumulative.</source>
        <translation>leads, customers (по умолчанию) или revenue, нарастающим итогом.</translation>
    </message>
</context>
<context>
    <name>CohortsReport</name>
    <message>
        <source>A cohort starts at first-visit or lead, not &apos;%1&apos;.</source>
        <translation>Когорта начинается с first-visit или lead, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A cohort&apos;s period is week or month, not &apos;%1&apos;.</source>
        <translation>Период когорты — week или month, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The metric is leads, customers or revenue, not &apos;%1&apos;.</source>
        <translation>Метрика — leads, customers или revenue, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Неделя %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Месяц %1</translation>
    </message>
</context>
<context>
    <name>ConsentCommand</name>
    <message>
        <source>Usage: leadloop-cli consent show LEAD, or consent set LEAD [--ad-user-data STATE] [--ad-personalization STATE].</source>
        <translation>Использование: leadloop-cli consent show LEAD или consent set LEAD [--ad-user-data STATE] [--ad-personalization STATE].</translation>
    </message>
    <message>
        <source>--%1 takes granted, denied or unknown, not &apos;%2&apos;.</source>
        <translation>--%1 принимает granted, denied или unknown, а не &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>consent set needs --ad-user-data or --ad-personalization (or both).</source>
        <translation>consent set требует --ad-user-data или --ad-personalization (или оба).</translation>
    </message>
    <message>
        <source>consent show takes no state; use consent set.</source>
        <translation>consent show не принимает состояние; используйте consent set.</translation>
    </message>
    <message>
        <source>%1 has no contact, so no consent.</source>
        <translation>У %1 нет контакта, значит, нет и согласия.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Show or set a lead&apos;s consent to ad measurement (sent to ad platforms or not).</source>
        <translation>Показать или задать согласие лида на измерение рекламы (передавать ли его рекламным платформам).</translation>
    </message>
    <message>
        <source>set: may the person&apos;s data be sent to ad platforms: granted, denied, or unknown (clears the choice made by hand).</source>
        <translation>set: можно ли передавать данные человека рекламным платформам: granted, denied или unknown (снимает выбор, заданный вручную).</translation>
    </message>
    <message>
        <source>set: may it be used for personalised ads: granted, denied or unknown.</source>
        <translation>set: можно ли использовать их для персонализированной рекламы: granted, denied или unknown.</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message numerus="yes">
        <source>%Ln rows of %1 refer to %2 that are missing.</source>
        <translation>
            <numerusform>%Ln строка из %1 ссылается на отсутствующие %2.</numerusform>
            <numerusform>%Ln строки из %1 ссылаются на отсутствующие %2.</numerusform>
            <numerusform>%Ln строк из %1 ссылаются на отсутствующие %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions lack %1 of the page views they count.</source>
        <translation>
            <numerusform>%Ln сеансу не хватает %1 учтённых просмотров страниц.</numerusform>
            <numerusform>%Ln сеансам не хватает %1 учтённых просмотров страниц.</numerusform>
            <numerusform>%Ln сеансам не хватает %1 учтённых просмотров страниц.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions lack %1 of the events they count.</source>
        <translation>
            <numerusform>%Ln сеансу не хватает %1 учтённых событий.</numerusform>
            <numerusform>%Ln сеансам не хватает %1 учтённых событий.</numerusform>
            <numerusform>%Ln сеансам не хватает %1 учтённых событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals have another outcome than their latest outcome event.</source>
        <translation>
            <numerusform>У %Ln сделки исход отличается от её последнего события исхода.</numerusform>
            <numerusform>У %Ln сделок исход отличается от их последнего события исхода.</numerusform>
            <numerusform>У %Ln сделок исход отличается от их последнего события исхода.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactProperties</name>
    <message>
        <source>yes/no</source>
        <translation>да/нет</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
</context>
<context>
    <name>ConversionExport</name>
    <message>
        <source>&apos;%1&apos; is not a time zone LeadLoop knows (write one such as Europe/Warsaw or UTC).</source>
        <translation>&apos;%1&apos; — неизвестный LeadLoop часовой пояс (укажите, например, Europe/Moscow или UTC).</translation>
    </message>
    <message>
        <source>A lead has no deal to take a value from; give leads a fixed value (fixed:N) or none.</source>
        <translation>У лида нет сделки, из которой можно взять ценность; задайте лидам фиксированную ценность (fixed:N) или никакой.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country LeadLoop knows the calling code of (write two letters such as PL or NL).</source>
        <translation>&apos;%1&apos; — страна, телефонный код которой LeadLoop не знает (укажите две буквы, например RU или PL).</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Conversion time</source>
        <translation>Время конверсии</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Click id kind</source>
        <translation>Тип ID клика</translation>
    </message>
    <message>
        <source>Click id</source>
        <translation>ID клика</translation>
    </message>
    <message>
        <source>Ad user data</source>
        <translation>Данные пользователя для рекламы</translation>
    </message>
    <message>
        <source>Ad personalization</source>
        <translation>Персонализация рекламы</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>No consent (ad_user_data denied)</source>
        <translation>Нет согласия (в ad_user_data отказано)</translation>
    </message>
    <message>
        <source>No consent (ad_user_data denied or unknown)</source>
        <translation>Нет согласия (в ad_user_data отказано или оно неизвестно)</translation>
    </message>
    <message>
        <source>No click id of the platform</source>
        <translation>Нет ID клика этой платформы</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Нет адреса эл. почты</translation>
    </message>
    <message>
        <source>No click id, e-mail address or phone number</source>
        <translation>Нет ID клика, адреса эл. почты и номера телефона</translation>
    </message>
    <message>
        <source>Older than the platform&apos;s window (%1 days)</source>
        <translation>Старше окна платформы (%1 дн.)</translation>
    </message>
    <message>
        <source>Click older than the platform&apos;s window (%1 days)</source>
        <translation>Клик старше окна платформы (%1 дн.)</translation>
    </message>
    <message>
        <source>Already exported</source>
        <translation>Уже экспортировано</translation>
    </message>
    <message>
        <source>Exported (UTC)</source>
        <translation>Экспортировано (UTC)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Conversion name</source>
        <translation>Название конверсии</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
</context>
<context>
    <name>ConversionFiles</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The file was written, but what it sent could not be remembered, so the next export will send it again: %1</source>
        <translation>Файл записан, но не удалось запомнить, что он отправил, поэтому следующий экспорт отправит это снова: %1</translation>
    </message>
</context>
<context>
    <name>ConversionPaths</name>
    <message>
        <source>%1 takes one of %2, not &apos;%3&apos;.</source>
        <translation>%1 принимает одно из: %2, а не «%3».</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Источник / medium</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Канал (medium)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Посадочная страница</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>The precomputed touches of person %1 do not read back. Recovering the workspace builds them again (File &gt; Recover…, or leadloop-cli recover).</source>
        <translation>Заранее вычисленные точки касания человека %1 не читаются. Спасение рабочей области построит их заново (Файл &gt; Спасти… или leadloop-cli recover).</translation>
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
        <translation>%1 пуст: нет строки заголовков.</translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not a field here (%2).</source>
        <translation>--map: «%1» здесь не поле (%2).</translation>
    </message>
    <message>
        <source>--map: %1 has no column &apos;%2&apos; (its columns: %3).</source>
        <translation>--map: в %1 нет столбца «%2» (его столбцы: %3).</translation>
    </message>
    <message>
        <source>%1 ← %2 (--map)</source>
        <translation>%1 ← %2 (--map)</translation>
    </message>
    <message>
        <source>%1 ← %2 (guessed from the name)</source>
        <translation>%1 ← %2 (угадано по имени)</translation>
    </message>
    <message>
        <source>%1: no column for %2; name it with --map, e.g. --map %3=COLUMN. The columns are: %4.</source>
        <translation>%1: нет столбца для %2; укажите его через --map, например --map %3=СТОЛБЕЦ. Столбцы: %4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>«%1» — не дата.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code.</source>
        <translation>«%1» — не трёхбуквенный код валюты.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive rate.</source>
        <translation>«%1» — не положительный курс.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Ничего не импортировано.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end a period of at most a year that starts on %2.</source>
        <translation>«%1» не завершает период не длиннее года, начинающийся %2.</translation>
    </message>
    <message>
        <source>The campaign is empty.</source>
        <translation>Кампания не указана.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cost (write 1234.56 or 1 234,56).</source>
        <translation>«%1» — не сумма затрат (пишите 1234.56 или 1 234,56).</translation>
    </message>
    <message>
        <source>No %1 rate for %2 on or before %3: import rates first (leadloop-cli import rates FILE).</source>
        <translation>Нет курса %1 для %2 на %3 или раньше: сначала импортируйте курсы (leadloop-cli import rates ФАЙЛ).</translation>
    </message>
    <message>
        <source>No session carries campaign %1 (%2 / %3); the cost is kept and counts once sessions arrive.</source>
        <translation>Ни один сеанс не относится к кампании %1 (%2 / %3); затраты сохранены и будут учтены, когда появятся сеансы.</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>импортом %1</translation>
    </message>
</context>
<context>
    <name>CrmImporter</name>
    <message>
        <source>--timezone: &apos;%1&apos; is not a time zone LeadLoop knows (use a name such as Europe/Warsaw).</source>
        <translation>--timezone: «%1» — неизвестный LeadLoop часовой пояс (укажите имя, например Europe/Moscow).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 пуст: нет строки заголовков.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Импорт %1 отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code.</source>
        <translation>«%1» — не трёхбуквенный код валюты.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (write 1234.56 or 1 234,56).</source>
        <translation>«%1» — не сумма (пишите 1234.56 или 1 234,56).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date LeadLoop can read; give --time-format.</source>
        <translation>«%1» — дата, которую LeadLoop не может прочитать; укажите --time-format.</translation>
    </message>
    <message>
        <source>The row names no contact id, e-mail or deal id.</source>
        <translation>В строке нет id контакта, e-mail или id сделки.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Ничего не импортировано.</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>импортом %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative; a deal&apos;s amount is 0 or more.</source>
        <translation>&apos;%1&apos; — отрицательное значение; сумма сделки равна 0 или больше.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a consent state: write granted or denied (or yes or no), or leave it empty.</source>
        <translation>&apos;%1&apos; — не состояние согласия: напишите granted или denied (или yes или no) либо оставьте пустым.</translation>
    </message>
</context>
<context>
    <name>CrmMappings</name>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN with a known field (%2).</source>
        <translation>--map: «%1» — не ПОЛЕ=СТОЛБЕЦ с известным полем (%2).</translation>
    </message>
    <message>
        <source>--preset: &apos;%1&apos; is not one of auto, generic, %2.</source>
        <translation>--preset: «%1» — не одно из: auto, generic, %2.</translation>
    </message>
    <message>
        <source>%1 ← %2 (%3)</source>
        <translation>%1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>--map: the file has no column &apos;%1&apos; (its columns: %2).</source>
        <translation>--map: в файле нет столбца «%1» (его столбцы: %2).</translation>
    </message>
    <message>
        <source>--map</source>
        <translation>--map</translation>
    </message>
    <message>
        <source>guessed from the name</source>
        <translation>угадано по имени</translation>
    </message>
    <message>
        <source>%1 preset</source>
        <translation>шаблон %1</translation>
    </message>
    <message>
        <source>Cannot tell which contact or deal each row is about: map contact_id, email or deal_id (--map deal_id=COLUMN). The columns are: %1.</source>
        <translation>Не понятно, к какому контакту или сделке относится каждая строка: сопоставьте contact_id, email или deal_id (--map deal_id=СТОЛБЕЦ). Столбцы: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CRM field (%2).</source>
        <translation>«%1» — не поле CRM (%2).</translation>
    </message>
</context>
<context>
    <name>CrmMerger</name>
    <message>
        <source>The e-mail %1 already belongs to another lead (contact %2).</source>
        <translation>Адрес %1 уже принадлежит другому лиду (контакт %2).</translation>
    </message>
    <message>
        <source>CRM import</source>
        <translation>Импорт из CRM</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>этап: %1</translation>
    </message>
    <message>
        <source>Opportunity %1 is not in the workspace; import the opportunities first.</source>
        <translation>Возможности %1 нет в рабочей области; сначала импортируйте возможности.</translation>
    </message>
    <message>
        <source>A stage change needs a stage and a date.</source>
        <translation>Для изменения этапа нужны этап и дата.</translation>
    </message>
    <message>
        <source>the cookie is already linked to contact %1</source>
        <translation>cookie уже связан с контактом %1</translation>
    </message>
    <message>
        <source>the CRM record carries the cookie id</source>
        <translation>запись CRM содержит id cookie</translation>
    </message>
    <message>
        <source>A campaign member needs a contact id or an e-mail.</source>
        <translation>Участнику кампании нужен id контакта или e-mail.</translation>
    </message>
    <message>
        <source>A campaign member row names no campaign.</source>
        <translation>В строке участника кампании не указана кампания.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 starts a record longer than %2 MB; a quote is probably not closed.</source>
        <translation>Строка %1 начинает запись длиннее %2 МБ; вероятно, не закрыта кавычка.</translation>
    </message>
    <message>
        <source>Reading stopped at line %1: %2</source>
        <translation>Чтение остановлено на строке %1: %2</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed.</source>
        <translation>Поле в кавычках, начинающееся на строке %1, не закрыто.</translation>
    </message>
</context>
<context>
    <name>CurrencyConverter</name>
    <message>
        <source>No %1 rate for %2 on or before %3: import rates first (leadloop-cli import rates FILE).</source>
        <translation>Нет курса %1 для %2 на %3 или раньше: сначала импортируйте курсы (leadloop-cli import rates ФАЙЛ).</translation>
    </message>
</context>
<context>
    <name>CustomFunnel</name>
    <message>
        <source>A session step cannot match %1.</source>
        <translation>Шаг сессии не может сопоставить %1.</translation>
    </message>
    <message>
        <source>A funnel of sessions is broken down by a session dimension, not by %1.</source>
        <translation>Воронку сессий разбивают по измерению сессии, а не по %1.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>From previous step</source>
        <translation>От предыдущего шага</translation>
    </message>
    <message>
        <source>From previous step (low)</source>
        <translation>От предыдущего шага (нижняя)</translation>
    </message>
    <message>
        <source>From previous step (high)</source>
        <translation>От предыдущего шага (верхняя)</translation>
    </message>
    <message>
        <source>From first step</source>
        <translation>От первого шага</translation>
    </message>
    <message>
        <source>From first step (low)</source>
        <translation>От первого шага (нижняя)</translation>
    </message>
    <message>
        <source>From first step (high)</source>
        <translation>От первого шага (верхняя)</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>Median hours from previous</source>
        <translation>Медиана часов от предыдущего</translation>
    </message>
    <message>
        <source>90th percentile hours from previous</source>
        <translation>90-й процентиль часов от предыдущего</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>Database error in %1: the query returned no row.</source>
        <translation>Ошибка базы данных в %1: запрос не вернул ни одной строки.</translation>
    </message>
</context>
<context>
    <name>DealsCommand</name>
    <message>
        <source>Deals, win rate, won value and days to close per owner, product, account, channel, stage or lost reason.</source>
        <translation>Сделки, доля выигранных, сумма выигранных и дни до закрытия по ответственному, продукту, компании, каналу, этапу или причине проигрыша.</translation>
    </message>
    <message>
        <source>The grouping (default owner).</source>
        <translation>Группировка (по умолчанию ответственный).</translation>
    </message>
    <message>
        <source>deal creation</source>
        <translation>создание сделки</translation>
    </message>
</context>
<context>
    <name>DealsReport</name>
    <message>
        <source>--by takes one of %1, not &apos;%2&apos;.</source>
        <translation>--by принимает одно из: %1, а не «%2».</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Средняя выигранная сделка</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>Медиана дней до закрытия</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>--seed takes a whole number from 0 to 18446744073709551615, not &apos;%1&apos;.</source>
        <translation>--seed принимает целое число от 0 до 18446744073709551615, а не «%1».</translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it.</source>
        <translation>%1 уже существует; добавьте --force, чтобы заменить его.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Не удаётся заменить %1.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Create a demo workspace with a 90-day marketing and sales story.</source>
        <translation>Создать демонстрационную рабочую область с 90-дневной историей маркетинга и продаж.</translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation>Создаваемый файл рабочей области.</translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation>Начальное значение генератора (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Replace an existing workspace file.</source>
        <translation>Заменить существующий файл рабочей области.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo options are out of range.</source>
        <translation>Параметры демо вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>The demo story can only be written into an empty workspace.</source>
        <translation>Демонстрационную историю можно записать только в пустую рабочую область.</translation>
    </message>
    <message>
        <source>Creating the demo workspace was cancelled.</source>
        <translation>Создание демонстрационной рабочей области отменено.</translation>
    </message>
</context>
<context>
    <name>DemoSeeds</name>
    <message>
        <source>The demo&apos;s %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл демо %1: %2</translation>
    </message>
    <message>
        <source>The demo&apos;s story.json or vocabulary.json lacks a list it needs.</source>
        <translation>В файле story.json или vocabulary.json демо нет нужного списка.</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Начало (UTC)</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Источник / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Посадочная страница</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Просмотры страниц</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sessions to list: it is not a value a filter can name, or the other filters exclude it.</source>
        <translation>Для «%1» нет сеансов: фильтр не может указать это значение или другие фильтры его исключают.</translation>
    </message>
    <message>
        <source>A funnel stage needs a group.</source>
        <translation>Для этапа воронки нужна группа.</translation>
    </message>
    <message>
        <source>A funnel of sessions lists no people: count people to list them.</source>
        <translation>Воронка сеансов не показывает людей: считайте людей, чтобы увидеть их список.</translation>
    </message>
    <message>
        <source>A funnel step needs a group.</source>
        <translation>Для шага воронки нужна группа.</translation>
    </message>
</context>
<context>
    <name>DrillDownCommand</name>
    <message>
        <source>Usage: leadloop-cli drilldown leads|sessions [--by DIM --group VALUE] [options].</source>
        <translation>Использование: leadloop-cli drilldown leads|sessions [--by ИЗМЕРЕНИЕ --group ЗНАЧЕНИЕ] [параметры].</translation>
    </message>
    <message>
        <source>--stage takes leads, opportunities, customers or revenue, not &apos;%1&apos;.</source>
        <translation>--stage принимает leads, opportunities, customers или revenue, а не «%1».</translation>
    </message>
    <message>
        <source>--model takes a model id, not &apos;%1&apos;.</source>
        <translation>--model принимает id модели, а не «%1».</translation>
    </message>
    <message>
        <source>--limit takes a number of rows, 1 or more.</source>
        <translation>--limit принимает число строк, не меньше 1.</translation>
    </message>
    <message>
        <source>The leads or sessions behind a report&apos;s figure: the report&apos;s options with --by DIM --group VALUE naming the row.</source>
        <translation>Лиды или сеансы за числом отчёта: параметры отчёта и --by ИЗМЕРЕНИЕ --group ЗНАЧЕНИЕ для строки.</translation>
    </message>
    <message>
        <source>The row of the report: a value of --by.</source>
        <translation>Строка отчёта: значение --by.</translation>
    </message>
    <message>
        <source>leads: whose conversion counts (default lead).</source>
        <translation>leads: чья конверсия учитывается (по умолчанию lead).</translation>
    </message>
    <message>
        <source>leads: the model whose credit the figure shows (default linear; with --stage, the funnel&apos;s grouping touch, default first_touch).</source>
        <translation>leads: модель, чьё распределение показывает число (по умолчанию linear; с --stage — касание, группирующее воронку, по умолчанию first_touch).</translation>
    </message>
    <message>
        <source>leads: the funnel&apos;s people at this stage (leads, opportunities, customers, revenue) instead.</source>
        <translation>leads: вместо этого люди воронки на этом этапе (leads, opportunities, customers, revenue).</translation>
    </message>
    <message>
        <source>sessions: at most this many, newest first (default 5000).</source>
        <translation>sessions: не больше стольких, сначала новые (по умолчанию 5000).</translation>
    </message>
    <message>
        <source>conversions or sessions</source>
        <translation>конверсии или сеансы</translation>
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
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>нет сеансов</translation>
    </message>
    <message>
        <source>Channel rule set</source>
        <translation>Набор правил каналов</translation>
    </message>
    <message>
        <source>Session timeout</source>
        <translation>Тайм-аут сеанса</translation>
    </message>
    <message>
        <source>Attribution lookback</source>
        <translation>Окно атрибуции</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>Model for channels and campaigns</source>
        <translation>Модель для каналов и кампаний</translation>
    </message>
    <message>
        <source>Models compared</source>
        <translation>Сравниваемые модели</translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation>Пакеты импорта</translation>
    </message>
    <message>
        <source>Tracked sessions from</source>
        <translation>Отслеживаемые сеансы с</translation>
    </message>
    <message>
        <source>Rows rejected on import</source>
        <translation>Строки, отклонённые при импорте</translation>
    </message>
    <message>
        <source>Leads without tracking</source>
        <translation>Лиды без отслеживания</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Валюта отчётов</translation>
    </message>
    <message>
        <source>Marketing performance</source>
        <translation>Эффективность маркетинга</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <source>Change: against the period of the same length just before.</source>
        <translation>Изменение: по сравнению с предыдущим периодом той же длины.</translation>
    </message>
    <message>
        <source>Choose a period (--from and --to) to compare with the one before.</source>
        <translation>Выберите период (--from и --to), чтобы сравнить с предыдущим.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>People by the channel of their first visit; each stage counted on its own date.</source>
        <translation>Люди по каналу первого визита; каждый этап учитывается по своей дате.</translation>
    </message>
    <message>
        <source>Channels: cost and return</source>
        <translation>Каналы: затраты и отдача</translation>
    </message>
    <message>
        <source>Leads, customers and revenue credited by the %1 model; ROI = (revenue − cost) / cost.</source>
        <translation>Лиды, клиенты и выручка по модели %1; ROI = (выручка − затраты) / затраты.</translation>
    </message>
    <message>
        <source>Leads credited by every model</source>
        <translation>Лиды по каждой модели атрибуции</translation>
    </message>
    <message>
        <source>Each column shares the same leads among channels by one model (docs/metrics.md explains each).</source>
        <translation>Каждый столбец делит одних и тех же лидов между каналами по одной модели (каждая описана в docs/metrics.md).</translation>
    </message>
    <message>
        <source>Best and worst campaigns by ROI</source>
        <translation>Лучшие и худшие кампании по ROI</translation>
    </message>
    <message>
        <source>Campaigns with cost in the period, by ROI (%1 model).</source>
        <translation>Кампании с затратами за период, по ROI (модель %1).</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>Динамика по неделям</translation>
    </message>
    <message>
        <source>Leads created, first deals won and revenue won per ISO week.</source>
        <translation>Созданные лиды, первые выигранные сделки и выручка по неделям ISO.</translation>
    </message>
    <message>
        <source>Win rate by owner</source>
        <translation>Доля выигранных по ответственным</translation>
    </message>
    <message>
        <source>Why deals were lost</source>
        <translation>Почему сделки проиграны</translation>
    </message>
    <message>
        <source>Lost deals created in the period, by the reason given.</source>
        <translation>Проигранные сделки, созданные за период, по указанной причине.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методология</translation>
    </message>
    <message>
        <source>How the figures were made, and the data they rest on.</source>
        <translation>Как получены цифры и на каких данных они основаны.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln минута</numerusform>
            <numerusform>%Ln минуты</numerusform>
            <numerusform>%Ln минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (версия %2)</translation>
    </message>
    <message>
        <source>which leads become customers</source>
        <translation>какие лиды становятся клиентами</translation>
    </message>
    <message>
        <source>which leads with deals win one</source>
        <translation>какие лиды со сделками выигрывают хотя бы одну</translation>
    </message>
    <message>
        <source>which leads have %1 = yes</source>
        <translation>у каких лидов %1 = да</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>Скоринг лидов</translation>
    </message>
    <message>
        <source>A model trained on %1 predicts %2 (all time, not only this period). On %3 leads it never saw: ROC AUC %4 (baseline %5; 0.5 is guessing, 1 perfect), Brier score %6. The rows rank those leads by score in tenths.</source>
        <translation>Модель, обученная %1, предсказывает, %2 (за всё время, не только за этот период). На %3 лидах, которых она не видела: ROC AUC %4 (базовая модель %5; 0,5 — угадывание, 1 — идеал), оценка Брайера %6. Строки делят эти лиды по оценке на десятые доли.</translation>
    </message>
    <message>
        <source>What drives the lead score</source>
        <translation>Что влияет на оценку лида</translation>
    </message>
    <message>
        <source>The 15 features that weigh most in the model, with their share of its total weight.</source>
        <translation>15 признаков с наибольшим весом в модели и их доля в общем весе.</translation>
    </message>
    <message>
        <source>The 15 features that weigh most. Warning: %1 predicts the target almost alone and may be filled in after the outcome.</source>
        <translation>15 признаков с наибольшим весом. Внимание: %1 почти в одиночку предсказывает цель и, возможно, заполняется после исхода.</translation>
    </message>
    <message>
        <source>Intervals of rates</source>
        <translation>Интервалы долей</translation>
    </message>
    <message>
        <source>95 % Wilson score interval from the counts (Wilson 1927)</source>
        <translation>95-процентный интервал Уилсона по числам (Wilson 1927)</translation>
    </message>
    <message>
        <source>Intervals of credits</source>
        <translation>Интервалы атрибуции</translation>
    </message>
    <message>
        <source>95 % percentile bootstrap: the journeys resampled %1 times with replacement (seed 1), the model fitted again on each</source>
        <translation>95-процентный перцентильный бутстреп: пути %1 раз выбраны с возвращением (seed 1), модель заново подобрана на каждой выборке</translation>
    </message>
    <message>
        <source>Two rates compared</source>
        <translation>Сравнение двух долей</translation>
    </message>
    <message>
        <source>Newcombe&apos;s hybrid score interval of the difference and the pooled two-proportion z-test, both at 95 %</source>
        <translation>Гибридный интервал Ньюкомба для разности и объединённый z-тест для двух долей, оба на уровне 95 %</translation>
    </message>
    <message>
        <source>Leads credited by the %1 model with their 95 % bootstrap interval; the lead-to-customer rate with its 95 % Wilson interval (see the methodology).</source>
        <translation>Лиды по модели %1 с 95-процентным бутстреп-интервалом; доля от лида к клиенту с 95-процентным интервалом Уилсона (см. методологию).</translation>
    </message>
    <message>
        <source>How certain the channels&apos; figures are</source>
        <translation>Насколько надёжны цифры каналов</translation>
    </message>
    <message>
        <source>Deals created in the period and closed; win rate = won / (won + lost), with its 95 % interval.</source>
        <translation>Сделки, созданные за период и закрытые; доля выигранных = выигранные / (выигранные + проигранные), с 95-процентным интервалом.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>--platform takes %1, not &apos;%2&apos;.</source>
        <translation>--platform принимает %1, а не &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--stage takes lead, opportunity or customer, not &apos;%1&apos;.</source>
        <translation>--stage принимает lead, opportunity или customer, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (write 2026-03-31).</source>
        <translation>--%1: &apos;%2&apos; — не дата (укажите 2026-03-31).</translation>
    </message>
    <message>
        <source>--value takes revenue, amount or fixed:N (such as fixed:150), not &apos;%1&apos;.</source>
        <translation>--value принимает revenue, amount или fixed:N (например fixed:150), а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not a date and time (write 2026-03-05T14:30:00Z).</source>
        <translation>--at: &apos;%1&apos; — не дата и время (укажите 2026-03-05T14:30:00Z).</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>export conversions needs --platform and --stage.</source>
        <translation>export conversions требует --platform и --stage.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli export outcomes FILE.csv, export conversions --platform P --stage S [options], or export history.</source>
        <translation>Использование: leadloop-cli export outcomes ФАЙЛ.csv, export conversions --platform P --stage S [параметры] или export history.</translation>
    </message>
    <message>
        <source>The ad platform: google-ads, google-ads-enhanced, microsoft-ads, meta or linkedin.</source>
        <translation>Рекламная платформа: google-ads, google-ads-enhanced, microsoft-ads, meta или linkedin.</translation>
    </message>
    <message>
        <source>Which conversions: lead, opportunity or customer.</source>
        <translation>Какие конверсии: lead, opportunity или customer.</translation>
    </message>
    <message>
        <source>The conversion&apos;s name in the platform (default: Lead, Opportunity, Customer; Purchase for Meta&apos;s customers).</source>
        <translation>Название конверсии на платформе (по умолчанию: Lead, Opportunity, Customer; Purchase для клиентов в Meta).</translation>
    </message>
    <message>
        <source>Conversions on or after this day (UTC).</source>
        <translation>Конверсии с этого дня (UTC).</translation>
    </message>
    <message>
        <source>Conversions on or before this day (UTC).</source>
        <translation>Конверсии по этот день (UTC).</translation>
    </message>
    <message>
        <source>The value sent: revenue (default for opportunities and customers), amount or fixed:N (leads have none unless fixed).</source>
        <translation>Передаваемая ценность: revenue (по умолчанию для сделок и клиентов), amount или fixed:N (у лидов её нет, кроме фиксированной).</translation>
    </message>
    <message>
        <source>The time zone the file&apos;s times are written in (default: the system&apos;s).</source>
        <translation>Часовой пояс времени в файле (по умолчанию: системный).</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, two letters (a contact&apos;s own country column wins).</source>
        <translation>Страна телефонных номеров без кода страны, две буквы (собственный столбец страны контакта важнее).</translation>
    </message>
    <message>
        <source>Also send people whose ad_user_data consent is unknown (denied is never sent).</source>
        <translation>Передавать и людей, чьё согласие ad_user_data неизвестно (отказ не передаётся никогда).</translation>
    </message>
    <message>
        <source>Where to write retractions (default: beside --output, NAME-retractions.csv).</source>
        <translation>Куда записать отзывы (по умолчанию: рядом с --output, ИМЯ-retractions.csv).</translation>
    </message>
    <message>
        <source>Count the platforms&apos; windows back from this time (default: now).</source>
        <translation>Отсчитывать окна платформ назад от этого времени (по умолчанию: сейчас).</translation>
    </message>
    <message>
        <source>Who exports (default: your login name).</source>
        <translation>Кто экспортирует (по умолчанию: ваше имя входа).</translation>
    </message>
    <message>
        <source>Show what would be sent and left out; write and remember nothing.</source>
        <translation>Показать, что было бы отправлено и пропущено; ничего не записывать и не запоминать.</translation>
    </message>
    <message>
        <source>Write tagged outcomes for a CRM, or offline conversions for an ad platform.</source>
        <translation>Записать отмеченные исходы для CRM или офлайн-конверсии для рекламной платформы.</translation>
    </message>
    <message>
        <source>Meta accepts events up to 7 days old: send the file today.</source>
        <translation>Meta принимает события не старше 7 дней: отправьте файл сегодня.</translation>
    </message>
</context>
<context>
    <name>FactorWording</name>
    <message>
        <source>%1: no value</source>
        <translation>%1: нет значения</translation>
    </message>
    <message>
        <source>Visits to the site: %1</source>
        <translation>Визитов на сайт: %1</translation>
    </message>
    <message>
        <source>Pages viewed: %1</source>
        <translation>Просмотрено страниц: %1</translation>
    </message>
    <message>
        <source>Minutes on the site: %1</source>
        <translation>Минут на сайте: %1</translation>
    </message>
    <message>
        <source>Pages per visit: %1</source>
        <translation>Страниц за визит: %1</translation>
    </message>
    <message>
        <source>Channels it came through: %1</source>
        <translation>Каналов, через которые пришёл: %1</translation>
    </message>
    <message>
        <source>Days from the first visit to becoming a lead: %1</source>
        <translation>Дней от первого визита до превращения в лида: %1</translation>
    </message>
    <message>
        <source>Days since the last visit: %1</source>
        <translation>Дней с последнего визита: %1</translation>
    </message>
    <message>
        <source>Conversions on the site: %1</source>
        <translation>Конверсий на сайте: %1</translation>
    </message>
    <message>
        <source>First came from %1</source>
        <translation>Впервые пришёл из: %1</translation>
    </message>
    <message>
        <source>Did not first come from %1</source>
        <translation>Впервые пришёл не из: %1</translation>
    </message>
    <message>
        <source>Became a lead through %1</source>
        <translation>Стал лидом через: %1</translation>
    </message>
    <message>
        <source>Did not become a lead through %1</source>
        <translation>Стал лидом не через: %1</translation>
    </message>
    <message>
        <source>First visit from %1</source>
        <translation>Первый визит из: %1</translation>
    </message>
    <message>
        <source>First visit not from %1</source>
        <translation>Первый визит не из: %1</translation>
    </message>
    <message>
        <source>Came through the campaign %1</source>
        <translation>Пришёл через кампанию %1</translation>
    </message>
    <message>
        <source>Never came through the campaign %1</source>
        <translation>Ни разу не пришёл через кампанию %1</translation>
    </message>
    <message>
        <source>First landed on %1</source>
        <translation>Сначала попал на %1</translation>
    </message>
    <message>
        <source>Did not first land on %1</source>
        <translation>Сначала попал не на %1</translation>
    </message>
    <message>
        <source>Lead source: %1</source>
        <translation>Источник лида: %1</translation>
    </message>
    <message>
        <source>Lead source other than %1</source>
        <translation>Источник лида — не %1</translation>
    </message>
    <message>
        <source>Views of %1: %2</source>
        <translation>Просмотров %1: %2</translation>
    </message>
    <message>
        <source>Never viewed %1</source>
        <translation>Ни разу не открывал %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1, days after becoming a lead: %2</source>
        <translation>%1, дней после превращения в лида: %2</translation>
    </message>
    <message>
        <source>%1 other than %2</source>
        <translation>%1 — не %2</translation>
    </message>
</context>
<context>
    <name>FeatureSchema</name>
    <message>
        <source>The saved model names an unknown feature kind &quot;%1&quot;.</source>
        <translation>Сохранённая модель называет неизвестный вид признака «%1».</translation>
    </message>
</context>
<context>
    <name>FunnelCommand</name>
    <message>
        <source>--model takes first_touch, last_touch or last_non_direct, not &apos;%1&apos;.</source>
        <translation>--model принимает first_touch, last_touch или last_non_direct, а не «%1».</translation>
    </message>
    <message>
        <source>Visitors, leads, opportunities, customers and revenue per group, with step rates and days between stages.</source>
        <translation>Посетители, лиды, возможности, клиенты и выручка по группам, с конверсией этапов и днями между ними.</translation>
    </message>
    <message>
        <source>The touch that groups a person (default first_touch).</source>
        <translation>Касание, по которому группируется человек (по умолчанию first_touch).</translation>
    </message>
    <message>
        <source>each stage</source>
        <translation>каждый этап</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli funnel save NAME --steps FILE, funnel remove NAME, or funnel list.</source>
        <translation>Использование: leadloop-cli funnel save ИМЯ --steps ФАЙЛ, funnel remove ИМЯ или funnel list.</translation>
    </message>
    <message>
        <source>funnel save needs --steps FILE.</source>
        <translation>funnel save требует --steps ФАЙЛ.</translation>
    </message>
    <message>
        <source>--window-days takes a whole number of days (0 for no limit), not &apos;%1&apos;.</source>
        <translation>--window-days принимает целое число дней (0 — без ограничения), а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--order takes strict or any, not &apos;%1&apos;.</source>
        <translation>--order принимает strict или any, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give --steps or --saved, not both.</source>
        <translation>Укажите --steps или --saved, но не оба.</translation>
    </message>
    <message>
        <source>A custom funnel&apos;s steps, a JSON file (docs/metrics.md, &quot;Custom funnels&quot;).</source>
        <translation>Шаги своей воронки, файл JSON (docs/metrics.md, &quot;Custom funnels&quot;).</translation>
    </message>
    <message>
        <source>A custom funnel saved in the workspace.</source>
        <translation>Своя воронка, сохранённая в рабочем пространстве.</translation>
    </message>
    <message>
        <source>Custom funnels: every step within N days of the first (0: no limit; default: the funnel&apos;s).</source>
        <translation>Свои воронки: каждый шаг в пределах N дней от первого (0 — без ограничения; по умолчанию — как в воронке).</translation>
    </message>
    <message>
        <source>Custom funnels: the steps in the given order (strict) or in any order.</source>
        <translation>Свои воронки: шаги в заданном порядке (strict) или в любом.</translation>
    </message>
    <message>
        <source>Give --intervals (Wilson) or --bootstrap, not both: each bounds the same rates.</source>
        <translation>Укажите --intervals (Уилсон) или --bootstrap, но не оба: они ограничивают одни и те же доли.</translation>
    </message>
    <message>
        <source>Add each rate&apos;s 95 % bootstrap interval from N resamples of the people (columns RATE_low and RATE_high).</source>
        <translation>Добавить 95-процентный бутстреп-интервал каждой доли по N выборкам людей (столбцы RATE_low и RATE_high).</translation>
    </message>
</context>
<context>
    <name>FunnelDefinition</name>
    <message>
        <source>page titled %1</source>
        <translation>страница с заголовком %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>страница %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>событие %1</translation>
    </message>
    <message>
        <source>form submitted</source>
        <translation>отправлена форма</translation>
    </message>
    <message>
        <source>session with %1 %2</source>
        <translation>сессия с %1 %2</translation>
    </message>
    <message>
        <source>became a lead</source>
        <translation>стал лидом</translation>
    </message>
    <message>
        <source>lifecycle stage %1</source>
        <translation>этап жизненного цикла %1</translation>
    </message>
    <message>
        <source>deal created</source>
        <translation>создана сделка</translation>
    </message>
    <message>
        <source>deal stage %1</source>
        <translation>этап сделки %1</translation>
    </message>
    <message>
        <source>deal won</source>
        <translation>сделка выиграна</translation>
    </message>
    <message>
        <source>deal lost</source>
        <translation>сделка проиграна</translation>
    </message>
    <message>
        <source>%1 is not a funnel&apos;s steps (JSON: %2 at character %3).</source>
        <translation>%1 — не шаги воронки (JSON: %2 в символе %3).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>не объект</translation>
    </message>
    <message>
        <source>&quot;order&quot; is strict or any, not &quot;%1&quot;.</source>
        <translation>&quot;order&quot; — это strict или any, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;window_days&quot; is a whole number of days, 0 for no limit.</source>
        <translation>&quot;window_days&quot; — целое число дней, 0 — без ограничения.</translation>
    </message>
    <message>
        <source>&quot;count&quot; is people or sessions, not &quot;%1&quot;.</source>
        <translation>&quot;count&quot; — это people или sessions, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A funnel needs at least two &quot;steps&quot;.</source>
        <translation>Воронке нужно не меньше двух шагов (&quot;steps&quot;).</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>шаг %1</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; is one of %2, not &quot;%3&quot;.</source>
        <translation>%1: &quot;type&quot; — одно из %2, а не &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: a %2 step needs &quot;%3&quot;.</source>
        <translation>%1: шагу %2 нужно &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: a page step needs &quot;url&quot; or &quot;title&quot;.</source>
        <translation>%1: шагу page нужно &quot;url&quot; или &quot;title&quot;.</translation>
    </message>
    <message>
        <source>%1: a session step needs one of %2.</source>
        <translation>%1: шагу session нужно одно из %2.</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>посетил</translation>
    </message>
    <message>
        <source>&quot;count&quot;: &quot;sessions&quot; takes web steps only (page, event, form, session, visit).</source>
        <translation>&quot;count&quot;: &quot;sessions&quot; принимает только веб-шаги (page, event, form, session, visit).</translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>The funnel groups people by one touch: --model takes first_touch, last_touch or last_non_direct.</source>
        <translation>Воронка группирует людей по одному касанию: --model принимает first_touch, last_touch или last_non_direct.</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Visitor to lead</source>
        <translation>Посетитель → лид</translation>
    </message>
    <message>
        <source>Lead to opportunity</source>
        <translation>Лид → возможность</translation>
    </message>
    <message>
        <source>Opportunity to customer</source>
        <translation>Возможность → клиент</translation>
    </message>
    <message>
        <source>Visitor to customer</source>
        <translation>Посетитель → клиент</translation>
    </message>
    <message>
        <source>Median days to lead</source>
        <translation>Медиана дней до лида</translation>
    </message>
    <message>
        <source>Median days to opportunity</source>
        <translation>Медиана дней до возможности</translation>
    </message>
    <message>
        <source>Median days to customer</source>
        <translation>Медиана дней до клиента</translation>
    </message>
</context>
<context>
    <name>Ga4EventSource</name>
    <message>
        <source>visitor ← user_pseudo_id, time ← event_timestamp (microseconds), session ← ga_session_id (GA4 preset)</source>
        <translation>посетитель ← user_pseudo_id, время ← event_timestamp (микросекунды), сеанс ← ga_session_id (шаблон GA4)</translation>
    </message>
    <message>
        <source>url, referrer, title ← event_params page_location, page_referrer, page_title</source>
        <translation>url, источник перехода, заголовок ← event_params page_location, page_referrer, page_title</translation>
    </message>
    <message>
        <source>source, medium, campaign, term ← collected_traffic_source or event_params</source>
        <translation>источник, medium, кампания, ключевое слово ← collected_traffic_source или event_params</translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation>Id посетителя пуст.</translation>
    </message>
    <message>
        <source>The event has no event_timestamp.</source>
        <translation>У события нет event_timestamp.</translation>
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
        <translation>Не удалось передать лиды в XGBoost</translation>
    </message>
    <message>
        <source>There are no leads to learn from.</source>
        <translation>Нет лидов, на которых можно учиться.</translation>
    </message>
    <message>
        <source>The outcomes could not be handed to XGBoost</source>
        <translation>Не удалось передать исходы в XGBoost</translation>
    </message>
    <message>
        <source>XGBoost could not start</source>
        <translation>Не удалось запустить XGBoost</translation>
    </message>
    <message>
        <source>XGBoost refused the setting %1</source>
        <translation>XGBoost отклонил настройку %1</translation>
    </message>
    <message>
        <source>XGBoost could not train</source>
        <translation>XGBoost не смог обучиться</translation>
    </message>
    <message>
        <source>XGBoost could not score the leads</source>
        <translation>XGBoost не смог оценить лиды</translation>
    </message>
    <message>
        <source>The model could not be saved</source>
        <translation>Не удалось сохранить модель</translation>
    </message>
    <message>
        <source>The saved model could not be read</source>
        <translation>Не удалось прочитать сохранённую модель</translation>
    </message>
    <message>
        <source>XGBoost could not judge its trees</source>
        <translation>XGBoost не смог оценить свои деревья</translation>
    </message>
    <message>
        <source>XGBoost could not keep its best trees</source>
        <translation>XGBoost не смог сохранить лучшие деревья</translation>
    </message>
</context>
<context>
    <name>HeaderCheck</name>
    <message>
        <source>The header names the column &apos;%1&apos; twice (columns %2 and %3), so which one to read is unclear. Rename one of them.</source>
        <translation>В заголовке столбец &apos;%1&apos; указан дважды (столбцы %2 и %3), поэтому неясно, какой читать. Переименуйте один из них.</translation>
    </message>
</context>
<context>
    <name>HeadlineReport</name>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
</context>
<context>
    <name>HeadlinesCommand</name>
    <message>
        <source>The dashboard&apos;s figures for a period, with the change against the period before.</source>
        <translation>Показатели панели за период с изменением относительно предыдущего периода.</translation>
    </message>
    <message>
        <source>the period</source>
        <translation>период</translation>
    </message>
</context>
<context>
    <name>IdentityCommands</name>
    <message>
        <source>Usage: leadloop-cli %1 VISITOR CONTACT [--by NAME] [--reason TEXT].</source>
        <translation>Использование: leadloop-cli %1 ПОСЕТИТЕЛЬ КОНТАКТ [--by ИМЯ] [--reason ТЕКСТ].</translation>
    </message>
    <message>
        <source>Who decides (default: your login name).</source>
        <translation>Кто решает (по умолчанию ваше имя входа).</translation>
    </message>
    <message>
        <source>Why; kept in the identity log.</source>
        <translation>Почему; сохраняется в журнале идентификации.</translation>
    </message>
    <message>
        <source>List the links between visitors and leads, or the cookies to review.</source>
        <translation>Показать связи между посетителями и лидами или cookie для проверки.</translation>
    </message>
    <message>
        <source>List cookies seen with two e-mails instead.</source>
        <translation>Вместо этого показать cookie, замеченные с двумя адресами e-mail.</translation>
    </message>
    <message>
        <source>Link a visitor (cookie id) to a lead; its only link from then on.</source>
        <translation>Связать посетителя (id cookie) с лидом; отныне это его единственная связь.</translation>
    </message>
    <message>
        <source>Undo a link between a visitor and a lead.</source>
        <translation>Отменить связь между посетителем и лидом.</translation>
    </message>
    <message>
        <source>Leave a visitor apart from a lead it was seen with.</source>
        <translation>Оставить посетителя отдельно от лида, с которым он был замечен.</translation>
    </message>
</context>
<context>
    <name>IdentityDecisionCommand</name>
    <message>
        <source>Link visitor %1 to %2</source>
        <translation>Связать посетителя %1 с %2</translation>
    </message>
    <message>
        <source>Keep visitor %1 apart from %2</source>
        <translation>Оставить посетителя %1 отдельно от %2</translation>
    </message>
</context>
<context>
    <name>IdentityReview</name>
    <message>
        <source>No visitor has the cookie id or number &apos;%1&apos;.</source>
        <translation>Ни у одного посетителя нет id cookie или номера «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a deal without a contact.</source>
        <translation>«%1» — сделка без контакта.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Cookie id</source>
        <translation>Id cookie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Linked (UTC)</source>
        <translation>Связан (UTC)</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Связан с</translation>
    </message>
    <message>
        <source>Its e-mail</source>
        <translation>Его e-mail</translation>
    </message>
    <message>
        <source>Also seen as</source>
        <translation>Также замечен как</translation>
    </message>
    <message>
        <source>That e-mail</source>
        <translation>Этот e-mail</translation>
    </message>
    <message>
        <source>Seen (UTC)</source>
        <translation>Замечен (UTC)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>linked to contact %1 instead</source>
        <translation>вместо этого связан с контактом %1</translation>
    </message>
    <message>
        <source>Visitor %1 is not linked to %2.</source>
        <translation>Посетитель %1 не связан с %2.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>IdentityStitcher</name>
    <message>
        <source>a form carried %1</source>
        <translation>форма содержала %1</translation>
    </message>
    <message>
        <source>the cookie is linked to contact %1 and a form carried %2</source>
        <translation>cookie связан с контактом %1, а форма содержала %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--delimiter takes , ; | or tab, not &apos;%1&apos;.</source>
        <translation>--delimiter принимает , ; | или tab, а не «%1».</translation>
    </message>
    <message>
        <source>--session-timeout takes minutes from 1 to 1440.</source>
        <translation>--session-timeout принимает минуты от 1 до 1440.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2 (%3 preset, %4, delimiter %5).</source>
        <translation>%1 импортирован как пакет %2 (шаблон %3, %4, разделитель %5).</translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, duplicates %4; new visitors %5, new sessions %6, continued sessions %7.</source>
        <translation>Прочитано строк %1, импортировано %2, отклонено %3, дубликатов %4; новых посетителей %5, новых сеансов %6, продолженных сеансов %7.</translation>
    </message>
    <message>
        <source>Import a file into the workspace as one batch.</source>
        <translation>Импортировать файл в рабочую область одним пакетом.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs, comma-separated.</source>
        <translation>Пары ПОЛЕ=СТОЛБЕЦ через запятую.</translation>
    </message>
    <message>
        <source>The delimiter: , ; | or tab (default: detect).</source>
        <translation>Разделитель: , ; | или tab (по умолчанию определяется).</translation>
    </message>
    <message>
        <source>The encoding, e.g. windows-1250 (default: detect).</source>
        <translation>Кодировка, например windows-1251 (по умолчанию определяется).</translation>
    </message>
    <message>
        <source>The time format (default: ISO 8601 or epoch).</source>
        <translation>Формат времени (по умолчанию ISO 8601 или epoch).</translation>
    </message>
    <message>
        <source>The time zone of times without one (default UTC).</source>
        <translation>Часовой пояс для времени без пояса (по умолчанию UTC).</translation>
    </message>
    <message>
        <source>Minutes of inactivity that end a session (default 30).</source>
        <translation>Минуты бездействия, завершающие сеанс (по умолчанию 30).</translation>
    </message>
    <message>
        <source>The site&apos;s own hosts, comma-separated (default: learned).</source>
        <translation>Собственные хосты сайта через запятую (по умолчанию определяются).</translation>
    </message>
    <message>
        <source>Event names that count as conversions.</source>
        <translation>Имена событий, считающихся конверсиями.</translation>
    </message>
    <message>
        <source>Write the rejected rows and their reasons to this CSV file.</source>
        <translation>Записать отклонённые строки и причины в этот CSV-файл.</translation>
    </message>
    <message>
        <source>The worksheet of an .xlsx file (default: the first).</source>
        <translation>Лист файла .xlsx (по умолчанию первый).</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2 (%3 preset).</source>
        <translation>%1 импортирован как пакет %2 (шаблон %3).</translation>
    </message>
    <message>
        <source>Rows read %1, imported %2, rejected %3, unchanged %4; contacts %5 new, %6 updated; deals %7 new, %8 updated; %9 stage changes, %10 outcome events.</source>
        <translation>Прочитано строк %1, импортировано %2, отклонено %3, без изменений %4; контактов: новых %5, обновлено %6; сделок: новых %7, обновлено %8; изменений этапа %9, событий исхода %10.</translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN.</source>
        <translation>--map: «%1» — не ПОЛЕ=СТОЛБЕЦ.</translation>
    </message>
    <message>
        <source>Rates: %1 rows read, %2 imported, %3 rejected.</source>
        <translation>Курсы: прочитано строк %1, импортировано %2, отклонено %3.</translation>
    </message>
    <message>
        <source>Costs: %1 rows read, %2 imported, %3 rejected; %4 campaign-days (%5 replaced), %6 new campaigns, %7 rows with no matching sessions; total %8 %9.</source>
        <translation>Затраты: прочитано строк %1, импортировано %2, отклонено %3; дней кампаний %4 (заменено %5), новых кампаний %6, строк без подходящих сеансов %7; всего %8 %9.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli import tracking|crm|costs|rates FILE [options].</source>
        <translation>Использование: leadloop-cli import tracking|crm|costs|rates ФАЙЛ [параметры].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be imported by this version; it imports: tracking, crm, costs, rates.</source>
        <translation>Эта версия не может импортировать «%1»; она импортирует: tracking, crm, costs, rates.</translation>
    </message>
    <message>
        <source>crm: the stages that mean won, comma-separated.</source>
        <translation>crm: этапы, означающие выигрыш, через запятую.</translation>
    </message>
    <message>
        <source>crm: the stages that mean lost, comma-separated.</source>
        <translation>crm: этапы, означающие проигрыш, через запятую.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>--preset: &apos;%1&apos; is not one of %2, nor a preset saved for %3 imports (saved: %4).</source>
        <translation>--preset: «%1» — не одно из %2 и не сохранённый шаблон импорта %3 (сохранены: %4).</translation>
    </message>
    <message>
        <source>none built in</source>
        <translation>встроенных нет</translation>
    </message>
    <message>
        <source>tracking: auto (default), generic, ga4, ua or snowplow; crm: auto, generic, hubspot-contacts, hubspot-deals, salesforce-leads, salesforce-contacts, salesforce-opportunities, salesforce-opportunity-history or salesforce-campaign-members; or the name of a preset saved in the desktop&apos;s import wizard (--map pairs override its columns).</source>
        <translation>tracking: auto (по умолчанию), generic, ga4, ua или snowplow; crm: auto, generic, hubspot-contacts, hubspot-deals, salesforce-leads, salesforce-contacts, salesforce-opportunities, salesforce-opportunity-history или salesforce-campaign-members; или имя шаблона, сохранённого в мастере импорта приложения (пары --map заменяют его столбцы).</translation>
    </message>
</context>
<context>
    <name>ImportIssues</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlans</name>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>Импорт отменён; рабочая область не изменена.</translation>
    </message>
    <message>
        <source>Web tracking (visits, page views, events)</source>
        <translation>Веб-аналитика (визиты, просмотры, события)</translation>
    </message>
    <message>
        <source>CRM (contacts, leads, deals)</source>
        <translation>CRM (контакты, лиды, сделки)</translation>
    </message>
    <message>
        <source>Campaign costs</source>
        <translation>Затраты на кампании</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>%1 page views and %2 events in %3 sessions of %4 new visitors.</source>
        <translation>%1 просмотров и %2 событий в %3 сеансах %4 новых посетителей.</translation>
    </message>
    <message>
        <source>%1 leads from forms, %2 visitors linked to leads.</source>
        <translation>%1 лидов из форм, %2 посетителей связаны с лидами.</translation>
    </message>
    <message>
        <source>%1 contacts created, %2 updated; %3 deals created, %4 updated.</source>
        <translation>Создано контактов %1, обновлено %2; создано сделок %3, обновлено %4.</translation>
    </message>
    <message>
        <source>%1 campaign-days, %2 new campaigns; %3 rows name a campaign no session carries.</source>
        <translation>Дней кампаний %1, новых кампаний %2; %3 строк указывают кампанию, которой нет ни в одном сеансе.</translation>
    </message>
</context>
<context>
    <name>ImportPresets</name>
    <message>
        <source>Cannot read the import presets in %1: %2</source>
        <translation>Не удаётся прочитать шаблоны импорта в %1: %2</translation>
    </message>
    <message>
        <source>The import presets in %1 are not valid JSON: %2 (at character %3).</source>
        <translation>Шаблоны импорта в %1 — не корректный JSON: %2 (символ %3).</translation>
    </message>
    <message>
        <source>Cannot save the import presets to %1: %2</source>
        <translation>Не удаётся сохранить шаблоны импорта в %1: %2</translation>
    </message>
    <message>
        <source>No %1 import preset is called &apos;%2&apos;.</source>
        <translation>Шаблона импорта %1 с именем «%2» нет.</translation>
    </message>
    <message>
        <source>An import preset needs a name.</source>
        <translation>У шаблона импорта должно быть имя.</translation>
    </message>
</context>
<context>
    <name>ImportReplay</name>
    <message>
        <source>A team member made an import of a kind this LeadLoop does not know (%1); update LeadLoop to apply it.</source>
        <translation>Участник команды выполнил импорт неизвестного этой версии LeadLoop вида (%1); обновите LeadLoop, чтобы применить его.</translation>
    </message>
</context>
<context>
    <name>ImportsCommand</name>
    <message>
        <source>Batch</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Imported at (UTC)</source>
        <translation>Импортировано (UTC)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>--remove takes a batch number, not &apos;%1&apos;.</source>
        <translation>--remove принимает номер пакета, а не «%1».</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Rows removed</source>
        <translation>Удалено строк</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>List the import batches of the workspace, or remove one with everything it brought.</source>
        <translation>Показать пакеты импорта рабочей области или удалить один со всем, что он принёс.</translation>
    </message>
    <message>
        <source>Remove this batch and everything it brought (refused while other data depends on it).</source>
        <translation>Удалить этот пакет и всё, что он принёс (отказ, пока от него зависят другие данные).</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Workspace %1, schema version %2</source>
        <translation>Рабочая область %1, версия схемы %2</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s schema version and the rows in every table.</source>
        <translation>Показать версию схемы рабочей области и число строк в каждой таблице.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Рабочая область %1 не существует.</translation>
    </message>
    <message>
        <source>Page %1 does not match its checksum.</source>
        <translation>Страница %1 не совпадает со своей контрольной суммой.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
</context>
<context>
    <name>JourneyCommand</name>
    <message>
        <source>Usage: leadloop-cli journey LEAD.</source>
        <translation>Использование: leadloop-cli journey ЛИД.</translation>
    </message>
    <message>
        <source>How each model credits this %1&apos;s touches:</source>
        <translation>Как каждая модель распределяет касания этого %1:</translation>
    </message>
    <message>
        <source>Everything that happened to one lead, in time order, and how each model credits their touches.</source>
        <translation>Всё, что произошло с одним лидом, по времени, и как каждая модель распределяет его касания.</translation>
    </message>
</context>
<context>
    <name>JourneyReport</name>
    <message>
        <source>%1 names a deal without a lead.</source>
        <translation>%1 указывает на сделку без лида.</translation>
    </message>
    <message>
        <source>visitor %1</source>
        <translation>посетитель %1</translation>
    </message>
    <message>
        <source>%1 visitor %2 (%3)%4</source>
        <translation>%1 посетитель %2 (%3)%4</translation>
    </message>
    <message>
        <source>became a lead: %1</source>
        <translation>стал лидом: %1</translation>
    </message>
    <message>
        <source>deal %1 created: %2</source>
        <translation>создана сделка %1: %2</translation>
    </message>
    <message>
        <source>deal %1 entered %2</source>
        <translation>сделка %1 перешла в %2</translation>
    </message>
    <message>
        <source>deal %1: %2 → %3 by %4 (%5)%6</source>
        <translation>сделка %1: %2 → %3, %4 (%5)%6</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Источник / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Посадочная страница</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Просмотры страниц</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Длительность (с)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>Touch (UTC)</source>
        <translation>Касание (UTC)</translation>
    </message>
    <message>
        <source>Ad click ids</source>
        <translation>Идентификаторы кликов по рекламе</translation>
    </message>
</context>
<context>
    <name>JsonLinesSource</name>
    <message>
        <source>The line is not valid JSON (%1).</source>
        <translation>Строка — недопустимый JSON (%1).</translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message>
        <source>lead since %1</source>
        <translation>лид с %1</translation>
    </message>
    <message>
        <source>first channel: %1</source>
        <translation>первый канал: %1</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(без этапа)</translation>
    </message>
    <message>
        <source>No deal yet: marking the lead won or lost opens one.</source>
        <translation>Сделки пока нет: отметка лида как выигранного или проигранного создаст её.</translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation>История исходов</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>Not tagged yet.</source>
        <translation>Ещё не отмечен.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Путь клиента</translation>
    </message>
    <message>
        <source>No tracked visits are linked to this lead.</source>
        <translation>С этим лидом не связано ни одного отслеженного визита.</translation>
    </message>
    <message>
        <source>This part could not be read: %1</source>
        <translation>Эту часть не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Оценка лида</translation>
    </message>
    <message>
        <source>tier: %1</source>
        <translation>уровень: %1</translation>
    </message>
    <message>
        <source>Ad consent: user data %1, personalization %2</source>
        <translation>Согласие на рекламу: данные пользователя — %1, персонализация — %2</translation>
    </message>
</context>
<context>
    <name>LeadHistory</name>
    <message>
        <source>A contact&apos;s packed properties are not a JSON object; File &gt; Recover… rebuilds them.</source>
        <translation>Упакованные свойства контакта не являются объектом JSON; Файл &gt; Спасти… построит их заново.</translation>
    </message>
</context>
<context>
    <name>LeadList</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Создан (UTC)</translation>
    </message>
    <message>
        <source>First channel</source>
        <translation>Первый канал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Этап сделки</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Дней открыта</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
</context>
<context>
    <name>LeadOutcomes</name>
    <message>
        <source>The property %1 is not yes/no (one value is &quot;%2&quot;), so it cannot be a target.</source>
        <translation>Свойство %1 не является да/нет (одно из значений — «%2»), поэтому не может быть целью.</translation>
    </message>
    <message>
        <source>No contact has a value for the property %1.</source>
        <translation>Ни у одного контакта нет значения свойства %1.</translation>
    </message>
    <message>
        <source>The workspace holds no leads to score yet.</source>
        <translation>В рабочем пространстве пока нет лидов для оценки.</translation>
    </message>
</context>
<context>
    <name>LeadResolver</name>
    <message>
        <source>Name a lead: an e-mail, a contact id or a deal id.</source>
        <translation>Укажите лида: e-mail, id контакта или id сделки.</translation>
    </message>
    <message>
        <source>No lead has the e-mail %1.</source>
        <translation>Ни у одного лида нет адреса %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names both a contact and a deal; write contact:%1 or deal:%1.</source>
        <translation>«%1» указывает и на контакт, и на сделку; напишите contact:%1 или deal:%1.</translation>
    </message>
    <message>
        <source>No lead or deal is called &apos;%1&apos; (give an e-mail, a contact id or deal:ID).</source>
        <translation>Нет лида или сделки с именем «%1» (укажите e-mail, id контакта или deal:ID).</translation>
    </message>
</context>
<context>
    <name>LeadScores</name>
    <message>
        <source>very high</source>
        <translation>очень высокий</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкий</translation>
    </message>
    <message>
        <source>The model %1 that scored this lead is missing from the workspace.</source>
        <translation>Модель %1, которая оценила этот лид, отсутствует в рабочей области.</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
</context>
<context>
    <name>LeadsCommand</name>
    <message>
        <source>--outcome takes open, won, lost or none, not &apos;%1&apos;.</source>
        <translation>--outcome принимает open, won, lost или none, а не «%1».</translation>
    </message>
    <message>
        <source>Only leads with this text in the name, company or e-mail.</source>
        <translation>Только лиды с этим текстом в имени, компании или e-mail.</translation>
    </message>
    <message>
        <source>Only leads of this owner (repeatable).</source>
        <translation>Только лиды этого ответственного (можно повторять).</translation>
    </message>
    <message>
        <source>Only leads with this outcome; none: without a deal (repeatable).</source>
        <translation>Только лиды с этим исходом; none — без сделки (можно повторять).</translation>
    </message>
    <message>
        <source>Only leads whose first channel is this (repeatable).</source>
        <translation>Только лиды с этим первым каналом (можно повторять).</translation>
    </message>
    <message>
        <source>Only leads this user owns (my leads).</source>
        <translation>Только лиды этого пользователя (мои лиды).</translation>
    </message>
    <message>
        <source>First day of lead creation (UTC).</source>
        <translation>Первый день создания лида (UTC).</translation>
    </message>
    <message>
        <source>Last day of lead creation (UTC).</source>
        <translation>Последний день создания лида (UTC).</translation>
    </message>
    <message>
        <source>--tier takes very_high, high, medium, low or none, not &apos;%1&apos;.</source>
        <translation>--tier принимает very_high, high, medium, low или none, а не «%1».</translation>
    </message>
    <message>
        <source>The leads table of the desktop app: every contact once per deal, with owner, first channel, stage, outcome, amount, days open, score and tier.</source>
        <translation>Таблица лидов приложения: каждый контакт по разу на сделку, с ответственным, первым каналом, этапом, исходом, суммой, днями открытия, оценкой и уровнем.</translation>
    </message>
    <message>
        <source>Only leads of this score tier: very_high, high, medium, low, or none for leads without a tier (repeatable).</source>
        <translation>Только лиды этого уровня оценки: very_high, high, medium, low или none для лидов без уровня (можно повторять).</translation>
    </message>
    <message>
        <source>--property takes NAME=VALUE, not &apos;%1&apos;.</source>
        <translation>--property принимает ИМЯ=ЗНАЧЕНИЕ, а не «%1».</translation>
    </message>
    <message>
        <source>Only leads whose contact has this property value, as NAME=VALUE (repeatable; all must hold).</source>
        <translation>Только лиды, у контакта которых есть это значение свойства, в виде ИМЯ=ЗНАЧЕНИЕ (можно повторять; должны выполняться все).</translation>
    </message>
</context>
<context>
    <name>LogisticRegression</name>
    <message>
        <source>There are no leads to learn from.</source>
        <translation>Нет лидов, на которых можно учиться.</translation>
    </message>
    <message>
        <source>The baseline model could not be fitted to these leads.</source>
        <translation>Не удалось подобрать базовую модель к этим лидам.</translation>
    </message>
</context>
<context>
    <name>LostReasons</name>
    <message>
        <source>A lost reason cannot be empty.</source>
        <translation>Причина проигрыша не может быть пустой.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a lost reason.</source>
        <translation>«%1» уже есть среди причин проигрыша.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lost reason.</source>
        <translation>«%1» — не причина проигрыша.</translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <source>Missing schema resource %1.</source>
        <translation>Нет ресурса схемы %1.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to version %1 (%2) failed: %3</source>
        <translation>Не удалось обновить рабочую область до версии %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>OutcomeCommands</name>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Took effect (UTC)</source>
        <translation>Вступило в силу (UTC)</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli tag LEAD won|lost|open [options].</source>
        <translation>Использование: leadloop-cli tag ЛИД won|lost|open [параметры].</translation>
    </message>
    <message>
        <source>--amount: &apos;%1&apos; is not an amount (write 1234.56 or 1 234,56).</source>
        <translation>--amount: «%1» — не сумма (пишите 1234.56 или 1 234,56).</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not a date and time (write 2024-03-05T14:30:00Z).</source>
        <translation>--at: «%1» — не дата и время (пишите 2024-03-05T14:30:00Z).</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli untag LEAD [--by NAME] [--note TEXT].</source>
        <translation>Использование: leadloop-cli untag ЛИД [--by ИМЯ] [--note ТЕКСТ].</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli history LEAD.</source>
        <translation>Использование: leadloop-cli history ЛИД.</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Who records it (default: your login name).</source>
        <translation>Кто записывает (по умолчанию ваше имя входа).</translation>
    </message>
    <message>
        <source>A note kept with the event.</source>
        <translation>Заметка, сохраняемая вместе с событием.</translation>
    </message>
    <message>
        <source>Tag a lead won, lost or open; every tag is kept in the lead&apos;s history.</source>
        <translation>Отметить лида как выигранного, проигранного или открытого; каждая отметка сохраняется в истории лида.</translation>
    </message>
    <message>
        <source>The amount won (default: the deal&apos;s).</source>
        <translation>Выигранная сумма (по умолчанию сумма сделки).</translation>
    </message>
    <message>
        <source>Its currency, e.g. EUR (default: the deal&apos;s).</source>
        <translation>Её валюта, например RUB (по умолчанию валюта сделки).</translation>
    </message>
    <message>
        <source>Why it was lost (see lost-reasons).</source>
        <translation>Почему проиграна (см. lost-reasons).</translation>
    </message>
    <message>
        <source>When it happened (default: now).</source>
        <translation>Когда это произошло (по умолчанию сейчас).</translation>
    </message>
    <message>
        <source>Undo the latest outcome change of a lead (kept in its history).</source>
        <translation>Отменить последнее изменение исхода лида (остаётся в истории).</translation>
    </message>
    <message>
        <source>Show every outcome change of a lead.</source>
        <translation>Показать все изменения исхода лида.</translation>
    </message>
    <message>
        <source>List, add or remove the reasons offered for lost deals.</source>
        <translation>Показать, добавить или удалить причины, предлагаемые для проигранных сделок.</translation>
    </message>
    <message>
        <source>Add a reason.</source>
        <translation>Добавить причину.</translation>
    </message>
    <message>
        <source>Remove a reason.</source>
        <translation>Удалить причину.</translation>
    </message>
</context>
<context>
    <name>OutcomeReports</name>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Название сделки</translation>
    </message>
    <message>
        <source>Took effect (UTC)</source>
        <translation>Вступило в силу (UTC)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Записано (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>LeadLoop deal</source>
        <translation>Сделка LeadLoop</translation>
    </message>
    <message>
        <source>CRM deal id</source>
        <translation>Id сделки в CRM</translation>
    </message>
    <message>
        <source>CRM contact id</source>
        <translation>Id контакта в CRM</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Tagged by</source>
        <translation>Отметил(а)</translation>
    </message>
    <message>
        <source>Tagged at (UTC)</source>
        <translation>Отмечено (UTC)</translation>
    </message>
</context>
<context>
    <name>OutcomeTagger</name>
    <message>
        <source>Deal %1 does not exist.</source>
        <translation>Сделки %1 не существует.</translation>
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation>Контакта %1 не существует.</translation>
    </message>
    <message>
        <source>An outcome is won, lost or open, not &apos;%1&apos;.</source>
        <translation>Исход — это won, lost или open, а не «%1».</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR or PLN, not &apos;%1&apos;.</source>
        <translation>Валюта — это трёхбуквенный код, например EUR или RUB, а не «%1».</translation>
    </message>
    <message>
        <source>Lost needs a reason: one of %1, or your own words.</source>
        <translation>Для проигрыша нужна причина: одна из %1 или своими словами.</translation>
    </message>
    <message>
        <source>%1 has no deal, so there is nothing to undo.</source>
        <translation>У %1 нет сделки, поэтому отменять нечего.</translation>
    </message>
    <message>
        <source>Deal %1 has no outcome to undo.</source>
        <translation>У сделки %1 нет исхода для отмены.</translation>
    </message>
    <message>
        <source>undoes event %1</source>
        <translation>отменяет событие %1</translation>
    </message>
    <message>
        <source> (undoes event %1)</source>
        <translation> (отменяет событие %1)</translation>
    </message>
    <message>
        <source>Won needs an amount, and deal %1 has none: give the amount won.</source>
        <translation>Для выигрыша нужна сумма, а у сделки %1 её нет: укажите выигранную сумму.</translation>
    </message>
    <message numerus="yes">
        <source>This lead has %Ln open deals; name one: %1.</source>
        <translation>
            <numerusform>У этого лида %Ln открытая сделка; укажите её: %1.</numerusform>
            <numerusform>У этого лида %Ln открытые сделки; укажите одну: %1.</numerusform>
            <numerusform>У этого лида %Ln открытых сделок; укажите одну: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>PathData</name>
    <message>
        <source>%1 is empty: a header row was expected.</source>
        <translation>%1 пуст: ожидалась строка заголовков.</translation>
    </message>
    <message>
        <source>%1 needs the columns path and total_conversions (and optionally total_conversion_value and total_null); it has: %2.</source>
        <translation>%1 требует столбцы path и total_conversions (и при желании total_conversion_value и total_null); в нём: %2.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: &apos;%4&apos; is not a count or amount of 0 or more.</source>
        <translation>%1, строка %2, столбец %3: «%4» — не число или сумма от 0 и выше.</translation>
    </message>
    <message>
        <source>%1, row %2, column path: the path is empty.</source>
        <translation>%1, строка %2, столбец path: путь пуст.</translation>
    </message>
</context>
<context>
    <name>PathsCommand</name>
    <message>
        <source>--top takes 1 or more.</source>
        <translation>--top принимает 1 или больше.</translation>
    </message>
    <message>
        <source>The most frequent paths of touches to conversion.</source>
        <translation>Самые частые пути касаний к конверсии.</translation>
    </message>
    <message>
        <source>How many paths (default 10).</source>
        <translation>Сколько путей (по умолчанию 10).</translation>
    </message>
    <message>
        <source>What counts as a conversion (default lead).</source>
        <translation>Что считается конверсией (по умолчанию lead).</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>конверсии</translation>
    </message>
</context>
<context>
    <name>PathsReport</name>
    <message>
        <source>--top takes 1 or more.</source>
        <translation>--top принимает 1 или больше.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Касания</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>Share of conversions</source>
        <translation>Доля конверсий</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Окупаемость инвестиций</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>From visitor to customer</source>
        <translation>От посетителя до клиента</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Revenue and cost (%1)</source>
        <translation>Выручка и затраты (%1)</translation>
    </message>
    <message>
        <source>Leads and customers per week</source>
        <translation>Лиды и клиенты по неделям</translation>
    </message>
    <message>
        <source>Period: %1 · generated %2 by LeadLoop</source>
        <translation>Период: %1 · создано %2 в LeadLoop</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 against the period before</source>
        <translation>%1 по сравнению с предыдущим периодом</translation>
    </message>
    <message>
        <source>Share found when calling the top tenths first</source>
        <translation>Доля найденных при звонках сначала верхним десятым</translation>
    </message>
    <message>
        <source>Found by score</source>
        <translation>Найдено по оценке</translation>
    </message>
    <message>
        <source>Found at random</source>
        <translation>Найдено случайно</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lead to customer</source>
        <translation>От лида к клиенту</translation>
    </message>
    <message>
        <source>Lead to customer, with 95 % intervals</source>
        <translation>От лида к клиенту, с 95-процентными интервалами</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Out of memory while connecting to %1.</source>
        <translation>Не хватило памяти при подключении к %1.</translation>
    </message>
    <message>
        <source>The team server %1 refused the login: %2</source>
        <translation>Сервер команды %1 отклонил вход: %2</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached: %2</source>
        <translation>Сервер команды %1 недоступен: %2</translation>
    </message>
    <message>
        <source>The connection to the team server %1 was lost: %2</source>
        <translation>Соединение с сервером команды %1 потеряно: %2</translation>
    </message>
    <message>
        <source>The team server %1 refused: %2</source>
        <translation>Сервер команды %1 отказал: %2</translation>
    </message>
    <message>
        <source>The team server %1 reported: %2</source>
        <translation>Сервер команды %1 сообщил: %2</translation>
    </message>
</context>
<context>
    <name>PropertiesCommand</name>
    <message>
        <source>%1 has no contact, so no properties.</source>
        <translation>У %1 нет контакта, а значит, нет и свойств.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Свойство</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Разных значений</translation>
    </message>
    <message>
        <source>List the contact properties CRM imports kept (the columns no field maps) with their types, or one lead&apos;s values.</source>
        <translation>Показать свойства контактов, сохранённые импортом CRM (столбцы без сопоставленного поля), с их типами или значения одного лида.</translation>
    </message>
</context>
<context>
    <name>Proportions</name>
    <message>
        <source>%1 and %2 cannot be told apart: %3 vs %4, the difference could be anything from %5 to %6 points (%7).</source>
        <translation>%1 и %2 не различить: %3 против %4, разница может быть от %5 до %6 пунктов (%7).</translation>
    </message>
    <message>
        <source>%1 converts better than %2: %3 vs %4, difference %5 to %6 points (%7).</source>
        <translation>%1 конвертирует лучше, чем %2: %3 против %4, разница от %5 до %6 пунктов (%7).</translation>
    </message>
</context>
<context>
    <name>RateIntervals</name>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (нижняя)</translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation>%1 (верхняя)</translation>
    </message>
</context>
<context>
    <name>RecoverCommand</name>
    <message>
        <source>recover needs --out FILE: the new workspace to write (the damaged one is never changed).</source>
        <translation>recover требует --out ФАЙЛ: новую рабочую область для записи (повреждённая никогда не изменяется).</translation>
    </message>
    <message>
        <source>Recovered %1 whole into %2.</source>
        <translation>%1 полностью восстановлена в %2.</translation>
    </message>
    <message>
        <source>Recovered what could be read of %1 into %2; what was lost is listed below.</source>
        <translation>То, что удалось прочитать из %1, восстановлено в %2; потерянное перечислено ниже.</translation>
    </message>
    <message>
        <source>%1 of %2 pages could not be trusted.</source>
        <translation>%1 из %2 страниц недостоверны.</translation>
    </message>
    <message>
        <source>Salvage what can be read from a damaged workspace into a new file, and say what was lost.</source>
        <translation>Спасти из повреждённой рабочей области то, что можно прочитать, в новый файл и сообщить о потерях.</translation>
    </message>
    <message>
        <source>The new workspace file to write.</source>
        <translation>Новый файл рабочей области для записи.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Rows recovered</source>
        <translation>Восстановлено строк</translation>
    </message>
    <message>
        <source>Of them from loose pages</source>
        <translation>Из них с отдельных страниц</translation>
    </message>
    <message>
        <source>Rows lost (at most)</source>
        <translation>Потеряно строк (не более)</translation>
    </message>
    <message>
        <source>Ids lost</source>
        <translation>Потерянные идентификаторы</translation>
    </message>
    <message>
        <source>more, unknown</source>
        <translation>больше, неизвестно</translation>
    </message>
    <message>
        <source>rows that fit no table</source>
        <translation>строки, не подходящие ни к одной таблице</translation>
    </message>
    <message>
        <source>(check)</source>
        <translation>(проверка)</translation>
    </message>
    <message>
        <source>Recover into a new file: the damaged workspace is never overwritten.</source>
        <translation>Спасайте в новый файл: повреждённая рабочая область никогда не перезаписывается.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the recovered workspace.</source>
        <translation>%1 уже существует; выберите новый файл для восстановленной рабочей области.</translation>
    </message>
    <message>
        <source>The recovered workspace did not check whole (%1); nothing was written.</source>
        <translation>Восстановленная рабочая область не прошла проверку (%1); ничего не записано.</translation>
    </message>
</context>
<context>
    <name>RefusedChanges</name>
    <message>
        <source>The team server refused it: your role in the team workspace is %1.</source>
        <translation>Сервер команды отказал: ваша роль в командной рабочей области — %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>report needs --pdf OUT.pdf.</source>
        <translation>Для report нужен --pdf ФАЙЛ.pdf.</translation>
    </message>
    <message>
        <source>--model takes a model id, not &apos;%1&apos;.</source>
        <translation>--model принимает id модели, а не «%1».</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Write the executive PDF report: headline figures, funnel, channels with ROI, attribution by every model, campaigns, trends, deals and methodology.</source>
        <translation>Записать PDF-отчёт для руководства: ключевые показатели, воронка, каналы с ROI, атрибуция по каждой модели, кампании, динамика, сделки и методология.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Записываемый PDF-файл.</translation>
    </message>
    <message>
        <source>The model crediting channels and campaigns (default linear).</source>
        <translation>Модель атрибуции для каналов и кампаний (по умолчанию linear).</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>Заголовок отчёта.</translation>
    </message>
    <message>
        <source>what each section counts</source>
        <translation>то, что считает каждый раздел</translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source>A contact filter names one of %1, not &apos;%2&apos;.</source>
        <translation>Фильтр контакта указывает одно из: %1, а не «%2».</translation>
    </message>
</context>
<context>
    <name>ReportHighlights</name>
    <message numerus="yes">
        <source>Other (%n)</source>
        <translation>
            <numerusform>Прочие (%n)</numerusform>
            <numerusform>Прочие (%n)</numerusform>
            <numerusform>Прочие (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>лучшая %1</translation>
    </message>
    <message>
        <source>worst %1</source>
        <translation>худшая %1</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>First day of %1 counted (UTC).</source>
        <translation>Первый учитываемый день: %1 (UTC).</translation>
    </message>
    <message>
        <source>Last day of %1 counted (UTC).</source>
        <translation>Последний учитываемый день: %1 (UTC).</translation>
    </message>
    <message>
        <source>Touches at most this many days before a conversion; 0 means unlimited (default: the workspace&apos;s, 90).</source>
        <translation>Касания не ранее чем за столько дней до конверсии; 0 — без ограничения (по умолчанию из рабочей области, 90).</translation>
    </message>
    <message>
        <source>The time_decay half-life in days (default 7).</source>
        <translation>Период полураспада time_decay в днях (по умолчанию 7).</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (write 2024-03-05).</source>
        <translation>--%1: «%2» — не дата (пишите 2024-03-05).</translation>
    </message>
    <message>
        <source>--lookback-days takes 0 (unlimited) or more days.</source>
        <translation>--lookback-days принимает 0 (без ограничения) или больше дней.</translation>
    </message>
    <message>
        <source>--half-life-days takes a positive number of days.</source>
        <translation>--half-life-days принимает положительное число дней.</translation>
    </message>
    <message>
        <source>Only sessions of this channel (repeatable).</source>
        <translation>Только сеансы этого канала (можно повторять).</translation>
    </message>
    <message>
        <source>Only sessions of this campaign (repeatable).</source>
        <translation>Только сеансы этой кампании (можно повторять).</translation>
    </message>
    <message>
        <source>Only sessions of this source / medium, as &apos;google / cpc&apos; (repeatable).</source>
        <translation>Только сеансы этого источника / medium, например «google / cpc» (можно повторять).</translation>
    </message>
    <message>
        <source>Only deals and people of this owner (repeatable).</source>
        <translation>Только сделки и люди этого ответственного (можно повторять).</translation>
    </message>
    <message>
        <source>Only deals of this product and their people (repeatable).</source>
        <translation>Только сделки этого продукта и их люди (можно повторять).</translation>
    </message>
    <message>
        <source>Only people whose field has this value: FIELD=VALUE with FIELD one of %1 (repeatable).</source>
        <translation>Только люди, у которых поле имеет это значение: ПОЛЕ=ЗНАЧЕНИЕ, где ПОЛЕ — одно из %1 (можно повторять).</translation>
    </message>
    <message>
        <source>channel (default for --by), source-medium, source, medium, campaign, landing-page, owner, product or account.</source>
        <translation>channel (по умолчанию для --by), source-medium, source, medium, campaign, landing-page, owner, product или account.</translation>
    </message>
    <message>
        <source>--contact takes FIELD=VALUE, as lifecycle_stage=customer, not &apos;%1&apos;.</source>
        <translation>--contact принимает ПОЛЕ=ЗНАЧЕНИЕ, например lifecycle_stage=customer, а не «%1».</translation>
    </message>
    <message>
        <source>--conversion takes lead, opportunity, customer, revenue, event or event:NAME, not &apos;%1&apos;.</source>
        <translation>--conversion принимает lead, opportunity, customer, revenue, event или event:ИМЯ, а не «%1».</translation>
    </message>
    <message>
        <source>Only sessions of this source (repeatable).</source>
        <translation>Только сеансы этого источника (можно повторять).</translation>
    </message>
    <message>
        <source>Only sessions of this medium (repeatable).</source>
        <translation>Только сеансы этого medium (можно повторять).</translation>
    </message>
    <message>
        <source>Only sessions that landed on this page, as &apos;/pricing&apos; (repeatable).</source>
        <translation>Только сеансы, начавшиеся на этой странице, например «/pricing» (можно повторять).</translation>
    </message>
    <message>
        <source>Add the 95 % Wilson interval of every rate (columns RATE_low and RATE_high).</source>
        <translation>Добавить 95-процентный интервал Уилсона для каждой доли (столбцы RATE_low и RATE_high).</translation>
    </message>
    <message>
        <source>Add each credit&apos;s 95 % bootstrap interval from N resamples of the journeys (columns KEY_low and KEY_high).</source>
        <translation>Добавить 95-процентный бутстреп-интервал каждой атрибуции по N повторным выборкам путей (столбцы KEY_low и KEY_high).</translation>
    </message>
    <message>
        <source>The bootstrap&apos;s seed: the same seed, the same bounds (default 1).</source>
        <translation>Зерно бутстрепа: то же зерно — те же границы (по умолчанию 1).</translation>
    </message>
    <message>
        <source>--bootstrap takes a number of resamples from 2 to 100000, not &apos;%1&apos;.</source>
        <translation>--bootstrap принимает число повторных выборок от 2 до 100000, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &apos;%1&apos;.</source>
        <translation>--seed принимает целое число, а не &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>SaveFunnelCommand</name>
    <message>
        <source>Save funnel %1</source>
        <translation>Сохранить воронку %1</translation>
    </message>
    <message>
        <source>Remove funnel %1</source>
        <translation>Удалить воронку %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Рабочая область не открыта.</translation>
    </message>
</context>
<context>
    <name>SavedFunnels</name>
    <message>
        <source>A saved funnel needs a name.</source>
        <translation>Сохранённой воронке нужно имя.</translation>
    </message>
    <message>
        <source>There is no saved funnel named %1.</source>
        <translation>Нет сохранённой воронки с именем %1.</translation>
    </message>
    <message>
        <source>the saved funnel %1</source>
        <translation>сохранённая воронка %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Сохранено (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Warning: %1 alone predicts the target almost perfectly (AUC ≥ 0.95). It may be filled in after the outcome; if so, train again with --exclude &quot;%2&quot;.</source>
        <translation>Внимание: %1 в одиночку почти идеально предсказывает цель (AUC ≥ 0,95). Возможно, это заполняется после исхода; если так, обучите снова с --exclude &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Warning: only %1 labelled leads reached the target (fewer than %2), so the scores are unsure and no tiers are given.</source>
        <translation>Внимание: только %1 размеченных лидов достигли цели (меньше %2), поэтому оценки ненадёжны и уровни не присваиваются.</translation>
    </message>
    <message>
        <source>--holdout takes a share such as 0.25.</source>
        <translation>--holdout принимает долю, например 0.25.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed принимает целое число.</translation>
    </message>
    <message>
        <source>--split-date takes a date such as 2026-03-01.</source>
        <translation>--split-date принимает дату, например 2026-03-01.</translation>
    </message>
    <message>
        <source>No model has been trained yet: run score train first.</source>
        <translation>Модель ещё не обучена: сначала выполните score train.</translation>
    </message>
    <message>
        <source>Leads scored</source>
        <translation>Оценено лидов</translation>
    </message>
    <message>
        <source>--table takes features, lift, calibration or roc, not &apos;%1&apos;.</source>
        <translation>--table принимает features, lift, calibration или roc, а не «%1».</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli score show LEAD.</source>
        <translation>Использование: leadloop-cli score show LEAD.</translation>
    </message>
    <message>
        <source>%1 has no contact, so no score.</source>
        <translation>У %1 нет контакта, поэтому нет оценки.</translation>
    </message>
    <message>
        <source>--top takes a whole number of leads, 1 or more.</source>
        <translation>--top принимает целое число лидов, 1 или больше.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Strongest factor</source>
        <translation>Сильнейший фактор</translation>
    </message>
    <message>
        <source>score needs an action: train, features, update, model, show or list.</source>
        <translation>score требует действия: train, features, update, model, show или list.</translation>
    </message>
    <message>
        <source>Unknown score action &apos;%1&apos;: use train, features, update, model, show or list.</source>
        <translation>Неизвестное действие score «%1»: используйте train, features, update, model, show или list.</translation>
    </message>
    <message>
        <source>The import is kept, but the lead scores could not be computed again: %1</source>
        <translation>Импорт сохранён, но оценки лидов не удалось пересчитать: %1</translation>
    </message>
    <message>
        <source>Lead scores computed again for %1 open leads.</source>
        <translation>Оценки пересчитаны для открытых лидов: %1.</translation>
    </message>
    <message>
        <source>Learn from closed-loop outcomes which open leads will close, and show why.</source>
        <translation>Узнать по исходам замкнутого цикла, какие открытые лиды закроются, и показать почему.</translation>
    </message>
    <message>
        <source>train: what to predict: customer (default), won, or property:NAME for a yes/no property.</source>
        <translation>train: что предсказывать: customer (по умолчанию), won или property:ИМЯ для свойства да/нет.</translation>
    </message>
    <message>
        <source>train: the share of labelled leads held out to judge the model (default 0.25).</source>
        <translation>train: доля размеченных лидов, отложенных для проверки модели (по умолчанию 0.25).</translation>
    </message>
    <message>
        <source>train: the seed of the random hold-out (default 0).</source>
        <translation>train: зерно случайного отбора (по умолчанию 0).</translation>
    </message>
    <message>
        <source>train: hold out the leads created on or after this date instead of a random share.</source>
        <translation>train: отложить лиды, созданные в этот день или позже, вместо случайной доли.</translation>
    </message>
    <message>
        <source>train: features to leave out, separated by commas; * and ? are wildcards (repeatable).</source>
        <translation>train: признаки, которые нужно исключить, через запятую; * и ? — подстановочные знаки (можно повторять).</translation>
    </message>
    <message>
        <source>model: which table to show: features (default), lift, calibration or roc.</source>
        <translation>model: какую таблицу показать: features (по умолчанию), lift, calibration или roc.</translation>
    </message>
    <message>
        <source>list: only the N highest scores.</source>
        <translation>list: только N самых высоких оценок.</translation>
    </message>
</context>
<context>
    <name>ScoreExplanation</name>
    <message>
        <source>This lead has no score: it is not an open lead for the model&apos;s target, or no model was trained yet.</source>
        <translation>У этого лида нет оценки: он не открыт для цели модели, или модель ещё не обучена.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Фактор</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Признак</translation>
    </message>
</context>
<context>
    <name>ScoreFactors</name>
    <message>
        <source>A stored score&apos;s factors are damaged; training the model again in the Scoring view writes them anew.</source>
        <translation>Факторы сохранённой оценки повреждены; повторное обучение модели в представлении «Скоринг» запишет их заново.</translation>
    </message>
</context>
<context>
    <name>ScoreTables</name>
    <message>
        <source>Feature</source>
        <translation>Признак</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Baseline weight</source>
        <translation>Вес в базовой модели</translation>
    </message>
    <message>
        <source>AUC alone</source>
        <translation>AUC отдельно</translation>
    </message>
    <message>
        <source>Possible leak</source>
        <translation>Возможная утечка</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Tenth of scores</source>
        <translation>Десятая доля оценок</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Reached the target</source>
        <translation>Достигли цели</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Лифт</translation>
    </message>
    <message>
        <source>Share of all found so far</source>
        <translation>Доля всех найденных на этот момент</translation>
    </message>
    <message>
        <source>Cumulative lift</source>
        <translation>Накопленный лифт</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Предсказано</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Наблюдалось</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Доля ложных срабатываний</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Доля верных срабатываний</translation>
    </message>
</context>
<context>
    <name>ScoreTrainer</name>
    <message>
        <source>The hold-out must be a share between 0 and 1, such as 0.25.</source>
        <translation>Отложенная часть должна быть долей от 0 до 1, например 0.25.</translation>
    </message>
    <message>
        <source>The leads to learn from (%1) are all of one outcome for the target %2: there is nothing to learn. Tag more outcomes or choose another split.</source>
        <translation>У лидов для обучения (%1) один и тот же исход для цели %2: учиться нечему. Отметьте больше исходов или выберите другое разбиение.</translation>
    </message>
    <message>
        <source>No lead is held out to judge the model: choose a larger hold-out or an earlier split date.</source>
        <translation>Ни один лид не отложен для проверки модели: выберите большую долю или более раннюю дату разбиения.</translation>
    </message>
    <message>
        <source>No feature is left to learn from.</source>
        <translation>Не осталось признаков для обучения.</translation>
    </message>
    <message>
        <source>No labelled lead is left to learn from: choose a smaller hold-out or a later split date.</source>
        <translation>Не осталось размеченных лидов для обучения: выберите меньшую отложенную долю или более позднюю дату разбиения.</translation>
    </message>
</context>
<context>
    <name>ScoringTarget</name>
    <message>
        <source>Unknown target &quot;%1&quot;: use customer, won or property:NAME.</source>
        <translation>Неизвестная цель «%1»: используйте customer, won или property:ИМЯ.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a PostgreSQL server address; write it as postgresql://user@host:port/database.</source>
        <translation>%1 — не адрес сервера PostgreSQL; запишите его как postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The server address %1 names no database; add it after the last slash.</source>
        <translation>В адресе сервера %1 нет базы данных; добавьте её после последней косой черты.</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Источник / medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Посадочная страница</translation>
    </message>
    <message>
        <source>Channel rule</source>
        <translation>Правило канала</translation>
    </message>
    <message>
        <source>--by takes one of %1, not &apos;%2&apos;.</source>
        <translation>--by принимает одно из: %1, а не «%2».</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Просмотры страниц</translation>
    </message>
</context>
<context>
    <name>SessionsCommand</name>
    <message>
        <source>Count sessions, visitors and page views per group.</source>
        <translation>Посчитать сеансы, посетителей и просмотры по группам.</translation>
    </message>
    <message>
        <source>The grouping (default channel).</source>
        <translation>Группировка (по умолчанию канал).</translation>
    </message>
</context>
<context>
    <name>SetCampaignCostCommand</name>
    <message>
        <source>Set the cost of %1 on %2 to %3</source>
        <translation>Установить затраты %1 на %2 в %3</translation>
    </message>
</context>
<context>
    <name>SetConsentCommand</name>
    <message>
        <source>Set the ad consent of %1</source>
        <translation>Задать согласие на рекламу: %1</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>--set takes KEY=VALUE, not &apos;%1&apos;.</source>
        <translation>--set принимает КЛЮЧ=ЗНАЧЕНИЕ, а не «%1».</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s settings, or change them.</source>
        <translation>Показать или изменить настройки рабочей области.</translation>
    </message>
    <message>
        <source>reporting_currency, session_timeout_minutes or attribution_lookback_days; repeatable.</source>
        <translation>reporting_currency, session_timeout_minutes или attribution_lookback_days; можно повторять.</translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message>
        <source>--keep takes a number of snapshots, 1 or more.</source>
        <translation>--keep принимает число снимков, 1 или больше.</translation>
    </message>
    <message>
        <source>--max-size takes megabytes, 1 or more.</source>
        <translation>--max-size принимает мегабайты, 1 или больше.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Создан (UTC)</translation>
    </message>
    <message>
        <source>Taken before</source>
        <translation>Создан перед</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Размер (МБ)</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Name the snapshot to restore (see leadloop-cli snapshots), or &apos;latest&apos;.</source>
        <translation>Укажите снимок для восстановления (см. leadloop-cli snapshots) или &apos;latest&apos;.</translation>
    </message>
    <message>
        <source>There is no snapshot &apos;%1&apos; of %2 (in %3).</source>
        <translation>Нет снимка &apos;%1&apos; для %2 (в %3).</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>List the workspace&apos;s snapshots; --keep, --max-size, --folder, --on and --off change how they are kept.</source>
        <translation>Показать снимки рабочей области; --keep, --max-size, --folder, --on и --off меняют порядок их хранения.</translation>
    </message>
    <message>
        <source>Keep the newest N snapshots (default 5).</source>
        <translation>Хранить N последних снимков (по умолчанию 5).</translation>
    </message>
    <message>
        <source>Keep no more than this many megabytes of snapshots in all (default 2048).</source>
        <translation>Хранить не более стольких мегабайт снимков всего (по умолчанию 2048).</translation>
    </message>
    <message>
        <source>Keep snapshots in this folder (&apos;beside&apos;: next to each workspace).</source>
        <translation>Хранить снимки в этой папке (&apos;beside&apos;: рядом с каждой рабочей областью).</translation>
    </message>
    <message>
        <source>Keep snapshots before changes (the default).</source>
        <translation>Хранить снимки перед изменениями (по умолчанию).</translation>
    </message>
    <message>
        <source>Keep no snapshots.</source>
        <translation>Не хранить снимки.</translation>
    </message>
    <message>
        <source>Put a snapshot back in place of the workspace (the state it replaces is kept as a snapshot too).</source>
        <translation>Вернуть снимок на место рабочей области (заменяемое состояние тоже сохраняется как снимок).</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The snapshot was cancelled.</source>
        <translation>Снимок отменён.</translation>
    </message>
    <message>
        <source>Cannot create the snapshot folder %1; nothing was changed.</source>
        <translation>Не удаётся создать папку снимков %1; ничего не изменено.</translation>
    </message>
    <message>
        <source>The snapshot of %1 did not check whole (%2); nothing was changed.</source>
        <translation>Снимок %1 не прошёл проверку (%2); ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1.</source>
        <translation>Не удаётся записать снимок %1.</translation>
    </message>
    <message>
        <source>The snapshot %1 is damaged itself; choose another.</source>
        <translation>Снимок %1 сам повреждён; выберите другой.</translation>
    </message>
    <message>
        <source>The workspace %1 is open for writing elsewhere; close it there first.</source>
        <translation>Рабочая область %1 открыта для записи в другом месте; сначала закройте её там.</translation>
    </message>
    <message>
        <source>restoring the snapshot of %1</source>
        <translation>восстановлением снимка от %1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before restoring; nothing was changed.</source>
        <translation>Не удаётся сохранить копию %1 перед восстановлением; ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot copy the snapshot next to %1.</source>
        <translation>Не удаётся скопировать снимок рядом с %1.</translation>
    </message>
    <message>
        <source>Cannot put the snapshot in place of %1.</source>
        <translation>Не удаётся поставить снимок на место %1.</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>The workspace %1 is damaged: figures read from it may be wrong. Restore a snapshot (File &gt; Restore…, or leadloop-cli restore) or recover what can be read into a new file (File &gt; Recover…, or leadloop-cli recover).</source>
        <translation>Рабочая область %1 повреждена: прочитанные из неё цифры могут быть неверными. Восстановите снимок (Файл &gt; Восстановить… или leadloop-cli restore) или спасите то, что можно прочитать, в новый файл (Файл &gt; Спасти… или leadloop-cli recover).</translation>
    </message>
    <message>
        <source>There is no space left on the disk that holds %1: free some space and try again.</source>
        <translation>На диске с %1 не осталось места: освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The disk or file system reported an error while reading or writing %1 (%2).</source>
        <translation>Диск или файловая система сообщили об ошибке при чтении или записи %1 (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only.</source>
        <translation>Невозможно записать %1: файл или его папка доступны только для чтения.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Try again in a moment.</source>
        <translation>%1 занят: в него пишет другая программа. Повторите попытку через минуту.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Операция отменена.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Ошибка базы данных в %1: %2</translation>
    </message>
</context>
<context>
    <name>TableTrackingSource</name>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>В строке %1 полей; в заголовке %2.</translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation>Id посетителя пуст.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time LeadLoop can read; give its format with --time-format.</source>
        <translation>«%1» — время, которое LeadLoop не может прочитать; укажите формат через --time-format.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a number; the row was imported without a value.</source>
        <translation>«%1» в %2 — не число; строка импортирована без значения.</translation>
    </message>
    <message>
        <source>The value holds a NUL byte: the file may be damaged, or not text.</source>
        <translation>Значение содержит байт NUL: файл может быть повреждён или не быть текстом.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a consent state: write granted or denied (or yes or no), or leave it empty.</source>
        <translation>&apos;%1&apos; — не состояние согласия: напишите granted или denied (или yes или no) либо оставьте пустым.</translation>
    </message>
</context>
<context>
    <name>TagLeadsCommand</name>
    <message>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>Tag %1 as %2</source>
        <translation>Отметить %1 как %2</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n leads as %1</source>
        <translation>
            <numerusform>Отметить %n лида как %1</numerusform>
            <numerusform>Отметить %n лида как %1</numerusform>
            <numerusform>Отметить %n лидов как %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>Name the team server with --server postgresql://user@host/database.</source>
        <translation>Укажите сервер команды: --server postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>team publish needs --server URL.</source>
        <translation>Для team publish нужен --server URL.</translation>
    </message>
    <message>
        <source>team join needs --server URL and --out FILE.</source>
        <translation>Для team join нужны --server URL и --out FILE.</translation>
    </message>
    <message>
        <source>%1 is not part of a team workspace; publish it with &apos;team publish&apos; or make a replica with &apos;team join&apos;.</source>
        <translation>%1 не входит в командную рабочую область; опубликуйте её командой &apos;team publish&apos; или создайте реплику командой &apos;team join&apos;.</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli team grant LOGIN owner|manager|rep|viewer [--crm-owner NAME].</source>
        <translation>Использование: leadloop-cli team grant LOGIN owner|manager|rep|viewer [--crm-owner NAME].</translation>
    </message>
    <message>
        <source>Usage: leadloop-cli team revoke LOGIN.</source>
        <translation>Использование: leadloop-cli team revoke LOGIN.</translation>
    </message>
    <message>
        <source>Share the workspace with a team through a PostgreSQL server.</source>
        <translation>Общая рабочая область для команды через сервер PostgreSQL.</translation>
    </message>
    <message>
        <source>The team server: postgresql://user@host:port/database (passwords come from ~/.pgpass).</source>
        <translation>Сервер команды: postgresql://user@host:port/database (пароли берутся из ~/.pgpass).</translation>
    </message>
    <message>
        <source>join: the new replica&apos;s file.</source>
        <translation>join: файл новой реплики.</translation>
    </message>
    <message>
        <source>grant: the owner name the member&apos;s deals carry in the CRM (default: the login).</source>
        <translation>grant: имя владельца, которое сделки участника носят в CRM (по умолчанию — логин).</translation>
    </message>
    <message>
        <source>Saved here. The team server cannot be reached; changes waiting for the next team sync: %1.</source>
        <translation>Сохранено здесь. Сервер команды недоступен; изменений ждут следующей синхронизации: %1.</translation>
    </message>
    <message>
        <source>The team server refused these changes of yours (%1); they were taken back here (&apos;team log&apos; lists them):</source>
        <translation>Сервер команды отклонил эти ваши изменения (%1); здесь они отменены (&apos;team log&apos; их перечисляет):</translation>
    </message>
    <message>
        <source>team needs an action: publish, join, sync, status, log, members, grant or revoke.</source>
        <translation>team требует действие: publish, join, sync, status, log, members, grant или revoke.</translation>
    </message>
    <message>
        <source>Unknown team action &apos;%1&apos;: use publish, join, sync, status, log, members, grant or revoke.</source>
        <translation>Неизвестное действие team &apos;%1&apos;: используйте publish, join, sync, status, log, members, grant или revoke.</translation>
    </message>
</context>
<context>
    <name>TeamHistory</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>Отклонено, потому что</translation>
    </message>
    <message>
        <source>tag of %1 as %2</source>
        <translation>отметка %1 как %2</translation>
    </message>
    <message>
        <source>setting %1 = %2</source>
        <translation>настройка %1 = %2</translation>
    </message>
    <message>
        <source>import of %1 (%2)</source>
        <translation>импорт %1 (%2)</translation>
    </message>
    <message>
        <source>lost reasons: %1</source>
        <translation>причины проигрыша: %1</translation>
    </message>
    <message>
        <source>channel grouping %1</source>
        <translation>группировка каналов %1</translation>
    </message>
    <message>
        <source>identity: %1 %2 and %3</source>
        <translation>идентичность: %1 %2 и %3</translation>
    </message>
    <message>
        <source>removal of import %1</source>
        <translation>удаление импорта %1</translation>
    </message>
    <message>
        <source>cost of %1 on %2: %3</source>
        <translation>затраты %1 за %2: %3</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>consent of %1: %2 %3</source>
        <translation>согласие %1: %2 %3</translation>
    </message>
</context>
<context>
    <name>TeamMembers</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Owner name in the CRM</source>
        <translation>Имя владельца в CRM</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Добавлен (UTC)</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кем добавлен</translation>
    </message>
    <message>
        <source>Your login is not a member of the team at %1; ask a team owner to add you.</source>
        <translation>Ваш логин не входит в команду на %1; попросите владельца команды добавить вас.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;: use owner, manager, rep or viewer.</source>
        <translation>Неизвестная роль «%1»: используйте owner, manager, rep или viewer.</translation>
    </message>
    <message>
        <source>Name the login to add.</source>
        <translation>Укажите логин, который нужно добавить.</translation>
    </message>
</context>
<context>
    <name>TeamPublisher</name>
    <message>
        <source>%1 is already a replica of the team workspace at %2.</source>
        <translation>%1 уже является репликой командной рабочей области на %2.</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>публикацией</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for the replica.</source>
        <translation>%1 уже существует; выберите новый файл для реплики.</translation>
    </message>
    <message>
        <source>The team workspace at %1 has format %2; this LeadLoop reads format %3.</source>
        <translation>Командная рабочая область на %1 имеет формат %2; эта версия LeadLoop читает формат %3.</translation>
    </message>
    <message>
        <source>The team workspace at %1 holds no published file yet.</source>
        <translation>В командной рабочей области на %1 ещё нет опубликованного файла.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The team workspace&apos;s file on %1 is incomplete (piece %2 of %3 is missing).</source>
        <translation>Файл командной рабочей области на %1 неполон (нет части %2 из %3).</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>%1 holds no LeadLoop team workspace.</source>
        <translation>В %1 нет командной рабочей области LeadLoop.</translation>
    </message>
    <message>
        <source>%1 already holds a LeadLoop team workspace; join it instead, or publish to an empty database.</source>
        <translation>В %1 уже есть командная рабочая область LeadLoop; присоединитесь к ней или публикуйте в пустую базу данных.</translation>
    </message>
    <message>
        <source>Missing schema resource %1.</source>
        <translation>Нет ресурса схемы %1.</translation>
    </message>
    <message>
        <source>The team workspace at %1 has format %2, which this LeadLoop cannot upgrade.</source>
        <translation>Командное рабочее пространство на %1 имеет формат %2, который эта версия LeadLoop обновить не может.</translation>
    </message>
    <message>
        <source>The team server at %1 needs an upgrade that only the member who published it can make (%2).</source>
        <translation>Серверу команды на %1 нужно обновление, которое может выполнить только опубликовавший его участник (%2).</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>This workspace is not part of a team workspace; publish it or join one first.</source>
        <translation>Эта рабочая область не входит в командную; сначала опубликуйте её или присоединитесь к команде.</translation>
    </message>
    <message>
        <source>The team server refused your changes, and stored none of them: your role (%1) does not allow one of them. %2</source>
        <translation>Сервер команды отклонил ваши изменения и не сохранил ни одного: ваша роль (%1) не разрешает одно из них. %2</translation>
    </message>
</context>
<context>
    <name>TextFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>--encoding: &apos;%1&apos; is not an encoding LeadLoop knows.</source>
        <translation>--encoding: &apos;%1&apos; — кодировка, неизвестная LeadLoop.</translation>
    </message>
</context>
<context>
    <name>TimeParser</name>
    <message>
        <source>&apos;%1&apos; is %2, outside the times tracking data can have (from 1995 to today): check the column, and for numbers their unit.</source>
        <translation>&apos;%1&apos; — это %2, вне времени, которое могут иметь данные отслеживания (с 1995 года по сегодня): проверьте столбец, а для чисел — их единицу.</translation>
    </message>
</context>
<context>
    <name>TimeToConvert</name>
    <message>
        <source>&apos;%1&apos; is not a step: write first-visit, lead, opportunity, customer, lost, form, event:NAME, page:PATTERN, deal-stage:STAGE, lifecycle-stage:STAGE, channel:NAME, source:NAME, medium:NAME or campaign:NAME.</source>
        <translation>&apos;%1&apos; — не шаг: укажите first-visit, lead, opportunity, customer, lost, form, event:ИМЯ, page:ШАБЛОН, deal-stage:ЭТАП, lifecycle-stage:ЭТАП, channel:ИМЯ, source:ИМЯ, medium:ИМЯ или campaign:ИМЯ.</translation>
    </message>
    <message>
        <source>A cohort is a week or a month, not &apos;%1&apos;.</source>
        <translation>Когорта — это неделя или месяц, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Took the first step</source>
        <translation>Сделали первый шаг</translation>
    </message>
    <message>
        <source>Then the second</source>
        <translation>Затем второй</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Среднее дней</translation>
    </message>
    <message>
        <source>10th percentile days</source>
        <translation>10-й процентиль дней</translation>
    </message>
    <message>
        <source>25th percentile days</source>
        <translation>25-й процентиль дней</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Медиана дней</translation>
    </message>
    <message>
        <source>75th percentile days</source>
        <translation>75-й процентиль дней</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>90-й процентиль дней</translation>
    </message>
    <message>
        <source>Under 1 hour</source>
        <translation>Меньше 1 часа</translation>
    </message>
    <message>
        <source>1 to 24 hours</source>
        <translation>От 1 до 24 часов</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <translation>От 1 до 7 дней</translation>
    </message>
    <message>
        <source>7 to 30 days</source>
        <translation>От 7 до 30 дней</translation>
    </message>
    <message>
        <source>30 to 90 days</source>
        <translation>От 30 до 90 дней</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Больше 90 дней</translation>
    </message>
</context>
<context>
    <name>TimeToConvertCommand</name>
    <message>
        <source>time-to-convert needs --from STEP and --to STEP.</source>
        <translation>time-to-convert требует --from ШАГ и --to ШАГ.</translation>
    </message>
    <message>
        <source>Give --by or --cohort, not both.</source>
        <translation>Укажите --by или --cohort, но не оба.</translation>
    </message>
    <message>
        <source>How long people take from one step to another: percentiles and a histogram, per group or per cohort.</source>
        <translation>Сколько времени люди проходят от одного шага до другого: процентили и гистограмма, по группам или когортам.</translation>
    </message>
    <message>
        <source>The first step: first-visit, lead, opportunity, customer, lost, form, event:NAME, page:PATTERN, deal-stage:STAGE, lifecycle-stage:STAGE, channel:NAME, source:NAME, medium:NAME or campaign:NAME.</source>
        <translation>Первый шаг: first-visit, lead, opportunity, customer, lost, form, event:ИМЯ, page:ШАБЛОН, deal-stage:ЭТАП, lifecycle-stage:ЭТАП, channel:ИМЯ, source:ИМЯ, medium:ИМЯ или campaign:ИМЯ.</translation>
    </message>
    <message>
        <source>The second step, written the same way.</source>
        <translation>Второй шаг, записанный так же.</translation>
    </message>
    <message>
        <source>Group by the week or month the first step happened in.</source>
        <translation>Группировать по неделе или месяцу первого шага.</translation>
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
        <translation>--timezone: «%1» — неизвестный LeadLoop часовой пояс (укажите имя, например Europe/Moscow).</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Импорт %1 отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 does not look like a %2 export (JSON Lines with %3).</source>
        <translation>%1 не похож на экспорт %2 (JSON Lines с %3).</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>импортом %1</translation>
    </message>
</context>
<context>
    <name>TrackingMappings</name>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN with a known field (%2).</source>
        <translation>--map: «%1» — не ПОЛЕ=СТОЛБЕЦ с известным полем (%2).</translation>
    </message>
    <message>
        <source>%1 ← %2 (%3)</source>
        <translation>%1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>Snowplow preset</source>
        <translation>Шаблон Snowplow</translation>
    </message>
    <message>
        <source>guessed from the column name</source>
        <translation>угадано по имени столбца</translation>
    </message>
    <message>
        <source>--map names the column &apos;%1&apos;, which the file does not have. Its columns are: %2.</source>
        <translation>--map указывает столбец «%1», которого нет в файле. Его столбцы: %2.</translation>
    </message>
    <message>
        <source>--map</source>
        <translation>--map</translation>
    </message>
    <message>
        <source>No column could be used as the %1 field. Name it with --map %1=COLUMN; the file&apos;s columns are: %2.</source>
        <translation>Ни один столбец не подошёл для поля %1. Укажите его через --map %1=СТОЛБЕЦ; столбцы файла: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tracking field (%2).</source>
        <translation>«%1» — не поле данных трекинга (%2).</translation>
    </message>
</context>
<context>
    <name>TreeEnsemble</name>
    <message>
        <source>The saved model&apos;s trees could not be read.</source>
        <translation>Не удалось прочитать деревья сохранённой модели.</translation>
    </message>
</context>
<context>
    <name>TrendCommand</name>
    <message>
        <source>--period takes day, week, month or quarter, not &apos;%1&apos;.</source>
        <translation>--period принимает day, week, month или quarter, а не «%1».</translation>
    </message>
    <message>
        <source>A metric per day, ISO week, month or quarter.</source>
        <translation>Показатель по дням, неделям ISO, месяцам или кварталам.</translation>
    </message>
    <message>
        <source>What to count (default sessions).</source>
        <translation>Что считать (по умолчанию сеансы).</translation>
    </message>
    <message>
        <source>The period (default week).</source>
        <translation>Период (по умолчанию неделя).</translation>
    </message>
    <message>
        <source>the metric</source>
        <translation>показатель</translation>
    </message>
</context>
<context>
    <name>TrendReport</name>
    <message>
        <source>--metric takes one of %1, not &apos;%2&apos;.</source>
        <translation>--metric принимает одно из: %1, а не «%2».</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Cost belongs to campaigns: it splits by channel, campaign, source-medium, source or medium, and people filters do not divide it.</source>
        <translation>Затраты относятся к кампаниям: они делятся по каналу, кампании, источнику-medium, источнику или medium, а фильтры по людям их не делят.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
</context>
<context>
    <name>UaSessionSource</name>
    <message>
        <source>visitor ← fullVisitorId, session ← visitId, time ← visitStartTime + hits.time (Universal Analytics preset)</source>
        <translation>посетитель ← fullVisitorId, сеанс ← visitId, время ← visitStartTime + hits.time (шаблон Universal Analytics)</translation>
    </message>
    <message>
        <source>url, title ← hits.page hostname + pagePath, pageTitle; event ← hits.type, eventInfo</source>
        <translation>url, заголовок ← hits.page hostname + pagePath, pageTitle; событие ← hits.type, eventInfo</translation>
    </message>
    <message>
        <source>source, medium, campaign, term, content ← trafficSource</source>
        <translation>источник, medium, кампания, ключевое слово, содержание ← trafficSource</translation>
    </message>
    <message>
        <source>The visitor id is empty.</source>
        <translation>Id посетителя пуст.</translation>
    </message>
    <message>
        <source>The session has no visitStartTime.</source>
        <translation>У сеанса нет visitStartTime.</translation>
    </message>
    <message>
        <source>The session has no hits.</source>
        <translation>У сеанса нет хитов.</translation>
    </message>
    <message>
        <source>A hit&apos;s time, %1 ms after the session&apos;s start, cannot be right.</source>
        <translation>Время обращения, %1 мс после начала сеанса, не может быть верным.</translation>
    </message>
</context>
<context>
    <name>UpgradeCommand</name>
    <message>
        <source>Workspace</source>
        <translation>Рабочая область</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <source>Copy of the old file</source>
        <translation>Копия старого файла</translation>
    </message>
    <message>
        <source>%1 is already at schema version %2.</source>
        <translation>%1 уже имеет версию схемы %2.</translation>
    </message>
    <message>
        <source>Upgraded %1 to schema version %2; the old file is kept as %3.</source>
        <translation>%1 обновлена до версии схемы %2; старый файл сохранён как %3.</translation>
    </message>
    <message>
        <source>Bring a workspace saved by an older LeadLoop to this version&apos;s schema, after saving a copy of it beside it.</source>
        <translation>Обновляет рабочую область, сохранённую более старой версией LeadLoop, до схемы этой версии, предварительно сохранив рядом её копию.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace %1 is already open for writing by %2 (process %3 on host %4). Close it there first.</source>
        <translation>Рабочая область %1 уже открыта для записи пользователем %2 (процесс %3 на хосте %4). Сначала закройте её там.</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1; check that the folder is writable.</source>
        <translation>Не удаётся создать файл блокировки рядом с %1; проверьте, доступна ли папка для записи.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 уже существует; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Рабочей области %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a LeadLoop workspace; it was left unchanged.</source>
        <translation>%1 — не рабочая область LeadLoop; файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer LeadLoop (workspace version %2; this version reads up to %3). Update LeadLoop to open it; the file was left unchanged.</source>
        <translation>%1 сохранён более новой версией LeadLoop (версия рабочей области %2; эта версия читает до %3). Обновите LeadLoop, чтобы открыть его; файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened; it was left unchanged.</source>
        <translation>%1 повреждён и не может быть открыт; файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 before upgrading; nothing was changed.</source>
        <translation>Не удаётся записать резервную копию %1 перед обновлением; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 was saved by an older LeadLoop and needs an upgrade from version %2 to %3: open it in LeadLoop, or run leadloop-cli upgrade (a copy of the old file is kept beside it).</source>
        <translation>%1 сохранена более старой версией LeadLoop и требует обновления с версии %2 до %3: откройте её в LeadLoop или выполните leadloop-cli upgrade (копия старого файла сохранится рядом).</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be written to it.</source>
        <translation>%1 открыт только для чтения: в него ничего нельзя записать.</translation>
    </message>
    <message>
        <source>%1 was replaced by another file while LeadLoop had it open; nothing was written. Open it again to see the file that is there now.</source>
        <translation>%1 был заменён другим файлом, пока LeadLoop держал его открытым; ничего не записано. Откройте его снова, чтобы увидеть файл, который там сейчас.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved while LeadLoop had it open; nothing was written. Open it again from where it is now.</source>
        <translation>%1 был удалён или перемещён, пока LeadLoop держал его открытым; ничего не записано. Откройте его снова из нового места.</translation>
    </message>
    <message>
        <source>the upgrade from version %1 to %2</source>
        <translation>обновлением с версии %1 до %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceChannels</name>
    <message>
        <source>the workspace&apos;s custom channel rules</source>
        <translation>собственные правила каналов рабочей области</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a shipped channel grouping (%2) nor a rule file.</source>
        <translation>«%1» — не встроенная группировка каналов (%2) и не файл правил.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
</context>
<context>
    <name>WorkspacePreferencesCommand</name>
    <message>
        <source>Change workspace settings</source>
        <translation>Изменение настроек рабочей области</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettings</name>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>reporting_currency is a three-letter code such as EUR or PLN, not &apos;%1&apos;.</source>
        <translation>reporting_currency — трёхбуквенный код, например EUR или RUB, а не «%1».</translation>
    </message>
    <message>
        <source>session_timeout_minutes takes minutes from 1 to 1440.</source>
        <translation>session_timeout_minutes принимает минуты от 1 до 1440.</translation>
    </message>
    <message>
        <source>attribution_lookback_days takes 0 (unlimited) or more days.</source>
        <translation>attribution_lookback_days принимает 0 (без ограничения) или больше дней.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a setting that can be set here (reporting_currency, session_timeout_minutes, attribution_lookback_days; the channel grouping changes with reclassify).</source>
        <translation>«%1» нельзя задать здесь (reporting_currency, session_timeout_minutes, attribution_lookback_days; группировка каналов меняется через reclassify).</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 has no part %2; it is not a valid .xlsx file.</source>
        <translation>В %1 нет части %2; это недопустимый файл .xlsx.</translation>
    </message>
    <message>
        <source>%1: the part %2 would unpack to %3 MB from %4 KB; LeadLoop refuses it as a possible zip bomb.</source>
        <translation>%1: часть %2 распаковалась бы в %3 МБ из %4 КБ; LeadLoop отклоняет её как возможную zip-бомбу.</translation>
    </message>
    <message>
        <source>%1: cannot read the part %2.</source>
        <translation>%1: не удаётся прочитать часть %2.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx file (it cannot be opened as a zip archive).</source>
        <translation>%1 — не файл .xlsx (его нельзя открыть как zip-архив).</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2).</source>
        <translation>%1: книга повреждена (%2).</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>В %1 нет листа.</translation>
    </message>
    <message>
        <source>%1 has no sheet called &apos;%2&apos;; its sheets are: %3.</source>
        <translation>В %1 нет листа «%2»; его листы: %3.</translation>
    </message>
    <message>
        <source>%1 declares XML entities, which LeadLoop refuses.</source>
        <translation>%1 объявляет XML-сущности, которые LeadLoop отклоняет.</translation>
    </message>
    <message>
        <source>%1: the shared strings are damaged (%2).</source>
        <translation>%1: общие строки повреждены (%2).</translation>
    </message>
    <message>
        <source>%1: the sheet is damaged near row %2 (%3).</source>
        <translation>%1: лист повреждён около строки %2 (%3).</translation>
    </message>
</context>
<context>
    <name>leadloop::AdConversionExportDialog</name>
    <message>
        <source>Only conversions from</source>
        <translation>Только конверсии с</translation>
    </message>
    <message>
        <source>Also send people whose consent is unknown</source>
        <translation>Передавать и людей с неизвестным согласием</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export conversions for an ad platform</source>
        <translation>Экспорт конверсий для рекламной платформы</translation>
    </message>
    <message>
        <source>What the deal is worth (won amount)</source>
        <translation>Сколько стоит сделка (выигранная сумма)</translation>
    </message>
    <message>
        <source>The deal&apos;s amount</source>
        <translation>Сумма сделки</translation>
    </message>
    <message>
        <source>A fixed value</source>
        <translation>Фиксированная ценность</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Без ценности</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <source>Conversions:</source>
        <translation>Конверсии:</translation>
    </message>
    <message>
        <source>Conversion name:</source>
        <translation>Название конверсии:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Ценность:</translation>
    </message>
    <message>
        <source>Time zone of the file:</source>
        <translation>Часовой пояс файла:</translation>
    </message>
    <message>
        <source>Country of national phone numbers:</source>
        <translation>Страна местных номеров телефонов:</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Conversions to send: %1.</source>
        <translation>Конверсий к отправке: %1.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Пропущено: %1.</translation>
    </message>
    <message>
        <source>Sent before and to retract now (their deal is no longer won): %1.</source>
        <translation>Отправлено ранее и отзывается сейчас (сделка больше не выиграна): %1.</translation>
    </message>
    <message>
        <source>Meta accepts events up to 7 days old: send the file today.</source>
        <translation>Meta принимает события не старше 7 дней: отправьте файл сегодня.</translation>
    </message>
    <message>
        <source>This platform takes no retractions.</source>
        <translation>Эта платформа не принимает отзывы.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Записано в %1.</translation>
    </message>
    <message>
        <source>Written to %1; retractions to %2.</source>
        <translation>Записано в %1; отзывы — в %2.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export conversions</source>
        <translation>Экспорт конверсий</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Записываю файл…</translation>
    </message>
</context>
<context>
    <name>leadloop::AnalysisFilterBar</name>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Свои даты</translation>
    </message>
    <message>
        <source>The attribution model that credits conversions (docs: Metrics).</source>
        <translation>Модель атрибуции, распределяющая конверсии (документация: Метрики).</translation>
    </message>
    <message>
        <source> days back</source>
        <translation> дн. назад</translation>
    </message>
    <message>
        <source>any time back</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Все кампании</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
</context>
<context>
    <name>leadloop::AnalysisView</name>
    <message>
        <source>&amp;Save chart…</source>
        <translation>&amp;Сохранить диаграмму…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Изображение PNG (*.png);;Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Select two rows to compare their %1 rates.</source>
        <translation>Выделите две строки, чтобы сравнить их доли (%1).</translation>
    </message>
    <message>
        <source>%1: these two rows have no counts to compare.</source>
        <translation>%1: в этих двух строках нет чисел для сравнения.</translation>
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
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Распределить:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуция</translation>
    </message>
    <message>
        <source>all the credit to the first visit</source>
        <translation>вся ценность первому визиту</translation>
    </message>
    <message>
        <source>all the credit to the last visit before the conversion</source>
        <translation>вся ценность последнему визиту перед конверсией</translation>
    </message>
    <message>
        <source>all to the last visit that was not Direct</source>
        <translation>всё последнему визиту не из Direct</translation>
    </message>
    <message>
        <source>equal shares to every visit</source>
        <translation>равные доли каждому визиту</translation>
    </message>
    <message>
        <source>more to recent visits, halving every 7 days back</source>
        <translation>больше недавним визитам, вдвое меньше каждые 7 дней назад</translation>
    </message>
    <message>
        <source>40 % first, 40 % last, 20 % shared by the middle</source>
        <translation>40 % первому, 40 % последнему, 20 % делят средние</translation>
    </message>
    <message>
        <source>30 % each to the first visit, the lead and the opportunity, 10 % to the rest</source>
        <translation>по 30 % первому визиту, лиду и возможности, 10 % остальным</translation>
    </message>
    <message>
        <source>22.5 % each to first visit, lead, opportunity and close, 10 % to the rest</source>
        <translation>по 22,5 % первому визиту, лиду, возможности и закрытию, 10 % остальным</translation>
    </message>
    <message>
        <source>by how many conversions would be lost without the channel (removal effect)</source>
        <translation>по тому, сколько конверсий пропало бы без канала (эффект удаления)</translation>
    </message>
    <message>
        <source>by each channel&apos;s fair share of what channels achieve together</source>
        <translation>по справедливой доле каждого канала в общем результате каналов</translation>
    </message>
    <message>
        <source>%1 credited by four models</source>
        <translation>%1 по четырём моделям</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>%1 won deals worth %2 %3 in all.</source>
        <translation>Всего %1 выигранных сделок на %2 %3.</translation>
    </message>
    <message>
        <source>Removal effect</source>
        <translation>Эффект удаления</translation>
    </message>
    <message>
        <source>the share of all conversions the Markov chain loses without the channel</source>
        <translation>доля всех конверсий, которую цепь Маркова теряет без канала</translation>
    </message>
    <message>
        <source>Shapley value</source>
        <translation>Значение Шепли</translation>
    </message>
    <message>
        <source>the conversion rate the channel adds, averaged over every order in which channels join</source>
        <translation>коэффициент конверсии, добавляемый каналом, в среднем по всем порядкам подключения каналов</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversions in all.</source>
        <translation>
            <numerusform>Всего %Ln конверсия.</numerusform>
            <numerusform>Всего %Ln конверсии.</numerusform>
            <numerusform>Всего %Ln конверсий.</numerusform>
        </translation>
    </message>
    <message>
        <source>95 % intervals (%1 resamples)</source>
        <translation>95-процентные интервалы (%1 выборок)</translation>
    </message>
    <message>
        <source>No intervals</source>
        <translation>Без интервалов</translation>
    </message>
    <message>
        <source>95 % interval: %1 to %2 (bootstrap)</source>
        <translation>95-процентный интервал: от %1 до %2 (бутстреп)</translation>
    </message>
    <message>
        <source>%1 credited by four models, with 95 % intervals</source>
        <translation>%1 по четырём моделям, с 95-процентными интервалами</translation>
    </message>
    <message>
        <source>Point at a credit for its 95 % interval.</source>
        <translation>Наведите на значение, чтобы увидеть его 95-процентный интервал.</translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignDaysModel</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Клики</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Показы</translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignsModel</name>
    <message>
        <source>Cost but no sessions: no visit carries this campaign, source and medium. Check the UTM tags of its links.</source>
        <translation>Затраты есть, а сеансов нет: ни один визит не несёт эту кампанию, источник и medium. Проверьте UTM-метки её ссылок.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Канал (medium)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
</context>
<context>
    <name>leadloop::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>&amp;Import costs…</source>
        <translation>&amp;Импорт затрат…</translation>
    </message>
    <message>
        <source>Cost not changed</source>
        <translation>Затраты не изменены</translation>
    </message>
    <message>
        <source>%1 campaigns, %2 spent in total.</source>
        <translation>Кампаний: %1, всего потрачено %2.</translation>
    </message>
    <message>
        <source>Select a campaign to see and edit its daily costs.</source>
        <translation>Выберите кампанию, чтобы увидеть и изменить её ежедневные затраты.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daily costs of %1&lt;/b&gt; — double-click a cost to change it; Edit &gt; Undo takes it back.</source>
        <translation>&lt;b&gt;Ежедневные затраты %1&lt;/b&gt; — дважды щёлкните сумму, чтобы изменить её; Правка &gt; Отменить вернёт прежнюю.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln with cost but no sessions (shown in red).</source>
        <translation>
            <numerusform>%Ln кампания с затратами, но без сеансов (красным).</numerusform>
            <numerusform>%Ln кампании с затратами, но без сеансов (красным).</numerusform>
            <numerusform>%Ln кампаний с затратами, но без сеансов (красным).</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily costs could not be read: %1</source>
        <translation>Не удалось прочитать дневные затраты: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::ChannelsView</name>
    <message>
        <source>revenue-and-cost.png</source>
        <translation>vyruchka-i-zatraty.png</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Revenue and cost (%1)</source>
        <translation>Выручка и затраты (%1)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Leads and customers (%1 model)</source>
        <translation>Лиды и клиенты (модель %1)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>%1 leads, %2 customers, %3 %4 revenue, %5 %4 cost.</source>
        <translation>Лидов: %1, клиентов: %2, выручка %3 %4, затраты %5 %4.</translation>
    </message>
    <message>
        <source>Lead to customer</source>
        <translation>От лида к клиенту</translation>
    </message>
</context>
<context>
    <name>leadloop::CohortsView</name>
    <message>
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>Время до конверсии</translation>
    </message>
    <message>
        <source>Cohort triangle</source>
        <translation>Треугольник когорт</translation>
    </message>
    <message>
        <source>from the first visit</source>
        <translation>от первого посещения</translation>
    </message>
    <message>
        <source>from becoming a lead</source>
        <translation>от появления лида</translation>
    </message>
    <message>
        <source>from the first deal</source>
        <translation>от первой сделки</translation>
    </message>
    <message>
        <source>to becoming a lead</source>
        <translation>до появления лида</translation>
    </message>
    <message>
        <source>to the first deal</source>
        <translation>до первой сделки</translation>
    </message>
    <message>
        <source>to the first won deal</source>
        <translation>до первой выигранной сделки</translation>
    </message>
    <message>
        <source>everyone together</source>
        <translation>все вместе</translation>
    </message>
    <message>
        <source>by week of the first step</source>
        <translation>по неделе первого шага</translation>
    </message>
    <message>
        <source>by month of the first step</source>
        <translation>по месяцу первого шага</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>по: %1</translation>
    </message>
    <message>
        <source>people by first visit</source>
        <translation>люди по первому посещению</translation>
    </message>
    <message>
        <source>people by becoming a lead</source>
        <translation>люди по появлению лида</translation>
    </message>
    <message>
        <source>in months</source>
        <translation>по месяцам</translation>
    </message>
    <message>
        <source>in weeks</source>
        <translation>по неделям</translation>
    </message>
    <message>
        <source>customers so far</source>
        <translation>клиенты на данный момент</translation>
    </message>
    <message>
        <source>leads so far</source>
        <translation>лиды на данный момент</translation>
    </message>
    <message>
        <source>revenue so far</source>
        <translation>выручка на данный момент</translation>
    </message>
    <message>
        <source>cohorts.png</source>
        <translation>kogorty.png</translation>
    </message>
    <message>
        <source>Time %1 %2</source>
        <translation>Время %1 %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>%1 of %2 people converted: half of them within %3 days, 90 % within %4 days.</source>
        <translation>Конверсия у %1 из %2 человек: половина за %3 дн., 90 % за %4 дн.</translation>
    </message>
    <message>
        <source>%1 of %2 people converted.</source>
        <translation>Конверсия у %1 из %2 человек.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Each cohort&apos;s %1 by %2 since it began</source>
        <translation>%1 каждой когорты по периодам (%2) с её начала</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>недели</translation>
    </message>
    <message>
        <source>months</source>
        <translation>месяцы</translation>
    </message>
    <message>
        <source>% of the cohort</source>
        <translation>% когорты</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cohorts; each row ends where the data does.</source>
        <translation>
            <numerusform>%Ln когорта; каждая строка кончается там, где данные.</numerusform>
            <numerusform>%Ln когорты; каждая строка кончается там, где данные.</numerusform>
            <numerusform>%Ln когорт; каждая строка кончается там, где данные.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::ConsentDialog</name>
    <message>
        <source>As the imports say</source>
        <translation>Как в импортах</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>Ad consent of %1</source>
        <translation>Согласие на рекламу: %1</translation>
    </message>
    <message>
        <source>Whether this person&apos;s data may be sent to ad platforms (Google, Microsoft, Meta, LinkedIn) and used for personalised ads. A choice made here wins over what imports say; nobody whose ad user data is denied is ever exported.</source>
        <translation>Можно ли передавать данные этого человека рекламным платформам (Google, Microsoft, Meta, LinkedIn) и использовать их для персонализированной рекламы. Выбор здесь важнее того, что говорят импорты; человек, отказавший в передаче данных для рекламы, никогда не экспортируется.</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>сейчас: %1</translation>
    </message>
    <message>
        <source>Ad user data:</source>
        <translation>Данные пользователя для рекламы:</translation>
    </message>
    <message>
        <source>Ad personalization:</source>
        <translation>Персонализация рекламы:</translation>
    </message>
</context>
<context>
    <name>leadloop::DamageBanner</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Re&amp;cover…</source>
        <translation>&amp;Спасти…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workspace is damaged: figures may be wrong.&lt;/b&gt; It is open read-only. Restore the last good snapshot, or recover what can be read into a new file.</source>
        <translation>&lt;b&gt;Эта рабочая область повреждена: цифры могут быть неверными.&lt;/b&gt; Она открыта только для чтения. Восстановите последний исправный снимок или спасите то, что можно прочитать, в новый файл.</translation>
    </message>
</context>
<context>
    <name>leadloop::DashboardView</name>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Рабочая область</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Revenue and cost by channel (%1)</source>
        <translation>Выручка и затраты по каналам (%1)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Leads and customers per week</source>
        <translation>Лиды и клиенты по неделям</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>No campaign had cost in this period.</source>
        <translation>Ни у одной кампании не было затрат за этот период.</translation>
    </message>
    <message>
        <source>%1 won deals worth %2 %3 have no contact: they count in Deals and the win rate, but not in revenue, the funnel, channels or attribution, which follow people.</source>
        <translation>У %1 выигранных сделок на %2 %3 нет контакта: они учитываются в «Сделках» и доле выигранных, но не в выручке, воронке, каналах или атрибуции, которые следуют за людьми.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best campaigns by ROI&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Лучшие кампании по ROI&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Worst campaigns by ROI&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Худшие кампании по ROI&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>ROI = (revenue − cost) / cost, revenue credited by the linear model.</source>
        <translation>ROI = (выручка − затраты) / затраты, выручка распределена линейной моделью.</translation>
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
        <translation>По:</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Won value (%1)</source>
        <translation>Сумма выигранных (%1)</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 deals: %2 won, %3 lost; win rate %4 %.</source>
        <translation>Сделок: %1; выиграно %2, проиграно %3; доля выигранных %4 %.</translation>
    </message>
    <message>
        <source>Win rate: won / (won + lost), with 95 % intervals</source>
        <translation>Доля выигранных: выигранные / (выигранные + проигранные), с 95-процентными интервалами</translation>
    </message>
</context>
<context>
    <name>leadloop::FunnelStepEditor</name>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>(the condition in words)</source>
        <translation>(условие словами)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Тип трафика</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Источник / тип трафика</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Шаг:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <source>in this order</source>
        <translation>в этом порядке</translation>
    </message>
    <message>
        <source>in any order</source>
        <translation>в любом порядке</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>люди</translation>
    </message>
    <message>
        <source>sessions (web steps only)</source>
        <translation>сеансы (только веб-шаги)</translation>
    </message>
    <message>
        <source>Steps taken:</source>
        <translation>Шаги выполнены:</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>В пределах:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Считать:</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Переместить шаг</translation>
    </message>
    <message>
        <source>Change step</source>
        <translation>Изменить шаг</translation>
    </message>
    <message>
        <source>Change the order</source>
        <translation>Изменить порядок</translation>
    </message>
    <message>
        <source>Change the window</source>
        <translation>Изменить окно</translation>
    </message>
    <message>
        <source>Change what is counted</source>
        <translation>Изменить, что считается</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Условие:</translation>
    </message>
    <message>
        <source>URL or path:</source>
        <translation>URL или путь:</translation>
    </message>
    <message>
        <source>/pricing* (* for any text)</source>
        <translation>/pricing* (* — любой текст)</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Имя события:</translation>
    </message>
    <message>
        <source>signup_click</source>
        <translation>signup_click</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <source>Paid Search</source>
        <translation>Paid Search</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>marketingqualifiedlead</source>
        <translation>marketingqualifiedlead</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Visit to the site</source>
        <translation>Посещение сайта</translation>
    </message>
    <message>
        <source>Visit from a channel or campaign</source>
        <translation>Посещение из канала или кампании</translation>
    </message>
    <message>
        <source>Page viewed</source>
        <translation>Просмотр страницы</translation>
    </message>
    <message>
        <source>Event tracked</source>
        <translation>Отслеженное событие</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Отправленная форма</translation>
    </message>
    <message>
        <source>Became a lead</source>
        <translation>Стал лидом</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Стадия жизненного цикла</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Сделка создана</translation>
    </message>
    <message>
        <source>Deal stage reached</source>
        <translation>Достигнут этап сделки</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Сделка проиграна</translation>
    </message>
</context>
<context>
    <name>leadloop::FunnelStepsModel</name>
    <message>
        <source>A step on the web (tracking data); drag to reorder.</source>
        <translation>Шаг на сайте (данные отслеживания); перетащите, чтобы изменить порядок.</translation>
    </message>
    <message>
        <source>A step in the CRM; drag to reorder.</source>
        <translation>Шаг в CRM; перетащите, чтобы изменить порядок.</translation>
    </message>
</context>
<context>
    <name>leadloop::FunnelView</name>
    <message>
        <source>by first touch</source>
        <translation>по первому касанию</translation>
    </message>
    <message>
        <source>by last touch before the lead</source>
        <translation>по последнему касанию до лида</translation>
    </message>
    <message>
        <source>by last non-direct touch</source>
        <translation>по последнему непрямому касанию</translation>
    </message>
    <message>
        <source>funnel.png</source>
        <translation>voronka.png</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Группы:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>From visitor to customer</source>
        <translation>От посетителя до клиента</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Funnel:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Save funnel…</source>
        <translation>Сохранить воронку…</translation>
    </message>
    <message>
        <source>Delete funnel</source>
        <translation>Удалить воронку</translation>
    </message>
    <message>
        <source>Visitor to customer</source>
        <translation>От посетителя к клиенту</translation>
    </message>
    <message>
        <source>New custom funnel</source>
        <translation>Новая своя воронка</translation>
    </message>
    <message>
        <source>none: everyone together</source>
        <translation>нет: все вместе</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt; (drag to reorder)</source>
        <translation>&lt;b&gt;Шаги&lt;/b&gt; (перетащите, чтобы изменить порядок)</translation>
    </message>
    <message>
        <source>Save funnel</source>
        <translation>Сохранить воронку</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Remove funnel</source>
        <translation>Удалить воронку</translation>
    </message>
    <message>
        <source>Remove the saved funnel %1? (Edit &gt; Undo brings it back.)</source>
        <translation>Удалить сохранённую воронку %1? (Правка &gt; Отменить вернёт её.)</translation>
    </message>
    <message>
        <source>The saved funnels could not be read: %1</source>
        <translation>Не удалось прочитать сохранённые воронки: %1</translation>
    </message>
    <message>
        <source>This funnel</source>
        <translation>Эта воронка</translation>
    </message>
    <message>
        <source>The funnel cannot be counted yet</source>
        <translation>Воронку пока нельзя посчитать</translation>
    </message>
    <message>
        <source>Dropped off before step %1 (%2)</source>
        <translation>Отсеялись перед шагом %1 (%2)</translation>
    </message>
    <message>
        <source>Reached step %1 (%2)</source>
        <translation>Дошли до шага %1 (%2)</translation>
    </message>
    <message>
        <source>Revenue from these customers: %1 %2. Rates with 95 % intervals.</source>
        <translation>Выручка от этих клиентов: %1 %2. Доли с 95-процентными интервалами.</translation>
    </message>
    <message>
        <source>Custom funnel</source>
        <translation>Своя воронка</translation>
    </message>
    <message>
        <source>Nobody took the first step in this period.</source>
        <translation>Никто не сделал первый шаг за этот период.</translation>
    </message>
    <message>
        <source>%1 people took the first step; %2 (%3 %) reached the last.</source>
        <translation>Первый шаг сделали %1 чел.; до последнего дошли %2 (%3 %).</translation>
    </message>
    <message>
        <source>%1 sessions took the first step; %2 (%3 %) reached the last.</source>
        <translation>Первый шаг был в %1 сеансах; до последнего дошли %2 (%3 %).</translation>
    </message>
</context>
<context>
    <name>leadloop::IdentityReviewDialog</name>
    <message>
        <source>Review identities</source>
        <translation>Проверка идентификации</translation>
    </message>
    <message>
        <source>These browsers (cookies) were used with two e-mail addresses: a shared laptop, or a colleague filling in the form. LeadLoop did not merge the two people. Decide for each; Edit &gt; Undo takes a decision back.</source>
        <translation>Эти браузеры (cookie) использовались с двумя адресами e-mail: общий ноутбук или коллега, заполнивший форму. LeadLoop не объединил этих двух людей. Решите для каждого; Правка &gt; Отменить отменяет решение.</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Связан с</translation>
    </message>
    <message>
        <source>Also seen as</source>
        <translation>Также замечен как</translation>
    </message>
    <message>
        <source>Seen (UTC)</source>
        <translation>Замечен (UTC)</translation>
    </message>
    <message>
        <source>&amp;Link to the other e-mail</source>
        <translation>&amp;Связать с другим e-mail</translation>
    </message>
    <message>
        <source>The browser belongs to the person of the other e-mail from now on.</source>
        <translation>Отныне браузер принадлежит человеку с другим e-mail.</translation>
    </message>
    <message>
        <source>&amp;Keep apart</source>
        <translation>&amp;Оставить раздельно</translation>
    </message>
    <message>
        <source>The browser stays with the person it is linked to.</source>
        <translation>Браузер остаётся у человека, с которым он связан.</translation>
    </message>
    <message>
        <source>Nothing to review: every browser belongs to one person.</source>
        <translation>Проверять нечего: каждый браузер принадлежит одному человеку.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportBatchesModel</name>
    <message>
        <source>Tracking</source>
        <translation>Отслеживание</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демоданные</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Зафиксирован</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Неполный</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation>Импортировано строк</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportIssuesModel</name>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Original row</source>
        <translation>Исходная строка</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Which column feeds each field. LeadLoop&apos;s guess is filled in; fields marked * are required.</source>
        <translation>Какой столбец заполняет каждое поле. Догадка LeadLoop уже подставлена; поля со * обязательны.</translation>
    </message>
    <message>
        <source>Save as &amp;preset…</source>
        <translation>Сохранить как &amp;шаблон…</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Nothing to map: LeadLoop reads this export by its own layout.</source>
        <translation>Сопоставлять нечего: LeadLoop читает этот экспорт по его собственной структуре.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>LeadLoop&apos;s guess</source>
        <translation>Догадка LeadLoop</translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation>Выберите столбец для %1.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <source>Name for this mapping:</source>
        <translation>Имя этого сопоставления:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Шаблон</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>The first rows as LeadLoop reads them. If the letters or the columns look wrong, change the encoding or the delimiter.</source>
        <translation>Первые строки так, как их читает LeadLoop. Если буквы или столбцы выглядят неправильно, смените кодировку или разделитель.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Вертикальная черта |</translation>
    </message>
    <message>
        <source>the first sheet</source>
        <translation>первый лист</translation>
    </message>
    <message>
        <source>The zone of times written without one.</source>
        <translation>Часовой пояс для времени, записанного без пояса.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>A JSON export: LeadLoop reads it by its own layout (GA4, Universal Analytics or Snowplow), so there are no columns to preview or map.</source>
        <translation>Экспорт JSON: LeadLoop читает его по собственной структуре (GA4, Universal Analytics или Snowplow), поэтому столбцов для предпросмотра и сопоставления нет.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by &quot;%2&quot;: %3 columns.</source>
        <translation>Прочитано как %1, столбцы разделены «%2»: столбцов %3.</translation>
    </message>
    <message>
        <source>%1 as read (UTC)</source>
        <translation>%1 после чтения (UTC)</translation>
    </message>
    <message>
        <source>not a time</source>
        <translation>не время</translation>
    </message>
    <message numerus="yes">
        <source>A spreadsheet: %Ln columns.</source>
        <translation>
            <numerusform>Электронная таблица: %Ln столбец.</numerusform>
            <numerusform>Электронная таблица: %Ln столбца.</numerusform>
            <numerusform>Электронная таблица: %Ln столбцов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::ImportRunPage</name>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Начать импорт</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>&amp;Save issues as CSV…</source>
        <translation>&amp;Сохранить проблемы в CSV…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Filter the issues</source>
        <translation>Фильтр проблем</translation>
    </message>
    <message>
        <source>Save issues</source>
        <translation>Сохранить проблемы</translation>
    </message>
    <message>
        <source>-issues.csv</source>
        <translation>-problemy.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into this workspace as %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; в эту рабочую область как %2.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Столбцы: %1.</translation>
    </message>
    <message>
        <source>The import is stored whole or not at all; Cancel leaves the workspace as it is.</source>
        <translation>Импорт сохраняется целиком или не сохраняется вовсе; «Отмена» оставляет рабочую область как есть.</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 строк/с</translation>
    </message>
    <message>
        <source>Batch %1: %2 rows read, %3 imported, %4 rejected, %5 duplicates skipped.</source>
        <translation>Пакет %1: прочитано строк %2, импортировано %3, отклонено %4, пропущено дубликатов %5.</translation>
    </message>
    <message>
        <source>The lead scores could not be computed again: %1</source>
        <translation>Не удалось пересчитать оценки лидов: %1</translation>
    </message>
    <message>
        <source>Lead scores computed again for %1 open leads.</source>
        <translation>Оценки пересчитаны для открытых лидов: %1.</translation>
    </message>
    <message>
        <source>The first %1 of the %2 issues are listed below; Save issues as CSV writes every one.</source>
        <translation>Ниже перечислены первые %1 из %2 проблем; «Сохранить проблемы в CSV» записывает все.</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportSourcePage</name>
    <message>
        <source>What to import</source>
        <translation>Что импортировать</translation>
    </message>
    <message>
        <source>A CSV, TSV, TXT or XLSX file (GZ-compressed too), or a JSON or NDJSON export. Nothing is written until the last step.</source>
        <translation>Файл CSV, TSV, TXT или XLSX (в том числе сжатый GZ) либо экспорт JSON или NDJSON. До последнего шага ничего не записывается.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx *.json *.ndjson *.gz);;All files (*)</source>
        <translation>Файлы данных (*.csv *.tsv *.txt *.xlsx *.json *.ndjson *.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Recognise it from its columns</source>
        <translation>Распознать по столбцам</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Содержит:</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <source>LeadLoop recognises %1.</source>
        <translation>LeadLoop распознаёт %1.</translation>
    </message>
    <message>
        <source>Choose what the file holds: its columns do not say.</source>
        <translation>Выберите, что содержит файл: его столбцы этого не говорят.</translation>
    </message>
    <message>
        <source>LeadLoop does not recognise this file&apos;s columns; choose what it holds.</source>
        <translation>LeadLoop не распознаёт столбцы этого файла; выберите, что он содержит.</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Импорт данных</translation>
    </message>
</context>
<context>
    <name>leadloop::ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation>Импорты</translation>
    </message>
    <message>
        <source>Every batch of data brought into this workspace. A batch is stored whole or not at all.</source>
        <translation>Каждый пакет данных, загруженный в эту рабочую область. Пакет сохраняется целиком или не сохраняется вовсе.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Удалить импорт</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove the selected import and everything it brought.</source>
        <translation>Удалить выбранный импорт и всё, что он принёс.</translation>
    </message>
    <message>
        <source>Select the import to remove.</source>
        <translation>Выберите импорт для удаления.</translation>
    </message>
    <message>
        <source>Remove import %1 and everything it brought (%2)? This cannot be undone.</source>
        <translation>Удалить импорт %1 и всё, что он принёс (%2)? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>нет строк</translation>
    </message>
    <message>
        <source>Import %1 was removed.</source>
        <translation>Импорт %1 удалён.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows of %1</source>
        <translation>
            <numerusform>%Ln строка из %1</numerusform>
            <numerusform>%Ln строки из %1</numerusform>
            <numerusform>%Ln строк из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace was closed; nothing was removed.</source>
        <translation>Рабочая область закрыта; ничего не удалено.</translation>
    </message>
    <message>
        <source>The imports could not be read: %1</source>
        <translation>Не удалось прочитать импорты: %1</translation>
    </message>
    <message>
        <source>Import %1 was removed, but the lead scores could not be computed again: %2</source>
        <translation>Импорт %1 удалён, но оценки лидов не удалось пересчитать: %2</translation>
    </message>
</context>
<context>
    <name>leadloop::JourneysView</name>
    <message>
        <source>A contact&apos;s name, e-mail or company</source>
        <translation>Имя, e-mail или компания контакта</translation>
    </message>
    <message>
        <source>&amp;Show journey</source>
        <translation>&amp;Показать путь</translation>
    </message>
    <message>
        <source>Pick a contact to see every visit, form, deal and tag on a time line. Scroll to zoom, double-click to see everything.</source>
        <translation>Выберите контакт, чтобы увидеть каждый визит, форму, сделку и отметку на шкале времени. Прокрутка — масштаб, двойной щелчок — всё целиком.</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;События</translation>
    </message>
    <message>
        <source>How the models credit this journey</source>
        <translation>Как модели распределяют этот путь</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Пути клиентов</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Идентификация</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events; scroll on the time line to zoom, double-click to see everything, point at a mark for its details.</source>
        <translation>
            <numerusform>%Ln событие; прокрутите шкалу времени для масштаба, дважды щёлкните, чтобы увидеть всё, наведите на отметку для подробностей.</numerusform>
            <numerusform>%Ln события; прокрутите шкалу времени для масштаба, дважды щёлкните, чтобы увидеть всё, наведите на отметку для подробностей.</numerusform>
            <numerusform>%Ln событий; прокрутите шкалу времени для масштаба, дважды щёлкните, чтобы увидеть всё, наведите на отметку для подробностей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Оценка лида</translation>
    </message>
    <message>
        <source>Lead score: none</source>
        <translation>Оценка лида: нет</translation>
    </message>
    <message>
        <source>Lead score: %1</source>
        <translation>Оценка лида: %1</translation>
    </message>
    <message>
        <source>Lead score: %1 (%2)</source>
        <translation>Оценка лида: %1 (%2)</translation>
    </message>
    <message>
        <source>What pushes this lead&apos;s score up and down, in points.</source>
        <translation>Что повышает и понижает оценку этого лида, в баллах.</translation>
    </message>
</context>
<context>
    <name>leadloop::LeadsModel</name>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>First channel</source>
        <translation>Первый канал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Этап сделки</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Дней открыта</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
</context>
<context>
    <name>leadloop::LeadsPage</name>
    <message>
        <source>&amp;My leads</source>
        <translation>&amp;Мои лиды</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Mark selected as:</source>
        <translation>Отметить выбранные как:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search name, company or e-mail</source>
        <translation>Поиск по имени, компании или e-mail</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Любой исход</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>Без сделки</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>любой день</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Созданы с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Любой канал</translation>
    </message>
    <message>
        <source>Leads shown: %1 of %2</source>
        <translation>Показано лидов: %1 из %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <source>Select a lead to see its deals, who tagged it and its journey.</source>
        <translation>Выберите лида, чтобы увидеть его сделки, кто его отметил и его путь.</translation>
    </message>
    <message>
        <source>Review identities (%1)</source>
        <translation>Проверка идентификации (%1)</translation>
    </message>
    <message>
        <source>Browsers seen with two e-mail addresses, waiting for a decision.</source>
        <translation>Браузеры, замеченные с двумя адресами e-mail, ждут решения.</translation>
    </message>
    <message>
        <source>Show all leads</source>
        <translation>Показать всех лидов</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people behind %1.</source>
        <translation>
            <numerusform>%Ln человек за показателем «%1».</numerusform>
            <numerusform>%Ln человека за показателем «%1».</numerusform>
            <numerusform>%Ln человек за показателем «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads could not be read: %1</source>
        <translation>Не удалось прочитать лиды: %1</translation>
    </message>
    <message>
        <source>The tag was saved, but the list could not be refreshed: %1</source>
        <translation>Отметка сохранена, но список не удалось обновить: %1</translation>
    </message>
    <message>
        <source>Any score tier</source>
        <translation>Любой уровень оценки</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Уровень: %1</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>любое значение</translation>
    </message>
    <message>
        <source>Any property</source>
        <translation>Любое свойство</translation>
    </message>
    <message>
        <source>Ad consent…</source>
        <translation>Согласие на рекламу…</translation>
    </message>
    <message>
        <source>Whether this person&apos;s data may be sent to ad platforms, set by hand</source>
        <translation>Можно ли передавать данные этого человека рекламным платформам, задаётся вручную</translation>
    </message>
    <message>
        <source>The consent was not changed: %1</source>
        <translation>Согласие не изменено: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Новая рабочая область…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Открыть &amp;демо</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Закрыть рабочую область</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About LeadLoop</source>
        <translation>&amp;О программе LeadLoop</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Не удаётся открыть рабочую область</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Открыть рабочую область</translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop);;All files (*)</source>
        <translation>Рабочие области LeadLoop (*.leadloop);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Новая рабочая область</translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop)</source>
        <translation>Рабочие области LeadLoop (*.leadloop)</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Не удаётся создать рабочую область</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File &gt; Open, or choose another name.</source>
        <translation>%1 уже существует. Откройте его через Файл &gt; Открыть или выберите другое имя.</translation>
    </message>
    <message>
        <source>Writing the demo workspace…</source>
        <translation>Запись демонстрационной рабочей области…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Демо-область</translation>
    </message>
    <message>
        <source>Cannot write the demo workspace</source>
        <translation>Не удаётся записать демонстрационную рабочую область</translation>
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
        <translation>Рабочая область не открыта</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Рабочая область: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>%1 visitors · %2 sessions · %3 leads · %4 deals</source>
        <translation>Посетителей: %1 · сеансов: %2 · лидов: %3 · сделок: %4</translation>
    </message>
    <message>
        <source>About LeadLoop</source>
        <translation>О программе LeadLoop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadLoop %1&lt;/h3&gt;&lt;p&gt;Closed-loop marketing analytics: from the first visit to the signed deal.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeadLoop %1&lt;/h3&gt;&lt;p&gt;Маркетинговая аналитика замкнутого цикла: от первого визита до подписанной сделки.&lt;/p&gt;&lt;p&gt;Создано на Qt %2 и SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s settings</source>
        <translation>Не удаётся прочитать настройки рабочей области</translation>
    </message>
    <message>
        <source>The settings were not changed</source>
        <translation>Настройки не изменены</translation>
    </message>
    <message>
        <source>Applying the settings (a new channel grouping classifies every session again)…</source>
        <translation>Применение настроек (новая группировка каналов заново классифицирует все сеансы)…</translation>
    </message>
    <message>
        <source>Finding the people behind %1…</source>
        <translation>Поиск людей за показателем «%1»…</translation>
    </message>
    <message>
        <source>Drill down</source>
        <translation>Детализация</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Восс&amp;тановить…</translation>
    </message>
    <message>
        <source>Reco&amp;ver…</source>
        <translation>Спа&amp;сти…</translation>
    </message>
    <message>
        <source>Checking the workspace for damage before it opens…</source>
        <translation>Проверка рабочей области на повреждения перед открытием…</translation>
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation>Открытие рабочей области</translation>
    </message>
    <message>
        <source>The snapshot was not restored</source>
        <translation>Снимок не восстановлен</translation>
    </message>
    <message>
        <source>Restored the workspace as it was on %1.</source>
        <translation>Рабочая область восстановлена в состояние на %1.</translation>
    </message>
    <message>
        <source>Recover into a New Workspace</source>
        <translation>Спасти в новую рабочую область</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-восстановленная</translation>
    </message>
    <message>
        <source>Cannot recover the workspace</source>
        <translation>Не удаётся восстановить рабочую область</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the recovered workspace.</source>
        <translation>%1 уже существует; выберите новый файл для восстановленной рабочей области.</translation>
    </message>
    <message>
        <source>%1 (damaged, read-only) — LeadLoop</source>
        <translation>%1 (повреждена, только чтение) — LeadLoop</translation>
    </message>
    <message>
        <source>The workspace could not be counted: %1</source>
        <translation>Не удалось подсчитать рабочую область: %1</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Отчёт…</translation>
    </message>
    <message>
        <source>&amp;Ad Platform Conversions…</source>
        <translation>Конверсии для &amp;рекламных платформ…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n anonymous visitors, who are not leads)</source>
        <translation>
            <numerusform>%1 (и %n анонимный посетитель, не лид)</numerusform>
            <numerusform>%1 (и %n анонимных посетителя, не лиды)</numerusform>
            <numerusform>%1 (и %n анонимных посетителей, не лиды)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::NavigationModel</name>
    <message>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуция</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Пути клиентов</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорты</translation>
    </message>
    <message>
        <source>Headline figures for the period: visitors, leads, customers, revenue, cost and return, against the previous period.</source>
        <translation>Ключевые показатели периода: посетители, лиды, клиенты, выручка, затраты и отдача по сравнению с предыдущим периодом.</translation>
    </message>
    <message>
        <source>Visitors, leads, opportunities and customers, with the conversion rate of every step and the time between steps.</source>
        <translation>Посетители, лиды, возможности и клиенты с конверсией каждого шага и временем между шагами.</translation>
    </message>
    <message>
        <source>Sessions, leads, customers, revenue and cost per channel, source, campaign or landing page, with cost per lead, acquisition cost and ROI.</source>
        <translation>Сеансы, лиды, клиенты, выручка и затраты по каналу, источнику, кампании или посадочной странице, с ценой лида, стоимостью привлечения и ROI.</translation>
    </message>
    <message>
        <source>How each attribution model shares the credit for leads, deals and revenue between channels, side by side.</source>
        <translation>Как каждая модель атрибуции делит заслуги за лиды, сделки и выручку между каналами — рядом друг с другом.</translation>
    </message>
    <message>
        <source>One contact&apos;s history as a timeline: every visit, page, form, deal stage and outcome.</source>
        <translation>История одного контакта на шкале времени: каждый визит, страница, форма, этап сделки и исход.</translation>
    </message>
    <message>
        <source>Contacts and their deals; tag leads won or lost with a key press.</source>
        <translation>Контакты и их сделки; отмечайте лидов выигранными или проигранными одним нажатием.</translation>
    </message>
    <message>
        <source>Campaigns with their channel, dates and daily costs.</source>
        <translation>Кампании с каналом, датами и ежедневными затратами.</translation>
    </message>
    <message>
        <source>Every import batch with its counts and the rows it rejected.</source>
        <translation>Каждый пакет импорта с количествами и отклонёнными строками.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Win rate, won value and days to close by owner, product, account, channel, stage or lost reason.</source>
        <translation>Доля выигранных, сумма выигранных и дни до закрытия по ответственному, продукту, компании, каналу, этапу или причине проигрыша.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Скоринг</translation>
    </message>
    <message>
        <source>Which open leads will close, learnt from the outcomes sales tagged, and how sure the model is.</source>
        <translation>Какие открытые лиды закроются — по исходам, отмеченным продажами, — и насколько уверена модель.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <source>How long people take from one step to the next, and how each week&apos;s or month&apos;s new people go on to become leads, customers and revenue.</source>
        <translation>Сколько времени проходит от шага к шагу и как новые люди каждой недели или месяца становятся лидами, клиентами и выручкой.</translation>
    </message>
</context>
<context>
    <name>leadloop::OverviewPage</name>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Просмотры страниц</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>What the workspace holds</source>
        <translation>Что содержит рабочая область</translation>
    </message>
    <message>
        <source>Workspace “%1”</source>
        <translation>Рабочая область «%1»</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Рабочая область не открыта</translation>
    </message>
</context>
<context>
    <name>leadloop::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>&amp;Вы</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Рабочая область</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Каналы</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Tags you make are recorded with this name, and &quot;My leads&quot; shows the leads it owns.</source>
        <translation>Ваши отметки записываются под этим именем, а «Мои лиды» показывает лидов, за которых вы отвечаете.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language shows the next time LeadLoop starts.</source>
        <translation>Новый язык появится при следующем запуске LeadLoop.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системная</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation>&amp;Валюта отчётов:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Session timeout:</source>
        <translation>Тайм-аут &amp;сеанса:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>Attribution &amp;lookback:</source>
        <translation>&amp;Окно атрибуции:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>A reason deals are lost:</source>
        <translation>Причина проигрыша сделок:</translation>
    </message>
    <message>
        <source>Lost reasons:</source>
        <translation>Причины проигрыша:</translation>
    </message>
    <message>
        <source>GA4 default channel group</source>
        <translation>Стандартная группа каналов GA4</translation>
    </message>
    <message>
        <source>HubSpot-style sources</source>
        <translation>Источники в стиле HubSpot</translation>
    </message>
    <message>
        <source>Custom rules (this workspace&apos;s)</source>
        <translation>Свои правила (этой рабочей области)</translation>
    </message>
    <message>
        <source>Custom rules from a &amp;file…</source>
        <translation>Свои правила из &amp;файла…</translation>
    </message>
    <message>
        <source>Channel &amp;grouping:</source>
        <translation>&amp;Группировка каналов:</translation>
    </message>
    <message>
        <source>Changing the grouping classifies every stored session again; Edit &gt; Undo puts the previous grouping back.</source>
        <translation>Смена группировки заново классифицирует все сохранённые сеансы; Правка &gt; Отменить возвращает прежнюю группировку.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try the grouping&lt;/b&gt;</source>
        <translation>&lt;b&gt;Проверить группировку&lt;/b&gt;</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ка&amp;мпания:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Channel rules</source>
        <translation>Правила каналов</translation>
    </message>
    <message>
        <source>Channel rules (*.json)</source>
        <translation>Правила каналов (*.json)</translation>
    </message>
    <message>
        <source>the custom rules</source>
        <translation>свои правила</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (rule %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (правило %2)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>Add a &amp;rule</source>
        <translation>Добавить &amp;правило</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your rules&lt;/b&gt;, checked before the grouping&apos;s, first match wins:</source>
        <translation>&lt;b&gt;Ваши правила&lt;/b&gt; проверяются раньше правил группировки, побеждает первое совпадение:</translation>
    </message>
    <message>
        <source>Your channel rules</source>
        <translation>Ваши правила каналов</translation>
    </message>
    <message>
        <source>S&amp;napshots</source>
        <translation>С&amp;нимки</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(пока неизвестно)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Последняя синхронизация:</translation>
    </message>
    <message>
        <source>The server decides what each role may do: owners everything and the members, managers imports, costs and settings, reps the tags of their own leads, viewers reading and reports. Passwords come from ~/.pgpass and are never stored in the workspace.</source>
        <translation>Сервер решает, что разрешено каждой роли: владельцам — всё и управление участниками, менеджерам — импорт, затраты и настройки, продавцам — отметки своих лидов, наблюдателям — чтение и отчёты. Пароли берутся из ~/.pgpass и никогда не хранятся в рабочей области.</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Команда</translation>
    </message>
</context>
<context>
    <name>leadloop::RecoverDialog</name>
    <message>
        <source>Recover %1</source>
        <translation>Спасти %1</translation>
    </message>
    <message>
        <source>Reading every page of %1 and writing what can be read to %2…</source>
        <translation>Чтение каждой страницы %1 и запись прочитанного в %2…</translation>
    </message>
    <message>
        <source>&amp;Open Recovered Workspace</source>
        <translation>&amp;Открыть восстановленную рабочую область</translation>
    </message>
    <message>
        <source>Nothing could be recovered: %1</source>
        <translation>Ничего не удалось восстановить: %1</translation>
    </message>
    <message>
        <source>Everything was recovered into %1: every page could be read and LeadLoop&apos;s checks found nothing wrong.</source>
        <translation>Всё восстановлено в %1: каждая страница прочитана, проверки LeadLoop не нашли ошибок.</translation>
    </message>
    <message>
        <source>Recovered into %1 what could be read. %2 of %3 pages could not be trusted; the table below says what each table lost, and what LeadLoop&apos;s checks found in the new file. Check the figures before you rely on them.</source>
        <translation>В %1 восстановлено всё, что удалось прочитать. %2 из %3 страниц недостоверны; таблица ниже показывает, что потеряла каждая таблица и что проверки LeadLoop нашли в новом файле. Проверьте цифры, прежде чем на них полагаться.</translation>
    </message>
</context>
<context>
    <name>leadloop::ReportExportDialog</name>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Marketing performance</source>
        <translation>Эффективность маркетинга</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln pages).</source>
        <translation>
            <numerusform>Сохранено: %1 (%Ln страница).</numerusform>
            <numerusform>Сохранено: %1 (%Ln страницы).</numerusform>
            <numerusform>Сохранено: %1 (%Ln страниц).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::RestoreDialog</name>
    <message>
        <source>Restore %1</source>
        <translation>Восстановить %1</translation>
    </message>
    <message>
        <source>No snapshots of this workspace have been kept yet. LeadLoop keeps one before every import, removal and upgrade, in %1.</source>
        <translation>Снимков этой рабочей области ещё нет. LeadLoop сохраняет снимок перед каждым импортом, удалением и обновлением, в %1.</translation>
    </message>
    <message>
        <source>LeadLoop kept these states of the workspace before each change. Restoring one puts the workspace back as it was then; the workspace as it is now is kept as a snapshot of its own, so nothing is lost.</source>
        <translation>LeadLoop сохранил эти состояния рабочей области перед каждым изменением. Восстановление возвращает рабочую область в тогдашнее состояние; текущее состояние сохраняется отдельным снимком, так что ничего не теряется.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
</context>
<context>
    <name>leadloop::ResultTableModel</name>
    <message>
        <source>Double-click to list what is behind this figure</source>
        <translation>Дважды щёлкните, чтобы увидеть, что стоит за этим числом</translation>
    </message>
</context>
<context>
    <name>leadloop::ResultTableView</name>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Копировать таблицу</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт &amp;CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Экспорт XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>leadloop::ScoringView</name>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Обучить</translation>
    </message>
    <message>
        <source>&amp;Exclude and train again</source>
        <translation>&amp;Исключить и обучить снова</translation>
    </message>
    <message>
        <source>The share of labelled leads kept back to judge the model.</source>
        <translation>Доля размеченных лидов, отложенных для проверки модели.</translation>
    </message>
    <message>
        <source>The same seed always picks the same hold-out and gives the same model.</source>
        <translation>Одно и то же зерно всегда выбирает ту же отложенную часть и даёт ту же модель.</translation>
    </message>
    <message>
        <source>Features to leave out, e.g. property:Tags, page:/thanks*</source>
        <translation>Исключаемые признаки, например property:Tags, page:/thanks*</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Предсказать:</translation>
    </message>
    <message>
        <source>Hold out:</source>
        <translation>Отложить:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Зерно:</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>Скоринг лидов</translation>
    </message>
    <message>
        <source>Learns from the leads whose outcome is known which open leads are most likely to convert, and shows how well that works on leads it never saw.</source>
        <translation>Учится на лидах с известным исходом, какие открытые лиды вероятнее всего сконвертируются, и показывает, насколько хорошо это работает на лидах, которых модель не видела.</translation>
    </message>
    <message>
        <source>Becoming a customer</source>
        <translation>Стать клиентом</translation>
    </message>
    <message>
        <source>Winning, among closed deals</source>
        <translation>Выигрыш среди закрытых сделок</translation>
    </message>
    <message>
        <source>Property: %1</source>
        <translation>Свойство: %1</translation>
    </message>
    <message>
        <source>Training the lead scoring model…</source>
        <translation>Обучение модели скоринга лидов…</translation>
    </message>
    <message>
        <source>No model yet. Choose what to predict and press Train: LeadLoop learns from the leads whose outcome is known.</source>
        <translation>Модели пока нет. Выберите, что предсказывать, и нажмите «Обучить»: LeadLoop учится на лидах с известным исходом.</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC-кривая</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Калибровка</translation>
    </message>
    <message>
        <source>Share found when calling the top tenths first</source>
        <translation>Доля найденных при звонках сначала верхним десятым</translation>
    </message>
    <message>
        <source>%1 alone predicts the outcome almost perfectly (AUC ≥ 0.95). It may be filled in after the outcome, such as a sales status; if so, leave it out.</source>
        <translation>%1 в одиночку почти идеально предсказывает исход (AUC ≥ 0,95). Возможно, это заполняется после исхода, как статус продажи; если так, исключите его.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trees: AUC %1&lt;/b&gt; · baseline (logistic regression): AUC %2 · Brier score %3 (baseline %4)</source>
        <translation>&lt;b&gt;Деревья: AUC %1&lt;/b&gt; · базовая модель (логистическая регрессия): AUC %2 · оценка Брайера %3 (базовая %4)</translation>
    </message>
    <message>
        <source>Learnt from %1 leads, judged on %2 it never saw (%3 of them reached the target); %4 of all labelled leads reached it.</source>
        <translation>Обучена на %1 лидах, проверена на %2, которых не видела (%3 из них достигли цели); всего цели достигли %4 размеченных лидов.</translation>
    </message>
    <message>
        <source>The top 10 % of scores hold %1 % of them.</source>
        <translation>Верхние 10 % оценок содержат %1 % из них.</translation>
    </message>
    <message>
        <source>Trained %1 by %2; scores of open leads are kept up to date after every import.</source>
        <translation>Обучена %1 пользователем %2; оценки открытых лидов обновляются после каждого импорта.</translation>
    </message>
    <message>
        <source>Fewer than %1 leads reached the target: the scores are unsure and no tiers are given.</source>
        <translation>Цели достигли менее %1 лидов: оценки ненадёжны, уровни не присваиваются.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Исключены: %1</translation>
    </message>
    <message>
        <source>ROC: leads found against false alarms (%)</source>
        <translation>ROC: найденные лиды против ложных срабатываний (%)</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>Деревья</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовая модель</translation>
    </message>
    <message>
        <source>Guessing</source>
        <translation>Угадывание</translation>
    </message>
    <message>
        <source>Calibration: predicted against observed (%)</source>
        <translation>Калибровка: предсказано против наблюдаемого (%)</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Предсказано</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Наблюдалось</translation>
    </message>
    <message>
        <source>Found by score</source>
        <translation>Найдено по оценке</translation>
    </message>
    <message>
        <source>Found at random</source>
        <translation>Найдено случайно</translation>
    </message>
</context>
<context>
    <name>leadloop::SessionListDialog</name>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Sessions behind %1</source>
        <translation>Сеансы за показателем «%1»</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln sessions.</source>
        <translation>
            <numerusform>Последние %1 из %Ln сеанса.</numerusform>
            <numerusform>Последние %1 из %Ln сеансов.</numerusform>
            <numerusform>Последние %1 из %Ln сеансов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions, newest first.</source>
        <translation>
            <numerusform>%Ln сеанс.</numerusform>
            <numerusform>%Ln сеанса, сначала новые.</numerusform>
            <numerusform>%Ln сеансов, сначала новые.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::SnapshotPreferencesPage</name>
    <message>
        <source>&amp;Keep a snapshot before every import, removal and upgrade</source>
        <translation>&amp;Сохранять снимок перед каждым импортом, удалением и обновлением</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>Beside each workspace</source>
        <translation>Рядом с каждой рабочей областью</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Keep the &amp;newest:</source>
        <translation>Хранить &amp;последние:</translation>
    </message>
    <message>
        <source>&amp;Up to, in all:</source>
        <translation>&amp;Не более, всего:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>A snapshot is a verified copy of the workspace as it was before a change. File &gt; Restore… puts one back. The newest snapshot is always kept, even when it alone is larger than the limit.</source>
        <translation>Снимок — проверенная копия рабочей области в том виде, в каком она была до изменения. Файл &gt; Восстановить… возвращает его. Самый новый снимок хранится всегда, даже если он один превышает предел.</translation>
    </message>
    <message>
        <source>Folder for Snapshots</source>
        <translation>Папка для снимков</translation>
    </message>
</context>
<context>
    <name>leadloop::SnapshotsModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>перед %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>What came after</source>
        <translation>Что было после</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>leadloop::TableCountsModel</name>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
</context>
<context>
    <name>leadloop::TagDialog</name>
    <message>
        <source>Mark as won</source>
        <translation>Отметить как выигранную</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Отметить как проигранную</translation>
    </message>
    <message>
        <source>The selected lead will be marked as won.</source>
        <translation>Выбранный лид будет отмечен как выигранный.</translation>
    </message>
    <message>
        <source>The selected lead will be marked as lost.</source>
        <translation>Выбранный лид будет отмечен как проигранный.</translation>
    </message>
    <message>
        <source>Selected leads: %1. Each will be marked as won.</source>
        <translation>Выбрано лидов: %1. Каждый будет отмечен как выигранный.</translation>
    </message>
    <message>
        <source>Selected leads: %1. Each will be marked as lost.</source>
        <translation>Выбрано лидов: %1. Каждый будет отмечен как проигранный.</translation>
    </message>
    <message>
        <source>each deal&apos;s own amount</source>
        <translation>собственная сумма каждой сделки</translation>
    </message>
    <message>
        <source>for example 12 500,00</source>
        <translation>например, 12 500,00</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>RUB</translation>
    </message>
    <message>
        <source>&amp;Amount won:</source>
        <translation>Выигранная &amp;сумма:</translation>
    </message>
    <message>
        <source>No deal amount for %1, so enter the amount won; it applies to every selected lead.</source>
        <translation>Нет суммы сделки для %1, поэтому введите выигранную сумму; она применяется к каждому выбранному лиду.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>choose or type a reason</source>
        <translation>выберите или введите причину</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Отметить выигрыш</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Отметить проигрыш</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>ещё %Ln</numerusform>
            <numerusform>ещё %Ln</numerusform>
            <numerusform>ещё %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadloop::TeamActions</name>
    <message>
        <source>&amp;Publish to a Team Server…</source>
        <translation>&amp;Опубликовать на сервере команды…</translation>
    </message>
    <message>
        <source>&amp;Join a Team Workspace…</source>
        <translation>&amp;Присоединиться к командной области…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>The team sync failed</source>
        <translation>Синхронизация команды не удалась</translation>
    </message>
    <message>
        <source>Sent %1, received %2 changes; the team&apos;s log is at %3.</source>
        <translation>Отправлено %1, получено %2 изменений; журнал команды на позиции %3.</translation>
    </message>
    <message>
        <source>The team server refused changes</source>
        <translation>Сервер команды отклонил изменения</translation>
    </message>
    <message>
        <source>The team server refused these changes of yours (%1); they were taken back here:</source>
        <translation>Сервер команды отклонил эти ваши изменения (%1); здесь они отменены:</translation>
    </message>
    <message>
        <source>Publish to a Team Server</source>
        <translation>Опубликовать на сервере команды</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database (empty), as postgresql://user@host:port/database.
Passwords come from ~/.pgpass and are never stored in the workspace.</source>
        <translation>База данных PostgreSQL команды (пустая), в виде postgresql://пользователь@хост:порт/база.
Пароли берутся из ~/.pgpass и никогда не хранятся в рабочей области.</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Не удаётся опубликовать</translation>
    </message>
    <message>
        <source>Publishing the workspace to %1…</source>
        <translation>Публикация рабочей области на %1…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>The workspace is now the team workspace at %1. Add members with &apos;leadloop-cli team grant&apos;; they join with File &gt; Team &gt; Join a Team Workspace.</source>
        <translation>Рабочая область теперь командная на %1. Добавьте участников командой &apos;leadloop-cli team grant&apos;; они присоединяются через Файл &gt; Команда &gt; Присоединиться к командной области.</translation>
    </message>
    <message>
        <source>Join a Team Workspace</source>
        <translation>Присоединиться к командной области</translation>
    </message>
    <message>
        <source>The team server, as postgresql://user@host:port/database.</source>
        <translation>Сервер команды, в виде postgresql://пользователь@хост:порт/база.</translation>
    </message>
    <message>
        <source>Cannot join</source>
        <translation>Не удаётся присоединиться</translation>
    </message>
    <message>
        <source>Save the Team Replica As</source>
        <translation>Сохранить командную реплику как</translation>
    </message>
    <message>
        <source>LeadLoop workspaces (*.leadloop)</source>
        <translation>Рабочие области LeadLoop (*.leadloop)</translation>
    </message>
    <message>
        <source>Joining the team workspace at %1…</source>
        <translation>Присоединение к командной области на %1…</translation>
    </message>
</context>
<context>
    <name>leadloop::TeamSyncer</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Team (%1)</source>
        <translation>Команда (%1)</translation>
    </message>
    <message>
        <source>%1: synced</source>
        <translation>%1: синхронизировано</translation>
    </message>
    <message>
        <source>%1: syncing…</source>
        <translation>%1: синхронизация…</translation>
    </message>
    <message>
        <source>%1: changes waiting to be sent: %2</source>
        <translation>%1: изменений ждут отправки: %2</translation>
    </message>
    <message>
        <source>%1: offline, changes waiting to be sent: %2</source>
        <translation>%1: нет связи, изменений ждут отправки: %2</translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1: нет связи</translation>
    </message>
    <message>
        <source>Syncing with the team…</source>
        <translation>Синхронизация с командой…</translation>
    </message>
    <message>
        <source>Synced, but the lead scores could not be computed again: %1</source>
        <translation>Синхронизировано, но оценки лидов не удалось пересчитать: %1</translation>
    </message>
</context>
<context>
    <name>leadloop::UnavailablePage</name>
    <message>
        <source>This view is not available in this version of LeadLoop yet. Your data is kept, and the view will show it when it arrives.</source>
        <translation>Этот раздел пока недоступен в данной версии LeadLoop. Ваши данные сохранены, и раздел покажет их, когда появится.</translation>
    </message>
</context>
<context>
    <name>leadloop::WelcomePage</name>
    <message>
        <source>Welcome to LeadLoop</source>
        <translation>Добро пожаловать в LeadLoop</translation>
    </message>
    <message>
        <source>LeadLoop follows every lead from the first anonymous visit to the signed deal, so you can see which channels and campaigns bring customers and revenue, not just clicks.</source>
        <translation>LeadLoop ведёт каждого лида от первого анонимного визита до подписанной сделки, чтобы вы видели, какие каналы и кампании приносят клиентов и выручку, а не только клики.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Открыть демонстрационную область</translation>
    </message>
    <message>
        <source>A realistic 90-day story of a software company: 20,000 visitors, 15 campaigns and 400 deals.</source>
        <translation>Реалистичная 90-дневная история софтверной компании: 20 000 посетителей, 15 кампаний и 400 сделок.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Создать рабочую область…</translation>
    </message>
    <message>
        <source>Open a workspace file…</source>
        <translation>Открыть файл рабочей области…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Недавние рабочие области</translation>
    </message>
    <message>
        <source>No recent workspaces yet.</source>
        <translation>Недавних рабочих областей пока нет.</translation>
    </message>
</context>
<context>
    <name>leadloop::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Рабочая область не открыта.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadLoop: closed-loop marketing analytics.</source>
        <translation>LeadLoop: маркетинговая аналитика замкнутого цикла.</translation>
    </message>
    <message>
        <source>Open the demo workspace (writing it first if needed).</source>
        <translation>Открыть демонстрационную область (при необходимости сначала записав её).</translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation>Открываемый файл рабочей области.</translation>
    </message>
    <message>
        <source>LeadLoop stopped after an internal error: %1</source>
        <translation>LeadLoop остановлен из-за внутренней ошибки: %1</translation>
    </message>
    <message>
        <source>Open the import wizard on FILE once the workspace is open.</source>
        <translation>Открыть мастер импорта для ФАЙЛА, когда рабочая область будет открыта.</translation>
    </message>
</context>
</TS>
