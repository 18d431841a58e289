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

export function topicList(): string {
  return Object.entries(HELP_TOPICS)
    .map(([name, t]) => `  ${name.padEnd(16)} ${t.summary}`)
    .join('\n');
}
