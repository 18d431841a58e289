import { SETTING_DEFS } from '../core/settings.js';
import { settingsHelp } from './messages/settings.js';

/** The settings' names, as config get, set and unset take them. */
const SETTING_NAMES = SETTING_DEFS.map((d) => d.name).join(', ');

/**
 * The help of every command in Dutch, by key: the command's words ("recover config set"), then
 * an option's long flag, an argument as <name>, or "examples" for the block after the options.
 * The English is where each command is defined (that is what commander shows by default);
 * cli/help-words.ts puts this in its place under nl. A test walks the program and requires a
 * Dutch text for every command, option and argument, and no key for anything that is not there.
 */
export const HELP_NL: Readonly<Record<string, string>> = {
  recover: 'Houd slaap, voeding, training en rust bij; zie de tekenen van overtraining voordat ze je stilzetten.',
  'recover --db': 'databasebestand (standaard: $RECOVER_DB, anders de map voor gebruikersgegevens)',
  'recover --color': 'kleur: always (altijd), never (nooit) of auto (in een terminal, tenzij NO_COLOR; FORCE_COLOR dwingt kleur af)',
  'recover --lang': 'taal van de woorden: en of nl (standaard: de instelling lang, anders de locale)',
  'recover --quiet': 'geen notities, voortgang of vragen op stderr (voor scripts); fouten zie je nog wel',
  'recover examples': `
Voorbeelden:
  $ recover log                                  beantwoord een paar vragen over vandaag
  $ recover log --sleep 7.5 --protein 140 --session strength:60:8 --fatigue 2 --yes
  $ recover report --week
  $ recover export --format csv > days.csv
`,

  'recover log': 'Log een dag: slaap, training of rust, voeding en hoe je je voelt (met vragen, of met opties)',
  'recover log --date': 'de dag om te loggen: JJJJ-MM-DD, today, yesterday of een weekdag (mon..sun, de laatste) (standaard: vandaag)',
  'recover log --sleep': 'slaap: uren geslapen afgelopen nacht, bijvoorbeeld 7,5 of 7:30 (0-24)',
  'recover log --sleep-quality': 'slaapkwaliteit: 1 slecht - 5 geweldig (1-5)',
  'recover log --awakenings': 'wakker worden: hoe vaak je vannacht wakker werd (0-50)',
  'recover log --protein': 'eiwit: gram eiwit gegeten vandaag (0-1000)',
  'recover log --carbs': 'koolhydraten: gram koolhydraten gegeten vandaag (0-2000)',
  'recover log --water': 'water: liter gedronken vandaag (0-20)',
  'recover log --performance': 'prestatie: 1 slecht - 5 beste ooit: hoe de training ging (1-5)',
  'recover log --fatigue': 'vermoeidheid: 1 fris - 5 uitgeput (1-5)',
  'recover log --motivation': 'motivatie: 1 geen - 5 zin om te trainen (1-5)',
  'recover log --soreness': 'spierpijn: 1 geen - 5 veel (1-5)',
  'recover log --stress': 'stress: 1 ontspannen - 5 erg gestrest (1-5)',
  'recover log --rhr': 'rusthartslag: van je horloge of gemeten bij het wakker worden (20-200)',
  'recover log --hrv': 'HRV: hartslagvariabiliteit van je horloge of borstband (1-500)',
  'recover log --nap': 'dutjes: uren geslapen in dutjes die dag (eindigend van 14:00 tot middernacht) (0-24)',
  'recover log --bedtime': 'bedtijd: wanneer je afgelopen nacht in slaap viel, bijvoorbeeld 23:15',
  'recover log --wake': 'wektijd: wanneer je wakker werd voor de dag, bijvoorbeeld 07:05',
  'recover log --waso': "'s nachts wakker: minuten wakker tussen in slaap vallen en opstaan (0-720)",
  'recover log --fat': 'vet: gram vet gegeten vandaag (0-1000)',
  'recover log --fruit-veg': 'groente en fruit: porties vandaag (een portie is ongeveer 80 g: een stuk fruit, een handje groente) (0-30)',
  'recover log --session': 'een trainingssessie, herhaalbaar; de soort is strength, hiit, cardio, sport, active-recovery, mobility of other',
  'recover log --rest': 'geen training vandaag: een volledige rustdag',
  'recover log --post-meal': 'binnen 2 u na de training een gebalanceerde maaltijd gegeten',
  'recover log --sick': 'ziek vandaag (verkouden, griep, koorts): het oordeel zegt rust, en de dag telt niet mee in je basiswaarden',
  'recover log --injury': 'blessure of pijn: waar en hoe erg',
  'recover log --note': 'notitie: wat je verder over de dag kwijt wilt',
  'recover log --tag': 'tags: wat er die dag speelde, bijvoorbeeld alcohol, late-meal (herhaalbaar); --tag "" wist ze',
  'recover log --yes': 'opslaan zonder te vragen (ook de standaard zonder terminal)',
  'recover log --json': 'toon de opgeslagen dag als JSON',
  'recover log examples': `
Schalen lopen van 1 tot 5. Geef een lege waarde (--carbs "") om een opgeslagen waarde te wissen.
Zonder terminal, of met --yes, gaan de opties in de gegevens van de dag en worden ze opgeslagen;
een nieuwe dag heeft minstens --sleep en --session of --rest nodig.

Voorbeelden:
  $ recover log
  $ recover log --date yesterday
  $ recover log --date 2026-11-24 --sleep 7.25 --sleep-quality 4 --protein 150 \\
      --session strength:60:8 --session mobility:20:2 --post-meal yes --fatigue 2 --yes
  $ recover log --rest --sleep 8 --fatigue 3 --motivation 4 --yes
  $ recover log --bedtime 23:15 --wake 07:05 --fat 70 --fruit-veg 5 --tag alcohol --tag late-meal --yes
  $ recover log --sick --rest --note "griep, koorts" --yes
`,

  'recover report': 'Toon slaap, eiwit, rustdagen en trainingsbelasting met waarschuwingen voor overtraining',
  'recover report --week': 'de 7 dagen tot en met --date (de standaard)',
  'recover report --month': 'de 28 dagen tot en met --date',
  'recover report --from': 'eerste dag van een eigen periode',
  'recover report --to': 'laatste dag van een eigen periode (standaard: --date)',
  'recover report --date': 'de laatste dag van de week of maand (standaard: vandaag)',
  'recover report --format': 'uitvoervorm (standaard: table in een terminal, tsv in een pipe)',
  'recover report --json': 'hetzelfde als --format json',
  'recover report --detail': 'ook het belastingsmodel: belastingsverhouding (ACWR), monotonie, strain, lange- en kortetermijnbelasting',
  'recover report --acwr': 'ACWR-model: voortschrijdende gemiddelden (Gabbett) of EWMA (Williams e.a. 2017)',
  'recover report --html': 'schrijf het rapport als één losse pagina (met grafieken) om te sturen of af te drukken',
  'recover report --ascii': 'teken de trendlijnen met gewone ASCII-tekens',
  'recover report examples': `
Voorbeelden:
  $ recover report                      deze week
  $ recover report --detail             met de cijfers van het belastingsmodel
  $ recover report --month --date 2026-11-30
  $ recover report --from 2026-11-01 --to 2026-11-14 --json | jq '.warnings'
  $ recover report --month --html card.html     een pagina voor je coach: open, print of maak er een schermafbeelding van
`,

  'recover status': 'Hoe klaar je bent voor vandaag, groen, oranje of rood, met de redenen en wat je kunt doen',
  'recover status --date': 'de dag om te beoordelen (standaard: vandaag)',
  'recover status --format': 'uitvoervorm (standaard: table in een terminal, tsv in een pipe)',
  'recover status --json': 'hetzelfde als --format json',
  'recover status --detail': 'bij elke reden de regel en wat voor bewijs het is',
  'recover status --acwr': 'ACWR-model: voortschrijdende gemiddelden (Gabbett) of EWMA (Williams e.a. 2017)',
  'recover status examples': `
Groen: train zoals gepland. Oranje: train licht of doe actief herstel. Rood: neem een volledige rustdag.
Het oordeel weegt de waarschuwingen van de laatste 7 dagen, de belasting (ACWR, monotonie, strain),
het slaaptekort, je rusthartslag en HRV tegen je eigen basiswaarden, en wat je vandaag logde.

Voorbeelden:
  $ recover status
  $ recover today --json | jq -r .verdict
`,

  'recover plan': 'Plan de komende week met je rustdagen, en toets het plan aan je doelen',
  'recover plan --week': 'de ISO-week om te plannen (standaard: volgende week, of de week van --date)',
  'recover plan --rest': 'rustdagen: weekdagen (mon,thu) of datums; de andere dagen van de week zijn trainingsdagen',
  'recover plan --date': 'een dag om sessies voor te plannen, met --session',
  'recover plan --session': 'een geplande sessie op --date, herhaalbaar',
  'recover plan --clear': 'wis het plan van de week (of van de dag, met --date)',
  'recover plan --format': 'uitvoervorm (standaard: table in een terminal, tsv in een pipe)',
  'recover plan --json': 'toon het plan (en wat er veranderde) als JSON',
  'recover plan examples': `
In een terminal zonder opties stelt het vragen; anders toont het het plan van de week.
Het waarschuwt als een plan minder rustdagen heeft dan je doel ("recover config set rest-days")
of te veel trainingsdagen achter elkaar. "recover report" zet daarna gepland naast gedaan.

Voorbeelden:
  $ recover plan
  $ recover plan --week 2026-W49 --rest mon,thu
  $ recover plan --date 2026-12-02 --session strength:60:7 --session mobility:15:2
  $ recover plan --week 2026-W49 --json
`,

  'recover export': 'Schrijf je gegevens als CSV of JSON, naar stdout of een bestand',
  'recover export --format': 'bestandsvorm',
  'recover export --json': 'hetzelfde als --format json',
  'recover export --table': 'één rij per dag, of één per trainingssessie',
  'recover export --from': 'eerste dag (standaard: de eerste gelogde)',
  'recover export --to': 'laatste dag (standaard: de laatste gelogde)',
  'recover export --output': 'schrijf naar dit bestand (alleen door jou te lezen) in plaats van naar stdout',
  'recover export --force': 'vervang het --output-bestand als het al bestaat',
  'recover export --excel': "CSV die Excel en LibreOffice met Nederlandse instellingen goed openen: een BOM, ';' tussen de cellen, decimale komma's",
  'recover export examples': `
Voorbeelden:
  $ recover export > recover-days.csv
  $ recover export --excel -o recover.csv   voor Excel of LibreOffice (Nederlandse instellingen)
  $ recover export --table sessions --from 2026-11-01 --to 2026-11-30
  $ recover export --json | jq '.[] | select(.fatigue >= 4) | .date'
`,

  'recover import': 'Importeer gegevens uit Apple Health, WHOOP, Fitbit, Garmin, PMSys, Oura, Cronometer, MyFitnessPal of je eigen CSV-export',
  'recover import --dry-run': 'laat zien wat er zou veranderen en schrijf niets',
  'recover import --json': 'toon wat er is geïmporteerd (per bestand: dagen, velden, sessies, overgeslagen rijen) als JSON',
  'recover import --format': 'uitvoervorm (standaard: table in een terminal, tsv in een pipe)',
  'recover import --overwrite': 'laat geïmporteerde waarden de waarden vervangen die je zelf invoerde',
  'recover import --skip-invalid': 'sla kapotte rijen over en meld ze, in plaats van te stoppen',
  'recover import --from': 'importeer alleen dagen vanaf deze datum',
  'recover import --to': 'importeer alleen dagen tot en met deze datum',
  'recover import --tz': 'je tijdzone, voor de tijden van PMSys en Apple Health (standaard: de instelling tz, anders die van deze computer)',
  'recover import <source>': 'waar de bestanden vandaan komen',
  'recover import <paths>': 'bestanden of mappen om te lezen',
  'recover import examples': `
Bronnen:
  apple-health  export.zip uit de app Gezondheid, of de export.xml daarin
  whoop         de zip van WHOOP's "Export my data", de map ervan, of losse CSV's
  fitbit        de zip of map van Fitbit of Google Takeout, of sleep*.json / resting_heart_rate*.json
  garmin        de zip met de accountexport van Garmin Connect, of de map DI_CONNECT daarin
  pmsys         wellness.csv, srpe.csv, injury.csv, of hun map (de map van een PMData-deelnemer werkt)
  oura          de trends-CSV van Oura
  cronometer    de export Daily Nutrition van Cronometer (dailysummary.csv)
  myfitnesspal  de export-zip van MyFitnessPal, of de Nutrition-Summary-….csv daarin (maaltijden per dag opgeteld)
  csv           de eigen export van recover (een back-up): de waarden vervangen de opgeslagen waarden
Zips worden ter plekke gelezen en mappen naar beneden doorzocht, dus de download zelf is goed.

De tijden van PMSys (UTC) en Apple Health (de tijdsverschuiving op het moment van de export)
komen in jouw tijdzone: --tz, anders "recover config set tz ZONE", anders die van deze computer.
WHOOP, Fitbit, Oura, Cronometer en MyFitnessPal geven al lokale datums en tijden, dus daar
verandert --tz niets.

Waarden die je zelf invoerde blijven staan, tenzij --overwrite. De waarden van elke bron worden
bewaard, en elk veld neemt de waarde van de eerste bron in zijn volgorde (een ring of band voor
een horloge, een apparaat voor een eigen invoer, Cronometer en dan MyFitnessPal voor Apple Health
bij voeding; verander het met "recover config set source.hrv oura"), in welke volgorde je ook
importeert. Een import is één transactie: een kapotte of afgebroken rij stopt hem, met bestand
en regel, en er wordt niets geschreven. Dezelfde bestanden nog eens importeren verandert niets;
een nieuwere export vervangt de waarden van zijn bron over de datums die zijn bestanden beslaan
(een waarde die daar niet meer staat wordt weggehaald: een andere --tz, of bij de bron verwijderd).

Voorbeelden:
  $ recover import apple-health ~/Downloads/export.zip --dry-run
  $ recover import whoop ~/Downloads/my_whoop_data_2024_06_24.zip
  $ recover import garmin ~/Downloads/garmin_export.zip
  $ recover import pmsys data/p01 --tz Europe/Oslo --from 2019-11-01
  $ recover import csv backup.csv
`,

  'recover delete': 'Wis wat er voor een dag, of voor een reeks dagen, is gelogd, na bevestiging',
  'recover delete --date': 'de dag om te wissen',
  'recover delete --from': 'eerste dag van een reeks om te wissen',
  'recover delete --to': 'laatste dag van een reeks om te wissen',
  'recover delete --yes': 'wis zonder te vragen',
  'recover delete --json': 'toon wat er is gewist als JSON',
  'recover delete examples': `
Voorbeelden:
  $ recover delete --date 2026-11-24
  $ recover delete --from 2026-11-01 --to 2026-11-07 --yes
`,

  'recover config': 'Toon of verander je instellingen: gewicht, slaapdoel, eiwitdoel, rustdagen',
  // A getter: the settings list is worded from the settings catalogue when the help is shown (under nl).
  get 'recover config examples'() {
    return `
Instellingen:
${settingsHelp()}
  source.FIELD    importbronnen waar een veld zijn waarde van neemt, de eerste eerst (source.hrv,
                  source.sleep, source.rhr, source.protein...: oura, whoop, garmin, fitbit,
                  apple-health, pmsys, cronometer, myfitnesspal; standaard: zie docs/importers.md)

Voorbeelden:
  $ recover config set weight 78.5
  $ recover config set sport team
  $ recover config get protein-target
  $ recover config set tz Europe/Amsterdam
  $ recover config set source.hrv oura
  $ recover config list --json
`;
  },
  'recover config list': 'Toon elke instelling en de database die in gebruik is',
  'recover config list --json': 'als JSON',
  'recover config list --format': 'uitvoervorm (standaard: table in een terminal, tsv in een pipe)',
  'recover config get': 'Toon één instelling',
  'recover config get <name>': SETTING_NAMES,
  'recover config set': 'Verander een instelling',
  'recover config set --json': 'toon de opgeslagen instelling als JSON',
  'recover config set <name>': SETTING_NAMES,
  'recover config set <value>': '',
  'recover config unset': 'Zet een instelling terug op de standaard',
  'recover config unset <name>': SETTING_NAMES,

  'recover backup': 'Kopieer de hele database naar één bestand, veilig, ook terwijl recover schrijft',
  'recover backup --force': 'vervang FILE als het al bestaat',
  'recover backup --json': 'toon het pad, de dagen en de periode als JSON',
  'recover backup <file>': 'het bestand om te schrijven, of een map om recover-backup-<datum>T<tijd>.db in te zetten (standaard: naast de database)',
  'recover backup examples': `
Voorbeelden:
  $ recover backup
  $ recover backup /media/usb
  $ recover backup /media/usb/recover.db --force
  $ scp "$(recover backup)" newlaptop:
`,

  'recover restore': 'Vervang de database door een back-up, na controle; de vervangen database blijft bewaard',
  'recover restore --yes': 'zet terug zonder te vragen',
  'recover restore --json': 'toon wat er is teruggezet (dagen, periode, de bewaarde database) als JSON',
  'recover restore <file>': 'een back-up gemaakt met "recover backup" (of een kopie van een recover-database)',
  'recover restore examples': `
Voorbeelden:
  $ recover restore ~/recover-backup-2026-11-28T0215.db
  $ recover restore /media/usb/recover.db --yes
`,

  'recover doctor': 'Controleer de database op schade, verkeerde waarden en te ruime rechten, en zeg hoe je elk probleem oplost; verandert niets',
  'recover doctor --json': 'de bevindingen als JSON',
  'recover doctor --format': 'uitvoervorm (standaard: table in een terminal, tsv in een pipe)',
  'recover doctor examples': `
Controleert de integriteit van SQLite, de schemaversie, of het bestand van recover is, de rechten
van het bestand en de map, de grootte van het write-ahead log, waarden buiten hun bereik, dagen
in de toekomst en rijen die bij geen dag horen. Exitcode 0 als alles goed is, 1 als dat niet zo is.

Voorbeelden:
  $ recover doctor
  $ recover doctor --json | jq '.findings[].fix'
`,

  'recover explain': 'Leg een waarschuwing of het oordeel over een dag uit: de regel, jouw cijfers en de bron',
  'recover explain --date': 'met een code: de week waar je cijfers uit komen (standaard: vandaag)',
  'recover explain --json': 'als JSON',
  'recover explain --format': 'uitvoervorm (standaard: table in een terminal, tsv in een pipe)',
  'recover explain --acwr': 'ACWR-model: voortschrijdende gemiddelden (Gabbett) of EWMA (Williams e.a. 2017)',
  'recover explain <code-or-date>': 'een waarschuwingscode (poor-sleep, acwr-spike...) of een datum (standaard: vandaag)',
  'recover explain examples': `
Voorbeelden:
  $ recover explain                     waarom het oordeel van vandaag is wat het is
  $ recover explain 2026-11-22
  $ recover explain poor-sleep
  $ recover explain acwr-spike --json
`,

  'recover insights': 'Wat samenging met beter of slechter herstel: elke tag tegen de volgende nacht, ochtend en dag',
  'recover insights --from': 'eerste dag om te bekijken (standaard: alles)',
  'recover insights --to': 'laatste dag om te bekijken (standaard: vandaag)',
  'recover insights --format': 'uitvoervorm: tsv of csv geeft een rij per tag en uitkomst (standaard: de zinnen)',
  'recover insights --json': 'hetzelfde als --format json',
  'recover insights examples': `
Voor elke tag (recover log --tag alcohol, of antwoorden uit het WHOOP-dagboek) met minstens 5 dagen
met en 5 zonder worden de slaap van de volgende nacht, de rusthartslag en HRV van de volgende ochtend
en de vermoeidheid van de volgende dag na dagen met de tag vergeleken met dagen zonder: het verschil
in gemiddelden met een betrouwbaarheidsinterval van 95% (Welch's t), en hoeveel dagen aan elke kant.
Dit zijn samenhangen, geen oorzaken.

Voorbeelden:
  $ recover insights
  $ recover insights --from 2026-01-01 --json | jq '.[] | select(.tag == "alcohol")'
`,

  'recover chart': 'Teken trendgrafieken in de terminal: slaap, eiwit, belasting en ACWR, rusthartslag, HRV en hoe je je voelt',
  'recover chart --weeks': 'de weken tot en met --date (standaard: 8)',
  'recover chart --from': 'eerste dag van een eigen periode',
  'recover chart --to': 'laatste dag van een eigen periode (standaard: --date)',
  'recover chart --date': 'de laatste dag in beeld (standaard: vandaag)',
  'recover chart --width': 'de breedte van de grafiek (standaard: die van de terminal, anders 80)',
  'recover chart --height': 'regels per grafiek',
  'recover chart --ascii': 'teken met gewone ASCII-tekens (de standaard als de terminal geen UTF-8 is)',
  'recover chart --format': 'uitvoervorm (standaard: table in een terminal, tsv in een pipe)',
  'recover chart --json': 'hetzelfde als --format json',
  'recover chart --acwr': 'ACWR-model: voortschrijdende gemiddelden (Gabbett) of EWMA (Williams e.a. 2017)',
  'recover chart <series>': 'wat er getekend wordt',
  'recover chart examples': `
Een leeg stuk is een dag zonder meting (nooit als nul getekend). De stippellijnen zijn je doel
(slaap, eiwit), het veilige ACWR-bereik 0,8-1,3, of je eigen normale bereik (rusthartslag, HRV,
vermoeidheid, spierpijn, motivatie). "load" tekent ook de ACWR eronder. Als de uitvoer geen
terminal is, komen de waarden als getallen met tabs ertussen, een kolom per reeks
(--format csv voor komma's, --format table voor de grafiek zelf).

Voorbeelden:
  $ recover chart sleep                        de laatste 8 weken
  $ recover chart rhr hrv --weeks 12
  $ recover chart load --from 2026-09-01 --to 2026-11-30 | cut -f1,3   de datum en de ACWR
`,

  'recover demo': 'Maak een aparte demodatabase met acht weken verzonnen gegevens, om elke opdracht op uit te proberen',
  'recover demo --file': 'waar hij komt (standaard: recover-demo.db naast je database)',
  'recover demo --json': 'toon de demodatabase, de data en het zware blok als JSON',
  'recover demo examples': `
De demo heeft een goed blok, een zwaar blok met de waarschuwingen voor overreaching, een
herstelweek en een week geïmporteerd uit een (gemaakte) WHOOP-export. Je eigen database blijft
onaangeroerd; demo nog eens draaien vervangt de vorige demo, nooit iets anders.

Voorbeelden:
  $ recover demo                           draai daarna de drie opdrachten die het toont
  $ recover demo --file /tmp/demo.db       voeg daarna --db /tmp/demo.db toe aan elke opdracht
`,

  'recover completion': 'Toon een script waarmee bash, zsh of fish de opdrachten, opties, bronnen en instellingen van recover aanvullen',
  'recover completion <shell>': 'de shell',
  'recover completion examples': `
Het script wordt elke keer gemaakt uit de eigen lijst van opdrachten van recover, dus het loopt nooit achter.

Voorbeelden:
  $ recover completion bash > ~/.local/share/bash-completion/completions/recover
  $ source <(recover completion bash)                   of alleen voor deze shell
  $ recover completion zsh > ~/.zsh/recover.zsh          en dan "source ~/.zsh/recover.zsh" in ~/.zshrc
  $ recover completion fish > ~/.config/fish/completions/recover.fish
`,

  'recover help': 'Toon een gids (getting-started, metrics, importing, privacy, backup) of de hulp bij een opdracht',
  'recover help <topic>': 'een gids of een opdracht',
  'recover help examples': `
Gidsen:
  getting-started  de eerste tien minuten: een demo, je instellingen, je eerste log
  metrics          wat elk cijfer betekent en waar de grenzen vandaan komen
  importing        Apple Health, WHOOP, Fitbit, Garmin, Oura, PMSys, Cronometer en MyFitnessPal binnenhalen
  privacy          wat er wordt bewaard, waar, en wie het kan lezen
  backup           een kopie bewaren en hem terugzetten

Voorbeelden:
  $ recover help getting-started
  $ recover help metrics
  $ recover help report                 hetzelfde als "recover report --help"
`,
};
