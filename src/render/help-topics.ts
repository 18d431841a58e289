import { currentLang } from './lang.js';
import { wrap } from './wrap.js';

/** `recover help <topic>`: short guides that teach, each ending with commands to try. */
export const HELP_TOPICS = {
  'getting-started': {
    summary: 'the first ten minutes: a demo, your settings, your first log',
    text: `Getting started

1. See what recover shows before you log anything, on made-up data:
     recover demo
   It makes a separate demo database (your own is never touched) and prints three
   commands to run on it: a report with warnings, a chart and a page for a coach.

2. Tell recover about you, so targets fit:
     recover config set weight 75          protein target is per kg (1.6 g/kg by default)
     recover config set sleep-target 8
     recover config set sport strength     and: recover config set level intermediate

3. Log today in about a minute (questions), or in one line:
     recover log
     recover log --sleep 7.5 --protein 140 --session strength:60:7 --fatigue 2 --yes

4. Bring in what your watch or ring already knows (see "recover help importing"):
     recover import whoop ~/Downloads/my_whoop_data.zip

5. Look:
     recover status                 ready to train today?
     recover report --week          the week, its trends and warnings
     recover chart sleep rhr        trends over 8 weeks
`,
  },
  metrics: {
    summary: 'what each figure means and where its thresholds come from',
    text: `The metrics

Sleep         hours a night against your target (7 h short); a 7-night sleep debt.
Protein       grams a day against weight x g/kg (1.6 g/kg default, 1.2-2.0 is the range
              sports nutrition advises).
Rest days     full rest, or active rest (mobility, an easy walk or ride), against the number
              your sport and level need (1-2 a week).
Load          session RPE (0-10) x minutes (Foster 2001), in arbitrary units (AU); estimated
              from heart rate when a device gives no RPE (shown with ~).
ACWR          this week's daily load / the last 4 weeks' (Gabbett 2016; or EWMA, Williams
              2017): 0.8-1.3 is the usual safe range, above 1.5 a spike.
Monotony      a week's mean daily load / its SD (Foster 1998); strain = weekly load x monotony.
Resting HR    the 7-day mean against your own 30-day baseline: 5 bpm and 1 SD above is elevated.
HRV           the 7-day mean of ln(RMSSD) against your 60-day normal range (mean +/- 0.5 SD).
How you feel  fatigue, soreness, motivation, stress, sleep quality (1-5): each compared with
              your own usual answers (mean and SD of the 28 days before), not a fixed cut-off.
Warnings      the overreaching signs of the ECSS/ACSM consensus (Meeusen 2013): 3 or more at
              once is an alert.

Every formula and source: docs/metrics.md. "recover report --json" gives every figure.
`,
  },
  importing: {
    summary: 'bringing in Apple Health, WHOOP, Fitbit, Garmin, Oura, PMSys, Cronometer, MyFitnessPal',
    text: `Importing

Download your data from the app, then point recover at the download (zips are read in
place, folders searched):
  recover import apple-health ~/Downloads/export.zip
  recover import whoop ~/Downloads/my_whoop_data.zip
  recover import fitbit ~/Downloads/takeout.zip
  recover import garmin ~/Downloads/garmin_export.zip
  recover import oura ~/Downloads/oura_trends.csv
  recover import cronometer ~/Downloads/dailysummary.csv
  recover import myfitnesspal ~/Downloads/File-Export-2026-01-01-to-2026-03-01.zip
  recover import pmsys data/p01 --tz Europe/Oslo

Add --dry-run to see what would change first. Values you typed win unless --overwrite.
Importing the same files again changes nothing. A bad row stops the import, naming the
file and line, and nothing is written (or --skip-invalid to skip such rows).
When two devices give the same field, the first source in its order wins:
  recover config set source.hrv oura
Which file gives which field: docs/importers.md. "recover import --help" lists every source.
`,
  },
  privacy: {
    summary: 'what is stored, where, and who can read it',
    text: `Privacy

Everything stays on this computer, in one SQLite file ("recover config list" shows where).
recover makes no network connections: no accounts, no telemetry, no updates.
The database, backups, exports and HTML reports are created readable by you only (0600),
in folders only you can open (0700).
The files are not encrypted: use full-disk encryption, and keep backups on encrypted media.
An HTML report (recover report --html FILE) is one page that loads nothing from the internet;
it holds your health data, so send it only to people you would show your log to.
To remove data: recover delete --from 2026-01-01 --to 2026-01-31, or delete the file.
`,
  },
  backup: {
    summary: 'keeping a copy and putting it back',
    text: `Backup

There is no copy anywhere else: if the disk dies, only your backups survive.
  recover backup                          a timestamped copy beside the database
  recover backup /media/usb/recover.db --force
  recover restore /media/usb/recover.db   checks the file, shows what it holds, asks first
The copy is consistent even while another recover writes. Do not copy recover.db with cp
while recover runs (recent writes may still be in recover.db-wal).
A restore keeps the database it replaces, as recover-before-restore-<date>.db.
Plain files too: recover export --format csv -o days.csv, and "recover import csv days.csv".
`,
  },
} as const;

export type HelpTopic = keyof typeof HELP_TOPICS;

/** The same guides in Dutch: the type requires every guide in both languages. */
const HELP_TOPICS_NL: Record<HelpTopic, { summary: string; text: string }> = {
  'getting-started': {
    summary: 'de eerste tien minuten: een demo, je instellingen, je eerste log',
    text: `Aan de slag

1. Kijk wat recover laat zien voordat je iets logt, met verzonnen gegevens:
     recover demo
   Dat maakt een aparte demodatabase (je eigen database blijft onaangeroerd) en toont drie
   opdrachten om erop te draaien: een rapport met waarschuwingen, een grafiek en een pagina
   voor een coach.

2. Vertel recover over jezelf, zodat de doelen passen:
     recover config set weight 75          het eiwitdoel is per kg (standaard 1,6 g/kg)
     recover config set sleep-target 8
     recover config set sport strength     en: recover config set level intermediate

3. Log vandaag in ongeveer een minuut (met vragen), of in één regel:
     recover log
     recover log --sleep 7.5 --protein 140 --session strength:60:7 --fatigue 2 --yes

4. Haal binnen wat je horloge of ring al weet (zie "recover help importing"):
     recover import whoop ~/Downloads/my_whoop_data.zip

5. Kijk:
     recover status                 klaar om vandaag te trainen?
     recover report --week          de week, de trends en de waarschuwingen
     recover chart sleep rhr        trends over 8 weken
`,
  },
  metrics: {
    summary: 'wat elk cijfer betekent en waar de grenzen vandaan komen',
    text: `De cijfers

Slaap         uren per nacht tegen je doel (7 u is kort); een slaaptekort over 7 nachten.
Eiwit         gram per dag tegen gewicht x g/kg (standaard 1,6 g/kg; sportvoeding adviseert
              1,2-2,0).
Rustdagen     volledige rust, of actieve rust (mobiliteit, een rustige wandeling of fietstocht),
              tegen het aantal dat je sport en niveau nodig hebben (1-2 per week).
Belasting     sessie-RPE (0-10) x minuten (Foster 2001), in willekeurige eenheden (AU); geschat
              uit de hartslag als een apparaat geen RPE geeft (met ~ ervoor).
ACWR          de dagelijkse belasting van deze week / die van de laatste 4 weken (Gabbett 2016;
              of EWMA, Williams 2017): 0,8-1,3 is het gebruikelijke veilige bereik, boven 1,5 een piek.
Monotonie     de gemiddelde dagbelasting van een week / de SD ervan (Foster 1998);
              strain = weekbelasting x monotonie.
Rusthartslag  het 7-daagse gemiddelde tegen je eigen basiswaarde van 30 dagen: 5 slagen/min en
              1 SD erboven is verhoogd.
HRV           het 7-daagse gemiddelde van ln(RMSSD) tegen je normale bereik over 60 dagen
              (gemiddelde +/- 0,5 SD).
Hoe je je     vermoeidheid, spierpijn, motivatie, stress, slaapkwaliteit (1-5): elk vergeleken
voelt         met je eigen gewone antwoorden (gemiddelde en SD van de 28 dagen ervoor), geen
              vaste grens.
Waarschuwingen  de tekenen van overreaching uit de ECSS/ACSM-consensus (Meeusen 2013): 3 of
              meer tegelijk is een alarm.

Elke formule en bron: docs/metrics.md. "recover report --json" geeft elk cijfer.
`,
  },
  importing: {
    summary: 'Apple Health, WHOOP, Fitbit, Garmin, Oura, PMSys, Cronometer en MyFitnessPal binnenhalen',
    text: `Importeren

Download je gegevens uit de app en wijs recover dan naar de download (zips worden ter plekke
gelezen, mappen doorzocht):
  recover import apple-health ~/Downloads/export.zip
  recover import whoop ~/Downloads/my_whoop_data.zip
  recover import fitbit ~/Downloads/takeout.zip
  recover import garmin ~/Downloads/garmin_export.zip
  recover import oura ~/Downloads/oura_trends.csv
  recover import cronometer ~/Downloads/dailysummary.csv
  recover import myfitnesspal ~/Downloads/File-Export-2026-01-01-to-2026-03-01.zip
  recover import pmsys data/p01 --tz Europe/Oslo

Voeg --dry-run toe om eerst te zien wat er zou veranderen. Wat je zelf invoerde wint, tenzij
--overwrite. Dezelfde bestanden nog eens importeren verandert niets. Een kapotte rij stopt de
import, met bestand en regel, en er wordt niets geschreven (of sla zulke rijen over met
--skip-invalid).
Als twee apparaten hetzelfde veld geven, wint de eerste bron in zijn volgorde:
  recover config set source.hrv oura
Welk bestand welk veld geeft: docs/importers.md. "recover import --help" noemt elke bron.
`,
  },
  privacy: {
    summary: 'wat er wordt bewaard, waar, en wie het kan lezen',
    text: `Privacy

Alles blijft op deze computer, in één SQLite-bestand ("recover config list" laat zien waar).
recover maakt geen netwerkverbindingen: geen accounts, geen telemetrie, geen updates.
De database, back-ups, exports en HTML-rapporten zijn alleen door jou te lezen (0600), in
mappen die alleen jij kunt openen (0700).
De bestanden zijn niet versleuteld: gebruik schijfversleuteling, en bewaar back-ups op
versleutelde media.
Een HTML-rapport (recover report --html FILE) is één pagina die niets van internet laadt;
er staan je gezondheidsgegevens in, dus stuur het alleen naar mensen aan wie je je log zou laten zien.
Gegevens weghalen: recover delete --from 2026-01-01 --to 2026-01-31, of verwijder het bestand.
`,
  },
  backup: {
    summary: 'een kopie bewaren en hem terugzetten',
    text: `Back-up

Er is nergens anders een kopie: als de schijf kapotgaat, blijven alleen je back-ups over.
  recover backup                          een kopie met tijdstempel naast de database
  recover backup /media/usb/recover.db --force
  recover restore /media/usb/recover.db   controleert het bestand, toont wat erin staat, vraagt eerst
De kopie klopt ook terwijl een andere recover schrijft. Kopieer recover.db niet met cp terwijl
recover draait (recente wijzigingen kunnen nog in recover.db-wal staan).
Terugzetten bewaart de database die het vervangt, als recover-before-restore-<datum>.db.
Ook gewone bestanden: recover export --format csv -o days.csv, en "recover import csv days.csv".
`,
  },
};

/** A guide in this run's language. */
export function topicOf(name: HelpTopic): { summary: string; text: string } {
  return currentLang() === 'nl' ? HELP_TOPICS_NL[name] : HELP_TOPICS[name];
}

export function topicList(width = Number.POSITIVE_INFINITY): string {
  // A long summary continues under itself.
  return (Object.keys(HELP_TOPICS) as HelpTopic[])
    .map((name) => wrap(`  ${name.padEnd(16)} ${topicOf(name).summary}`, width, '', ' '.repeat(19)))
    .join('\n');
}
