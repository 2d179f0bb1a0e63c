<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Briefing</name>
        <message>
            <source>Depends on</source>
            <translation>Dépend de</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Requis par</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Répond à</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Réponse apportée par</translation>
        </message>
        <message>
            <source>Evidence for</source>
            <translation>Étaye</translation>
        </message>
        <message>
            <source>Supported by</source>
            <translation>Étayé par</translation>
        </message>
        <message>
            <source>Cites</source>
            <translation>Cite</translation>
        </message>
        <message>
            <source>Cited by</source>
            <translation>Cité par</translation>
        </message>
        <message>
            <source>Involves</source>
            <translation>Implique</translation>
        </message>
        <message>
            <source>Involved in</source>
            <translation>Impliqué dans</translation>
        </message>
        <message>
            <source>Related to</source>
            <translation>Lié à</translation>
        </message>
        <message>
            <source>Guaranteed by</source>
            <translation>Garanti par</translation>
        </message>
        <message>
            <source>Guarantor of</source>
            <translation>Garant de</translation>
        </message>
        <message>
            <source>Protects</source>
            <translation>Protège</translation>
        </message>
        <message>
            <source>Protected by</source>
            <translation>Protégé par</translation>
        </message>
        <message>
            <source>%1 (from)</source>
            <translation>%1 (sens inverse)</translation>
        </message>
        <message>
            <source>Dangling link “%1” %2 “%3”: “%4” is not an item of this briefing; the link is left out.</source>
            <translation>Lien orphelin « %1 » %2 « %3 » : « %4 » n'est pas un élément de ce dossier ; le lien est ignoré.</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>Dossier d'information</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Acteur</translation>
        </message>
        <message>
            <source>Guarantee</source>
            <translation>Garantie</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Data series</source>
            <translation>Série de données</translation>
        </message>
        <message>
            <source>FAQ entry</source>
            <translation>Entrée de FAQ</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Acteurs</translation>
        </message>
        <message>
            <source>Guarantees</source>
            <translation>Garanties</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Scénarios</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
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
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>Ratification</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Num.</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Probabilité</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>unreadable date “%1”</source>
            <translation>date illisible « %1 »</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>aucune valeur</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Value (%1)</source>
            <translation>Valeur (%1)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (%2, %3 linked)</source>
            <translation>%1 (%2, dont %3 liés)</translation>
        </message>
        <message>
            <source>Duplicate id “%1”: it names two items, %2 “%3” and %4 “%5”; links to it lead to the first.</source>
            <translation>Identifiant en double « %1 » : il désigne deux éléments, %2 « %3 » et %4 « %5 » ; les liens vers cet identifiant mènent au premier.</translation>
        </message>
        <message>
            <source>Not translated; shown in %1</source>
            <translation>Non traduit ; affiché en %1</translation>
        </message>
        <message>
            <source>The translation may be out of date</source>
            <translation>La traduction n'est peut-être plus à jour</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Texte source</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Traduction</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Translated</source>
            <translation>Traduit</translation>
        </message>
        <message>
            <source>Stale: the source changed</source>
            <translation>Obsolète : la source a changé</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Manquant</translation>
        </message>
        <message>
            <source>Missing; shown in %1</source>
            <translation>Manquant ; affiché en %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more; zoom in to list them</source>
            <translation>
                <numerusform>… et %n autre ; zoomez pour l’afficher</numerusform>
                <numerusform>… et %n autres ; zoomez pour les afficher</numerusform>
            </translation>
        </message>
        <message>
            <source>Shows</source>
            <translation>Montre</translation>
        </message>
        <message>
            <source>Shown on</source>
            <translation>Montré dans</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Graphique</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Mesuré</translation>
        </message>
        <message>
            <source>Provisional</source>
            <translation>Provisoire</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Estimation</translation>
        </message>
        <message>
            <source>Projection</source>
            <translation>Projection</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Courbes</translation>
        </message>
        <message>
            <source>Bars</source>
            <translation>Barres</translation>
        </message>
        <message>
            <source>Grouped bars</source>
            <translation>Barres groupées</translation>
        </message>
        <message>
            <source>Stacked bars</source>
            <translation>Barres empilées</translation>
        </message>
        <message>
            <source>Slope chart</source>
            <translation>Graphique de pente</translation>
        </message>
        <message>
            <source>Dot plot</source>
            <translation>Diagramme à points</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Précision</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Rupture</translation>
        </message>
    </context>
    <context>
        <name>BriefingDatabase</name>
        <message>
            <source>The built-in example “%1” could not be built: %2. This is a bug in Briefing Viewer; please report it.</source>
            <translation>L'exemple intégré « %1 » n'a pas pu être créé : %2. Il s'agit d'un bogue de Briefing Viewer ; merci de le signaler.</translation>
        </message>
        <message>
            <source>sample briefing</source>
            <translation>dossier d'exemple</translation>
        </message>
        <message>
            <source>Sample briefing</source>
            <translation>Dossier d'exemple</translation>
        </message>
        <message>
            <source>The translations could not be read (%1); the text is shown in the source language.</source>
            <translation>Les traductions n'ont pas pu être lues (%1) ; le texte est affiché dans la langue source.</translation>
        </message>
        <message>
            <source>“%1” changed while it was being opened. Open it again.</source>
            <translation>« %1 » a changé pendant son ouverture. Ouvrez-le à nouveau.</translation>
        </message>
        <message>
            <source>Opening “%1” was cancelled.</source>
            <translation>L'ouverture de « %1 » a été annulée.</translation>
        </message>
    </context>
    <context>
        <name>BriefingPath</name>
        <message>
            <source>stop %1: %2</source>
            <translation>étape %1 : %2</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1 ; %2</translation>
        </message>
        <message>
            <source>the stop is left out</source>
            <translation>l'étape est omise</translation>
        </message>
        <message>
            <source>an item stop names no item</source>
            <translation>une étape d'élément ne nomme aucun élément</translation>
        </message>
        <message>
            <source>the briefing has no item %1</source>
            <translation>le dossier n'a pas d'élément %1</translation>
        </message>
        <message>
            <source>a chart stop names no chart or data series</source>
            <translation>une étape de graphique ne nomme ni graphique ni série de données</translation>
        </message>
        <message>
            <source>%1 is not a chart or data series of the briefing</source>
            <translation>%1 n'est ni un graphique ni une série de données du dossier</translation>
        </message>
        <message>
            <source>%1 is not an item or data point of the briefing</source>
            <translation>%1 n'est ni un élément ni un point de données du dossier</translation>
        </message>
        <message>
            <source>nothing is highlighted</source>
            <translation>rien n'est mis en évidence</translation>
        </message>
        <message>
            <source>%1 is not an actor of the briefing</source>
            <translation>%1 n'est pas un acteur du dossier</translation>
        </message>
        <message>
            <source>its lane is left out</source>
            <translation>sa ligne est omise</translation>
        </message>
        <message>
            <source>no event of the briefing has the category %1</source>
            <translation>aucun événement du dossier n'a la catégorie %1</translation>
        </message>
        <message>
            <source>%1 is not a scenario of the briefing</source>
            <translation>%1 n'est pas un scénario du dossier</translation>
        </message>
        <message>
            <source>it is left out of the comparison</source>
            <translation>il est omis de la comparaison</translation>
        </message>
        <message>
            <source>a comparison shows at most three scenarios, and %1 is a fourth</source>
            <translation>une comparaison montre au plus trois scénarios, et %1 serait le quatrième</translation>
        </message>
        <message>
            <source>it is left out</source>
            <translation>il est omis</translation>
        </message>
        <message>
            <source>a comparison needs two or three scenarios of the briefing</source>
            <translation>une comparaison demande deux ou trois scénarios du dossier</translation>
        </message>
        <message>
            <source>%1 is not a date (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)</source>
            <translation>%1 n'est pas une date (YYYY, YYYY-Qn, YYYY-MM ou YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>the period is open on that side</source>
            <translation>la période reste ouverte de ce côté</translation>
        </message>
        <message>
            <source>the period ends (%1) before it starts (%2)</source>
            <translation>la période finit (%1) avant de commencer (%2)</translation>
        </message>
        <message>
            <source>the whole span is shown</source>
            <translation>toute l'étendue est montrée</translation>
        </message>
        <message>
            <source>the id is %1 characters long; at most %2</source>
            <translation>l'identifiant fait %1 caractères ; au plus %2</translation>
        </message>
        <message>
            <source>the title is %1 characters long; at most %2</source>
            <translation>le titre fait %1 caractères ; au plus %2</translation>
        </message>
        <message>
            <source>it has %1 stops; at most %2</source>
            <translation>il a %1 étapes ; au plus %2</translation>
        </message>
        <message>
            <source>the notes are %1 characters long; at most %2</source>
            <translation>les notes font %1 caractères ; au plus %2</translation>
        </message>
        <message>
            <source>it names %1 items; at most %2</source>
            <translation>elle nomme %1 éléments ; au plus %2</translation>
        </message>
        <message>
            <source>the budget is %1 seconds; it must be from 1 to %2</source>
            <translation>le temps prévu est de %1 secondes ; il doit aller de 1 à %2</translation>
        </message>
        <message>
            <source>an id or date is %1 characters long; at most %2</source>
            <translation>un identifiant ou une date fait %1 caractères ; au plus %2</translation>
        </message>
        <message>
            <source>an id or lane is %1 characters long; at most %2</source>
            <translation>un identifiant ou une ligne fait %1 caractères ; au plus %2</translation>
        </message>
        <message>
            <source>All of the briefing</source>
            <translation>Tout le dossier</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
    </context>
    <context>
        <name>BriefingReader</name>
        <message>
            <source>“%1” is locked by another program that is writing to it. Wait until it has finished (or close it), then open the file again.</source>
            <translation>« %1 » est verrouillé par un autre programme qui est en train d'y écrire. Attendez qu'il ait terminé (ou fermez-le), puis rouvrez le fichier.</translation>
        </message>
        <message>
            <source>“%1” is a SQLite database, but not a briefing: it was made by another program (application id %2). Open a .briefing file.</source>
            <translation>« %1 » est une base de données SQLite, mais pas un dossier d'information : il a été créé par un autre programme (identifiant d'application %2). Ouvrez un fichier .briefing.</translation>
        </message>
        <message>
            <source>“%1” was made by a newer version of Briefing Viewer (format %2); this version reads format %3. Install a newer Briefing Viewer to open it.</source>
            <translation>« %1 » a été créé par une version plus récente de Briefing Viewer (format %2) ; cette version lit le format %3. Installez une version plus récente de Briefing Viewer pour l'ouvrir.</translation>
        </message>
        <message>
            <source>“%1” has no title row in its “briefing” table, so it is not a finished briefing. Make it again with the program that produced it.</source>
            <translation>« %1 » n'a pas de ligne de titre dans sa table « briefing » : ce n'est donc pas un dossier terminé. Créez-le à nouveau avec le programme qui l'a produit.</translation>
        </message>
        <message>
            <source>The “briefing” table has more than one row; the first is used.</source>
            <translation>La table « briefing » a plus d'une ligne ; la première est utilisée.</translation>
        </message>
        <message>
            <source>Event “%1”: unknown date precision “%2” (expected year, month or day); its dates are read as days.</source>
            <translation>Événement « %1 » : précision de date inconnue « %2 » (attendu : year, month ou day) ; ses dates sont lues comme des jours.</translation>
        </message>
        <message>
            <source>Event “%1”: malformed start date “%2” for precision “%3”; it is listed without a place in time.</source>
            <translation>Événement « %1 » : date de début « %2 » mal formée pour la précision « %3 » ; il est listé sans position dans le temps.</translation>
        </message>
        <message>
            <source>Event “%1”: malformed end date “%2” for precision “%3”; it is shown as a single date.</source>
            <translation>Événement « %1 » : date de fin « %2 » mal formée pour la précision « %3 » ; il est affiché comme une date unique.</translation>
        </message>
        <message>
            <source>Event “%1”: it ends (%2) before it starts (%3); it is shown as a single date.</source>
            <translation>Événement « %1 » : il se termine (%2) avant de commencer (%3) ; il est affiché comme une date unique.</translation>
        </message>
        <message>
            <source>Data series “%1”: unknown kind “%2” (expected time or categories); it is shown as categories.</source>
            <translation>Série de données « %1 » : type inconnu « %2 » (attendu : time ou categories) ; elle est affichée sous forme de catégories.</translation>
        </message>
        <message numerus="yes">
            <source>%n data point(s) belong to the unknown series “%1” and are left out.</source>
            <translation>
                <numerusform>%n point de données appartient à la série inconnue « %1 » et est ignoré.</numerusform>
                <numerusform>%n points de données appartiennent à la série inconnue « %1 » et sont ignorés.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” has no valid format version (it says %2; a briefing says 1 or %3). The program that made it did not finish it; make it again.</source>
            <translation>« %1 » n’a pas de version de format valide (il indique %2 ; un dossier indique 1 ou %3). Le programme qui l’a créé ne l’a pas terminé ; recréez-le.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: its “%2” table has no “%3” column, which format %4 requires. The program that made it is faulty; make it again.</source>
            <translation>« %1 » est incomplet : sa table « %2 » n’a pas de colonne « %3 », que le format %4 exige. Le programme qui l’a créé est défectueux ; recréez-le.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it has no “%2” table, which every briefing of format %3 has. The program that made it is faulty; make it again.</source>
            <translation>« %1 » est incomplet : il n’a pas de table « %2 », que tout dossier du format %3 possède. Le programme qui l’a créé est défectueux ; recréez-le.</translation>
        </message>
        <message>
            <source>Chart “%1”: unknown kind “%2” (expected line, bar, grouped_bar, stacked_bar, slope or dot); it is shown as lines.</source>
            <translation>Graphique « %1 » : type inconnu « %2 » (attendu : line, bar, grouped_bar, stacked_bar, slope ou dot) ; il est affiché en courbes.</translation>
        </message>
        <message>
            <source>The “chart_series” table names the unknown chart “%1” (with series “%2”); the row is left out.</source>
            <translation>La table « chart_series » nomme le graphique inconnu « %1 » (avec la série « %2 ») ; la ligne est ignorée.</translation>
        </message>
        <message>
            <source>Chart “%1”: “%2” is not a data series of this briefing; it is left out of the chart.</source>
            <translation>Graphique « %1 » : « %2 » n’est pas une série de données de ce dossier ; elle est omise du graphique.</translation>
        </message>
        <message>
            <source>Chart “%1”: series “%2” is listed twice; it is shown once.</source>
            <translation>Graphique « %1 » : la série « %2 » figure deux fois ; elle est affichée une fois.</translation>
        </message>
        <message>
            <source>Chart “%1” has no data series; it is listed but draws nothing.</source>
            <translation>Le graphique « %1 » n’a aucune série de données ; il est listé mais ne dessine rien.</translation>
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation>« %1 » (%2)</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>sans unité</translation>
        </message>
        <message>
            <source>Chart “%1” mixes units: %2. Series of different units cannot share an axis; give the chart series of one unit.</source>
            <translation>Le graphique « %1 » mélange des unités : %2. Des séries d’unités différentes ne peuvent partager un axe ; donnez au graphique des séries d’une seule unité.</translation>
        </message>
        <message>
            <source>Chart “%1” mixes time series and category series; they cannot share an axis.</source>
            <translation>Le graphique « %1 » mélange des séries temporelles et des séries de catégories ; elles ne peuvent partager un axe.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it has paths, but no “%2” table (a briefing has all of %3 or none). The program that made it is faulty; make it again.</source>
            <translation>« %1 » est incomplet : il a des parcours, mais pas de table « %2 » (un dossier a toutes les tables %3 ou aucune). Le programme qui l'a produit est défectueux ; refaites-le.</translation>
        </message>
        <message>
            <source>The briefing has more than %1 paths; only the first %1 are read.</source>
            <translation>Le dossier a plus de %1 parcours ; seuls les %1 premiers sont lus.</translation>
        </message>
        <message>
            <source>A path has an empty id or one longer than %1 characters; it is left out.</source>
            <translation>Un parcours a un identifiant vide ou de plus de %1 caractères ; il est omis.</translation>
        </message>
        <message>
            <source>Path “default”: that id names the default path made from the content; the briefing's path of that id is left out. Give it another id.</source>
            <translation>Parcours « default » : cet identifiant désigne le parcours par défaut tiré du contenu ; le parcours du dossier qui le porte est omis. Donnez-lui un autre identifiant.</translation>
        </message>
        <message>
            <source>Path “%1” is listed twice; the second is left out.</source>
            <translation>Le parcours « %1 » figure deux fois ; le second est omis.</translation>
        </message>
        <message>
            <source>Path “%1”: its title is longer than %2 characters; it is cut.</source>
            <translation>Parcours « %1 » : son titre dépasse %2 caractères ; il est coupé.</translation>
        </message>
        <message>
            <source>Path “%1” has no title; its id is shown instead.</source>
            <translation>Le parcours « %1 » n'a pas de titre ; son identifiant est montré à la place.</translation>
        </message>
        <message>
            <source>Path “%1”, stop %2: %3.</source>
            <translation>Parcours « %1 », étape %2 : %3.</translation>
        </message>
        <message>
            <source>Path “%1” has more than %2 stops; only the first %2 are read.</source>
            <translation>Le parcours « %1 » a plus de %2 étapes ; seules les %2 premières sont lues.</translation>
        </message>
        <message>
            <source>unknown kind “%1” (expected %2); the stop is left out</source>
            <translation>type inconnu « %1 » (attendu : %2) ; l'étape est omise</translation>
        </message>
        <message>
            <source>its title is longer than %1 characters; it is cut</source>
            <translation>son titre dépasse %1 caractères ; il est coupé</translation>
        </message>
        <message>
            <source>its notes are longer than %1 characters; they are cut</source>
            <translation>ses notes dépassent %1 caractères ; elles sont coupées</translation>
        </message>
        <message>
            <source>its budget “%1” is not a whole number of seconds from 1 to %2; it has none</source>
            <translation>son temps prévu « %1 » n'est pas un nombre entier de secondes de 1 à %2 ; elle n'en a pas</translation>
        </message>
        <message>
            <source>item_ids is not a JSON array of names; the stop names none</source>
            <translation>item_ids n'est pas un tableau JSON de noms ; l'étape n'en nomme aucun</translation>
        </message>
        <message>
            <source>it names more than %1 items; only the first %1 are read</source>
            <translation>elle nomme plus de %1 éléments ; seuls les %1 premiers sont lus</translation>
        </message>
        <message>
            <source>Path “%1”, %2.</source>
            <translation>Parcours « %1 », %2.</translation>
        </message>
        <message>
            <source>Path “%1” has no stop that can be shown; it is left out.</source>
            <translation>Le parcours « %1 » n'a aucune étape qui puisse être montrée ; il est omis.</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) belong to the unknown path “%1” and are left out.</source>
            <translation>
                <numerusform>%n étape appartient au parcours inconnu « %1 » et est omise.</numerusform>
                <numerusform>%n étapes appartiennent au parcours inconnu « %1 » et sont omises.</numerusform>
            </translation>
        </message>
        <message>
            <source>the titles and notes of the briefing's paths are longer than %1 characters in all; from here on they are cut</source>
            <translation>les titres et les notes des parcours du dossier dépassent %1 caractères au total ; à partir d'ici, ils sont coupés</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: its schema calls the function %2(), which Briefing Viewer lets no file it did not make call. The file may be sound, but a briefing needs no such function; ask whoever made it for a copy written by briefing-tool.</source>
            <translation>« %1 » est refusé par sécurité : son schéma appelle la fonction %2(), que Briefing Viewer ne laisse appeler à aucun fichier qu'il n'a pas créé. Le fichier est peut-être sain, mais un dossier n'a besoin d'aucune fonction de ce genre ; demandez à son auteur une copie écrite par briefing-tool.</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: a statement of its schema is longer than %2 characters, the most Briefing Viewer reads from a file it did not make. The file may be sound, but a briefing needs no such statement; ask whoever made it for a copy written by briefing-tool.</source>
            <translation>« %1 » est refusé par sécurité : une instruction de son schéma dépasse %2 caractères, le maximum que Briefing Viewer lit dans un fichier qu'il n'a pas créé. Le fichier est peut-être sain, mais un dossier n'a besoin d'aucune instruction de ce genre ; demandez à son auteur une copie écrite par briefing-tool.</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: it holds a text or value larger than %2 MB, the most Briefing Viewer reads from one field of a file. The file may be sound; shorten that text (or split it) and write the briefing again.</source>
            <translation>« %1 » est refusé par sécurité : il contient un texte ou une valeur de plus de %2 Mo, le maximum que Briefing Viewer lit dans un champ d'un fichier. Le fichier est peut-être sain ; raccourcissez ce texte (ou découpez-le) et écrivez à nouveau le dossier.</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite found its pages or its schema inconsistent. Get a fresh copy of the briefing.</source>
            <translation>« %1 » est endommagé : SQLite a trouvé ses pages ou son schéma incohérents. Procurez-vous une nouvelle copie du dossier.</translation>
        </message>
        <message>
            <source>“%1” cannot be read safely. If a “-journal” file lies beside it, a program was interrupted while writing it; open the briefing once in that program, or get a fresh copy.</source>
            <translation>« %1 » ne peut pas être lu en toute sécurité. Si un fichier « -journal » se trouve à côté, un programme a été interrompu pendant qu'il l'écrivait ; ouvrez une fois le dossier dans ce programme, ou procurez-vous une nouvelle copie.</translation>
        </message>
        <message>
            <source>“%1” could not be read (SQLite error %2). Check that the file is a complete briefing.</source>
            <translation>« %1 » n'a pas pu être lu (erreur SQLite %2). Vérifiez que le fichier est un dossier complet.</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite's check of its pages found errors. Get a fresh copy of the briefing.</source>
            <translation>« %1 » est endommagé : la vérification de ses pages par SQLite a trouvé des erreurs. Procurez-vous une nouvelle copie du dossier.</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: its “%2” is a virtual table (made by a module's code), where a briefing has an ordinary table. A briefing written by briefing-tool never has one; ask whoever made it for such a copy.</source>
            <translation>« %1 » est refusé par sécurité : sa table « %2 » est une table virtuelle (produite par le code d'un module), là où un dossier a une table ordinaire. Un dossier écrit par briefing-tool n'en a jamais ; demandez à son auteur une telle copie.</translation>
        </message>
    </context>
    <context>
        <name>BriefingUpgrade</name>
        <message>
            <source>table “%1”: %2</source>
            <translation>table « %1 » : %2</translation>
        </message>
        <message>
            <source>“%1” is the input itself; upgrade never writes in place. Name a new file.</source>
            <translation>« %1 » est l’entrée elle-même ; upgrade n’écrit jamais sur place. Nommez un nouveau fichier.</translation>
        </message>
        <message numerus="yes">
            <source>point.status: “measured” for all %n point(s)</source>
            <translation>
                <numerusform>point.status : « measured » pour %n point</numerusform>
                <numerusform>point.status : « measured » pour les %n points</numerusform>
            </translation>
        </message>
        <message>
            <source>point.precision of the time series, read from their labels: %1</source>
            <translation>point.precision des séries temporelles, lue dans leurs libellés : %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message numerus="yes">
            <source>%n time-series point(s) whose label is not a period keep an empty precision (validate names them)</source>
            <translation>
                <numerusform>%n point de série temporelle dont le libellé n’est pas une période garde une précision vide (validate le nomme)</numerusform>
                <numerusform>%n points de séries temporelles dont le libellé n’est pas une période gardent une précision vide (validate les nomme)</numerusform>
            </translation>
        </message>
        <message>
            <source>point.item_id and point.break_note: empty</source>
            <translation>point.item_id et point.break_note : vides</translation>
        </message>
        <message>
            <source>the chart and chart_series tables: empty (every series keeps a chart of its own)</source>
            <translation>les tables chart et chart_series : vides (chaque série garde son propre graphique)</translation>
        </message>
        <message>
            <source>a search index</source>
            <translation>un index de recherche</translation>
        </message>
    </context>
    <context>
        <name>BriefingWriter</name>
        <message>
            <source>“%1” already exists; it was left as it is. Choose another name, or pass --force to replace it.</source>
            <translation>« %1 » existe déjà ; il a été laissé tel quel. Choisissez un autre nom, ou passez --force pour le remplacer.</translation>
        </message>
        <message>
            <source>“%1” is a folder; name a file to write.</source>
            <translation>« %1 » est un répertoire ; indiquez un fichier à écrire.</translation>
        </message>
        <message>
            <source>The folder of “%1” does not exist; create it first.</source>
            <translation>Le répertoire de « %1 » n'existe pas ; créez-le d'abord.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Check that the folder is writable and the disk has room.</source>
            <translation>Impossible d'écrire « %1 » : %2. Vérifiez que le répertoire est accessible en écriture et que le disque a de la place.</translation>
        </message>
        <message>
            <source>Could not write the search index into “%1”: %2. The file was left as it was. Check that it is writable and that no other program is using it.</source>
            <translation>Impossible d'écrire l'index de recherche dans « %1 » : %2. Le fichier a été laissé tel quel. Vérifiez qu'il est accessible en écriture et qu'aucun autre programme ne l'utilise.</translation>
        </message>
        <message>
            <source>“%1” is of format %2, which has no paths; nothing was written. Write a copy in format 2 with “briefing-tool upgrade %1 OUT”, then add the path to it.</source>
            <translation>« %1 » est au format %2, qui n'a pas de parcours ; rien n'a été écrit. Écrivez-en une copie au format 2 avec « briefing-tool upgrade %1 OUT », puis ajoutez-y le parcours.</translation>
        </message>
        <message>
            <source>its id must be letters, digits, '-', '_' and '.' only, and not empty</source>
            <translation>son identifiant ne doit contenir que des lettres, des chiffres, '-', '_' et '.', et ne pas être vide</translation>
        </message>
        <message>
            <source>its id “default” names the default path made from the content; choose another</source>
            <translation>son identifiant « default » désigne le parcours par défaut tiré du contenu ; choisissez-en un autre</translation>
        </message>
        <message>
            <source>it has no title</source>
            <translation>il n'a pas de titre</translation>
        </message>
        <message>
            <source>it has no stops</source>
            <translation>il n'a pas d'étapes</translation>
        </message>
        <message>
            <source>Nothing was written to “%1”: the path “%2” does not fit it:
  %3</source>
            <translation>Rien n'a été écrit dans « %1 » : le parcours « %2 » ne lui convient pas :
  %3</translation>
        </message>
        <message>
            <source>Nothing was written to “%1”: it has %2 paths already, as many as a briefing can have.</source>
            <translation>Rien n'a été écrit dans « %1 » : il a déjà %2 parcours, autant qu'un dossier peut en avoir.</translation>
        </message>
        <message>
            <source>Could not write the path into “%1”: %2. The file was left as it was. Check that it is writable and that no other program is using it.</source>
            <translation>Impossible d'écrire le parcours dans « %1 » : %2. Le fichier est resté tel quel. Vérifiez qu'il est accessible en écriture et qu'aucun autre programme ne l'utilise.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. The existing file was left as it was. Check that the folder is writable and the disk has room.</source>
            <translation>Impossible d'écrire « %1 » : %2. Le fichier existant a été laissé tel quel. Vérifiez que le répertoire est accessible en écriture et que le disque a de la place.</translation>
        </message>
    </context>
    <context>
        <name>ChartFileExport</name>
        <message>
            <source>“%1” does not end in .png, .svg or .pdf: name the file to write with one of them.</source>
            <translation>« %1 » ne se termine pas par .png, .svg ou .pdf : donnez au fichier à écrire l’une de ces extensions.</translation>
        </message>
        <message>
            <source>“%1” has no charts: it holds no data series.</source>
            <translation>« %1 » n’a pas de graphique : il ne contient aucune série de données.</translation>
        </message>
        <message>
            <source>“%1” has no chart or series “%2”. Its charts: %3.</source>
            <translation>« %1 » n’a ni graphique ni série « %2 ». Ses graphiques : %3.</translation>
        </message>
        <message>
            <source>No figure of “%1” names its source, so there is nothing to draw.</source>
            <translation>Aucun chiffre de « %1 » n’indique sa source ; il n’y a donc rien à dessiner.</translation>
        </message>
    </context>
    <context>
        <name>DeepLink</name>
        <message>
            <source>“%1” is not a briefing link: those start with briefing://.</source>
            <translation>« %1 » n'est pas un lien de dossier : ces liens commencent par briefing://.</translation>
        </message>
        <message>
            <source>The briefing link is %1 characters long; links longer than %2 are refused.</source>
            <translation>Le lien de dossier fait %1 caractères ; les liens de plus de %2 caractères sont refusés.</translation>
        </message>
        <message>
            <source>The briefing link “%1” is malformed: it should be briefing://&lt;briefing id&gt;/&lt;item id&gt;, each part percent-encoded UTF-8.</source>
            <translation>Le lien de dossier « %1 » est mal formé : il doit être de la forme briefing://&lt;identifiant du dossier&gt;/&lt;identifiant de l'élément&gt;, chaque partie en UTF-8 encodé en pourcentage.</translation>
        </message>
        <message>
            <source>The briefing link “%1” names no item: “%2” is not an item id.</source>
            <translation>Le lien de dossier « %1 » ne désigne aucun élément : « %2 » n'est pas un identifiant d'élément.</translation>
        </message>
        <message>
            <source>The briefing link “%1” names no briefing.</source>
            <translation>Le lien de dossier « %1 » ne désigne aucun dossier.</translation>
        </message>
    </context>
    <context>
        <name>EventTimeIndex</name>
        <message>
            <source>No category</source>
            <translation>Sans catégorie</translation>
        </message>
        <message>
            <source>No actor</source>
            <translation>Sans acteur</translation>
        </message>
    </context>
    <context>
        <name>Examples</name>
        <message>
            <source>Security guarantees for Ukraine (sample)</source>
            <translation>Garanties de sécurité pour l’Ukraine (exemple)</translation>
        </message>
        <message>
            <source>European defence spending</source>
            <translation>Dépenses de défense européennes</translation>
        </message>
    </context>
    <context>
        <name>FileCheck</name>
        <message>
            <source>No file name was given. Name a .briefing file to open.</source>
            <translation>Aucun nom de fichier n'a été indiqué. Indiquez un fichier .briefing à ouvrir.</translation>
        </message>
        <message>
            <source>“%1” does not exist. Check the file name and folder, or pick the file with File &gt; Open.</source>
            <translation>« %1 » n'existe pas. Vérifiez le nom du fichier et le répertoire, ou choisissez le fichier avec Fichier &gt; Ouvrir.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a briefing file. Open a .briefing file inside it.</source>
            <translation>« %1 » est un répertoire, pas un fichier de dossier d'information. Ouvrez un fichier .briefing qu'il contient.</translation>
        </message>
        <message>
            <source>“%1” is not a regular file (it is a device, pipe or socket). Open a .briefing file.</source>
            <translation>« %1 » n'est pas un fichier ordinaire (c'est un périphérique, un tube ou un socket). Ouvrez un fichier .briefing.</translation>
        </message>
        <message>
            <source>“%1” is empty (0 bytes). It was probably not saved or copied completely; get the briefing again from whoever sent it.</source>
            <translation>« %1 » est vide (0 octet). Il n'a probablement pas été enregistré ou copié entièrement ; demandez à nouveau le dossier à la personne qui vous l'a envoyé.</translation>
        </message>
        <message>
            <source>“%1” is not a briefing file: it is not a SQLite database. Open a .briefing file made by Briefing Viewer's briefing-tool or another program that writes this format.</source>
            <translation>« %1 » n'est pas un fichier de dossier d'information : ce n'est pas une base de données SQLite. Ouvrez un fichier .briefing créé par l'outil briefing-tool de Briefing Viewer ou par un autre programme qui écrit ce format.</translation>
        </message>
        <message>
            <source>“%1” is in SQLite's write-ahead-log mode, which cannot be read without writing beside the file. Convert it once with: sqlite3 "%1" "PRAGMA journal_mode=DELETE"</source>
            <translation>« %1 » est en mode journal à écriture anticipée (WAL) de SQLite, qui ne peut pas être lu sans écrire à côté du fichier. Convertissez-le une fois avec : sqlite3 "%1" "PRAGMA journal_mode=DELETE"</translation>
        </message>
        <message>
            <source>“%1” is damaged: its SQLite header names an impossible page size (%2). Get a fresh copy of the briefing.</source>
            <translation>« %1 » est endommagé : son en-tête SQLite indique une taille de page impossible (%2). Procurez-vous une nouvelle copie du dossier.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it is only %2 bytes long, shorter than a SQLite header. It was probably cut short while downloading or copying; copy it again.</source>
            <translation>« %1 » est incomplet : il ne fait que %2 octets, moins qu'un en-tête SQLite. Il a probablement été tronqué lors d'un téléchargement ou d'une copie ; copiez-le à nouveau.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it is %2 bytes long, but its header says %3. It was probably cut short while downloading or copying; copy it again.</source>
            <translation>« %1 » est incomplet : il fait %2 octets, mais son en-tête en annonce %3. Il a probablement été tronqué lors d'un téléchargement ou d'une copie ; copiez-le à nouveau.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: permission denied. Ask the file's owner for read access, or copy it to a folder of yours.</source>
            <translation>« %1 » ne peut pas être lu : permission refusée. Demandez au propriétaire du fichier un accès en lecture, ou copiez-le dans l'un de vos répertoires.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2. Check the disk or the place it is on, or copy the file to a folder of yours.</source>
            <translation>« %1 » ne peut pas être lu : %2. Vérifiez le disque ou l'emplacement où il se trouve, ou copiez le fichier dans l'un de vos répertoires.</translation>
        </message>
        <message>
            <source>“%1” is damaged: it is %2 bytes long, %3 more than its header says (%4): something was added after its end. Get a fresh copy of the briefing.</source>
            <translation>« %1 » est endommagé : il fait %2 octets, %3 de plus que ce qu'annonce son en-tête (%4) : quelque chose a été ajouté après sa fin. Procurez-vous une nouvelle copie du dossier.</translation>
        </message>
        <message>
            <source>“%1” is damaged: it is %2 bytes long, not a whole number of its %3-byte pages, so it was cut short or added to. Get a fresh copy of the briefing.</source>
            <translation>« %1 » est endommagé : il fait %2 octets, pas un nombre entier de ses pages de %3 octets ; il a donc été tronqué ou complété. Procurez-vous une nouvelle copie du dossier.</translation>
        </message>
    </context>
    <context>
        <name>FileReplacement</name>
        <message>
            <source>permission denied</source>
            <translation>permission refusée</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>le disque est en lecture seule</translation>
        </message>
        <message>
            <source>a folder is in its place</source>
            <translation>un répertoire occupe sa place</translation>
        </message>
        <message>
            <source>could not create a temporary file beside it (%1)</source>
            <translation>impossible de créer un fichier temporaire à côté (%1)</translation>
        </message>
        <message>
            <source>could not write the new file to the disk (%1)</source>
            <translation>impossible d'écrire le nouveau fichier sur le disque (%1)</translation>
        </message>
        <message>
            <source>could not put the new file in its place (%1)</source>
            <translation>impossible de mettre le nouveau fichier à sa place (%1)</translation>
        </message>
    </context>
    <context>
        <name>ItemField</name>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Sous-titre</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Forme juridique</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>Ratification</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Preconditions</source>
            <translation>Conditions préalables</translation>
        </message>
        <message>
            <source>Consequences</source>
            <translation>Conséquences</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Locator</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>ItemHtml</name>
        <message>
            <source>Links</source>
            <translation>Liens</translation>
        </message>
        <message>
            <source>No linked items.</source>
            <translation>Aucun élément lié.</translation>
        </message>
        <message>
            <source>Data points</source>
            <translation>Points de données</translation>
        </message>
        <message>
            <source>This series has no data points.</source>
            <translation>Cette série ne contient aucun point de données.</translation>
        </message>
        <message>
            <source>Period or category</source>
            <translation>Période ou catégorie</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>aucune valeur</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>non indiquée</translation>
        </message>
        <message>
            <source>The first %1 of %2 points are shown.</source>
            <translation>Les %1 premiers points sur %2 sont affichés.</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>The series “%1” has no point “%2”.</source>
            <translation>La série « %1 » n'a pas de point « %2 ».</translation>
        </message>
        <message>
            <source>Data point</source>
            <translation>Point de données</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Série</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <source>What relies on this figure</source>
            <translation>Ce qui s'appuie sur ce chiffre</translation>
        </message>
        <message>
            <source>No event, scenario, guarantee or question of this briefing relies on it.</source>
            <translation>Aucun événement, scénario, garantie ou question de ce dossier ne s'appuie sur ce chiffre.</translation>
        </message>
        <message>
            <source>Id: %1</source>
            <translation>Identifiant : %1</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Édition</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publication</translation>
        </message>
        <message>
            <source>Select a guarantee, scenario, event, data series, source or question to see all its fields here, with every item linked to it.</source>
            <translation>Sélectionnez une garantie, un scénario, un événement, une série de données, une source ou une question pour afficher ici tous ses champs, avec chaque élément qui lui est lié.</translation>
        </message>
        <message>
            <source>Nothing is selected.</source>
            <translation>Aucune sélection.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>None stated</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>(scale: %1)</source>
            <translation>(échelle : %1)</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>Scénario %1</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Probabilité</translation>
        </message>
        <message>
            <source>unreadable date “%1”</source>
            <translation>date illisible « %1 »</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <source>Time series</source>
            <translation>Série chronologique</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Built-in sample briefing</source>
            <translation>Dossier d'exemple intégré</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Scénarios</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>This briefing names no sources.</source>
            <translation>Ce dossier ne cite aucune source.</translation>
        </message>
        <message>
            <source>%1 more in the Sources list.</source>
            <translation>%1 de plus dans la liste des sources.</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s) while opening</source>
            <translation>
                <numerusform>%n avertissement à l'ouverture</numerusform>
                <numerusform>%n avertissements à l'ouverture</numerusform>
            </translation>
        </message>
        <message>
            <source>not translated; shown in %1</source>
            <translation>non traduit ; affiché en %1</translation>
        </message>
        <message>
            <source>translation may be out of date</source>
            <translation>la traduction n'est peut-être plus à jour</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Break in the series</source>
            <translation>Rupture dans la série</translation>
        </message>
        <message>
            <source>Stands for</source>
            <translation>Représente</translation>
        </message>
        <message>
            <source>Shown as plain text: Markdown of more than %1 characters is not formatted.</source>
            <translation>Affiché en texte brut : le Markdown de plus de %1 caractères n’est pas mis en forme.</translation>
        </message>
        <message>
            <source>Shown as plain text: Markdown nested more than %1 levels deep is not formatted.</source>
            <translation>Affiché en texte brut : le Markdown imbriqué sur plus de %1 niveaux n’est pas mis en forme.</translation>
        </message>
        <message>
            <source>Shown as plain text: Markdown with more than %1 emphasis, code or link marks is not formatted.</source>
            <translation>Affiché en texte brut : le Markdown comportant plus de %1 marques d’emphase, de code ou de lien n’est pas mis en forme.</translation>
        </message>
        <message>
            <source>Only the first %1 of %2 characters are shown: the viewer shows no more of one text.</source>
            <translation>Seuls les %1 premiers caractères sur %2 sont affichés : la visionneuse n’en montre pas davantage d’un même texte.</translation>
        </message>
        <message>
            <source>Show all (%1 characters)</source>
            <translation>Tout afficher (%1 caractères)</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Your notes are off: the folder of your library “%1” could not be created. Check that your home folder is writable.</source>
            <translation>Vos notes sont désactivées : le répertoire de votre bibliothèque « %1 » n'a pas pu être créé. Vérifiez que votre répertoire personnel est accessible en écriture.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” cannot be read (permission denied). Give yourself read and write permission on it.</source>
            <translation>Vos notes sont désactivées : votre bibliothèque « %1 » ne peut pas être lue (permission refusée). Donnez-vous les droits de lecture et d'écriture sur celle-ci.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” could not be opened (%2).</source>
            <translation>Vos notes sont désactivées : votre bibliothèque « %1 » n'a pas pu être ouverte (%2).</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” is damaged (%2). It was left as it is; you can move it aside and start a new library.</source>
            <translation>Vos notes sont désactivées : votre bibliothèque « %1 » est endommagée (%2). Elle a été laissée en l'état ; vous pouvez la mettre de côté et commencer une nouvelle bibliothèque.</translation>
        </message>
        <message>
            <source>Your notes are off: “%1” is not a Briefing Viewer library. It was left as it is; move it away or start a new library.</source>
            <translation>Vos notes sont désactivées : « %1 » n'est pas une bibliothèque Briefing Viewer. Le fichier a été laissé en l'état ; déplacez-le ou commencez une nouvelle bibliothèque.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” was made by a newer Briefing Viewer (library version %2; this one knows %3). Update Briefing Viewer.</source>
            <translation>Vos notes sont désactivées : votre bibliothèque « %1 » a été créée par une version plus récente de Briefing Viewer (version de bibliothèque %2 ; celle-ci connaît la version %3). Mettez à jour Briefing Viewer.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” is read-only and must be brought up to date first. Make it writable.</source>
            <translation>Vos notes sont désactivées : votre bibliothèque « %1 » est en lecture seule et doit d'abord être mise à jour. Rendez-la accessible en écriture.</translation>
        </message>
        <message>
            <source>Your notes are read-only: your library “%1” cannot be written. Make it writable to add or change notes.</source>
            <translation>Vos notes sont en lecture seule : votre bibliothèque « %1 » n'est pas accessible en écriture. Rendez-la accessible en écriture pour ajouter ou modifier des notes.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” could not be brought up to date (%2). It was left as it was.</source>
            <translation>Vos notes sont désactivées : votre bibliothèque « %1 » n'a pas pu être mise à jour (%2). Elle a été laissée telle quelle.</translation>
        </message>
        <message>
            <source>Your library “%1” could not be moved aside; your notes stay off. Check that its folder is writable.</source>
            <translation>Votre bibliothèque « %1 » n'a pas pu être mise de côté ; vos notes restent désactivées. Vérifiez que son répertoire est accessible en écriture.</translation>
        </message>
        <message>
            <source>Your library is not open.</source>
            <translation>Votre bibliothèque n'est pas ouverte.</translation>
        </message>
        <message>
            <source>Could not save %1: the disk holding your library “%2” is full. Your notes are read-only until you free some space.</source>
            <translation>Impossible d'enregistrer %1 : le disque qui contient votre bibliothèque « %2 » est plein. Vos notes sont en lecture seule jusqu'à ce que vous libériez de la place.</translation>
        </message>
        <message>
            <source>Could not save %1: your library “%2” cannot be written. Your notes are read-only until it is writable again.</source>
            <translation>Impossible d'enregistrer %1 : votre bibliothèque « %2 » n'est pas accessible en écriture. Vos notes sont en lecture seule jusqu'à ce qu'elle le redevienne.</translation>
        </message>
        <message>
            <source>Could not save %1: your library “%2” is damaged. It was left as it is; you can move it aside and start a new library.</source>
            <translation>Impossible d'enregistrer %1 : votre bibliothèque « %2 » est endommagée. Elle a été laissée en l'état ; vous pouvez la mettre de côté et commencer une nouvelle bibliothèque.</translation>
        </message>
        <message>
            <source>Could not save %1 in your library “%2”: %3.</source>
            <translation>Impossible d'enregistrer %1 dans votre bibliothèque « %2 » : %3.</translation>
        </message>
        <message>
            <source>the note</source>
            <translation>la note</translation>
        </message>
        <message>
            <source>the deletion</source>
            <translation>la suppression</translation>
        </message>
        <message>
            <source>the briefing</source>
            <translation>le dossier</translation>
        </message>
        <message>
            <source>the bookmark</source>
            <translation>le signet</translation>
        </message>
        <message>
            <source>the reading position</source>
            <translation>la position de lecture</translation>
        </message>
        <message>
            <source>The path was not saved: no briefing is open.</source>
            <translation>Le parcours n'a pas été enregistré : aucun dossier n'est ouvert.</translation>
        </message>
        <message>
            <source>The path “%1” was not saved: a path's id may hold letters, digits, '-', '_' and '.' only.</source>
            <translation>Le parcours « %1 » n'a pas été enregistré : l'identifiant d'un parcours ne peut contenir que des lettres, des chiffres, '-', '_' et '.'.</translation>
        </message>
        <message>
            <source>The path was not saved: it needs a title.</source>
            <translation>Le parcours n'a pas été enregistré : il lui faut un titre.</translation>
        </message>
        <message>
            <source>The path “%1” was not saved: %2.</source>
            <translation>Le parcours « %1 » n'a pas été enregistré : %2.</translation>
        </message>
        <message>
            <source>the path</source>
            <translation>le parcours</translation>
        </message>
        <message>
            <source>the deletion of the path</source>
            <translation>la suppression du parcours</translation>
        </message>
        <message>
            <source>The rehearsal was not saved: it names no briefing or path.</source>
            <translation>La répétition n'a pas été enregistrée : elle ne nomme ni dossier ni parcours.</translation>
        </message>
        <message>
            <source>The rehearsal was not saved: it must time from 1 to %1 stops, not %2.</source>
            <translation>La répétition n'a pas été enregistrée : elle doit chronométrer de 1 à %1 étapes, pas %2.</translation>
        </message>
        <message>
            <source>The rehearsal was not saved: %1 is not a time in seconds.</source>
            <translation>La répétition n'a pas été enregistrée : %1 n'est pas une durée en secondes.</translation>
        </message>
        <message>
            <source>the rehearsal</source>
            <translation>la répétition</translation>
        </message>
        <message>
            <source>The last stop shown was not saved: stop %1 of path “%2” is not a stop.</source>
            <translation>La dernière étape montrée n'a pas été enregistrée : l'étape %1 du parcours « %2 » n'est pas une étape.</translation>
        </message>
        <message>
            <source>the last stop shown</source>
            <translation>la dernière étape montrée</translation>
        </message>
        <message>
            <source>No library is open to copy.</source>
            <translation>Aucune bibliothèque n'est ouverte à copier.</translation>
        </message>
        <message>
            <source>“%1” exists already; it was left as it is.</source>
            <translation>« %1 » existe déjà ; il a été laissé tel quel.</translation>
        </message>
        <message>
            <source>Your library could not be copied to “%1” (%2).</source>
            <translation>Votre bibliothèque n'a pas pu être copiée vers « %1 » (%2).</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommands</name>
        <message>
            <source>The library file (default: %1).</source>
            <translation>Le fichier de bibliothèque (par défaut : %1).</translation>
        </message>
        <message>
            <source>markdown (the default) or json.</source>
            <translation>markdown (par défaut) ou json.</translation>
        </message>
        <message>
            <source>briefing-tool: --format is markdown or json, not “%1”.</source>
            <translation>briefing-tool : --format vaut markdown ou json, pas « %1 ».</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” has no item “%2”; no note was written.</source>
            <translation>briefing-tool : « %1 » n'a pas d'élément « %2 » ; aucune note n'a été écrite.</translation>
        </message>
        <message>
            <source>Saved note %1 on “%2”.</source>
            <translation>Note %1 sur « %2 » enregistrée.</translation>
        </message>
        <message>
            <source>briefing-tool: cannot read “%1”: %2.</source>
            <translation>briefing-tool : impossible de lire « %1 » : %2.</translation>
        </message>
    </context>
    <context>
        <name>NoteExchange</name>
        <message>
            <source>Notes on %1</source>
            <translation>Notes sur %1</translation>
        </message>
        <message>
            <source>Item %1, written on edition %2, last changed %3</source>
            <translation>Élément %1, rédigée pour l'édition %2, dernière modification le %3</translation>
        </message>
        <message>
            <source>(none stated)</source>
            <translation>(non indiquée)</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) added</source>
            <translation>
                <numerusform>%n note ajoutée</numerusform>
                <numerusform>%n notes ajoutées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n mise à jour</numerusform>
                <numerusform>%n mises à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%n déjà présente</numerusform>
                <numerusform>%n déjà présentes</numerusform>
            </translation>
        </message>
        <message>
            <source>The notes file is not JSON (%1 at byte %2).</source>
            <translation>Le fichier de notes n'est pas du JSON (%1 à l'octet %2).</translation>
        </message>
        <message>
            <source>The file is JSON but not Briefing Viewer notes (its "format" is not "%1").</source>
            <translation>Le fichier est du JSON mais ne contient pas de notes Briefing Viewer (son "format" n'est pas "%1").</translation>
        </message>
        <message>
            <source>The notes were exported by a newer Briefing Viewer (notes format %1); update Briefing Viewer.</source>
            <translation>Les notes ont été exportées par une version plus récente de Briefing Viewer (format de notes %1) ; mettez à jour Briefing Viewer.</translation>
        </message>
        <message>
            <source>Your library cannot be written.</source>
            <translation>Votre bibliothèque n'est pas accessible en écriture.</translation>
        </message>
        <message>
            <source>Note %1 of the file is incomplete (it needs an id, a briefing id, an item id and a time of change); nothing was imported.</source>
            <translation>La note %1 du fichier est incomplète (il lui faut un identifiant, un identifiant de dossier, un identifiant d'élément et une date de modification) ; rien n'a été importé.</translation>
        </message>
    </context>
    <context>
        <name>PartialDate</name>
        <message>
            <source>Q%1 %2</source>
            <extracomment>A quarter of a year: %1 its number (1 to 4), %2 the year</extracomment>
            <translation>T%1 %2</translation>
        </message>
    </context>
    <context>
        <name>PathCommands</name>
        <message>
            <source>lanes of actors %1</source>
            <translation>lignes des acteurs %1</translation>
        </message>
        <message>
            <source>lanes %1</source>
            <translation>lignes %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>de %1 à %2</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>le début</translation>
        </message>
        <message>
            <source>the end</source>
            <translation>la fin</translation>
        </message>
        <message>
            <source>highlight %1</source>
            <translation>mis en évidence %1</translation>
        </message>
        <message>
            <source>budget %1</source>
            <translation>temps prévu %1</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n stop(s)</source>
            <translation>
                <numerusform>%1, %n étape</numerusform>
                <numerusform>%1, %n étapes</numerusform>
            </translation>
        </message>
        <message>
            <source>notes: %1</source>
            <translation>notes : %1</translation>
        </message>
        <message>
            <source>briefing-tool: cannot read “%1”: %2. Nothing was written to “%3”.</source>
            <translation>briefing-tool : impossible de lire « %1 » : %2. Rien n'a été écrit dans « %3 ».</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is larger than a path can be (%2 MB at most). Nothing was written to “%3”.</source>
            <translation>briefing-tool : « %1 » est plus gros qu'un parcours ne peut l'être (%2 Mo au plus). Rien n'a été écrit dans « %3 ».</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is not a path that can be added: %2. Nothing was written to “%3”.</source>
            <translation>briefing-tool : « %1 » n'est pas un parcours qui puisse être ajouté : %2. Rien n'a été écrit dans « %3 ».</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” has no 'id': a path in a briefing needs one (letters, digits, '-', '_' and '.'). Nothing was written to “%2”.</source>
            <translation>briefing-tool : « %1 » n'a pas de clé 'id' : un parcours dans un dossier en demande un (lettres, chiffres, '-', '_' et '.'). Rien n'a été écrit dans « %2 ».</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is a path for the briefing “%2”, but “%3” is “%4”. Nothing was written.</source>
            <translation>briefing-tool : « %1 » est un parcours pour le dossier « %2 », mais « %3 » est « %4 ». Rien n'a été écrit.</translation>
        </message>
        <message>
            <source>briefing-tool: the path written into “%1” does not read back as written; please report this as a bug.</source>
            <translation>briefing-tool : le parcours écrit dans « %1 » ne se relit pas tel qu'il a été écrit ; merci de le signaler comme un bogue.</translation>
        </message>
        <message numerus="yes">
            <source>Replaced the path “%1” (“%2”, %n stop(s)) in %3.</source>
            <translation>
                <numerusform>Parcours « %1 » (« %2 », %n étape) remplacé dans %3.</numerusform>
                <numerusform>Parcours « %1 » (« %2 », %n étapes) remplacé dans %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added the path “%1” (“%2”, %n stop(s)) to %3.</source>
            <translation>
                <numerusform>Parcours « %1 » (« %2 », %n étape) ajouté à %3.</numerusform>
                <numerusform>Parcours « %1 » (« %2 », %n étapes) ajouté à %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Also list your own paths from your library.</source>
            <translation>Lister aussi vos propres parcours, tirés de votre bibliothèque.</translation>
        </message>
        <message>
            <source>The library file (default: %1).</source>
            <translation>Le fichier de bibliothèque (par défaut : %1).</translation>
        </message>
        <message>
            <source>Paths of “%1” (%2):</source>
            <translation>Parcours de « %1 » (%2) :</translation>
        </message>
        <message>
            <source>made from the content</source>
            <translation>tiré du contenu</translation>
        </message>
        <message>
            <source>in the file</source>
            <translation>dans le fichier</translation>
        </message>
        <message>
            <source>yours, in your library</source>
            <translation>le vôtre, dans votre bibliothèque</translation>
        </message>
        <message>
            <source>The file has no paths of its own; “briefing-tool add-path %1 PATH.json” adds one.</source>
            <translation>Le fichier n'a pas de parcours à lui ; « briefing-tool add-path %1 PATH.json » en ajoute un.</translation>
        </message>
    </context>
    <context>
        <name>PathExchange</name>
        <message>
            <source>“%1” was not imported: open the briefing the path is for first.</source>
            <translation>« %1 » n'a pas été importé : ouvrez d'abord le dossier auquel le parcours est destiné.</translation>
        </message>
        <message>
            <source>“%1” was not imported: it is larger than a path can be (%2 MB at most).</source>
            <translation>« %1 » n'a pas été importé : il est plus gros qu'un parcours ne peut l'être (%2 Mo au plus).</translation>
        </message>
        <message>
            <source>“%1” is not a briefing path that can be imported: %2.</source>
            <translation>« %1 » n'est pas un parcours de dossier qui puisse être importé : %2.</translation>
        </message>
        <message>
            <source>“%1” was not imported: it does not say which briefing it is for ('briefing_id'); export the path from Briefing Viewer again.</source>
            <translation>« %1 » n'a pas été importé : il ne dit pas à quel dossier il est destiné ('briefing_id') ; exportez de nouveau le parcours depuis Briefing Viewer.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>“%1” was not imported: it is a path for the briefing “%2”, not for the open “%3”. Open that briefing, then import it.</source>
            <translation>« %1 » n'a pas été importé : c'est un parcours pour le dossier « %2 », pas pour le dossier ouvert « %3 ». Ouvrez ce dossier, puis importez-le.</translation>
        </message>
        <message>
            <source>“%1” was not imported: the open briefing has none of the items its stops show (%2).</source>
            <translation>« %1 » n'a pas été importé : le dossier ouvert n'a aucun des éléments que montrent ses étapes (%2).</translation>
        </message>
        <message>
            <source>“%1” was not imported: %2</source>
            <translation>« %1 » n'a pas été importé : %2</translation>
        </message>
    </context>
    <context>
        <name>PathJson</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>'%1' is missing</source>
            <translation>'%1' manque</translation>
        </message>
        <message>
            <source>'%1' must be a string</source>
            <translation>'%1' doit être une chaîne</translation>
        </message>
        <message>
            <source>'%1' must not be empty</source>
            <translation>'%1' ne doit pas être vide</translation>
        </message>
        <message>
            <source>'%1' must be a list of names (strings, none empty)</source>
            <translation>'%1' doit être une liste de noms (des chaînes, aucune vide)</translation>
        </message>
        <message>
            <source>'%1' is not a key of %2 (see docs/format.md)</source>
            <translation>'%1' n'est pas une clé %2 (voir docs/format.md)</translation>
        </message>
        <message>
            <source>stop %1</source>
            <translation>étape %1</translation>
        </message>
        <message>
            <source>must be an object with a 'kind'</source>
            <translation>doit être un objet avec un 'kind'</translation>
        </message>
        <message>
            <source>'kind' must be one of %1</source>
            <translation>'kind' doit être l'un de %1</translation>
        </message>
        <message>
            <source>a stop of kind '%1'</source>
            <translation>d'une étape de type '%1'</translation>
        </message>
        <message>
            <source>'%1' must be a whole number of seconds from 1 to %2, or null</source>
            <translation>'%1' doit être un nombre entier de secondes de 1 à %2, ou null</translation>
        </message>
        <message>
            <source>'%1' must be true or false</source>
            <translation>'%1' doit valoir true ou false</translation>
        </message>
        <message>
            <source>'%1' must name two or three scenarios</source>
            <translation>'%1' doit nommer deux ou trois scénarios</translation>
        </message>
        <message>
            <source>'%1' must be a date: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD</source>
            <translation>'%1' doit être une date : YYYY, YYYY-Qn, YYYY-MM ou YYYY-MM-DD</translation>
        </message>
        <message>
            <source>the JSON is not an object with a path's 'format', 'title' and 'stops'</source>
            <translation>le JSON n'est pas un objet avec les 'format', 'title' et 'stops' d'un parcours</translation>
        </message>
        <message>
            <source>'format' must be "%1": this is not a Briefing Viewer path</source>
            <translation>'format' doit valoir "%1" : ce n'est pas un parcours de Briefing Viewer</translation>
        </message>
        <message>
            <source>'version' must be a whole number (%1 for this format)</source>
            <translation>'version' doit être un nombre entier (%1 pour ce format)</translation>
        </message>
        <message>
            <source>the path is of version %1, from a newer Briefing Viewer (this one reads version %2); update Briefing Viewer</source>
            <translation>le parcours est de la version %1, d'un Briefing Viewer plus récent (celui-ci lit la version %2) ; mettez Briefing Viewer à jour</translation>
        </message>
        <message>
            <source>a path</source>
            <translation>d'un parcours</translation>
        </message>
        <message>
            <source>'id' must be letters, digits, '-', '_' and '.' only, and not empty</source>
            <translation>'id' ne doit contenir que des lettres, des chiffres, '-', '_' et '.', et ne pas être vide</translation>
        </message>
        <message>
            <source>'stops' must be a list of at least one stop</source>
            <translation>'stops' doit être une liste d'au moins une étape</translation>
        </message>
        <message>
            <source>it has %1 stops; at most %2</source>
            <translation>il a %1 étapes ; au plus %2</translation>
        </message>
        <message>
            <source>it is not JSON (%1 at byte %2)</source>
            <translation>ce n'est pas du JSON (%1 à l'octet %2)</translation>
        </message>
    </context>
    <context>
        <name>PointCheck</name>
        <message>
            <source>The data points could not be read: %1</source>
            <translation>Les points de données n’ont pas pu être lus : %1</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: unknown status “%3” (expected measured, provisional, estimate, projection or target); it is read as measured.</source>
            <translation>Série « %1 », point « %2 » : statut inconnu « %3 » (attendu : measured, provisional, estimate, projection ou target) ; il est lu comme measured.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: item_id “%3” is not an item of this briefing; the point is tied to nothing.</source>
            <translation>Série « %1 », point « %2 » : item_id « %3 » n’est pas un élément de ce dossier ; le point n’est lié à rien.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: the label is not a period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD); the point cannot be placed in time and charts leave it out.</source>
            <translation>Série « %1 », point « %2 » : le libellé n’est pas une période (YYYY, YYYY-Qn, YYYY-MM ou YYYY-MM-DD) ; le point ne peut être placé dans le temps et les graphiques l’omettent.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: unknown precision “%3” (expected year, quarter, month or day); it is read from the label.</source>
            <translation>Série « %1 », point « %2 » : précision inconnue « %3 » (attendu : year, quarter, month ou day) ; elle est lue dans le libellé.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: the label does not parse at its precision “%3” (expected %4); the point cannot be placed in time and charts leave it out.</source>
            <translation>Série « %1 », point « %2 » : le libellé ne se lit pas à sa précision « %3 » (attendu : %4) ; le point ne peut être placé dans le temps et les graphiques l’omettent.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more data point(s) with the same problem.</source>
            <translation>
                <numerusform>… et %n autre point de données avec le même problème.</numerusform>
                <numerusform>… et %n autres points de données avec le même problème.</numerusform>
            </translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: its value “%3” is not a finite number; it is shown as a gap.</source>
            <translation>Série « %1 », point « %2 » : sa valeur « %3 » n’est pas un nombre fini ; elle est montrée comme une lacune.</translation>
        </message>
    </context>
    <context>
        <name>SceneExport</name>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>Impossible d'écrire « %1 » : %2. Choisissez un répertoire dans lequel vous pouvez écrire.</translation>
        </message>
    </context>
    <context>
        <name>SearchIndexBuilder</name>
        <message>
            <source>the items could not be read</source>
            <translation>les éléments n'ont pas pu être lus</translation>
        </message>
        <message>
            <source>the translations could not be read</source>
            <translation>les traductions n'ont pas pu être lues</translation>
        </message>
        <message>
            <source>the briefing has no “briefing” row</source>
            <translation>le dossier n'a pas de ligne « briefing »</translation>
        </message>
    </context>
    <context>
        <name>SqliteConnection</name>
        <message>
            <source>Qt's SQLite driver gave no database handle.</source>
            <translation>Le pilote SQLite de Qt n'a fourni aucun descripteur de base de données.</translation>
        </message>
    </context>
    <context>
        <name>TimeAxis</name>
        <message>
            <source>Q%1 %2</source>
            <extracomment>Quarter of a year on the time axis: %1 is 1 to 4, %2 the year</extracomment>
            <translation>T%1 %2</translation>
        </message>
    </context>
    <context>
        <name>TimelinePainter</name>
        <message>
            <source>This briefing has no dated events.</source>
            <translation>Ce dossier ne contient aucun événement daté.</translation>
        </message>
    </context>
    <context>
        <name>ToolCommands</name>
        <message numerus="yes">
            <source>expected %n argument(s) after the command; see briefing-tool --help</source>
            <translation>
                <numerusform>%n argument attendu après la commande ; voir briefing-tool --help</numerusform>
                <numerusform>%n arguments attendus après la commande ; voir briefing-tool --help</numerusform>
            </translation>
        </message>
        <message>
            <source>actors</source>
            <translation>acteurs</translation>
        </message>
        <message>
            <source>guarantees</source>
            <translation>garanties</translation>
        </message>
        <message>
            <source>scenarios</source>
            <translation>scénarios</translation>
        </message>
        <message>
            <source>events</source>
            <translation>événements</translation>
        </message>
        <message>
            <source>sources</source>
            <translation>sources</translation>
        </message>
        <message>
            <source>data series</source>
            <translation>séries</translation>
        </message>
        <message>
            <source>FAQ entries</source>
            <translation>entrées FAQ</translation>
        </message>
        <message>
            <source>links</source>
            <translation>liens</translation>
        </message>
        <message>
            <source>translations</source>
            <translation>traductions</translation>
        </message>
        <message>
            <source>data points</source>
            <translation>points</translation>
        </message>
        <message>
            <source>briefing-tool: unknown command “%1”.</source>
            <translation>briefing-tool : commande inconnue « %1 ».</translation>
        </message>
        <message>
            <source>%1: a valid briefing (format %2), “%3”</source>
            <translation>%1 : un dossier valide (format %2), « %3 »</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>avertissement : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Sous-titre</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Édition</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publication</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Contents:</source>
            <translation>Contenu :</translation>
        </message>
        <message>
            <source>File size: %1 bytes</source>
            <translation>Taille du fichier : %1 octets</translation>
        </message>
        <message>
            <source>Replace OUT if it exists.</source>
            <translation>Remplacer SORTIE si le fichier existe.</translation>
        </message>
        <message>
            <source>Wrote the sample briefing to %1</source>
            <translation>Dossier d'exemple écrit dans %1</translation>
        </message>
        <message>
            <source>Number of events.</source>
            <translation>Nombre d'événements.</translation>
        </message>
        <message>
            <source>Number of data series.</source>
            <translation>Nombre de séries de données.</translation>
        </message>
        <message>
            <source>Points per series.</source>
            <translation>Points par série.</translation>
        </message>
        <message>
            <source>Number of FAQ entries.</source>
            <translation>Nombre d'entrées de FAQ.</translation>
        </message>
        <message>
            <source>Content languages, the source included.</source>
            <translation>Langues du contenu, langue source comprise.</translation>
        </message>
        <message>
            <source>Seed of the generator.</source>
            <translation>Graine du générateur.</translation>
        </message>
        <message>
            <source>briefing-tool: --%1 needs a whole number from 0 to %2, not “%3”.</source>
            <translation>briefing-tool : --%1 attend un nombre entier de 0 à %2, pas « %3 ».</translation>
        </message>
        <message>
            <source>briefing-tool: --seed needs a whole number, not “%1”.</source>
            <translation>briefing-tool : --seed attend un nombre entier, pas « %1 ».</translation>
        </message>
        <message>
            <source>Wrote %1: %2 events, %3 series of %4 points, %5 FAQ entries, %6 language(s) in %7 s</source>
            <translation>%1 écrit : %2 événements, %3 séries de %4 points, %5 entrées de FAQ, %6 langue(s) en %7 s</translation>
        </message>
        <message>
            <source>Content language to search.</source>
            <translation>Langue du contenu dans laquelle chercher.</translation>
        </message>
        <message>
            <source>Could not build a search index for %1.</source>
            <translation>Impossible de construire un index de recherche pour %1.</translation>
        </message>
        <message>
            <source>The search index in %1 is damaged; searching an index built in memory instead. Run “briefing-tool index %1” to repair it.</source>
            <translation>L'index de recherche de %1 est endommagé ; la recherche utilise à la place un index construit en mémoire. Exécutez « briefing-tool index %1 » pour le réparer.</translation>
        </message>
        <message>
            <source>Could not search %1.</source>
            <translation>Impossible d'effectuer une recherche dans %1.</translation>
        </message>
        <message>
            <source>%1+ results</source>
            <translation>%1+ résultats</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
        <message>
            <source>index in the file, opened in %1 ms</source>
            <translation>index du fichier, ouvert en %1 ms</translation>
        </message>
        <message>
            <source>index built in memory in %1 ms</source>
            <translation>index construit en mémoire en %1 ms</translation>
        </message>
        <message>
            <source>%1, %2 shown; search took %3 ms (%4)</source>
            <translation>%1, %2 affichés ; recherche effectuée en %3 ms (%4)</translation>
        </message>
        <message>
            <source>The search index written into %1 does not work; please report this as a bug.</source>
            <translation>L'index de recherche écrit dans %1 ne fonctionne pas ; merci de signaler ce bogue.</translation>
        </message>
        <message>
            <source>Wrote the search index of %1 (languages: %2) in %3 s</source>
            <translation>Index de recherche de %1 écrit (langues : %2) en %3 s</translation>
        </message>
        <message>
            <source>charts</source>
            <translation>graphiques</translation>
        </message>
        <message>
            <source>Format %1 is read with the defaults of format %2; “briefing-tool upgrade %3 OUT” writes a copy in format %2.</source>
            <translation>Le format %1 est lu avec les valeurs par défaut du format %2 ; « briefing-tool upgrade %3 OUT » écrit une copie au format %2.</translation>
        </message>
        <message>
            <source>briefing-tool: there is no example “%1”; the examples are: %2.</source>
            <translation>briefing-tool : il n’y a pas d’exemple « %1 » ; les exemples sont : %2.</translation>
        </message>
        <message>
            <source>Wrote the example “%1” (%2) to %3</source>
            <translation>Exemple « %1 » (%2) écrit dans %3</translation>
        </message>
        <message>
            <source>%1 is already format %2; wrote a copy to %3</source>
            <translation>%1 est déjà au format %2 ; copie écrite dans %3</translation>
        </message>
        <message>
            <source>Wrote %1 (format %2) from %3 (format %4). Added:</source>
            <translation>%1 (format %2) écrit à partir de %3 (format %4). Ajouté :</translation>
        </message>
        <message>
            <source>Not copied (tables the format does not define): %1</source>
            <translation>Non copié (tables que le format ne définit pas) : %1</translation>
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
            <translation>Utilisation : briefing-tool COMMANDE [options]

Commandes :
  validate FILE        vérifier un dossier ; code de sortie 0 avec décomptes et avertissements, 1 en cas d'erreur
                       [--verbose : aussi les propres mots de SQLite]
  info FILE            afficher le titre, l'édition et le contenu d'un dossier
  export-sample OUT    écrire le dossier d'exemple intégré dans OUT [--force]
  export-example NAME OUT
                       écrire un exemple intégré (sample, european-defence)
                       dans OUT [--force]
  upgrade IN OUT       écrire dans OUT une copie de IN au format actuel [--force]
  generate OUT         écrire un dossier synthétique pour les mesures de performance et les tests :
                       [--events N] [--series S] [--points P] [--faq K]
                       [--languages L] [--seed X] [--force]
  search FILE QUERY    recherche en texte intégral [--lang L] ; un résultat par ligne :
                       type, identifiant, titre et extrait avec les mots [trouvés]
  index FILE           (re)construire l'index de recherche dans FILE
  export-translations FILE --lang L -o OUT.xlf
                       le texte du dossier en XLIFF 1.2 pour les traducteurs
  import-translations FILE IN.xlf
                       écrire les traductions vérifiées dans FILE (sauvegarde d'abord)
  translation-status FILE
                       textes traduits, manquants et périmés par langue
  paths FILE           les parcours du dossier et leurs étapes : le parcours par défaut,
                       ceux du fichier et, avec --user, les vôtres [--library PATH]
  add-path FILE PATH.json
                       écrire un parcours (JSON) dans FILE, à la place de celui de même identifiant
  notes FILE           les notes du dossier tirées de votre bibliothèque [--format markdown|json]
  note FILE ITEM-ID TEXT
                       ajouter à votre bibliothèque une note (Markdown) sur un élément
  import-notes IN.json fusionner des notes exportées avec notes --format json
                       (les commandes de notes acceptent --library PATH)

Options :
  -h, --help           afficher cette aide
  -v, --version        afficher la version
</translation>
        </message>
        <message>
            <source>also print SQLite's own words when the file is refused</source>
            <translation>afficher aussi les propres mots de SQLite quand le fichier est refusé</translation>
        </message>
        <message>
            <source>details: %1</source>
            <translation>détails : %1</translation>
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
            <translation>Utilisation : briefing-tool COMMANDE [options]

Commandes :
  validate FILE        vérifier un dossier ; code de sortie 0 avec décomptes et avertissements, 1 en cas d'erreur
                       [--verbose : aussi les propres mots de SQLite]
  info FILE            afficher le titre, l'édition et le contenu d'un dossier
  export-sample OUT    écrire le dossier d'exemple intégré dans OUT [--force]
  export-example NAME OUT
                       écrire un exemple intégré (sample, european-defence)
                       dans OUT [--force]
  upgrade IN OUT       écrire dans OUT une copie de IN au format actuel [--force]
  generate OUT         écrire un dossier synthétique pour les mesures de performance et les tests :
                       [--events N] [--series S] [--points P] [--faq K]
                       [--languages L] [--seed X] [--force]
  search FILE QUERY    recherche en texte intégral [--lang L] ; un résultat par ligne :
                       type, identifiant, titre et extrait avec les mots [trouvés]
  index FILE           (re)construire l'index de recherche dans FILE
  export-translations FILE --lang L -o OUT.xlf
                       le texte du dossier en XLIFF 1.2 pour les traducteurs
  import-translations FILE IN.xlf
                       écrire les traductions vérifiées dans FILE (sauvegarde d'abord)
  translation-status FILE
                       textes traduits, manquants et périmés par langue
  paths FILE           les parcours du dossier et leurs étapes : le parcours par défaut,
                       ceux du fichier et, avec --user, les vôtres [--library PATH]
  add-path FILE PATH.json
                       écrire un parcours (JSON) dans FILE, à la place de celui de même identifiant
  export-path FILE -o OUT.pdf|OUT-%n.png
                       un parcours tel que la scène le montre, une page ou un PNG par étape :
                       [--path ID|default] [--notes none|below|page]
                       [--size WxH] [--look normal|projector]
  notes FILE           les notes du dossier tirées de votre bibliothèque [--format markdown|json]
  note FILE ITEM-ID TEXT
                       ajouter à votre bibliothèque une note (Markdown) sur un élément
  import-notes IN.json fusionner des notes exportées avec notes --format json
                       (les commandes de notes acceptent --library PATH)

Options :
  -h, --help           afficher cette aide
  -v, --version        afficher la version
</translation>
        </message>
    </context>
    <context>
        <name>TranslationCommands</name>
        <message>
            <source>The target language (BCP 47, e.g. uk).</source>
            <translation>La langue cible (BCP 47, par ex. uk).</translation>
        </message>
        <message>
            <source>The XLIFF file to write.</source>
            <translation>Le fichier XLIFF à écrire.</translation>
        </message>
        <message>
            <source>briefing-tool: export-translations needs --lang L and -o OUT.xlf</source>
            <translation>briefing-tool : export-translations attend --lang L et -o SORTIE.xlf</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is the briefing's source language; choose the language to translate into.</source>
            <translation>briefing-tool : « %1 » est la langue source du dossier ; choisissez la langue vers laquelle traduire.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2.</source>
            <translation>Impossible d'écrire « %1 » : %2.</translation>
        </message>
        <message>
            <source>Wrote %1 (%2 → %3)</source>
            <translation>%1 écrit (%2 → %3)</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation>Impossible de lire « %1 » : %2.</translation>
        </message>
        <message>
            <source>Nothing was imported; “%1” is unchanged.</source>
            <translation>Rien n'a été importé ; « %1 » est inchangé.</translation>
        </message>
        <message>
            <source>Imported %1 translation(s) into “%2” (%3 left untranslated). Backup: %4</source>
            <translation>%1 traduction(s) importée(s) dans « %2 » (%3 laissée(s) non traduite(s)). Sauvegarde : %4</translation>
        </message>
        <message>
            <source>No translations (source language: %1).</source>
            <translation>Aucune traduction (langue source : %1).</translation>
        </message>
        <message>
            <source>language  translated        missing           stale</source>
            <translation>langue    traduits          manquants         obsolètes</translation>
        </message>
    </context>
    <context>
        <name>TranslationExchange</name>
        <message>
            <source>%1 “%2”, field: %3</source>
            <translation>%1 « %2 », champ : %3</translation>
        </message>
        <message>
            <source>The source text has changed since this translation was made: review it.</source>
            <translation>Le texte source a changé depuis que cette traduction a été faite : vérifiez-la.</translation>
        </message>
        <message>
            <source>The XLIFF file is not well-formed XML (line %1: %2). Save it again from your translation tool.</source>
            <translation>Le fichier XLIFF n'est pas un document XML bien formé (ligne %1 : %2). Enregistrez-le à nouveau depuis votre outil de traduction.</translation>
        </message>
        <message>
            <source>The XLIFF file names no valid target-language (“%1”).</source>
            <translation>Le fichier XLIFF n'indique aucun attribut target-language valide (« %1 »).</translation>
        </message>
        <message>
            <source>The target language “%1” is the briefing's source language.</source>
            <translation>La langue cible « %1 » est la langue source du dossier.</translation>
        </message>
        <message>
            <source>unknown unit id (line %1): the briefing has no such item and field.</source>
            <translation>identifiant d'unité inconnu (ligne %1) : le dossier ne contient pas cet élément avec ce champ.</translation>
        </message>
        <message>
            <source>the unit appears twice (line %1).</source>
            <translation>l'unité apparaît deux fois (ligne %1).</translation>
        </message>
        <message>
            <source>stale source: the text was changed in the briefing after the export. Export again and translate the new text.</source>
            <translation>source obsolète : le texte a été modifié dans le dossier après l'exportation. Exportez à nouveau et traduisez le nouveau texte.</translation>
        </message>
        <message>
            <source>empty target: translate the text, or mark the unit as new.</source>
            <translation>cible vide : traduisez le texte, ou marquez l'unité comme nouvelle.</translation>
        </message>
        <message>
            <source>the placeholders (%1, %2 …) differ from the source's.</source>
            <translation>les marqueurs de substitution (%1, %2…) diffèrent de ceux de la source.</translation>
        </message>
        <message>
            <source>the Markdown links differ from the source's: keep every link target.</source>
            <translation>les liens Markdown diffèrent de ceux de la source : conservez chaque cible de lien.</translation>
        </message>
        <message>
            <source>The XLIFF file has no translated unit; nothing to import.</source>
            <translation>Le fichier XLIFF ne contient aucune unité traduite ; rien à importer.</translation>
        </message>
        <message>
            <source>Could not make the backup “%1”; nothing was written.</source>
            <translation>Impossible de créer la sauvegarde « %1 » ; rien n'a été écrit.</translation>
        </message>
        <message>
            <source>Writing the translations failed (%1); the file is as it was.</source>
            <translation>L'écriture des traductions a échoué (%1) ; le fichier est resté tel quel.</translation>
        </message>
        <message>
            <source>The translations were written, but the search index was not rebuilt (%1). Run: briefing-tool index FILE</source>
            <translation>Les traductions ont été écrites, mais l’index de recherche n’a pas été reconstruit (%1). Exécutez : briefing-tool index FICHIER</translation>
        </message>
    </context>
    <context>
        <name>bv::AudienceWindow</name>
        <message>
            <source>Audience — Briefing Viewer</source>
            <translation>Public — Briefing Viewer</translation>
        </message>
    </context>
    <context>
        <name>bv::ChartPanel</name>
        <message>
            <source>This briefing has no data series.</source>
            <translation>Ce dossier ne contient aucune série de données.</translation>
        </message>
        <message>
            <source>Each chart shows only the figures the briefing states, with their source. Hover a point for its value, click it to see what relies on it.</source>
            <translation>Chaque graphique ne montre que les chiffres indiqués par le dossier, avec leur source. Survolez un point pour voir sa valeur, cliquez dessus pour voir ce qui s'appuie sur lui.</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
    </context>
    <context>
        <name>bv::CurrentBriefing</name>
        <message>
            <source>Cannot open the briefing</source>
            <translation>Impossible d'ouvrir le dossier</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <translation>Ouverture de « %1 »…</translation>
        </message>
        <message>
            <source>Showing the content in %1…</source>
            <translation>Affichage du contenu en %1…</translation>
        </message>
        <message>
            <source>Cannot switch the content language</source>
            <translation>Impossible de changer la langue du contenu</translation>
        </message>
        <message>
            <source>The content of “%1” could not be switched to %2; it is still shown in %3.

%4

Once the file can be read, choose %2 again in View &gt; Content Language.</source>
            <translation>Le contenu de « %1 » n'a pas pu passer en %2 ; il reste affiché en %3.

%4

Une fois le fichier lisible, choisissez de nouveau %2 dans Affichage &gt; Langue du contenu.</translation>
        </message>
        <message>
            <source>“%1” is not a file on this computer: Briefing Viewer opens briefing files on this computer and briefing:// links. Save the briefing on this computer and open the copy.</source>
            <translation>« %1 » n’est pas un fichier de cet ordinateur : Briefing Viewer ouvre les fichiers de dossiers d’information de cet ordinateur et les liens briefing://. Enregistrez le dossier sur cet ordinateur et ouvrez la copie.</translation>
        </message>
    </context>
    <context>
        <name>bv::DesktopActions</name>
        <message>
            <source>T&amp;heme</source>
            <translation>T&amp;hème</translation>
        </message>
        <message>
            <source>Te&amp;xt Size</source>
            <translation>&amp;Taille du texte</translation>
        </message>
        <message>
            <source>&amp;Larger Text</source>
            <translation>Texte plus &amp;grand</translation>
        </message>
        <message>
            <source>&amp;Smaller Text</source>
            <translation>Texte plus &amp;petit</translation>
        </message>
        <message>
            <source>&amp;Normal Text Size</source>
            <translation>Taille de texte &amp;normale</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>%1 (%2 × %3)</source>
            <translation>%1 (%2 × %3)</translation>
        </message>
        <message>
            <source>Folder for Your Notes</source>
            <translation>Dossier de vos notes</translation>
        </message>
        <message>
            <source>Your notes cannot be kept in “%1”: it is not a folder you can write in. Choose another one.</source>
            <translation>Vos notes ne peuvent pas être conservées dans « %1 » : ce n'est pas un dossier dans lequel vous pouvez écrire. Choisissez-en un autre.</translation>
        </message>
        <message>
            <source>“%1” has no library yet. Copy your notes, bookmarks and reading positions there? Otherwise a new, empty library is started in it.</source>
            <translation>« %1 » n'a pas encore de bibliothèque. Y copier vos notes, signets et positions de lecture ? Sinon, une nouvelle bibliothèque vide y est créée.</translation>
        </message>
    </context>
    <context>
        <name>bv::DetailPane</name>
        <message>
            <source>Details of the current item</source>
            <translation>Détails de l'élément courant</translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>Aucun dossier n'est ouvert.</translation>
        </message>
    </context>
    <context>
        <name>bv::DockLayout</name>
        <message>
            <source>Navigator</source>
            <translation>Navigateur</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Frise chronologique</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <source>FAQ</source>
            <translation>FAQ</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Traduction</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Path Editor</source>
            <translation>Éditeur de parcours</translation>
        </message>
    </context>
    <context>
        <name>bv::FaqListView</name>
        <message>
            <source>Linked:</source>
            <translation>Lié à :</translation>
        </message>
    </context>
    <context>
        <name>bv::FaqPanel</name>
        <message>
            <source>&amp;Questions about this</source>
            <translation>&amp;Questions sur cet élément</translation>
        </message>
        <message>
            <source>Show only the questions linked to the current item</source>
            <translation>Afficher uniquement les questions liées à l'élément courant</translation>
        </message>
        <message>
            <source>Frequently asked questions</source>
            <translation>Questions fréquentes</translation>
        </message>
        <message>
            <source>Select an item to see the questions about it; all questions are shown.</source>
            <translation>Sélectionnez un élément pour voir les questions qui le concernent ; toutes les questions sont affichées.</translation>
        </message>
        <message>
            <source>No question is linked to “%1”.</source>
            <translation>Aucune question n'est liée à « %1 ».</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) about “%1”.</source>
            <translation>
                <numerusform>%n question sur « %1 ».</numerusform>
                <numerusform>%n questions sur « %1 ».</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bv::ItemListView</name>
        <message>
            <source>Filter: %1</source>
            <translation>Filtrer : %1</translation>
        </message>
        <message>
            <source>Filter the list: %1</source>
            <translation>Filtrer la liste : %1</translation>
        </message>
    </context>
    <context>
        <name>bv::LibraryActions</name>
        <message>
            <source>Copied %1</source>
            <translation>%1 copié</translation>
        </message>
        <message>
            <source>Your notes</source>
            <translation>Vos notes</translation>
        </message>
        <message>
            <source>&amp;Bookmarks</source>
            <translation>&amp;Signets</translation>
        </message>
        <message>
            <source>&amp;Bookmark This Item</source>
            <translation>&amp;Ajouter un signet sur cet élément</translation>
        </message>
        <message>
            <source>Write a &amp;Note…</source>
            <translation>Écrire une &amp;note…</translation>
        </message>
        <message>
            <source>Copy &amp;Link to This Item</source>
            <translation>Copier le &amp;lien vers cet élément</translation>
        </message>
        <message>
            <source>Show &amp;Notes and Bookmarks</source>
            <translation>Afficher les notes et les &amp;signets</translation>
        </message>
        <message>
            <source>&amp;Export Notes…</source>
            <translation>&amp;Exporter les notes…</translation>
        </message>
        <message>
            <source>&amp;Import Notes…</source>
            <translation>&amp;Importer des notes…</translation>
        </message>
        <message>
            <source>“%1” has no item “%2”; it may have been removed in this edition.</source>
            <translation>« %1 » n'a pas d'élément « %2 » ; il a peut-être été retiré dans cette édition.</translation>
        </message>
        <message>
            <source>The link needs the briefing “%1” (id %2), which is not where it was last opened from nor among your recent files. Open its file once (File &gt; Open), then follow the link again.</source>
            <translation>Le lien a besoin du dossier « %1 » (identifiant %2), qui ne se trouve ni là où il a été ouvert la dernière fois ni parmi vos fichiers récents. Ouvrez son fichier une fois (Fichier &gt; Ouvrir), puis suivez à nouveau le lien.</translation>
        </message>
        <message>
            <source>The link needs the briefing with id “%1”, which you have not opened here yet. Open its file (File &gt; Open), then follow the link again.</source>
            <translation>Le lien a besoin du dossier d'identifiant « %1 », que vous n'avez pas encore ouvert ici. Ouvrez son fichier (Fichier &gt; Ouvrir), puis suivez à nouveau le lien.</translation>
        </message>
        <message>
            <source>Cannot open the link</source>
            <translation>Impossible d'ouvrir le lien</translation>
        </message>
        <message>
            <source>Export Notes</source>
            <translation>Exporter les notes</translation>
        </message>
        <message>
            <source>Markdown (*.md);;JSON, to import elsewhere (*.json)</source>
            <translation>Markdown (*.md);;JSON, pour importer ailleurs (*.json)</translation>
        </message>
        <message>
            <source>Notes written to %1</source>
            <translation>Notes écrites dans %1</translation>
        </message>
        <message>
            <source>Import Notes</source>
            <translation>Importer des notes</translation>
        </message>
        <message>
            <source>Notes (*.json)</source>
            <translation>Notes (*.json)</translation>
        </message>
        <message>
            <source>Starting a new library keeps the damaged one beside it, renamed with today's date, so nothing in it is lost.</source>
            <translation>Une nouvelle bibliothèque garde l’ancienne, endommagée, à côté, renommée à la date du jour : rien de ce qu’elle contient n’est perdu.</translation>
        </message>
        <message>
            <source>Start a New Library</source>
            <translation>Créer une nouvelle bibliothèque</translation>
        </message>
        <message>
            <source>Keep Notes Off</source>
            <translation>Laisser les notes désactivées</translation>
        </message>
        <message>
            <source>A new library was started; the damaged one was kept beside it, renamed with today's date.</source>
            <translation>Une nouvelle bibliothèque a été créée ; l’ancienne, endommagée, est gardée à côté, renommée à la date du jour.</translation>
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
                <numerusform>%1 · %n avertissement, indiqué dans la vue d'ensemble</numerusform>
                <numerusform>%1 · %n avertissements, indiqués dans la vue d'ensemble</numerusform>
            </translation>
        </message>
        <message>
            <source>Briefing Viewer</source>
            <translation>Briefing Viewer</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>Langue de l'&amp;interface</translation>
        </message>
        <message>
            <source>&amp;Content Language</source>
            <translation>Langue du &amp;contenu</translation>
        </message>
        <message>
            <source>%1 · content in %2</source>
            <translation>%1 · langue du contenu : %2</translation>
        </message>
    </context>
    <context>
        <name>bv::NavigatorView</name>
        <message>
            <source>Sections of the briefing</source>
            <translation>Sections du dossier</translation>
        </message>
    </context>
    <context>
        <name>bv::NoteEditor</name>
        <message>
            <source>The note is longer than 1 MB; it is not saved until it is shorter.</source>
            <translation>La note dépasse 1 Mo ; elle n'est pas enregistrée tant qu'elle n'est pas plus courte.</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>Comparer…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Votre note</translation>
        </message>
        <message>
            <source>Your note on “%1”</source>
            <translation>Votre note sur « %1 »</translation>
        </message>
        <message>
            <source>Write a note on this item, in Markdown. It is kept in your library, never in the briefing file.</source>
            <translation>Écrivez une note sur cet élément, en Markdown. Elle est conservée dans votre bibliothèque, jamais dans le fichier du dossier.</translation>
        </message>
        <message>
            <source>This item has changed since the note was written.</source>
            <translation>Cet élément a changé depuis que la note a été écrite.</translation>
        </message>
        <message>
            <source>Written on edition %1; this item has changed since.</source>
            <translation>Écrite sur l'édition %1 ; cet élément a changé depuis.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistrée : %1</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Modification en cours…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistrée</translation>
        </message>
        <message>
            <source>What changed in “%1”</source>
            <translation>Ce qui a changé dans « %1 »</translation>
        </message>
        <message>
            <source>When the note was written</source>
            <translation>Quand la note a été écrite</translation>
        </message>
        <message>
            <source>Edition %1, when the note was written</source>
            <translation>Édition %1, quand la note a été écrite</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <source>Edition %1, now</source>
            <translation>Édition %1, maintenant</translation>
        </message>
        <message>
            <source>My note still holds</source>
            <translation>Ma note reste valable</translation>
        </message>
        <message>
            <source>Saved beside a note written elsewhere meanwhile (another window or briefing-tool); both are in the Notes panel.</source>
            <translation>Enregistrée à côté d'une note écrite ailleurs entre-temps (dans une autre fenêtre ou avec briefing-tool) ; les deux sont dans le panneau « Notes ».</translation>
        </message>
        <message>
            <source>Not deleted: the note was changed elsewhere meanwhile (another window or briefing-tool); it is shown again.</source>
            <translation>Non supprimée : la note a été modifiée ailleurs entre-temps (dans une autre fenêtre ou avec briefing-tool) ; elle est de nouveau affichée.</translation>
        </message>
        <message>
            <source>Your note on the current item</source>
            <translation>Votre note sur l'élément courant</translation>
        </message>
        <message>
            <source>Preview of your note</source>
            <translation>Aperçu de votre note</translation>
        </message>
    </context>
    <context>
        <name>bv::NotesListModel</name>
        <message>
            <source>[item changed since]</source>
            <translation>[élément modifié depuis]</translation>
        </message>
        <message>
            <source>[item no longer in this briefing]</source>
            <translation>[élément qui ne figure plus dans ce dossier]</translation>
        </message>
        <message>
            <source>Bookmark</source>
            <translation>Signet</translation>
        </message>
        <message>
            <source>Bookmark: %1</source>
            <translation>Signet : %1</translation>
        </message>
        <message>
            <source>Note on %1</source>
            <translation>Note sur %1</translation>
        </message>
    </context>
    <context>
        <name>bv::NotesPanel</name>
        <message>
            <source>Filter your notes and bookmarks</source>
            <translation>Filtrer vos notes et signets</translation>
        </message>
        <message>
            <source>Filter notes</source>
            <translation>Filtrer les notes</translation>
        </message>
        <message>
            <source>All briefings</source>
            <translation>Tous les dossiers</translation>
        </message>
        <message>
            <source>List the notes of every briefing in your library, not only of the open one</source>
            <translation>Lister les notes de tous les dossiers de votre bibliothèque, pas seulement celles du dossier ouvert</translation>
        </message>
        <message>
            <source>Your notes and bookmarks</source>
            <translation>Vos notes et signets</translation>
        </message>
        <message>
            <source>No notes or bookmarks yet: Ctrl+Shift+N writes a note on the current item, Ctrl+D bookmarks it.</source>
            <translation>Aucune note ni aucun signet pour l'instant : Ctrl+Shift+N écrit une note sur l'élément courant, Ctrl+D lui ajoute un signet.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n entrée</numerusform>
                <numerusform>%n entrées</numerusform>
            </translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>Aucun dossier n'est ouvert.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2.</source>
            <translation>Impossible d'écrire « %1 » : %2.</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation>Impossible de lire « %1 » : %2.</translation>
        </message>
    </context>
    <context>
        <name>bv::OverviewPage</name>
        <message>
            <source>Briefing overview</source>
            <translation>Vue d'ensemble du dossier</translation>
        </message>
        <message>
            <source>No briefing is open. Use File &gt; Open to choose one.</source>
            <translation>Aucun dossier n'est ouvert. Utilisez Fichier &gt; Ouvrir pour en choisir un.</translation>
        </message>
    </context>
    <context>
        <name>bv::PanelCycler</name>
        <message>
            <source>Next &amp;Panel</source>
            <translation>&amp;Panneau suivant</translation>
        </message>
        <message>
            <source>Move the keyboard to the next panel (F6)</source>
            <translation>Passer le clavier au panneau suivant (F6)</translation>
        </message>
        <message>
            <source>Pre&amp;vious Panel</source>
            <translation>Panneau pré&amp;cédent</translation>
        </message>
        <message>
            <source>Move the keyboard to the previous panel (Shift+F6)</source>
            <translation>Passer le clavier au panneau précédent (Maj+F6)</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentActions</name>
        <message>
            <source>&amp;Presentation</source>
            <translation>&amp;Présentation</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>&amp;Présenter</translation>
        </message>
        <message>
            <source>Show the chosen path to an audience from its first stop (F5)</source>
            <translation>Montrer le parcours choisi au public depuis sa première étape (F5)</translation>
        </message>
        <message>
            <source>Present from &amp;Current Stop</source>
            <translation>Présenter depuis l'étape &amp;actuelle</translation>
        </message>
        <message>
            <source>&amp;Rehearse</source>
            <translation>&amp;Répéter</translation>
        </message>
        <message>
            <source>Present the path from its start and keep the time spent on each stop</source>
            <translation>Présenter le parcours depuis le début et garder le temps passé à chaque étape</translation>
        </message>
        <message>
            <source>Stage and Console as &amp;Windows</source>
            <translation>Scène et console en &amp;fenêtres</translation>
        </message>
        <message>
            <source>Show the stage and the console as ordinary windows, for sharing one in a call</source>
            <translation>Afficher la scène et la console dans des fenêtres ordinaires, pour en partager une lors d'un appel</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présenter</translation>
        </message>
        <message>
            <source>Last time this path was left at stop %1, “%2”. Resume there?</source>
            <translation>La dernière fois, ce parcours a été quitté à l'étape %1, « %2 ». Reprendre là ?</translation>
        </message>
        <message>
            <source>Resume at Stop %1</source>
            <translation>Reprendre à l'étape %1</translation>
        </message>
        <message>
            <source>From the Start</source>
            <translation>Depuis le début</translation>
        </message>
        <message>
            <source>Co&amp;mpare Rehearsals…</source>
            <translation>Co&amp;mparer les répétitions…</translation>
        </message>
        <message>
            <source>The chosen path's rehearsals side by side: each stop's time against its budget</source>
            <translation>Les répétitions du parcours choisi côte à côte : le temps de chaque étape face à sa durée prévue</translation>
        </message>
    </context>
    <context>
        <name>bv::PresenterConsole</name>
        <message>
            <source>Time since the show started, against the sum of the stops' budgets</source>
            <translation>Temps écoulé depuis le début de la présentation, rapporté à la somme des budgets des étapes</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Stop the clock; it stays stopped while you move between stops</source>
            <translation>Arrêter l'horloge ; elle reste arrêtée pendant que vous passez d'une étape à l'autre</translation>
        </message>
        <message>
            <source>End Show</source>
            <translation>Terminer la présentation</translation>
        </message>
        <message>
            <source>Speaker notes</source>
            <translation>Notes de l'orateur</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller notes</source>
            <translation>Notes plus petites</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger notes</source>
            <translation>Notes plus grandes</translation>
        </message>
        <message>
            <source>On this stop:</source>
            <translation>Sur cette étape :</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Go to: a number or part of a title, then Enter</source>
            <translation>Aller à : un numéro ou une partie d'un titre, puis Entrée</translation>
        </message>
        <message>
            <source>Press Esc again to end the show</source>
            <translation>Appuyez encore sur Échap pour terminer la présentation</translation>
        </message>
        <message>
            <source>Presenter Console — Briefing Viewer</source>
            <translation>Console du présentateur — Briefing Viewer</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>Maintenant : %1</translation>
        </message>
        <message>
            <source>Stop %1 of %2</source>
            <translation>Étape %1 sur %2</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Ensuite : %1</translation>
        </message>
        <message>
            <source>Next: the end of the path</source>
            <translation>Ensuite : la fin du parcours</translation>
        </message>
        <message>
            <source>Black screen</source>
            <translation>Écran noir</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>Écran blanc</translation>
        </message>
        <message>
            <source>Frozen: the audience sees stop %1</source>
            <translation>Figé : le public voit l'étape %1</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Rehearsing</source>
            <translation>Répétition</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>Last rehearsal: %1</source>
            <translation>Dernière répétition : %1</translation>
        </message>
        <message>
            <source>No stop matches</source>
            <translation>Aucune étape ne correspond</translation>
        </message>
        <message>
            <source>Enter goes to %1. %2</source>
            <translation>Entrée va à %1. %2</translation>
        </message>
        <message>
            <source>Go to stop</source>
            <translation>Aller à l'étape</translation>
        </message>
        <message>
            <source>Current stop</source>
            <translation>Étape actuelle</translation>
        </message>
        <message>
            <source>Next stop</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Last rehearsal: %1, before: %2</source>
            <translation>Dernière répétition : %1, avant : %2</translation>
        </message>
    </context>
    <context>
        <name>bv::RehearsalTableModel</name>
        <message>
            <source>Untitled stop</source>
            <translation>Étape sans titre</translation>
        </message>
        <message>
            <source>Budget: %1</source>
            <translation>Durée prévue : %1</translation>
        </message>
        <message>
            <source>No budget</source>
            <translation>Pas de durée prévue</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) without a budget</source>
            <translation>
                <numerusform>%n étape sans durée prévue</numerusform>
                <numerusform>%n étapes sans durée prévue</numerusform>
            </translation>
        </message>
        <message>
            <source>Median: %1</source>
            <translation>Médiane : %1</translation>
        </message>
        <message>
            <source>Not timed in any rehearsal</source>
            <translation>Chronométrée dans aucune répétition</translation>
        </message>
        <message>
            <source>Time: %1</source>
            <translation>Temps : %1</translation>
        </message>
        <message>
            <source>Not timed</source>
            <translation>Non chronométrée</translation>
        </message>
        <message>
            <source>%1 longer than the rehearsal before</source>
            <translation>%1 de plus que la répétition précédente</translation>
        </message>
        <message>
            <source>%1 shorter than the rehearsal before</source>
            <translation>%1 de moins que la répétition précédente</translation>
        </message>
        <message>
            <source>As long as the rehearsal before</source>
            <translation>Aussi long que la répétition précédente</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) not timed</source>
            <translation>
                <numerusform>%n étape non chronométrée</numerusform>
                <numerusform>%n étapes non chronométrées</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 over the budget of %2</source>
            <translation>%1 au-delà de la durée prévue de %2</translation>
        </message>
        <message>
            <source>Within the budget of %1</source>
            <translation>Dans la durée prévue de %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>The path's stops together</source>
            <translation>Toutes les étapes du parcours ensemble</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Durée prévue</translation>
        </message>
        <message>
            <source>The time you mean to spend on each stop</source>
            <translation>Le temps que vous comptez passer à chaque étape</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Médiane</translation>
        </message>
        <message numerus="yes">
            <source>The middle time of the %n rehearsal(s) kept: half took longer, half less</source>
            <translation>
                <numerusform>Le temps médian de la %n répétition gardée</numerusform>
                <numerusform>Le temps médian des %n répétitions gardées : la moitié a duré plus, la moitié moins</numerusform>
            </translation>
        </message>
        <message>
            <source>Rehearsed %1</source>
            <translation>Répété le %1</translation>
        </message>
        <message>
            <source>The newest rehearsal</source>
            <translation>La répétition la plus récente</translation>
        </message>
        <message numerus="yes">
            <source>Rehearsed when the path had %n stop(s); the times are shown by the stops' places now</source>
            <translation>
                <numerusform>Répété quand le parcours avait %n étape ; les temps sont placés selon la position actuelle des étapes</numerusform>
                <numerusform>Répété quand le parcours avait %n étapes ; les temps sont placés selon la position actuelle des étapes</numerusform>
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
            <translation>Répétitions</translation>
        </message>
        <message>
            <source>Rehearsals of “%1”</source>
            <translation>Répétitions de « %1 »</translation>
        </message>
        <message>
            <source>This path has not been rehearsed yet. Presentation &gt; Rehearse times each of its stops.</source>
            <translation>Ce parcours n'a pas encore été répété. Présentation &gt; Répéter chronomètre chacune de ses étapes.</translation>
        </message>
        <message numerus="yes">
            <source>%n rehearsal(s); the library keeps the newest %1.</source>
            <translation>
                <numerusform>%n répétition ; la bibliothèque garde les %1 plus récentes.</numerusform>
                <numerusform>%n répétitions ; la bibliothèque garde les %1 plus récentes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The newest took %1 in all.</source>
            <translation>La plus récente a duré %1 en tout.</translation>
        </message>
        <message>
            <source>That is %1 longer than the rehearsal before.</source>
            <translation>C'est %1 de plus que la répétition précédente.</translation>
        </message>
        <message>
            <source>That is %1 shorter than the rehearsal before.</source>
            <translation>C'est %1 de moins que la répétition précédente.</translation>
        </message>
        <message>
            <source>That is as long as the rehearsal before.</source>
            <translation>C'est aussi long que la répétition précédente.</translation>
        </message>
        <message numerus="yes">
            <source>It went over the budget on %n stop(s).</source>
            <translation>
                <numerusform>Elle a dépassé la durée prévue sur %n étape.</numerusform>
                <numerusform>Elle a dépassé la durée prévue sur %n étapes.</numerusform>
            </translation>
        </message>
        <message>
            <source>It kept within the budget on every stop that has one.</source>
            <translation>Elle est restée dans la durée prévue à chaque étape qui en a une.</translation>
        </message>
        <message>
            <source>Compare Rehearsals</source>
            <translation>Comparer les répétitions</translation>
        </message>
        <message>
            <source>Rehearsals by stop</source>
            <translation>Répétitions par étape</translation>
        </message>
        <message>
            <source>Each time is followed by its change from the rehearsal before it, in the column to its right (+ longer, − shorter). Green: within the stop's budget; red: over it. —: not timed, or no budget. Median: the middle time of the rehearsals kept.</source>
            <translation>Chaque temps est suivi de son écart avec la répétition précédente, dans la colonne à sa droite (+ plus long, − plus court). Vert : dans la durée prévue de l'étape ; rouge : au-delà. — : non chronométrée, ou sans durée prévue. Médiane : le temps médian des répétitions gardées.</translation>
        </message>
    </context>
    <context>
        <name>bv::SafeTextDocument</name>
        <message>
            <source>[image]</source>
            <translation>[image]</translation>
        </message>
        <message>
            <source>[image: %1]</source>
            <translation>[image : %1]</translation>
        </message>
    </context>
    <context>
        <name>bv::SearchField</name>
        <message>
            <source>Search the briefing (%1)</source>
            <translation>Rechercher dans le dossier (%1)</translation>
        </message>
        <message>
            <source>Search the briefing</source>
            <translation>Rechercher dans le dossier</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <source>Go to the search results</source>
            <translation>Aller aux résultats de la recherche</translation>
        </message>
    </context>
    <context>
        <name>bv::SearchPanel</name>
        <message>
            <source>No briefing is open.</source>
            <translation>Aucun dossier n'est ouvert.</translation>
        </message>
        <message>
            <source>Preparing the search index…</source>
            <translation>Préparation de l'index de recherche…</translation>
        </message>
        <message>
            <source>Type in the search field (Ctrl+F) to search the whole briefing.</source>
            <translation>Saisissez du texte dans le champ de recherche (Ctrl+F) pour rechercher dans tout le dossier.</translation>
        </message>
        <message>
            <source>Nothing matches “%1”.</source>
            <translation>Aucun résultat pour « %1 ».</translation>
        </message>
        <message>
            <source>More than %1 results; the best are shown. Add a word to narrow the search.</source>
            <translation>Plus de %1 résultats ; les meilleurs sont affichés. Ajoutez un mot pour affiner la recherche.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>Search is unavailable: the briefing could not be read again to index it. Open it again, or ship an index in it with: briefing-tool index FILE</source>
            <translation>La recherche est indisponible : le dossier n’a pas pu être relu pour l’indexer. Ouvrez-le à nouveau, ou ajoutez-y un index avec : briefing-tool index FICHIER</translation>
        </message>
    </context>
    <context>
        <name>bv::SearchResultsModel</name>
        <message>
            <source>My notes (%1)</source>
            <translation>Mes notes (%1)</translation>
        </message>
    </context>
    <context>
        <name>bv::SeriesChart</name>
        <message>
            <source>no value</source>
            <translation>aucune valeur</translation>
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
            <translation>Source : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) without a source are not shown.</source>
            <translation>
                <numerusform>%n point sans source n'est pas affiché.</numerusform>
                <numerusform>%n points sans source ne sont pas affichés.</numerusform>
            </translation>
        </message>
        <message>
            <source>No figure of this series names its source, so none is shown.</source>
            <translation>Aucun chiffre de cette série n'indique sa source ; aucun n'est donc affiché.</translation>
        </message>
        <message>
            <source>Reading the figures…</source>
            <translation>Lecture des valeurs…</translation>
        </message>
        <message>
            <source>This series has no values in this briefing.</source>
            <translation>Cette série n'a aucune valeur dans ce dossier.</translation>
        </message>
        <message>
            <source>These series have no values in this briefing.</source>
            <translation>Ces séries n'ont aucune valeur dans ce dossier.</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tableau</translation>
        </message>
        <message>
            <source>Show the figures as a table beside the chart</source>
            <translation>Afficher les chiffres sous forme de tableau à côté du graphique</translation>
        </message>
        <message>
            <source>Copy CSV</source>
            <translation>Copier en CSV</translation>
        </message>
        <message>
            <source>Copy every point, with unit and source, as CSV</source>
            <translation>Copier tous les points, avec unité et source, au format CSV</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Copy Image</source>
            <translation>Copier l'image</translation>
        </message>
        <message>
            <source>Chart: %1</source>
            <translation>Graphique : %1</translation>
        </message>
        <message>
            <source>Chart of %1. Source: %2.</source>
            <translation>Graphique de %1. Source : %2.</translation>
        </message>
        <message numerus="yes">
            <source>Line chart of %n point(s) from %1 to %2. Source: %3.</source>
            <translation>
                <numerusform>Graphique linéaire de %n point, de %1 à %2. Source : %3.</numerusform>
                <numerusform>Graphique linéaire de %n points, de %1 à %2. Source : %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Bar chart of %n categorie(s). Source: %1. The table beside it lists the values.</source>
            <translation>
                <numerusform>Graphique à barres de %n catégorie. Source : %1. Le tableau à côté en indique les valeurs.</numerusform>
                <numerusform>Graphique à barres de %n catégories. Source : %1. Le tableau à côté en indique les valeurs.</numerusform>
            </translation>
        </message>
        <message>
            <source>Figures of %1</source>
            <translation>Chiffres de %1</translation>
        </message>
        <message>
            <source>%1 — edition %2</source>
            <translation>%1 — édition %2</translation>
        </message>
        <message>
            <source>This series has no figure with a source; nothing to export.</source>
            <translation>Cette série n'a aucun chiffre accompagné d'une source ; rien à exporter.</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>Images SVG (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>Export Chart</source>
            <translation>Exporter le graphique</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l'exportation</translation>
        </message>
        <message>
            <source>Sort by value</source>
            <translation>Trier par valeur</translation>
        </message>
        <message>
            <source>Show the largest value first, or the categories in the briefing's order</source>
            <translation>Afficher d’abord la plus grande valeur, ou les catégories dans l’ordre du briefing</translation>
        </message>
        <message>
            <source>Has your note</source>
            <translation>Porte votre note</translation>
        </message>
        <message>
            <source>Bookmarked</source>
            <translation>Dans les signets</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>Impossible d'écrire « %1 » : %2. Choisissez un répertoire dans lequel vous pouvez écrire.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Break in the series</source>
            <translation>Rupture dans la série</translation>
        </message>
        <message>
            <source>Event in the briefing's timeline</source>
            <translation>Événement de la frise chronologique du dossier</translation>
        </message>
        <message>
            <source>Show the chart's own period</source>
            <translation>Afficher la période propre au graphique</translation>
        </message>
        <message>
            <source>Show the series' own period</source>
            <translation>Afficher la période propre à la série</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n series: %2. Source: %3. The table beside it lists the values.</source>
            <translation>
                <numerusform>%1 de %n série : %2. Source : %3. Le tableau à côté en donne les valeurs.</numerusform>
                <numerusform>%1 de %n séries : %2. Source : %3. Le tableau à côté en donne les valeurs.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>No points between %1 and %2 (the period the timeline shows).</source>
            <translation>Aucun point entre %1 et %2 (la période que montre la frise chronologique).</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Statut : %1</translation>
        </message>
        <message>
            <source>Break in the series: %1</source>
            <translation>Rupture dans la série : %1</translation>
        </message>
        <message>
            <source>%1
Source: %2</source>
            <translation>%1
Source : %2</translation>
        </message>
        <message>
            <source>%1
%2
Source: %3</source>
            <translation>%1
%2
Source : %3</translation>
        </message>
        <message>
            <source>Current point: %1.</source>
            <translation>Point actuel : %1.</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>Comparer avec…</translation>
        </message>
        <message>
            <source>Add another series of the same unit to this chart for the moment; the file is not changed</source>
            <translation>Ajouter pour le moment à ce graphique une autre série de même unité ; le fichier n'est pas modifié</translation>
        </message>
    </context>
    <context>
        <name>bv::SettingsDialog</name>
        <message>
            <source>Folder for Your Notes</source>
            <translation>Dossier de vos notes</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>No briefing is open</source>
            <translation>Aucun dossier n'est ouvert</translation>
        </message>
        <message>
            <source>Automatic (a screen other than the window’s)</source>
            <translation>Automatique (un autre écran que celui de la fenêtre)</translation>
        </message>
        <message>
            <source>%1 (not connected)</source>
            <translation>%1 (non connecté)</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>Langue de l'&amp;interface :</translation>
        </message>
        <message>
            <source>&amp;Content language:</source>
            <translation>Langue du &amp;contenu :</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Thème :</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>&amp;Taille du texte :</translation>
        </message>
        <message>
            <source>Presentation scr&amp;een:</source>
            <translation>Écran de &amp;présentation :</translation>
        </message>
        <message>
            <source>Presentation &amp;look:</source>
            <translation>&amp;Aspect de la présentation :</translation>
        </message>
        <message>
            <source>&amp;Notes are kept in:</source>
            <translation>&amp;Notes conservées dans :</translation>
        </message>
        <message>
            <source>&amp;Recent files listed:</source>
            <translation>Fichiers &amp;récents listés :</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Projector (high contrast, larger text)</source>
            <translation>Projecteur (contraste élevé, texte plus grand)</translation>
        </message>
        <message>
            <source>The language of the briefing's own text, where it is translated</source>
            <translation>La langue du texte du dossier lui-même, là où il est traduit</translation>
        </message>
        <message>
            <source>Folder of your notes</source>
            <translation>Dossier de vos notes</translation>
        </message>
        <message>
            <source>Your notes, bookmarks and reading positions are kept in the file library.sqlite in this folder.</source>
            <translation>Vos notes, signets et positions de lecture sont conservés dans le fichier library.sqlite de ce dossier.</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>Keep your notes in another folder</source>
            <translation>Conserver vos notes dans un autre dossier</translation>
        </message>
        <message>
            <source>&amp;Open Folder</source>
            <translation>&amp;Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Show the folder in the file manager</source>
            <translation>Afficher le dossier dans le gestionnaire de fichiers</translation>
        </message>
        <message>
            <source>In a folder without a library you are asked whether to copy yours there; the library you leave stays where it is.</source>
            <translation>Pour un dossier sans bibliothèque, on vous demande s'il faut y copier la vôtre ; la bibliothèque que vous quittez reste où elle est.</translation>
        </message>
        <message>
            <source>How many files File &gt; Open Recent lists (0: none)</source>
            <translation>Combien de fichiers Fichier &gt; Ouvrir un fichier récent liste (0 : aucun)</translation>
        </message>
        <message>
            <source>Recent files listed</source>
            <translation>Fichiers récents listés</translation>
        </message>
    </context>
    <context>
        <name>bv::ShortcutsDialog</name>
        <message>
            <source>Other</source>
            <translation>Autres</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Search actions and keys</source>
            <translation>Rechercher des actions et des touches</translation>
        </message>
        <message>
            <source>Search the shortcuts</source>
            <translation>Rechercher dans les raccourcis</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Raccourci</translation>
        </message>
        <message>
            <source>Actions and their shortcuts</source>
            <translation>Les actions et leurs raccourcis</translation>
        </message>
        <message>
            <source>During a show</source>
            <translation>Pendant une présentation</translation>
        </message>
        <message>
            <source>(no key)</source>
            <translation>(aucune touche)</translation>
        </message>
        <message>
            <source>Go to a stop</source>
            <translation>Aller à une étape</translation>
        </message>
        <message>
            <source>A number or part of a title, then Enter</source>
            <translation>Un numéro ou une partie d’un titre, puis Entrée</translation>
        </message>
        <message>
            <source>End the show</source>
            <translation>Terminer la présentation</translation>
        </message>
        <message>
            <source>Esc, Esc</source>
            <translation>Échap, Échap</translation>
        </message>
    </context>
    <context>
        <name>bv::TimelineOverview</name>
        <message>
            <source>Overview of the whole timeline</source>
            <translation>Vue d'ensemble de toute la frise chronologique</translation>
        </message>
        <message>
            <source>Drag the window to move through time; drag its edges to zoom</source>
            <translation>Faites glisser la fenêtre pour vous déplacer dans le temps ; faites glisser ses bords pour zoomer</translation>
        </message>
        <message>
            <source>Whole range</source>
            <translation>Toute la période</translation>
        </message>
    </context>
    <context>
        <name>bv::TimelinePanel</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1 — edition %2 — %3</source>
            <translation>%1 — édition %2 — %3</translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>Aucun dossier n'est ouvert.</translation>
        </message>
        <message>
            <source>Timeline of events exported from Briefing Viewer</source>
            <translation>Frise chronologique des événements exportée depuis Briefing Viewer</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>Images SVG (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>Export Timeline</source>
            <translation>Exporter la frise chronologique</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l'exportation</translation>
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation>&amp;Lignes :</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Par catégorie</translation>
        </message>
        <message>
            <source>By actor</source>
            <translation>Par acteur</translation>
        </message>
        <message>
            <source>Fit All</source>
            <translation>Tout afficher</translation>
        </message>
        <message>
            <source>Show every event (Ctrl+0 in the timeline)</source>
            <translation>Afficher tous les événements (Ctrl+0 dans la frise chronologique)</translation>
        </message>
        <message>
            <source>S&amp;ync time</source>
            <translation>&amp;Synchroniser la période</translation>
        </message>
        <message>
            <source>The timeline and the time-axis charts show the same period</source>
            <translation>La frise chronologique et les graphiques à axe temporel affichent la même période</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Save the visible timeline as PNG or SVG</source>
            <translation>Enregistrer la partie visible de la frise chronologique en PNG ou SVG</translation>
        </message>
        <message>
            <source>Events visible on the timeline</source>
            <translation>Événements visibles sur la frise chronologique</translation>
        </message>
    </context>
    <context>
        <name>bv::TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>Frise chronologique</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>%n events here; click or zoom in to see them</source>
            <translation>
                <numerusform>%n événement ici ; cliquez ou zoomez pour le voir</numerusform>
                <numerusform>%n événements ici ; cliquez ou zoomez pour les voir</numerusform>
            </translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>Catégorie : %1</translation>
        </message>
        <message>
            <source>No event chosen. Ctrl+Left and Ctrl+Right move from event to event, Enter selects it; + and - zoom.</source>
            <translation>Aucun événement choisi. Ctrl+Gauche et Ctrl+Droite passent d'un événement à l'autre, Entrée le sélectionne ; + et - zooment.</translation>
        </message>
        <message>
            <source>Event %1 of %2: %3.</source>
            <translation>Événement %1 sur %2 : %3.</translation>
        </message>
    </context>
    <context>
        <name>bv::TranslatorPanel</name>
        <message>
            <source>All text fields</source>
            <translation>Tous les champs de texte</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Manquants</translation>
        </message>
        <message>
            <source>Stale</source>
            <translation>Obsolètes</translation>
        </message>
        <message>
            <source>Shown in a fallback language</source>
            <translation>Affichés dans une langue de repli</translation>
        </message>
        <message>
            <source>Translated</source>
            <translation>Traduits</translation>
        </message>
        <message>
            <source>Show text fields</source>
            <translation>Afficher les champs de texte</translation>
        </message>
        <message>
            <source>Source texts and their translations</source>
            <translation>Textes sources et leurs traductions</translation>
        </message>
        <message>
            <source>Choose a content language (View &gt; Content Language) to see its translations here.</source>
            <translation>Choisissez une langue du contenu (Affichage &gt; Langue du contenu) pour voir ici ses traductions.</translation>
        </message>
        <message>
            <source>%1: %2 translated, %3 missing (%4 shown in a fallback language), %5 stale.</source>
            <translation>%1 : %2 traduits, %3 manquants (dont %4 affichés dans une langue de repli), %5 obsolètes.</translation>
        </message>
    </context>
    <context>
        <name>bv::WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open a briefing file (%1)</source>
            <translation>Ouvrir un fichier de dossier d'information (%1)</translation>
        </message>
        <message>
            <source>&amp;Examples</source>
            <translation>&amp;Exemples</translation>
        </message>
        <message>
            <source>Open &amp;Sample Briefing</source>
            <translation>Ouvrir le dossier d'e&amp;xemple</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Clear Menu</source>
            <translation>&amp;Effacer le menu</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Précédent</translation>
        </message>
        <message>
            <source>Back to the previous item (%1)</source>
            <translation>Revenir à l'élément précédent (%1)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <source>Forward to the next item (%1)</source>
            <translation>Aller à l'élément suivant (%1)</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Vue d'ensemble</translation>
        </message>
        <message>
            <source>Show the briefing's overview</source>
            <translation>Afficher la vue d'ensemble du dossier</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>&amp;About Briefing Viewer</source>
            <translation>À &amp;propos de Briefing Viewer</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barre d'outils</translation>
        </message>
        <message>
            <source>Open Briefing</source>
            <translation>Ouvrir un dossier d'information</translation>
        </message>
        <message>
            <source>Briefings (*.briefing);;All files (*)</source>
            <translation>Dossiers d'information (*.briefing);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>About Briefing Viewer</source>
            <translation>À propos de Briefing Viewer</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Briefing Viewer %1&lt;/h3&gt;&lt;p&gt;Reads policy briefings (format %2) offline, as linked views.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Briefing Viewer %1&lt;/h3&gt;&lt;p&gt;Lit hors ligne les dossiers d'information politiques (format %2), sous forme de vues liées.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %3.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Make the item with this id current at start.</source>
            <translation>Au démarrage, afficher l'élément portant cet identifiant.</translation>
        </message>
        <message>
            <source>Shows a policy briefing (.briefing file) as linked views. Without a file, it opens the built-in sample briefing.</source>
            <translation>Affiche un dossier d'information politique (fichier .briefing) sous forme de vues liées. Sans fichier, ouvre le dossier d'exemple intégré.</translation>
        </message>
        <message>
            <source>Briefing Viewer</source>
            <translation>Briefing Viewer</translation>
        </message>
        <message>
            <source>briefing-viewer: give one file at most.
</source>
            <translation>briefing-viewer : indiquez au plus un fichier.
</translation>
        </message>
        <message>
            <source>The program's language: en, uk, de, fr or ar.</source>
            <translation>La langue du programme : en, uk, de, fr ou ar.</translation>
        </message>
        <message>
            <source>Show the briefing's content in this language where it is translated.</source>
            <translation>Afficher le contenu du dossier dans cette langue lorsqu'il est traduit.</translation>
        </message>
        <message>
            <source>briefing-viewer: unknown language “%1”; use en, uk, de, fr or ar.</source>
            <translation>briefing-viewer : langue inconnue « %1 » ; utilisez en, uk, de, fr ou ar.</translation>
        </message>
        <message>
            <source>Search the briefing for this text at start.</source>
            <translation>Au démarrage, rechercher ce texte dans le dossier.</translation>
        </message>
        <message>
            <source>The briefing file to open, or a briefing://BRIEFING-ID/ITEM-ID link.</source>
            <translation>Le fichier de dossier à ouvrir, ou un lien briefing://BRIEFING-ID/ITEM-ID.</translation>
        </message>
        <message>
            <source>Write the chart (or series) with this id to the file given with -o, and quit.</source>
            <translation>Écrire le graphique (ou la série) de cet identifiant dans le fichier indiqué par -o, puis quitter.</translation>
        </message>
        <message>
            <source>The file --export-chart writes: .png, .svg or .pdf.</source>
            <translation>Le fichier qu’écrit --export-chart : .png, .svg ou .pdf.</translation>
        </message>
        <message>
            <source>The size of the exported chart in pixels, e.g. 1200x800 (or 1200 for the height it needs).</source>
            <translation>La taille du graphique exporté en pixels, p. ex. 1200x800 (ou 1200 pour la hauteur qu’il lui faut).</translation>
        </message>
        <message>
            <source>--export-chart needs the file to write: add -o OUT.png, -o OUT.svg or -o OUT.pdf.</source>
            <translation>--export-chart a besoin du fichier à écrire : ajoutez -o OUT.png, -o OUT.svg ou -o OUT.pdf.</translation>
        </message>
        <message>
            <source>“%1” does not end in .png, .svg or .pdf: name the file to write with one of them.</source>
            <translation>« %1 » ne se termine pas par .png, .svg ou .pdf : donnez au fichier à écrire l’une de ces extensions.</translation>
        </message>
        <message>
            <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1200x800 (200 to 10000 wide, 150 or more high), or a width alone.</source>
            <translation>--size prend LARGEURxHAUTEUR en pixels, p. ex. 1200x800 (de 200 à 10000 de large, 150 ou plus de haut), ou une largeur seule.</translation>
        </message>
        <message>
            <source>give one file at most.</source>
            <translation>indiquez au plus un fichier.</translation>
        </message>
        <message>
            <source>Wrote the chart “%1” to %2</source>
            <translation>Graphique « %1 » écrit dans %2</translation>
        </message>
        <message>
            <source>Start presenting the briefing's chosen path once it is open.</source>
            <translation>Présenter le parcours choisi du briefing dès qu'il est ouvert.</translation>
        </message>
    </context>
    <context>
        <name>PathExport</name>
        <message>
            <source>Speaker notes</source>
            <translation>Notes de l’orateur</translation>
        </message>
        <message>
            <source>These notes are cut here: they follow in full on the next page.</source>
            <translation>Ces notes sont coupées ici : elles suivent en entier à la page suivante.</translation>
        </message>
        <message>
            <source>Speaker notes of stop %1, page %2 of %3</source>
            <translation>Notes de l'orateur de l'étape %1, page %2 sur %3</translation>
        </message>
        <message>
            <source>“%1” does not end in .pdf or .png: name the file to write with one of them.</source>
            <translation>« %1 » ne se termine pas par .pdf ou .png : nommez le fichier à écrire avec l’une de ces extensions.</translation>
        </message>
        <message>
            <source>The path “%1” has no stops: there is nothing to export.</source>
            <translation>Le parcours « %1 » n’a aucune étape : il n’y a rien à exporter.</translation>
        </message>
        <message>
            <source>A stage of %1×%2 pixels cannot be exported: choose from 320×180 to 7680×4320.</source>
            <translation>Une scène de %1×%2 pixels ne peut pas être exportée : choisissez de 320×180 à 7680×4320.</translation>
        </message>
        <message>
            <source>Speaker notes go into a PDF only: export the path as .pdf, or leave the notes out of the PNG files.</source>
            <translation>Les notes de l’orateur ne vont que dans un PDF : exportez le parcours en .pdf, ou laissez les notes hors des fichiers PNG.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>Impossible d’écrire « %1 » : %2. Choisissez un dossier où vous pouvez écrire.</translation>
        </message>
        <message>
            <source>the PDF writer refused the page</source>
            <translation>le générateur de PDF a refusé la page</translation>
        </message>
    </context>
    <context>
        <name>PathExportCommand</name>
        <message>
            <source>Also look for the path among your own paths of this briefing, in your library (briefing-tool paths FILE --user lists them).</source>
            <translation>Chercher aussi le parcours parmi vos propres parcours de ce briefing, dans votre bibliothèque (briefing-tool paths FILE --user les liste).</translation>
        </message>
        <message>
            <source>The library file to look in (default: %1).</source>
            <translation>Le fichier de bibliothèque où chercher (par défaut : %1).</translation>
        </message>
        <message>
            <source>The path to export: the id of one of the briefing's paths, or 'default' (default: its first path, else the default path).</source>
            <translation>Le parcours à exporter : l’identifiant d’un des parcours du briefing, ou « default » (par défaut : son premier parcours, sinon le parcours par défaut).</translation>
        </message>
        <message>
            <source>The speaker notes in a PDF: none, below (each stop's under it) or page (a page of their own after the stop).</source>
            <translation>Les notes de l’orateur dans un PDF : none (aucune), below (sous chaque étape) ou page (une page à part après l’étape).</translation>
        </message>
        <message>
            <source>The stage's size in pixels (default 1920x1080).</source>
            <translation>La taille de la scène en pixels (par défaut 1920x1080).</translation>
        </message>
        <message>
            <source>normal, or projector for high contrast.</source>
            <translation>normal, ou projector pour un contraste élevé.</translation>
        </message>
        <message>
            <source>The file to write: OUT.pdf, or OUT-%n.png (%n: the stop's number).</source>
            <translation>Le fichier à écrire : OUT.pdf, ou OUT-%n.png (%n : le numéro de l’étape).</translation>
        </message>
        <message>
            <source>briefing-tool: --notes takes none, below or page, not %1.</source>
            <translation>briefing-tool : --notes accepte none, below ou page, pas %1.</translation>
        </message>
        <message>
            <source>briefing-tool: --look takes normal or projector, not %1.</source>
            <translation>briefing-tool : --look accepte normal ou projector, pas %1.</translation>
        </message>
        <message>
            <source>briefing-tool: --size takes WIDTHxHEIGHT in pixels, from 320x180 to 7680x4320 (e.g. 1920x1080), not %1.</source>
            <translation>briefing-tool : --size accepte LARGEURxHAUTEUR en pixels, de 320x180 à 7680x4320 (p. ex. 1920x1080), pas %1.</translation>
        </message>
        <message>
            <source>briefing-tool: export-path needs the file to write: add -o OUT.pdf or -o OUT-%n.png.</source>
            <translation>briefing-tool : export-path a besoin du fichier à écrire : ajoutez -o OUT.pdf ou -o OUT-%n.png.</translation>
        </message>
        <message>
            <source>briefing-tool: %1 does not end in .pdf or .png: name the file to write with one of them.</source>
            <translation>briefing-tool : %1 ne se termine pas par .pdf ou .png : nommez le fichier à écrire avec l’une de ces extensions.</translation>
        </message>
        <message>
            <source>briefing-tool: %1 has no path %2. Its paths: %3 (see briefing-tool paths %4).</source>
            <translation>briefing-tool : %1 n’a pas de parcours %2. Ses parcours : %3 (voir briefing-tool paths %4).</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the path %1 (%n stop(s)) to %2.</source>
            <translation>
                <numerusform>Parcours %1 (%n étape) écrit dans %2.</numerusform>
                <numerusform>Parcours %1 (%n étapes) écrit dans %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote the path %1 as %n PNG file(s): %2.</source>
            <translation>
                <numerusform>Parcours %1 écrit en %n fichier PNG : %2.</numerusform>
                <numerusform>Parcours %1 écrit en %n fichiers PNG : %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageCard</name>
        <message>
            <source>This stop shows “%1”, which the briefing no longer has. Go on to the next stop, or edit the path.</source>
            <translation>Cette étape montre « %1 », que le briefing ne contient plus. Passez à l’étape suivante, ou modifiez le parcours.</translation>
        </message>
        <message>
            <source>edition %1</source>
            <translation>édition %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Data point</source>
            <translation>Point de données</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>pas de valeur</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Break in the series</source>
            <translation>Rupture dans la série</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>Scénario %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 à %2</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Acteurs</translation>
        </message>
        <message>
            <source>Guarantors</source>
            <translation>Garants</translation>
        </message>
        <message>
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>%1 (scale: %2)</source>
            <translation>%1 (échelle : %2)</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Probabilité</translation>
        </message>
    </context>
    <context>
        <name>bv::PathExportActions</name>
        <message>
            <source>Export &amp;Path…</source>
            <translation>Exporter le &amp;parcours…</translation>
        </message>
        <message>
            <source>Write the chosen briefing path as a PDF or as PNG pictures, a stop each</source>
            <translation>Écrire le parcours choisi du briefing en PDF ou en images PNG, une par étape</translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>Aucun briefing n’est ouvert.</translation>
        </message>
        <message>
            <source>Export Path</source>
            <translation>Exporter le parcours</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images, a file a stop (*.png)</source>
            <translation>Images PNG, un fichier par étape (*.png)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l’export</translation>
        </message>
    </context>
    <context>
        <name>bv::PathExportDialog</name>
        <message>
            <source>Export Path</source>
            <translation>Exporter le parcours</translation>
        </message>
        <message numerus="yes">
            <source>“%1”, %n stop(s), each as the stage shows it.</source>
            <translation>
                <numerusform>« %1 », %n étape, chacune telle que la scène la montre.</numerusform>
                <numerusform>« %1 », %n étapes, chacune telle que la scène la montre.</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF, a page a stop</source>
            <translation>PDF, une page par étape</translation>
        </message>
        <message>
            <source>PNG, a picture a stop</source>
            <translation>PNG, une image par étape</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Below each stop</source>
            <translation>Sous chaque étape</translation>
        </message>
        <message>
            <source>On a page of their own</source>
            <translation>Sur une page à part</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <source>Projector (high contrast)</source>
            <translation>Projecteur (contraste élevé)</translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 pixels</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format :</translation>
        </message>
        <message>
            <source>Speaker notes:</source>
            <translation>Notes de l’orateur :</translation>
        </message>
        <message>
            <source>Look:</source>
            <translation>Apparence :</translation>
        </message>
        <message>
            <source>Stage size:</source>
            <translation>Taille de la scène :</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
    </context>
    <context>
        <name>bv::StageText</name>
        <message>
            <source>%1:</source>
            <translation>%1 :</translation>
        </message>
    </context>
    <context>
        <name>bv::StageView</name>
        <message>
            <source>No briefing is open.</source>
            <translation>Aucun briefing n’est ouvert.</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
    </context>
    <context>
        <name>ChartComparison</name>
        <message>
            <source>A stacked chart adds its series up: another series would change its totals.</source>
            <translation>Un graphique empilé additionne ses séries : une autre série en changerait les totaux.</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>sans unité</translation>
        </message>
        <message>
            <source>No other time series in “%1”: only a series of the same unit can share this chart's axis.</source>
            <translation>Aucune autre série temporelle en « %1 » : seule une série de même unité peut partager l'axe de ce graphique.</translation>
        </message>
        <message>
            <source>No other category series in “%1”: only a series of the same unit can share this chart's axis.</source>
            <translation>Aucune autre série par catégories en « %1 » : seule une série de même unité peut partager l'axe de ce graphique.</translation>
        </message>
        <message numerus="yes">
            <source>%n series in other units are not offered.</source>
            <translation>
                <numerusform>%n série dans une autre unité n'est pas proposée.</numerusform>
                <numerusform>%n séries dans d'autres unités ne sont pas proposées.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (added for comparison)</source>
            <translation>%1 (ajoutée pour comparaison)</translation>
        </message>
        <message numerus="yes">
            <source>Added for comparison, not part of this chart in the briefing: %1.</source>
            <translation>
                <numerusform>Ajoutée pour comparaison, hors de ce graphique dans le dossier : %1.</numerusform>
                <numerusform>Ajoutées pour comparaison, hors de ce graphique dans le dossier : %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Compare with</source>
            <translation>Comparer avec</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Remove comparison: %1</source>
            <translation>Retirer la comparaison : %1</translation>
        </message>
        <message>
            <source>Remove every comparison</source>
            <translation>Retirer toutes les comparaisons</translation>
        </message>
    </context>
    <context>
        <name>bv::BudgetSpinBox</name>
        <message>
            <source>No budget</source>
            <translation>Aucune durée</translation>
        </message>
        <message>
            <source>The time to spend on this stop, as minutes:seconds (2:30); 0 for none</source>
            <translation>Le temps à passer sur cette étape, en minutes:secondes (2:30) ; 0 pour aucun</translation>
        </message>
    </context>
    <context>
        <name>bv::PathActions</name>
        <message>
            <source>&amp;Presentation</source>
            <translation>&amp;Présentation</translation>
        </message>
        <message>
            <source>&amp;Add This View as a Stop</source>
            <translation>&amp;Ajouter cette vue comme étape</translation>
        </message>
        <message>
            <source>Add what is on screen (the chart or timeline you are in, the current item, the overview) to your path after its current stop</source>
            <translation>Ajouter ce qui est à l'écran (le graphique ou la frise où vous êtes, l'élément en cours, la vue d'ensemble) à votre parcours après son étape en cours</translation>
        </message>
        <message>
            <source>&amp;Delete Current Stop</source>
            <translation>&amp;Supprimer l'étape en cours</translation>
        </message>
        <message>
            <source>Remove the current stop from your path</source>
            <translation>Retirer l'étape en cours de votre parcours</translation>
        </message>
        <message>
            <source>Path &amp;Editor</source>
            <translation>&amp;Éditeur de parcours</translation>
        </message>
        <message>
            <source>Show the path editor: the stops of the chosen path, their notes and budgets</source>
            <translation>Afficher l'éditeur de parcours : les étapes du parcours choisi, leurs notes et durées</translation>
        </message>
        <message>
            <source>Timeline, %1 to %2</source>
            <translation>Frise, du %1 au %2</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Frise chronologique</translation>
        </message>
        <message>
            <source>Path not saved</source>
            <translation>Parcours non enregistré</translation>
        </message>
        <message>
            <source>Add This View as a Stop</source>
            <translation>Ajouter cette vue comme étape</translation>
        </message>
        <message>
            <source>There is nothing on screen that a stop can show.</source>
            <translation>Rien à l'écran ne peut être montré par une étape.</translation>
        </message>
        <message>
            <source>My path</source>
            <translation>Mon parcours</translation>
        </message>
        <message>
            <source>“%1” has %2 stops, as many as a path can have.</source>
            <translation>« %1 » a %2 étapes, autant qu'un parcours peut en avoir.</translation>
        </message>
        <message>
            <source>Added “%1” to “%2” as stop %3.</source>
            <translation>« %1 » ajouté à « %2 » comme étape %3.</translation>
        </message>
        <message>
            <source>Deleted the stop “%1”.</source>
            <translation>Étape « %1 » supprimée.</translation>
        </message>
        <message>
            <source>Delete Stop</source>
            <translation>Supprimer l'étape</translation>
        </message>
        <message>
            <source>Delete the stop “%1” and its speaker notes? This cannot be undone.</source>
            <translation>Supprimer l'étape « %1 » et ses notes de l'orateur ? Cela ne peut pas être annulé.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Add &amp;Scenarios Side by Side</source>
            <translation>Ajouter des scénarios &amp;côte à côte</translation>
        </message>
        <message>
            <source>Add a stop that compares two or three scenarios (the current one and the next; check others in the path editor)</source>
            <translation>Ajouter une étape qui compare deux ou trois scénarios (l'actuel et le suivant ; cochez-en d'autres dans l'éditeur de parcours)</translation>
        </message>
        <message>
            <source>Add Scenarios Side by Side</source>
            <translation>Ajouter des scénarios côte à côte</translation>
        </message>
        <message>
            <source>The briefing has fewer than two scenarios to compare.</source>
            <translation>Le briefing a moins de deux scénarios à comparer.</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Scénarios côte à côte</translation>
        </message>
    </context>
    <context>
        <name>bv::PathEditor</name>
        <message>
            <source>Default path (made from the contents)</source>
            <translation>Parcours par défaut (tiré du contenu)</translation>
        </message>
        <message>
            <source>The overview, each guarantee, scenario and chart, and the FAQ</source>
            <translation>La vue d'ensemble, chaque garantie, scénario et graphique, et la FAQ</translation>
        </message>
        <message>
            <source>%1 (the briefing's)</source>
            <translation>%1 (du dossier)</translation>
        </message>
        <message>
            <source>Written into the briefing by its author: shown, not changed</source>
            <translation>Écrit dans le dossier par son auteur : affiché, jamais modifié</translation>
        </message>
        <message>
            <source>Your own path, kept in your library</source>
            <translation>Votre propre parcours, gardé dans votre bibliothèque</translation>
        </message>
        <message>
            <source>The changes to “%1” were not saved: another briefing was opened meanwhile.</source>
            <translation>Les modifications de « %1 » n'ont pas été enregistrées : un autre dossier a été ouvert entre-temps.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <source>Saved in your library.</source>
            <translation>Enregistré dans votre bibliothèque.</translation>
        </message>
        <message>
            <source>The default path is made from the briefing's contents and cannot be changed. Duplicate it to make a path of your own.</source>
            <translation>Le parcours par défaut est tiré du contenu du dossier et ne peut pas être modifié. Dupliquez-le pour en faire un parcours à vous.</translation>
        </message>
        <message>
            <source>This path was written into the briefing by its author; the briefing file is never changed. Duplicate it to edit a copy of your own.</source>
            <translation>Ce parcours a été écrit dans le dossier par son auteur ; le fichier du dossier n'est jamais modifié. Dupliquez-le pour modifier une copie à vous.</translation>
        </message>
        <message>
            <source>&amp;Path:</source>
            <translation>&amp;Parcours :</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>The path to present and edit: the briefing's default path, its author's paths, or your own</source>
            <translation>Le parcours à présenter et modifier : le parcours par défaut du dossier, ceux de son auteur, ou les vôtres</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>Path commands</source>
            <translation>Commandes du parcours</translation>
        </message>
        <message>
            <source>New, duplicate, rename, delete, export or import a path</source>
            <translation>Créer, dupliquer, renommer, supprimer, exporter ou importer un parcours</translation>
        </message>
        <message>
            <source>&amp;New Path…</source>
            <translation>&amp;Nouveau parcours…</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Dupliquer</translation>
        </message>
        <message>
            <source>Copy the chosen path into a path of your own, which you can change</source>
            <translation>Copier le parcours choisi dans un parcours à vous, que vous pouvez modifier</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Renommer…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Write the chosen path to a small JSON file for a colleague</source>
            <translation>Écrire le parcours choisi dans un petit fichier JSON pour un collègue</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Add a path from a JSON file to your own paths</source>
            <translation>Ajouter un parcours d'un fichier JSON à vos parcours</translation>
        </message>
        <message>
            <source>Delete Stop</source>
            <translation>Supprimer l'étape</translation>
        </message>
        <message>
            <source>Remove the chosen stop from the path (Delete)</source>
            <translation>Retirer l'étape choisie du parcours (Suppr)</translation>
        </message>
        <message>
            <source>Move Stop Up</source>
            <translation>Monter l'étape</translation>
        </message>
        <message>
            <source>Move the chosen stop one place earlier (Alt+Up)</source>
            <translation>Avancer l'étape choisie d'une place (Alt+Haut)</translation>
        </message>
        <message>
            <source>Move Stop Down</source>
            <translation>Descendre l'étape</translation>
        </message>
        <message>
            <source>Move the chosen stop one place later (Alt+Down)</source>
            <translation>Reculer l'étape choisie d'une place (Alt+Bas)</translation>
        </message>
        <message>
            <source>Duplicate to Edit</source>
            <translation>Dupliquer pour modifier</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Drag a stop, or press Alt+Up or Alt+Down, to change the order; F2 renames it</source>
            <translation>Faites glisser une étape, ou appuyez sur Alt+Haut ou Alt+Bas, pour changer l'ordre ; F2 la renomme</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>Stop title</source>
            <translation>Titre de l'étape</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>&amp;Durée :</translation>
        </message>
        <message>
            <source>Time budget</source>
            <translation>Durée prévue</translation>
        </message>
        <message>
            <source>Speaker &amp;notes (Markdown):</source>
            <translation>&amp;Notes de l'orateur (Markdown) :</translation>
        </message>
        <message>
            <source>Speaker notes</source>
            <translation>Notes de l'orateur</translation>
        </message>
        <message>
            <source>What to say at this stop. **Bold**, *italic* and lists are shown on the console.</source>
            <translation>Ce que vous direz à cette étape. **Gras**, *italique* et listes s'affichent sur la console.</translation>
        </message>
        <message>
            <source>Path Editor</source>
            <translation>Éditeur de parcours</translation>
        </message>
        <message>
            <source>The path was not made: %1</source>
            <translation>Le parcours n'a pas été créé : %1</translation>
        </message>
        <message>
            <source>“%1” is one of your paths now. Add stops with Presentation &gt; Add This View as a Stop.</source>
            <translation>« %1 » fait maintenant partie de vos parcours. Ajoutez des étapes avec Présentation &gt; Ajouter cette vue comme étape.</translation>
        </message>
        <message>
            <source>%1 (my copy)</source>
            <translation>%1 (ma copie)</translation>
        </message>
        <message>
            <source>The path was not duplicated: %1</source>
            <translation>Le parcours n'a pas été dupliqué : %1</translation>
        </message>
        <message>
            <source>“%1” is your own copy: change it as you like.</source>
            <translation>« %1 » est votre propre copie : modifiez-la à votre guise.</translation>
        </message>
        <message>
            <source>The path was not renamed: %1</source>
            <translation>Le parcours n'a pas été renommé : %1</translation>
        </message>
        <message>
            <source>Renamed “%1”.</source>
            <translation>Renommé en « %1 ».</translation>
        </message>
        <message>
            <source>The path was not deleted: %1</source>
            <translation>Le parcours n'a pas été supprimé : %1</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>« %1 » supprimé.</translation>
        </message>
        <message>
            <source>There is no path with stops to export.</source>
            <translation>Il n'y a pas de parcours avec des étapes à exporter.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>Impossible d'écrire « %1 » : %2. Choisissez un dossier où vous pouvez écrire.</translation>
        </message>
        <message>
            <source>Wrote “%1” to %2.</source>
            <translation>« %1 » écrit dans %2.</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation>Impossible de lire « %1 » : %2.</translation>
        </message>
        <message>
            <source>“%1” was not imported: it is larger than a path can be (%2 MB at most).</source>
            <translation>« %1 » n'a pas été importé : il est plus gros qu'un parcours ne peut l'être (%2 Mo au plus).</translation>
        </message>
        <message>
            <source>You have this path already: “%1”.</source>
            <translation>Vous avez déjà ce parcours : « %1 ».</translation>
        </message>
        <message>
            <source>Imported “%1”. The open briefing cannot show all of it (the stops are kept as written):
%2</source>
            <translation>« %1 » importé. Le dossier ouvert ne peut pas tout en montrer (les étapes sont gardées telles qu'écrites) :
%2</translation>
        </message>
        <message>
            <source>Imported “%1” into your paths.</source>
            <translation>« %1 » importé dans vos parcours.</translation>
        </message>
        <message>
            <source>New Path</source>
            <translation>Nouveau parcours</translation>
        </message>
        <message>
            <source>Title of the new path:</source>
            <translation>Titre du nouveau parcours :</translation>
        </message>
        <message>
            <source>My path</source>
            <translation>Mon parcours</translation>
        </message>
        <message>
            <source>Rename Path</source>
            <translation>Renommer le parcours</translation>
        </message>
        <message>
            <source>New title of the path:</source>
            <translation>Nouveau titre du parcours :</translation>
        </message>
        <message>
            <source>Delete Path</source>
            <translation>Supprimer le parcours</translation>
        </message>
        <message numerus="yes">
            <source>Delete your path “%1” with its %n stop(s), its speaker notes and rehearsals? This cannot be undone.</source>
            <translation>
                <numerusform>Supprimer votre parcours « %1 » avec son étape (%n), ses notes de l'orateur et ses répétitions ? Cela ne peut pas être annulé.</numerusform>
                <numerusform>Supprimer votre parcours « %1 » avec ses %n étapes, ses notes de l'orateur et ses répétitions ? Cela ne peut pas être annulé.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Export Path</source>
            <translation>Exporter le parcours</translation>
        </message>
        <message>
            <source>Briefing paths (*.json)</source>
            <translation>Parcours de dossier (*.json)</translation>
        </message>
        <message>
            <source>Import Path</source>
            <translation>Importer un parcours</translation>
        </message>
        <message>
            <source>Briefing paths (*.json);;All files (*)</source>
            <translation>Parcours de dossier (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Delete the stop “%1” and its speaker notes? This cannot be undone.</source>
            <translation>Supprimer l'étape « %1 » et ses notes de l'orateur ? Cela ne peut pas être annulé.</translation>
        </message>
    </context>
    <context>
        <name>bv::PathStopsModel</name>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Item card</source>
            <translation>Fiche d'élément</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Graphique</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Frise chronologique</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Scénarios côte à côte</translation>
        </message>
        <message>
            <source>Untitled stop</source>
            <translation>Étape sans titre</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>budget %1</source>
            <translation>durée prévue %1</translation>
        </message>
        <message>
            <source>with notes</source>
            <translation>avec notes</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
    </context>
    <context>
        <name>bv::StopFields</name>
        <message>
            <source>P&amp;eriod:</source>
            <translation>P&amp;ériode :</translation>
        </message>
        <message>
            <source>to</source>
            <extracomment>Between the two bounds of a stop's period: "2018 to 2024"</extracomment>
            <translation>à</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>Période du</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>Période au</translation>
        </message>
        <message>
            <source>YYYY</source>
            <extracomment>A placeholder: the form of a period's bound</extracomment>
            <translation>AAAA</translation>
        </message>
        <message>
            <source>A year (2024), a quarter (2024-Q2), a month (2024-03) or a day (2024-03-15); empty: open on that side</source>
            <translation>Une année (2024), un trimestre (2024-Q2), un mois (2024-03) ou un jour (2024-03-15) ; vide : ouvert de ce côté</translation>
        </message>
        <message>
            <source>&amp;Whole period</source>
            <translation>Période &amp;entière</translation>
        </message>
        <message>
            <source>Show all of the chart's or the timeline's period</source>
            <translation>Montrer toute la période du graphique ou de la chronologie</translation>
        </message>
        <message>
            <source>&amp;Highlight:</source>
            <translation>&amp;Mise en évidence :</translation>
        </message>
        <message>
            <source>Highlighted item</source>
            <translation>Élément mis en évidence</translation>
        </message>
        <message>
            <source>Nothing highlighted</source>
            <translation>Rien de mis en évidence</translation>
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation>&amp;Lignes :</translation>
        </message>
        <message>
            <source>Lanes by</source>
            <translation>Lignes par</translation>
        </message>
        <message>
            <source>Lanes shown</source>
            <translation>Lignes montrées</translation>
        </message>
        <message>
            <source>The lanes the stop shows; none checked: all of them</source>
            <translation>Les lignes que l'étape montre ; aucune cochée : toutes</translation>
        </message>
        <message>
            <source>&amp;Scenarios:</source>
            <translation>&amp;Scénarios :</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Scénarios côte à côte</translation>
        </message>
        <message>
            <source>Check two or three scenarios to show side by side</source>
            <translation>Cochez deux ou trois scénarios à montrer côte à côte</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Par catégorie</translation>
        </message>
        <message>
            <source>By actor</source>
            <translation>Par acteur</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>A data point to highlight: %1 its series, %2 its label (a year, a country)</extracomment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1 is not a date: write a year (2024), a quarter (2024-Q2), a month (2024-03) or a day (2024-03-15).</source>
            <translation>%1 n'est pas une date : écrivez une année (2024), un trimestre (2024-Q2), un mois (2024-03) ou un jour (2024-03-15).</translation>
        </message>
        <message>
            <source>The period ends (%1) before it starts (%2).</source>
            <translation>La période se termine (%1) avant de commencer (%2).</translation>
        </message>
        <message>
            <source>A comparison shows at most three scenarios: uncheck one before checking %1.</source>
            <translation>Une comparaison montre au plus trois scénarios : décochez-en un avant de cocher %1.</translation>
        </message>
        <message>
            <source>A comparison shows two or three scenarios: check another before unchecking %1.</source>
            <translation>Une comparaison montre deux ou trois scénarios : cochez-en un autre avant de décocher %1.</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentationKeyMap</name>
        <message>
            <source>Next stop</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Previous stop</source>
            <translation>Étape précédente</translation>
        </message>
        <message>
            <source>First stop</source>
            <translation>Première étape</translation>
        </message>
        <message>
            <source>Last stop</source>
            <translation>Dernière étape</translation>
        </message>
        <message>
            <source>Black screen</source>
            <translation>Écran noir</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>Écran blanc</translation>
        </message>
        <message>
            <source>Freeze the stage</source>
            <translation>Figer la scène</translation>
        </message>
        <message>
            <source>Pause the clock</source>
            <translation>Mettre l’horloge en pause</translation>
        </message>
        <message>
            <source>Swap the screens</source>
            <translation>Échanger les écrans</translation>
        </message>
        <message>
            <source>Type into Go to</source>
            <translation>Saisir dans « Aller à »</translation>
        </message>
        <message>
            <source>Larger notes</source>
            <translation>Notes plus grandes</translation>
        </message>
        <message>
            <source>Smaller notes</source>
            <translation>Notes plus petites</translation>
        </message>
        <message>
            <source>No key was pressed.</source>
            <translation>Aucune touche n’a été pressée.</translation>
        </message>
        <message>
            <source>“%1” is several keys one after another; a show’s key is one key, with or without Ctrl, Alt or Shift.</source>
            <translation>« %1 » est une suite de plusieurs touches ; une touche de présentation est une seule touche, avec ou sans Ctrl, Alt ou Maj.</translation>
        </message>
        <message>
            <source>Esc is kept for ending the show (pressed twice) and for emptying the Go to field.</source>
            <translation>Échap est réservée pour terminer la présentation (deux pressions) et vider le champ « Aller à ».</translation>
        </message>
        <message>
            <source>F5 and Shift+F5 do nothing during a show, so that a clicker’s “present” button cannot end or restart it.</source>
            <translation>F5 et Maj+F5 ne font rien pendant une présentation, pour que le bouton « présenter » d’une télécommande ne puisse ni la terminer ni la relancer.</translation>
        </message>
        <message>
            <source>The digits are kept for going to a stop by its number.</source>
            <translation>Les chiffres sont réservés pour aller à une étape par son numéro.</translation>
        </message>
        <message>
            <source>“%1” is not a key of its own.</source>
            <translation>« %1 » n’est pas une touche à part entière.</translation>
        </message>
        <message>
            <source>“%1” is already the key of “%2”, so it cannot also be a key of “%3”. Remove it from “%2” first, or choose another key.</source>
            <translation>« %1 » est déjà la touche de « %2 » et ne peut donc pas être aussi une touche de « %3 ». Retirez-la d’abord de « %2 », ou choisissez une autre touche.</translation>
        </message>
        <message>
            <source>“%1” is not a key.</source>
            <translation>« %1 » n’est pas une touche.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1: “%2” is another action’s key.</source>
            <translation>%1 : « %2 » est la touche d’une autre action.</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentationController</name>
        <message>
            <source>One screen: the stage and the console have no places to trade.</source>
            <translation>Un seul écran : la scène et la console n’ont pas de places à échanger.</translation>
        </message>
        <message>
            <source>The stage and the console traded places.</source>
            <translation>La scène et la console ont échangé leurs places.</translation>
        </message>
        <message>
            <source>The stage and the console are back in their places.</source>
            <translation>La scène et la console ont repris leurs places.</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentationKeysEditor</name>
        <message>
            <source>(no key)</source>
            <translation>(aucune touche)</translation>
        </message>
        <message>
            <source>Presentation keys</source>
            <translation>Touches de présentation</translation>
        </message>
        <message>
            <source>During a show</source>
            <translation>Pendant une présentation</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>The show’s actions and their keys</source>
            <translation>Les actions de la présentation et leurs touches</translation>
        </message>
        <message>
            <source>Keys of the chosen action</source>
            <translation>Touches de l’action choisie</translation>
        </message>
        <message>
            <source>Press the key to add to the chosen action</source>
            <translation>Appuyez sur la touche à ajouter à l’action choisie</translation>
        </message>
        <message>
            <source>New key for the chosen action</source>
            <translation>Nouvelle touche pour l’action choisie</translation>
        </message>
        <message>
            <source>&amp;Add Key</source>
            <translation>&amp;Ajouter la touche</translation>
        </message>
        <message>
            <source>Re&amp;move Key</source>
            <translation>&amp;Retirer la touche</translation>
        </message>
        <message>
            <source>Restore &amp;Defaults</source>
            <translation>Rétablir les valeurs par &amp;défaut</translation>
        </message>
        <message>
            <source>Always, and not to be changed: Esc twice ends the show, F5 and Shift+F5 do nothing during it, and a number, or letters no action has, then Enter go to a stop.</source>
            <translation>Toujours, et non modifiable : Échap deux fois termine la présentation, F5 et Maj+F5 ne font rien pendant celle-ci, et un numéro, ou des lettres qu’aucune action n’a, puis Entrée mènent à une étape.</translation>
        </message>
    </context>
</TS>
