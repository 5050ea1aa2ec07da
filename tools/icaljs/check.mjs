// Reads each .ics file named on the command line with Mozilla ical.js and checks what a calendar app
// needs: one VCALENDAR, at least one VEVENT, no VTODO unless --todo was asked for (pass --allow-todo),
// every component with a UID, a DTSTAMP and a start, every all-day event ending after it starts.
// Prints "N passed, N failed" and exits non-zero on any failure.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const args = process.argv.slice(2);
const allowTodo = args.includes('--allow-todo');
const files = args.filter((a) => !a.startsWith('--'));
let passed = 0;
let failed = 0;
for (const file of files) {
  const problems = [];
  try {
    const root = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    if (root.name !== 'vcalendar') problems.push(`top component is ${root.name}`);
    const events = root.getAllSubcomponents('vevent');
    const todos = root.getAllSubcomponents('vtodo');
    if (events.length === 0) problems.push('no VEVENT');
    if (todos.length > 0 && !allowTodo) problems.push(`${todos.length} VTODO`);
    for (const c of [...events, ...todos]) {
      const uid = c.getFirstPropertyValue('uid');
      if (!uid) problems.push('a component without UID');
      if (!c.getFirstPropertyValue('dtstamp')) problems.push(`${uid}: no DTSTAMP`);
      const start = c.getFirstPropertyValue('dtstart');
      if (!start) problems.push(`${uid}: no DTSTART`);
      if (c.name === 'vevent') {
        const event = new ICAL.Event(c);
        if (event.endDate.compare(event.startDate) <= 0) problems.push(`${uid}: ends before it starts`);
      }
    }
    console.log(`${file}: ${events.length} events, ${todos.length} tasks${problems.length ? ' — ' + problems.slice(0, 5).join('; ') : ''}`);
  } catch (e) {
    problems.push(`ical.js cannot read it: ${e.message}`);
    console.log(`${file}: ${problems[0]}`);
  }
  if (problems.length) failed++; else passed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
