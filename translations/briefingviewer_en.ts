<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Briefing</name>
        <message>
            <source>Depends on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supported by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cited by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Involves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Involved in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Related to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guaranteed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guarantor of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protected by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (from)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dangling link “%1” %2 “%3”: “%4” is not an item of this briefing; the link is left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guarantee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAQ entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guarantees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenarios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAQ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ratification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likelihood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publisher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreadable date “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2, %3 linked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate id “%1”: it names two items, %2 “%3” and %4 “%5”; links to it lead to the first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not translated; shown in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The translation may be out of date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Translation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Translated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stale: the source changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing; shown in %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more; zoom in to list them</source>
            <translation>
                <numerusform>… and %n more; zoom in to list it</numerusform>
                <numerusform>… and %n more; zoom in to list them</numerusform>
            </translation>
        </message>
        <message>
            <source>Shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provisional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estimate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grouped bars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stacked bars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slope chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dot plot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Precision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BriefingDatabase</name>
        <message>
            <source>The built-in example “%1” could not be built: %2. This is a bug in Briefing Viewer; please report it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sample briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The translations could not be read (%1); the text is shown in the source language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” changed while it was being opened. Open it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening “%1” was cancelled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BriefingPath</name>
        <message>
            <source>stop %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1; %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the stop is left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an item stop names no item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the briefing has no item %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a chart stop names no chart or data series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a chart or data series of the briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not an item or data point of the briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing is highlighted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not an actor of the briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its lane is left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no event of the briefing has the category %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a scenario of the briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is left out of the comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a comparison shows at most three scenarios, and %1 is a fourth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a comparison needs two or three scenarios of the briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a date (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the period is open on that side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the period ends (%1) before it starts (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the whole span is shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the id is %1 characters long; at most %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the title is %1 characters long; at most %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has %1 stops; at most %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notes are %1 characters long; at most %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it names %1 items; at most %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the budget is %1 seconds; it must be from 1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an id or date is %1 characters long; at most %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an id or lane is %1 characters long; at most %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All of the briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BriefingReader</name>
        <message>
            <source>“%1” is locked by another program that is writing to it. Wait until it has finished (or close it), then open the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a SQLite database, but not a briefing: it was made by another program (application id %2). Open a .briefing file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was made by a newer version of Briefing Viewer (format %2); this version reads format %3. Install a newer Briefing Viewer to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” has no title row in its “briefing” table, so it is not a finished briefing. Make it again with the program that produced it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The “briefing” table has more than one row; the first is used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event “%1”: unknown date precision “%2” (expected year, month or day); its dates are read as days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event “%1”: malformed start date “%2” for precision “%3”; it is listed without a place in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event “%1”: malformed end date “%2” for precision “%3”; it is shown as a single date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event “%1”: it ends (%2) before it starts (%3); it is shown as a single date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data series “%1”: unknown kind “%2” (expected time or categories); it is shown as categories.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n data point(s) belong to the unknown series “%1” and are left out.</source>
            <translation>
                <numerusform>%n data point belongs to the unknown series “%1” and is left out.</numerusform>
                <numerusform>%n data points belong to the unknown series “%1” and are left out.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” has no valid format version (it says %2; a briefing says 1 or %3). The program that made it did not finish it; make it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is incomplete: its “%2” table has no “%3” column, which format %4 requires. The program that made it is faulty; make it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is incomplete: it has no “%2” table, which every briefing of format %3 has. The program that made it is faulty; make it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart “%1”: unknown kind “%2” (expected line, bar, grouped_bar, stacked_bar, slope or dot); it is shown as lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The “chart_series” table names the unknown chart “%1” (with series “%2”); the row is left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart “%1”: “%2” is not a data series of this briefing; it is left out of the chart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart “%1”: series “%2” is listed twice; it is shown once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart “%1” has no data series; it is listed but draws nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart “%1” mixes units: %2. Series of different units cannot share an axis; give the chart series of one unit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart “%1” mixes time series and category series; they cannot share an axis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is incomplete: it has paths, but no “%2” table (a briefing has all of %3 or none). The program that made it is faulty; make it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The briefing has more than %1 paths; only the first %1 are read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A path has an empty id or one longer than %1 characters; it is left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path “default”: that id names the default path made from the content; the briefing's path of that id is left out. Give it another id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path “%1” is listed twice; the second is left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path “%1”: its title is longer than %2 characters; it is cut.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path “%1” has no title; its id is shown instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path “%1”, stop %2: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path “%1” has more than %2 stops; only the first %2 are read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown kind “%1” (expected %2); the stop is left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its title is longer than %1 characters; it is cut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its notes are longer than %1 characters; they are cut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its budget “%1” is not a whole number of seconds from 1 to %2; it has none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item_ids is not a JSON array of names; the stop names none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it names more than %1 items; only the first %1 are read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path “%1”, %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path “%1” has no stop that can be shown; it is left out.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n stop(s) belong to the unknown path “%1” and are left out.</source>
            <translation>
                <numerusform>%n stop belongs to the unknown path “%1” and is left out.</numerusform>
                <numerusform>%n stops belong to the unknown path “%1” and are left out.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” is refused for safety: its schema calls the function %2(), which Briefing Viewer lets no file it did not make call. The file may be sound, but a briefing needs no such function; ask whoever made it for a copy written by briefing-tool.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is refused for safety: a statement of its schema is longer than %2 characters, the most Briefing Viewer reads from a file it did not make. The file may be sound, but a briefing needs no such statement; ask whoever made it for a copy written by briefing-tool.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is refused for safety: it holds a text or value larger than %2 MB, the most Briefing Viewer reads from one field of a file. The file may be sound; shorten that text (or split it) and write the briefing again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is damaged: SQLite found its pages or its schema inconsistent. Get a fresh copy of the briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be read safely. If a “-journal” file lies beside it, a program was interrupted while writing it; open the briefing once in that program, or get a fresh copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” could not be read (SQLite error %2). Check that the file is a complete briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is damaged: SQLite's check of its pages found errors. Get a fresh copy of the briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is refused for safety: its “%2” is a virtual table (made by a module's code), where a briefing has an ordinary table. A briefing written by briefing-tool never has one; ask whoever made it for such a copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the titles and notes of the briefing's paths are longer than %1 characters in all; from here on they are cut</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BriefingUpgrade</name>
        <message>
            <source>table “%1”: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is the input itself; upgrade never writes in place. Name a new file.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>point.status: “measured” for all %n point(s)</source>
            <translation>
                <numerusform>point.status: “measured” for the %n point</numerusform>
                <numerusform>point.status: “measured” for all %n points</numerusform>
            </translation>
        </message>
        <message>
            <source>point.precision of the time series, read from their labels: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n time-series point(s) whose label is not a period keep an empty precision (validate names them)</source>
            <translation>
                <numerusform>%n time-series point whose label is not a period keeps an empty precision (validate names it)</numerusform>
                <numerusform>%n time-series points whose label is not a period keep an empty precision (validate names them)</numerusform>
            </translation>
        </message>
        <message>
            <source>point.item_id and point.break_note: empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the chart and chart_series tables: empty (every series keeps a chart of its own)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a search index</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BriefingWriter</name>
        <message>
            <source>“%1” already exists; it was left as it is. Choose another name, or pass --force to replace it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a folder; name a file to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder of “%1” does not exist; create it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write “%1”: %2. Check that the folder is writable and the disk has room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write the search index into “%1”: %2. The file was left as it was. Check that it is writable and that no other program is using it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is of format %2, which has no paths; nothing was written. Write a copy in format 2 with “briefing-tool upgrade %1 OUT”, then add the path to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its id must be letters, digits, '-', '_' and '.' only, and not empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its id “default” names the default path made from the content; choose another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has no title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has no stops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was written to “%1”: the path “%2” does not fit it:
  %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was written to “%1”: it has %2 paths already, as many as a briefing can have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write “%1”: %2. The existing file was left as it was. Check that the folder is writable and the disk has room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write the path into “%1”: %2. The file was left as it was. Check that it is writable and that no other program is using it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChartFileExport</name>
        <message>
            <source>“%1” does not end in .png, .svg or .pdf: name the file to write with one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” has no charts: it holds no data series.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” has no chart or series “%2”. Its charts: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No figure of “%1” names its source, so there is nothing to draw.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeepLink</name>
        <message>
            <source>“%1” is not a briefing link: those start with briefing://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The briefing link is %1 characters long; links longer than %2 are refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The briefing link “%1” is malformed: it should be briefing://&lt;briefing id&gt;/&lt;item id&gt;, each part percent-encoded UTF-8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The briefing link “%1” names no item: “%2” is not an item id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The briefing link “%1” names no briefing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventTimeIndex</name>
        <message>
            <source>No category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No actor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Examples</name>
        <message>
            <source>Security guarantees for Ukraine (sample)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>European defence spending</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileCheck</name>
        <message>
            <source>No file name was given. Name a .briefing file to open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” does not exist. Check the file name and folder, or pick the file with File &gt; Open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a folder, not a briefing file. Open a .briefing file inside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a regular file (it is a device, pipe or socket). Open a .briefing file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is empty (0 bytes). It was probably not saved or copied completely; get the briefing again from whoever sent it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a briefing file: it is not a SQLite database. Open a .briefing file made by Briefing Viewer's briefing-tool or another program that writes this format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is in SQLite's write-ahead-log mode, which cannot be read without writing beside the file. Convert it once with: sqlite3 "%1" "PRAGMA journal_mode=DELETE"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is damaged: its SQLite header names an impossible page size (%2). Get a fresh copy of the briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is incomplete: it is only %2 bytes long, shorter than a SQLite header. It was probably cut short while downloading or copying; copy it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is incomplete: it is %2 bytes long, but its header says %3. It was probably cut short while downloading or copying; copy it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be read: permission denied. Ask the file's owner for read access, or copy it to a folder of yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be read: %2. Check the disk or the place it is on, or copy the file to a folder of yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is damaged: it is %2 bytes long, %3 more than its header says (%4): something was added after its end. Get a fresh copy of the briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is damaged: it is %2 bytes long, not a whole number of its %3-byte pages, so it was cut short or added to. Get a fresh copy of the briefing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileReplacement</name>
        <message>
            <source>permission denied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a folder is in its place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not create a temporary file beside it (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not write the new file to the disk (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not put the new file in its place (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemField</name>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subtitle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ratification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preconditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consequences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publisher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemHtml</name>
        <message>
            <source>Links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No linked items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This series has no data points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period or category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first %1 of %2 points are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The series “%1” has no point “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What relies on this figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No event, scenario, guarantee or question of this briefing relies on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Id: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a guarantee, scenario, event, data series, source or question to see all its fields here, with every item linked to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is selected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(scale: %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenario %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likelihood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreadable date “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publisher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built-in sample briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenarios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This briefing names no sources.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 more in the Sources list.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n warning(s) while opening</source>
            <translation>
                <numerusform>%n warning while opening</numerusform>
                <numerusform>%n warnings while opening</numerusform>
            </translation>
        </message>
        <message>
            <source>not translated; shown in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>translation may be out of date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break in the series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stands for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown as plain text: Markdown of more than %1 characters is not formatted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown as plain text: Markdown nested more than %1 levels deep is not formatted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown as plain text: Markdown with more than %1 emphasis, code or link marks is not formatted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the first %1 of %2 characters are shown: the viewer shows no more of one text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all (%1 characters)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Your notes are off: the folder of your library “%1” could not be created. Check that your home folder is writable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes are off: your library “%1” cannot be read (permission denied). Give yourself read and write permission on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes are off: your library “%1” could not be opened (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes are off: your library “%1” is damaged (%2). It was left as it is; you can move it aside and start a new library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes are off: “%1” is not a Briefing Viewer library. It was left as it is; move it away or start a new library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes are off: your library “%1” was made by a newer Briefing Viewer (library version %2; this one knows %3). Update Briefing Viewer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes are off: your library “%1” is read-only and must be brought up to date first. Make it writable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes are read-only: your library “%1” cannot be written. Make it writable to add or change notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes are off: your library “%1” could not be brought up to date (%2). It was left as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your library “%1” could not be moved aside; your notes stay off. Check that its folder is writable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your library is not open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save %1: the disk holding your library “%2” is full. Your notes are read-only until you free some space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save %1: your library “%2” cannot be written. Your notes are read-only until it is writable again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save %1: your library “%2” is damaged. It was left as it is; you can move it aside and start a new library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save %1 in your library “%2”: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the deletion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the reading position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path was not saved: no briefing is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path “%1” was not saved: a path's id may hold letters, digits, '-', '_' and '.' only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path was not saved: it needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path “%1” was not saved: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the deletion of the path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rehearsal was not saved: it names no briefing or path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rehearsal was not saved: it must time from 1 to %1 stops, not %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rehearsal was not saved: %1 is not a time in seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the rehearsal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last stop shown was not saved: stop %1 of path “%2” is not a stop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last stop shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No library is open to copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” exists already; it was left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your library could not be copied to “%1” (%2).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryCommands</name>
        <message>
            <source>The library file (default: %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>markdown (the default) or json.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: --format is markdown or json, not “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: “%1” has no item “%2”; no note was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved note %1 on “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: cannot read “%1”: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteExchange</name>
        <message>
            <source>Notes on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1, written on edition %2, last changed %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none stated)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n note(s) added</source>
            <translation>
                <numerusform>%n note added</numerusform>
                <numerusform>%n notes added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%n already there</numerusform>
                <numerusform>%n already there</numerusform>
            </translation>
        </message>
        <message>
            <source>The notes file is not JSON (%1 at byte %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is JSON but not Briefing Viewer notes (its "format" is not "%1").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notes were exported by a newer Briefing Viewer (notes format %1); update Briefing Viewer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your library cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note %1 of the file is incomplete (it needs an id, a briefing id, an item id and a time of change); nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartialDate</name>
        <message>
            <source>Q%1 %2</source>
            <extracomment>A quarter of a year: %1 its number (1 to 4), %2 the year</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PathCommands</name>
        <message>
            <source>lanes of actors %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lanes %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>highlight %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>budget %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1, %n stop(s)</source>
            <translation>
                <numerusform>%1, %n stop</numerusform>
                <numerusform>%1, %n stops</numerusform>
            </translation>
        </message>
        <message>
            <source>notes: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: cannot read “%1”: %2. Nothing was written to “%3”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: “%1” is larger than a path can be (%2 MB at most). Nothing was written to “%3”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: “%1” is not a path that can be added: %2. Nothing was written to “%3”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: “%1” has no 'id': a path in a briefing needs one (letters, digits, '-', '_' and '.'). Nothing was written to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: “%1” is a path for the briefing “%2”, but “%3” is “%4”. Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: the path written into “%1” does not read back as written; please report this as a bug.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Replaced the path “%1” (“%2”, %n stop(s)) in %3.</source>
            <translation>
                <numerusform>Replaced the path “%1” (“%2”, %n stop) in %3.</numerusform>
                <numerusform>Replaced the path “%1” (“%2”, %n stops) in %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added the path “%1” (“%2”, %n stop(s)) to %3.</source>
            <translation>
                <numerusform>Added the path “%1” (“%2”, %n stop) to %3.</numerusform>
                <numerusform>Added the path “%1” (“%2”, %n stops) to %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Also list your own paths from your library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library file (default: %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paths of “%1” (%2):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>made from the content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yours, in your library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has no paths of its own; “briefing-tool add-path %1 PATH.json” adds one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PathExchange</name>
        <message>
            <source>“%1” was not imported: open the briefing the path is for first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was not imported: it is larger than a path can be (%2 MB at most).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a briefing path that can be imported: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was not imported: it does not say which briefing it is for ('briefing_id'); export the path from Briefing Viewer again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was not imported: it is a path for the briefing “%2”, not for the open “%3”. Open that briefing, then import it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was not imported: the open briefing has none of the items its stops show (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was not imported: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PathJson</name>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' must be a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' must be a list of names (strings, none empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' is not a key of %2 (see docs/format.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stop %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an object with a 'kind'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'kind' must be one of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a stop of kind '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' must be a whole number of seconds from 1 to %2, or null</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' must be true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' must name two or three scenarios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' must be a date: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the JSON is not an object with a path's 'format', 'title' and 'stops'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'format' must be "%1": this is not a Briefing Viewer path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'version' must be a whole number (%1 for this format)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the path is of version %1, from a newer Briefing Viewer (this one reads version %2); update Briefing Viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'id' must be letters, digits, '-', '_' and '.' only, and not empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'stops' must be a list of at least one stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has %1 stops; at most %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not JSON (%1 at byte %2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PointCheck</name>
        <message>
            <source>The data points could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data series “%1”, point “%2”: unknown status “%3” (expected measured, provisional, estimate, projection or target); it is read as measured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data series “%1”, point “%2”: item_id “%3” is not an item of this briefing; the point is tied to nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data series “%1”, point “%2”: the label is not a period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD); the point cannot be placed in time and charts leave it out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data series “%1”, point “%2”: unknown precision “%3” (expected year, quarter, month or day); it is read from the label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data series “%1”, point “%2”: the label does not parse at its precision “%3” (expected %4); the point cannot be placed in time and charts leave it out.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more data point(s) with the same problem.</source>
            <translation>
                <numerusform>… and %n more data point with the same problem.</numerusform>
                <numerusform>… and %n more data points with the same problem.</numerusform>
            </translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: its value “%3” is not a finite number; it is shown as a gap.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SceneExport</name>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchIndexBuilder</name>
        <message>
            <source>the items could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the translations could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the briefing has no “briefing” row</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SqliteConnection</name>
        <message>
            <source>Qt's SQLite driver gave no database handle.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimeAxis</name>
        <message>
            <source>Q%1 %2</source>
            <extracomment>Quarter of a year on the time axis: %1 is 1 to 4, %2 the year</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelinePainter</name>
        <message>
            <source>This briefing has no dated events.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ToolCommands</name>
        <message numerus="yes">
            <source>expected %n argument(s) after the command; see briefing-tool --help</source>
            <translation>
                <numerusform>expected %n argument after the command; see briefing-tool --help</numerusform>
                <numerusform>expected %n arguments after the command; see briefing-tool --help</numerusform>
            </translation>
        </message>
        <message>
            <source>actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>guarantees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scenarios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>data series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAQ entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>translations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>data points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: unknown command “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: a valid briefing (format %2), “%3”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subtitle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publisher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contents:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File size: %1 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace OUT if it exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the sample briefing to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of data series.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points per series.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of FAQ entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content languages, the source included.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed of the generator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: --%1 needs a whole number from 0 to %2, not “%3”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: --seed needs a whole number, not “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote %1: %2 events, %3 series of %4 points, %5 FAQ entries, %6 language(s) in %7 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content language to search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not build a search index for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search index in %1 is damaged; searching an index built in memory instead. Run “briefing-tool index %1” to repair it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not search %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1+ results</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message>
            <source>index in the file, opened in %1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>index built in memory in %1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2 shown; search took %3 ms (%4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search index written into %1 does not work; please report this as a bug.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the search index of %1 (languages: %2) in %3 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format %1 is read with the defaults of format %2; “briefing-tool upgrade %3 OUT” writes a copy in format %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: there is no example “%1”; the examples are: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the example “%1” (%2) to %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is already format %2; wrote a copy to %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote %1 (format %2) from %3 (format %4). Added:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not copied (tables the format does not define): %1</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>also print SQLite's own words when the file is refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>details: %1</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TranslationCommands</name>
        <message>
            <source>The target language (BCP 47, e.g. uk).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The XLIFF file to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: export-translations needs --lang L and -o OUT.xlf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: “%1” is the briefing's source language; choose the language to translate into.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write “%1”: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote %1 (%2 → %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported; “%1” is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported %1 translation(s) into “%2” (%3 left untranslated). Backup: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No translations (source language: %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language  translated        missing           stale</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TranslationExchange</name>
        <message>
            <source>%1 “%2”, field: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The source text has changed since this translation was made: review it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The XLIFF file is not well-formed XML (line %1: %2). Save it again from your translation tool.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The XLIFF file names no valid target-language (“%1”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The target language “%1” is the briefing's source language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown unit id (line %1): the briefing has no such item and field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the unit appears twice (line %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stale source: the text was changed in the briefing after the export. Export again and translate the new text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty target: translate the text, or mark the unit as new.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the placeholders (%1, %2 …) differ from the source's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the Markdown links differ from the source's: keep every link target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The XLIFF file has no translated unit; nothing to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not make the backup “%1”; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the translations failed (%1); the file is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The translations were written, but the search index was not rebuilt (%1). Run: briefing-tool index FILE</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::AudienceWindow</name>
        <message>
            <source>Audience — Briefing Viewer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::ChartPanel</name>
        <message>
            <source>This briefing has no data series.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each chart shows only the figures the briefing states, with their source. Hover a point for its value, click it to see what relies on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::CurrentBriefing</name>
        <message>
            <source>Cannot open the briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening “%1”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing the content in %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot switch the content language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The content of “%1” could not be switched to %2; it is still shown in %3.

%4

Once the file can be read, choose %2 again in View &gt; Content Language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a file on this computer: Briefing Viewer opens briefing files on this computer and briefing:// links. Save the briefing on this computer and open the copy.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::DesktopActions</name>
        <message>
            <source>T&amp;heme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Te&amp;xt Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Larger Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Smaller Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Normal Text Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2 × %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder for Your Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes cannot be kept in “%1”: it is not a folder you can write in. Choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” has no library yet. Copy your notes, bookmarks and reading positions there? Otherwise a new, empty library is started in it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::DetailPane</name>
        <message>
            <source>Details of the current item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::DockLayout</name>
        <message>
            <source>Navigator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAQ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Translation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path Editor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::FaqListView</name>
        <message>
            <source>Linked:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::FaqPanel</name>
        <message>
            <source>&amp;Questions about this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only the questions linked to the current item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frequently asked questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an item to see the questions about it; all questions are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No question is linked to “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n question(s) about “%1”.</source>
            <translation>
                <numerusform>%n question about “%1”.</numerusform>
                <numerusform>%n questions about “%1”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bv::ItemListView</name>
        <message>
            <source>Filter: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter the list: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::LibraryActions</name>
        <message>
            <source>Copied %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bookmark This Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a &amp;Note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy &amp;Link to This Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;Notes and Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export Notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import Notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” has no item “%2”; it may have been removed in this edition.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link needs the briefing “%1” (id %2), which is not where it was last opened from nor among your recent files. Open its file once (File &gt; Open), then follow the link again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link needs the briefing with id “%1”, which you have not opened here yet. Open its file (File &gt; Open), then follow the link again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown (*.md);;JSON, to import elsewhere (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes written to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting a new library keeps the damaged one beside it, renamed with today's date, so nothing in it is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a New Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep Notes Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new library was started; the damaged one was kept beside it, renamed with today's date.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::MainWindow</name>
        <message>
            <source>%1 — Briefing Viewer</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 · %n warning(s), listed in the overview</source>
            <translation>
                <numerusform>%1 · %n warning, listed in the overview</numerusform>
                <numerusform>%1 · %n warnings, listed in the overview</numerusform>
            </translation>
        </message>
        <message>
            <source>Briefing Viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Content Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · content in %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::NavigatorView</name>
        <message>
            <source>Sections of the briefing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::NoteEditor</name>
        <message>
            <source>The note is longer than 1 MB; it is not saved until it is shorter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your note on “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a note on this item, in Markdown. It is kept in your library, never in the briefing file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item has changed since the note was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written on edition %1; this item has changed since.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed in “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the note was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edition %1, when the note was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edition %1, now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My note still holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved beside a note written elsewhere meanwhile (another window or briefing-tool); both are in the Notes panel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not deleted: the note was changed elsewhere meanwhile (another window or briefing-tool); it is shown again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your note on the current item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of your note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::NotesListModel</name>
        <message>
            <source>[item changed since]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[item no longer in this briefing]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note on %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::NotesPanel</name>
        <message>
            <source>Filter your notes and bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All briefings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the notes of every briefing in your library, not only of the open one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes and bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes or bookmarks yet: Ctrl+Shift+N writes a note on the current item, Ctrl+D bookmarks it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write “%1”: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::OverviewPage</name>
        <message>
            <source>Briefing overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No briefing is open. Use File &gt; Open to choose one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::PanelCycler</name>
        <message>
            <source>Next &amp;Panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the keyboard to the next panel (F6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre&amp;vious Panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the keyboard to the previous panel (Shift+F6)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::PresentActions</name>
        <message>
            <source>&amp;Presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the chosen path to an audience from its first stop (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present from &amp;Current Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rehearse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present the path from its start and keep the time spent on each stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage and Console as &amp;Windows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the stage and the console as ordinary windows, for sharing one in a call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last time this path was left at stop %1, “%2”. Resume there?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume at Stop %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;mpare Rehearsals…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chosen path's rehearsals side by side: each stop's time against its budget</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::PresenterConsole</name>
        <message>
            <source>Time since the show started, against the sum of the stops' budgets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the clock; it stays stopped while you move between stops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A−</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this stop:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to: a number or part of a title, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Esc again to end the show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presenter Console — Briefing Viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: the end of the path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Black screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>White screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frozen: the audience sees stop %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rehearsing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last rehearsal: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stop matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter goes to %1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last rehearsal: %1, before: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::RehearsalTableModel</name>
        <message>
            <source>Untitled stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No budget</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n stop(s) without a budget</source>
            <translation>
                <numerusform>%n stop without a budget</numerusform>
                <numerusform>%n stops without a budget</numerusform>
            </translation>
        </message>
        <message>
            <source>Median: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not timed in any rehearsal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not timed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 longer than the rehearsal before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 shorter than the rehearsal before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As long as the rehearsal before</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n stop(s) not timed</source>
            <translation>
                <numerusform>%n stop not timed</numerusform>
                <numerusform>%n stops not timed</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 over the budget of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Within the budget of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path's stops together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time you mean to spend on each stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The middle time of the %n rehearsal(s) kept: half took longer, half less</source>
            <translation>
                <numerusform>The time of the %n rehearsal kept</numerusform>
                <numerusform>The middle time of the %n rehearsals kept: half took longer, half less</numerusform>
            </translation>
        </message>
        <message>
            <source>Rehearsed %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest rehearsal</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Rehearsed when the path had %n stop(s); the times are shown by the stops' places now</source>
            <translation>
                <numerusform>Rehearsed when the path had %n stop; the times are shown by the stops' places now</numerusform>
                <numerusform>Rehearsed when the path had %n stops; the times are shown by the stops' places now</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bv::RehearsalsDialog</name>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rehearsals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rehearsals of “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This path has not been rehearsed yet. Presentation &gt; Rehearse times each of its stops.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n rehearsal(s); the library keeps the newest %1.</source>
            <translation>
                <numerusform>%n rehearsal; the library keeps the newest %1.</numerusform>
                <numerusform>%n rehearsals; the library keeps the newest %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The newest took %1 in all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is %1 longer than the rehearsal before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is %1 shorter than the rehearsal before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is as long as the rehearsal before.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>It went over the budget on %n stop(s).</source>
            <translation>
                <numerusform>It went over the budget on %n stop.</numerusform>
                <numerusform>It went over the budget on %n stops.</numerusform>
            </translation>
        </message>
        <message>
            <source>It kept within the budget on every stop that has one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare Rehearsals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rehearsals by stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each time is followed by its change from the rehearsal before it, in the column to its right (+ longer, − shorter). Green: within the stop's budget; red: over it. —: not timed, or no budget. Median: the middle time of the rehearsals kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::SafeTextDocument</name>
        <message>
            <source>[image]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[image: %1]</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::SearchField</name>
        <message>
            <source>Search the briefing (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the search results</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::SearchPanel</name>
        <message>
            <source>No briefing is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the search index…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type in the search field (Ctrl+F) to search the whole briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing matches “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than %1 results; the best are shown. Add a word to narrow the search.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message>
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search is unavailable: the briefing could not be read again to index it. Open it again, or ship an index in it with: briefing-tool index FILE</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::SearchResultsModel</name>
        <message>
            <source>My notes (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::SeriesChart</name>
        <message>
            <source>no value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n point(s) without a source are not shown.</source>
            <translation>
                <numerusform>%n point without a source is not shown.</numerusform>
                <numerusform>%n points without a source are not shown.</numerusform>
            </translation>
        </message>
        <message>
            <source>No figure of this series names its source, so none is shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the figures…</source>
            <translation>Reading the figures…</translation>
        </message>
        <message>
            <source>This series has no values in this briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These series have no values in this briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the figures as a table beside the chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy every point, with unit and source, as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart of %1. Source: %2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Line chart of %n point(s) from %1 to %2. Source: %3.</source>
            <translation>
                <numerusform>Line chart of %n point from %1 to %2. Source: %3.</numerusform>
                <numerusform>Line chart of %n points from %1 to %2. Source: %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Bar chart of %n categorie(s). Source: %1. The table beside it lists the values.</source>
            <translation>
                <numerusform>Bar chart of %n category. Source: %1. The table beside it lists the values.</numerusform>
                <numerusform>Bar chart of %n categories. Source: %1. The table beside it lists the values.</numerusform>
            </translation>
        </message>
        <message>
            <source>Figures of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — edition %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This series has no figure with a source; nothing to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort by value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the largest value first, or the categories in the briefing's order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Has your note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break in the series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event in the briefing's timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the chart's own period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the series' own period</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of %n series: %2. Source: %3. The table beside it lists the values.</source>
            <translation>
                <numerusform>%1 of %n series: %2. Source: %3. The table beside it lists the values.</numerusform>
                <numerusform>%1 of %n series: %2. Source: %3. The table beside it lists the values.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No points between %1 and %2 (the period the timeline shows).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break in the series: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
Source: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
%2
Source: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current point: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare with…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add another series of the same unit to this chart for the moment; the file is not changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::SettingsDialog</name>
        <message>
            <source>Folder for Your Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No briefing is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic (a screen other than the window’s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (not connected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Content language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presentation scr&amp;een:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presentation &amp;look:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes are kept in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Recent files listed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector (high contrast, larger text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of the briefing's own text, where it is translated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder of your notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes, bookmarks and reading positions are kept in the file library.sqlite in this folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep your notes in another folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the folder in the file manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a folder without a library you are asked whether to copy yours there; the library you leave stays where it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many files File &gt; Open Recent lists (0: none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent files listed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::ShortcutsDialog</name>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search actions and keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shortcut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions and their shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>During a show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to a stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A number or part of a title, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc, Esc</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::TimelineOverview</name>
        <message>
            <source>Overview of the whole timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag the window to move through time; drag its edges to zoom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole range</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::TimelinePanel</name>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — edition %2 — %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline of events exported from Briefing Viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every event (Ctrl+0 in the timeline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ync time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The timeline and the time-axis charts show the same period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the visible timeline as PNG or SVG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events visible on the timeline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n events here; click or zoom in to see them</source>
            <translation>
                <numerusform>%n event here; click or zoom in to see it</numerusform>
                <numerusform>%n events here; click or zoom in to see them</numerusform>
            </translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No event chosen. Ctrl+Left and Ctrl+Right move from event to event, Enter selects it; + and - zoom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event %1 of %2: %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::TranslatorPanel</name>
        <message>
            <source>All text fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown in a fallback language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Translated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show text fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source texts and their translations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a content language (View &gt; Content Language) to see its translations here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 translated, %3 missing (%4 shown in a fallback language), %5 stale.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a briefing file (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Examples</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Sample Briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear Menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the previous item (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forward to the next item (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the briefing's overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Briefing Viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefings (*.briefing);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Briefing Viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Briefing Viewer %1&lt;/h3&gt;&lt;p&gt;Reads policy briefings (format %2) offline, as linked views.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Make the item with this id current at start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows a policy briefing (.briefing file) as linked views. Without a file, it opens the built-in sample briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefing Viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-viewer: give one file at most.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The program's language: en, uk, de, fr or ar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the briefing's content in this language where it is translated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-viewer: unknown language “%1”; use en, uk, de, fr or ar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the briefing for this text at start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The briefing file to open, or a briefing://BRIEFING-ID/ITEM-ID link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the chart (or series) with this id to the file given with -o, and quit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file --export-chart writes: .png, .svg or .pdf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The size of the exported chart in pixels, e.g. 1200x800 (or 1200 for the height it needs).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--export-chart needs the file to write: add -o OUT.png, -o OUT.svg or -o OUT.pdf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” does not end in .png, .svg or .pdf: name the file to write with one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1200x800 (200 to 10000 wide, 150 or more high), or a width alone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give one file at most.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the chart “%1” to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start presenting the briefing's chosen path once it is open.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PathExport</name>
        <message>
            <source>Speaker notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These notes are cut here: they follow in full on the next page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker notes of stop %1, page %2 of %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” does not end in .pdf or .png: name the file to write with one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path “%1” has no stops: there is nothing to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A stage of %1×%2 pixels cannot be exported: choose from 320×180 to 7680×4320.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker notes go into a PDF only: export the path as .pdf, or leave the notes out of the PNG files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the PDF writer refused the page</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PathExportCommand</name>
        <message>
            <source>Also look for the path among your own paths of this briefing, in your library (briefing-tool paths FILE --user lists them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library file to look in (default: %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path to export: the id of one of the briefing's paths, or 'default' (default: its first path, else the default path).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The speaker notes in a PDF: none, below (each stop's under it) or page (a page of their own after the stop).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stage's size in pixels (default 1920x1080).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>normal, or projector for high contrast.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file to write: OUT.pdf, or OUT-%n.png (%n: the stop's number).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: --notes takes none, below or page, not %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: --look takes normal or projector, not %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: --size takes WIDTHxHEIGHT in pixels, from 320x180 to 7680x4320 (e.g. 1920x1080), not %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: export-path needs the file to write: add -o OUT.pdf or -o OUT-%n.png.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: %1 does not end in .pdf or .png: name the file to write with one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing-tool: %1 has no path %2. Its paths: %3 (see briefing-tool paths %4).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote the path %1 (%n stop(s)) to %2.</source>
            <translation>
                <numerusform>Wrote the path %1 (%n stop) to %2.</numerusform>
                <numerusform>Wrote the path %1 (%n stops) to %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote the path %1 as %n PNG file(s): %2.</source>
            <translation>
                <numerusform>Wrote the path %1 as %n PNG file: %2.</numerusform>
                <numerusform>Wrote the path %1 as %n PNG files: %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageCard</name>
        <message>
            <source>This stop shows “%1”, which the briefing no longer has. Go on to the next stop, or edit the path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edition %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break in the series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenario %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guarantors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beneficiary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (scale: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likelihood</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::PathExportActions</name>
        <message>
            <source>Export &amp;Path…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the chosen briefing path as a PDF or as PNG pictures, a stop each</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images, a file a stop (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::PathExportDialog</name>
        <message>
            <source>Export Path</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>“%1”, %n stop(s), each as the stage shows it.</source>
            <translation>
                <numerusform>“%1”, %n stop, each as the stage shows it.</numerusform>
                <numerusform>“%1”, %n stops, each as the stage shows it.</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF, a page a stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG, a picture a stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Below each stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On a page of their own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector (high contrast)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::StageText</name>
        <message>
            <source>%1:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::StageView</name>
        <message>
            <source>No briefing is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChartComparison</name>
        <message>
            <source>A stacked chart adds its series up: another series would change its totals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No other time series in “%1”: only a series of the same unit can share this chart's axis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No other category series in “%1”: only a series of the same unit can share this chart's axis.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n series in other units are not offered.</source>
            <translation>
                <numerusform>%n series in another unit is not offered.</numerusform>
                <numerusform>%n series in other units are not offered.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (added for comparison)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Added for comparison, not part of this chart in the briefing: %1.</source>
            <translation>
                <numerusform>Added for comparison, not part of this chart in the briefing: %1.</numerusform>
                <numerusform>Added for comparison, not part of this chart in the briefing: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Compare with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove comparison: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove every comparison</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::BudgetSpinBox</name>
        <message>
            <source>No budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time to spend on this stop, as minutes:seconds (2:30); 0 for none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::PathActions</name>
        <message>
            <source>&amp;Presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add This View as a Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add what is on screen (the chart or timeline you are in, the current item, the overview) to your path after its current stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Current Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the current stop from your path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path &amp;Editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the path editor: the stops of the chosen path, their notes and budgets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline, %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add This View as a Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing on screen that a stop can show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” has %2 stops, as many as a path can have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added “%1” to “%2” as stop %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the stop “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the stop “%1” and its speaker notes? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;Scenarios Side by Side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a stop that compares two or three scenarios (the current one and the next; check others in the path editor)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Scenarios Side by Side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The briefing has fewer than two scenarios to compare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::PathEditor</name>
        <message>
            <source>Default path (made from the contents)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The overview, each guarantee, scenario and chart, and the FAQ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (the briefing's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written into the briefing by its author: shown, not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own path, kept in your library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The changes to “%1” were not saved: another briefing was opened meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved in your library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default path is made from the briefing's contents and cannot be changed. Duplicate it to make a path of your own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This path was written into the briefing by its author; the briefing file is never changed. Duplicate it to edit a copy of your own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Path:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path to present and edit: the briefing's default path, its author's paths, or your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path commands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New, duplicate, rename, delete, export or import a path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Path…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the chosen path into a path of your own, which you can change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the chosen path to a small JSON file for a colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a path from a JSON file to your own paths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the chosen stop from the path (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Stop Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the chosen stop one place earlier (Alt+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Stop Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the chosen stop one place later (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate to Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag a stop, or press Alt+Up or Alt+Down, to change the order; F2 renames it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker &amp;notes (Markdown):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to say at this stop. **Bold**, *italic* and lists are shown on the console.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path Editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path was not made: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is one of your paths now. Add stops with Presentation &gt; Add This View as a Stop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (my copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path was not duplicated: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is your own copy: change it as you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path was not renamed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renamed “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path was not deleted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no path with stops to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote “%1” to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was not imported: it is larger than a path can be (%2 MB at most).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have this path already: “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported “%1”. The open briefing cannot show all of it (the stops are kept as written):
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported “%1” into your paths.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title of the new path:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New title of the path:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Path</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete your path “%1” with its %n stop(s), its speaker notes and rehearsals? This cannot be undone.</source>
            <translation>
                <numerusform>Delete your path “%1” with its %n stop, its speaker notes and rehearsals? This cannot be undone.</numerusform>
                <numerusform>Delete your path “%1” with its %n stops, its speaker notes and rehearsals? This cannot be undone.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefing paths (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefing paths (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the stop “%1” and its speaker notes? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::PathStopsModel</name>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>budget %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::StopFields</name>
        <message>
            <source>P&amp;eriod:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <extracomment>Between the two bounds of a stop's period: "2018 to 2024"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY</source>
            <extracomment>A placeholder: the form of a period's bound</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A year (2024), a quarter (2024-Q2), a month (2024-03) or a day (2024-03-15); empty: open on that side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Whole period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all of the chart's or the timeline's period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Highlight:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlighted item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing highlighted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lanes by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lanes shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lanes the stop shows; none checked: all of them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Scenarios:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check two or three scenarios to show side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>A data point to highlight: %1 its series, %2 its label (a year, a country)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a date: write a year (2024), a quarter (2024-Q2), a month (2024-03) or a day (2024-03-15).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period ends (%1) before it starts (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A comparison shows at most three scenarios: uncheck one before checking %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A comparison shows two or three scenarios: check another before unchecking %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::PresentationKeyMap</name>
        <message>
            <source>Next stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Black screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>White screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Freeze the stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause the clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swap the screens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type into Go to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No key was pressed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is several keys one after another; a show’s key is one key, with or without Ctrl, Alt or Shift.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc is kept for ending the show (pressed twice) and for emptying the Go to field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F5 and Shift+F5 do nothing during a show, so that a clicker’s “present” button cannot end or restart it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The digits are kept for going to a stop by its number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a key of its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is already the key of “%2”, so it cannot also be a key of “%3”. Remove it from “%2” first, or choose another key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: “%2” is another action’s key.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::PresentationController</name>
        <message>
            <source>One screen: the stage and the console have no places to trade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stage and the console traded places.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stage and the console are back in their places.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bv::PresentationKeysEditor</name>
        <message>
            <source>(no key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presentation keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>During a show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The show’s actions and their keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys of the chosen action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press the key to add to the chosen action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New key for the chosen action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore &amp;Defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always, and not to be changed: Esc twice ends the show, F5 and Shift+F5 do nothing during it, and a number, or letters no action has, then Enter go to a stop.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
