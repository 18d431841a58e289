import { defineMessages } from '../i18n.js';

// Counts as {n}, not #: ICU's # groups thousands ("1,500 days"), which the plain output never did.
/** What the commands that keep the data say: doctor's frame, delete, backup, restore, export and demo. */
export const sayData = defineMessages(
  'data',
  {
    finding: '{level} [{code}] {message}\n  fix: {fix}',
    healthyBare: 'No problems found in {path}.',
    healthy: 'No problems found in {path} (schema v{version}, integrity ok).',
    healthyDays: 'No problems found in {path} (schema v{version}, {days, plural, one {{days} day} other {{days} days}}, integrity ok).',
    span: '{from} to {to}',
    deleteConfirm: 'Delete {n, plural, one {{n} day} other {{n} days}} ({span}) for good?',
    nothingDeleted: 'Nothing deleted.',
    deleted: 'Deleted {n, plural, one {{n} day} other {{n} days}} ({span}).',
    contents: '{n, plural, =0 {no days} one {{n} day ({span})} other {{n} days ({span})}}',
    backedUp: 'Backed up {contents}.',
    restoreConfirm: 'Replace the database {db} with {file}, {contents}?',
    nothingRestored: 'Nothing restored.',
    restored: 'Restored {contents} from {file} into {db}.',
    keptAs: 'The database it replaced is kept as {kept}.',
    exported: 'Wrote {n, plural, one {{n} day} other {{n} days}} to {file}.',
    // A command on a line of its own, so a narrow terminal breaks none in the middle of a description.
    demo: `Made a demo database of eight made-up weeks, {from} to {to}:
  {path}
Weeks 1-3 are a good block, 4-5 a hard block, 6 a recovery week, 7 good, and 8
imported from a WHOOP export. Your own database was not touched. Try the demo:
  the hard block and its warnings
    recover --db {where} report --from {hardFrom} --to {hardTo}
  sleep, resting HR and load over the eight weeks
    recover --db {where} chart sleep rhr load --weeks 8
  a card to open in a browser
    recover --db {where} report --month --html recover-demo.html
`,
  },
  {
    finding: '{level, select, error {fout} warning {waarschuwing} other {info}} [{code}] {message}\n  oplossing: {fix}',
    healthyBare: 'Geen problemen gevonden in {path}.',
    healthy: 'Geen problemen gevonden in {path} (schema v{version}, integriteit in orde).',
    healthyDays: 'Geen problemen gevonden in {path} (schema v{version}, {days, plural, one {{days} dag} other {{days} dagen}}, integriteit in orde).',
    span: '{from} t/m {to}',
    deleteConfirm: '{n, plural, one {{n} dag} other {{n} dagen}} ({span}) voorgoed verwijderen?',
    nothingDeleted: 'Niets verwijderd.',
    deleted: '{n, plural, one {{n} dag} other {{n} dagen}} verwijderd ({span}).',
    contents: '{n, plural, =0 {geen dagen} one {{n} dag ({span})} other {{n} dagen ({span})}}',
    backedUp: 'Back-up gemaakt van {contents}.',
    restoreConfirm: 'De database {db} vervangen door {file}, {contents}?',
    nothingRestored: 'Niets teruggezet.',
    restored: '{contents} teruggezet uit {file} in {db}.',
    keptAs: 'De vervangen database is bewaard als {kept}.',
    exported: '{n, plural, one {{n} dag} other {{n} dagen}} geschreven naar {file}.',
    demo: `Een demodatabase gemaakt met acht verzonnen weken, {from} t/m {to}:
  {path}
Week 1-3 zijn een goed blok, 4-5 een zwaar blok, 6 een herstelweek, 7 goed, en 8
geïmporteerd uit een WHOOP-export. Je eigen database is niet aangeraakt.
Probeer de demo:
  het zware blok en zijn waarschuwingen
    recover --db {where} report --from {hardFrom} --to {hardTo}
  slaap, rusthartslag en belasting over de acht weken
    recover --db {where} chart sleep rhr load --weeks 8
  een overzicht om in een browser te openen
    recover --db {where} report --month --html recover-demo.html
`,
  },
);
