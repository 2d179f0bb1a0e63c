<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>Briefing</name>
        <message>
            <source>Depends on</source>
            <translation>Залежить від</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Потрібне для</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Відповідає на</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Відповідь у</translation>
        </message>
        <message>
            <source>Evidence for</source>
            <translation>Доказ для</translation>
        </message>
        <message>
            <source>Supported by</source>
            <translation>Підкріплено</translation>
        </message>
        <message>
            <source>Cites</source>
            <translation>Посилається на</translation>
        </message>
        <message>
            <source>Cited by</source>
            <translation>Цитується в</translation>
        </message>
        <message>
            <source>Involves</source>
            <translation>Залучає</translation>
        </message>
        <message>
            <source>Involved in</source>
            <translation>Залучений до</translation>
        </message>
        <message>
            <source>Related to</source>
            <translation>Пов'язане з</translation>
        </message>
        <message>
            <source>Guaranteed by</source>
            <translation>Гарантовано</translation>
        </message>
        <message>
            <source>Guarantor of</source>
            <translation>Гарант для</translation>
        </message>
        <message>
            <source>Protects</source>
            <translation>Захищає</translation>
        </message>
        <message>
            <source>Protected by</source>
            <translation>Під захистом</translation>
        </message>
        <message>
            <source>%1 (from)</source>
            <translation>%1 (зворотний)</translation>
        </message>
        <message>
            <source>Dangling link “%1” %2 “%3”: “%4” is not an item of this briefing; the link is left out.</source>
            <translation>Зв'язок «%1» %2 «%3» веде в нікуди: «%4» не є елементом цього брифінгу; зв'язок пропущено.</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>Брифінг</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Учасник</translation>
        </message>
        <message>
            <source>Guarantee</source>
            <translation>Гарантія</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Сценарій</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Подія</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <source>Data series</source>
            <translation>Ряди даних</translation>
        </message>
        <message>
            <source>FAQ entry</source>
            <translation>Часте запитання</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Огляд</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Учасники</translation>
        </message>
        <message>
            <source>Guarantees</source>
            <translation>Гарантії</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Сценарії</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Події</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Джерела</translation>
        </message>
        <message>
            <source>FAQ</source>
            <translation>Часті запитання</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>Ратифікація</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Поз.</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Імовірність</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категорія</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Видавець</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Рік</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Одиниця</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Точки</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Запитання</translation>
        </message>
        <message>
            <source>unreadable date “%1”</source>
            <translation>нерозпізнана дата «%1»</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Не вказано</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>немає значення</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Період</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значення</translation>
        </message>
        <message>
            <source>Value (%1)</source>
            <translation>Значення (%1)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (%2, %3 linked)</source>
            <translation>%1 (%2, пов'язаних: %3)</translation>
        </message>
        <message>
            <source>Duplicate id “%1”: it names two items, %2 “%3” and %4 “%5”; links to it lead to the first.</source>
            <translation>Повторюваний ідентифікатор «%1»: його мають два елементи, %2 «%3» і %4 «%5»; зв'язки з ним ведуть до першого.</translation>
        </message>
        <message>
            <source>Not translated; shown in %1</source>
            <translation>Не перекладено; показано мовою: %1</translation>
        </message>
        <message>
            <source>The translation may be out of date</source>
            <translation>Переклад може бути застарілим</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Елемент</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Текст оригіналу</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Переклад</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Стан</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Translated</source>
            <translation>Перекладено</translation>
        </message>
        <message>
            <source>Stale: the source changed</source>
            <translation>Застарілий: оригінал змінився</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Немає перекладу</translation>
        </message>
        <message>
            <source>Missing; shown in %1</source>
            <translation>Немає перекладу; показано мовою: %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more; zoom in to list them</source>
            <translation>
                <numerusform>… і ще %n; наблизьте, щоб побачити їх</numerusform>
                <numerusform>… і ще %n; наблизьте, щоб побачити їх</numerusform>
                <numerusform>… і ще %n; наблизьте, щоб побачити їх</numerusform>
            </translation>
        </message>
        <message>
            <source>Shows</source>
            <translation>Показує</translation>
        </message>
        <message>
            <source>Shown on</source>
            <translation>Показано на</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Діаграма</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Діаграми</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Виміряно</translation>
        </message>
        <message>
            <source>Provisional</source>
            <translation>Попереднє</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Оцінка</translation>
        </message>
        <message>
            <source>Projection</source>
            <translation>Прогноз</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ціль</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Лінії</translation>
        </message>
        <message>
            <source>Bars</source>
            <translation>Стовпці</translation>
        </message>
        <message>
            <source>Grouped bars</source>
            <translation>Згруповані стовпці</translation>
        </message>
        <message>
            <source>Stacked bars</source>
            <translation>Складені стовпці</translation>
        </message>
        <message>
            <source>Slope chart</source>
            <translation>Діаграма нахилу</translation>
        </message>
        <message>
            <source>Dot plot</source>
            <translation>Точкова діаграма</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Ряди</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Точність</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Квартал</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Місяць</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Розрив</translation>
        </message>
    </context>
    <context>
        <name>BriefingDatabase</name>
        <message>
            <source>The built-in example “%1” could not be built: %2. This is a bug in Briefing Viewer; please report it.</source>
            <translation>Не вдалося створити вбудований приклад «%1»: %2. Це помилка в Briefing Viewer; будь ласка, повідомте про неї.</translation>
        </message>
        <message>
            <source>sample briefing</source>
            <translation>зразок брифінгу</translation>
        </message>
        <message>
            <source>Sample briefing</source>
            <translation>Зразок брифінгу</translation>
        </message>
        <message>
            <source>The translations could not be read (%1); the text is shown in the source language.</source>
            <translation>Не вдалося прочитати переклади (%1); текст показано мовою оригіналу.</translation>
        </message>
        <message>
            <source>“%1” changed while it was being opened. Open it again.</source>
            <translation>«%1» змінився під час відкриття. Відкрийте його ще раз.</translation>
        </message>
        <message>
            <source>Opening “%1” was cancelled.</source>
            <translation>Відкриття «%1» скасовано.</translation>
        </message>
    </context>
    <context>
        <name>BriefingPath</name>
        <message>
            <source>stop %1: %2</source>
            <translation>зупинка %1: %2</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1; %2</translation>
        </message>
        <message>
            <source>the stop is left out</source>
            <translation>зупинку пропущено</translation>
        </message>
        <message>
            <source>an item stop names no item</source>
            <translation>зупинка елемента не називає жодного елемента</translation>
        </message>
        <message>
            <source>the briefing has no item %1</source>
            <translation>у брифінгу немає елемента %1</translation>
        </message>
        <message>
            <source>a chart stop names no chart or data series</source>
            <translation>зупинка діаграми не називає ні діаграми, ні ряду даних</translation>
        </message>
        <message>
            <source>%1 is not a chart or data series of the briefing</source>
            <translation>%1 не є ні діаграмою, ні рядом даних брифінгу</translation>
        </message>
        <message>
            <source>%1 is not an item or data point of the briefing</source>
            <translation>%1 не є ні елементом, ні точкою даних брифінгу</translation>
        </message>
        <message>
            <source>nothing is highlighted</source>
            <translation>нічого не виділено</translation>
        </message>
        <message>
            <source>%1 is not an actor of the briefing</source>
            <translation>%1 не є учасником брифінгу</translation>
        </message>
        <message>
            <source>its lane is left out</source>
            <translation>його доріжку пропущено</translation>
        </message>
        <message>
            <source>no event of the briefing has the category %1</source>
            <translation>жодна подія брифінгу не має категорії %1</translation>
        </message>
        <message>
            <source>%1 is not a scenario of the briefing</source>
            <translation>%1 не є сценарієм брифінгу</translation>
        </message>
        <message>
            <source>it is left out of the comparison</source>
            <translation>його пропущено в порівнянні</translation>
        </message>
        <message>
            <source>a comparison shows at most three scenarios, and %1 is a fourth</source>
            <translation>порівняння показує щонайбільше три сценарії, а %1 — четвертий</translation>
        </message>
        <message>
            <source>it is left out</source>
            <translation>його пропущено</translation>
        </message>
        <message>
            <source>a comparison needs two or three scenarios of the briefing</source>
            <translation>для порівняння потрібні два або три сценарії брифінгу</translation>
        </message>
        <message>
            <source>%1 is not a date (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)</source>
            <translation>%1 не є датою (YYYY, YYYY-Qn, YYYY-MM або YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>the period is open on that side</source>
            <translation>період лишається відкритим із цього боку</translation>
        </message>
        <message>
            <source>the period ends (%1) before it starts (%2)</source>
            <translation>період закінчується (%1) раніше, ніж починається (%2)</translation>
        </message>
        <message>
            <source>the whole span is shown</source>
            <translation>показано весь проміжок</translation>
        </message>
        <message>
            <source>the id is %1 characters long; at most %2</source>
            <translation>ідентифікатор має %1 символів; щонайбільше %2</translation>
        </message>
        <message>
            <source>the title is %1 characters long; at most %2</source>
            <translation>назва має %1 символів; щонайбільше %2</translation>
        </message>
        <message>
            <source>it has %1 stops; at most %2</source>
            <translation>він має %1 зупинок; щонайбільше %2</translation>
        </message>
        <message>
            <source>the notes are %1 characters long; at most %2</source>
            <translation>нотатки мають %1 символів; щонайбільше %2</translation>
        </message>
        <message>
            <source>it names %1 items; at most %2</source>
            <translation>вона називає %1 елементів; щонайбільше %2</translation>
        </message>
        <message>
            <source>the budget is %1 seconds; it must be from 1 to %2</source>
            <translation>запланований час — %1 с; він має бути від 1 до %2</translation>
        </message>
        <message>
            <source>an id or date is %1 characters long; at most %2</source>
            <translation>ідентифікатор або дата має %1 символів; щонайбільше %2</translation>
        </message>
        <message>
            <source>an id or lane is %1 characters long; at most %2</source>
            <translation>ідентифікатор або доріжка має %1 символів; щонайбільше %2</translation>
        </message>
        <message>
            <source>All of the briefing</source>
            <translation>Увесь брифінг</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Огляд</translation>
        </message>
    </context>
    <context>
        <name>BriefingReader</name>
        <message>
            <source>“%1” is locked by another program that is writing to it. Wait until it has finished (or close it), then open the file again.</source>
            <translation>«%1» заблоковано іншою програмою, яка зараз у нього записує. Зачекайте, доки вона завершить роботу (або закрийте її), а потім відкрийте файл знову.</translation>
        </message>
        <message>
            <source>“%1” is a SQLite database, but not a briefing: it was made by another program (application id %2). Open a .briefing file.</source>
            <translation>«%1» — база даних SQLite, але не брифінг: її створила інша програма (ідентифікатор застосунку %2). Відкрийте файл .briefing.</translation>
        </message>
        <message>
            <source>“%1” was made by a newer version of Briefing Viewer (format %2); this version reads format %3. Install a newer Briefing Viewer to open it.</source>
            <translation>«%1» створено новішою версією Briefing Viewer (формат %2); ця версія читає формат %3. Щоб відкрити файл, установіть новішу версію Briefing Viewer.</translation>
        </message>
        <message>
            <source>“%1” has no title row in its “briefing” table, so it is not a finished briefing. Make it again with the program that produced it.</source>
            <translation>У таблиці «briefing» файлу «%1» немає рядка з назвою, тож це не завершений брифінг. Створіть його знову програмою, якою його було зроблено.</translation>
        </message>
        <message>
            <source>The “briefing” table has more than one row; the first is used.</source>
            <translation>Таблиця «briefing» має більше одного рядка; використано перший.</translation>
        </message>
        <message>
            <source>Event “%1”: unknown date precision “%2” (expected year, month or day); its dates are read as days.</source>
            <translation>Подія «%1»: невідома точність дати «%2» (очікувалося year, month або day); її дати прочитано як дні.</translation>
        </message>
        <message>
            <source>Event “%1”: malformed start date “%2” for precision “%3”; it is listed without a place in time.</source>
            <translation>Подія «%1»: неправильна дата початку «%2» для точності «%3»; подію показано в списку без місця в часі.</translation>
        </message>
        <message>
            <source>Event “%1”: malformed end date “%2” for precision “%3”; it is shown as a single date.</source>
            <translation>Подія «%1»: неправильна дата завершення «%2» для точності «%3»; її показано як одну дату.</translation>
        </message>
        <message>
            <source>Event “%1”: it ends (%2) before it starts (%3); it is shown as a single date.</source>
            <translation>Подія «%1»: вона завершується (%2) раніше, ніж починається (%3); її показано як одну дату.</translation>
        </message>
        <message>
            <source>Data series “%1”: unknown kind “%2” (expected time or categories); it is shown as categories.</source>
            <translation>Ряд даних «%1»: невідомий тип «%2» (очікувалося time або categories); його показано як категорії.</translation>
        </message>
        <message numerus="yes">
            <source>%n data point(s) belong to the unknown series “%1” and are left out.</source>
            <translation>
                <numerusform>%n точка даних належить до невідомого ряду «%1», тож її пропущено.</numerusform>
                <numerusform>%n точки даних належать до невідомого ряду «%1», тож їх пропущено.</numerusform>
                <numerusform>%n точок даних належать до невідомого ряду «%1», тож їх пропущено.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” has no valid format version (it says %2; a briefing says 1 or %3). The program that made it did not finish it; make it again.</source>
            <translation>«%1» не має чинної версії формату (вказано %2; брифінг вказує 1 або %3). Програма, що його створила, не завершила роботу; створіть його знову.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: its “%2” table has no “%3” column, which format %4 requires. The program that made it is faulty; make it again.</source>
            <translation>«%1» неповний: його таблиця «%2» не має стовпця «%3», якого вимагає формат %4. Програма, що його створила, несправна; створіть його знову.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it has no “%2” table, which every briefing of format %3 has. The program that made it is faulty; make it again.</source>
            <translation>«%1» неповний: у ньому немає таблиці «%2», яка є в кожному брифінгу формату %3. Програма, що його створила, несправна; створіть його знову.</translation>
        </message>
        <message>
            <source>Chart “%1”: unknown kind “%2” (expected line, bar, grouped_bar, stacked_bar, slope or dot); it is shown as lines.</source>
            <translation>Діаграма «%1»: невідомий вид «%2» (очікується line, bar, grouped_bar, stacked_bar, slope або dot); її показано лініями.</translation>
        </message>
        <message>
            <source>The “chart_series” table names the unknown chart “%1” (with series “%2”); the row is left out.</source>
            <translation>Таблиця «chart_series» називає невідому діаграму «%1» (з рядом «%2»); рядок пропущено.</translation>
        </message>
        <message>
            <source>Chart “%1”: “%2” is not a data series of this briefing; it is left out of the chart.</source>
            <translation>Діаграма «%1»: «%2» не є рядом даних цього брифінгу; його пропущено на діаграмі.</translation>
        </message>
        <message>
            <source>Chart “%1”: series “%2” is listed twice; it is shown once.</source>
            <translation>Діаграма «%1»: ряд «%2» указано двічі; його показано один раз.</translation>
        </message>
        <message>
            <source>Chart “%1” has no data series; it is listed but draws nothing.</source>
            <translation>Діаграма «%1» не має рядів даних; її наведено в списку, але нічого не накреслено.</translation>
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation>«%1» (%2)</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>без одиниці</translation>
        </message>
        <message>
            <source>Chart “%1” mixes units: %2. Series of different units cannot share an axis; give the chart series of one unit.</source>
            <translation>Діаграма «%1» змішує одиниці: %2. Ряди з різними одиницями не можуть мати спільну вісь; дайте діаграмі ряди однієї одиниці.</translation>
        </message>
        <message>
            <source>Chart “%1” mixes time series and category series; they cannot share an axis.</source>
            <translation>Діаграма «%1» змішує часові ряди й ряди категорій; вони не можуть мати спільну вісь.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it has paths, but no “%2” table (a briefing has all of %3 or none). The program that made it is faulty; make it again.</source>
            <translation>«%1» неповний: у ньому є маршрути, але немає таблиці «%2» (брифінг має всі таблиці %3 або жодної). Програма, що його створила, несправна; створіть його знову.</translation>
        </message>
        <message>
            <source>The briefing has more than %1 paths; only the first %1 are read.</source>
            <translation>Брифінг має понад %1 маршрутів; прочитано лише перші %1.</translation>
        </message>
        <message>
            <source>A path has an empty id or one longer than %1 characters; it is left out.</source>
            <translation>Маршрут має порожній ідентифікатор або довший за %1 символів; його пропущено.</translation>
        </message>
        <message>
            <source>Path “default”: that id names the default path made from the content; the briefing's path of that id is left out. Give it another id.</source>
            <translation>Маршрут «default»: цей ідентифікатор позначає типовий маршрут, складений зі змісту; маршрут брифінгу з цим ідентифікатором пропущено. Дайте йому інший ідентифікатор.</translation>
        </message>
        <message>
            <source>Path “%1” is listed twice; the second is left out.</source>
            <translation>Маршрут «%1» указано двічі; другий пропущено.</translation>
        </message>
        <message>
            <source>Path “%1”: its title is longer than %2 characters; it is cut.</source>
            <translation>Маршрут «%1»: його назва довша за %2 символів; її обрізано.</translation>
        </message>
        <message>
            <source>Path “%1” has no title; its id is shown instead.</source>
            <translation>Маршрут «%1» не має назви; замість неї показано його ідентифікатор.</translation>
        </message>
        <message>
            <source>Path “%1”, stop %2: %3.</source>
            <translation>Маршрут «%1», зупинка %2: %3.</translation>
        </message>
        <message>
            <source>Path “%1” has more than %2 stops; only the first %2 are read.</source>
            <translation>Маршрут «%1» має понад %2 зупинок; прочитано лише перші %2.</translation>
        </message>
        <message>
            <source>unknown kind “%1” (expected %2); the stop is left out</source>
            <translation>невідомий вид «%1» (очікується: %2); зупинку пропущено</translation>
        </message>
        <message>
            <source>its title is longer than %1 characters; it is cut</source>
            <translation>її назва довша за %1 символів; її обрізано</translation>
        </message>
        <message>
            <source>its notes are longer than %1 characters; they are cut</source>
            <translation>її нотатки довші за %1 символів; їх обрізано</translation>
        </message>
        <message>
            <source>its budget “%1” is not a whole number of seconds from 1 to %2; it has none</source>
            <translation>її запланований час «%1» не є цілим числом секунд від 1 до %2; часу в неї немає</translation>
        </message>
        <message>
            <source>item_ids is not a JSON array of names; the stop names none</source>
            <translation>item_ids не є масивом назв JSON; зупинка не називає жодної</translation>
        </message>
        <message>
            <source>it names more than %1 items; only the first %1 are read</source>
            <translation>вона називає понад %1 елементів; прочитано лише перші %1</translation>
        </message>
        <message>
            <source>Path “%1”, %2.</source>
            <translation>Маршрут «%1», %2.</translation>
        </message>
        <message>
            <source>Path “%1” has no stop that can be shown; it is left out.</source>
            <translation>Маршрут «%1» не має жодної зупинки, яку можна показати; його пропущено.</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) belong to the unknown path “%1” and are left out.</source>
            <translation>
                <numerusform>%n зупинка належить до невідомого маршруту «%1», тож її пропущено.</numerusform>
                <numerusform>%n зупинки належать до невідомого маршруту «%1», тож їх пропущено.</numerusform>
                <numerusform>%n зупинок належать до невідомого маршруту «%1», тож їх пропущено.</numerusform>
            </translation>
        </message>
        <message>
            <source>the titles and notes of the briefing's paths are longer than %1 characters in all; from here on they are cut</source>
            <translation>назви й нотатки маршрутів брифінгу разом довші за %1 символів; звідси їх обрізано</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: its schema calls the function %2(), which Briefing Viewer lets no file it did not make call. The file may be sound, but a briefing needs no such function; ask whoever made it for a copy written by briefing-tool.</source>
            <translation>«%1» відхилено з міркувань безпеки: його схема викликає функцію %2(), яку Briefing Viewer не дозволяє викликати жодному файлу, створеному не ним. Файл може бути справним, але брифінгу така функція не потрібна; попросіть того, хто його створив, про копію, записану briefing-tool.</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: a statement of its schema is longer than %2 characters, the most Briefing Viewer reads from a file it did not make. The file may be sound, but a briefing needs no such statement; ask whoever made it for a copy written by briefing-tool.</source>
            <translation>«%1» відхилено з міркувань безпеки: одна з інструкцій його схеми довша за %2 символів — найбільше, що Briefing Viewer читає з файлу, створеного не ним. Файл може бути справним, але брифінгу така інструкція не потрібна; попросіть того, хто його створив, про копію, записану briefing-tool.</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: it holds a text or value larger than %2 MB, the most Briefing Viewer reads from one field of a file. The file may be sound; shorten that text (or split it) and write the briefing again.</source>
            <translation>«%1» відхилено з міркувань безпеки: він містить текст або значення, більше за %2 МБ — найбільше, що Briefing Viewer читає з одного поля файлу. Файл може бути справним; скоротіть цей текст (або розділіть його) і запишіть брифінг знову.</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite found its pages or its schema inconsistent. Get a fresh copy of the briefing.</source>
            <translation>«%1» пошкоджено: SQLite виявив, що його сторінки або схема неузгоджені. Отримайте нову копію брифінгу.</translation>
        </message>
        <message>
            <source>“%1” cannot be read safely. If a “-journal” file lies beside it, a program was interrupted while writing it; open the briefing once in that program, or get a fresh copy.</source>
            <translation>«%1» неможливо безпечно прочитати. Якщо поруч лежить файл «-journal», то якусь програму було перервано під час запису в нього; один раз відкрийте брифінг у тій програмі або отримайте нову копію.</translation>
        </message>
        <message>
            <source>“%1” could not be read (SQLite error %2). Check that the file is a complete briefing.</source>
            <translation>Не вдалося прочитати «%1» (помилка SQLite %2). Перевірте, чи файл є повним брифінгом.</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite's check of its pages found errors. Get a fresh copy of the briefing.</source>
            <translation>«%1» пошкоджено: перевірка його сторінок у SQLite виявила помилки. Отримайте нову копію брифінгу.</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: its “%2” is a virtual table (made by a module's code), where a briefing has an ordinary table. A briefing written by briefing-tool never has one; ask whoever made it for such a copy.</source>
            <translation>«%1» відхилено з міркувань безпеки: його «%2» — віртуальна таблиця (її створює код модуля), тоді як у брифінгу тут звичайна таблиця. Брифінг, записаний briefing-tool, ніколи такої не має; попросіть того, хто його створив, про таку копію.</translation>
        </message>
    </context>
    <context>
        <name>BriefingUpgrade</name>
        <message>
            <source>table “%1”: %2</source>
            <translation>таблиця «%1»: %2</translation>
        </message>
        <message>
            <source>“%1” is the input itself; upgrade never writes in place. Name a new file.</source>
            <translation>«%1» — це сам вхідний файл; upgrade ніколи не записує на місці. Назвіть новий файл.</translation>
        </message>
        <message numerus="yes">
            <source>point.status: “measured” for all %n point(s)</source>
            <translation>
                <numerusform>point.status: «measured» для %n точки</numerusform>
                <numerusform>point.status: «measured» для всіх %n точок</numerusform>
                <numerusform>point.status: «measured» для всіх %n точок</numerusform>
            </translation>
        </message>
        <message>
            <source>point.precision of the time series, read from their labels: %1</source>
            <translation>point.precision часових рядів, прочитана з їхніх міток: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message numerus="yes">
            <source>%n time-series point(s) whose label is not a period keep an empty precision (validate names them)</source>
            <translation>
                <numerusform>%n точка часового ряду, мітка якої не є періодом, має порожню точність (validate називає її)</numerusform>
                <numerusform>%n точки часових рядів, мітки яких не є періодами, мають порожню точність (validate називає їх)</numerusform>
                <numerusform>%n точок часових рядів, мітки яких не є періодами, мають порожню точність (validate називає їх)</numerusform>
            </translation>
        </message>
        <message>
            <source>point.item_id and point.break_note: empty</source>
            <translation>point.item_id і point.break_note: порожні</translation>
        </message>
        <message>
            <source>the chart and chart_series tables: empty (every series keeps a chart of its own)</source>
            <translation>таблиці chart і chart_series: порожні (кожен ряд зберігає власну діаграму)</translation>
        </message>
        <message>
            <source>a search index</source>
            <translation>пошуковий індекс</translation>
        </message>
    </context>
    <context>
        <name>BriefingWriter</name>
        <message>
            <source>“%1” already exists; it was left as it is. Choose another name, or pass --force to replace it.</source>
            <translation>«%1» уже існує; його залишено без змін. Виберіть іншу назву або передайте --force, щоб замінити файл.</translation>
        </message>
        <message>
            <source>“%1” is a folder; name a file to write.</source>
            <translation>«%1» — це тека; вкажіть файл для запису.</translation>
        </message>
        <message>
            <source>The folder of “%1” does not exist; create it first.</source>
            <translation>Теки для «%1» не існує; спершу створіть її.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Check that the folder is writable and the disk has room.</source>
            <translation>Не вдалося записати «%1»: %2. Перевірте, чи тека доступна для запису і чи є місце на диску.</translation>
        </message>
        <message>
            <source>Could not write the search index into “%1”: %2. The file was left as it was. Check that it is writable and that no other program is using it.</source>
            <translation>Не вдалося записати пошуковий індекс у «%1»: %2. Файл залишено без змін. Перевірте, чи він доступний для запису і чи не використовує його інша програма.</translation>
        </message>
        <message>
            <source>“%1” is of format %2, which has no paths; nothing was written. Write a copy in format 2 with “briefing-tool upgrade %1 OUT”, then add the path to it.</source>
            <translation>«%1» має формат %2, у якому немає маршрутів; нічого не записано. Запишіть копію у форматі 2 командою «briefing-tool upgrade %1 OUT», потім додайте маршрут до неї.</translation>
        </message>
        <message>
            <source>its id must be letters, digits, '-', '_' and '.' only, and not empty</source>
            <translation>його ідентифікатор має складатися лише з літер, цифр, '-', '_' і '.' та не бути порожнім</translation>
        </message>
        <message>
            <source>its id “default” names the default path made from the content; choose another</source>
            <translation>його ідентифікатор «default» позначає типовий маршрут, складений зі змісту; виберіть інший</translation>
        </message>
        <message>
            <source>it has no title</source>
            <translation>він не має назви</translation>
        </message>
        <message>
            <source>it has no stops</source>
            <translation>він не має зупинок</translation>
        </message>
        <message>
            <source>Nothing was written to “%1”: the path “%2” does not fit it:
  %3</source>
            <translation>До «%1» нічого не записано: маршрут «%2» йому не відповідає:
  %3</translation>
        </message>
        <message>
            <source>Nothing was written to “%1”: it has %2 paths already, as many as a briefing can have.</source>
            <translation>До «%1» нічого не записано: він уже має %2 маршрутів — стільки, скільки може мати брифінг.</translation>
        </message>
        <message>
            <source>Could not write the path into “%1”: %2. The file was left as it was. Check that it is writable and that no other program is using it.</source>
            <translation>Не вдалося записати маршрут у «%1»: %2. Файл лишився таким, яким був. Перевірте, що його можна записувати і що жодна інша програма його не використовує.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. The existing file was left as it was. Check that the folder is writable and the disk has room.</source>
            <translation>Не вдалося записати «%1»: %2. Наявний файл залишено без змін. Перевірте, чи тека доступна для запису і чи є місце на диску.</translation>
        </message>
    </context>
    <context>
        <name>ChartFileExport</name>
        <message>
            <source>“%1” does not end in .png, .svg or .pdf: name the file to write with one of them.</source>
            <translation>«%1» не закінчується на .png, .svg чи .pdf: дайте файлу для запису одне з цих розширень.</translation>
        </message>
        <message>
            <source>“%1” has no charts: it holds no data series.</source>
            <translation>«%1» не має діаграм: у ньому немає рядів даних.</translation>
        </message>
        <message>
            <source>“%1” has no chart or series “%2”. Its charts: %3.</source>
            <translation>«%1» не має діаграми чи ряду «%2». Його діаграми: %3.</translation>
        </message>
        <message>
            <source>No figure of “%1” names its source, so there is nothing to draw.</source>
            <translation>Жоден показник «%1» не має вказаного джерела, тож малювати нічого.</translation>
        </message>
    </context>
    <context>
        <name>DeepLink</name>
        <message>
            <source>“%1” is not a briefing link: those start with briefing://.</source>
            <translation>«%1» не є посиланням на брифінг: такі посилання починаються з briefing://.</translation>
        </message>
        <message>
            <source>The briefing link is %1 characters long; links longer than %2 are refused.</source>
            <translation>Посилання на брифінг має довжину %1 символів; посилання, довші за %2 символів, не приймаються.</translation>
        </message>
        <message>
            <source>The briefing link “%1” is malformed: it should be briefing://&lt;briefing id&gt;/&lt;item id&gt;, each part percent-encoded UTF-8.</source>
            <translation>Посилання на брифінг «%1» має неправильний вигляд: воно має бути у формі briefing://&lt;ідентифікатор брифінгу&gt;/&lt;ідентифікатор елемента&gt;, кожна частина — у UTF-8 з відсотковим кодуванням.</translation>
        </message>
        <message>
            <source>The briefing link “%1” names no item: “%2” is not an item id.</source>
            <translation>Посилання на брифінг «%1» не вказує на елемент: «%2» не є ідентифікатором елемента.</translation>
        </message>
        <message>
            <source>The briefing link “%1” names no briefing.</source>
            <translation>Посилання на брифінг «%1» не вказує брифінг.</translation>
        </message>
    </context>
    <context>
        <name>EventTimeIndex</name>
        <message>
            <source>No category</source>
            <translation>Без категорії</translation>
        </message>
        <message>
            <source>No actor</source>
            <translation>Без учасника</translation>
        </message>
    </context>
    <context>
        <name>Examples</name>
        <message>
            <source>Security guarantees for Ukraine (sample)</source>
            <translation>Гарантії безпеки для України (зразок)</translation>
        </message>
        <message>
            <source>European defence spending</source>
            <translation>Європейські витрати на оборону</translation>
        </message>
    </context>
    <context>
        <name>FileCheck</name>
        <message>
            <source>No file name was given. Name a .briefing file to open.</source>
            <translation>Не вказано назву файлу. Вкажіть файл .briefing, який треба відкрити.</translation>
        </message>
        <message>
            <source>“%1” does not exist. Check the file name and folder, or pick the file with File &gt; Open.</source>
            <translation>«%1» не існує. Перевірте назву файлу й теку або виберіть файл через Файл &gt; Відкрити.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a briefing file. Open a .briefing file inside it.</source>
            <translation>«%1» — це тека, а не файл брифінгу. Відкрийте файл .briefing, що лежить у ній.</translation>
        </message>
        <message>
            <source>“%1” is not a regular file (it is a device, pipe or socket). Open a .briefing file.</source>
            <translation>«%1» не є звичайним файлом (це пристрій, канал або сокет). Відкрийте файл .briefing.</translation>
        </message>
        <message>
            <source>“%1” is empty (0 bytes). It was probably not saved or copied completely; get the briefing again from whoever sent it.</source>
            <translation>«%1» порожній (0 байтів). Імовірно, його не було повністю збережено чи скопійовано; отримайте брифінг ще раз від того, хто його надіслав.</translation>
        </message>
        <message>
            <source>“%1” is not a briefing file: it is not a SQLite database. Open a .briefing file made by Briefing Viewer's briefing-tool or another program that writes this format.</source>
            <translation>«%1» не є файлом брифінгу: це не база даних SQLite. Відкрийте файл .briefing, створений утилітою briefing-tool з Briefing Viewer або іншою програмою, що записує цей формат.</translation>
        </message>
        <message>
            <source>“%1” is in SQLite's write-ahead-log mode, which cannot be read without writing beside the file. Convert it once with: sqlite3 "%1" "PRAGMA journal_mode=DELETE"</source>
            <translation>«%1» перебуває в режимі журналу попереднього запису (write-ahead log) SQLite, а такий файл неможливо прочитати, не записуючи нічого поруч із ним. Один раз перетворіть його командою: sqlite3 "%1" "PRAGMA journal_mode=DELETE"</translation>
        </message>
        <message>
            <source>“%1” is damaged: its SQLite header names an impossible page size (%2). Get a fresh copy of the briefing.</source>
            <translation>«%1» пошкоджено: у його заголовку SQLite вказано неможливий розмір сторінки (%2). Отримайте нову копію брифінгу.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it is only %2 bytes long, shorter than a SQLite header. It was probably cut short while downloading or copying; copy it again.</source>
            <translation>«%1» неповний: його розмір у байтах — лише %2, а це менше за заголовок SQLite. Імовірно, файл обірвався під час завантаження чи копіювання; скопіюйте його знову.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it is %2 bytes long, but its header says %3. It was probably cut short while downloading or copying; copy it again.</source>
            <translation>«%1» неповний: його розмір у байтах — %2, а в заголовку вказано %3. Імовірно, файл обірвався під час завантаження чи копіювання; скопіюйте його знову.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: permission denied. Ask the file's owner for read access, or copy it to a folder of yours.</source>
            <translation>Не вдається прочитати «%1»: доступ заборонено. Попросіть власника файлу надати вам доступ на читання або скопіюйте файл до своєї теки.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2. Check the disk or the place it is on, or copy the file to a folder of yours.</source>
            <translation>Не вдається прочитати «%1»: %2. Перевірте диск або місце, де лежить файл, або скопіюйте файл до своєї теки.</translation>
        </message>
        <message>
            <source>“%1” is damaged: it is %2 bytes long, %3 more than its header says (%4): something was added after its end. Get a fresh copy of the briefing.</source>
            <translation>«%1» пошкоджено: його розмір у байтах — %2, на %3 більше, ніж вказано в заголовку (%4): після його кінця щось дописано. Отримайте нову копію брифінгу.</translation>
        </message>
        <message>
            <source>“%1” is damaged: it is %2 bytes long, not a whole number of its %3-byte pages, so it was cut short or added to. Get a fresh copy of the briefing.</source>
            <translation>«%1» пошкоджено: його розмір у байтах — %2, що не є цілим числом його сторінок по %3 байтів, отже його обрізано або до нього щось дописано. Отримайте нову копію брифінгу.</translation>
        </message>
    </context>
    <context>
        <name>FileReplacement</name>
        <message>
            <source>permission denied</source>
            <translation>доступ заборонено</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>диск заповнено</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>диск доступний лише для читання</translation>
        </message>
        <message>
            <source>a folder is in its place</source>
            <translation>на його місці тека</translation>
        </message>
        <message>
            <source>could not create a temporary file beside it (%1)</source>
            <translation>не вдалося створити поруч тимчасовий файл (%1)</translation>
        </message>
        <message>
            <source>could not write the new file to the disk (%1)</source>
            <translation>не вдалося записати новий файл на диск (%1)</translation>
        </message>
        <message>
            <source>could not put the new file in its place (%1)</source>
            <translation>не вдалося поставити новий файл на його місце (%1)</translation>
        </message>
    </context>
    <context>
        <name>ItemField</name>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Підзаголовок</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Короткий зміст</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Правова форма</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>Ратифікація</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Preconditions</source>
            <translation>Передумови</translation>
        </message>
        <message>
            <source>Consequences</source>
            <translation>Наслідки</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категорія</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Видавець</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Рік</translation>
        </message>
        <message>
            <source>Locator</source>
            <translation>Місце в джерелі</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Одиниця</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Запитання</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Відповідь</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примітка</translation>
        </message>
    </context>
    <context>
        <name>ItemHtml</name>
        <message>
            <source>Links</source>
            <translation>Зв'язки</translation>
        </message>
        <message>
            <source>No linked items.</source>
            <translation>Немає пов'язаних елементів.</translation>
        </message>
        <message>
            <source>Data points</source>
            <translation>Точки даних</translation>
        </message>
        <message>
            <source>This series has no data points.</source>
            <translation>У цьому ряді немає точок даних.</translation>
        </message>
        <message>
            <source>Period or category</source>
            <translation>Період або категорія</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значення</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примітка</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>немає значення</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>не вказано</translation>
        </message>
        <message>
            <source>The first %1 of %2 points are shown.</source>
            <translation>Показано перші %1 з %2 точок.</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Не вказано</translation>
        </message>
        <message>
            <source>The series “%1” has no point “%2”.</source>
            <translation>У ряді «%1» немає точки «%2».</translation>
        </message>
        <message>
            <source>Data point</source>
            <translation>Точка даних</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Ряд</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Джерело: %1</translation>
        </message>
        <message>
            <source>What relies on this figure</source>
            <translation>Що спирається на цей показник</translation>
        </message>
        <message>
            <source>No event, scenario, guarantee or question of this briefing relies on it.</source>
            <translation>На нього не спирається жодна подія, сценарій, гарантія чи запитання цього брифінгу.</translation>
        </message>
        <message>
            <source>Id: %1</source>
            <translation>Ідентифікатор: %1</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Видання</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубліковано</translation>
        </message>
        <message>
            <source>Select a guarantee, scenario, event, data series, source or question to see all its fields here, with every item linked to it.</source>
            <translation>Виберіть гарантію, сценарій, подію, ряд даних, джерело або запитання, щоб побачити тут усі його поля разом з усіма пов'язаними елементами.</translation>
        </message>
        <message>
            <source>Nothing is selected.</source>
            <translation>Нічого не вибрано.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>None stated</source>
            <translation>Не вказано</translation>
        </message>
        <message>
            <source>(scale: %1)</source>
            <translation>(шкала: %1)</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>Сценарій %1</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Імовірність</translation>
        </message>
        <message>
            <source>unreadable date “%1”</source>
            <translation>нерозпізнана дата «%1»</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Видавець</translation>
        </message>
        <message>
            <source>Time series</source>
            <translation>Часовий ряд</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Категорії</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Built-in sample briefing</source>
            <translation>Вбудований зразок брифінгу</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Вміст</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Сценарії</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Джерела</translation>
        </message>
        <message>
            <source>This briefing names no sources.</source>
            <translation>У цьому брифінгу не вказано джерел.</translation>
        </message>
        <message>
            <source>%1 more in the Sources list.</source>
            <translation>Ще %1 — у списку джерел.</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s) while opening</source>
            <translation>
                <numerusform>%n попередження під час відкриття</numerusform>
                <numerusform>%n попередження під час відкриття</numerusform>
                <numerusform>%n попереджень під час відкриття</numerusform>
            </translation>
        </message>
        <message>
            <source>not translated; shown in %1</source>
            <translation>не перекладено; показано мовою: %1</translation>
        </message>
        <message>
            <source>translation may be out of date</source>
            <translation>переклад може бути застарілим</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Break in the series</source>
            <translation>Розрив у ряді</translation>
        </message>
        <message>
            <source>Stands for</source>
            <translation>Позначає</translation>
        </message>
        <message>
            <source>Shown as plain text: Markdown of more than %1 characters is not formatted.</source>
            <translation>Показано як звичайний текст: Markdown понад %1 символів не форматується.</translation>
        </message>
        <message>
            <source>Shown as plain text: Markdown nested more than %1 levels deep is not formatted.</source>
            <translation>Показано як звичайний текст: Markdown із вкладеністю понад %1 рівнів не форматується.</translation>
        </message>
        <message>
            <source>Shown as plain text: Markdown with more than %1 emphasis, code or link marks is not formatted.</source>
            <translation>Показано як звичайний текст: Markdown із понад %1 позначками виділення, коду чи посилань не форматується.</translation>
        </message>
        <message>
            <source>Only the first %1 of %2 characters are shown: the viewer shows no more of one text.</source>
            <translation>Показано лише перші %1 з %2 символів: більше з одного тексту переглядач не показує.</translation>
        </message>
        <message>
            <source>Show all (%1 characters)</source>
            <translation>Показати все (%1 символів)</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Your notes are off: the folder of your library “%1” could not be created. Check that your home folder is writable.</source>
            <translation>Нотатки вимкнено: не вдалося створити теку вашої бібліотеки «%1». Перевірте, чи ваша домашня тека доступна для запису.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” cannot be read (permission denied). Give yourself read and write permission on it.</source>
            <translation>Нотатки вимкнено: вашу бібліотеку «%1» не вдається прочитати (доступ заборонено). Надайте собі права на читання й запис для неї.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” could not be opened (%2).</source>
            <translation>Нотатки вимкнено: не вдалося відкрити вашу бібліотеку «%1» (%2).</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” is damaged (%2). It was left as it is; you can move it aside and start a new library.</source>
            <translation>Нотатки вимкнено: вашу бібліотеку «%1» пошкоджено (%2). Її залишено як є; ви можете перемістити її вбік і почати нову бібліотеку.</translation>
        </message>
        <message>
            <source>Your notes are off: “%1” is not a Briefing Viewer library. It was left as it is; move it away or start a new library.</source>
            <translation>Нотатки вимкнено: «%1» не є бібліотекою Briefing Viewer. Файл залишено як є; перемістіть його деінде або почніть нову бібліотеку.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” was made by a newer Briefing Viewer (library version %2; this one knows %3). Update Briefing Viewer.</source>
            <translation>Нотатки вимкнено: вашу бібліотеку «%1» створено новішою версією Briefing Viewer (версія бібліотеки %2; ця версія знає %3). Оновіть Briefing Viewer.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” is read-only and must be brought up to date first. Make it writable.</source>
            <translation>Нотатки вимкнено: ваша бібліотека «%1» доступна лише для читання, а її спершу треба оновити. Зробіть її доступною для запису.</translation>
        </message>
        <message>
            <source>Your notes are read-only: your library “%1” cannot be written. Make it writable to add or change notes.</source>
            <translation>Нотатки доступні лише для читання: у вашу бібліотеку «%1» не вдається записувати. Зробіть її доступною для запису, щоб додавати або змінювати нотатки.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” could not be brought up to date (%2). It was left as it was.</source>
            <translation>Нотатки вимкнено: не вдалося оновити вашу бібліотеку «%1» (%2). Її залишено без змін.</translation>
        </message>
        <message>
            <source>Your library “%1” could not be moved aside; your notes stay off. Check that its folder is writable.</source>
            <translation>Не вдалося перемістити вашу бібліотеку «%1» вбік; нотатки залишаються вимкненими. Перевірте, чи її тека доступна для запису.</translation>
        </message>
        <message>
            <source>Your library is not open.</source>
            <translation>Вашу бібліотеку не відкрито.</translation>
        </message>
        <message>
            <source>Could not save %1: the disk holding your library “%2” is full. Your notes are read-only until you free some space.</source>
            <translation>Не вдалося зберегти %1: диск із вашою бібліотекою «%2» заповнено. Нотатки доступні лише для читання, доки ви не звільните місце.</translation>
        </message>
        <message>
            <source>Could not save %1: your library “%2” cannot be written. Your notes are read-only until it is writable again.</source>
            <translation>Не вдалося зберегти %1: у вашу бібліотеку «%2» не вдається записувати. Нотатки доступні лише для читання, доки вона знову не стане доступною для запису.</translation>
        </message>
        <message>
            <source>Could not save %1: your library “%2” is damaged. It was left as it is; you can move it aside and start a new library.</source>
            <translation>Не вдалося зберегти %1: вашу бібліотеку «%2» пошкоджено. Її залишено як є; ви можете перемістити її вбік і почати нову бібліотеку.</translation>
        </message>
        <message>
            <source>Could not save %1 in your library “%2”: %3.</source>
            <translation>Не вдалося зберегти %1 у вашій бібліотеці «%2»: %3.</translation>
        </message>
        <message>
            <source>the note</source>
            <translation>нотатку</translation>
        </message>
        <message>
            <source>the deletion</source>
            <translation>видалення</translation>
        </message>
        <message>
            <source>the briefing</source>
            <translation>брифінг</translation>
        </message>
        <message>
            <source>the bookmark</source>
            <translation>закладку</translation>
        </message>
        <message>
            <source>the reading position</source>
            <translation>позицію читання</translation>
        </message>
        <message>
            <source>The path was not saved: no briefing is open.</source>
            <translation>Маршрут не збережено: жоден брифінг не відкрито.</translation>
        </message>
        <message>
            <source>The path “%1” was not saved: a path's id may hold letters, digits, '-', '_' and '.' only.</source>
            <translation>Маршрут «%1» не збережено: ідентифікатор маршруту може містити лише літери, цифри, '-', '_' і '.'.</translation>
        </message>
        <message>
            <source>The path was not saved: it needs a title.</source>
            <translation>Маршрут не збережено: йому потрібна назва.</translation>
        </message>
        <message>
            <source>The path “%1” was not saved: %2.</source>
            <translation>Маршрут «%1» не збережено: %2.</translation>
        </message>
        <message>
            <source>the path</source>
            <translation>маршрут</translation>
        </message>
        <message>
            <source>the deletion of the path</source>
            <translation>видалення маршруту</translation>
        </message>
        <message>
            <source>The rehearsal was not saved: it names no briefing or path.</source>
            <translation>Репетицію не збережено: вона не називає ні брифінгу, ні маршруту.</translation>
        </message>
        <message>
            <source>The rehearsal was not saved: it must time from 1 to %1 stops, not %2.</source>
            <translation>Репетицію не збережено: вона має хронометрувати від 1 до %1 зупинок, а не %2.</translation>
        </message>
        <message>
            <source>The rehearsal was not saved: %1 is not a time in seconds.</source>
            <translation>Репетицію не збережено: %1 не є часом у секундах.</translation>
        </message>
        <message>
            <source>the rehearsal</source>
            <translation>репетицію</translation>
        </message>
        <message>
            <source>The last stop shown was not saved: stop %1 of path “%2” is not a stop.</source>
            <translation>Останню показану зупинку не збережено: зупинка %1 маршруту «%2» не є зупинкою.</translation>
        </message>
        <message>
            <source>the last stop shown</source>
            <translation>останню показану зупинку</translation>
        </message>
        <message>
            <source>No library is open to copy.</source>
            <translation>Немає відкритої бібліотеки, яку можна скопіювати.</translation>
        </message>
        <message>
            <source>“%1” exists already; it was left as it is.</source>
            <translation>«%1» уже існує; його залишено як є.</translation>
        </message>
        <message>
            <source>Your library could not be copied to “%1” (%2).</source>
            <translation>Вашу бібліотеку не вдалося скопіювати до «%1» (%2).</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommands</name>
        <message>
            <source>The library file (default: %1).</source>
            <translation>Файл бібліотеки (типово: %1).</translation>
        </message>
        <message>
            <source>markdown (the default) or json.</source>
            <translation>markdown (типово) або json.</translation>
        </message>
        <message>
            <source>briefing-tool: --format is markdown or json, not “%1”.</source>
            <translation>briefing-tool: --format має бути markdown або json, а не «%1».</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” has no item “%2”; no note was written.</source>
            <translation>briefing-tool: у «%1» немає елемента «%2»; нотатку не записано.</translation>
        </message>
        <message>
            <source>Saved note %1 on “%2”.</source>
            <translation>Нотатку %1 до «%2» збережено.</translation>
        </message>
        <message>
            <source>briefing-tool: cannot read “%1”: %2.</source>
            <translation>briefing-tool: не вдається прочитати «%1»: %2.</translation>
        </message>
    </context>
    <context>
        <name>NoteExchange</name>
        <message>
            <source>Notes on %1</source>
            <translation>Нотатки до %1</translation>
        </message>
        <message>
            <source>Item %1, written on edition %2, last changed %3</source>
            <translation>Елемент %1, написано до видання %2, востаннє змінено %3</translation>
        </message>
        <message>
            <source>(none stated)</source>
            <translation>(не вказано)</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) added</source>
            <translation>
                <numerusform>%n нотатку додано</numerusform>
                <numerusform>%n нотатки додано</numerusform>
                <numerusform>%n нотаток додано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>оновлено: %n</numerusform>
                <numerusform>оновлено: %n</numerusform>
                <numerusform>оновлено: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>уже наявних: %n</numerusform>
                <numerusform>уже наявних: %n</numerusform>
                <numerusform>уже наявних: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>The notes file is not JSON (%1 at byte %2).</source>
            <translation>Файл нотаток не є JSON (%1 на байті %2).</translation>
        </message>
        <message>
            <source>The file is JSON but not Briefing Viewer notes (its "format" is not "%1").</source>
            <translation>Файл у форматі JSON, але це не нотатки Briefing Viewer (його "format" не "%1").</translation>
        </message>
        <message>
            <source>The notes were exported by a newer Briefing Viewer (notes format %1); update Briefing Viewer.</source>
            <translation>Нотатки експортовано новішою версією Briefing Viewer (формат нотаток %1); оновіть Briefing Viewer.</translation>
        </message>
        <message>
            <source>Your library cannot be written.</source>
            <translation>У вашу бібліотеку не вдається записувати.</translation>
        </message>
        <message>
            <source>Note %1 of the file is incomplete (it needs an id, a briefing id, an item id and a time of change); nothing was imported.</source>
            <translation>Нотатка %1 у файлі неповна (потрібні ідентифікатор, ідентифікатор брифінгу, ідентифікатор елемента й час зміни); нічого не імпортовано.</translation>
        </message>
    </context>
    <context>
        <name>PartialDate</name>
        <message>
            <source>Q%1 %2</source>
            <extracomment>A quarter of a year: %1 its number (1 to 4), %2 the year</extracomment>
            <translation>%1 кв. %2</translation>
        </message>
    </context>
    <context>
        <name>PathCommands</name>
        <message>
            <source>lanes of actors %1</source>
            <translation>доріжки учасників %1</translation>
        </message>
        <message>
            <source>lanes %1</source>
            <translation>доріжки %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>з %1 до %2</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>початку</translation>
        </message>
        <message>
            <source>the end</source>
            <translation>кінця</translation>
        </message>
        <message>
            <source>highlight %1</source>
            <translation>виділено %1</translation>
        </message>
        <message>
            <source>budget %1</source>
            <translation>час %1</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n stop(s)</source>
            <translation>
                <numerusform>%1, %n зупинка</numerusform>
                <numerusform>%1, %n зупинки</numerusform>
                <numerusform>%1, %n зупинок</numerusform>
            </translation>
        </message>
        <message>
            <source>notes: %1</source>
            <translation>нотатки: %1</translation>
        </message>
        <message>
            <source>briefing-tool: cannot read “%1”: %2. Nothing was written to “%3”.</source>
            <translation>briefing-tool: не вдається прочитати «%1»: %2. До «%3» нічого не записано.</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is larger than a path can be (%2 MB at most). Nothing was written to “%3”.</source>
            <translation>briefing-tool: «%1» більший, ніж може бути маршрут (щонайбільше %2 МБ). До «%3» нічого не записано.</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is not a path that can be added: %2. Nothing was written to “%3”.</source>
            <translation>briefing-tool: «%1» не є маршрутом, який можна додати: %2. До «%3» нічого не записано.</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” has no 'id': a path in a briefing needs one (letters, digits, '-', '_' and '.'). Nothing was written to “%2”.</source>
            <translation>briefing-tool: «%1» не має 'id': маршрут у брифінгу потребує його (літери, цифри, '-', '_' і '.'). До «%2» нічого не записано.</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is a path for the briefing “%2”, but “%3” is “%4”. Nothing was written.</source>
            <translation>briefing-tool: «%1» — маршрут для брифінгу «%2», а «%3» — це «%4». Нічого не записано.</translation>
        </message>
        <message>
            <source>briefing-tool: the path written into “%1” does not read back as written; please report this as a bug.</source>
            <translation>briefing-tool: маршрут, записаний у «%1», не читається так, як його записано; будь ласка, повідомте про цю ваду.</translation>
        </message>
        <message numerus="yes">
            <source>Replaced the path “%1” (“%2”, %n stop(s)) in %3.</source>
            <translation>
                <numerusform>Маршрут «%1» («%2», %n зупинка) замінено в %3.</numerusform>
                <numerusform>Маршрут «%1» («%2», %n зупинки) замінено в %3.</numerusform>
                <numerusform>Маршрут «%1» («%2», %n зупинок) замінено в %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added the path “%1” (“%2”, %n stop(s)) to %3.</source>
            <translation>
                <numerusform>Маршрут «%1» («%2», %n зупинка) додано до %3.</numerusform>
                <numerusform>Маршрут «%1» («%2», %n зупинки) додано до %3.</numerusform>
                <numerusform>Маршрут «%1» («%2», %n зупинок) додано до %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Also list your own paths from your library.</source>
            <translation>Також показати ваші власні маршрути з вашої бібліотеки.</translation>
        </message>
        <message>
            <source>The library file (default: %1).</source>
            <translation>Файл бібліотеки (типово: %1).</translation>
        </message>
        <message>
            <source>Paths of “%1” (%2):</source>
            <translation>Маршрути «%1» (%2):</translation>
        </message>
        <message>
            <source>made from the content</source>
            <translation>складений зі змісту</translation>
        </message>
        <message>
            <source>in the file</source>
            <translation>у файлі</translation>
        </message>
        <message>
            <source>yours, in your library</source>
            <translation>ваш, у вашій бібліотеці</translation>
        </message>
        <message>
            <source>The file has no paths of its own; “briefing-tool add-path %1 PATH.json” adds one.</source>
            <translation>Файл не має власних маршрутів; «briefing-tool add-path %1 PATH.json» додає маршрут.</translation>
        </message>
    </context>
    <context>
        <name>PathExchange</name>
        <message>
            <source>“%1” was not imported: open the briefing the path is for first.</source>
            <translation>«%1» не імпортовано: спершу відкрийте брифінг, для якого цей маршрут.</translation>
        </message>
        <message>
            <source>“%1” was not imported: it is larger than a path can be (%2 MB at most).</source>
            <translation>«%1» не імпортовано: він більший, ніж може бути маршрут (щонайбільше %2 МБ).</translation>
        </message>
        <message>
            <source>“%1” is not a briefing path that can be imported: %2.</source>
            <translation>«%1» не є маршрутом брифінгу, який можна імпортувати: %2.</translation>
        </message>
        <message>
            <source>“%1” was not imported: it does not say which briefing it is for ('briefing_id'); export the path from Briefing Viewer again.</source>
            <translation>«%1» не імпортовано: у ньому не сказано, для якого він брифінгу ('briefing_id'); експортуйте маршрут із Briefing Viewer знову.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>“%1” was not imported: it is a path for the briefing “%2”, not for the open “%3”. Open that briefing, then import it.</source>
            <translation>«%1» не імпортовано: це маршрут для брифінгу «%2», а не для відкритого «%3». Відкрийте той брифінг, потім імпортуйте його.</translation>
        </message>
        <message>
            <source>“%1” was not imported: the open briefing has none of the items its stops show (%2).</source>
            <translation>«%1» не імпортовано: у відкритому брифінгу немає жодного з елементів, які показують його зупинки (%2).</translation>
        </message>
        <message>
            <source>“%1” was not imported: %2</source>
            <translation>«%1» не імпортовано: %2</translation>
        </message>
    </context>
    <context>
        <name>PathJson</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>'%1' is missing</source>
            <translation>'%1' відсутній</translation>
        </message>
        <message>
            <source>'%1' must be a string</source>
            <translation>'%1' має бути рядком</translation>
        </message>
        <message>
            <source>'%1' must not be empty</source>
            <translation>'%1' не має бути порожнім</translation>
        </message>
        <message>
            <source>'%1' must be a list of names (strings, none empty)</source>
            <translation>'%1' має бути списком назв (рядків, жодного порожнього)</translation>
        </message>
        <message>
            <source>'%1' is not a key of %2 (see docs/format.md)</source>
            <translation>'%1' не є ключем %2 (див. docs/format.md)</translation>
        </message>
        <message>
            <source>stop %1</source>
            <translation>зупинка %1</translation>
        </message>
        <message>
            <source>must be an object with a 'kind'</source>
            <translation>має бути об'єктом із 'kind'</translation>
        </message>
        <message>
            <source>'kind' must be one of %1</source>
            <translation>'kind' має бути одним із %1</translation>
        </message>
        <message>
            <source>a stop of kind '%1'</source>
            <translation>зупинки виду '%1'</translation>
        </message>
        <message>
            <source>'%1' must be a whole number of seconds from 1 to %2, or null</source>
            <translation>'%1' має бути цілим числом секунд від 1 до %2 або null</translation>
        </message>
        <message>
            <source>'%1' must be true or false</source>
            <translation>'%1' має бути true або false</translation>
        </message>
        <message>
            <source>'%1' must name two or three scenarios</source>
            <translation>'%1' має називати два або три сценарії</translation>
        </message>
        <message>
            <source>'%1' must be a date: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD</source>
            <translation>'%1' має бути датою: YYYY, YYYY-Qn, YYYY-MM або YYYY-MM-DD</translation>
        </message>
        <message>
            <source>the JSON is not an object with a path's 'format', 'title' and 'stops'</source>
            <translation>JSON не є об'єктом із 'format', 'title' і 'stops' маршруту</translation>
        </message>
        <message>
            <source>'format' must be "%1": this is not a Briefing Viewer path</source>
            <translation>'format' має бути "%1": це не маршрут Briefing Viewer</translation>
        </message>
        <message>
            <source>'version' must be a whole number (%1 for this format)</source>
            <translation>'version' має бути цілим числом (%1 для цього формату)</translation>
        </message>
        <message>
            <source>the path is of version %1, from a newer Briefing Viewer (this one reads version %2); update Briefing Viewer</source>
            <translation>маршрут має версію %1, від новішого Briefing Viewer (цей читає версію %2); оновіть Briefing Viewer</translation>
        </message>
        <message>
            <source>a path</source>
            <translation>маршруту</translation>
        </message>
        <message>
            <source>'id' must be letters, digits, '-', '_' and '.' only, and not empty</source>
            <translation>'id' має складатися лише з літер, цифр, '-', '_' і '.' та не бути порожнім</translation>
        </message>
        <message>
            <source>'stops' must be a list of at least one stop</source>
            <translation>'stops' має бути списком щонайменше з однієї зупинки</translation>
        </message>
        <message>
            <source>it has %1 stops; at most %2</source>
            <translation>він має %1 зупинок; щонайбільше %2</translation>
        </message>
        <message>
            <source>it is not JSON (%1 at byte %2)</source>
            <translation>це не JSON (%1 на байті %2)</translation>
        </message>
    </context>
    <context>
        <name>PointCheck</name>
        <message>
            <source>The data points could not be read: %1</source>
            <translation>Не вдалося прочитати точки даних: %1</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: unknown status “%3” (expected measured, provisional, estimate, projection or target); it is read as measured.</source>
            <translation>Ряд даних «%1», точка «%2»: невідомий статус «%3» (очікується measured, provisional, estimate, projection або target); його прочитано як measured.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: item_id “%3” is not an item of this briefing; the point is tied to nothing.</source>
            <translation>Ряд даних «%1», точка «%2»: item_id «%3» не є елементом цього брифінгу; точку ні з чим не пов’язано.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: the label is not a period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD); the point cannot be placed in time and charts leave it out.</source>
            <translation>Ряд даних «%1», точка «%2»: мітка не є періодом (YYYY, YYYY-Qn, YYYY-MM або YYYY-MM-DD); точку не можна розмістити в часі, і діаграми її пропускають.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: unknown precision “%3” (expected year, quarter, month or day); it is read from the label.</source>
            <translation>Ряд даних «%1», точка «%2»: невідома точність «%3» (очікується year, quarter, month або day); її прочитано з мітки.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: the label does not parse at its precision “%3” (expected %4); the point cannot be placed in time and charts leave it out.</source>
            <translation>Ряд даних «%1», точка «%2»: мітка не відповідає своїй точності «%3» (очікується %4); точку не можна розмістити в часі, і діаграми її пропускають.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more data point(s) with the same problem.</source>
            <translation>
                <numerusform>… і ще %n точка даних з тією самою проблемою.</numerusform>
                <numerusform>… і ще %n точки даних з тією самою проблемою.</numerusform>
                <numerusform>… і ще %n точок даних з тією самою проблемою.</numerusform>
            </translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: its value “%3” is not a finite number; it is shown as a gap.</source>
            <translation>Ряд даних «%1», точка «%2»: її значення «%3» не є скінченним числом; її показано як пропуск.</translation>
        </message>
    </context>
    <context>
        <name>SceneExport</name>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>Не вдалося записати «%1»: %2. Виберіть теку, до якої ви маєте право запису.</translation>
        </message>
    </context>
    <context>
        <name>SearchIndexBuilder</name>
        <message>
            <source>the items could not be read</source>
            <translation>не вдалося прочитати елементи</translation>
        </message>
        <message>
            <source>the translations could not be read</source>
            <translation>не вдалося прочитати переклади</translation>
        </message>
        <message>
            <source>the briefing has no “briefing” row</source>
            <translation>у брифінгу немає рядка «briefing»</translation>
        </message>
    </context>
    <context>
        <name>SqliteConnection</name>
        <message>
            <source>Qt's SQLite driver gave no database handle.</source>
            <translation>Драйвер SQLite у Qt не повернув дескриптор бази даних.</translation>
        </message>
    </context>
    <context>
        <name>TimeAxis</name>
        <message>
            <source>Q%1 %2</source>
            <extracomment>Quarter of a year on the time axis: %1 is 1 to 4, %2 the year</extracomment>
            <translation>%1 кв. %2</translation>
        </message>
    </context>
    <context>
        <name>TimelinePainter</name>
        <message>
            <source>This briefing has no dated events.</source>
            <translation>У цьому брифінгу немає подій із датами.</translation>
        </message>
    </context>
    <context>
        <name>ToolCommands</name>
        <message numerus="yes">
            <source>expected %n argument(s) after the command; see briefing-tool --help</source>
            <translation>
                <numerusform>після команди очікувався %n аргумент; див. briefing-tool --help</numerusform>
                <numerusform>після команди очікувалося %n аргументи; див. briefing-tool --help</numerusform>
                <numerusform>після команди очікувалося %n аргументів; див. briefing-tool --help</numerusform>
            </translation>
        </message>
        <message>
            <source>actors</source>
            <translation>учасники</translation>
        </message>
        <message>
            <source>guarantees</source>
            <translation>гарантії</translation>
        </message>
        <message>
            <source>scenarios</source>
            <translation>сценарії</translation>
        </message>
        <message>
            <source>events</source>
            <translation>події</translation>
        </message>
        <message>
            <source>sources</source>
            <translation>джерела</translation>
        </message>
        <message>
            <source>data series</source>
            <translation>ряди даних</translation>
        </message>
        <message>
            <source>FAQ entries</source>
            <translation>часті запитання</translation>
        </message>
        <message>
            <source>links</source>
            <translation>зв'язки</translation>
        </message>
        <message>
            <source>translations</source>
            <translation>переклади</translation>
        </message>
        <message>
            <source>data points</source>
            <translation>точки даних</translation>
        </message>
        <message>
            <source>briefing-tool: unknown command “%1”.</source>
            <translation>briefing-tool: невідома команда «%1».</translation>
        </message>
        <message>
            <source>%1: a valid briefing (format %2), “%3”</source>
            <translation>%1: коректний брифінг (формат %2), «%3»</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>попередження: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n попередження</numerusform>
                <numerusform>%n попередження</numerusform>
                <numerusform>%n попереджень</numerusform>
            </translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Підзаголовок</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Видавець</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Видання</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубліковано</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Ідентифікатор</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Короткий зміст</translation>
        </message>
        <message>
            <source>Contents:</source>
            <translation>Вміст:</translation>
        </message>
        <message>
            <source>File size: %1 bytes</source>
            <translation>Розмір файлу в байтах: %1</translation>
        </message>
        <message>
            <source>Replace OUT if it exists.</source>
            <translation>Замінити OUT, якщо він уже існує.</translation>
        </message>
        <message>
            <source>Wrote the sample briefing to %1</source>
            <translation>Зразок брифінгу записано в %1</translation>
        </message>
        <message>
            <source>Number of events.</source>
            <translation>Кількість подій.</translation>
        </message>
        <message>
            <source>Number of data series.</source>
            <translation>Кількість рядів даних.</translation>
        </message>
        <message>
            <source>Points per series.</source>
            <translation>Кількість точок у кожному ряді.</translation>
        </message>
        <message>
            <source>Number of FAQ entries.</source>
            <translation>Кількість частих запитань.</translation>
        </message>
        <message>
            <source>Content languages, the source included.</source>
            <translation>Мови змісту, включно з мовою оригіналу.</translation>
        </message>
        <message>
            <source>Seed of the generator.</source>
            <translation>Початкове значення (seed) генератора.</translation>
        </message>
        <message>
            <source>briefing-tool: --%1 needs a whole number from 0 to %2, not “%3”.</source>
            <translation>briefing-tool: --%1 потребує цілого числа від 0 до %2, а не «%3».</translation>
        </message>
        <message>
            <source>briefing-tool: --seed needs a whole number, not “%1”.</source>
            <translation>briefing-tool: --seed потребує цілого числа, а не «%1».</translation>
        </message>
        <message>
            <source>Wrote %1: %2 events, %3 series of %4 points, %5 FAQ entries, %6 language(s) in %7 s</source>
            <translation>Записано %1 за %7 с: подій — %2, рядів даних — %3 (точок у кожному — %4), частих запитань — %5, мов — %6</translation>
        </message>
        <message>
            <source>Content language to search.</source>
            <translation>Мова змісту для пошуку.</translation>
        </message>
        <message>
            <source>Could not build a search index for %1.</source>
            <translation>Не вдалося побудувати пошуковий індекс для %1.</translation>
        </message>
        <message>
            <source>The search index in %1 is damaged; searching an index built in memory instead. Run “briefing-tool index %1” to repair it.</source>
            <translation>Пошуковий індекс у %1 пошкоджено; натомість пошук виконується в індексі, побудованому в пам'яті. Щоб виправити його, виконайте «briefing-tool index %1».</translation>
        </message>
        <message>
            <source>Could not search %1.</source>
            <translation>Не вдалося виконати пошук у %1.</translation>
        </message>
        <message>
            <source>%1+ results</source>
            <translation>%1+ результатів</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n результат</numerusform>
                <numerusform>%n результати</numerusform>
                <numerusform>%n результатів</numerusform>
            </translation>
        </message>
        <message>
            <source>index in the file, opened in %1 ms</source>
            <translation>індекс у файлі, відкрито за %1 мс</translation>
        </message>
        <message>
            <source>index built in memory in %1 ms</source>
            <translation>індекс побудовано в пам'яті за %1 мс</translation>
        </message>
        <message>
            <source>%1, %2 shown; search took %3 ms (%4)</source>
            <translation>%1, показано %2; пошук тривав %3 мс (%4)</translation>
        </message>
        <message>
            <source>The search index written into %1 does not work; please report this as a bug.</source>
            <translation>Пошуковий індекс, записаний у %1, не працює; будь ласка, повідомте про цю помилку.</translation>
        </message>
        <message>
            <source>Wrote the search index of %1 (languages: %2) in %3 s</source>
            <translation>Пошуковий індекс %1 (мови: %2) записано за %3 с</translation>
        </message>
        <message>
            <source>charts</source>
            <translation>діаграми</translation>
        </message>
        <message>
            <source>Format %1 is read with the defaults of format %2; “briefing-tool upgrade %3 OUT” writes a copy in format %2.</source>
            <translation>Формат %1 прочитано зі стандартними значеннями формату %2; «briefing-tool upgrade %3 OUT» записує копію у форматі %2.</translation>
        </message>
        <message>
            <source>briefing-tool: there is no example “%1”; the examples are: %2.</source>
            <translation>briefing-tool: прикладу «%1» немає; приклади: %2.</translation>
        </message>
        <message>
            <source>Wrote the example “%1” (%2) to %3</source>
            <translation>Приклад «%1» (%2) записано в %3</translation>
        </message>
        <message>
            <source>%1 is already format %2; wrote a copy to %3</source>
            <translation>%1 уже має формат %2; копію записано в %3</translation>
        </message>
        <message>
            <source>Wrote %1 (format %2) from %3 (format %4). Added:</source>
            <translation>Записано %1 (формат %2) з %3 (формат %4). Додано:</translation>
        </message>
        <message>
            <source>Not copied (tables the format does not define): %1</source>
            <translation>Не скопійовано (таблиці, яких формат не визначає): %1</translation>
        </message>
        <message>
            <source>Usage: briefing-tool COMMAND [options]

Commands:
  validate FILE        check a briefing; exit 0 with counts and warnings, 1 on error
                       [--verbose: SQLite's own words too]
  info FILE            show a briefing's title, edition and contents
  export-sample OUT    write the built-in sample briefing to OUT [--force]
  export-example NAME OUT
                       write a built-in example (sample, european-defence)
                       to OUT [--force]
  upgrade IN OUT       write a copy of IN in the current format to OUT [--force]
  generate OUT         write a synthetic briefing for benchmarks and tests:
                       [--events N] [--series S] [--points P] [--faq K]
                       [--languages L] [--seed X] [--force]
  search FILE QUERY    full-text search [--lang L]; one result a line:
                       kind, id, title and snippet with [matched] words
  index FILE           (re)build the search index inside FILE
  export-translations FILE --lang L -o OUT.xlf
                       the briefing's text as XLIFF 1.2 for translators
  import-translations FILE IN.xlf
                       write checked translations into FILE (backup first)
  translation-status FILE
                       translated, missing and stale texts per language
  paths FILE           the briefing's paths and their stops: the default path,
                       the file's own, and with --user yours [--library PATH]
  add-path FILE PATH.json
                       write a path (JSON) into FILE, replacing one of its id
  notes FILE           the briefing's notes from your library [--format markdown|json]
  note FILE ITEM-ID TEXT
                       add a note (Markdown) on an item to your library
  import-notes IN.json merge notes exported with notes --format json
                       (notes commands take --library PATH)

Options:
  -h, --help           show this help
  -v, --version        show the version
</source>
            <translation>Використання: briefing-tool КОМАНДА [параметри]

Команди:
  validate FILE        перевірити брифінг; код виходу 0 із лічильниками й попередженнями, 1 у разі помилки
                       [--verbose: також власні слова SQLite]
  info FILE            показати назву, видання й зміст брифінгу
  export-sample OUT    записати вбудований зразок брифінгу в OUT [--force]
  export-example NAME OUT
                       записати вбудований приклад (sample, european-defence)
                       в OUT [--force]
  upgrade IN OUT       записати в OUT копію IN у поточному форматі [--force]
  generate OUT         записати синтетичний брифінг для бенчмарків і тестів:
                       [--events N] [--series S] [--points P] [--faq K]
                       [--languages L] [--seed X] [--force]
  search FILE QUERY    повнотекстовий пошук [--lang L]; один результат у рядку:
                       тип, ідентифікатор, назва й уривок зі [знайденими] словами
  index FILE           (пере)побудувати пошуковий індекс усередині FILE
  export-translations FILE --lang L -o OUT.xlf
                       текст брифінгу у форматі XLIFF 1.2 для перекладачів
  import-translations FILE IN.xlf
                       записати перевірені переклади у FILE (спершу резервна копія)
  translation-status FILE
                       перекладені, відсутні й застарілі тексти для кожної мови
  paths FILE           маршрути брифінгу та їхні зупинки: типовий маршрут,
                       власні маршрути файлу і з --user ваші [--library PATH]
  add-path FILE PATH.json
                       записати маршрут (JSON) у FILE, замінивши маршрут із тим самим ідентифікатором
  notes FILE           нотатки до брифінгу з вашої бібліотеки [--format markdown|json]
  note FILE ITEM-ID TEXT
                       додати до вашої бібліотеки нотатку (Markdown) до елемента
  import-notes IN.json об'єднати нотатки, експортовані за допомогою notes --format json
                       (команди нотаток приймають --library PATH)

Параметри:
  -h, --help           показати цю довідку
  -v, --version        показати версію
</translation>
        </message>
        <message>
            <source>also print SQLite's own words when the file is refused</source>
            <translation>також вивести власні слова SQLite, якщо файл відхилено</translation>
        </message>
        <message>
            <source>details: %1</source>
            <translation>подробиці: %1</translation>
        </message>
        <message>
            <source>Usage: briefing-tool COMMAND [options]

Commands:
  validate FILE        check a briefing; exit 0 with counts and warnings, 1 on error
                       [--verbose: SQLite's own words too]
  info FILE            show a briefing's title, edition and contents
  export-sample OUT    write the built-in sample briefing to OUT [--force]
  export-example NAME OUT
                       write a built-in example (sample, european-defence)
                       to OUT [--force]
  upgrade IN OUT       write a copy of IN in the current format to OUT [--force]
  generate OUT         write a synthetic briefing for benchmarks and tests:
                       [--events N] [--series S] [--points P] [--faq K]
                       [--languages L] [--seed X] [--force]
  search FILE QUERY    full-text search [--lang L]; one result a line:
                       kind, id, title and snippet with [matched] words
  index FILE           (re)build the search index inside FILE
  export-translations FILE --lang L -o OUT.xlf
                       the briefing's text as XLIFF 1.2 for translators
  import-translations FILE IN.xlf
                       write checked translations into FILE (backup first)
  translation-status FILE
                       translated, missing and stale texts per language
  paths FILE           the briefing's paths and their stops: the default path,
                       the file's own, and with --user yours [--library PATH]
  add-path FILE PATH.json
                       write a path (JSON) into FILE, replacing one of its id
  export-path FILE -o OUT.pdf|OUT-%n.png
                       a path as the stage shows it, a page or PNG a stop:
                       [--path ID|default] [--notes none|below|page]
                       [--size WxH] [--look normal|projector]
  notes FILE           the briefing's notes from your library [--format markdown|json]
  note FILE ITEM-ID TEXT
                       add a note (Markdown) on an item to your library
  import-notes IN.json merge notes exported with notes --format json
                       (notes commands take --library PATH)

Options:
  -h, --help           show this help
  -v, --version        show the version
</source>
            <translation>Використання: briefing-tool КОМАНДА [параметри]

Команди:
  validate FILE        перевірити брифінг; код виходу 0 із лічильниками й попередженнями, 1 у разі помилки
                       [--verbose: також власні слова SQLite]
  info FILE            показати назву, видання й зміст брифінгу
  export-sample OUT    записати вбудований зразок брифінгу в OUT [--force]
  export-example NAME OUT
                       записати вбудований приклад (sample, european-defence)
                       в OUT [--force]
  upgrade IN OUT       записати в OUT копію IN у поточному форматі [--force]
  generate OUT         записати синтетичний брифінг для бенчмарків і тестів:
                       [--events N] [--series S] [--points P] [--faq K]
                       [--languages L] [--seed X] [--force]
  search FILE QUERY    повнотекстовий пошук [--lang L]; один результат у рядку:
                       тип, ідентифікатор, назва й уривок зі [знайденими] словами
  index FILE           (пере)побудувати пошуковий індекс усередині FILE
  export-translations FILE --lang L -o OUT.xlf
                       текст брифінгу у форматі XLIFF 1.2 для перекладачів
  import-translations FILE IN.xlf
                       записати перевірені переклади у FILE (спершу резервна копія)
  translation-status FILE
                       перекладені, відсутні й застарілі тексти для кожної мови
  paths FILE           маршрути брифінгу та їхні зупинки: типовий маршрут,
                       власні маршрути файлу і з --user ваші [--library PATH]
  add-path FILE PATH.json
                       записати маршрут (JSON) у FILE, замінивши маршрут із тим самим ідентифікатором
  export-path FILE -o OUT.pdf|OUT-%n.png
                       шлях так, як його показує сцена, сторінка або PNG на зупинку:
                       [--path ID|default] [--notes none|below|page]
                       [--size WxH] [--look normal|projector]
  notes FILE           нотатки до брифінгу з вашої бібліотеки [--format markdown|json]
  note FILE ITEM-ID TEXT
                       додати до вашої бібліотеки нотатку (Markdown) до елемента
  import-notes IN.json об'єднати нотатки, експортовані за допомогою notes --format json
                       (команди нотаток приймають --library PATH)

Параметри:
  -h, --help           показати цю довідку
  -v, --version        показати версію
</translation>
        </message>
    </context>
    <context>
        <name>TranslationCommands</name>
        <message>
            <source>The target language (BCP 47, e.g. uk).</source>
            <translation>Мова перекладу (BCP 47, напр. uk).</translation>
        </message>
        <message>
            <source>The XLIFF file to write.</source>
            <translation>Файл XLIFF, який треба записати.</translation>
        </message>
        <message>
            <source>briefing-tool: export-translations needs --lang L and -o OUT.xlf</source>
            <translation>briefing-tool: export-translations потребує --lang L і -o OUT.xlf</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is the briefing's source language; choose the language to translate into.</source>
            <translation>briefing-tool: «%1» — це мова оригіналу брифінгу; виберіть мову, на яку треба перекладати.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2.</source>
            <translation>Не вдалося записати «%1»: %2.</translation>
        </message>
        <message>
            <source>Wrote %1 (%2 → %3)</source>
            <translation>Записано %1 (%2 → %3)</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation>Не вдалося прочитати «%1»: %2.</translation>
        </message>
        <message>
            <source>Nothing was imported; “%1” is unchanged.</source>
            <translation>Нічого не імпортовано; «%1» залишено без змін.</translation>
        </message>
        <message>
            <source>Imported %1 translation(s) into “%2” (%3 left untranslated). Backup: %4</source>
            <translation>Імпортовано перекладів у «%2»: %1 (залишилося без перекладу: %3). Резервна копія: %4</translation>
        </message>
        <message>
            <source>No translations (source language: %1).</source>
            <translation>Перекладів немає (мова оригіналу: %1).</translation>
        </message>
        <message>
            <source>language  translated        missing           stale</source>
            <translation>мова      перекладено       відсутні          застарілі</translation>
        </message>
    </context>
    <context>
        <name>TranslationExchange</name>
        <message>
            <source>%1 “%2”, field: %3</source>
            <translation>%1 «%2», поле: %3</translation>
        </message>
        <message>
            <source>The source text has changed since this translation was made: review it.</source>
            <translation>Текст оригіналу змінився після того, як було зроблено цей переклад: перегляньте його.</translation>
        </message>
        <message>
            <source>The XLIFF file is not well-formed XML (line %1: %2). Save it again from your translation tool.</source>
            <translation>Файл XLIFF не є коректно сформованим XML (рядок %1: %2). Збережіть його знову у своєму інструменті перекладу.</translation>
        </message>
        <message>
            <source>The XLIFF file names no valid target-language (“%1”).</source>
            <translation>У файлі XLIFF не вказано коректного атрибута target-language («%1»).</translation>
        </message>
        <message>
            <source>The target language “%1” is the briefing's source language.</source>
            <translation>Мова перекладу «%1» — це мова оригіналу брифінгу.</translation>
        </message>
        <message>
            <source>unknown unit id (line %1): the briefing has no such item and field.</source>
            <translation>невідомий ідентифікатор одиниці перекладу (рядок %1): у брифінгу немає такого елемента з таким полем.</translation>
        </message>
        <message>
            <source>the unit appears twice (line %1).</source>
            <translation>одиниця перекладу трапляється двічі (рядок %1).</translation>
        </message>
        <message>
            <source>stale source: the text was changed in the briefing after the export. Export again and translate the new text.</source>
            <translation>застарілий оригінал: текст у брифінгу змінено після експорту. Експортуйте знову й перекладіть новий текст.</translation>
        </message>
        <message>
            <source>empty target: translate the text, or mark the unit as new.</source>
            <translation>порожній переклад (target): перекладіть текст або позначте одиницю перекладу станом new.</translation>
        </message>
        <message>
            <source>the placeholders (%1, %2 …) differ from the source's.</source>
            <translation>заповнювачі (%1, %2 …) відрізняються від оригіналу.</translation>
        </message>
        <message>
            <source>the Markdown links differ from the source's: keep every link target.</source>
            <translation>посилання Markdown відрізняються від оригіналу: збережіть ціль кожного посилання.</translation>
        </message>
        <message>
            <source>The XLIFF file has no translated unit; nothing to import.</source>
            <translation>У файлі XLIFF немає жодної перекладеної одиниці; імпортувати нічого.</translation>
        </message>
        <message>
            <source>Could not make the backup “%1”; nothing was written.</source>
            <translation>Не вдалося створити резервну копію «%1»; нічого не записано.</translation>
        </message>
        <message>
            <source>Writing the translations failed (%1); the file is as it was.</source>
            <translation>Не вдалося записати переклади (%1); файл залишено без змін.</translation>
        </message>
        <message>
            <source>The translations were written, but the search index was not rebuilt (%1). Run: briefing-tool index FILE</source>
            <translation>Переклади записано, але пошуковий індекс не перебудовано (%1). Виконайте: briefing-tool index FILE</translation>
        </message>
    </context>
    <context>
        <name>bv::AudienceWindow</name>
        <message>
            <source>Audience — Briefing Viewer</source>
            <translation>Аудиторія — Briefing Viewer</translation>
        </message>
    </context>
    <context>
        <name>bv::ChartPanel</name>
        <message>
            <source>This briefing has no data series.</source>
            <translation>У цьому брифінгу немає рядів даних.</translation>
        </message>
        <message>
            <source>Each chart shows only the figures the briefing states, with their source. Hover a point for its value, click it to see what relies on it.</source>
            <translation>Кожна діаграма показує лише ті показники, які наведено в брифінгу, разом із їхнім джерелом. Наведіть указівник на точку, щоб побачити її значення; клацніть її, щоб побачити, що на неї спирається.</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Діаграми</translation>
        </message>
    </context>
    <context>
        <name>bv::CurrentBriefing</name>
        <message>
            <source>Cannot open the briefing</source>
            <translation>Не вдається відкрити брифінг</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <translation>Відкриття «%1»…</translation>
        </message>
        <message>
            <source>Showing the content in %1…</source>
            <translation>Показ змісту мовою %1…</translation>
        </message>
        <message>
            <source>Cannot switch the content language</source>
            <translation>Не вдається змінити мову змісту</translation>
        </message>
        <message>
            <source>The content of “%1” could not be switched to %2; it is still shown in %3.

%4

Once the file can be read, choose %2 again in View &gt; Content Language.</source>
            <translation>Не вдалося перемкнути зміст «%1» на мову %2; він і далі показаний мовою %3.

%4

Коли файл знову можна буде прочитати, виберіть %2 ще раз у меню Вигляд &gt; Мова змісту.</translation>
        </message>
        <message>
            <source>“%1” is not a file on this computer: Briefing Viewer opens briefing files on this computer and briefing:// links. Save the briefing on this computer and open the copy.</source>
            <translation>«%1» — не файл на цьому комп’ютері: Briefing Viewer відкриває файли брифінгів на цьому комп’ютері та посилання briefing://. Збережіть брифінг на цьому комп’ютері й відкрийте копію.</translation>
        </message>
    </context>
    <context>
        <name>bv::DesktopActions</name>
        <message>
            <source>T&amp;heme</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>Te&amp;xt Size</source>
            <translation>Розмір &amp;тексту</translation>
        </message>
        <message>
            <source>&amp;Larger Text</source>
            <translation>&amp;Більший текст</translation>
        </message>
        <message>
            <source>&amp;Smaller Text</source>
            <translation>&amp;Менший текст</translation>
        </message>
        <message>
            <source>&amp;Normal Text Size</source>
            <translation>&amp;Звичайний розмір тексту</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Налаштування…</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Клавіатурні скорочення</translation>
        </message>
        <message>
            <source>%1 (%2 × %3)</source>
            <translation>%1 (%2 × %3)</translation>
        </message>
        <message>
            <source>Folder for Your Notes</source>
            <translation>Тека для ваших нотаток</translation>
        </message>
        <message>
            <source>Your notes cannot be kept in “%1”: it is not a folder you can write in. Choose another one.</source>
            <translation>Нотатки не можна зберігати в «%1»: це не тека, до якої ви можете записувати. Виберіть іншу.</translation>
        </message>
        <message>
            <source>“%1” has no library yet. Copy your notes, bookmarks and reading positions there? Otherwise a new, empty library is started in it.</source>
            <translation>У «%1» ще немає бібліотеки. Скопіювати туди ваші нотатки, закладки й місця читання? Інакше там буде розпочато нову, порожню бібліотеку.</translation>
        </message>
    </context>
    <context>
        <name>bv::DetailPane</name>
        <message>
            <source>Details of the current item</source>
            <translation>Подробиці поточного елемента</translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>Жоден брифінг не відкрито.</translation>
        </message>
    </context>
    <context>
        <name>bv::DockLayout</name>
        <message>
            <source>Navigator</source>
            <translation>Навігатор</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробиці</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Часова шкала</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Діаграми</translation>
        </message>
        <message>
            <source>FAQ</source>
            <translation>Часті запитання</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Пошук</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Переклад</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <source>Path Editor</source>
            <translation>Редактор шляхів</translation>
        </message>
    </context>
    <context>
        <name>bv::FaqListView</name>
        <message>
            <source>Linked:</source>
            <translation>Пов'язано:</translation>
        </message>
    </context>
    <context>
        <name>bv::FaqPanel</name>
        <message>
            <source>&amp;Questions about this</source>
            <translation>&amp;Запитання про це</translation>
        </message>
        <message>
            <source>Show only the questions linked to the current item</source>
            <translation>Показувати лише запитання, пов'язані з поточним елементом</translation>
        </message>
        <message>
            <source>Frequently asked questions</source>
            <translation>Часті запитання</translation>
        </message>
        <message>
            <source>Select an item to see the questions about it; all questions are shown.</source>
            <translation>Виберіть елемент, щоб побачити запитання про нього; зараз показано всі запитання.</translation>
        </message>
        <message>
            <source>No question is linked to “%1”.</source>
            <translation>З «%1» не пов'язано жодного запитання.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) about “%1”.</source>
            <translation>
                <numerusform>%n запитання про «%1».</numerusform>
                <numerusform>%n запитання про «%1».</numerusform>
                <numerusform>%n запитань про «%1».</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bv::ItemListView</name>
        <message>
            <source>Filter: %1</source>
            <translation>Фільтр: %1</translation>
        </message>
        <message>
            <source>Filter the list: %1</source>
            <translation>Фільтрувати список: %1</translation>
        </message>
    </context>
    <context>
        <name>bv::LibraryActions</name>
        <message>
            <source>Copied %1</source>
            <translation>Скопійовано %1</translation>
        </message>
        <message>
            <source>Your notes</source>
            <translation>Ваші нотатки</translation>
        </message>
        <message>
            <source>&amp;Bookmarks</source>
            <translation>&amp;Закладки</translation>
        </message>
        <message>
            <source>&amp;Bookmark This Item</source>
            <translation>Додати до &amp;закладок</translation>
        </message>
        <message>
            <source>Write a &amp;Note…</source>
            <translation>Написати &amp;нотатку…</translation>
        </message>
        <message>
            <source>Copy &amp;Link to This Item</source>
            <translation>Копіювати &amp;посилання на цей елемент</translation>
        </message>
        <message>
            <source>Show &amp;Notes and Bookmarks</source>
            <translation>Показати н&amp;отатки й закладки</translation>
        </message>
        <message>
            <source>&amp;Export Notes…</source>
            <translation>&amp;Експортувати нотатки…</translation>
        </message>
        <message>
            <source>&amp;Import Notes…</source>
            <translation>&amp;Імпортувати нотатки…</translation>
        </message>
        <message>
            <source>“%1” has no item “%2”; it may have been removed in this edition.</source>
            <translation>У «%1» немає елемента «%2»; можливо, його вилучено в цьому виданні.</translation>
        </message>
        <message>
            <source>The link needs the briefing “%1” (id %2), which is not where it was last opened from nor among your recent files. Open its file once (File &gt; Open), then follow the link again.</source>
            <translation>Для посилання потрібен брифінг «%1» (ідентифікатор %2), якого немає ні там, звідки його востаннє відкривали, ні серед недавніх файлів. Відкрийте його файл один раз (Файл &gt; Відкрити), а потім знову перейдіть за посиланням.</translation>
        </message>
        <message>
            <source>The link needs the briefing with id “%1”, which you have not opened here yet. Open its file (File &gt; Open), then follow the link again.</source>
            <translation>Для посилання потрібен брифінг з ідентифікатором «%1», який ви тут ще не відкривали. Відкрийте його файл (Файл &gt; Відкрити), а потім знову перейдіть за посиланням.</translation>
        </message>
        <message>
            <source>Cannot open the link</source>
            <translation>Не вдається відкрити посилання</translation>
        </message>
        <message>
            <source>Export Notes</source>
            <translation>Експорт нотаток</translation>
        </message>
        <message>
            <source>Markdown (*.md);;JSON, to import elsewhere (*.json)</source>
            <translation>Markdown (*.md);;JSON, для імпорту деінде (*.json)</translation>
        </message>
        <message>
            <source>Notes written to %1</source>
            <translation>Нотатки записано в %1</translation>
        </message>
        <message>
            <source>Import Notes</source>
            <translation>Імпорт нотаток</translation>
        </message>
        <message>
            <source>Notes (*.json)</source>
            <translation>Нотатки (*.json)</translation>
        </message>
        <message>
            <source>Starting a new library keeps the damaged one beside it, renamed with today's date, so nothing in it is lost.</source>
            <translation>Нова бібліотека залишає пошкоджену поруч, перейменовану з сьогоднішньою датою, тож нічого з неї не втрачається.</translation>
        </message>
        <message>
            <source>Start a New Library</source>
            <translation>Створити нову бібліотеку</translation>
        </message>
        <message>
            <source>Keep Notes Off</source>
            <translation>Залишити нотатки вимкненими</translation>
        </message>
        <message>
            <source>A new library was started; the damaged one was kept beside it, renamed with today's date.</source>
            <translation>Створено нову бібліотеку; пошкоджену збережено поруч, перейменовану з сьогоднішньою датою.</translation>
        </message>
    </context>
    <context>
        <name>bv::MainWindow</name>
        <message>
            <source>%1 — Briefing Viewer</source>
            <translation>%1 — Briefing Viewer</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n warning(s), listed in the overview</source>
            <translation>
                <numerusform>%1 · %n попередження, див. огляд</numerusform>
                <numerusform>%1 · %n попередження, див. огляд</numerusform>
                <numerusform>%1 · %n попереджень, див. огляд</numerusform>
            </translation>
        </message>
        <message>
            <source>Briefing Viewer</source>
            <translation>Briefing Viewer</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Джерело: %1</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Мова інтерфейсу</translation>
        </message>
        <message>
            <source>&amp;Content Language</source>
            <translation>Мова &amp;змісту</translation>
        </message>
        <message>
            <source>%1 · content in %2</source>
            <translation>%1 · мова змісту: %2</translation>
        </message>
    </context>
    <context>
        <name>bv::NavigatorView</name>
        <message>
            <source>Sections of the briefing</source>
            <translation>Розділи брифінгу</translation>
        </message>
    </context>
    <context>
        <name>bv::NoteEditor</name>
        <message>
            <source>The note is longer than 1 MB; it is not saved until it is shorter.</source>
            <translation>Нотатка довша за 1 МБ; її не буде збережено, доки вона не стане коротшою.</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>Порівняти…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Попередній перегляд</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Ваша нотатка</translation>
        </message>
        <message>
            <source>Your note on “%1”</source>
            <translation>Ваша нотатка до «%1»</translation>
        </message>
        <message>
            <source>Write a note on this item, in Markdown. It is kept in your library, never in the briefing file.</source>
            <translation>Напишіть нотатку до цього елемента в Markdown. Її зберігають у вашій бібліотеці, а не у файлі брифінгу.</translation>
        </message>
        <message>
            <source>This item has changed since the note was written.</source>
            <translation>Цей елемент змінився відтоді, як було написано нотатку.</translation>
        </message>
        <message>
            <source>Written on edition %1; this item has changed since.</source>
            <translation>Написано до видання %1; відтоді цей елемент змінився.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Не збережено: %1</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Редагування…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Збережено</translation>
        </message>
        <message>
            <source>What changed in “%1”</source>
            <translation>Що змінилося в «%1»</translation>
        </message>
        <message>
            <source>When the note was written</source>
            <translation>Коли було написано нотатку</translation>
        </message>
        <message>
            <source>Edition %1, when the note was written</source>
            <translation>Видання %1, коли було написано нотатку</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Зараз</translation>
        </message>
        <message>
            <source>Edition %1, now</source>
            <translation>Видання %1, зараз</translation>
        </message>
        <message>
            <source>My note still holds</source>
            <translation>Моя нотатка досі актуальна</translation>
        </message>
        <message>
            <source>Saved beside a note written elsewhere meanwhile (another window or briefing-tool); both are in the Notes panel.</source>
            <translation>Збережено поряд із нотаткою, яку тим часом написано деінде (в іншому вікні чи через briefing-tool); обидві є на панелі «Нотатки».</translation>
        </message>
        <message>
            <source>Not deleted: the note was changed elsewhere meanwhile (another window or briefing-tool); it is shown again.</source>
            <translation>Не видалено: тим часом нотатку змінено деінде (в іншому вікні чи через briefing-tool); її показано знову.</translation>
        </message>
        <message>
            <source>Your note on the current item</source>
            <translation>Ваша нотатка до поточного елемента</translation>
        </message>
        <message>
            <source>Preview of your note</source>
            <translation>Попередній перегляд вашої нотатки</translation>
        </message>
    </context>
    <context>
        <name>bv::NotesListModel</name>
        <message>
            <source>[item changed since]</source>
            <translation>[елемент відтоді змінився]</translation>
        </message>
        <message>
            <source>[item no longer in this briefing]</source>
            <translation>[елемента більше немає в цьому брифінгу]</translation>
        </message>
        <message>
            <source>Bookmark</source>
            <translation>Закладка</translation>
        </message>
        <message>
            <source>Bookmark: %1</source>
            <translation>Закладка: %1</translation>
        </message>
        <message>
            <source>Note on %1</source>
            <translation>Нотатка до %1</translation>
        </message>
    </context>
    <context>
        <name>bv::NotesPanel</name>
        <message>
            <source>Filter your notes and bookmarks</source>
            <translation>Фільтрувати ваші нотатки й закладки</translation>
        </message>
        <message>
            <source>Filter notes</source>
            <translation>Фільтрувати нотатки</translation>
        </message>
        <message>
            <source>All briefings</source>
            <translation>Усі брифінги</translation>
        </message>
        <message>
            <source>List the notes of every briefing in your library, not only of the open one</source>
            <translation>Показувати нотатки всіх брифінгів у вашій бібліотеці, а не лише відкритого</translation>
        </message>
        <message>
            <source>Your notes and bookmarks</source>
            <translation>Ваші нотатки й закладки</translation>
        </message>
        <message>
            <source>No notes or bookmarks yet: Ctrl+Shift+N writes a note on the current item, Ctrl+D bookmarks it.</source>
            <translation>Нотаток і закладок ще немає: Ctrl+Shift+N створює нотатку до поточного елемента, Ctrl+D додає його до закладок.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n запис</numerusform>
                <numerusform>%n записи</numerusform>
                <numerusform>%n записів</numerusform>
            </translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>Жоден брифінг не відкрито.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2.</source>
            <translation>Не вдалося записати «%1»: %2.</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation>Не вдалося прочитати «%1»: %2.</translation>
        </message>
    </context>
    <context>
        <name>bv::OverviewPage</name>
        <message>
            <source>Briefing overview</source>
            <translation>Огляд брифінгу</translation>
        </message>
        <message>
            <source>No briefing is open. Use File &gt; Open to choose one.</source>
            <translation>Жоден брифінг не відкрито. Виберіть його через Файл &gt; Відкрити.</translation>
        </message>
    </context>
    <context>
        <name>bv::PanelCycler</name>
        <message>
            <source>Next &amp;Panel</source>
            <translation>&amp;Наступна панель</translation>
        </message>
        <message>
            <source>Move the keyboard to the next panel (F6)</source>
            <translation>Перевести клавіатуру на наступну панель (F6)</translation>
        </message>
        <message>
            <source>Pre&amp;vious Panel</source>
            <translation>&amp;Попередня панель</translation>
        </message>
        <message>
            <source>Move the keyboard to the previous panel (Shift+F6)</source>
            <translation>Перевести клавіатуру на попередню панель (Shift+F6)</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentActions</name>
        <message>
            <source>&amp;Presentation</source>
            <translation>Пре&amp;зентація</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>&amp;Показати</translation>
        </message>
        <message>
            <source>Show the chosen path to an audience from its first stop (F5)</source>
            <translation>Показати вибраний маршрут аудиторії з першої зупинки (F5)</translation>
        </message>
        <message>
            <source>Present from &amp;Current Stop</source>
            <translation>Показати з поточної &amp;зупинки</translation>
        </message>
        <message>
            <source>&amp;Rehearse</source>
            <translation>&amp;Репетиція</translation>
        </message>
        <message>
            <source>Present the path from its start and keep the time spent on each stop</source>
            <translation>Показати маршрут від початку й зберегти час, проведений на кожній зупинці</translation>
        </message>
        <message>
            <source>Stage and Console as &amp;Windows</source>
            <translation>Сцена й пульт у &amp;вікнах</translation>
        </message>
        <message>
            <source>Show the stage and the console as ordinary windows, for sharing one in a call</source>
            <translation>Показати сцену й пульт у звичайних вікнах, щоб поділитися одним під час дзвінка</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Показ</translation>
        </message>
        <message>
            <source>Last time this path was left at stop %1, “%2”. Resume there?</source>
            <translation>Минулого разу цей маршрут залишили на зупинці %1, «%2». Продовжити звідти?</translation>
        </message>
        <message>
            <source>Resume at Stop %1</source>
            <translation>Продовжити із зупинки %1</translation>
        </message>
        <message>
            <source>From the Start</source>
            <translation>З початку</translation>
        </message>
        <message>
            <source>Co&amp;mpare Rehearsals…</source>
            <translation>Порів&amp;няти репетиції…</translation>
        </message>
        <message>
            <source>The chosen path's rehearsals side by side: each stop's time against its budget</source>
            <translation>Репетиції вибраного маршруту поруч: час кожної зупинки порівняно з її бюджетом часу</translation>
        </message>
    </context>
    <context>
        <name>bv::PresenterConsole</name>
        <message>
            <source>Time since the show started, against the sum of the stops' budgets</source>
            <translation>Час від початку показу порівняно із сумою бюджетів часу зупинок</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Продовжити</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Stop the clock; it stays stopped while you move between stops</source>
            <translation>Зупинити годинник; він стоїть, поки ви переходите між зупинками</translation>
        </message>
        <message>
            <source>End Show</source>
            <translation>Завершити показ</translation>
        </message>
        <message>
            <source>Speaker notes</source>
            <translation>Нотатки доповідача</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller notes</source>
            <translation>Менші нотатки</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger notes</source>
            <translation>Більші нотатки</translation>
        </message>
        <message>
            <source>On this stop:</source>
            <translation>На цій зупинці:</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>Зупинки</translation>
        </message>
        <message>
            <source>Go to: a number or part of a title, then Enter</source>
            <translation>Перейти: номер або частина назви, потім Enter</translation>
        </message>
        <message>
            <source>Press Esc again to end the show</source>
            <translation>Натисніть Esc ще раз, щоб завершити показ</translation>
        </message>
        <message>
            <source>Presenter Console — Briefing Viewer</source>
            <translation>Пульт доповідача — Briefing Viewer</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>Зараз: %1</translation>
        </message>
        <message>
            <source>Stop %1 of %2</source>
            <translation>Зупинка %1 з %2</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Далі: %1</translation>
        </message>
        <message>
            <source>Next: the end of the path</source>
            <translation>Далі: кінець маршруту</translation>
        </message>
        <message>
            <source>Black screen</source>
            <translation>Чорний екран</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>Білий екран</translation>
        </message>
        <message>
            <source>Frozen: the audience sees stop %1</source>
            <translation>Заморожено: аудиторія бачить зупинку %1</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Призупинено</translation>
        </message>
        <message>
            <source>Rehearsing</source>
            <translation>Репетиція</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 з %2</translation>
        </message>
        <message>
            <source>Last rehearsal: %1</source>
            <translation>Остання репетиція: %1</translation>
        </message>
        <message>
            <source>No stop matches</source>
            <translation>Жодна зупинка не підходить</translation>
        </message>
        <message>
            <source>Enter goes to %1. %2</source>
            <translation>Enter перейде до %1. %2</translation>
        </message>
        <message>
            <source>Go to stop</source>
            <translation>Перейти до зупинки</translation>
        </message>
        <message>
            <source>Current stop</source>
            <translation>Поточна зупинка</translation>
        </message>
        <message>
            <source>Next stop</source>
            <translation>Наступна зупинка</translation>
        </message>
        <message>
            <source>Last rehearsal: %1, before: %2</source>
            <translation>Остання репетиція: %1, до неї: %2</translation>
        </message>
    </context>
    <context>
        <name>bv::RehearsalTableModel</name>
        <message>
            <source>Untitled stop</source>
            <translation>Зупинка без назви</translation>
        </message>
        <message>
            <source>Budget: %1</source>
            <translation>Бюджет часу: %1</translation>
        </message>
        <message>
            <source>No budget</source>
            <translation>Без бюджету часу</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) without a budget</source>
            <translation>
                <numerusform>%n зупинка без бюджету часу</numerusform>
                <numerusform>%n зупинки без бюджету часу</numerusform>
                <numerusform>%n зупинок без бюджету часу</numerusform>
            </translation>
        </message>
        <message>
            <source>Median: %1</source>
            <translation>Медіана: %1</translation>
        </message>
        <message>
            <source>Not timed in any rehearsal</source>
            <translation>Не хронометровано в жодній репетиції</translation>
        </message>
        <message>
            <source>Time: %1</source>
            <translation>Час: %1</translation>
        </message>
        <message>
            <source>Not timed</source>
            <translation>Не хронометровано</translation>
        </message>
        <message>
            <source>%1 longer than the rehearsal before</source>
            <translation>На %1 довше, ніж попередня репетиція</translation>
        </message>
        <message>
            <source>%1 shorter than the rehearsal before</source>
            <translation>На %1 коротше, ніж попередня репетиція</translation>
        </message>
        <message>
            <source>As long as the rehearsal before</source>
            <translation>Стільки ж, скільки попередня репетиція</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) not timed</source>
            <translation>
                <numerusform>%n зупинку не хронометровано</numerusform>
                <numerusform>%n зупинки не хронометровано</numerusform>
                <numerusform>%n зупинок не хронометровано</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 over the budget of %2</source>
            <translation>На %1 більше за бюджет часу %2</translation>
        </message>
        <message>
            <source>Within the budget of %1</source>
            <translation>У межах бюджету часу %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Разом</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>The path's stops together</source>
            <translation>Усі зупинки маршруту разом</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Бюджет часу</translation>
        </message>
        <message>
            <source>The time you mean to spend on each stop</source>
            <translation>Час, який ви плануєте провести на кожній зупинці</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Медіана</translation>
        </message>
        <message numerus="yes">
            <source>The middle time of the %n rehearsal(s) kept: half took longer, half less</source>
            <translation>
                <numerusform>Медіана %n збереженої репетиції: половина тривала довше, половина — менше</numerusform>
                <numerusform>Медіана %n збережених репетицій: половина тривала довше, половина — менше</numerusform>
                <numerusform>Медіана %n збережених репетицій: половина тривала довше, половина — менше</numerusform>
            </translation>
        </message>
        <message>
            <source>Rehearsed %1</source>
            <translation>Репетиція: %1</translation>
        </message>
        <message>
            <source>The newest rehearsal</source>
            <translation>Найновіша репетиція</translation>
        </message>
        <message numerus="yes">
            <source>Rehearsed when the path had %n stop(s); the times are shown by the stops' places now</source>
            <translation>
                <numerusform>Репетицію проведено, коли маршрут мав %n зупинку; час показано за нинішніми місцями зупинок</numerusform>
                <numerusform>Репетицію проведено, коли маршрут мав %n зупинки; час показано за нинішніми місцями зупинок</numerusform>
                <numerusform>Репетицію проведено, коли маршрут мав %n зупинок; час показано за нинішніми місцями зупинок</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bv::RehearsalsDialog</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Rehearsals</source>
            <translation>Репетиції</translation>
        </message>
        <message>
            <source>Rehearsals of “%1”</source>
            <translation>Репетиції маршруту «%1»</translation>
        </message>
        <message>
            <source>This path has not been rehearsed yet. Presentation &gt; Rehearse times each of its stops.</source>
            <translation>Цей маршрут ще не репетирували. Презентація &gt; Репетиція хронометрує кожну його зупинку.</translation>
        </message>
        <message numerus="yes">
            <source>%n rehearsal(s); the library keeps the newest %1.</source>
            <translation>
                <numerusform>%n репетиція; бібліотека зберігає %1 найновіших.</numerusform>
                <numerusform>%n репетиції; бібліотека зберігає %1 найновіших.</numerusform>
                <numerusform>%n репетицій; бібліотека зберігає %1 найновіших.</numerusform>
            </translation>
        </message>
        <message>
            <source>The newest took %1 in all.</source>
            <translation>Найновіша тривала загалом %1.</translation>
        </message>
        <message>
            <source>That is %1 longer than the rehearsal before.</source>
            <translation>Це на %1 довше, ніж попередня репетиція.</translation>
        </message>
        <message>
            <source>That is %1 shorter than the rehearsal before.</source>
            <translation>Це на %1 коротше, ніж попередня репетиція.</translation>
        </message>
        <message>
            <source>That is as long as the rehearsal before.</source>
            <translation>Це стільки ж, скільки попередня репетиція.</translation>
        </message>
        <message numerus="yes">
            <source>It went over the budget on %n stop(s).</source>
            <translation>
                <numerusform>Вона перевищила бюджет часу на %n зупинці.</numerusform>
                <numerusform>Вона перевищила бюджет часу на %n зупинках.</numerusform>
                <numerusform>Вона перевищила бюджет часу на %n зупинках.</numerusform>
            </translation>
        </message>
        <message>
            <source>It kept within the budget on every stop that has one.</source>
            <translation>Вона вклалася в бюджет часу на кожній зупинці, що його має.</translation>
        </message>
        <message>
            <source>Compare Rehearsals</source>
            <translation>Порівняння репетицій</translation>
        </message>
        <message>
            <source>Rehearsals by stop</source>
            <translation>Репетиції за зупинками</translation>
        </message>
        <message>
            <source>Each time is followed by its change from the rehearsal before it, in the column to its right (+ longer, − shorter). Green: within the stop's budget; red: over it. —: not timed, or no budget. Median: the middle time of the rehearsals kept.</source>
            <translation>Після кожного часу — його зміна порівняно з попередньою репетицією, що в стовпці праворуч (+ довше, − коротше). Зелений: у межах бюджету часу зупинки; червоний: понад нього. —: не хронометровано або немає бюджету. Медіана: серединний час збережених репетицій.</translation>
        </message>
    </context>
    <context>
        <name>bv::SafeTextDocument</name>
        <message>
            <source>[image]</source>
            <translation>[зображення]</translation>
        </message>
        <message>
            <source>[image: %1]</source>
            <translation>[зображення: %1]</translation>
        </message>
    </context>
    <context>
        <name>bv::SearchField</name>
        <message>
            <source>Search the briefing (%1)</source>
            <translation>Шукати в брифінгу (%1)</translation>
        </message>
        <message>
            <source>Search the briefing</source>
            <translation>Шукати в брифінгу</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Очистити пошук</translation>
        </message>
        <message>
            <source>Go to the search results</source>
            <translation>Перейти до результатів пошуку</translation>
        </message>
    </context>
    <context>
        <name>bv::SearchPanel</name>
        <message>
            <source>No briefing is open.</source>
            <translation>Жоден брифінг не відкрито.</translation>
        </message>
        <message>
            <source>Preparing the search index…</source>
            <translation>Підготовка пошукового індексу…</translation>
        </message>
        <message>
            <source>Type in the search field (Ctrl+F) to search the whole briefing.</source>
            <translation>Введіть запит у поле пошуку (Ctrl+F), щоб шукати в усьому брифінгу.</translation>
        </message>
        <message>
            <source>Nothing matches “%1”.</source>
            <translation>За запитом «%1» нічого не знайдено.</translation>
        </message>
        <message>
            <source>More than %1 results; the best are shown. Add a word to narrow the search.</source>
            <translation>Понад %1 результатів; показано найкращі. Додайте слово, щоб звузити пошук.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n результат</numerusform>
                <numerusform>%n результати</numerusform>
                <numerusform>%n результатів</numerusform>
            </translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Результати пошуку</translation>
        </message>
        <message>
            <source>Search is unavailable: the briefing could not be read again to index it. Open it again, or ship an index in it with: briefing-tool index FILE</source>
            <translation>Пошук недоступний: брифінг не вдалося прочитати ще раз для індексування. Відкрийте його знову або додайте до нього індекс командою: briefing-tool index FILE</translation>
        </message>
    </context>
    <context>
        <name>bv::SearchResultsModel</name>
        <message>
            <source>My notes (%1)</source>
            <translation>Мої нотатки (%1)</translation>
        </message>
    </context>
    <context>
        <name>bv::SeriesChart</name>
        <message>
            <source>no value</source>
            <translation>немає значення</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Джерело: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) without a source are not shown.</source>
            <translation>
                <numerusform>%n точку без джерела не показано.</numerusform>
                <numerusform>%n точки без джерела не показано.</numerusform>
                <numerusform>%n точок без джерела не показано.</numerusform>
            </translation>
        </message>
        <message>
            <source>No figure of this series names its source, so none is shown.</source>
            <translation>Жоден показник цього ряду не має вказаного джерела, тому нічого не показано.</translation>
        </message>
        <message>
            <source>Reading the figures…</source>
            <translation>Читання значень…</translation>
        </message>
        <message>
            <source>This series has no values in this briefing.</source>
            <translation>Ця серія не має значень у цьому брифінгу.</translation>
        </message>
        <message>
            <source>These series have no values in this briefing.</source>
            <translation>Ці серії не мають значень у цьому брифінгу.</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Таблиця</translation>
        </message>
        <message>
            <source>Show the figures as a table beside the chart</source>
            <translation>Показати показники таблицею поруч із діаграмою</translation>
        </message>
        <message>
            <source>Copy CSV</source>
            <translation>Копіювати CSV</translation>
        </message>
        <message>
            <source>Copy every point, with unit and source, as CSV</source>
            <translation>Копіювати всі точки разом з одиницею та джерелом у форматі CSV</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <source>Copy Image</source>
            <translation>Копіювати зображення</translation>
        </message>
        <message>
            <source>Chart: %1</source>
            <translation>Діаграма: %1</translation>
        </message>
        <message>
            <source>Chart of %1. Source: %2.</source>
            <translation>Діаграма: %1. Джерело: %2.</translation>
        </message>
        <message numerus="yes">
            <source>Line chart of %n point(s) from %1 to %2. Source: %3.</source>
            <translation>
                <numerusform>Лінійна діаграма, %n точка, від %1 до %2. Джерело: %3.</numerusform>
                <numerusform>Лінійна діаграма, %n точки, від %1 до %2. Джерело: %3.</numerusform>
                <numerusform>Лінійна діаграма, %n точок, від %1 до %2. Джерело: %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Bar chart of %n categorie(s). Source: %1. The table beside it lists the values.</source>
            <translation>
                <numerusform>Стовпчикова діаграма, %n категорія. Джерело: %1. Значення наведено в таблиці поруч.</numerusform>
                <numerusform>Стовпчикова діаграма, %n категорії. Джерело: %1. Значення наведено в таблиці поруч.</numerusform>
                <numerusform>Стовпчикова діаграма, %n категорій. Джерело: %1. Значення наведено в таблиці поруч.</numerusform>
            </translation>
        </message>
        <message>
            <source>Figures of %1</source>
            <translation>Показники: %1</translation>
        </message>
        <message>
            <source>%1 — edition %2</source>
            <translation>%1 — видання %2</translation>
        </message>
        <message>
            <source>This series has no figure with a source; nothing to export.</source>
            <translation>У цьому ряді немає показників із джерелом; експортувати нічого.</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>Зображення SVG (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Зображення PNG (*.png)</translation>
        </message>
        <message>
            <source>Export Chart</source>
            <translation>Експорт діаграми</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Помилка експорту</translation>
        </message>
        <message>
            <source>Sort by value</source>
            <translation>Сортувати за значенням</translation>
        </message>
        <message>
            <source>Show the largest value first, or the categories in the briefing's order</source>
            <translation>Показати спершу найбільше значення або категорії в порядку брифінгу</translation>
        </message>
        <message>
            <source>Has your note</source>
            <translation>Має вашу нотатку</translation>
        </message>
        <message>
            <source>Bookmarked</source>
            <translation>У закладках</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>Не вдалося записати «%1»: %2. Виберіть теку, до якої ви маєте право запису.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документи PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Break in the series</source>
            <translation>Розрив у ряді</translation>
        </message>
        <message>
            <source>Event in the briefing's timeline</source>
            <translation>Подія на часовій шкалі брифінгу</translation>
        </message>
        <message>
            <source>Show the chart's own period</source>
            <translation>Показати власний період діаграми</translation>
        </message>
        <message>
            <source>Show the series' own period</source>
            <translation>Показати власний період ряду</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n series: %2. Source: %3. The table beside it lists the values.</source>
            <translation>
                <numerusform>%1 з %n ряду: %2. Джерело: %3. Таблиця поруч містить значення.</numerusform>
                <numerusform>%1 з %n рядів: %2. Джерело: %3. Таблиця поруч містить значення.</numerusform>
                <numerusform>%1 з %n рядів: %2. Джерело: %3. Таблиця поруч містить значення.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No points between %1 and %2 (the period the timeline shows).</source>
            <translation>Немає точок між %1 і %2 (період, який показує часова шкала).</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Статус: %1</translation>
        </message>
        <message>
            <source>Break in the series: %1</source>
            <translation>Розрив у ряді: %1</translation>
        </message>
        <message>
            <source>%1
Source: %2</source>
            <translation>%1
Джерело: %2</translation>
        </message>
        <message>
            <source>%1
%2
Source: %3</source>
            <translation>%1
%2
Джерело: %3</translation>
        </message>
        <message>
            <source>Current point: %1.</source>
            <translation>Поточна точка: %1.</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>Порівняти з…</translation>
        </message>
        <message>
            <source>Add another series of the same unit to this chart for the moment; the file is not changed</source>
            <translation>Тимчасово додати до цієї діаграми інший ряд тієї самої одиниці; файл не змінюється</translation>
        </message>
    </context>
    <context>
        <name>bv::SettingsDialog</name>
        <message>
            <source>Folder for Your Notes</source>
            <translation>Тека для ваших нотаток</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Системна</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Світла</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Темна</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Висока контрастність</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>No briefing is open</source>
            <translation>Жоден брифінг не відкрито</translation>
        </message>
        <message>
            <source>Automatic (a screen other than the window’s)</source>
            <translation>Автоматично (екран, відмінний від екрана вікна)</translation>
        </message>
        <message>
            <source>%1 (not connected)</source>
            <translation>%1 (не під'єднано)</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Налаштування</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>Мова &amp;інтерфейсу:</translation>
        </message>
        <message>
            <source>&amp;Content language:</source>
            <translation>Мова &amp;вмісту:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Тема:</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>&amp;Розмір тексту:</translation>
        </message>
        <message>
            <source>Presentation scr&amp;een:</source>
            <translation>&amp;Екран презентації:</translation>
        </message>
        <message>
            <source>Presentation &amp;look:</source>
            <translation>&amp;Вигляд презентації:</translation>
        </message>
        <message>
            <source>&amp;Notes are kept in:</source>
            <translation>&amp;Нотатки зберігаються в:</translation>
        </message>
        <message>
            <source>&amp;Recent files listed:</source>
            <translation>&amp;Недавніх файлів у списку:</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Звичайний</translation>
        </message>
        <message>
            <source>Projector (high contrast, larger text)</source>
            <translation>Проєктор (висока контрастність, більший текст)</translation>
        </message>
        <message>
            <source>The language of the briefing's own text, where it is translated</source>
            <translation>Мова власного тексту брифінгу там, де його перекладено</translation>
        </message>
        <message>
            <source>Folder of your notes</source>
            <translation>Тека ваших нотаток</translation>
        </message>
        <message>
            <source>Your notes, bookmarks and reading positions are kept in the file library.sqlite in this folder.</source>
            <translation>Ваші нотатки, закладки й місця читання зберігаються у файлі library.sqlite у цій теці.</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Вибрати…</translation>
        </message>
        <message>
            <source>Keep your notes in another folder</source>
            <translation>Зберігати нотатки в іншій теці</translation>
        </message>
        <message>
            <source>&amp;Open Folder</source>
            <translation>&amp;Відкрити теку</translation>
        </message>
        <message>
            <source>Show the folder in the file manager</source>
            <translation>Показати теку у файловому менеджері</translation>
        </message>
        <message>
            <source>In a folder without a library you are asked whether to copy yours there; the library you leave stays where it is.</source>
            <translation>Для теки без бібліотеки вас запитають, чи скопіювати туди вашу; бібліотека, яку ви залишаєте, лишається на своєму місці.</translation>
        </message>
        <message>
            <source>How many files File &gt; Open Recent lists (0: none)</source>
            <translation>Скільки файлів показує Файл &gt; Недавні файли (0: жодного)</translation>
        </message>
        <message>
            <source>Recent files listed</source>
            <translation>Недавніх файлів у списку</translation>
        </message>
    </context>
    <context>
        <name>bv::ShortcutsDialog</name>
        <message>
            <source>Other</source>
            <translation>Інше</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Клавіатурні скорочення</translation>
        </message>
        <message>
            <source>Search actions and keys</source>
            <translation>Пошук дій і клавіш</translation>
        </message>
        <message>
            <source>Search the shortcuts</source>
            <translation>Пошук серед скорочень</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Дія</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Скорочення</translation>
        </message>
        <message>
            <source>Actions and their shortcuts</source>
            <translation>Дії та їхні скорочення</translation>
        </message>
        <message>
            <source>During a show</source>
            <translation>Під час показу</translation>
        </message>
        <message>
            <source>(no key)</source>
            <translation>(без клавіші)</translation>
        </message>
        <message>
            <source>Go to a stop</source>
            <translation>Перейти до зупинки</translation>
        </message>
        <message>
            <source>A number or part of a title, then Enter</source>
            <translation>Номер або частина назви, потім Enter</translation>
        </message>
        <message>
            <source>End the show</source>
            <translation>Завершити показ</translation>
        </message>
        <message>
            <source>Esc, Esc</source>
            <translation>Esc, Esc</translation>
        </message>
    </context>
    <context>
        <name>bv::TimelineOverview</name>
        <message>
            <source>Overview of the whole timeline</source>
            <translation>Огляд усієї часової шкали</translation>
        </message>
        <message>
            <source>Drag the window to move through time; drag its edges to zoom</source>
            <translation>Перетягуйте вікно, щоб рухатися в часі; перетягуйте його краї, щоб змінити масштаб</translation>
        </message>
        <message>
            <source>Whole range</source>
            <translation>Увесь діапазон</translation>
        </message>
    </context>
    <context>
        <name>bv::TimelinePanel</name>
        <message>
            <source>%1 to %2</source>
            <translation>з %1 до %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1 — edition %2 — %3</source>
            <translation>%1 — видання %2 — %3</translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>Жоден брифінг не відкрито.</translation>
        </message>
        <message>
            <source>Timeline of events exported from Briefing Viewer</source>
            <translation>Часова шкала подій, експортована з Briefing Viewer</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>Зображення SVG (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Зображення PNG (*.png)</translation>
        </message>
        <message>
            <source>Export Timeline</source>
            <translation>Експорт часової шкали</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Помилка експорту</translation>
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation>&amp;Доріжки:</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>За категоріями</translation>
        </message>
        <message>
            <source>By actor</source>
            <translation>За учасниками</translation>
        </message>
        <message>
            <source>Fit All</source>
            <translation>Показати все</translation>
        </message>
        <message>
            <source>Show every event (Ctrl+0 in the timeline)</source>
            <translation>Показати всі події (Ctrl+0 на часовій шкалі)</translation>
        </message>
        <message>
            <source>S&amp;ync time</source>
            <translation>&amp;Синхронізувати час</translation>
        </message>
        <message>
            <source>The timeline and the time-axis charts show the same period</source>
            <translation>Часова шкала й діаграми з віссю часу показують той самий період</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <source>Save the visible timeline as PNG or SVG</source>
            <translation>Зберегти видиму частину часової шкали як PNG або SVG</translation>
        </message>
        <message>
            <source>Events visible on the timeline</source>
            <translation>Події, видимі на часовій шкалі</translation>
        </message>
    </context>
    <context>
        <name>bv::TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>Часова шкала</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>з %1 до %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>%n events here; click or zoom in to see them</source>
            <translation>
                <numerusform>Тут %n подія; клацніть або збільште масштаб, щоб побачити її</numerusform>
                <numerusform>Тут %n події; клацніть або збільште масштаб, щоб побачити їх</numerusform>
                <numerusform>Тут %n подій; клацніть або збільште масштаб, щоб побачити їх</numerusform>
            </translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>Категорія: %1</translation>
        </message>
        <message>
            <source>No event chosen. Ctrl+Left and Ctrl+Right move from event to event, Enter selects it; + and - zoom.</source>
            <translation>Подію не вибрано. Ctrl+Ліворуч і Ctrl+Праворуч переходять від події до події, Enter вибирає її; + і - масштабують.</translation>
        </message>
        <message>
            <source>Event %1 of %2: %3.</source>
            <translation>Подія %1 з %2: %3.</translation>
        </message>
    </context>
    <context>
        <name>bv::TranslatorPanel</name>
        <message>
            <source>All text fields</source>
            <translation>Усі текстові поля</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Без перекладу</translation>
        </message>
        <message>
            <source>Stale</source>
            <translation>Із застарілим перекладом</translation>
        </message>
        <message>
            <source>Shown in a fallback language</source>
            <translation>Показані резервною мовою</translation>
        </message>
        <message>
            <source>Translated</source>
            <translation>Перекладені</translation>
        </message>
        <message>
            <source>Show text fields</source>
            <translation>Показувати текстові поля</translation>
        </message>
        <message>
            <source>Source texts and their translations</source>
            <translation>Тексти оригіналу та їхні переклади</translation>
        </message>
        <message>
            <source>Choose a content language (View &gt; Content Language) to see its translations here.</source>
            <translation>Виберіть мову змісту (Вигляд &gt; Мова змісту), щоб побачити тут переклади цією мовою.</translation>
        </message>
        <message>
            <source>%1: %2 translated, %3 missing (%4 shown in a fallback language), %5 stale.</source>
            <translation>%1: перекладено — %2, без перекладу — %3 (з них показано резервною мовою — %4), застарілих — %5.</translation>
        </message>
    </context>
    <context>
        <name>bv::WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Недавні файли</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Перехід</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вигляд</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Відкрити…</translation>
        </message>
        <message>
            <source>Open a briefing file (%1)</source>
            <translation>Відкрити файл брифінгу (%1)</translation>
        </message>
        <message>
            <source>&amp;Examples</source>
            <translation>&amp;Приклади</translation>
        </message>
        <message>
            <source>Open &amp;Sample Briefing</source>
            <translation>Відкрити &amp;зразок брифінгу</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Ви&amp;йти</translation>
        </message>
        <message>
            <source>&amp;Clear Menu</source>
            <translation>&amp;Очистити меню</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>Back to the previous item (%1)</source>
            <translation>Назад до попереднього елемента (%1)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Уперед</translation>
        </message>
        <message>
            <source>Forward to the next item (%1)</source>
            <translation>Уперед до наступного елемента (%1)</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Огляд</translation>
        </message>
        <message>
            <source>Show the briefing's overview</source>
            <translation>Показати огляд брифінгу</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Знайти…</translation>
        </message>
        <message>
            <source>&amp;About Briefing Viewer</source>
            <translation>&amp;Про Briefing Viewer</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Панель інструментів</translation>
        </message>
        <message>
            <source>Open Briefing</source>
            <translation>Відкрити брифінг</translation>
        </message>
        <message>
            <source>Briefings (*.briefing);;All files (*)</source>
            <translation>Брифінги (*.briefing);;Усі файли (*)</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>About Briefing Viewer</source>
            <translation>Про Briefing Viewer</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Briefing Viewer %1&lt;/h3&gt;&lt;p&gt;Reads policy briefings (format %2) offline, as linked views.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Briefing Viewer %1&lt;/h3&gt;&lt;p&gt;Показує політичні брифінги (формат %2) без під'єднання до мережі, у вигляді пов'язаних подань.&lt;/p&gt;&lt;p&gt;Зібрано з Qt %3.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Редагування</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Make the item with this id current at start.</source>
            <translation>Під час запуску зробити поточним елемент із цим ідентифікатором.</translation>
        </message>
        <message>
            <source>Shows a policy briefing (.briefing file) as linked views. Without a file, it opens the built-in sample briefing.</source>
            <translation>Показує політичний брифінг (файл .briefing) у вигляді пов'язаних подань. Якщо файл не вказано, відкриває вбудований зразок брифінгу.</translation>
        </message>
        <message>
            <source>Briefing Viewer</source>
            <translation>Briefing Viewer</translation>
        </message>
        <message>
            <source>briefing-viewer: give one file at most.
</source>
            <translation>briefing-viewer: вкажіть не більше одного файлу.
</translation>
        </message>
        <message>
            <source>The program's language: en, uk, de, fr or ar.</source>
            <translation>Мова інтерфейсу: en, uk, de, fr або ar.</translation>
        </message>
        <message>
            <source>Show the briefing's content in this language where it is translated.</source>
            <translation>Показувати зміст брифінгу цією мовою там, де його перекладено.</translation>
        </message>
        <message>
            <source>briefing-viewer: unknown language “%1”; use en, uk, de, fr or ar.</source>
            <translation>briefing-viewer: невідома мова «%1»; використовуйте en, uk, de, fr або ar.</translation>
        </message>
        <message>
            <source>Search the briefing for this text at start.</source>
            <translation>Під час запуску шукати цей текст у брифінгу.</translation>
        </message>
        <message>
            <source>The briefing file to open, or a briefing://BRIEFING-ID/ITEM-ID link.</source>
            <translation>Файл брифінгу, який треба відкрити, або посилання briefing://BRIEFING-ID/ITEM-ID.</translation>
        </message>
        <message>
            <source>Write the chart (or series) with this id to the file given with -o, and quit.</source>
            <translation>Записати діаграму (або ряд) із цим ідентифікатором у файл, заданий через -o, і вийти.</translation>
        </message>
        <message>
            <source>The file --export-chart writes: .png, .svg or .pdf.</source>
            <translation>Файл, який записує --export-chart: .png, .svg чи .pdf.</translation>
        </message>
        <message>
            <source>The size of the exported chart in pixels, e.g. 1200x800 (or 1200 for the height it needs).</source>
            <translation>Розмір експортованої діаграми в пікселях, напр. 1200x800 (або 1200 — для висоти, яка їй потрібна).</translation>
        </message>
        <message>
            <source>--export-chart needs the file to write: add -o OUT.png, -o OUT.svg or -o OUT.pdf.</source>
            <translation>--export-chart потребує файла для запису: додайте -o OUT.png, -o OUT.svg чи -o OUT.pdf.</translation>
        </message>
        <message>
            <source>“%1” does not end in .png, .svg or .pdf: name the file to write with one of them.</source>
            <translation>«%1» не закінчується на .png, .svg чи .pdf: дайте файлу для запису одне з цих розширень.</translation>
        </message>
        <message>
            <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1200x800 (200 to 10000 wide, 150 or more high), or a width alone.</source>
            <translation>--size приймає ШИРИНАxВИСОТА в пікселях, напр. 1200x800 (від 200 до 10000 завширшки, від 150 заввишки), або саму ширину.</translation>
        </message>
        <message>
            <source>give one file at most.</source>
            <translation>вкажіть не більше одного файлу.</translation>
        </message>
        <message>
            <source>Wrote the chart “%1” to %2</source>
            <translation>Діаграму «%1» записано в %2</translation>
        </message>
        <message>
            <source>Start presenting the briefing's chosen path once it is open.</source>
            <translation>Почати показ вибраного маршруту брифінгу, щойно його відкрито.</translation>
        </message>
    </context>
    <context>
        <name>PathExport</name>
        <message>
            <source>Speaker notes</source>
            <translation>Нотатки доповідача</translation>
        </message>
        <message>
            <source>These notes are cut here: they follow in full on the next page.</source>
            <translation>Нотатки тут обірвано: повністю вони йдуть на наступній сторінці.</translation>
        </message>
        <message>
            <source>Speaker notes of stop %1, page %2 of %3</source>
            <translation>Нотатки доповідача до зупинки %1, сторінка %2 з %3</translation>
        </message>
        <message>
            <source>“%1” does not end in .pdf or .png: name the file to write with one of them.</source>
            <translation>«%1» не закінчується на .pdf або .png: назвіть файл для запису з одним із них.</translation>
        </message>
        <message>
            <source>The path “%1” has no stops: there is nothing to export.</source>
            <translation>Шлях «%1» не має зупинок: немає чого експортувати.</translation>
        </message>
        <message>
            <source>A stage of %1×%2 pixels cannot be exported: choose from 320×180 to 7680×4320.</source>
            <translation>Сцену розміром %1×%2 пікселів не можна експортувати: виберіть від 320×180 до 7680×4320.</translation>
        </message>
        <message>
            <source>Speaker notes go into a PDF only: export the path as .pdf, or leave the notes out of the PNG files.</source>
            <translation>Нотатки доповідача можна додати лише до PDF: експортуйте шлях як .pdf або залиште нотатки поза файлами PNG.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>Не вдалося записати «%1»: %2. Виберіть теку, до якої можна записувати.</translation>
        </message>
        <message>
            <source>the PDF writer refused the page</source>
            <translation>засіб запису PDF відхилив сторінку</translation>
        </message>
    </context>
    <context>
        <name>PathExportCommand</name>
        <message>
            <source>Also look for the path among your own paths of this briefing, in your library (briefing-tool paths FILE --user lists them).</source>
            <translation>Шукати шлях також серед ваших власних шляхів цього брифінгу у вашій бібліотеці (briefing-tool paths FILE --user показує їх).</translation>
        </message>
        <message>
            <source>The library file to look in (default: %1).</source>
            <translation>Файл бібліотеки, у якому шукати (типово: %1).</translation>
        </message>
        <message>
            <source>The path to export: the id of one of the briefing's paths, or 'default' (default: its first path, else the default path).</source>
            <translation>Шлях для експорту: ідентифікатор одного зі шляхів брифінгу або «default» (типово: його перший шлях, інакше типовий шлях).</translation>
        </message>
        <message>
            <source>The speaker notes in a PDF: none, below (each stop's under it) or page (a page of their own after the stop).</source>
            <translation>Нотатки доповідача в PDF: none (без них), below (під кожною зупинкою) або page (на окремій сторінці після зупинки).</translation>
        </message>
        <message>
            <source>The stage's size in pixels (default 1920x1080).</source>
            <translation>Розмір сцени в пікселях (типово 1920x1080).</translation>
        </message>
        <message>
            <source>normal, or projector for high contrast.</source>
            <translation>normal або projector для високої контрастності.</translation>
        </message>
        <message>
            <source>The file to write: OUT.pdf, or OUT-%n.png (%n: the stop's number).</source>
            <translation>Файл для запису: OUT.pdf або OUT-%n.png (%n — номер зупинки).</translation>
        </message>
        <message>
            <source>briefing-tool: --notes takes none, below or page, not %1.</source>
            <translation>briefing-tool: --notes приймає none, below або page, а не %1.</translation>
        </message>
        <message>
            <source>briefing-tool: --look takes normal or projector, not %1.</source>
            <translation>briefing-tool: --look приймає normal або projector, а не %1.</translation>
        </message>
        <message>
            <source>briefing-tool: --size takes WIDTHxHEIGHT in pixels, from 320x180 to 7680x4320 (e.g. 1920x1080), not %1.</source>
            <translation>briefing-tool: --size приймає ШИРИНАxВИСОТА в пікселях, від 320x180 до 7680x4320 (напр. 1920x1080), а не %1.</translation>
        </message>
        <message>
            <source>briefing-tool: export-path needs the file to write: add -o OUT.pdf or -o OUT-%n.png.</source>
            <translation>briefing-tool: export-path потребує файлу для запису: додайте -o OUT.pdf або -o OUT-%n.png.</translation>
        </message>
        <message>
            <source>briefing-tool: %1 does not end in .pdf or .png: name the file to write with one of them.</source>
            <translation>briefing-tool: %1 не закінчується на .pdf або .png: назвіть файл для запису з одним із них.</translation>
        </message>
        <message>
            <source>briefing-tool: %1 has no path %2. Its paths: %3 (see briefing-tool paths %4).</source>
            <translation>briefing-tool: %1 не має шляху %2. Його шляхи: %3 (див. briefing-tool paths %4).</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the path %1 (%n stop(s)) to %2.</source>
            <translation>
                <numerusform>Шлях %1 (%n зупинка) записано до %2.</numerusform>
                <numerusform>Шлях %1 (%n зупинки) записано до %2.</numerusform>
                <numerusform>Шлях %1 (%n зупинок) записано до %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote the path %1 as %n PNG file(s): %2.</source>
            <translation>
                <numerusform>Шлях %1 записано як %n файл PNG: %2.</numerusform>
                <numerusform>Шлях %1 записано як %n файли PNG: %2.</numerusform>
                <numerusform>Шлях %1 записано як %n файлів PNG: %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageCard</name>
        <message>
            <source>This stop shows “%1”, which the briefing no longer has. Go on to the next stop, or edit the path.</source>
            <translation>Ця зупинка показує «%1», якого в брифінгу вже немає. Перейдіть до наступної зупинки або змініть шлях.</translation>
        </message>
        <message>
            <source>edition %1</source>
            <translation>видання %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Data point</source>
            <translation>Точка даних</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>без значення</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Break in the series</source>
            <translation>Розрив у ряді</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>Сценарій %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Учасники</translation>
        </message>
        <message>
            <source>Guarantors</source>
            <translation>Гаранти</translation>
        </message>
        <message>
            <source>Beneficiary</source>
            <translation>Бенефіціар</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Не вказано</translation>
        </message>
        <message>
            <source>%1 (scale: %2)</source>
            <translation>%1 (шкала: %2)</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Імовірність</translation>
        </message>
    </context>
    <context>
        <name>bv::PathExportActions</name>
        <message>
            <source>Export &amp;Path…</source>
            <translation>Експортувати &amp;шлях…</translation>
        </message>
        <message>
            <source>Write the chosen briefing path as a PDF or as PNG pictures, a stop each</source>
            <translation>Записати вибраний шлях брифінгу як PDF або як зображення PNG, по одному на зупинку</translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>Жоден брифінг не відкрито.</translation>
        </message>
        <message>
            <source>Export Path</source>
            <translation>Експорт шляху</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документи PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images, a file a stop (*.png)</source>
            <translation>Зображення PNG, файл на зупинку (*.png)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Експорт не вдався</translation>
        </message>
    </context>
    <context>
        <name>bv::PathExportDialog</name>
        <message>
            <source>Export Path</source>
            <translation>Експорт шляху</translation>
        </message>
        <message numerus="yes">
            <source>“%1”, %n stop(s), each as the stage shows it.</source>
            <translation>
                <numerusform>«%1», %n зупинка, кожна так, як її показує сцена.</numerusform>
                <numerusform>«%1», %n зупинки, кожна так, як її показує сцена.</numerusform>
                <numerusform>«%1», %n зупинок, кожна так, як її показує сцена.</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF, a page a stop</source>
            <translation>PDF, сторінка на зупинку</translation>
        </message>
        <message>
            <source>PNG, a picture a stop</source>
            <translation>PNG, зображення на зупинку</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Без нотаток</translation>
        </message>
        <message>
            <source>Below each stop</source>
            <translation>Під кожною зупинкою</translation>
        </message>
        <message>
            <source>On a page of their own</source>
            <translation>На окремій сторінці</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Звичайний</translation>
        </message>
        <message>
            <source>Projector (high contrast)</source>
            <translation>Проєктор (висока контрастність)</translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 пікселів</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <source>Speaker notes:</source>
            <translation>Нотатки доповідача:</translation>
        </message>
        <message>
            <source>Look:</source>
            <translation>Вигляд:</translation>
        </message>
        <message>
            <source>Stage size:</source>
            <translation>Розмір сцени:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Експортувати…</translation>
        </message>
    </context>
    <context>
        <name>bv::StageText</name>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
    </context>
    <context>
        <name>bv::StageView</name>
        <message>
            <source>No briefing is open.</source>
            <translation>Жоден брифінг не відкрито.</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Джерело: %1</translation>
        </message>
    </context>
    <context>
        <name>ChartComparison</name>
        <message>
            <source>A stacked chart adds its series up: another series would change its totals.</source>
            <translation>Діаграма з накопиченням підсумовує свої ряди: ще один ряд змінив би її підсумки.</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>без одиниці</translation>
        </message>
        <message>
            <source>No other time series in “%1”: only a series of the same unit can share this chart's axis.</source>
            <translation>Немає іншого часового ряду в «%1»: лише ряд тієї самої одиниці може ділити вісь цієї діаграми.</translation>
        </message>
        <message>
            <source>No other category series in “%1”: only a series of the same unit can share this chart's axis.</source>
            <translation>Немає іншого ряду категорій у «%1»: лише ряд тієї самої одиниці може ділити вісь цієї діаграми.</translation>
        </message>
        <message numerus="yes">
            <source>%n series in other units are not offered.</source>
            <translation>
                <numerusform>%n ряд в іншій одиниці не запропоновано.</numerusform>
                <numerusform>%n ряди в інших одиницях не запропоновано.</numerusform>
                <numerusform>%n рядів в інших одиницях не запропоновано.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (added for comparison)</source>
            <translation>%1 (додано для порівняння)</translation>
        </message>
        <message numerus="yes">
            <source>Added for comparison, not part of this chart in the briefing: %1.</source>
            <translation>
                <numerusform>Додано для порівняння, не входить до цієї діаграми в брифінгу: %1.</numerusform>
                <numerusform>Додано для порівняння, не входять до цієї діаграми в брифінгу: %1.</numerusform>
                <numerusform>Додано для порівняння, не входять до цієї діаграми в брифінгу: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Compare with</source>
            <translation>Порівняти з</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Remove comparison: %1</source>
            <translation>Прибрати порівняння: %1</translation>
        </message>
        <message>
            <source>Remove every comparison</source>
            <translation>Прибрати всі порівняння</translation>
        </message>
    </context>
    <context>
        <name>bv::BudgetSpinBox</name>
        <message>
            <source>No budget</source>
            <translation>Без бюджету часу</translation>
        </message>
        <message>
            <source>The time to spend on this stop, as minutes:seconds (2:30); 0 for none</source>
            <translation>Час на цю зупинку у форматі хвилини:секунди (2:30); 0 — без бюджету</translation>
        </message>
    </context>
    <context>
        <name>bv::PathActions</name>
        <message>
            <source>&amp;Presentation</source>
            <translation>&amp;Презентація</translation>
        </message>
        <message>
            <source>&amp;Add This View as a Stop</source>
            <translation>&amp;Додати цей вигляд як зупинку</translation>
        </message>
        <message>
            <source>Add what is on screen (the chart or timeline you are in, the current item, the overview) to your path after its current stop</source>
            <translation>Додати те, що на екрані (діаграму чи часову шкалу, де ви, поточний елемент, огляд), до вашого шляху після поточної зупинки</translation>
        </message>
        <message>
            <source>&amp;Delete Current Stop</source>
            <translation>&amp;Видалити поточну зупинку</translation>
        </message>
        <message>
            <source>Remove the current stop from your path</source>
            <translation>Вилучити поточну зупинку з вашого шляху</translation>
        </message>
        <message>
            <source>Path &amp;Editor</source>
            <translation>&amp;Редактор шляхів</translation>
        </message>
        <message>
            <source>Show the path editor: the stops of the chosen path, their notes and budgets</source>
            <translation>Показати редактор шляхів: зупинки вибраного шляху, їхні нотатки й бюджети часу</translation>
        </message>
        <message>
            <source>Timeline, %1 to %2</source>
            <translation>Часова шкала, %1 – %2</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Часова шкала</translation>
        </message>
        <message>
            <source>Path not saved</source>
            <translation>Шлях не збережено</translation>
        </message>
        <message>
            <source>Add This View as a Stop</source>
            <translation>Додати цей вигляд як зупинку</translation>
        </message>
        <message>
            <source>There is nothing on screen that a stop can show.</source>
            <translation>На екрані немає нічого, що могла б показати зупинка.</translation>
        </message>
        <message>
            <source>My path</source>
            <translation>Мій шлях</translation>
        </message>
        <message>
            <source>“%1” has %2 stops, as many as a path can have.</source>
            <translation>«%1» має %2 зупинок — стільки, скільки може мати шлях.</translation>
        </message>
        <message>
            <source>Added “%1” to “%2” as stop %3.</source>
            <translation>«%1» додано до «%2» як зупинку %3.</translation>
        </message>
        <message>
            <source>Deleted the stop “%1”.</source>
            <translation>Зупинку «%1» видалено.</translation>
        </message>
        <message>
            <source>Delete Stop</source>
            <translation>Видалити зупинку</translation>
        </message>
        <message>
            <source>Delete the stop “%1” and its speaker notes? This cannot be undone.</source>
            <translation>Видалити зупинку «%1» разом із нотатками доповідача? Це не можна скасувати.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Видалити</translation>
        </message>
        <message>
            <source>Add &amp;Scenarios Side by Side</source>
            <translation>Додати &amp;сценарії поруч</translation>
        </message>
        <message>
            <source>Add a stop that compares two or three scenarios (the current one and the next; check others in the path editor)</source>
            <translation>Додати зупинку, що порівнює два або три сценарії (поточний і наступний; інші позначте в редакторі шляхів)</translation>
        </message>
        <message>
            <source>Add Scenarios Side by Side</source>
            <translation>Додати сценарії поруч</translation>
        </message>
        <message>
            <source>The briefing has fewer than two scenarios to compare.</source>
            <translation>У брифінгу менше двох сценаріїв для порівняння.</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Сценарії поруч</translation>
        </message>
    </context>
    <context>
        <name>bv::PathEditor</name>
        <message>
            <source>Default path (made from the contents)</source>
            <translation>Типовий шлях (створений зі змісту)</translation>
        </message>
        <message>
            <source>The overview, each guarantee, scenario and chart, and the FAQ</source>
            <translation>Огляд, кожна гарантія, сценарій і діаграма та FAQ</translation>
        </message>
        <message>
            <source>%1 (the briefing's)</source>
            <translation>%1 (із брифінгу)</translation>
        </message>
        <message>
            <source>Written into the briefing by its author: shown, not changed</source>
            <translation>Записаний у брифінг автором: показується, не змінюється</translation>
        </message>
        <message>
            <source>Your own path, kept in your library</source>
            <translation>Ваш власний шлях, збережений у вашій бібліотеці</translation>
        </message>
        <message>
            <source>The changes to “%1” were not saved: another briefing was opened meanwhile.</source>
            <translation>Зміни в «%1» не збережено: тим часом відкрито інший брифінг.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Не збережено: %1</translation>
        </message>
        <message>
            <source>Saved in your library.</source>
            <translation>Збережено у вашій бібліотеці.</translation>
        </message>
        <message>
            <source>The default path is made from the briefing's contents and cannot be changed. Duplicate it to make a path of your own.</source>
            <translation>Типовий шлях створено зі змісту брифінгу, його не можна змінити. Дублюйте його, щоб мати власний шлях.</translation>
        </message>
        <message>
            <source>This path was written into the briefing by its author; the briefing file is never changed. Duplicate it to edit a copy of your own.</source>
            <translation>Цей шлях записав у брифінг його автор; файл брифінгу ніколи не змінюється. Дублюйте його, щоб редагувати власну копію.</translation>
        </message>
        <message>
            <source>&amp;Path:</source>
            <translation>&amp;Шлях:</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Шлях</translation>
        </message>
        <message>
            <source>The path to present and edit: the briefing's default path, its author's paths, or your own</source>
            <translation>Шлях для показу й редагування: типовий шлях брифінгу, шляхи його автора або ваші власні</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>Шляхи</translation>
        </message>
        <message>
            <source>Path commands</source>
            <translation>Команди шляху</translation>
        </message>
        <message>
            <source>New, duplicate, rename, delete, export or import a path</source>
            <translation>Створити, дублювати, перейменувати, видалити, експортувати чи імпортувати шлях</translation>
        </message>
        <message>
            <source>&amp;New Path…</source>
            <translation>&amp;Новий шлях…</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Дублювати</translation>
        </message>
        <message>
            <source>Copy the chosen path into a path of your own, which you can change</source>
            <translation>Скопіювати вибраний шлях у власний, який можна змінювати</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Перейменувати…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Вида&amp;лити…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Експорт…</translation>
        </message>
        <message>
            <source>Write the chosen path to a small JSON file for a colleague</source>
            <translation>Записати вибраний шлях у невеликий файл JSON для колеги</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Імпорт…</translation>
        </message>
        <message>
            <source>Add a path from a JSON file to your own paths</source>
            <translation>Додати шлях із файлу JSON до ваших шляхів</translation>
        </message>
        <message>
            <source>Delete Stop</source>
            <translation>Видалити зупинку</translation>
        </message>
        <message>
            <source>Remove the chosen stop from the path (Delete)</source>
            <translation>Вилучити вибрану зупинку зі шляху (Delete)</translation>
        </message>
        <message>
            <source>Move Stop Up</source>
            <translation>Зупинку вище</translation>
        </message>
        <message>
            <source>Move the chosen stop one place earlier (Alt+Up)</source>
            <translation>Перемістити вибрану зупинку на місце раніше (Alt+Вгору)</translation>
        </message>
        <message>
            <source>Move Stop Down</source>
            <translation>Зупинку нижче</translation>
        </message>
        <message>
            <source>Move the chosen stop one place later (Alt+Down)</source>
            <translation>Перемістити вибрану зупинку на місце пізніше (Alt+Вниз)</translation>
        </message>
        <message>
            <source>Duplicate to Edit</source>
            <translation>Дублювати для редагування</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>Зупинки</translation>
        </message>
        <message>
            <source>Drag a stop, or press Alt+Up or Alt+Down, to change the order; F2 renames it</source>
            <translation>Перетягніть зупинку або натисніть Alt+Вгору чи Alt+Вниз, щоб змінити порядок; F2 перейменовує її</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Назва:</translation>
        </message>
        <message>
            <source>Stop title</source>
            <translation>Назва зупинки</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>&amp;Бюджет часу:</translation>
        </message>
        <message>
            <source>Time budget</source>
            <translation>Бюджет часу</translation>
        </message>
        <message>
            <source>Speaker &amp;notes (Markdown):</source>
            <translation>&amp;Нотатки доповідача (Markdown):</translation>
        </message>
        <message>
            <source>Speaker notes</source>
            <translation>Нотатки доповідача</translation>
        </message>
        <message>
            <source>What to say at this stop. **Bold**, *italic* and lists are shown on the console.</source>
            <translation>Що сказати на цій зупинці. **Жирний**, *курсив* і списки видно на консолі.</translation>
        </message>
        <message>
            <source>Path Editor</source>
            <translation>Редактор шляхів</translation>
        </message>
        <message>
            <source>The path was not made: %1</source>
            <translation>Шлях не створено: %1</translation>
        </message>
        <message>
            <source>“%1” is one of your paths now. Add stops with Presentation &gt; Add This View as a Stop.</source>
            <translation>«%1» тепер один із ваших шляхів. Додавайте зупинки через Презентація &gt; Додати цей вигляд як зупинку.</translation>
        </message>
        <message>
            <source>%1 (my copy)</source>
            <translation>%1 (моя копія)</translation>
        </message>
        <message>
            <source>The path was not duplicated: %1</source>
            <translation>Шлях не дубльовано: %1</translation>
        </message>
        <message>
            <source>“%1” is your own copy: change it as you like.</source>
            <translation>«%1» — ваша власна копія: змінюйте як завгодно.</translation>
        </message>
        <message>
            <source>The path was not renamed: %1</source>
            <translation>Шлях не перейменовано: %1</translation>
        </message>
        <message>
            <source>Renamed “%1”.</source>
            <translation>Перейменовано на «%1».</translation>
        </message>
        <message>
            <source>The path was not deleted: %1</source>
            <translation>Шлях не видалено: %1</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>«%1» видалено.</translation>
        </message>
        <message>
            <source>There is no path with stops to export.</source>
            <translation>Немає шляху із зупинками для експорту.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>Не вдалося записати «%1»: %2. Виберіть теку, до якої можна писати.</translation>
        </message>
        <message>
            <source>Wrote “%1” to %2.</source>
            <translation>«%1» записано до %2.</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation>Не вдалося прочитати «%1»: %2.</translation>
        </message>
        <message>
            <source>“%1” was not imported: it is larger than a path can be (%2 MB at most).</source>
            <translation>«%1» не імпортовано: файл більший, ніж може бути шлях (щонайбільше %2 МБ).</translation>
        </message>
        <message>
            <source>You have this path already: “%1”.</source>
            <translation>Цей шлях у вас уже є: «%1».</translation>
        </message>
        <message>
            <source>Imported “%1”. The open briefing cannot show all of it (the stops are kept as written):
%2</source>
            <translation>«%1» імпортовано. Відкритий брифінг не може показати його повністю (зупинки збережено як записано):
%2</translation>
        </message>
        <message>
            <source>Imported “%1” into your paths.</source>
            <translation>«%1» імпортовано до ваших шляхів.</translation>
        </message>
        <message>
            <source>New Path</source>
            <translation>Новий шлях</translation>
        </message>
        <message>
            <source>Title of the new path:</source>
            <translation>Назва нового шляху:</translation>
        </message>
        <message>
            <source>My path</source>
            <translation>Мій шлях</translation>
        </message>
        <message>
            <source>Rename Path</source>
            <translation>Перейменувати шлях</translation>
        </message>
        <message>
            <source>New title of the path:</source>
            <translation>Нова назва шляху:</translation>
        </message>
        <message>
            <source>Delete Path</source>
            <translation>Видалити шлях</translation>
        </message>
        <message numerus="yes">
            <source>Delete your path “%1” with its %n stop(s), its speaker notes and rehearsals? This cannot be undone.</source>
            <translation>
                <numerusform>Видалити ваш шлях «%1» з його %n зупинкою, нотатками доповідача й репетиціями? Це не можна скасувати.</numerusform>
                <numerusform>Видалити ваш шлях «%1» з його %n зупинками, нотатками доповідача й репетиціями? Це не можна скасувати.</numerusform>
                <numerusform>Видалити ваш шлях «%1» з його %n зупинками, нотатками доповідача й репетиціями? Це не можна скасувати.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Видалити</translation>
        </message>
        <message>
            <source>Export Path</source>
            <translation>Експорт шляху</translation>
        </message>
        <message>
            <source>Briefing paths (*.json)</source>
            <translation>Шляхи брифінгу (*.json)</translation>
        </message>
        <message>
            <source>Import Path</source>
            <translation>Імпорт шляху</translation>
        </message>
        <message>
            <source>Briefing paths (*.json);;All files (*)</source>
            <translation>Шляхи брифінгу (*.json);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Delete the stop “%1” and its speaker notes? This cannot be undone.</source>
            <translation>Видалити зупинку «%1» разом із нотатками доповідача? Це не можна скасувати.</translation>
        </message>
    </context>
    <context>
        <name>bv::PathStopsModel</name>
        <message>
            <source>Overview</source>
            <translation>Огляд</translation>
        </message>
        <message>
            <source>Item card</source>
            <translation>Картка елемента</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Діаграма</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Часова шкала</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Сценарії поруч</translation>
        </message>
        <message>
            <source>Untitled stop</source>
            <translation>Зупинка без назви</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>budget %1</source>
            <translation>бюджет часу %1</translation>
        </message>
        <message>
            <source>with notes</source>
            <translation>з нотатками</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>нотатки</translation>
        </message>
    </context>
    <context>
        <name>bv::StopFields</name>
        <message>
            <source>P&amp;eriod:</source>
            <translation>П&amp;еріод:</translation>
        </message>
        <message>
            <source>to</source>
            <extracomment>Between the two bounds of a stop's period: "2018 to 2024"</extracomment>
            <translation>до</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>Період від</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>Період до</translation>
        </message>
        <message>
            <source>YYYY</source>
            <extracomment>A placeholder: the form of a period's bound</extracomment>
            <translation>РРРР</translation>
        </message>
        <message>
            <source>A year (2024), a quarter (2024-Q2), a month (2024-03) or a day (2024-03-15); empty: open on that side</source>
            <translation>Рік (2024), квартал (2024-Q2), місяць (2024-03) або день (2024-03-15); порожньо: відкрито з цього боку</translation>
        </message>
        <message>
            <source>&amp;Whole period</source>
            <translation>&amp;Увесь період</translation>
        </message>
        <message>
            <source>Show all of the chart's or the timeline's period</source>
            <translation>Показати весь період діаграми або хронології</translation>
        </message>
        <message>
            <source>&amp;Highlight:</source>
            <translation>&amp;Виділення:</translation>
        </message>
        <message>
            <source>Highlighted item</source>
            <translation>Виділений елемент</translation>
        </message>
        <message>
            <source>Nothing highlighted</source>
            <translation>Нічого не виділено</translation>
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation>&amp;Доріжки:</translation>
        </message>
        <message>
            <source>Lanes by</source>
            <translation>Доріжки за</translation>
        </message>
        <message>
            <source>Lanes shown</source>
            <translation>Показані доріжки</translation>
        </message>
        <message>
            <source>The lanes the stop shows; none checked: all of them</source>
            <translation>Доріжки, які показує зупинка; жодної не позначено: усі</translation>
        </message>
        <message>
            <source>&amp;Scenarios:</source>
            <translation>&amp;Сценарії:</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Сценарії поруч</translation>
        </message>
        <message>
            <source>Check two or three scenarios to show side by side</source>
            <translation>Позначте два або три сценарії, щоб показати їх поруч</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>За категоріями</translation>
        </message>
        <message>
            <source>By actor</source>
            <translation>За учасниками</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>A data point to highlight: %1 its series, %2 its label (a year, a country)</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 is not a date: write a year (2024), a quarter (2024-Q2), a month (2024-03) or a day (2024-03-15).</source>
            <translation>%1 — не дата: напишіть рік (2024), квартал (2024-Q2), місяць (2024-03) або день (2024-03-15).</translation>
        </message>
        <message>
            <source>The period ends (%1) before it starts (%2).</source>
            <translation>Період закінчується (%1) раніше, ніж починається (%2).</translation>
        </message>
        <message>
            <source>A comparison shows at most three scenarios: uncheck one before checking %1.</source>
            <translation>Порівняння показує щонайбільше три сценарії: зніміть позначку з одного, перш ніж позначити %1.</translation>
        </message>
        <message>
            <source>A comparison shows two or three scenarios: check another before unchecking %1.</source>
            <translation>Порівняння показує два або три сценарії: позначте інший, перш ніж зняти позначку з %1.</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentationKeyMap</name>
        <message>
            <source>Next stop</source>
            <translation>Наступна зупинка</translation>
        </message>
        <message>
            <source>Previous stop</source>
            <translation>Попередня зупинка</translation>
        </message>
        <message>
            <source>First stop</source>
            <translation>Перша зупинка</translation>
        </message>
        <message>
            <source>Last stop</source>
            <translation>Остання зупинка</translation>
        </message>
        <message>
            <source>Black screen</source>
            <translation>Чорний екран</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>Білий екран</translation>
        </message>
        <message>
            <source>Freeze the stage</source>
            <translation>Заморозити сцену</translation>
        </message>
        <message>
            <source>Pause the clock</source>
            <translation>Призупинити годинник</translation>
        </message>
        <message>
            <source>Swap the screens</source>
            <translation>Поміняти екрани</translation>
        </message>
        <message>
            <source>Type into Go to</source>
            <translation>Ввести в поле «Перейти»</translation>
        </message>
        <message>
            <source>Larger notes</source>
            <translation>Більші нотатки</translation>
        </message>
        <message>
            <source>Smaller notes</source>
            <translation>Менші нотатки</translation>
        </message>
        <message>
            <source>No key was pressed.</source>
            <translation>Жодної клавіші не натиснуто.</translation>
        </message>
        <message>
            <source>“%1” is several keys one after another; a show’s key is one key, with or without Ctrl, Alt or Shift.</source>
            <translation>«%1» — це кілька клавіш поспіль; клавіша показу — одна клавіша, з Ctrl, Alt чи Shift або без них.</translation>
        </message>
        <message>
            <source>Esc is kept for ending the show (pressed twice) and for emptying the Go to field.</source>
            <translation>Esc зарезервовано для завершення показу (двічі) і очищення поля «Перейти».</translation>
        </message>
        <message>
            <source>F5 and Shift+F5 do nothing during a show, so that a clicker’s “present” button cannot end or restart it.</source>
            <translation>F5 і Shift+F5 під час показу нічого не роблять, щоб кнопка «показ» пульта-клікера не могла його завершити чи перезапустити.</translation>
        </message>
        <message>
            <source>The digits are kept for going to a stop by its number.</source>
            <translation>Цифри зарезервовано для переходу до зупинки за її номером.</translation>
        </message>
        <message>
            <source>“%1” is not a key of its own.</source>
            <translation>«%1» — не окрема клавіша.</translation>
        </message>
        <message>
            <source>“%1” is already the key of “%2”, so it cannot also be a key of “%3”. Remove it from “%2” first, or choose another key.</source>
            <translation>«%1» уже є клавішею дії «%2», тож не може бути й клавішею дії «%3». Спершу приберіть її з «%2» або виберіть іншу клавішу.</translation>
        </message>
        <message>
            <source>“%1” is not a key.</source>
            <translation>«%1» — не клавіша.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: “%2” is another action’s key.</source>
            <translation>%1: «%2» — клавіша іншої дії.</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentationController</name>
        <message>
            <source>One screen: the stage and the console have no places to trade.</source>
            <translation>Один екран: сцені й пульту нема чим помінятися.</translation>
        </message>
        <message>
            <source>The stage and the console traded places.</source>
            <translation>Сцена й пульт помінялися місцями.</translation>
        </message>
        <message>
            <source>The stage and the console are back in their places.</source>
            <translation>Сцена й пульт знову на своїх місцях.</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentationKeysEditor</name>
        <message>
            <source>(no key)</source>
            <translation>(без клавіші)</translation>
        </message>
        <message>
            <source>Presentation keys</source>
            <translation>Клавіші показу</translation>
        </message>
        <message>
            <source>During a show</source>
            <translation>Під час показу</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавіші</translation>
        </message>
        <message>
            <source>The show’s actions and their keys</source>
            <translation>Дії показу та їхні клавіші</translation>
        </message>
        <message>
            <source>Keys of the chosen action</source>
            <translation>Клавіші вибраної дії</translation>
        </message>
        <message>
            <source>Press the key to add to the chosen action</source>
            <translation>Натисніть клавішу, яку слід додати до вибраної дії</translation>
        </message>
        <message>
            <source>New key for the chosen action</source>
            <translation>Нова клавіша для вибраної дії</translation>
        </message>
        <message>
            <source>&amp;Add Key</source>
            <translation>&amp;Додати клавішу</translation>
        </message>
        <message>
            <source>Re&amp;move Key</source>
            <translation>&amp;Прибрати клавішу</translation>
        </message>
        <message>
            <source>Restore &amp;Defaults</source>
            <translation>&amp;Відновити типові</translation>
        </message>
        <message>
            <source>Always, and not to be changed: Esc twice ends the show, F5 and Shift+F5 do nothing during it, and a number, or letters no action has, then Enter go to a stop.</source>
            <translation>Завжди й без змін: двічі Esc завершує показ, F5 і Shift+F5 під час нього нічого не роблять, а номер або літери, яких не має жодна дія, і потім Enter переходять до зупинки.</translation>
        </message>
    </context>
</TS>
