import type { Finding } from '../../core/doctor.js';
import { defineMessages } from '../i18n.js';

/** What `recover doctor` found, and how to fix each. */
const message = defineMessages(
  'doctor-findings',
  {
    'file-permissions': '{path} can be read or changed by other users (mode {mode}, should be 600).',
    'folder-permissions': '{shared, select, yes {The database sits in {folder}, a folder shared with every user of this computer.} other {The folder {folder} is open to other users (mode {mode}, should be 700).}}',
    'wal-large': 'The write-ahead log {path}-wal is {mb} MB.',
    integrity: "SQLite's integrity check failed: {problems}",
    'schema-newer': 'The database was made by a newer recover (schema v{version}, this one knows v{known}); this recover refuses it.',
    'schema-older': 'The database has schema v{version}; the next command that opens it migrates it to v{known}.',
    marker: "The database lacks recover's application id (it has {applicationId}).",
    'invalid-date': 'A day is dated "{date}", which is not a date recover accepts.',
    'out-of-range': '{date}: {problem}.',
    'future-day': '{date} is in the future (today is {today}) and holds an entry.',
    'orphaned-rows': '{rows} {table} {rows, plural, one {row belongs} other {rows belong}} to no {parent} ({dates}).',
    'bad-json': '{rows} {table} {rows, plural, one {row has} other {rows have}} a {column} that is not a JSON object ({dates}): recover cannot read {rows, plural, one {that day} other {those days}}.',
    missing: '{path} {what, select, notFile {is not a file} other {does not exist}}.',
    unreadable: '{problem}',
    foreign: "{path} is not a recover database (another program's SQLite file).",
    empty: '{path} holds no data yet.',
  },
  {
    'file-permissions': '{path} kan door andere gebruikers worden gelezen of gewijzigd (modus {mode}, hoort 600 te zijn).',
    'folder-permissions': '{shared, select, yes {De database staat in {folder}, een map die je deelt met iedere gebruiker van deze computer.} other {De map {folder} staat open voor andere gebruikers (modus {mode}, hoort 700 te zijn).}}',
    'wal-large': 'Het write-ahead log {path}-wal is {mb} MB.',
    integrity: 'De integriteitscontrole van SQLite is mislukt: {problems}',
    'schema-newer': 'De database is gemaakt door een nieuwere recover (schema v{version}, deze kent v{known}); deze recover weigert hem.',
    'schema-older': 'De database heeft schema v{version}; de volgende opdracht die hem opent zet hem om naar v{known}.',
    marker: 'De database mist het applicatie-id van recover (hij heeft {applicationId}).',
    'invalid-date': 'Een dag heeft de datum "{date}", en dat is geen datum die recover accepteert.',
    'out-of-range': '{date}: {problem}.',
    'future-day': '{date} ligt in de toekomst (vandaag is {today}) en bevat een invoer.',
    'orphaned-rows': '{rows} {rows, plural, one {rij} other {rijen}} in {table} {rows, plural, one {hoort} other {horen}} bij geen enkele {parent} ({dates}).',
    'bad-json': '{rows} {rows, plural, one {rij} other {rijen}} in {table} {rows, plural, one {heeft} other {hebben}} een {column} die geen JSON-object is ({dates}): recover kan {rows, plural, one {die dag} other {die dagen}} niet lezen.',
    missing: '{path} {what, select, notFile {is geen bestand} other {bestaat niet}}.',
    unreadable: '{problem}',
    foreign: '{path} is geen recover-database (het SQLite-bestand van een ander programma).',
    empty: '{path} bevat nog geen gegevens.',
  },
);

const fix = defineMessages(
  'doctor-fixes',
  {
    'file-permissions': 'chmod 600 {quoted}',
    'folder-permissions': '{shared, select, yes {move it to a folder of your own: recover backup ~/recover/recover.db, then use --db ~/recover/recover.db} other {chmod 700 {quoted}}}',
    'wal-large': 'Close every program that has the database open, then run: sqlite3 {quoted} "PRAGMA wal_checkpoint(TRUNCATE)"',
    integrity: 'Restore the database from a backup ("recover restore FILE"); keep a copy of this file.',
    'schema-newer': 'Upgrade recover.',
    'schema-older': '{mustWrite, select, yes {The file must be writable for that: until then recover cannot read it.} other {Nothing to do.}}',
    marker: 'Restore it from a backup, or check that this is the file you meant.',
    'invalid-date': 'Delete it with SQLite, or restore the database from a backup.',
    'out-of-range': 'Correct it with "recover log --date {date}", or remove the day with "recover delete --date {date}".',
    'future-day': 'Check the computer\'s clock; if the entry is wrong, "recover delete --date {date}".',
    'orphaned-rows': 'Restore from a backup, or remove them: sqlite3 {quoted} "DELETE FROM {table} WHERE date NOT IN (SELECT date FROM {parent})"',
    'bad-json': 'Restore from a backup ("recover restore"): something other than recover wrote these rows.',
    missing: 'Log a day with "recover log" to start one, or point --db or RECOVER_DB at your database.',
    unreadable: 'Restore the database from a backup ("recover restore FILE"), or pass another --db.',
    foreign: 'Pass the path of your recover database with --db or RECOVER_DB; recover will not change this file.',
    empty: 'Log a day with "recover log".',
  },
  {
    'file-permissions': 'chmod 600 {quoted}',
    'folder-permissions': '{shared, select, yes {zet hem in een eigen map: recover backup ~/recover/recover.db, en gebruik daarna --db ~/recover/recover.db} other {chmod 700 {quoted}}}',
    'wal-large': 'Sluit elk programma dat de database open heeft en voer dan uit: sqlite3 {quoted} "PRAGMA wal_checkpoint(TRUNCATE)"',
    integrity: 'Zet de database terug vanuit een back-up ("recover restore BESTAND"); bewaar een kopie van dit bestand.',
    'schema-newer': 'Werk recover bij.',
    'schema-older': '{mustWrite, select, yes {Daarvoor moet het bestand schrijfbaar zijn: tot dan kan recover het niet lezen.} other {Niets te doen.}}',
    marker: 'Zet hem terug vanuit een back-up, of controleer of dit het bestand is dat je bedoelde.',
    'invalid-date': 'Verwijder hem met SQLite, of zet de database terug vanuit een back-up.',
    'out-of-range': 'Verbeter het met "recover log --date {date}", of verwijder de dag met "recover delete --date {date}".',
    'future-day': 'Controleer de klok van de computer; klopt de invoer niet, gebruik dan "recover delete --date {date}".',
    'orphaned-rows': 'Zet een back-up terug, of verwijder ze: sqlite3 {quoted} "DELETE FROM {table} WHERE date NOT IN (SELECT date FROM {parent})"',
    'bad-json': 'Zet een back-up terug ("recover restore"): iets anders dan recover heeft deze rijen geschreven.',
    missing: 'Vul een dag in met "recover log" om er een te beginnen, of wijs met --db of RECOVER_DB naar je database.',
    unreadable: 'Zet de database terug vanuit een back-up ("recover restore BESTAND"), of geef een andere --db op.',
    foreign: 'Geef met --db of RECOVER_DB het pad van je recover-database op; recover verandert dit bestand niet.',
    empty: 'Vul een dag in met "recover log".',
  },
);

/** A path as one shell word, for the commands a fix gives to copy. */
const quote = (path: string) => `"${path.replace(/(["\\$`])/g, '\\$1')}"`;

type Code = Parameters<typeof message>[0];

/** A finding in words: what is wrong and how to fix it. */
export function sayFinding(f: Finding): { message: string; fix: string } {
  const d = f.details;
  const where = d.path ?? d.folder;
  const params = { ...d, quoted: where === undefined ? '' : quote(String(where)), shared: d.shared ?? 'no', mustWrite: d.mustWrite ?? 'no', what: d.what ?? 'missing' };
  return { message: message(f.code as Code, params), fix: fix(f.code as Code, params) };
}

/** A finding for scripts (JSON): its code and details, with the words under the keys they always had. */
export const findingJson = (f: Finding) => ({ code: f.code, level: f.level, ...sayFinding(f), details: f.details });
