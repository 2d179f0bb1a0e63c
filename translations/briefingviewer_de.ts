<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Briefing</name>
        <message>
            <source>Depends on</source>
            <translation>Hängt ab von</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Benötigt von</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Beantwortet durch</translation>
        </message>
        <message>
            <source>Evidence for</source>
            <translation>Beleg für</translation>
        </message>
        <message>
            <source>Supported by</source>
            <translation>Gestützt durch</translation>
        </message>
        <message>
            <source>Cites</source>
            <translation>Zitiert</translation>
        </message>
        <message>
            <source>Cited by</source>
            <translation>Zitiert von</translation>
        </message>
        <message>
            <source>Involves</source>
            <translation>Mit Beteiligung von</translation>
        </message>
        <message>
            <source>Involved in</source>
            <translation>Beteiligt an</translation>
        </message>
        <message>
            <source>Related to</source>
            <translation>Im Zusammenhang mit</translation>
        </message>
        <message>
            <source>Guaranteed by</source>
            <translation>Garantiert durch</translation>
        </message>
        <message>
            <source>Guarantor of</source>
            <translation>Garant für</translation>
        </message>
        <message>
            <source>Protects</source>
            <translation>Schützt</translation>
        </message>
        <message>
            <source>Protected by</source>
            <translation>Geschützt durch</translation>
        </message>
        <message>
            <source>%1 (from)</source>
            <translation>%1 (eingehend)</translation>
        </message>
        <message>
            <source>Dangling link “%1” %2 “%3”: “%4” is not an item of this briefing; the link is left out.</source>
            <translation>Verwaiste Verknüpfung „%1“ %2 „%3“: „%4“ ist kein Element dieses Briefings; die Verknüpfung wird ausgelassen.</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>Briefing</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Akteur</translation>
        </message>
        <message>
            <source>Guarantee</source>
            <translation>Garantie</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Data series</source>
            <translation>Datenreihe</translation>
        </message>
        <message>
            <source>FAQ entry</source>
            <translation>FAQ-Eintrag</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>Guarantees</source>
            <translation>Garantien</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Szenarien</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>FAQ</source>
            <translation>FAQ</translation>
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
            <translation>Titel</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>Ratifizierung</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Wahrscheinlichkeit</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Herausgeber</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>unreadable date “%1”</source>
            <translation>unlesbares Datum „%1“</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Nicht angegeben</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>kein Wert</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Value (%1)</source>
            <translation>Wert (%1)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (%2, %3 linked)</source>
            <translation>%1 (%2, %3 verknüpft)</translation>
        </message>
        <message>
            <source>Duplicate id “%1”: it names two items, %2 “%3” and %4 “%5”; links to it lead to the first.</source>
            <translation>Doppelte ID „%1“: Sie bezeichnet zwei Elemente, %2 „%3“ und %4 „%5“; Verknüpfungen dorthin führen zum ersten.</translation>
        </message>
        <message>
            <source>Not translated; shown in %1</source>
            <translation>Nicht übersetzt; angezeigt auf %1</translation>
        </message>
        <message>
            <source>The translation may be out of date</source>
            <translation>Die Übersetzung ist möglicherweise veraltet</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Ausgangstext</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Übersetzung</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Translated</source>
            <translation>Übersetzt</translation>
        </message>
        <message>
            <source>Stale: the source changed</source>
            <translation>Veraltet: Der Ausgangstext wurde geändert</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Fehlt</translation>
        </message>
        <message>
            <source>Missing; shown in %1</source>
            <translation>Fehlt; angezeigt auf %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more; zoom in to list them</source>
            <translation>
                <numerusform>… und %n weiteres; vergrößern Sie, um es aufzulisten</numerusform>
                <numerusform>… und %n weitere; vergrößern Sie, um sie aufzulisten</numerusform>
            </translation>
        </message>
        <message>
            <source>Shows</source>
            <translation>Zeigt</translation>
        </message>
        <message>
            <source>Shown on</source>
            <translation>Gezeigt in</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Gemessen</translation>
        </message>
        <message>
            <source>Provisional</source>
            <translation>Vorläufig</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Schätzung</translation>
        </message>
        <message>
            <source>Projection</source>
            <translation>Projektion</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Linien</translation>
        </message>
        <message>
            <source>Bars</source>
            <translation>Balken</translation>
        </message>
        <message>
            <source>Grouped bars</source>
            <translation>Gruppierte Balken</translation>
        </message>
        <message>
            <source>Stacked bars</source>
            <translation>Gestapelte Balken</translation>
        </message>
        <message>
            <source>Slope chart</source>
            <translation>Steigungsdiagramm</translation>
        </message>
        <message>
            <source>Dot plot</source>
            <translation>Punktdiagramm</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Reihen</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quartal</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Bruch</translation>
        </message>
    </context>
    <context>
        <name>BriefingDatabase</name>
        <message>
            <source>The built-in example “%1” could not be built: %2. This is a bug in Briefing Viewer; please report it.</source>
            <translation>Das eingebaute Beispiel „%1“ konnte nicht erstellt werden: %2. Dies ist ein Fehler in Briefing Viewer; bitte melden Sie ihn.</translation>
        </message>
        <message>
            <source>sample briefing</source>
            <translation>Beispiel-Briefing</translation>
        </message>
        <message>
            <source>Sample briefing</source>
            <translation>Beispiel-Briefing</translation>
        </message>
        <message>
            <source>The translations could not be read (%1); the text is shown in the source language.</source>
            <translation>Die Übersetzungen konnten nicht gelesen werden (%1); der Text wird in der Ausgangssprache angezeigt.</translation>
        </message>
        <message>
            <source>“%1” changed while it was being opened. Open it again.</source>
            <translation>„%1“ wurde während des Öffnens geändert. Öffnen Sie die Datei erneut.</translation>
        </message>
        <message>
            <source>Opening “%1” was cancelled.</source>
            <translation>Das Öffnen von „%1“ wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>BriefingPath</name>
        <message>
            <source>stop %1: %2</source>
            <translation>Station %1: %2</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1; %2</translation>
        </message>
        <message>
            <source>the stop is left out</source>
            <translation>die Station wird ausgelassen</translation>
        </message>
        <message>
            <source>an item stop names no item</source>
            <translation>eine Elementstation nennt kein Element</translation>
        </message>
        <message>
            <source>the briefing has no item %1</source>
            <translation>das Briefing hat kein Element %1</translation>
        </message>
        <message>
            <source>a chart stop names no chart or data series</source>
            <translation>eine Diagrammstation nennt weder ein Diagramm noch eine Datenreihe</translation>
        </message>
        <message>
            <source>%1 is not a chart or data series of the briefing</source>
            <translation>%1 ist weder ein Diagramm noch eine Datenreihe des Briefings</translation>
        </message>
        <message>
            <source>%1 is not an item or data point of the briefing</source>
            <translation>%1 ist weder ein Element noch ein Datenpunkt des Briefings</translation>
        </message>
        <message>
            <source>nothing is highlighted</source>
            <translation>nichts wird hervorgehoben</translation>
        </message>
        <message>
            <source>%1 is not an actor of the briefing</source>
            <translation>%1 ist kein Akteur des Briefings</translation>
        </message>
        <message>
            <source>its lane is left out</source>
            <translation>seine Spur wird ausgelassen</translation>
        </message>
        <message>
            <source>no event of the briefing has the category %1</source>
            <translation>kein Ereignis des Briefings hat die Kategorie %1</translation>
        </message>
        <message>
            <source>%1 is not a scenario of the briefing</source>
            <translation>%1 ist kein Szenario des Briefings</translation>
        </message>
        <message>
            <source>it is left out of the comparison</source>
            <translation>es wird im Vergleich ausgelassen</translation>
        </message>
        <message>
            <source>a comparison shows at most three scenarios, and %1 is a fourth</source>
            <translation>ein Vergleich zeigt höchstens drei Szenarien, und %1 wäre das vierte</translation>
        </message>
        <message>
            <source>it is left out</source>
            <translation>es wird ausgelassen</translation>
        </message>
        <message>
            <source>a comparison needs two or three scenarios of the briefing</source>
            <translation>ein Vergleich braucht zwei oder drei Szenarien des Briefings</translation>
        </message>
        <message>
            <source>%1 is not a date (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)</source>
            <translation>%1 ist kein Datum (YYYY, YYYY-Qn, YYYY-MM oder YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>the period is open on that side</source>
            <translation>der Zeitraum bleibt auf dieser Seite offen</translation>
        </message>
        <message>
            <source>the period ends (%1) before it starts (%2)</source>
            <translation>der Zeitraum endet (%1), bevor er beginnt (%2)</translation>
        </message>
        <message>
            <source>the whole span is shown</source>
            <translation>der ganze Zeitraum wird gezeigt</translation>
        </message>
        <message>
            <source>the id is %1 characters long; at most %2</source>
            <translation>die ID ist %1 Zeichen lang; höchstens %2</translation>
        </message>
        <message>
            <source>the title is %1 characters long; at most %2</source>
            <translation>der Titel ist %1 Zeichen lang; höchstens %2</translation>
        </message>
        <message>
            <source>it has %1 stops; at most %2</source>
            <translation>er hat %1 Stationen; höchstens %2</translation>
        </message>
        <message>
            <source>the notes are %1 characters long; at most %2</source>
            <translation>die Notizen sind %1 Zeichen lang; höchstens %2</translation>
        </message>
        <message>
            <source>it names %1 items; at most %2</source>
            <translation>sie nennt %1 Elemente; höchstens %2</translation>
        </message>
        <message>
            <source>the budget is %1 seconds; it must be from 1 to %2</source>
            <translation>die Zeitvorgabe ist %1 Sekunden; sie muss zwischen 1 und %2 liegen</translation>
        </message>
        <message>
            <source>an id or date is %1 characters long; at most %2</source>
            <translation>eine ID oder ein Datum ist %1 Zeichen lang; höchstens %2</translation>
        </message>
        <message>
            <source>an id or lane is %1 characters long; at most %2</source>
            <translation>eine ID oder Spur ist %1 Zeichen lang; höchstens %2</translation>
        </message>
        <message>
            <source>All of the briefing</source>
            <translation>Das ganze Briefing</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
    </context>
    <context>
        <name>BriefingReader</name>
        <message>
            <source>“%1” is locked by another program that is writing to it. Wait until it has finished (or close it), then open the file again.</source>
            <translation>„%1“ ist von einem anderen Programm gesperrt, das gerade in die Datei schreibt. Warten Sie, bis es fertig ist (oder schließen Sie es), und öffnen Sie die Datei dann erneut.</translation>
        </message>
        <message>
            <source>“%1” is a SQLite database, but not a briefing: it was made by another program (application id %2). Open a .briefing file.</source>
            <translation>„%1“ ist eine SQLite-Datenbank, aber kein Briefing: Ein anderes Programm hat sie erstellt (Anwendungs-ID %2). Öffnen Sie eine .briefing-Datei.</translation>
        </message>
        <message>
            <source>“%1” was made by a newer version of Briefing Viewer (format %2); this version reads format %3. Install a newer Briefing Viewer to open it.</source>
            <translation>„%1“ wurde von einer neueren Version von Briefing Viewer erstellt (Format %2); diese Version liest Format %3. Installieren Sie einen neueren Briefing Viewer, um die Datei zu öffnen.</translation>
        </message>
        <message>
            <source>“%1” has no title row in its “briefing” table, so it is not a finished briefing. Make it again with the program that produced it.</source>
            <translation>„%1“ hat in der Tabelle „briefing“ keine Titelzeile und ist daher kein fertiges Briefing. Erstellen Sie die Datei mit dem Programm neu, das sie erzeugt hat.</translation>
        </message>
        <message>
            <source>The “briefing” table has more than one row; the first is used.</source>
            <translation>Die Tabelle „briefing“ hat mehr als eine Zeile; die erste wird verwendet.</translation>
        </message>
        <message>
            <source>Event “%1”: unknown date precision “%2” (expected year, month or day); its dates are read as days.</source>
            <translation>Ereignis „%1“: Unbekannte Datumsgenauigkeit „%2“ (erwartet: year, month oder day); seine Datumsangaben werden als Tage gelesen.</translation>
        </message>
        <message>
            <source>Event “%1”: malformed start date “%2” for precision “%3”; it is listed without a place in time.</source>
            <translation>Ereignis „%1“: Fehlerhaftes Anfangsdatum „%2“ für Genauigkeit „%3“; es wird ohne zeitliche Einordnung aufgeführt.</translation>
        </message>
        <message>
            <source>Event “%1”: malformed end date “%2” for precision “%3”; it is shown as a single date.</source>
            <translation>Ereignis „%1“: Fehlerhaftes Enddatum „%2“ für Genauigkeit „%3“; es wird als einzelnes Datum angezeigt.</translation>
        </message>
        <message>
            <source>Event “%1”: it ends (%2) before it starts (%3); it is shown as a single date.</source>
            <translation>Ereignis „%1“: Es endet (%2), bevor es beginnt (%3); es wird als einzelnes Datum angezeigt.</translation>
        </message>
        <message>
            <source>Data series “%1”: unknown kind “%2” (expected time or categories); it is shown as categories.</source>
            <translation>Datenreihe „%1“: Unbekannte Art „%2“ (erwartet: time oder categories); sie wird als Kategorien angezeigt.</translation>
        </message>
        <message numerus="yes">
            <source>%n data point(s) belong to the unknown series “%1” and are left out.</source>
            <translation>
                <numerusform>%n Datenpunkt gehört zur unbekannten Datenreihe „%1“ und wird ausgelassen.</numerusform>
                <numerusform>%n Datenpunkte gehören zur unbekannten Datenreihe „%1“ und werden ausgelassen.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” has no valid format version (it says %2; a briefing says 1 or %3). The program that made it did not finish it; make it again.</source>
            <translation>„%1“ hat keine gültige Formatversion (angegeben ist %2; ein Briefing gibt 1 oder %3 an). Das Programm, das sie erstellt hat, wurde nicht fertig; erstellen Sie sie erneut.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: its “%2” table has no “%3” column, which format %4 requires. The program that made it is faulty; make it again.</source>
            <translation>„%1“ ist unvollständig: Seine Tabelle „%2“ hat keine Spalte „%3“, die Format %4 verlangt. Das Programm, das sie erstellt hat, ist fehlerhaft; erstellen Sie sie erneut.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it has no “%2” table, which every briefing of format %3 has. The program that made it is faulty; make it again.</source>
            <translation>„%1“ ist unvollständig: Es hat keine Tabelle „%2“, die jedes Briefing des Formats %3 hat. Das Programm, das sie erstellt hat, ist fehlerhaft; erstellen Sie sie erneut.</translation>
        </message>
        <message>
            <source>Chart “%1”: unknown kind “%2” (expected line, bar, grouped_bar, stacked_bar, slope or dot); it is shown as lines.</source>
            <translation>Diagramm „%1“: unbekannte Art „%2“ (erwartet: line, bar, grouped_bar, stacked_bar, slope oder dot); es wird als Linien gezeigt.</translation>
        </message>
        <message>
            <source>The “chart_series” table names the unknown chart “%1” (with series “%2”); the row is left out.</source>
            <translation>Die Tabelle „chart_series“ nennt das unbekannte Diagramm „%1“ (mit der Reihe „%2“); die Zeile wird ausgelassen.</translation>
        </message>
        <message>
            <source>Chart “%1”: “%2” is not a data series of this briefing; it is left out of the chart.</source>
            <translation>Diagramm „%1“: „%2“ ist keine Datenreihe dieses Briefings; sie wird im Diagramm ausgelassen.</translation>
        </message>
        <message>
            <source>Chart “%1”: series “%2” is listed twice; it is shown once.</source>
            <translation>Diagramm „%1“: Die Reihe „%2“ ist zweimal aufgeführt; sie wird einmal gezeigt.</translation>
        </message>
        <message>
            <source>Chart “%1” has no data series; it is listed but draws nothing.</source>
            <translation>Diagramm „%1“ hat keine Datenreihen; es wird aufgeführt, zeichnet aber nichts.</translation>
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation>„%1“ (%2)</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>keine Einheit</translation>
        </message>
        <message>
            <source>Chart “%1” mixes units: %2. Series of different units cannot share an axis; give the chart series of one unit.</source>
            <translation>Diagramm „%1“ mischt Einheiten: %2. Reihen verschiedener Einheiten können keine Achse teilen; geben Sie dem Diagramm Reihen einer Einheit.</translation>
        </message>
        <message>
            <source>Chart “%1” mixes time series and category series; they cannot share an axis.</source>
            <translation>Diagramm „%1“ mischt Zeitreihen und Kategorienreihen; sie können keine Achse teilen.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it has paths, but no “%2” table (a briefing has all of %3 or none). The program that made it is faulty; make it again.</source>
            <translation>„%1“ ist unvollständig: Es hat Pfade, aber keine Tabelle „%2“ (ein Briefing hat alle Tabellen %3 oder keine). Das Programm, das es erstellt hat, ist fehlerhaft; erstellen Sie es neu.</translation>
        </message>
        <message>
            <source>The briefing has more than %1 paths; only the first %1 are read.</source>
            <translation>Das Briefing hat mehr als %1 Pfade; nur die ersten %1 werden gelesen.</translation>
        </message>
        <message>
            <source>A path has an empty id or one longer than %1 characters; it is left out.</source>
            <translation>Ein Pfad hat eine leere ID oder eine, die länger als %1 Zeichen ist; er wird ausgelassen.</translation>
        </message>
        <message>
            <source>Path “default”: that id names the default path made from the content; the briefing's path of that id is left out. Give it another id.</source>
            <translation>Pfad „default“: Diese ID benennt den aus dem Inhalt gebildeten Standardpfad; der Pfad des Briefings mit dieser ID wird ausgelassen. Geben Sie ihm eine andere ID.</translation>
        </message>
        <message>
            <source>Path “%1” is listed twice; the second is left out.</source>
            <translation>Pfad „%1“ ist doppelt aufgeführt; der zweite wird ausgelassen.</translation>
        </message>
        <message>
            <source>Path “%1”: its title is longer than %2 characters; it is cut.</source>
            <translation>Pfad „%1“: Sein Titel ist länger als %2 Zeichen; er wird gekürzt.</translation>
        </message>
        <message>
            <source>Path “%1” has no title; its id is shown instead.</source>
            <translation>Pfad „%1“ hat keinen Titel; stattdessen wird seine ID gezeigt.</translation>
        </message>
        <message>
            <source>Path “%1”, stop %2: %3.</source>
            <translation>Pfad „%1“, Station %2: %3.</translation>
        </message>
        <message>
            <source>Path “%1” has more than %2 stops; only the first %2 are read.</source>
            <translation>Pfad „%1“ hat mehr als %2 Stationen; nur die ersten %2 werden gelesen.</translation>
        </message>
        <message>
            <source>unknown kind “%1” (expected %2); the stop is left out</source>
            <translation>unbekannte Art „%1“ (erwartet: %2); die Station wird ausgelassen</translation>
        </message>
        <message>
            <source>its title is longer than %1 characters; it is cut</source>
            <translation>ihr Titel ist länger als %1 Zeichen; er wird gekürzt</translation>
        </message>
        <message>
            <source>its notes are longer than %1 characters; they are cut</source>
            <translation>ihre Notizen sind länger als %1 Zeichen; sie werden gekürzt</translation>
        </message>
        <message>
            <source>its budget “%1” is not a whole number of seconds from 1 to %2; it has none</source>
            <translation>ihre Zeitvorgabe „%1“ ist keine ganze Zahl von Sekunden zwischen 1 und %2; sie hat keine</translation>
        </message>
        <message>
            <source>item_ids is not a JSON array of names; the stop names none</source>
            <translation>item_ids ist kein JSON-Array von Namen; die Station nennt keine</translation>
        </message>
        <message>
            <source>it names more than %1 items; only the first %1 are read</source>
            <translation>sie nennt mehr als %1 Elemente; nur die ersten %1 werden gelesen</translation>
        </message>
        <message>
            <source>Path “%1”, %2.</source>
            <translation>Pfad „%1“, %2.</translation>
        </message>
        <message>
            <source>Path “%1” has no stop that can be shown; it is left out.</source>
            <translation>Pfad „%1“ hat keine Station, die gezeigt werden kann; er wird ausgelassen.</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) belong to the unknown path “%1” and are left out.</source>
            <translation>
                <numerusform>%n Station gehört zum unbekannten Pfad „%1“ und wird ausgelassen.</numerusform>
                <numerusform>%n Stationen gehören zum unbekannten Pfad „%1“ und werden ausgelassen.</numerusform>
            </translation>
        </message>
        <message>
            <source>the titles and notes of the briefing's paths are longer than %1 characters in all; from here on they are cut</source>
            <translation>die Titel und Notizen der Pfade des Briefings sind zusammen länger als %1 Zeichen; ab hier werden sie gekürzt</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: its schema calls the function %2(), which Briefing Viewer lets no file it did not make call. The file may be sound, but a briefing needs no such function; ask whoever made it for a copy written by briefing-tool.</source>
            <translation>„%1“ wird aus Sicherheitsgründen abgelehnt: Sein Schema ruft die Funktion %2() auf, die Briefing Viewer keiner Datei erlaubt, die es nicht selbst erstellt hat. Die Datei mag in Ordnung sein, doch ein Briefing braucht keine solche Funktion; bitten Sie den Ersteller um eine mit briefing-tool geschriebene Kopie.</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: a statement of its schema is longer than %2 characters, the most Briefing Viewer reads from a file it did not make. The file may be sound, but a briefing needs no such statement; ask whoever made it for a copy written by briefing-tool.</source>
            <translation>„%1“ wird aus Sicherheitsgründen abgelehnt: Eine Anweisung seines Schemas ist länger als %2 Zeichen, das Höchste, was Briefing Viewer aus einer nicht selbst erstellten Datei liest. Die Datei mag in Ordnung sein, doch ein Briefing braucht keine solche Anweisung; bitten Sie den Ersteller um eine mit briefing-tool geschriebene Kopie.</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: it holds a text or value larger than %2 MB, the most Briefing Viewer reads from one field of a file. The file may be sound; shorten that text (or split it) and write the briefing again.</source>
            <translation>„%1“ wird aus Sicherheitsgründen abgelehnt: Die Datei enthält einen Text oder Wert über %2 MB, das Höchste, was Briefing Viewer aus einem Feld einer Datei liest. Die Datei mag in Ordnung sein; kürzen Sie diesen Text (oder teilen Sie ihn) und schreiben Sie das Briefing erneut.</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite found its pages or its schema inconsistent. Get a fresh copy of the briefing.</source>
            <translation>„%1“ ist beschädigt: SQLite hat seine Seiten oder sein Schema als widersprüchlich erkannt. Besorgen Sie sich eine neue Kopie des Briefings.</translation>
        </message>
        <message>
            <source>“%1” cannot be read safely. If a “-journal” file lies beside it, a program was interrupted while writing it; open the briefing once in that program, or get a fresh copy.</source>
            <translation>„%1“ kann nicht sicher gelesen werden. Liegt daneben eine „-journal“-Datei, wurde ein Programm beim Schreiben unterbrochen; öffnen Sie das Briefing einmal in diesem Programm oder besorgen Sie sich eine neue Kopie.</translation>
        </message>
        <message>
            <source>“%1” could not be read (SQLite error %2). Check that the file is a complete briefing.</source>
            <translation>„%1“ konnte nicht gelesen werden (SQLite-Fehler %2). Prüfen Sie, ob die Datei ein vollständiges Briefing ist.</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite's check of its pages found errors. Get a fresh copy of the briefing.</source>
            <translation>„%1“ ist beschädigt: Die Prüfung seiner Seiten durch SQLite hat Fehler gefunden. Besorgen Sie sich eine neue Kopie des Briefings.</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: its “%2” is a virtual table (made by a module's code), where a briefing has an ordinary table. A briefing written by briefing-tool never has one; ask whoever made it for such a copy.</source>
            <translation>„%1“ wird aus Sicherheitsgründen abgelehnt: Sein „%2“ ist eine virtuelle Tabelle (vom Code eines Moduls erzeugt), wo ein Briefing eine gewöhnliche Tabelle hat. Ein mit briefing-tool geschriebenes Briefing hat nie eine; bitten Sie den Ersteller um eine solche Kopie.</translation>
        </message>
    </context>
    <context>
        <name>BriefingUpgrade</name>
        <message>
            <source>table “%1”: %2</source>
            <translation>Tabelle „%1“: %2</translation>
        </message>
        <message>
            <source>“%1” is the input itself; upgrade never writes in place. Name a new file.</source>
            <translation>„%1“ ist die Eingabe selbst; upgrade schreibt nie an Ort und Stelle. Nennen Sie eine neue Datei.</translation>
        </message>
        <message numerus="yes">
            <source>point.status: “measured” for all %n point(s)</source>
            <translation>
                <numerusform>point.status: „measured“ für %n Punkt</numerusform>
                <numerusform>point.status: „measured“ für alle %n Punkte</numerusform>
            </translation>
        </message>
        <message>
            <source>point.precision of the time series, read from their labels: %1</source>
            <translation>point.precision der Zeitreihen, aus ihren Beschriftungen gelesen: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message numerus="yes">
            <source>%n time-series point(s) whose label is not a period keep an empty precision (validate names them)</source>
            <translation>
                <numerusform>%n Zeitreihenpunkt, dessen Beschriftung kein Zeitraum ist, behält eine leere Genauigkeit (validate nennt ihn)</numerusform>
                <numerusform>%n Zeitreihenpunkte, deren Beschriftung kein Zeitraum ist, behalten eine leere Genauigkeit (validate nennt sie)</numerusform>
            </translation>
        </message>
        <message>
            <source>point.item_id and point.break_note: empty</source>
            <translation>point.item_id und point.break_note: leer</translation>
        </message>
        <message>
            <source>the chart and chart_series tables: empty (every series keeps a chart of its own)</source>
            <translation>die Tabellen chart und chart_series: leer (jede Reihe behält ein eigenes Diagramm)</translation>
        </message>
        <message>
            <source>a search index</source>
            <translation>ein Suchindex</translation>
        </message>
    </context>
    <context>
        <name>BriefingWriter</name>
        <message>
            <source>“%1” already exists; it was left as it is. Choose another name, or pass --force to replace it.</source>
            <translation>„%1“ existiert bereits und wurde nicht verändert. Wählen Sie einen anderen Namen oder geben Sie --force an, um die Datei zu ersetzen.</translation>
        </message>
        <message>
            <source>“%1” is a folder; name a file to write.</source>
            <translation>„%1“ ist ein Ordner; geben Sie eine Datei zum Schreiben an.</translation>
        </message>
        <message>
            <source>The folder of “%1” does not exist; create it first.</source>
            <translation>Der Ordner von „%1“ existiert nicht; legen Sie ihn zuerst an.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Check that the folder is writable and the disk has room.</source>
            <translation>„%1“ konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist und auf dem Datenträger genug Platz frei ist.</translation>
        </message>
        <message>
            <source>Could not write the search index into “%1”: %2. The file was left as it was. Check that it is writable and that no other program is using it.</source>
            <translation>Der Suchindex konnte nicht in „%1“ geschrieben werden: %2. Die Datei wurde nicht verändert. Prüfen Sie, ob sie beschreibbar ist und kein anderes Programm sie verwendet.</translation>
        </message>
        <message>
            <source>“%1” is of format %2, which has no paths; nothing was written. Write a copy in format 2 with “briefing-tool upgrade %1 OUT”, then add the path to it.</source>
            <translation>„%1“ hat das Format %2, das keine Pfade kennt; es wurde nichts geschrieben. Schreiben Sie mit „briefing-tool upgrade %1 OUT“ eine Kopie im Format 2 und fügen Sie den Pfad dieser Kopie hinzu.</translation>
        </message>
        <message>
            <source>its id must be letters, digits, '-', '_' and '.' only, and not empty</source>
            <translation>seine ID darf nur Buchstaben, Ziffern, '-', '_' und '.' enthalten und nicht leer sein</translation>
        </message>
        <message>
            <source>its id “default” names the default path made from the content; choose another</source>
            <translation>seine ID „default“ benennt den aus dem Inhalt gebildeten Standardpfad; wählen Sie eine andere</translation>
        </message>
        <message>
            <source>it has no title</source>
            <translation>er hat keinen Titel</translation>
        </message>
        <message>
            <source>it has no stops</source>
            <translation>er hat keine Stationen</translation>
        </message>
        <message>
            <source>Nothing was written to “%1”: the path “%2” does not fit it:
  %3</source>
            <translation>In „%1“ wurde nichts geschrieben: Der Pfad „%2“ passt nicht dazu:
  %3</translation>
        </message>
        <message>
            <source>Nothing was written to “%1”: it has %2 paths already, as many as a briefing can have.</source>
            <translation>In „%1“ wurde nichts geschrieben: Es hat bereits %2 Pfade, so viele, wie ein Briefing haben kann.</translation>
        </message>
        <message>
            <source>Could not write the path into “%1”: %2. The file was left as it was. Check that it is writable and that no other program is using it.</source>
            <translation>Der Pfad konnte nicht in „%1“ geschrieben werden: %2. Die Datei blieb, wie sie war. Prüfen Sie, ob sie beschreibbar ist und kein anderes Programm sie verwendet.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. The existing file was left as it was. Check that the folder is writable and the disk has room.</source>
            <translation>„%1“ konnte nicht geschrieben werden: %2. Die vorhandene Datei blieb unverändert. Prüfen Sie, ob der Ordner beschreibbar ist und auf dem Datenträger genug Platz frei ist.</translation>
        </message>
    </context>
    <context>
        <name>ChartFileExport</name>
        <message>
            <source>“%1” does not end in .png, .svg or .pdf: name the file to write with one of them.</source>
            <translation>„%1“ endet nicht auf .png, .svg oder .pdf: Geben Sie der zu schreibenden Datei eine dieser Endungen.</translation>
        </message>
        <message>
            <source>“%1” has no charts: it holds no data series.</source>
            <translation>„%1“ hat keine Diagramme: Es enthält keine Datenreihen.</translation>
        </message>
        <message>
            <source>“%1” has no chart or series “%2”. Its charts: %3.</source>
            <translation>„%1“ hat kein Diagramm und keine Datenreihe „%2“. Seine Diagramme: %3.</translation>
        </message>
        <message>
            <source>No figure of “%1” names its source, so there is nothing to draw.</source>
            <translation>Kein Wert von „%1“ nennt seine Quelle, daher gibt es nichts zu zeichnen.</translation>
        </message>
    </context>
    <context>
        <name>DeepLink</name>
        <message>
            <source>“%1” is not a briefing link: those start with briefing://.</source>
            <translation>„%1“ ist kein Briefing-Link: Solche Links beginnen mit briefing://.</translation>
        </message>
        <message>
            <source>The briefing link is %1 characters long; links longer than %2 are refused.</source>
            <translation>Der Briefing-Link ist %1 Zeichen lang; Links mit mehr als %2 Zeichen werden abgelehnt.</translation>
        </message>
        <message>
            <source>The briefing link “%1” is malformed: it should be briefing://&lt;briefing id&gt;/&lt;item id&gt;, each part percent-encoded UTF-8.</source>
            <translation>Der Briefing-Link „%1“ ist fehlerhaft: Er muss die Form briefing://&lt;Briefing-ID&gt;/&lt;Element-ID&gt; haben, jeder Teil als prozentkodiertes UTF-8.</translation>
        </message>
        <message>
            <source>The briefing link “%1” names no item: “%2” is not an item id.</source>
            <translation>Der Briefing-Link „%1“ nennt kein Element: „%2“ ist keine Element-ID.</translation>
        </message>
        <message>
            <source>The briefing link “%1” names no briefing.</source>
            <translation>Der Briefing-Link „%1“ nennt kein Briefing.</translation>
        </message>
    </context>
    <context>
        <name>EventTimeIndex</name>
        <message>
            <source>No category</source>
            <translation>Keine Kategorie</translation>
        </message>
        <message>
            <source>No actor</source>
            <translation>Kein Akteur</translation>
        </message>
    </context>
    <context>
        <name>Examples</name>
        <message>
            <source>Security guarantees for Ukraine (sample)</source>
            <translation>Sicherheitsgarantien für die Ukraine (Beispiel)</translation>
        </message>
        <message>
            <source>European defence spending</source>
            <translation>Europäische Verteidigungsausgaben</translation>
        </message>
    </context>
    <context>
        <name>FileCheck</name>
        <message>
            <source>No file name was given. Name a .briefing file to open.</source>
            <translation>Es wurde kein Dateiname angegeben. Geben Sie eine .briefing-Datei zum Öffnen an.</translation>
        </message>
        <message>
            <source>“%1” does not exist. Check the file name and folder, or pick the file with File &gt; Open.</source>
            <translation>„%1“ existiert nicht. Prüfen Sie Dateiname und Ordner oder wählen Sie die Datei über Datei &gt; Öffnen.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a briefing file. Open a .briefing file inside it.</source>
            <translation>„%1“ ist ein Ordner, keine Briefing-Datei. Öffnen Sie eine .briefing-Datei darin.</translation>
        </message>
        <message>
            <source>“%1” is not a regular file (it is a device, pipe or socket). Open a .briefing file.</source>
            <translation>„%1“ ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket). Öffnen Sie eine .briefing-Datei.</translation>
        </message>
        <message>
            <source>“%1” is empty (0 bytes). It was probably not saved or copied completely; get the briefing again from whoever sent it.</source>
            <translation>„%1“ ist leer (0 Byte). Die Datei wurde wahrscheinlich nicht vollständig gespeichert oder kopiert; lassen Sie sich das Briefing vom Absender erneut schicken.</translation>
        </message>
        <message>
            <source>“%1” is not a briefing file: it is not a SQLite database. Open a .briefing file made by Briefing Viewer's briefing-tool or another program that writes this format.</source>
            <translation>„%1“ ist keine Briefing-Datei: Es handelt sich nicht um eine SQLite-Datenbank. Öffnen Sie eine .briefing-Datei, die mit briefing-tool von Briefing Viewer oder einem anderen Programm erstellt wurde, das dieses Format schreibt.</translation>
        </message>
        <message>
            <source>“%1” is in SQLite's write-ahead-log mode, which cannot be read without writing beside the file. Convert it once with: sqlite3 "%1" "PRAGMA journal_mode=DELETE"</source>
            <translation>„%1“ ist im Write-Ahead-Log-Modus von SQLite, der sich nicht lesen lässt, ohne neben die Datei zu schreiben. Konvertieren Sie die Datei einmalig mit: sqlite3 "%1" "PRAGMA journal_mode=DELETE"</translation>
        </message>
        <message>
            <source>“%1” is damaged: its SQLite header names an impossible page size (%2). Get a fresh copy of the briefing.</source>
            <translation>„%1“ ist beschädigt: Ihr SQLite-Header gibt eine unmögliche Seitengröße an (%2). Besorgen Sie sich eine neue Kopie des Briefings.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it is only %2 bytes long, shorter than a SQLite header. It was probably cut short while downloading or copying; copy it again.</source>
            <translation>„%1“ ist unvollständig: Die Datei ist nur %2 Byte groß und damit kürzer als ein SQLite-Header. Wahrscheinlich wurde sie beim Herunterladen oder Kopieren abgeschnitten; kopieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it is %2 bytes long, but its header says %3. It was probably cut short while downloading or copying; copy it again.</source>
            <translation>„%1“ ist unvollständig: Die Datei ist %2 Byte groß, laut Header aber %3. Wahrscheinlich wurde sie beim Herunterladen oder Kopieren abgeschnitten; kopieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: permission denied. Ask the file's owner for read access, or copy it to a folder of yours.</source>
            <translation>„%1“ kann nicht gelesen werden: Zugriff verweigert. Bitten Sie den Eigentümer der Datei um Leserechte oder kopieren Sie die Datei in einen eigenen Ordner.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2. Check the disk or the place it is on, or copy the file to a folder of yours.</source>
            <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie den Datenträger oder den Ort, an dem die Datei liegt, oder kopieren Sie sie in einen eigenen Ordner.</translation>
        </message>
        <message>
            <source>“%1” is damaged: it is %2 bytes long, %3 more than its header says (%4): something was added after its end. Get a fresh copy of the briefing.</source>
            <translation>„%1“ ist beschädigt: Die Datei ist %2 Byte groß, %3 mehr als ihr Header angibt (%4): Hinter ihrem Ende wurde etwas angefügt. Besorgen Sie sich eine neue Kopie des Briefings.</translation>
        </message>
        <message>
            <source>“%1” is damaged: it is %2 bytes long, not a whole number of its %3-byte pages, so it was cut short or added to. Get a fresh copy of the briefing.</source>
            <translation>„%1“ ist beschädigt: Die Datei ist %2 Byte groß, keine ganze Zahl ihrer Seiten zu %3 Byte; sie wurde also abgeschnitten oder ergänzt. Besorgen Sie sich eine neue Kopie des Briefings.</translation>
        </message>
    </context>
    <context>
        <name>FileReplacement</name>
        <message>
            <source>permission denied</source>
            <translation>Zugriff verweigert</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>der Datenträger ist schreibgeschützt</translation>
        </message>
        <message>
            <source>a folder is in its place</source>
            <translation>an seiner Stelle steht ein Ordner</translation>
        </message>
        <message>
            <source>could not create a temporary file beside it (%1)</source>
            <translation>daneben konnte keine temporäre Datei angelegt werden (%1)</translation>
        </message>
        <message>
            <source>could not write the new file to the disk (%1)</source>
            <translation>die neue Datei konnte nicht auf den Datenträger geschrieben werden (%1)</translation>
        </message>
        <message>
            <source>could not put the new file in its place (%1)</source>
            <translation>die neue Datei konnte nicht an ihre Stelle gesetzt werden (%1)</translation>
        </message>
    </context>
    <context>
        <name>ItemField</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Untertitel</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Rechtsform</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>Ratifizierung</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Preconditions</source>
            <translation>Voraussetzungen</translation>
        </message>
        <message>
            <source>Consequences</source>
            <translation>Folgen</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Herausgeber</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Locator</source>
            <translation>Fundstelle</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anmerkung</translation>
        </message>
    </context>
    <context>
        <name>ItemHtml</name>
        <message>
            <source>Links</source>
            <translation>Verknüpfungen</translation>
        </message>
        <message>
            <source>No linked items.</source>
            <translation>Keine verknüpften Elemente.</translation>
        </message>
        <message>
            <source>Data points</source>
            <translation>Datenpunkte</translation>
        </message>
        <message>
            <source>This series has no data points.</source>
            <translation>Diese Datenreihe hat keine Datenpunkte.</translation>
        </message>
        <message>
            <source>Period or category</source>
            <translation>Zeitraum oder Kategorie</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anmerkung</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>kein Wert</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>keine angegeben</translation>
        </message>
        <message>
            <source>The first %1 of %2 points are shown.</source>
            <translation>Die ersten %1 von %2 Punkten werden angezeigt.</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Nicht angegeben</translation>
        </message>
        <message>
            <source>The series “%1” has no point “%2”.</source>
            <translation>Die Datenreihe „%1“ hat keinen Punkt „%2“.</translation>
        </message>
        <message>
            <source>Data point</source>
            <translation>Datenpunkt</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Datenreihe</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
        <message>
            <source>What relies on this figure</source>
            <translation>Was sich auf diesen Wert stützt</translation>
        </message>
        <message>
            <source>No event, scenario, guarantee or question of this briefing relies on it.</source>
            <translation>Kein Ereignis, kein Szenario, keine Garantie und keine Frage dieses Briefings stützt sich darauf.</translation>
        </message>
        <message>
            <source>Id: %1</source>
            <translation>ID: %1</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>Select a guarantee, scenario, event, data series, source or question to see all its fields here, with every item linked to it.</source>
            <translation>Wählen Sie eine Garantie, ein Szenario, ein Ereignis, eine Datenreihe, eine Quelle oder eine Frage aus, um hier alle Felder samt allen damit verknüpften Elementen zu sehen.</translation>
        </message>
        <message>
            <source>Nothing is selected.</source>
            <translation>Nichts ausgewählt.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>None stated</source>
            <translation>Keine angegeben</translation>
        </message>
        <message>
            <source>(scale: %1)</source>
            <translation>(Skala: %1)</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>Szenario %1</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Wahrscheinlichkeit</translation>
        </message>
        <message>
            <source>unreadable date “%1”</source>
            <translation>unlesbares Datum „%1“</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Herausgeber</translation>
        </message>
        <message>
            <source>Time series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Built-in sample briefing</source>
            <translation>Eingebautes Beispiel-Briefing</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Szenarien</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>This briefing names no sources.</source>
            <translation>Dieses Briefing nennt keine Quellen.</translation>
        </message>
        <message>
            <source>%1 more in the Sources list.</source>
            <translation>%1 weitere in der Quellenliste.</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s) while opening</source>
            <translation>
                <numerusform>%n Warnung beim Öffnen</numerusform>
                <numerusform>%n Warnungen beim Öffnen</numerusform>
            </translation>
        </message>
        <message>
            <source>not translated; shown in %1</source>
            <translation>nicht übersetzt; angezeigt auf %1</translation>
        </message>
        <message>
            <source>translation may be out of date</source>
            <translation>Übersetzung möglicherweise veraltet</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Break in the series</source>
            <translation>Bruch in der Reihe</translation>
        </message>
        <message>
            <source>Stands for</source>
            <translation>Steht für</translation>
        </message>
        <message>
            <source>Shown as plain text: Markdown of more than %1 characters is not formatted.</source>
            <translation>Als reiner Text angezeigt: Markdown mit mehr als %1 Zeichen wird nicht formatiert.</translation>
        </message>
        <message>
            <source>Shown as plain text: Markdown nested more than %1 levels deep is not formatted.</source>
            <translation>Als reiner Text angezeigt: Markdown, das tiefer als %1 Ebenen verschachtelt ist, wird nicht formatiert.</translation>
        </message>
        <message>
            <source>Shown as plain text: Markdown with more than %1 emphasis, code or link marks is not formatted.</source>
            <translation>Als reiner Text angezeigt: Markdown mit mehr als %1 Hervorhebungs-, Code- oder Linkzeichen wird nicht formatiert.</translation>
        </message>
        <message>
            <source>Only the first %1 of %2 characters are shown: the viewer shows no more of one text.</source>
            <translation>Nur die ersten %1 von %2 Zeichen werden angezeigt: Mehr zeigt der Viewer von einem Text nicht an.</translation>
        </message>
        <message>
            <source>Show all (%1 characters)</source>
            <translation>Alles anzeigen (%1 Zeichen)</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Your notes are off: the folder of your library “%1” could not be created. Check that your home folder is writable.</source>
            <translation>Ihre Notizen sind deaktiviert: Der Ordner Ihrer Bibliothek „%1“ konnte nicht angelegt werden. Prüfen Sie, ob Ihr Benutzerordner beschreibbar ist.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” cannot be read (permission denied). Give yourself read and write permission on it.</source>
            <translation>Ihre Notizen sind deaktiviert: Ihre Bibliothek „%1“ kann nicht gelesen werden (Zugriff verweigert). Geben Sie sich Lese- und Schreibrechte dafür.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” could not be opened (%2).</source>
            <translation>Ihre Notizen sind deaktiviert: Ihre Bibliothek „%1“ konnte nicht geöffnet werden (%2).</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” is damaged (%2). It was left as it is; you can move it aside and start a new library.</source>
            <translation>Ihre Notizen sind deaktiviert: Ihre Bibliothek „%1“ ist beschädigt (%2). Sie wurde unverändert gelassen; Sie können sie beiseitelegen und eine neue Bibliothek beginnen.</translation>
        </message>
        <message>
            <source>Your notes are off: “%1” is not a Briefing Viewer library. It was left as it is; move it away or start a new library.</source>
            <translation>Ihre Notizen sind deaktiviert: „%1“ ist keine Bibliothek von Briefing Viewer. Die Datei wurde unverändert gelassen; verschieben Sie sie oder beginnen Sie eine neue Bibliothek.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” was made by a newer Briefing Viewer (library version %2; this one knows %3). Update Briefing Viewer.</source>
            <translation>Ihre Notizen sind deaktiviert: Ihre Bibliothek „%1“ wurde von einem neueren Briefing Viewer angelegt (Bibliotheksversion %2; diese Version kennt %3). Aktualisieren Sie Briefing Viewer.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” is read-only and must be brought up to date first. Make it writable.</source>
            <translation>Ihre Notizen sind deaktiviert: Ihre Bibliothek „%1“ ist schreibgeschützt und muss zuerst aktualisiert werden. Machen Sie sie beschreibbar.</translation>
        </message>
        <message>
            <source>Your notes are read-only: your library “%1” cannot be written. Make it writable to add or change notes.</source>
            <translation>Ihre Notizen sind schreibgeschützt: In Ihre Bibliothek „%1“ kann nicht geschrieben werden. Machen Sie sie beschreibbar, um Notizen hinzuzufügen oder zu ändern.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” could not be brought up to date (%2). It was left as it was.</source>
            <translation>Ihre Notizen sind deaktiviert: Ihre Bibliothek „%1“ konnte nicht aktualisiert werden (%2). Sie wurde unverändert gelassen.</translation>
        </message>
        <message>
            <source>Your library “%1” could not be moved aside; your notes stay off. Check that its folder is writable.</source>
            <translation>Ihre Bibliothek „%1“ konnte nicht beiseitegelegt werden; Ihre Notizen bleiben deaktiviert. Prüfen Sie, ob ihr Ordner beschreibbar ist.</translation>
        </message>
        <message>
            <source>Your library is not open.</source>
            <translation>Ihre Bibliothek ist nicht geöffnet.</translation>
        </message>
        <message>
            <source>Could not save %1: the disk holding your library “%2” is full. Your notes are read-only until you free some space.</source>
            <translation>%1 konnte nicht gespeichert werden: Der Datenträger mit Ihrer Bibliothek „%2“ ist voll. Ihre Notizen sind schreibgeschützt, bis Sie Platz freigeben.</translation>
        </message>
        <message>
            <source>Could not save %1: your library “%2” cannot be written. Your notes are read-only until it is writable again.</source>
            <translation>%1 konnte nicht gespeichert werden: In Ihre Bibliothek „%2“ kann nicht geschrieben werden. Ihre Notizen sind schreibgeschützt, bis sie wieder beschreibbar ist.</translation>
        </message>
        <message>
            <source>Could not save %1: your library “%2” is damaged. It was left as it is; you can move it aside and start a new library.</source>
            <translation>%1 konnte nicht gespeichert werden: Ihre Bibliothek „%2“ ist beschädigt. Sie wurde unverändert gelassen; Sie können sie beiseitelegen und eine neue Bibliothek beginnen.</translation>
        </message>
        <message>
            <source>Could not save %1 in your library “%2”: %3.</source>
            <translation>%1 konnte nicht in Ihrer Bibliothek „%2“ gespeichert werden: %3.</translation>
        </message>
        <message>
            <source>the note</source>
            <translation>Die Notiz</translation>
        </message>
        <message>
            <source>the deletion</source>
            <translation>Das Löschen</translation>
        </message>
        <message>
            <source>the briefing</source>
            <translation>Das Briefing</translation>
        </message>
        <message>
            <source>the bookmark</source>
            <translation>Das Lesezeichen</translation>
        </message>
        <message>
            <source>the reading position</source>
            <translation>Die Leseposition</translation>
        </message>
        <message>
            <source>The path was not saved: no briefing is open.</source>
            <translation>Der Pfad wurde nicht gespeichert: Es ist kein Briefing geöffnet.</translation>
        </message>
        <message>
            <source>The path “%1” was not saved: a path's id may hold letters, digits, '-', '_' and '.' only.</source>
            <translation>Der Pfad „%1“ wurde nicht gespeichert: Die ID eines Pfads darf nur Buchstaben, Ziffern, '-', '_' und '.' enthalten.</translation>
        </message>
        <message>
            <source>The path was not saved: it needs a title.</source>
            <translation>Der Pfad wurde nicht gespeichert: Er braucht einen Titel.</translation>
        </message>
        <message>
            <source>The path “%1” was not saved: %2.</source>
            <translation>Der Pfad „%1“ wurde nicht gespeichert: %2.</translation>
        </message>
        <message>
            <source>the path</source>
            <translation>Der Pfad</translation>
        </message>
        <message>
            <source>the deletion of the path</source>
            <translation>Das Löschen des Pfads</translation>
        </message>
        <message>
            <source>The rehearsal was not saved: it names no briefing or path.</source>
            <translation>Die Probe wurde nicht gespeichert: Sie nennt weder ein Briefing noch einen Pfad.</translation>
        </message>
        <message>
            <source>The rehearsal was not saved: it must time from 1 to %1 stops, not %2.</source>
            <translation>Die Probe wurde nicht gespeichert: Sie muss 1 bis %1 Stationen messen, nicht %2.</translation>
        </message>
        <message>
            <source>The rehearsal was not saved: %1 is not a time in seconds.</source>
            <translation>Die Probe wurde nicht gespeichert: %1 ist keine Zeit in Sekunden.</translation>
        </message>
        <message>
            <source>the rehearsal</source>
            <translation>Die Probe</translation>
        </message>
        <message>
            <source>The last stop shown was not saved: stop %1 of path “%2” is not a stop.</source>
            <translation>Die zuletzt gezeigte Station wurde nicht gespeichert: Station %1 des Pfads „%2“ ist keine Station.</translation>
        </message>
        <message>
            <source>the last stop shown</source>
            <translation>Die zuletzt gezeigte Station</translation>
        </message>
        <message>
            <source>No library is open to copy.</source>
            <translation>Es ist keine Bibliothek zum Kopieren geöffnet.</translation>
        </message>
        <message>
            <source>“%1” exists already; it was left as it is.</source>
            <translation>„%1“ existiert bereits; es wurde belassen, wie es ist.</translation>
        </message>
        <message>
            <source>Your library could not be copied to “%1” (%2).</source>
            <translation>Ihre Bibliothek konnte nicht nach „%1“ kopiert werden (%2).</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommands</name>
        <message>
            <source>The library file (default: %1).</source>
            <translation>Die Bibliotheksdatei (Standard: %1).</translation>
        </message>
        <message>
            <source>markdown (the default) or json.</source>
            <translation>markdown (Standard) oder json.</translation>
        </message>
        <message>
            <source>briefing-tool: --format is markdown or json, not “%1”.</source>
            <translation>briefing-tool: --format ist markdown oder json, nicht „%1“.</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” has no item “%2”; no note was written.</source>
            <translation>briefing-tool: „%1“ hat kein Element „%2“; es wurde keine Notiz geschrieben.</translation>
        </message>
        <message>
            <source>Saved note %1 on “%2”.</source>
            <translation>Notiz %1 zu „%2“ gespeichert.</translation>
        </message>
        <message>
            <source>briefing-tool: cannot read “%1”: %2.</source>
            <translation>briefing-tool: „%1“ kann nicht gelesen werden: %2.</translation>
        </message>
    </context>
    <context>
        <name>NoteExchange</name>
        <message>
            <source>Notes on %1</source>
            <translation>Notizen zu %1</translation>
        </message>
        <message>
            <source>Item %1, written on edition %2, last changed %3</source>
            <translation>Element %1, geschrieben zu Ausgabe %2, zuletzt geändert %3</translation>
        </message>
        <message>
            <source>(none stated)</source>
            <translation>(keine angegeben)</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) added</source>
            <translation>
                <numerusform>%n Notiz hinzugefügt</numerusform>
                <numerusform>%n Notizen hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n aktualisiert</numerusform>
                <numerusform>%n aktualisiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%n bereits vorhanden</numerusform>
                <numerusform>%n bereits vorhanden</numerusform>
            </translation>
        </message>
        <message>
            <source>The notes file is not JSON (%1 at byte %2).</source>
            <translation>Die Notizdatei ist kein JSON (%1 bei Byte %2).</translation>
        </message>
        <message>
            <source>The file is JSON but not Briefing Viewer notes (its "format" is not "%1").</source>
            <translation>Die Datei ist JSON, enthält aber keine Notizen von Briefing Viewer (ihr "format" ist nicht "%1").</translation>
        </message>
        <message>
            <source>The notes were exported by a newer Briefing Viewer (notes format %1); update Briefing Viewer.</source>
            <translation>Die Notizen wurden von einem neueren Briefing Viewer exportiert (Notizformat %1); aktualisieren Sie Briefing Viewer.</translation>
        </message>
        <message>
            <source>Your library cannot be written.</source>
            <translation>In Ihre Bibliothek kann nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Note %1 of the file is incomplete (it needs an id, a briefing id, an item id and a time of change); nothing was imported.</source>
            <translation>Notiz %1 der Datei ist unvollständig (sie braucht eine ID, eine Briefing-ID, eine Element-ID und einen Änderungszeitpunkt); es wurde nichts importiert.</translation>
        </message>
    </context>
    <context>
        <name>PartialDate</name>
        <message>
            <source>Q%1 %2</source>
            <extracomment>A quarter of a year: %1 its number (1 to 4), %2 the year</extracomment>
            <translation>Q%1 %2</translation>
        </message>
    </context>
    <context>
        <name>PathCommands</name>
        <message>
            <source>lanes of actors %1</source>
            <translation>Spuren der Akteure %1</translation>
        </message>
        <message>
            <source>lanes %1</source>
            <translation>Spuren %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>Anfang</translation>
        </message>
        <message>
            <source>the end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>highlight %1</source>
            <translation>hervorgehoben %1</translation>
        </message>
        <message>
            <source>budget %1</source>
            <translation>Zeitvorgabe %1</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n stop(s)</source>
            <translation>
                <numerusform>%1, %n Station</numerusform>
                <numerusform>%1, %n Stationen</numerusform>
            </translation>
        </message>
        <message>
            <source>notes: %1</source>
            <translation>Notizen: %1</translation>
        </message>
        <message>
            <source>briefing-tool: cannot read “%1”: %2. Nothing was written to “%3”.</source>
            <translation>briefing-tool: „%1“ kann nicht gelesen werden: %2. In „%3“ wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is larger than a path can be (%2 MB at most). Nothing was written to “%3”.</source>
            <translation>briefing-tool: „%1“ ist größer, als ein Pfad sein kann (höchstens %2 MB). In „%3“ wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is not a path that can be added: %2. Nothing was written to “%3”.</source>
            <translation>briefing-tool: „%1“ ist kein Pfad, der hinzugefügt werden kann: %2. In „%3“ wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” has no 'id': a path in a briefing needs one (letters, digits, '-', '_' and '.'). Nothing was written to “%2”.</source>
            <translation>briefing-tool: „%1“ hat keine 'id': Ein Pfad in einem Briefing braucht eine (Buchstaben, Ziffern, '-', '_' und '.'). In „%2“ wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is a path for the briefing “%2”, but “%3” is “%4”. Nothing was written.</source>
            <translation>briefing-tool: „%1“ ist ein Pfad für das Briefing „%2“, aber „%3“ ist „%4“. Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>briefing-tool: the path written into “%1” does not read back as written; please report this as a bug.</source>
            <translation>briefing-tool: Der in „%1“ geschriebene Pfad lässt sich nicht so zurücklesen, wie er geschrieben wurde; bitte melden Sie das als Fehler.</translation>
        </message>
        <message numerus="yes">
            <source>Replaced the path “%1” (“%2”, %n stop(s)) in %3.</source>
            <translation>
                <numerusform>Pfad „%1“ („%2“, %n Station) in %3 ersetzt.</numerusform>
                <numerusform>Pfad „%1“ („%2“, %n Stationen) in %3 ersetzt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added the path “%1” (“%2”, %n stop(s)) to %3.</source>
            <translation>
                <numerusform>Pfad „%1“ („%2“, %n Station) zu %3 hinzugefügt.</numerusform>
                <numerusform>Pfad „%1“ („%2“, %n Stationen) zu %3 hinzugefügt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Also list your own paths from your library.</source>
            <translation>Auch Ihre eigenen Pfade aus Ihrer Bibliothek auflisten.</translation>
        </message>
        <message>
            <source>The library file (default: %1).</source>
            <translation>Die Bibliotheksdatei (Standard: %1).</translation>
        </message>
        <message>
            <source>Paths of “%1” (%2):</source>
            <translation>Pfade von „%1“ (%2):</translation>
        </message>
        <message>
            <source>made from the content</source>
            <translation>aus dem Inhalt gebildet</translation>
        </message>
        <message>
            <source>in the file</source>
            <translation>in der Datei</translation>
        </message>
        <message>
            <source>yours, in your library</source>
            <translation>Ihrer, in Ihrer Bibliothek</translation>
        </message>
        <message>
            <source>The file has no paths of its own; “briefing-tool add-path %1 PATH.json” adds one.</source>
            <translation>Die Datei hat keine eigenen Pfade; „briefing-tool add-path %1 PATH.json“ fügt einen hinzu.</translation>
        </message>
    </context>
    <context>
        <name>PathExchange</name>
        <message>
            <source>“%1” was not imported: open the briefing the path is for first.</source>
            <translation>„%1“ wurde nicht importiert: Öffnen Sie zuerst das Briefing, für das der Pfad bestimmt ist.</translation>
        </message>
        <message>
            <source>“%1” was not imported: it is larger than a path can be (%2 MB at most).</source>
            <translation>„%1“ wurde nicht importiert: Die Datei ist größer, als ein Pfad sein kann (höchstens %2 MB).</translation>
        </message>
        <message>
            <source>“%1” is not a briefing path that can be imported: %2.</source>
            <translation>„%1“ ist kein Briefing-Pfad, der importiert werden kann: %2.</translation>
        </message>
        <message>
            <source>“%1” was not imported: it does not say which briefing it is for ('briefing_id'); export the path from Briefing Viewer again.</source>
            <translation>„%1“ wurde nicht importiert: Die Datei sagt nicht, für welches Briefing sie bestimmt ist ('briefing_id'); exportieren Sie den Pfad erneut aus Briefing Viewer.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>“%1” was not imported: it is a path for the briefing “%2”, not for the open “%3”. Open that briefing, then import it.</source>
            <translation>„%1“ wurde nicht importiert: Es ist ein Pfad für das Briefing „%2“, nicht für das geöffnete „%3“. Öffnen Sie jenes Briefing und importieren Sie den Pfad dann.</translation>
        </message>
        <message>
            <source>“%1” was not imported: the open briefing has none of the items its stops show (%2).</source>
            <translation>„%1“ wurde nicht importiert: Das geöffnete Briefing hat keines der Elemente, die seine Stationen zeigen (%2).</translation>
        </message>
        <message>
            <source>“%1” was not imported: %2</source>
            <translation>„%1“ wurde nicht importiert: %2</translation>
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
            <translation>'%1' fehlt</translation>
        </message>
        <message>
            <source>'%1' must be a string</source>
            <translation>'%1' muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <source>'%1' must not be empty</source>
            <translation>'%1' darf nicht leer sein</translation>
        </message>
        <message>
            <source>'%1' must be a list of names (strings, none empty)</source>
            <translation>'%1' muss eine Liste von Namen sein (Zeichenketten, keine leer)</translation>
        </message>
        <message>
            <source>'%1' is not a key of %2 (see docs/format.md)</source>
            <translation>'%1' ist kein Schlüssel %2 (siehe docs/format.md)</translation>
        </message>
        <message>
            <source>stop %1</source>
            <translation>Station %1</translation>
        </message>
        <message>
            <source>must be an object with a 'kind'</source>
            <translation>muss ein Objekt mit 'kind' sein</translation>
        </message>
        <message>
            <source>'kind' must be one of %1</source>
            <translation>'kind' muss eines von %1 sein</translation>
        </message>
        <message>
            <source>a stop of kind '%1'</source>
            <translation>einer Station der Art '%1'</translation>
        </message>
        <message>
            <source>'%1' must be a whole number of seconds from 1 to %2, or null</source>
            <translation>'%1' muss eine ganze Zahl von Sekunden zwischen 1 und %2 oder null sein</translation>
        </message>
        <message>
            <source>'%1' must be true or false</source>
            <translation>'%1' muss true oder false sein</translation>
        </message>
        <message>
            <source>'%1' must name two or three scenarios</source>
            <translation>'%1' muss zwei oder drei Szenarien nennen</translation>
        </message>
        <message>
            <source>'%1' must be a date: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD</source>
            <translation>'%1' muss ein Datum sein: YYYY, YYYY-Qn, YYYY-MM oder YYYY-MM-DD</translation>
        </message>
        <message>
            <source>the JSON is not an object with a path's 'format', 'title' and 'stops'</source>
            <translation>das JSON ist kein Objekt mit 'format', 'title' und 'stops' eines Pfads</translation>
        </message>
        <message>
            <source>'format' must be "%1": this is not a Briefing Viewer path</source>
            <translation>'format' muss "%1" sein: Das ist kein Pfad von Briefing Viewer</translation>
        </message>
        <message>
            <source>'version' must be a whole number (%1 for this format)</source>
            <translation>'version' muss eine ganze Zahl sein (%1 für dieses Format)</translation>
        </message>
        <message>
            <source>the path is of version %1, from a newer Briefing Viewer (this one reads version %2); update Briefing Viewer</source>
            <translation>der Pfad hat die Version %1 aus einem neueren Briefing Viewer (dieser liest Version %2); aktualisieren Sie Briefing Viewer</translation>
        </message>
        <message>
            <source>a path</source>
            <translation>eines Pfads</translation>
        </message>
        <message>
            <source>'id' must be letters, digits, '-', '_' and '.' only, and not empty</source>
            <translation>'id' darf nur Buchstaben, Ziffern, '-', '_' und '.' enthalten und nicht leer sein</translation>
        </message>
        <message>
            <source>'stops' must be a list of at least one stop</source>
            <translation>'stops' muss eine Liste mit mindestens einer Station sein</translation>
        </message>
        <message>
            <source>it has %1 stops; at most %2</source>
            <translation>er hat %1 Stationen; höchstens %2</translation>
        </message>
        <message>
            <source>it is not JSON (%1 at byte %2)</source>
            <translation>es ist kein JSON (%1 bei Byte %2)</translation>
        </message>
    </context>
    <context>
        <name>PointCheck</name>
        <message>
            <source>The data points could not be read: %1</source>
            <translation>Die Datenpunkte konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: unknown status “%3” (expected measured, provisional, estimate, projection or target); it is read as measured.</source>
            <translation>Datenreihe „%1“, Punkt „%2“: unbekannter Status „%3“ (erwartet: measured, provisional, estimate, projection oder target); er wird als measured gelesen.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: item_id “%3” is not an item of this briefing; the point is tied to nothing.</source>
            <translation>Datenreihe „%1“, Punkt „%2“: item_id „%3“ ist kein Element dieses Briefings; der Punkt ist mit nichts verbunden.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: the label is not a period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD); the point cannot be placed in time and charts leave it out.</source>
            <translation>Datenreihe „%1“, Punkt „%2“: Die Beschriftung ist kein Zeitraum (YYYY, YYYY-Qn, YYYY-MM oder YYYY-MM-DD); der Punkt lässt sich zeitlich nicht einordnen, und Diagramme lassen ihn aus.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: unknown precision “%3” (expected year, quarter, month or day); it is read from the label.</source>
            <translation>Datenreihe „%1“, Punkt „%2“: unbekannte Genauigkeit „%3“ (erwartet: year, quarter, month oder day); sie wird aus der Beschriftung gelesen.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: the label does not parse at its precision “%3” (expected %4); the point cannot be placed in time and charts leave it out.</source>
            <translation>Datenreihe „%1“, Punkt „%2“: Die Beschriftung passt nicht zu ihrer Genauigkeit „%3“ (erwartet: %4); der Punkt lässt sich zeitlich nicht einordnen, und Diagramme lassen ihn aus.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more data point(s) with the same problem.</source>
            <translation>
                <numerusform>… und %n weiterer Datenpunkt mit demselben Problem.</numerusform>
                <numerusform>… und %n weitere Datenpunkte mit demselben Problem.</numerusform>
            </translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: its value “%3” is not a finite number; it is shown as a gap.</source>
            <translation>Datenreihe „%1“, Punkt „%2“: sein Wert „%3“ ist keine endliche Zahl; er wird als Lücke gezeigt.</translation>
        </message>
    </context>
    <context>
        <name>SceneExport</name>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>„%1“ konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
    </context>
    <context>
        <name>SearchIndexBuilder</name>
        <message>
            <source>the items could not be read</source>
            <translation>die Elemente konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>the translations could not be read</source>
            <translation>die Übersetzungen konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>the briefing has no “briefing” row</source>
            <translation>das Briefing hat keine Zeile in „briefing“</translation>
        </message>
    </context>
    <context>
        <name>SqliteConnection</name>
        <message>
            <source>Qt's SQLite driver gave no database handle.</source>
            <translation>Der SQLite-Treiber von Qt hat kein Datenbank-Handle geliefert.</translation>
        </message>
    </context>
    <context>
        <name>TimeAxis</name>
        <message>
            <source>Q%1 %2</source>
            <extracomment>Quarter of a year on the time axis: %1 is 1 to 4, %2 the year</extracomment>
            <translation>Q%1 %2</translation>
        </message>
    </context>
    <context>
        <name>TimelinePainter</name>
        <message>
            <source>This briefing has no dated events.</source>
            <translation>Dieses Briefing enthält keine datierten Ereignisse.</translation>
        </message>
    </context>
    <context>
        <name>ToolCommands</name>
        <message numerus="yes">
            <source>expected %n argument(s) after the command; see briefing-tool --help</source>
            <translation>
                <numerusform>nach dem Befehl wurde %n Argument erwartet; siehe briefing-tool --help</numerusform>
                <numerusform>nach dem Befehl wurden %n Argumente erwartet; siehe briefing-tool --help</numerusform>
            </translation>
        </message>
        <message>
            <source>actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>guarantees</source>
            <translation>Garantien</translation>
        </message>
        <message>
            <source>scenarios</source>
            <translation>Szenarien</translation>
        </message>
        <message>
            <source>events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>data series</source>
            <translation>Datenreihen</translation>
        </message>
        <message>
            <source>FAQ entries</source>
            <translation>FAQ-Einträge</translation>
        </message>
        <message>
            <source>links</source>
            <translation>Verknüpfungen</translation>
        </message>
        <message>
            <source>translations</source>
            <translation>Übersetzungen</translation>
        </message>
        <message>
            <source>data points</source>
            <translation>Datenpunkte</translation>
        </message>
        <message>
            <source>briefing-tool: unknown command “%1”.</source>
            <translation>briefing-tool: Unbekannter Befehl „%1“.</translation>
        </message>
        <message>
            <source>%1: a valid briefing (format %2), “%3”</source>
            <translation>%1: ein gültiges Briefing (Format %2), „%3“</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Untertitel</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Herausgeber</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Contents:</source>
            <translation>Inhalt:</translation>
        </message>
        <message>
            <source>File size: %1 bytes</source>
            <translation>Dateigröße: %1 Byte</translation>
        </message>
        <message>
            <source>Replace OUT if it exists.</source>
            <translation>ZIEL ersetzen, falls es bereits existiert.</translation>
        </message>
        <message>
            <source>Wrote the sample briefing to %1</source>
            <translation>Beispiel-Briefing nach %1 geschrieben</translation>
        </message>
        <message>
            <source>Number of events.</source>
            <translation>Anzahl der Ereignisse.</translation>
        </message>
        <message>
            <source>Number of data series.</source>
            <translation>Anzahl der Datenreihen.</translation>
        </message>
        <message>
            <source>Points per series.</source>
            <translation>Punkte je Datenreihe.</translation>
        </message>
        <message>
            <source>Number of FAQ entries.</source>
            <translation>Anzahl der FAQ-Einträge.</translation>
        </message>
        <message>
            <source>Content languages, the source included.</source>
            <translation>Inhaltssprachen, einschließlich der Ausgangssprache.</translation>
        </message>
        <message>
            <source>Seed of the generator.</source>
            <translation>Startwert (Seed) des Generators.</translation>
        </message>
        <message>
            <source>briefing-tool: --%1 needs a whole number from 0 to %2, not “%3”.</source>
            <translation>briefing-tool: --%1 erwartet eine ganze Zahl von 0 bis %2, nicht „%3“.</translation>
        </message>
        <message>
            <source>briefing-tool: --seed needs a whole number, not “%1”.</source>
            <translation>briefing-tool: --seed erwartet eine ganze Zahl, nicht „%1“.</translation>
        </message>
        <message>
            <source>Wrote %1: %2 events, %3 series of %4 points, %5 FAQ entries, %6 language(s) in %7 s</source>
            <translation>%1 geschrieben: %2 Ereignisse, %3 Datenreihen mit je %4 Punkten, %5 FAQ-Einträge, %6 Sprache(n) in %7 s</translation>
        </message>
        <message>
            <source>Content language to search.</source>
            <translation>Zu durchsuchende Inhaltssprache.</translation>
        </message>
        <message>
            <source>Could not build a search index for %1.</source>
            <translation>Für %1 konnte kein Suchindex erstellt werden.</translation>
        </message>
        <message>
            <source>The search index in %1 is damaged; searching an index built in memory instead. Run “briefing-tool index %1” to repair it.</source>
            <translation>Der Suchindex in %1 ist beschädigt; stattdessen wird ein im Arbeitsspeicher erstellter Index durchsucht. Führen Sie „briefing-tool index %1“ aus, um ihn zu reparieren.</translation>
        </message>
        <message>
            <source>Could not search %1.</source>
            <translation>%1 konnte nicht durchsucht werden.</translation>
        </message>
        <message>
            <source>%1+ results</source>
            <translation>%1+ Ergebnisse</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n Ergebnis</numerusform>
                <numerusform>%n Ergebnisse</numerusform>
            </translation>
        </message>
        <message>
            <source>index in the file, opened in %1 ms</source>
            <translation>Index in der Datei, in %1 ms geöffnet</translation>
        </message>
        <message>
            <source>index built in memory in %1 ms</source>
            <translation>Index im Arbeitsspeicher in %1 ms erstellt</translation>
        </message>
        <message>
            <source>%1, %2 shown; search took %3 ms (%4)</source>
            <translation>%1, %2 angezeigt; Suche dauerte %3 ms (%4)</translation>
        </message>
        <message>
            <source>The search index written into %1 does not work; please report this as a bug.</source>
            <translation>Der in %1 geschriebene Suchindex funktioniert nicht; bitte melden Sie dies als Fehler.</translation>
        </message>
        <message>
            <source>Wrote the search index of %1 (languages: %2) in %3 s</source>
            <translation>Suchindex von %1 (Sprachen: %2) in %3 s geschrieben</translation>
        </message>
        <message>
            <source>charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Format %1 is read with the defaults of format %2; “briefing-tool upgrade %3 OUT” writes a copy in format %2.</source>
            <translation>Format %1 wird mit den Vorgaben von Format %2 gelesen; „briefing-tool upgrade %3 OUT“ schreibt eine Kopie im Format %2.</translation>
        </message>
        <message>
            <source>briefing-tool: there is no example “%1”; the examples are: %2.</source>
            <translation>briefing-tool: Es gibt kein Beispiel „%1“; die Beispiele sind: %2.</translation>
        </message>
        <message>
            <source>Wrote the example “%1” (%2) to %3</source>
            <translation>Das Beispiel „%1“ (%2) wurde nach %3 geschrieben</translation>
        </message>
        <message>
            <source>%1 is already format %2; wrote a copy to %3</source>
            <translation>%1 hat bereits Format %2; eine Kopie wurde nach %3 geschrieben</translation>
        </message>
        <message>
            <source>Wrote %1 (format %2) from %3 (format %4). Added:</source>
            <translation>%1 (Format %2) aus %3 (Format %4) geschrieben. Hinzugefügt:</translation>
        </message>
        <message>
            <source>Not copied (tables the format does not define): %1</source>
            <translation>Nicht kopiert (Tabellen, die das Format nicht definiert): %1</translation>
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
            <translation>Aufruf: briefing-tool BEFEHL [Optionen]

Befehle:
  validate FILE        ein Briefing prüfen; Exit-Code 0 mit Zählungen und Warnungen, 1 bei Fehler
                       [--verbose: auch die eigenen Worte von SQLite]
  info FILE            Titel, Ausgabe und Inhalt eines Briefings anzeigen
  export-sample OUT    das eingebaute Beispiel-Briefing nach OUT schreiben [--force]
  export-example NAME OUT
                       ein eingebautes Beispiel (sample, european-defence)
                       nach OUT schreiben [--force]
  upgrade IN OUT       eine Kopie von IN im aktuellen Format nach OUT schreiben [--force]
  generate OUT         ein synthetisches Briefing für Benchmarks und Tests schreiben:
                       [--events N] [--series S] [--points P] [--faq K]
                       [--languages L] [--seed X] [--force]
  search FILE QUERY    Volltextsuche [--lang L]; ein Ergebnis pro Zeile:
                       Art, ID, Titel und Ausschnitt mit [gefundenen] Wörtern
  index FILE           den Suchindex in FILE (neu) erstellen
  export-translations FILE --lang L -o OUT.xlf
                       der Text des Briefings als XLIFF 1.2 für Übersetzer
  import-translations FILE IN.xlf
                       geprüfte Übersetzungen in FILE schreiben (vorher Sicherungskopie)
  translation-status FILE
                       übersetzte, fehlende und veraltete Texte je Sprache
  paths FILE           die Pfade des Briefings mit ihren Stationen: den Standardpfad,
                       die eigenen der Datei und mit --user Ihre [--library PATH]
  add-path FILE PATH.json
                       einen Pfad (JSON) in FILE schreiben; er ersetzt einen mit seiner ID
  notes FILE           die Notizen zum Briefing aus Ihrer Bibliothek [--format markdown|json]
  note FILE ITEM-ID TEXT
                       eine Notiz (Markdown) zu einem Element in Ihre Bibliothek aufnehmen
  import-notes IN.json mit notes --format json exportierte Notizen zusammenführen
                       (Notizbefehle akzeptieren --library PATH)

Optionen:
  -h, --help           diese Hilfe anzeigen
  -v, --version        die Version anzeigen
</translation>
        </message>
        <message>
            <source>also print SQLite's own words when the file is refused</source>
            <translation>auch die eigenen Worte von SQLite ausgeben, wenn die Datei abgelehnt wird</translation>
        </message>
        <message>
            <source>details: %1</source>
            <translation>Details: %1</translation>
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
            <translation>Aufruf: briefing-tool BEFEHL [Optionen]

Befehle:
  validate FILE        ein Briefing prüfen; Exit-Code 0 mit Zählungen und Warnungen, 1 bei Fehler
                       [--verbose: auch die eigenen Worte von SQLite]
  info FILE            Titel, Ausgabe und Inhalt eines Briefings anzeigen
  export-sample OUT    das eingebaute Beispiel-Briefing nach OUT schreiben [--force]
  export-example NAME OUT
                       ein eingebautes Beispiel (sample, european-defence)
                       nach OUT schreiben [--force]
  upgrade IN OUT       eine Kopie von IN im aktuellen Format nach OUT schreiben [--force]
  generate OUT         ein synthetisches Briefing für Benchmarks und Tests schreiben:
                       [--events N] [--series S] [--points P] [--faq K]
                       [--languages L] [--seed X] [--force]
  search FILE QUERY    Volltextsuche [--lang L]; ein Ergebnis pro Zeile:
                       Art, ID, Titel und Ausschnitt mit [gefundenen] Wörtern
  index FILE           den Suchindex in FILE (neu) erstellen
  export-translations FILE --lang L -o OUT.xlf
                       der Text des Briefings als XLIFF 1.2 für Übersetzer
  import-translations FILE IN.xlf
                       geprüfte Übersetzungen in FILE schreiben (vorher Sicherungskopie)
  translation-status FILE
                       übersetzte, fehlende und veraltete Texte je Sprache
  paths FILE           die Pfade des Briefings mit ihren Stationen: den Standardpfad,
                       die eigenen der Datei und mit --user Ihre [--library PATH]
  add-path FILE PATH.json
                       einen Pfad (JSON) in FILE schreiben; er ersetzt einen mit seiner ID
  export-path FILE -o OUT.pdf|OUT-%n.png
                       ein Pfad, wie die Bühne ihn zeigt, eine Seite oder PNG je Station:
                       [--path ID|default] [--notes none|below|page]
                       [--size WxH] [--look normal|projector]
  notes FILE           die Notizen zum Briefing aus Ihrer Bibliothek [--format markdown|json]
  note FILE ITEM-ID TEXT
                       eine Notiz (Markdown) zu einem Element in Ihre Bibliothek aufnehmen
  import-notes IN.json mit notes --format json exportierte Notizen zusammenführen
                       (Notizbefehle akzeptieren --library PATH)

Optionen:
  -h, --help           diese Hilfe anzeigen
  -v, --version        die Version anzeigen
</translation>
        </message>
    </context>
    <context>
        <name>TranslationCommands</name>
        <message>
            <source>The target language (BCP 47, e.g. uk).</source>
            <translation>Die Zielsprache (BCP 47, z. B. uk).</translation>
        </message>
        <message>
            <source>The XLIFF file to write.</source>
            <translation>Die zu schreibende XLIFF-Datei.</translation>
        </message>
        <message>
            <source>briefing-tool: export-translations needs --lang L and -o OUT.xlf</source>
            <translation>briefing-tool: export-translations erwartet --lang L und -o ZIEL.xlf</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is the briefing's source language; choose the language to translate into.</source>
            <translation>briefing-tool: „%1“ ist die Ausgangssprache des Briefings; wählen Sie die Sprache, in die übersetzt werden soll.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2.</source>
            <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
        </message>
        <message>
            <source>Wrote %1 (%2 → %3)</source>
            <translation>%1 geschrieben (%2 → %3)</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation>„%1“ konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>Nothing was imported; “%1” is unchanged.</source>
            <translation>Es wurde nichts importiert; „%1“ ist unverändert.</translation>
        </message>
        <message>
            <source>Imported %1 translation(s) into “%2” (%3 left untranslated). Backup: %4</source>
            <translation>%1 Übersetzung(en) in „%2“ importiert (%3 weiterhin unübersetzt). Sicherungskopie: %4</translation>
        </message>
        <message>
            <source>No translations (source language: %1).</source>
            <translation>Keine Übersetzungen (Ausgangssprache: %1).</translation>
        </message>
        <message>
            <source>language  translated        missing           stale</source>
            <translation>Sprache   übersetzt         fehlend           veraltet</translation>
        </message>
    </context>
    <context>
        <name>TranslationExchange</name>
        <message>
            <source>%1 “%2”, field: %3</source>
            <translation>%1 „%2“, Feld: %3</translation>
        </message>
        <message>
            <source>The source text has changed since this translation was made: review it.</source>
            <translation>Der Ausgangstext wurde geändert, seit diese Übersetzung erstellt wurde: Überprüfen Sie sie.</translation>
        </message>
        <message>
            <source>The XLIFF file is not well-formed XML (line %1: %2). Save it again from your translation tool.</source>
            <translation>Die XLIFF-Datei ist kein wohlgeformtes XML (Zeile %1: %2). Speichern Sie sie erneut aus Ihrem Übersetzungswerkzeug.</translation>
        </message>
        <message>
            <source>The XLIFF file names no valid target-language (“%1”).</source>
            <translation>Die XLIFF-Datei gibt keine gültige target-language an („%1“).</translation>
        </message>
        <message>
            <source>The target language “%1” is the briefing's source language.</source>
            <translation>Die Zielsprache „%1“ ist die Ausgangssprache des Briefings.</translation>
        </message>
        <message>
            <source>unknown unit id (line %1): the briefing has no such item and field.</source>
            <translation>unbekannte ID einer Übersetzungseinheit (Zeile %1): Das Briefing enthält keine solche Kombination aus Element und Feld.</translation>
        </message>
        <message>
            <source>the unit appears twice (line %1).</source>
            <translation>die Übersetzungseinheit kommt doppelt vor (Zeile %1).</translation>
        </message>
        <message>
            <source>stale source: the text was changed in the briefing after the export. Export again and translate the new text.</source>
            <translation>veralteter Ausgangstext: Der Text wurde nach dem Export im Briefing geändert. Exportieren Sie erneut und übersetzen Sie den neuen Text.</translation>
        </message>
        <message>
            <source>empty target: translate the text, or mark the unit as new.</source>
            <translation>leere Übersetzung (target): Übersetzen Sie den Text oder markieren Sie die Einheit als neu.</translation>
        </message>
        <message>
            <source>the placeholders (%1, %2 …) differ from the source's.</source>
            <translation>die Platzhalter (%1, %2 …) weichen von denen des Ausgangstexts ab.</translation>
        </message>
        <message>
            <source>the Markdown links differ from the source's: keep every link target.</source>
            <translation>die Markdown-Links weichen von denen des Ausgangstexts ab: Behalten Sie jedes Linkziel bei.</translation>
        </message>
        <message>
            <source>The XLIFF file has no translated unit; nothing to import.</source>
            <translation>Die XLIFF-Datei enthält keine übersetzte Einheit; es gibt nichts zu importieren.</translation>
        </message>
        <message>
            <source>Could not make the backup “%1”; nothing was written.</source>
            <translation>Die Sicherungskopie „%1“ konnte nicht angelegt werden; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Writing the translations failed (%1); the file is as it was.</source>
            <translation>Das Schreiben der Übersetzungen ist fehlgeschlagen (%1); die Datei ist unverändert.</translation>
        </message>
        <message>
            <source>The translations were written, but the search index was not rebuilt (%1). Run: briefing-tool index FILE</source>
            <translation>Die Übersetzungen wurden geschrieben, aber der Suchindex wurde nicht neu aufgebaut (%1). Führen Sie aus: briefing-tool index DATEI</translation>
        </message>
    </context>
    <context>
        <name>bv::AudienceWindow</name>
        <message>
            <source>Audience — Briefing Viewer</source>
            <translation>Publikum — Briefing Viewer</translation>
        </message>
    </context>
    <context>
        <name>bv::ChartPanel</name>
        <message>
            <source>This briefing has no data series.</source>
            <translation>Dieses Briefing enthält keine Datenreihen.</translation>
        </message>
        <message>
            <source>Each chart shows only the figures the briefing states, with their source. Hover a point for its value, click it to see what relies on it.</source>
            <translation>Jedes Diagramm zeigt nur die Werte, die das Briefing angibt, jeweils mit Quelle. Zeigen Sie auf einen Punkt, um seinen Wert zu sehen; klicken Sie darauf, um zu sehen, was sich darauf stützt.</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
    </context>
    <context>
        <name>bv::CurrentBriefing</name>
        <message>
            <source>Cannot open the briefing</source>
            <translation>Das Briefing kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <translation>„%1“ wird geöffnet…</translation>
        </message>
        <message>
            <source>Showing the content in %1…</source>
            <translation>Der Inhalt wird auf %1 umgestellt…</translation>
        </message>
        <message>
            <source>Cannot switch the content language</source>
            <translation>Die Inhaltssprache kann nicht gewechselt werden</translation>
        </message>
        <message>
            <source>The content of “%1” could not be switched to %2; it is still shown in %3.

%4

Once the file can be read, choose %2 again in View &gt; Content Language.</source>
            <translation>Der Inhalt von „%1“ konnte nicht auf %2 umgestellt werden; er wird weiterhin auf %3 angezeigt.

%4

Sobald die Datei lesbar ist, wählen Sie %2 erneut unter Ansicht &gt; Inhaltssprache.</translation>
        </message>
        <message>
            <source>“%1” is not a file on this computer: Briefing Viewer opens briefing files on this computer and briefing:// links. Save the briefing on this computer and open the copy.</source>
            <translation>„%1“ ist keine Datei auf diesem Computer: Briefing Viewer öffnet Briefing-Dateien auf diesem Computer und briefing://-Links. Speichern Sie das Briefing auf diesem Computer und öffnen Sie die Kopie.</translation>
        </message>
    </context>
    <context>
        <name>bv::DesktopActions</name>
        <message>
            <source>T&amp;heme</source>
            <translation>Farbs&amp;chema</translation>
        </message>
        <message>
            <source>Te&amp;xt Size</source>
            <translation>Text&amp;größe</translation>
        </message>
        <message>
            <source>&amp;Larger Text</source>
            <translation>Text &amp;vergrößern</translation>
        </message>
        <message>
            <source>&amp;Smaller Text</source>
            <translation>Text ver&amp;kleinern</translation>
        </message>
        <message>
            <source>&amp;Normal Text Size</source>
            <translation>&amp;Normale Textgröße</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>%1 (%2 × %3)</source>
            <translation>%1 (%2 × %3)</translation>
        </message>
        <message>
            <source>Folder for Your Notes</source>
            <translation>Ordner für Ihre Notizen</translation>
        </message>
        <message>
            <source>Your notes cannot be kept in “%1”: it is not a folder you can write in. Choose another one.</source>
            <translation>Ihre Notizen können nicht in „%1“ abgelegt werden: Es ist kein Ordner, in den Sie schreiben können. Wählen Sie einen anderen.</translation>
        </message>
        <message>
            <source>“%1” has no library yet. Copy your notes, bookmarks and reading positions there? Otherwise a new, empty library is started in it.</source>
            <translation>„%1“ enthält noch keine Bibliothek. Ihre Notizen, Lesezeichen und Lesepositionen dorthin kopieren? Andernfalls wird dort eine neue, leere Bibliothek angelegt.</translation>
        </message>
    </context>
    <context>
        <name>bv::DetailPane</name>
        <message>
            <source>Details of the current item</source>
            <translation>Details des aktuellen Elements</translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>Es ist kein Briefing geöffnet.</translation>
        </message>
    </context>
    <context>
        <name>bv::DockLayout</name>
        <message>
            <source>Navigator</source>
            <translation>Navigator</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>FAQ</source>
            <translation>FAQ</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Übersetzung</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Path Editor</source>
            <translation>Pfad-Editor</translation>
        </message>
    </context>
    <context>
        <name>bv::FaqListView</name>
        <message>
            <source>Linked:</source>
            <translation>Verknüpft:</translation>
        </message>
    </context>
    <context>
        <name>bv::FaqPanel</name>
        <message>
            <source>&amp;Questions about this</source>
            <translation>&amp;Fragen hierzu</translation>
        </message>
        <message>
            <source>Show only the questions linked to the current item</source>
            <translation>Nur die mit dem aktuellen Element verknüpften Fragen anzeigen</translation>
        </message>
        <message>
            <source>Frequently asked questions</source>
            <translation>Häufig gestellte Fragen</translation>
        </message>
        <message>
            <source>Select an item to see the questions about it; all questions are shown.</source>
            <translation>Wählen Sie ein Element aus, um die Fragen dazu zu sehen; derzeit werden alle Fragen angezeigt.</translation>
        </message>
        <message>
            <source>No question is linked to “%1”.</source>
            <translation>Mit „%1“ ist keine Frage verknüpft.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) about “%1”.</source>
            <translation>
                <numerusform>%n Frage zu „%1“.</numerusform>
                <numerusform>%n Fragen zu „%1“.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bv::ItemListView</name>
        <message>
            <source>Filter: %1</source>
            <translation>Filter: %1</translation>
        </message>
        <message>
            <source>Filter the list: %1</source>
            <translation>Liste filtern: %1</translation>
        </message>
    </context>
    <context>
        <name>bv::LibraryActions</name>
        <message>
            <source>Copied %1</source>
            <translation>%1 kopiert</translation>
        </message>
        <message>
            <source>Your notes</source>
            <translation>Ihre Notizen</translation>
        </message>
        <message>
            <source>&amp;Bookmarks</source>
            <translation>&amp;Lesezeichen</translation>
        </message>
        <message>
            <source>&amp;Bookmark This Item</source>
            <translation>Lesezeichen für dieses Element &amp;setzen</translation>
        </message>
        <message>
            <source>Write a &amp;Note…</source>
            <translation>&amp;Notiz schreiben…</translation>
        </message>
        <message>
            <source>Copy &amp;Link to This Item</source>
            <translation>&amp;Link zu diesem Element kopieren</translation>
        </message>
        <message>
            <source>Show &amp;Notes and Bookmarks</source>
            <translation>Notizen und Lesezeichen &amp;anzeigen</translation>
        </message>
        <message>
            <source>&amp;Export Notes…</source>
            <translation>Notizen &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Import Notes…</source>
            <translation>Notizen &amp;importieren…</translation>
        </message>
        <message>
            <source>“%1” has no item “%2”; it may have been removed in this edition.</source>
            <translation>„%1“ hat kein Element „%2“; es wurde in dieser Ausgabe möglicherweise entfernt.</translation>
        </message>
        <message>
            <source>The link needs the briefing “%1” (id %2), which is not where it was last opened from nor among your recent files. Open its file once (File &gt; Open), then follow the link again.</source>
            <translation>Der Link benötigt das Briefing „%1“ (ID %2), das sich weder dort befindet, wo es zuletzt geöffnet wurde, noch unter Ihren zuletzt geöffneten Dateien ist. Öffnen Sie seine Datei einmal (Datei &gt; Öffnen) und folgen Sie dem Link dann erneut.</translation>
        </message>
        <message>
            <source>The link needs the briefing with id “%1”, which you have not opened here yet. Open its file (File &gt; Open), then follow the link again.</source>
            <translation>Der Link benötigt das Briefing mit der ID „%1“, das Sie hier noch nicht geöffnet haben. Öffnen Sie seine Datei (Datei &gt; Öffnen) und folgen Sie dem Link dann erneut.</translation>
        </message>
        <message>
            <source>Cannot open the link</source>
            <translation>Der Link kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Export Notes</source>
            <translation>Notizen exportieren</translation>
        </message>
        <message>
            <source>Markdown (*.md);;JSON, to import elsewhere (*.json)</source>
            <translation>Markdown (*.md);;JSON, zum Import an anderer Stelle (*.json)</translation>
        </message>
        <message>
            <source>Notes written to %1</source>
            <translation>Notizen nach %1 geschrieben</translation>
        </message>
        <message>
            <source>Import Notes</source>
            <translation>Notizen importieren</translation>
        </message>
        <message>
            <source>Notes (*.json)</source>
            <translation>Notizen (*.json)</translation>
        </message>
        <message>
            <source>Starting a new library keeps the damaged one beside it, renamed with today's date, so nothing in it is lost.</source>
            <translation>Eine neue Bibliothek lässt die beschädigte daneben liegen, umbenannt mit dem heutigen Datum, sodass nichts darin verloren geht.</translation>
        </message>
        <message>
            <source>Start a New Library</source>
            <translation>Neue Bibliothek anlegen</translation>
        </message>
        <message>
            <source>Keep Notes Off</source>
            <translation>Notizen ausgeschaltet lassen</translation>
        </message>
        <message>
            <source>A new library was started; the damaged one was kept beside it, renamed with today's date.</source>
            <translation>Eine neue Bibliothek wurde angelegt; die beschädigte liegt daneben, umbenannt mit dem heutigen Datum.</translation>
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
                <numerusform>%1 · %n Warnung, in der Übersicht aufgeführt</numerusform>
                <numerusform>%1 · %n Warnungen, in der Übersicht aufgeführt</numerusform>
            </translation>
        </message>
        <message>
            <source>Briefing Viewer</source>
            <translation>Briefing Viewer</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Content Language</source>
            <translation>&amp;Inhaltssprache</translation>
        </message>
        <message>
            <source>%1 · content in %2</source>
            <translation>%1 · Inhalt auf %2</translation>
        </message>
    </context>
    <context>
        <name>bv::NavigatorView</name>
        <message>
            <source>Sections of the briefing</source>
            <translation>Abschnitte des Briefings</translation>
        </message>
    </context>
    <context>
        <name>bv::NoteEditor</name>
        <message>
            <source>The note is longer than 1 MB; it is not saved until it is shorter.</source>
            <translation>Die Notiz ist länger als 1 MB; sie wird erst gespeichert, wenn sie kürzer ist.</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>Vergleichen…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Ihre Notiz</translation>
        </message>
        <message>
            <source>Your note on “%1”</source>
            <translation>Ihre Notiz zu „%1“</translation>
        </message>
        <message>
            <source>Write a note on this item, in Markdown. It is kept in your library, never in the briefing file.</source>
            <translation>Schreiben Sie eine Notiz zu diesem Element, in Markdown. Sie wird in Ihrer Bibliothek gespeichert, nie in der Briefing-Datei.</translation>
        </message>
        <message>
            <source>This item has changed since the note was written.</source>
            <translation>Dieses Element hat sich geändert, seit die Notiz geschrieben wurde.</translation>
        </message>
        <message>
            <source>Written on edition %1; this item has changed since.</source>
            <translation>Zu Ausgabe %1 geschrieben; dieses Element hat sich seitdem geändert.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Wird bearbeitet…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>What changed in “%1”</source>
            <translation>Was sich in „%1“ geändert hat</translation>
        </message>
        <message>
            <source>When the note was written</source>
            <translation>Als die Notiz geschrieben wurde</translation>
        </message>
        <message>
            <source>Edition %1, when the note was written</source>
            <translation>Ausgabe %1, als die Notiz geschrieben wurde</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Edition %1, now</source>
            <translation>Ausgabe %1, jetzt</translation>
        </message>
        <message>
            <source>My note still holds</source>
            <translation>Meine Notiz gilt weiterhin</translation>
        </message>
        <message>
            <source>Saved beside a note written elsewhere meanwhile (another window or briefing-tool); both are in the Notes panel.</source>
            <translation>Neben einer inzwischen anderswo geschriebenen Notiz gespeichert (in einem anderen Fenster oder mit briefing-tool); beide stehen im Bereich „Notizen“.</translation>
        </message>
        <message>
            <source>Not deleted: the note was changed elsewhere meanwhile (another window or briefing-tool); it is shown again.</source>
            <translation>Nicht gelöscht: Die Notiz wurde inzwischen anderswo geändert (in einem anderen Fenster oder mit briefing-tool); sie wird wieder angezeigt.</translation>
        </message>
        <message>
            <source>Your note on the current item</source>
            <translation>Ihre Notiz zum aktuellen Element</translation>
        </message>
        <message>
            <source>Preview of your note</source>
            <translation>Vorschau Ihrer Notiz</translation>
        </message>
    </context>
    <context>
        <name>bv::NotesListModel</name>
        <message>
            <source>[item changed since]</source>
            <translation>[Element seitdem geändert]</translation>
        </message>
        <message>
            <source>[item no longer in this briefing]</source>
            <translation>[Element nicht mehr in diesem Briefing]</translation>
        </message>
        <message>
            <source>Bookmark</source>
            <translation>Lesezeichen</translation>
        </message>
        <message>
            <source>Bookmark: %1</source>
            <translation>Lesezeichen: %1</translation>
        </message>
        <message>
            <source>Note on %1</source>
            <translation>Notiz zu %1</translation>
        </message>
    </context>
    <context>
        <name>bv::NotesPanel</name>
        <message>
            <source>Filter your notes and bookmarks</source>
            <translation>Ihre Notizen und Lesezeichen filtern</translation>
        </message>
        <message>
            <source>Filter notes</source>
            <translation>Notizen filtern</translation>
        </message>
        <message>
            <source>All briefings</source>
            <translation>Alle Briefings</translation>
        </message>
        <message>
            <source>List the notes of every briefing in your library, not only of the open one</source>
            <translation>Die Notizen aller Briefings in Ihrer Bibliothek auflisten, nicht nur die des geöffneten</translation>
        </message>
        <message>
            <source>Your notes and bookmarks</source>
            <translation>Ihre Notizen und Lesezeichen</translation>
        </message>
        <message>
            <source>No notes or bookmarks yet: Ctrl+Shift+N writes a note on the current item, Ctrl+D bookmarks it.</source>
            <translation>Noch keine Notizen oder Lesezeichen: Ctrl+Shift+N schreibt eine Notiz zum aktuellen Element, Ctrl+D setzt ein Lesezeichen darauf.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>Es ist kein Briefing geöffnet.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2.</source>
            <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation>„%1“ konnte nicht gelesen werden: %2.</translation>
        </message>
    </context>
    <context>
        <name>bv::OverviewPage</name>
        <message>
            <source>Briefing overview</source>
            <translation>Briefing-Übersicht</translation>
        </message>
        <message>
            <source>No briefing is open. Use File &gt; Open to choose one.</source>
            <translation>Es ist kein Briefing geöffnet. Wählen Sie eines über Datei &gt; Öffnen.</translation>
        </message>
    </context>
    <context>
        <name>bv::PanelCycler</name>
        <message>
            <source>Next &amp;Panel</source>
            <translation>Nächster &amp;Bereich</translation>
        </message>
        <message>
            <source>Move the keyboard to the next panel (F6)</source>
            <translation>Die Tastatur in den nächsten Bereich bewegen (F6)</translation>
        </message>
        <message>
            <source>Pre&amp;vious Panel</source>
            <translation>&amp;Vorheriger Bereich</translation>
        </message>
        <message>
            <source>Move the keyboard to the previous panel (Shift+F6)</source>
            <translation>Die Tastatur in den vorherigen Bereich bewegen (Umschalt+F6)</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentActions</name>
        <message>
            <source>&amp;Presentation</source>
            <translation>&amp;Präsentation</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>&amp;Präsentieren</translation>
        </message>
        <message>
            <source>Show the chosen path to an audience from its first stop (F5)</source>
            <translation>Den gewählten Pfad dem Publikum ab der ersten Station zeigen (F5)</translation>
        </message>
        <message>
            <source>Present from &amp;Current Stop</source>
            <translation>Ab aktueller &amp;Station präsentieren</translation>
        </message>
        <message>
            <source>&amp;Rehearse</source>
            <translation>Pro&amp;ben</translation>
        </message>
        <message>
            <source>Present the path from its start and keep the time spent on each stop</source>
            <translation>Den Pfad von Anfang an präsentieren und die Zeit an jeder Station festhalten</translation>
        </message>
        <message>
            <source>Stage and Console as &amp;Windows</source>
            <translation>Bühne und Konsole als &amp;Fenster</translation>
        </message>
        <message>
            <source>Show the stage and the console as ordinary windows, for sharing one in a call</source>
            <translation>Bühne und Konsole als gewöhnliche Fenster zeigen, um eines in einem Anruf zu teilen</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Präsentieren</translation>
        </message>
        <message>
            <source>Last time this path was left at stop %1, “%2”. Resume there?</source>
            <translation>Zuletzt wurde dieser Pfad bei Station %1, „%2“, verlassen. Dort fortsetzen?</translation>
        </message>
        <message>
            <source>Resume at Stop %1</source>
            <translation>Bei Station %1 fortsetzen</translation>
        </message>
        <message>
            <source>From the Start</source>
            <translation>Von Anfang an</translation>
        </message>
        <message>
            <source>Co&amp;mpare Rehearsals…</source>
            <translation>Proben &amp;vergleichen…</translation>
        </message>
        <message>
            <source>The chosen path's rehearsals side by side: each stop's time against its budget</source>
            <translation>Die Proben des gewählten Pfads nebeneinander: die Zeit jeder Station gegen ihr Zeitbudget</translation>
        </message>
    </context>
    <context>
        <name>bv::PresenterConsole</name>
        <message>
            <source>Time since the show started, against the sum of the stops' budgets</source>
            <translation>Zeit seit Beginn der Vorführung, gemessen an der Summe der Zeitbudgets der Stationen</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Stop the clock; it stays stopped while you move between stops</source>
            <translation>Die Uhr anhalten; sie bleibt stehen, während Sie zwischen Stationen wechseln</translation>
        </message>
        <message>
            <source>End Show</source>
            <translation>Präsentation beenden</translation>
        </message>
        <message>
            <source>Speaker notes</source>
            <translation>Sprechernotizen</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller notes</source>
            <translation>Kleinere Notizen</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger notes</source>
            <translation>Größere Notizen</translation>
        </message>
        <message>
            <source>On this stop:</source>
            <translation>An dieser Station:</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>Stationen</translation>
        </message>
        <message>
            <source>Go to: a number or part of a title, then Enter</source>
            <translation>Gehe zu: eine Nummer oder ein Teil eines Titels, dann Eingabe</translation>
        </message>
        <message>
            <source>Press Esc again to end the show</source>
            <translation>Noch einmal Esc drücken, um die Präsentation zu beenden</translation>
        </message>
        <message>
            <source>Presenter Console — Briefing Viewer</source>
            <translation>Referentenkonsole — Briefing Viewer</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>Jetzt: %1</translation>
        </message>
        <message>
            <source>Stop %1 of %2</source>
            <translation>Station %1 von %2</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Als Nächstes: %1</translation>
        </message>
        <message>
            <source>Next: the end of the path</source>
            <translation>Als Nächstes: das Ende des Pfads</translation>
        </message>
        <message>
            <source>Black screen</source>
            <translation>Schwarzer Bildschirm</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>Weißer Bildschirm</translation>
        </message>
        <message>
            <source>Frozen: the audience sees stop %1</source>
            <translation>Eingefroren: das Publikum sieht Station %1</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Rehearsing</source>
            <translation>Probe</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>Last rehearsal: %1</source>
            <translation>Letzte Probe: %1</translation>
        </message>
        <message>
            <source>No stop matches</source>
            <translation>Keine Station passt</translation>
        </message>
        <message>
            <source>Enter goes to %1. %2</source>
            <translation>Eingabe geht zu %1. %2</translation>
        </message>
        <message>
            <source>Go to stop</source>
            <translation>Zur Station gehen</translation>
        </message>
        <message>
            <source>Current stop</source>
            <translation>Aktuelle Station</translation>
        </message>
        <message>
            <source>Next stop</source>
            <translation>Nächste Station</translation>
        </message>
        <message>
            <source>Last rehearsal: %1, before: %2</source>
            <translation>Letzte Probe: %1, davor: %2</translation>
        </message>
    </context>
    <context>
        <name>bv::RehearsalTableModel</name>
        <message>
            <source>Untitled stop</source>
            <translation>Station ohne Titel</translation>
        </message>
        <message>
            <source>Budget: %1</source>
            <translation>Zeitbudget: %1</translation>
        </message>
        <message>
            <source>No budget</source>
            <translation>Kein Zeitbudget</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) without a budget</source>
            <translation>
                <numerusform>%n Station ohne Zeitbudget</numerusform>
                <numerusform>%n Stationen ohne Zeitbudget</numerusform>
            </translation>
        </message>
        <message>
            <source>Median: %1</source>
            <translation>Median: %1</translation>
        </message>
        <message>
            <source>Not timed in any rehearsal</source>
            <translation>In keiner Probe gestoppt</translation>
        </message>
        <message>
            <source>Time: %1</source>
            <translation>Zeit: %1</translation>
        </message>
        <message>
            <source>Not timed</source>
            <translation>Nicht gestoppt</translation>
        </message>
        <message>
            <source>%1 longer than the rehearsal before</source>
            <translation>%1 länger als die Probe davor</translation>
        </message>
        <message>
            <source>%1 shorter than the rehearsal before</source>
            <translation>%1 kürzer als die Probe davor</translation>
        </message>
        <message>
            <source>As long as the rehearsal before</source>
            <translation>So lang wie die Probe davor</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) not timed</source>
            <translation>
                <numerusform>%n Station nicht gestoppt</numerusform>
                <numerusform>%n Stationen nicht gestoppt</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 over the budget of %2</source>
            <translation>%1 über dem Zeitbudget von %2</translation>
        </message>
        <message>
            <source>Within the budget of %1</source>
            <translation>Innerhalb des Zeitbudgets von %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>The path's stops together</source>
            <translation>Alle Stationen des Pfads zusammen</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Zeitbudget</translation>
        </message>
        <message>
            <source>The time you mean to spend on each stop</source>
            <translation>Die Zeit, die Sie für jede Station vorsehen</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message numerus="yes">
            <source>The middle time of the %n rehearsal(s) kept: half took longer, half less</source>
            <translation>
                <numerusform>Die mittlere Zeit der %n aufbewahrten Probe</numerusform>
                <numerusform>Die mittlere Zeit der %n aufbewahrten Proben: die Hälfte dauerte länger, die Hälfte kürzer</numerusform>
            </translation>
        </message>
        <message>
            <source>Rehearsed %1</source>
            <translation>Geprobt: %1</translation>
        </message>
        <message>
            <source>The newest rehearsal</source>
            <translation>Die neueste Probe</translation>
        </message>
        <message numerus="yes">
            <source>Rehearsed when the path had %n stop(s); the times are shown by the stops' places now</source>
            <translation>
                <numerusform>Geprobt, als der Pfad %n Station hatte; die Zeiten stehen bei den Stationen, die jetzt an diesen Plätzen sind</numerusform>
                <numerusform>Geprobt, als der Pfad %n Stationen hatte; die Zeiten stehen bei den Stationen, die jetzt an diesen Plätzen sind</numerusform>
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
            <translation>Proben</translation>
        </message>
        <message>
            <source>Rehearsals of “%1”</source>
            <translation>Proben von „%1“</translation>
        </message>
        <message>
            <source>This path has not been rehearsed yet. Presentation &gt; Rehearse times each of its stops.</source>
            <translation>Dieser Pfad wurde noch nicht geprobt. Präsentation &gt; Proben stoppt die Zeit jeder seiner Stationen.</translation>
        </message>
        <message numerus="yes">
            <source>%n rehearsal(s); the library keeps the newest %1.</source>
            <translation>
                <numerusform>%n Probe; die Bibliothek bewahrt die %1 neuesten auf.</numerusform>
                <numerusform>%n Proben; die Bibliothek bewahrt die %1 neuesten auf.</numerusform>
            </translation>
        </message>
        <message>
            <source>The newest took %1 in all.</source>
            <translation>Die neueste dauerte insgesamt %1.</translation>
        </message>
        <message>
            <source>That is %1 longer than the rehearsal before.</source>
            <translation>Das sind %1 mehr als bei der Probe davor.</translation>
        </message>
        <message>
            <source>That is %1 shorter than the rehearsal before.</source>
            <translation>Das sind %1 weniger als bei der Probe davor.</translation>
        </message>
        <message>
            <source>That is as long as the rehearsal before.</source>
            <translation>Das ist so lang wie die Probe davor.</translation>
        </message>
        <message numerus="yes">
            <source>It went over the budget on %n stop(s).</source>
            <translation>
                <numerusform>Sie überschritt das Zeitbudget an %n Station.</numerusform>
                <numerusform>Sie überschritt das Zeitbudget an %n Stationen.</numerusform>
            </translation>
        </message>
        <message>
            <source>It kept within the budget on every stop that has one.</source>
            <translation>Sie blieb an jeder Station mit Zeitbudget innerhalb davon.</translation>
        </message>
        <message>
            <source>Compare Rehearsals</source>
            <translation>Proben vergleichen</translation>
        </message>
        <message>
            <source>Rehearsals by stop</source>
            <translation>Proben nach Station</translation>
        </message>
        <message>
            <source>Each time is followed by its change from the rehearsal before it, in the column to its right (+ longer, − shorter). Green: within the stop's budget; red: over it. —: not timed, or no budget. Median: the middle time of the rehearsals kept.</source>
            <translation>Hinter jeder Zeit steht ihre Änderung gegenüber der Probe davor, in der Spalte rechts daneben (+ länger, − kürzer). Grün: innerhalb des Zeitbudgets der Station; rot: darüber. —: nicht gestoppt oder kein Zeitbudget. Median: die mittlere Zeit der aufbewahrten Proben.</translation>
        </message>
    </context>
    <context>
        <name>bv::SafeTextDocument</name>
        <message>
            <source>[image]</source>
            <translation>[Bild]</translation>
        </message>
        <message>
            <source>[image: %1]</source>
            <translation>[Bild: %1]</translation>
        </message>
    </context>
    <context>
        <name>bv::SearchField</name>
        <message>
            <source>Search the briefing (%1)</source>
            <translation>Das Briefing durchsuchen (%1)</translation>
        </message>
        <message>
            <source>Search the briefing</source>
            <translation>Briefing durchsuchen</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Suche leeren</translation>
        </message>
        <message>
            <source>Go to the search results</source>
            <translation>Zu den Suchergebnissen gehen</translation>
        </message>
    </context>
    <context>
        <name>bv::SearchPanel</name>
        <message>
            <source>No briefing is open.</source>
            <translation>Es ist kein Briefing geöffnet.</translation>
        </message>
        <message>
            <source>Preparing the search index…</source>
            <translation>Suchindex wird vorbereitet…</translation>
        </message>
        <message>
            <source>Type in the search field (Ctrl+F) to search the whole briefing.</source>
            <translation>Geben Sie einen Suchbegriff in das Suchfeld (Ctrl+F) ein, um das ganze Briefing zu durchsuchen.</translation>
        </message>
        <message>
            <source>Nothing matches “%1”.</source>
            <translation>Keine Treffer für „%1“.</translation>
        </message>
        <message>
            <source>More than %1 results; the best are shown. Add a word to narrow the search.</source>
            <translation>Mehr als %1 Ergebnisse; die besten werden angezeigt. Fügen Sie ein Wort hinzu, um die Suche einzugrenzen.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n Ergebnis</numerusform>
                <numerusform>%n Ergebnisse</numerusform>
            </translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>Search is unavailable: the briefing could not be read again to index it. Open it again, or ship an index in it with: briefing-tool index FILE</source>
            <translation>Die Suche ist nicht verfügbar: Das Briefing konnte zum Indizieren nicht erneut gelesen werden. Öffnen Sie es erneut oder fügen Sie ihm einen Index hinzu mit: briefing-tool index DATEI</translation>
        </message>
    </context>
    <context>
        <name>bv::SearchResultsModel</name>
        <message>
            <source>My notes (%1)</source>
            <translation>Meine Notizen (%1)</translation>
        </message>
    </context>
    <context>
        <name>bv::SeriesChart</name>
        <message>
            <source>no value</source>
            <translation>kein Wert</translation>
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
            <translation>Quelle: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) without a source are not shown.</source>
            <translation>
                <numerusform>%n Punkt ohne Quelle wird nicht angezeigt.</numerusform>
                <numerusform>%n Punkte ohne Quelle werden nicht angezeigt.</numerusform>
            </translation>
        </message>
        <message>
            <source>No figure of this series names its source, so none is shown.</source>
            <translation>Kein Wert dieser Datenreihe nennt seine Quelle, daher wird keiner angezeigt.</translation>
        </message>
        <message>
            <source>Reading the figures…</source>
            <translation>Die Werte werden gelesen…</translation>
        </message>
        <message>
            <source>This series has no values in this briefing.</source>
            <translation>Diese Datenreihe hat in diesem Briefing keine Werte.</translation>
        </message>
        <message>
            <source>These series have no values in this briefing.</source>
            <translation>Diese Datenreihen haben in diesem Briefing keine Werte.</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>Show the figures as a table beside the chart</source>
            <translation>Die Werte als Tabelle neben dem Diagramm anzeigen</translation>
        </message>
        <message>
            <source>Copy CSV</source>
            <translation>CSV kopieren</translation>
        </message>
        <message>
            <source>Copy every point, with unit and source, as CSV</source>
            <translation>Alle Punkte mit Einheit und Quelle als CSV kopieren</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Copy Image</source>
            <translation>Bild kopieren</translation>
        </message>
        <message>
            <source>Chart: %1</source>
            <translation>Diagramm: %1</translation>
        </message>
        <message>
            <source>Chart of %1. Source: %2.</source>
            <translation>Diagramm zu %1. Quelle: %2.</translation>
        </message>
        <message numerus="yes">
            <source>Line chart of %n point(s) from %1 to %2. Source: %3.</source>
            <translation>
                <numerusform>Liniendiagramm mit %n Punkt von %1 bis %2. Quelle: %3.</numerusform>
                <numerusform>Liniendiagramm mit %n Punkten von %1 bis %2. Quelle: %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Bar chart of %n categorie(s). Source: %1. The table beside it lists the values.</source>
            <translation>
                <numerusform>Balkendiagramm mit %n Kategorie. Quelle: %1. Die Tabelle daneben listet die Werte auf.</numerusform>
                <numerusform>Balkendiagramm mit %n Kategorien. Quelle: %1. Die Tabelle daneben listet die Werte auf.</numerusform>
            </translation>
        </message>
        <message>
            <source>Figures of %1</source>
            <translation>Werte zu %1</translation>
        </message>
        <message>
            <source>%1 — edition %2</source>
            <translation>%1 — Ausgabe %2</translation>
        </message>
        <message>
            <source>This series has no figure with a source; nothing to export.</source>
            <translation>Diese Datenreihe hat keinen Wert mit Quelle; es gibt nichts zu exportieren.</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG-Bilder (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Export Chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Sort by value</source>
            <translation>Nach Wert sortieren</translation>
        </message>
        <message>
            <source>Show the largest value first, or the categories in the briefing's order</source>
            <translation>Den größten Wert zuerst zeigen oder die Kategorien in der Reihenfolge des Briefings</translation>
        </message>
        <message>
            <source>Has your note</source>
            <translation>Mit Ihrer Notiz</translation>
        </message>
        <message>
            <source>Bookmarked</source>
            <translation>Mit Lesezeichen</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>„%1“ konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Break in the series</source>
            <translation>Bruch in der Datenreihe</translation>
        </message>
        <message>
            <source>Event in the briefing's timeline</source>
            <translation>Ereignis in der Zeitleiste des Briefings</translation>
        </message>
        <message>
            <source>Show the chart's own period</source>
            <translation>Den eigenen Zeitraum des Diagramms zeigen</translation>
        </message>
        <message>
            <source>Show the series' own period</source>
            <translation>Den eigenen Zeitraum der Datenreihe zeigen</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n series: %2. Source: %3. The table beside it lists the values.</source>
            <translation>
                <numerusform>%1 aus %n Datenreihe: %2. Quelle: %3. Die Tabelle daneben nennt die Werte.</numerusform>
                <numerusform>%1 aus %n Datenreihen: %2. Quelle: %3. Die Tabelle daneben nennt die Werte.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No points between %1 and %2 (the period the timeline shows).</source>
            <translation>Keine Punkte zwischen %1 und %2 (dem Zeitraum, den die Zeitleiste zeigt).</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Break in the series: %1</source>
            <translation>Bruch in der Datenreihe: %1</translation>
        </message>
        <message>
            <source>%1
Source: %2</source>
            <translation>%1
Quelle: %2</translation>
        </message>
        <message>
            <source>%1
%2
Source: %3</source>
            <translation>%1
%2
Quelle: %3</translation>
        </message>
        <message>
            <source>Current point: %1.</source>
            <translation>Aktueller Punkt: %1.</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>Vergleichen mit…</translation>
        </message>
        <message>
            <source>Add another series of the same unit to this chart for the moment; the file is not changed</source>
            <translation>Diesem Diagramm vorübergehend eine weitere Reihe derselben Einheit hinzufügen; die Datei wird nicht verändert</translation>
        </message>
    </context>
    <context>
        <name>bv::SettingsDialog</name>
        <message>
            <source>Folder for Your Notes</source>
            <translation>Ordner für Ihre Notizen</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>No briefing is open</source>
            <translation>Es ist kein Briefing geöffnet</translation>
        </message>
        <message>
            <source>Automatic (a screen other than the window’s)</source>
            <translation>Automatisch (ein anderer Bildschirm als der des Fensters)</translation>
        </message>
        <message>
            <source>%1 (not connected)</source>
            <translation>%1 (nicht verbunden)</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>&amp;Sprache der Oberfläche:</translation>
        </message>
        <message>
            <source>&amp;Content language:</source>
            <translation>Sprache des &amp;Inhalts:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Farbschema:</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>Text&amp;größe:</translation>
        </message>
        <message>
            <source>Presentation scr&amp;een:</source>
            <translation>&amp;Bildschirm der Präsentation:</translation>
        </message>
        <message>
            <source>Presentation &amp;look:</source>
            <translation>&amp;Aussehen der Präsentation:</translation>
        </message>
        <message>
            <source>&amp;Notes are kept in:</source>
            <translation>&amp;Notizen liegen in:</translation>
        </message>
        <message>
            <source>&amp;Recent files listed:</source>
            <translation>&amp;Zuletzt geöffnete Dateien:</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Projector (high contrast, larger text)</source>
            <translation>Projektor (hoher Kontrast, größerer Text)</translation>
        </message>
        <message>
            <source>The language of the briefing's own text, where it is translated</source>
            <translation>Die Sprache des Textes des Briefings selbst, wo er übersetzt ist</translation>
        </message>
        <message>
            <source>Folder of your notes</source>
            <translation>Ordner Ihrer Notizen</translation>
        </message>
        <message>
            <source>Your notes, bookmarks and reading positions are kept in the file library.sqlite in this folder.</source>
            <translation>Ihre Notizen, Lesezeichen und Lesepositionen liegen in der Datei library.sqlite in diesem Ordner.</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Wählen…</translation>
        </message>
        <message>
            <source>Keep your notes in another folder</source>
            <translation>Ihre Notizen in einem anderen Ordner ablegen</translation>
        </message>
        <message>
            <source>&amp;Open Folder</source>
            <translation>Ordner ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Show the folder in the file manager</source>
            <translation>Den Ordner in der Dateiverwaltung zeigen</translation>
        </message>
        <message>
            <source>In a folder without a library you are asked whether to copy yours there; the library you leave stays where it is.</source>
            <translation>Bei einem Ordner ohne Bibliothek werden Sie gefragt, ob Ihre dorthin kopiert werden soll; die bisherige Bibliothek bleibt, wo sie ist.</translation>
        </message>
        <message>
            <source>How many files File &gt; Open Recent lists (0: none)</source>
            <translation>Wie viele Dateien Datei &gt; Zuletzt geöffnet anzeigt (0: keine)</translation>
        </message>
        <message>
            <source>Recent files listed</source>
            <translation>Zuletzt geöffnete Dateien</translation>
        </message>
    </context>
    <context>
        <name>bv::ShortcutsDialog</name>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Search actions and keys</source>
            <translation>Aktionen und Tasten suchen</translation>
        </message>
        <message>
            <source>Search the shortcuts</source>
            <translation>Tastenkürzel durchsuchen</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Actions and their shortcuts</source>
            <translation>Aktionen und ihre Tastenkürzel</translation>
        </message>
        <message>
            <source>During a show</source>
            <translation>Während einer Präsentation</translation>
        </message>
        <message>
            <source>(no key)</source>
            <translation>(keine Taste)</translation>
        </message>
        <message>
            <source>Go to a stop</source>
            <translation>Zu einer Station gehen</translation>
        </message>
        <message>
            <source>A number or part of a title, then Enter</source>
            <translation>Eine Nummer oder ein Teil eines Titels, dann Eingabe</translation>
        </message>
        <message>
            <source>End the show</source>
            <translation>Präsentation beenden</translation>
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
            <translation>Übersicht über die gesamte Zeitleiste</translation>
        </message>
        <message>
            <source>Drag the window to move through time; drag its edges to zoom</source>
            <translation>Ziehen Sie das Fenster, um sich durch die Zeit zu bewegen; ziehen Sie an seinen Rändern, um zu zoomen</translation>
        </message>
        <message>
            <source>Whole range</source>
            <translation>Gesamter Zeitraum</translation>
        </message>
    </context>
    <context>
        <name>bv::TimelinePanel</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1 — edition %2 — %3</source>
            <translation>%1 — Ausgabe %2 — %3</translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>Es ist kein Briefing geöffnet.</translation>
        </message>
        <message>
            <source>Timeline of events exported from Briefing Viewer</source>
            <translation>Aus Briefing Viewer exportierte Zeitleiste der Ereignisse</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG-Bilder (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Export Timeline</source>
            <translation>Zeitleiste exportieren</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation>&amp;Spuren:</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Nach Kategorie</translation>
        </message>
        <message>
            <source>By actor</source>
            <translation>Nach Akteur</translation>
        </message>
        <message>
            <source>Fit All</source>
            <translation>Alles einpassen</translation>
        </message>
        <message>
            <source>Show every event (Ctrl+0 in the timeline)</source>
            <translation>Alle Ereignisse anzeigen (Ctrl+0 in der Zeitleiste)</translation>
        </message>
        <message>
            <source>S&amp;ync time</source>
            <translation>Zeit s&amp;ynchronisieren</translation>
        </message>
        <message>
            <source>The timeline and the time-axis charts show the same period</source>
            <translation>Die Zeitleiste und die Diagramme mit Zeitachse zeigen denselben Zeitraum</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Save the visible timeline as PNG or SVG</source>
            <translation>Die sichtbare Zeitleiste als PNG oder SVG speichern</translation>
        </message>
        <message>
            <source>Events visible on the timeline</source>
            <translation>Auf der Zeitleiste sichtbare Ereignisse</translation>
        </message>
    </context>
    <context>
        <name>bv::TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>%n events here; click or zoom in to see them</source>
            <translation>
                <numerusform>Hier liegt %n Ereignis; zum Anzeigen klicken oder hineinzoomen</numerusform>
                <numerusform>Hier liegen %n Ereignisse; zum Anzeigen klicken oder hineinzoomen</numerusform>
            </translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>Kategorie: %1</translation>
        </message>
        <message>
            <source>No event chosen. Ctrl+Left and Ctrl+Right move from event to event, Enter selects it; + and - zoom.</source>
            <translation>Kein Ereignis gewählt. Strg+Links und Strg+Rechts gehen von Ereignis zu Ereignis, die Eingabetaste wählt es aus; + und - zoomen.</translation>
        </message>
        <message>
            <source>Event %1 of %2: %3.</source>
            <translation>Ereignis %1 von %2: %3.</translation>
        </message>
    </context>
    <context>
        <name>bv::TranslatorPanel</name>
        <message>
            <source>All text fields</source>
            <translation>Alle Textfelder</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Fehlend</translation>
        </message>
        <message>
            <source>Stale</source>
            <translation>Veraltet</translation>
        </message>
        <message>
            <source>Shown in a fallback language</source>
            <translation>In einer Ersatzsprache angezeigt</translation>
        </message>
        <message>
            <source>Translated</source>
            <translation>Übersetzt</translation>
        </message>
        <message>
            <source>Show text fields</source>
            <translation>Angezeigte Textfelder</translation>
        </message>
        <message>
            <source>Source texts and their translations</source>
            <translation>Ausgangstexte und ihre Übersetzungen</translation>
        </message>
        <message>
            <source>Choose a content language (View &gt; Content Language) to see its translations here.</source>
            <translation>Wählen Sie eine Inhaltssprache (Ansicht &gt; Inhaltssprache), um hier ihre Übersetzungen zu sehen.</translation>
        </message>
        <message>
            <source>%1: %2 translated, %3 missing (%4 shown in a fallback language), %5 stale.</source>
            <translation>%1: %2 übersetzt, %3 fehlend (%4 in einer Ersatzsprache angezeigt), %5 veraltet.</translation>
        </message>
    </context>
    <context>
        <name>bv::WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open a briefing file (%1)</source>
            <translation>Eine Briefing-Datei öffnen (%1)</translation>
        </message>
        <message>
            <source>&amp;Examples</source>
            <translation>&amp;Beispiele</translation>
        </message>
        <message>
            <source>Open &amp;Sample Briefing</source>
            <translation>Bei&amp;spiel-Briefing öffnen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Clear Menu</source>
            <translation>Menü &amp;leeren</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>Back to the previous item (%1)</source>
            <translation>Zurück zum vorherigen Element (%1)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Vorwärts</translation>
        </message>
        <message>
            <source>Forward to the next item (%1)</source>
            <translation>Vorwärts zum nächsten Element (%1)</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>Ü&amp;bersicht</translation>
        </message>
        <message>
            <source>Show the briefing's overview</source>
            <translation>Die Übersicht des Briefings anzeigen</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>&amp;About Briefing Viewer</source>
            <translation>Ü&amp;ber Briefing Viewer</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Werkzeugleiste</translation>
        </message>
        <message>
            <source>Open Briefing</source>
            <translation>Briefing öffnen</translation>
        </message>
        <message>
            <source>Briefings (*.briefing);;All files (*)</source>
            <translation>Briefings (*.briefing);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>About Briefing Viewer</source>
            <translation>Über Briefing Viewer</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Briefing Viewer %1&lt;/h3&gt;&lt;p&gt;Reads policy briefings (format %2) offline, as linked views.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Briefing Viewer %1&lt;/h3&gt;&lt;p&gt;Zeigt politische Briefings (Format %2) offline in verknüpften Ansichten an.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Make the item with this id current at start.</source>
            <translation>Das Element mit dieser ID beim Start auswählen.</translation>
        </message>
        <message>
            <source>Shows a policy briefing (.briefing file) as linked views. Without a file, it opens the built-in sample briefing.</source>
            <translation>Zeigt ein politisches Briefing (.briefing-Datei) in verknüpften Ansichten an. Ohne Datei wird das eingebaute Beispiel-Briefing geöffnet.</translation>
        </message>
        <message>
            <source>Briefing Viewer</source>
            <translation>Briefing Viewer</translation>
        </message>
        <message>
            <source>briefing-viewer: give one file at most.
</source>
            <translation>briefing-viewer: Geben Sie höchstens eine Datei an.
</translation>
        </message>
        <message>
            <source>The program's language: en, uk, de, fr or ar.</source>
            <translation>Die Sprache des Programms: en, uk, de, fr oder ar.</translation>
        </message>
        <message>
            <source>Show the briefing's content in this language where it is translated.</source>
            <translation>Den Inhalt des Briefings in dieser Sprache anzeigen, soweit er übersetzt ist.</translation>
        </message>
        <message>
            <source>briefing-viewer: unknown language “%1”; use en, uk, de, fr or ar.</source>
            <translation>briefing-viewer: Unbekannte Sprache „%1“; verwenden Sie en, uk, de, fr oder ar.</translation>
        </message>
        <message>
            <source>Search the briefing for this text at start.</source>
            <translation>Beim Start im Briefing nach diesem Text suchen.</translation>
        </message>
        <message>
            <source>The briefing file to open, or a briefing://BRIEFING-ID/ITEM-ID link.</source>
            <translation>Die zu öffnende Briefing-Datei oder ein Link der Form briefing://BRIEFING-ID/ITEM-ID.</translation>
        </message>
        <message>
            <source>Write the chart (or series) with this id to the file given with -o, and quit.</source>
            <translation>Das Diagramm (oder die Datenreihe) mit dieser ID in die mit -o angegebene Datei schreiben und beenden.</translation>
        </message>
        <message>
            <source>The file --export-chart writes: .png, .svg or .pdf.</source>
            <translation>Die Datei, die --export-chart schreibt: .png, .svg oder .pdf.</translation>
        </message>
        <message>
            <source>The size of the exported chart in pixels, e.g. 1200x800 (or 1200 for the height it needs).</source>
            <translation>Die Größe des exportierten Diagramms in Pixeln, z. B. 1200x800 (oder 1200 für die Höhe, die es braucht).</translation>
        </message>
        <message>
            <source>--export-chart needs the file to write: add -o OUT.png, -o OUT.svg or -o OUT.pdf.</source>
            <translation>--export-chart braucht die zu schreibende Datei: Fügen Sie -o OUT.png, -o OUT.svg oder -o OUT.pdf hinzu.</translation>
        </message>
        <message>
            <source>“%1” does not end in .png, .svg or .pdf: name the file to write with one of them.</source>
            <translation>„%1“ endet nicht auf .png, .svg oder .pdf: Geben Sie der zu schreibenden Datei eine dieser Endungen.</translation>
        </message>
        <message>
            <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1200x800 (200 to 10000 wide, 150 or more high), or a width alone.</source>
            <translation>--size erwartet BREITExHÖHE in Pixeln, z. B. 1200x800 (200 bis 10000 breit, 150 oder mehr hoch), oder nur eine Breite.</translation>
        </message>
        <message>
            <source>give one file at most.</source>
            <translation>Geben Sie höchstens eine Datei an.</translation>
        </message>
        <message>
            <source>Wrote the chart “%1” to %2</source>
            <translation>Das Diagramm „%1“ wurde nach %2 geschrieben</translation>
        </message>
        <message>
            <source>Start presenting the briefing's chosen path once it is open.</source>
            <translation>Den gewählten Pfad des Briefings präsentieren, sobald es geöffnet ist.</translation>
        </message>
    </context>
    <context>
        <name>PathExport</name>
        <message>
            <source>Speaker notes</source>
            <translation>Sprechernotizen</translation>
        </message>
        <message>
            <source>These notes are cut here: they follow in full on the next page.</source>
            <translation>Diese Notizen sind hier abgeschnitten: Sie folgen vollständig auf der nächsten Seite.</translation>
        </message>
        <message>
            <source>Speaker notes of stop %1, page %2 of %3</source>
            <translation>Sprechernotizen zu Station %1, Seite %2 von %3</translation>
        </message>
        <message>
            <source>“%1” does not end in .pdf or .png: name the file to write with one of them.</source>
            <translation>„%1“ endet nicht auf .pdf oder .png: Benennen Sie die zu schreibende Datei mit einer dieser Endungen.</translation>
        </message>
        <message>
            <source>The path “%1” has no stops: there is nothing to export.</source>
            <translation>Der Pfad „%1“ hat keine Stationen: Es gibt nichts zu exportieren.</translation>
        </message>
        <message>
            <source>A stage of %1×%2 pixels cannot be exported: choose from 320×180 to 7680×4320.</source>
            <translation>Eine Bühne von %1×%2 Pixeln kann nicht exportiert werden: Wählen Sie 320×180 bis 7680×4320.</translation>
        </message>
        <message>
            <source>Speaker notes go into a PDF only: export the path as .pdf, or leave the notes out of the PNG files.</source>
            <translation>Sprechernotizen kommen nur in ein PDF: Exportieren Sie den Pfad als .pdf, oder lassen Sie die Notizen aus den PNG-Dateien weg.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>„%1“ konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>the PDF writer refused the page</source>
            <translation>der PDF-Schreiber hat die Seite abgelehnt</translation>
        </message>
    </context>
    <context>
        <name>PathExportCommand</name>
        <message>
            <source>Also look for the path among your own paths of this briefing, in your library (briefing-tool paths FILE --user lists them).</source>
            <translation>Den Pfad auch unter Ihren eigenen Pfaden dieses Briefings in Ihrer Bibliothek suchen (briefing-tool paths FILE --user listet sie auf).</translation>
        </message>
        <message>
            <source>The library file to look in (default: %1).</source>
            <translation>Die Bibliotheksdatei, in der gesucht wird (Standard: %1).</translation>
        </message>
        <message>
            <source>The path to export: the id of one of the briefing's paths, or 'default' (default: its first path, else the default path).</source>
            <translation>Der zu exportierende Pfad: die ID eines Pfads des Briefings oder „default“ (Standard: sein erster Pfad, sonst der Standardpfad).</translation>
        </message>
        <message>
            <source>The speaker notes in a PDF: none, below (each stop's under it) or page (a page of their own after the stop).</source>
            <translation>Die Sprechernotizen in einem PDF: none (keine), below (unter jeder Station) oder page (eine eigene Seite nach der Station).</translation>
        </message>
        <message>
            <source>The stage's size in pixels (default 1920x1080).</source>
            <translation>Die Größe der Bühne in Pixeln (Standard 1920x1080).</translation>
        </message>
        <message>
            <source>normal, or projector for high contrast.</source>
            <translation>normal, oder projector für hohen Kontrast.</translation>
        </message>
        <message>
            <source>The file to write: OUT.pdf, or OUT-%n.png (%n: the stop's number).</source>
            <translation>Die zu schreibende Datei: OUT.pdf oder OUT-%n.png (%n: die Nummer der Station).</translation>
        </message>
        <message>
            <source>briefing-tool: --notes takes none, below or page, not %1.</source>
            <translation>briefing-tool: --notes nimmt none, below oder page, nicht %1.</translation>
        </message>
        <message>
            <source>briefing-tool: --look takes normal or projector, not %1.</source>
            <translation>briefing-tool: --look nimmt normal oder projector, nicht %1.</translation>
        </message>
        <message>
            <source>briefing-tool: --size takes WIDTHxHEIGHT in pixels, from 320x180 to 7680x4320 (e.g. 1920x1080), not %1.</source>
            <translation>briefing-tool: --size nimmt BREITExHÖHE in Pixeln, von 320x180 bis 7680x4320 (z. B. 1920x1080), nicht %1.</translation>
        </message>
        <message>
            <source>briefing-tool: export-path needs the file to write: add -o OUT.pdf or -o OUT-%n.png.</source>
            <translation>briefing-tool: export-path braucht die zu schreibende Datei: Fügen Sie -o OUT.pdf oder -o OUT-%n.png hinzu.</translation>
        </message>
        <message>
            <source>briefing-tool: %1 does not end in .pdf or .png: name the file to write with one of them.</source>
            <translation>briefing-tool: %1 endet nicht auf .pdf oder .png: Benennen Sie die zu schreibende Datei mit einer dieser Endungen.</translation>
        </message>
        <message>
            <source>briefing-tool: %1 has no path %2. Its paths: %3 (see briefing-tool paths %4).</source>
            <translation>briefing-tool: %1 hat keinen Pfad %2. Seine Pfade: %3 (siehe briefing-tool paths %4).</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the path %1 (%n stop(s)) to %2.</source>
            <translation>
                <numerusform>Der Pfad %1 (%n Station) wurde nach %2 geschrieben.</numerusform>
                <numerusform>Der Pfad %1 (%n Stationen) wurde nach %2 geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote the path %1 as %n PNG file(s): %2.</source>
            <translation>
                <numerusform>Der Pfad %1 wurde als %n PNG-Datei geschrieben: %2.</numerusform>
                <numerusform>Der Pfad %1 wurde als %n PNG-Dateien geschrieben: %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageCard</name>
        <message>
            <source>This stop shows “%1”, which the briefing no longer has. Go on to the next stop, or edit the path.</source>
            <translation>Diese Station zeigt „%1“, das das Briefing nicht mehr enthält. Gehen Sie zur nächsten Station weiter, oder bearbeiten Sie den Pfad.</translation>
        </message>
        <message>
            <source>edition %1</source>
            <translation>Ausgabe %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Data point</source>
            <translation>Datenpunkt</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>kein Wert</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Break in the series</source>
            <translation>Bruch in der Reihe</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>Szenario %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>Guarantors</source>
            <translation>Garanten</translation>
        </message>
        <message>
            <source>Beneficiary</source>
            <translation>Begünstigter</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Nicht angegeben</translation>
        </message>
        <message>
            <source>%1 (scale: %2)</source>
            <translation>%1 (Skala: %2)</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Wahrscheinlichkeit</translation>
        </message>
    </context>
    <context>
        <name>bv::PathExportActions</name>
        <message>
            <source>Export &amp;Path…</source>
            <translation>&amp;Pfad exportieren…</translation>
        </message>
        <message>
            <source>Write the chosen briefing path as a PDF or as PNG pictures, a stop each</source>
            <translation>Den gewählten Pfad des Briefings als PDF oder als PNG-Bilder schreiben, eines je Station</translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>Es ist kein Briefing geöffnet.</translation>
        </message>
        <message>
            <source>Export Path</source>
            <translation>Pfad exportieren</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images, a file a stop (*.png)</source>
            <translation>PNG-Bilder, eine Datei je Station (*.png)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>bv::PathExportDialog</name>
        <message>
            <source>Export Path</source>
            <translation>Pfad exportieren</translation>
        </message>
        <message numerus="yes">
            <source>“%1”, %n stop(s), each as the stage shows it.</source>
            <translation>
                <numerusform>„%1“, %n Station, jede so, wie die Bühne sie zeigt.</numerusform>
                <numerusform>„%1“, %n Stationen, jede so, wie die Bühne sie zeigt.</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF, a page a stop</source>
            <translation>PDF, eine Seite je Station</translation>
        </message>
        <message>
            <source>PNG, a picture a stop</source>
            <translation>PNG, ein Bild je Station</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Below each stop</source>
            <translation>Unter jeder Station</translation>
        </message>
        <message>
            <source>On a page of their own</source>
            <translation>Auf einer eigenen Seite</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Projector (high contrast)</source>
            <translation>Projektor (hoher Kontrast)</translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 Pixel</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Speaker notes:</source>
            <translation>Sprechernotizen:</translation>
        </message>
        <message>
            <source>Look:</source>
            <translation>Darstellung:</translation>
        </message>
        <message>
            <source>Stage size:</source>
            <translation>Bühnengröße:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
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
            <translation>Es ist kein Briefing geöffnet.</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
    </context>
    <context>
        <name>ChartComparison</name>
        <message>
            <source>A stacked chart adds its series up: another series would change its totals.</source>
            <translation>Ein gestapeltes Diagramm addiert seine Reihen: Eine weitere Reihe würde seine Summen verändern.</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>keine Einheit</translation>
        </message>
        <message>
            <source>No other time series in “%1”: only a series of the same unit can share this chart's axis.</source>
            <translation>Keine weitere Zeitreihe in „%1“: Nur eine Reihe derselben Einheit kann die Achse dieses Diagramms teilen.</translation>
        </message>
        <message>
            <source>No other category series in “%1”: only a series of the same unit can share this chart's axis.</source>
            <translation>Keine weitere Kategorienreihe in „%1“: Nur eine Reihe derselben Einheit kann die Achse dieses Diagramms teilen.</translation>
        </message>
        <message numerus="yes">
            <source>%n series in other units are not offered.</source>
            <translation>
                <numerusform>%n Reihe in einer anderen Einheit wird nicht angeboten.</numerusform>
                <numerusform>%n Reihen in anderen Einheiten werden nicht angeboten.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (added for comparison)</source>
            <translation>%1 (zum Vergleich hinzugefügt)</translation>
        </message>
        <message numerus="yes">
            <source>Added for comparison, not part of this chart in the briefing: %1.</source>
            <translation>
                <numerusform>Zum Vergleich hinzugefügt, nicht Teil dieses Diagramms im Briefing: %1.</numerusform>
                <numerusform>Zum Vergleich hinzugefügt, nicht Teil dieses Diagramms im Briefing: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Compare with</source>
            <translation>Vergleichen mit</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Remove comparison: %1</source>
            <translation>Vergleich entfernen: %1</translation>
        </message>
        <message>
            <source>Remove every comparison</source>
            <translation>Alle Vergleiche entfernen</translation>
        </message>
    </context>
    <context>
        <name>bv::BudgetSpinBox</name>
        <message>
            <source>No budget</source>
            <translation>Kein Zeitbudget</translation>
        </message>
        <message>
            <source>The time to spend on this stop, as minutes:seconds (2:30); 0 for none</source>
            <translation>Die Zeit für diese Station als Minuten:Sekunden (2:30); 0 für keine</translation>
        </message>
    </context>
    <context>
        <name>bv::PathActions</name>
        <message>
            <source>&amp;Presentation</source>
            <translation>&amp;Präsentation</translation>
        </message>
        <message>
            <source>&amp;Add This View as a Stop</source>
            <translation>Diese Ansicht als Station &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add what is on screen (the chart or timeline you are in, the current item, the overview) to your path after its current stop</source>
            <translation>Was auf dem Bildschirm ist (das Diagramm oder die Zeitleiste, in der Sie sind, der aktuelle Eintrag, die Übersicht), nach der aktuellen Station zu Ihrem Pfad hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Delete Current Stop</source>
            <translation>Aktuelle Station &amp;löschen</translation>
        </message>
        <message>
            <source>Remove the current stop from your path</source>
            <translation>Die aktuelle Station aus Ihrem Pfad entfernen</translation>
        </message>
        <message>
            <source>Path &amp;Editor</source>
            <translation>Pfad-&amp;Editor</translation>
        </message>
        <message>
            <source>Show the path editor: the stops of the chosen path, their notes and budgets</source>
            <translation>Den Pfad-Editor zeigen: die Stationen des gewählten Pfads, ihre Notizen und Zeitbudgets</translation>
        </message>
        <message>
            <source>Timeline, %1 to %2</source>
            <translation>Zeitleiste, %1 bis %2</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Path not saved</source>
            <translation>Pfad nicht gespeichert</translation>
        </message>
        <message>
            <source>Add This View as a Stop</source>
            <translation>Diese Ansicht als Station hinzufügen</translation>
        </message>
        <message>
            <source>There is nothing on screen that a stop can show.</source>
            <translation>Auf dem Bildschirm ist nichts, was eine Station zeigen kann.</translation>
        </message>
        <message>
            <source>My path</source>
            <translation>Mein Pfad</translation>
        </message>
        <message>
            <source>“%1” has %2 stops, as many as a path can have.</source>
            <translation>„%1“ hat %2 Stationen, so viele, wie ein Pfad haben kann.</translation>
        </message>
        <message>
            <source>Added “%1” to “%2” as stop %3.</source>
            <translation>„%1“ als Station %3 zu „%2“ hinzugefügt.</translation>
        </message>
        <message>
            <source>Deleted the stop “%1”.</source>
            <translation>Station „%1“ gelöscht.</translation>
        </message>
        <message>
            <source>Delete Stop</source>
            <translation>Station löschen</translation>
        </message>
        <message>
            <source>Delete the stop “%1” and its speaker notes? This cannot be undone.</source>
            <translation>Die Station „%1“ mit ihren Sprechernotizen löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Add &amp;Scenarios Side by Side</source>
            <translation>S&amp;zenarien nebeneinander hinzufügen</translation>
        </message>
        <message>
            <source>Add a stop that compares two or three scenarios (the current one and the next; check others in the path editor)</source>
            <translation>Eine Station hinzufügen, die zwei oder drei Szenarien vergleicht (das aktuelle und das nächste; andere im Pfad-Editor anhaken)</translation>
        </message>
        <message>
            <source>Add Scenarios Side by Side</source>
            <translation>Szenarien nebeneinander hinzufügen</translation>
        </message>
        <message>
            <source>The briefing has fewer than two scenarios to compare.</source>
            <translation>Das Briefing hat weniger als zwei Szenarien zum Vergleichen.</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Szenarien nebeneinander</translation>
        </message>
    </context>
    <context>
        <name>bv::PathEditor</name>
        <message>
            <source>Default path (made from the contents)</source>
            <translation>Standardpfad (aus dem Inhalt erstellt)</translation>
        </message>
        <message>
            <source>The overview, each guarantee, scenario and chart, and the FAQ</source>
            <translation>Die Übersicht, jede Garantie, jedes Szenario und Diagramm und die FAQ</translation>
        </message>
        <message>
            <source>%1 (the briefing's)</source>
            <translation>%1 (aus dem Briefing)</translation>
        </message>
        <message>
            <source>Written into the briefing by its author: shown, not changed</source>
            <translation>Vom Autor in das Briefing geschrieben: angezeigt, nicht geändert</translation>
        </message>
        <message>
            <source>Your own path, kept in your library</source>
            <translation>Ihr eigener Pfad, in Ihrer Bibliothek gespeichert</translation>
        </message>
        <message>
            <source>The changes to “%1” were not saved: another briefing was opened meanwhile.</source>
            <translation>Die Änderungen an „%1“ wurden nicht gespeichert: Inzwischen wurde ein anderes Briefing geöffnet.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Saved in your library.</source>
            <translation>In Ihrer Bibliothek gespeichert.</translation>
        </message>
        <message>
            <source>The default path is made from the briefing's contents and cannot be changed. Duplicate it to make a path of your own.</source>
            <translation>Der Standardpfad wird aus dem Inhalt des Briefings erstellt und kann nicht geändert werden. Duplizieren Sie ihn, um einen eigenen Pfad anzulegen.</translation>
        </message>
        <message>
            <source>This path was written into the briefing by its author; the briefing file is never changed. Duplicate it to edit a copy of your own.</source>
            <translation>Dieser Pfad wurde vom Autor in das Briefing geschrieben; die Briefing-Datei wird nie geändert. Duplizieren Sie ihn, um eine eigene Kopie zu bearbeiten.</translation>
        </message>
        <message>
            <source>&amp;Path:</source>
            <translation>&amp;Pfad:</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>The path to present and edit: the briefing's default path, its author's paths, or your own</source>
            <translation>Der Pfad zum Präsentieren und Bearbeiten: der Standardpfad des Briefings, die Pfade seines Autors oder Ihre eigenen</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>Pfade</translation>
        </message>
        <message>
            <source>Path commands</source>
            <translation>Pfadbefehle</translation>
        </message>
        <message>
            <source>New, duplicate, rename, delete, export or import a path</source>
            <translation>Einen Pfad neu anlegen, duplizieren, umbenennen, löschen, exportieren oder importieren</translation>
        </message>
        <message>
            <source>&amp;New Path…</source>
            <translation>&amp;Neuer Pfad…</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <source>Copy the chosen path into a path of your own, which you can change</source>
            <translation>Den gewählten Pfad in einen eigenen Pfad kopieren, den Sie ändern können</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Write the chosen path to a small JSON file for a colleague</source>
            <translation>Den gewählten Pfad als kleine JSON-Datei für Kollegen schreiben</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Add a path from a JSON file to your own paths</source>
            <translation>Einen Pfad aus einer JSON-Datei zu Ihren eigenen Pfaden hinzufügen</translation>
        </message>
        <message>
            <source>Delete Stop</source>
            <translation>Station löschen</translation>
        </message>
        <message>
            <source>Remove the chosen stop from the path (Delete)</source>
            <translation>Die gewählte Station aus dem Pfad entfernen (Entf)</translation>
        </message>
        <message>
            <source>Move Stop Up</source>
            <translation>Station nach oben</translation>
        </message>
        <message>
            <source>Move the chosen stop one place earlier (Alt+Up)</source>
            <translation>Die gewählte Station eine Stelle früher setzen (Alt+Hoch)</translation>
        </message>
        <message>
            <source>Move Stop Down</source>
            <translation>Station nach unten</translation>
        </message>
        <message>
            <source>Move the chosen stop one place later (Alt+Down)</source>
            <translation>Die gewählte Station eine Stelle später setzen (Alt+Runter)</translation>
        </message>
        <message>
            <source>Duplicate to Edit</source>
            <translation>Zum Bearbeiten duplizieren</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>Stationen</translation>
        </message>
        <message>
            <source>Drag a stop, or press Alt+Up or Alt+Down, to change the order; F2 renames it</source>
            <translation>Ziehen Sie eine Station oder drücken Sie Alt+Hoch oder Alt+Runter, um die Reihenfolge zu ändern; F2 benennt sie um</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Stop title</source>
            <translation>Titel der Station</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>&amp;Zeitbudget:</translation>
        </message>
        <message>
            <source>Time budget</source>
            <translation>Zeitbudget</translation>
        </message>
        <message>
            <source>Speaker &amp;notes (Markdown):</source>
            <translation>Sprecher&amp;notizen (Markdown):</translation>
        </message>
        <message>
            <source>Speaker notes</source>
            <translation>Sprechernotizen</translation>
        </message>
        <message>
            <source>What to say at this stop. **Bold**, *italic* and lists are shown on the console.</source>
            <translation>Was Sie bei dieser Station sagen. **Fett**, *kursiv* und Listen zeigt die Konsole an.</translation>
        </message>
        <message>
            <source>Path Editor</source>
            <translation>Pfad-Editor</translation>
        </message>
        <message>
            <source>The path was not made: %1</source>
            <translation>Der Pfad wurde nicht angelegt: %1</translation>
        </message>
        <message>
            <source>“%1” is one of your paths now. Add stops with Presentation &gt; Add This View as a Stop.</source>
            <translation>„%1“ ist jetzt einer Ihrer Pfade. Fügen Sie Stationen mit Präsentation &gt; Diese Ansicht als Station hinzufügen hinzu.</translation>
        </message>
        <message>
            <source>%1 (my copy)</source>
            <translation>%1 (meine Kopie)</translation>
        </message>
        <message>
            <source>The path was not duplicated: %1</source>
            <translation>Der Pfad wurde nicht dupliziert: %1</translation>
        </message>
        <message>
            <source>“%1” is your own copy: change it as you like.</source>
            <translation>„%1“ ist Ihre eigene Kopie: Ändern Sie sie nach Belieben.</translation>
        </message>
        <message>
            <source>The path was not renamed: %1</source>
            <translation>Der Pfad wurde nicht umbenannt: %1</translation>
        </message>
        <message>
            <source>Renamed “%1”.</source>
            <translation>In „%1“ umbenannt.</translation>
        </message>
        <message>
            <source>The path was not deleted: %1</source>
            <translation>Der Pfad wurde nicht gelöscht: %1</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>„%1“ gelöscht.</translation>
        </message>
        <message>
            <source>There is no path with stops to export.</source>
            <translation>Es gibt keinen Pfad mit Stationen zum Exportieren.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>„%1“ konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>Wrote “%1” to %2.</source>
            <translation>„%1“ nach %2 geschrieben.</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation>„%1“ konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>“%1” was not imported: it is larger than a path can be (%2 MB at most).</source>
            <translation>„%1“ wurde nicht importiert: Die Datei ist größer, als ein Pfad sein kann (höchstens %2 MB).</translation>
        </message>
        <message>
            <source>You have this path already: “%1”.</source>
            <translation>Diesen Pfad haben Sie schon: „%1“.</translation>
        </message>
        <message>
            <source>Imported “%1”. The open briefing cannot show all of it (the stops are kept as written):
%2</source>
            <translation>„%1“ importiert. Das geöffnete Briefing kann nicht alles davon zeigen (die Stationen bleiben, wie sie geschrieben sind):
%2</translation>
        </message>
        <message>
            <source>Imported “%1” into your paths.</source>
            <translation>„%1“ in Ihre Pfade importiert.</translation>
        </message>
        <message>
            <source>New Path</source>
            <translation>Neuer Pfad</translation>
        </message>
        <message>
            <source>Title of the new path:</source>
            <translation>Titel des neuen Pfads:</translation>
        </message>
        <message>
            <source>My path</source>
            <translation>Mein Pfad</translation>
        </message>
        <message>
            <source>Rename Path</source>
            <translation>Pfad umbenennen</translation>
        </message>
        <message>
            <source>New title of the path:</source>
            <translation>Neuer Titel des Pfads:</translation>
        </message>
        <message>
            <source>Delete Path</source>
            <translation>Pfad löschen</translation>
        </message>
        <message numerus="yes">
            <source>Delete your path “%1” with its %n stop(s), its speaker notes and rehearsals? This cannot be undone.</source>
            <translation>
                <numerusform>Ihren Pfad „%1“ mit seiner %n Station, seinen Sprechernotizen und Proben löschen? Das lässt sich nicht rückgängig machen.</numerusform>
                <numerusform>Ihren Pfad „%1“ mit seinen %n Stationen, seinen Sprechernotizen und Proben löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Export Path</source>
            <translation>Pfad exportieren</translation>
        </message>
        <message>
            <source>Briefing paths (*.json)</source>
            <translation>Briefing-Pfade (*.json)</translation>
        </message>
        <message>
            <source>Import Path</source>
            <translation>Pfad importieren</translation>
        </message>
        <message>
            <source>Briefing paths (*.json);;All files (*)</source>
            <translation>Briefing-Pfade (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Delete the stop “%1” and its speaker notes? This cannot be undone.</source>
            <translation>Die Station „%1“ mit ihren Sprechernotizen löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
    </context>
    <context>
        <name>bv::PathStopsModel</name>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Item card</source>
            <translation>Eintragskarte</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Szenarien nebeneinander</translation>
        </message>
        <message>
            <source>Untitled stop</source>
            <translation>Station ohne Titel</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>budget %1</source>
            <translation>Zeitbudget %1</translation>
        </message>
        <message>
            <source>with notes</source>
            <translation>mit Notizen</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
    </context>
    <context>
        <name>bv::StopFields</name>
        <message>
            <source>P&amp;eriod:</source>
            <translation>Z&amp;eitraum:</translation>
        </message>
        <message>
            <source>to</source>
            <extracomment>Between the two bounds of a stop's period: "2018 to 2024"</extracomment>
            <translation>bis</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>Zeitraum von</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>Zeitraum bis</translation>
        </message>
        <message>
            <source>YYYY</source>
            <extracomment>A placeholder: the form of a period's bound</extracomment>
            <translation>JJJJ</translation>
        </message>
        <message>
            <source>A year (2024), a quarter (2024-Q2), a month (2024-03) or a day (2024-03-15); empty: open on that side</source>
            <translation>Ein Jahr (2024), ein Quartal (2024-Q2), ein Monat (2024-03) oder ein Tag (2024-03-15); leer: auf dieser Seite offen</translation>
        </message>
        <message>
            <source>&amp;Whole period</source>
            <translation>&amp;Ganzer Zeitraum</translation>
        </message>
        <message>
            <source>Show all of the chart's or the timeline's period</source>
            <translation>Den ganzen Zeitraum des Diagramms oder der Zeitleiste zeigen</translation>
        </message>
        <message>
            <source>&amp;Highlight:</source>
            <translation>&amp;Hervorhebung:</translation>
        </message>
        <message>
            <source>Highlighted item</source>
            <translation>Hervorgehobener Eintrag</translation>
        </message>
        <message>
            <source>Nothing highlighted</source>
            <translation>Nichts hervorgehoben</translation>
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation>&amp;Spuren:</translation>
        </message>
        <message>
            <source>Lanes by</source>
            <translation>Spuren nach</translation>
        </message>
        <message>
            <source>Lanes shown</source>
            <translation>Gezeigte Spuren</translation>
        </message>
        <message>
            <source>The lanes the stop shows; none checked: all of them</source>
            <translation>Die Spuren, die die Station zeigt; keine angehakt: alle</translation>
        </message>
        <message>
            <source>&amp;Scenarios:</source>
            <translation>&amp;Szenarien:</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Szenarien nebeneinander</translation>
        </message>
        <message>
            <source>Check two or three scenarios to show side by side</source>
            <translation>Zwei oder drei Szenarien anhaken, die nebeneinander gezeigt werden</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Nach Kategorie</translation>
        </message>
        <message>
            <source>By actor</source>
            <translation>Nach Akteur</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>A data point to highlight: %1 its series, %2 its label (a year, a country)</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 is not a date: write a year (2024), a quarter (2024-Q2), a month (2024-03) or a day (2024-03-15).</source>
            <translation>%1 ist kein Datum: Schreiben Sie ein Jahr (2024), ein Quartal (2024-Q2), einen Monat (2024-03) oder einen Tag (2024-03-15).</translation>
        </message>
        <message>
            <source>The period ends (%1) before it starts (%2).</source>
            <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
        </message>
        <message>
            <source>A comparison shows at most three scenarios: uncheck one before checking %1.</source>
            <translation>Ein Vergleich zeigt höchstens drei Szenarien: Entfernen Sie bei einem den Haken, bevor Sie %1 anhaken.</translation>
        </message>
        <message>
            <source>A comparison shows two or three scenarios: check another before unchecking %1.</source>
            <translation>Ein Vergleich zeigt zwei oder drei Szenarien: Haken Sie ein weiteres an, bevor Sie bei %1 den Haken entfernen.</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentationKeyMap</name>
        <message>
            <source>Next stop</source>
            <translation>Nächste Station</translation>
        </message>
        <message>
            <source>Previous stop</source>
            <translation>Vorige Station</translation>
        </message>
        <message>
            <source>First stop</source>
            <translation>Erste Station</translation>
        </message>
        <message>
            <source>Last stop</source>
            <translation>Letzte Station</translation>
        </message>
        <message>
            <source>Black screen</source>
            <translation>Schwarzer Bildschirm</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>Weißer Bildschirm</translation>
        </message>
        <message>
            <source>Freeze the stage</source>
            <translation>Bühne einfrieren</translation>
        </message>
        <message>
            <source>Pause the clock</source>
            <translation>Uhr anhalten</translation>
        </message>
        <message>
            <source>Swap the screens</source>
            <translation>Bildschirme tauschen</translation>
        </message>
        <message>
            <source>Type into Go to</source>
            <translation>In „Gehe zu“ tippen</translation>
        </message>
        <message>
            <source>Larger notes</source>
            <translation>Größere Notizen</translation>
        </message>
        <message>
            <source>Smaller notes</source>
            <translation>Kleinere Notizen</translation>
        </message>
        <message>
            <source>No key was pressed.</source>
            <translation>Es wurde keine Taste gedrückt.</translation>
        </message>
        <message>
            <source>“%1” is several keys one after another; a show’s key is one key, with or without Ctrl, Alt or Shift.</source>
            <translation>„%1“ sind mehrere Tasten nacheinander; eine Taste der Präsentation ist eine einzige Taste, mit oder ohne Strg, Alt oder Umschalt.</translation>
        </message>
        <message>
            <source>Esc is kept for ending the show (pressed twice) and for emptying the Go to field.</source>
            <translation>Esc bleibt dem Beenden der Präsentation (zweimal gedrückt) und dem Leeren des Felds „Gehe zu“ vorbehalten.</translation>
        </message>
        <message>
            <source>F5 and Shift+F5 do nothing during a show, so that a clicker’s “present” button cannot end or restart it.</source>
            <translation>F5 und Umschalt+F5 bewirken während einer Präsentation nichts, damit die „Präsentieren“-Taste eines Presenters sie weder beenden noch neu starten kann.</translation>
        </message>
        <message>
            <source>The digits are kept for going to a stop by its number.</source>
            <translation>Die Ziffern bleiben dem Sprung zu einer Station über ihre Nummer vorbehalten.</translation>
        </message>
        <message>
            <source>“%1” is not a key of its own.</source>
            <translation>„%1“ ist keine eigene Taste.</translation>
        </message>
        <message>
            <source>“%1” is already the key of “%2”, so it cannot also be a key of “%3”. Remove it from “%2” first, or choose another key.</source>
            <translation>„%1“ ist schon die Taste von „%2“ und kann daher nicht auch eine Taste von „%3“ sein. Entfernen Sie sie zuerst bei „%2“, oder wählen Sie eine andere Taste.</translation>
        </message>
        <message>
            <source>“%1” is not a key.</source>
            <translation>„%1“ ist keine Taste.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: “%2” is another action’s key.</source>
            <translation>%1: „%2“ ist die Taste einer anderen Aktion.</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentationController</name>
        <message>
            <source>One screen: the stage and the console have no places to trade.</source>
            <translation>Ein Bildschirm: Bühne und Konsole haben keine Plätze zu tauschen.</translation>
        </message>
        <message>
            <source>The stage and the console traded places.</source>
            <translation>Bühne und Konsole haben die Plätze getauscht.</translation>
        </message>
        <message>
            <source>The stage and the console are back in their places.</source>
            <translation>Bühne und Konsole sind wieder an ihren Plätzen.</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentationKeysEditor</name>
        <message>
            <source>(no key)</source>
            <translation>(keine Taste)</translation>
        </message>
        <message>
            <source>Presentation keys</source>
            <translation>Tasten der Präsentation</translation>
        </message>
        <message>
            <source>During a show</source>
            <translation>Während einer Präsentation</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>The show’s actions and their keys</source>
            <translation>Die Aktionen der Präsentation und ihre Tasten</translation>
        </message>
        <message>
            <source>Keys of the chosen action</source>
            <translation>Tasten der gewählten Aktion</translation>
        </message>
        <message>
            <source>Press the key to add to the chosen action</source>
            <translation>Drücken Sie die Taste, die die gewählte Aktion bekommen soll</translation>
        </message>
        <message>
            <source>New key for the chosen action</source>
            <translation>Neue Taste für die gewählte Aktion</translation>
        </message>
        <message>
            <source>&amp;Add Key</source>
            <translation>Taste &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Re&amp;move Key</source>
            <translation>Taste &amp;entfernen</translation>
        </message>
        <message>
            <source>Restore &amp;Defaults</source>
            <translation>&amp;Standard wiederherstellen</translation>
        </message>
        <message>
            <source>Always, and not to be changed: Esc twice ends the show, F5 and Shift+F5 do nothing during it, and a number, or letters no action has, then Enter go to a stop.</source>
            <translation>Immer, und nicht zu ändern: Zweimal Esc beendet die Präsentation, F5 und Umschalt+F5 bewirken währenddessen nichts, und eine Nummer oder Buchstaben, die keine Aktion hat, dann Eingabe führen zu einer Station.</translation>
        </message>
    </context>
</TS>
