// One import in this process, then its own figures: wall time, peak RSS and heap.
import { main } from '../dist/cli/main.js';

const [source, file, db] = process.argv.slice(2);
let peakHeap = 0;
const timer = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
const start = process.hrtime.bigint();
process.env.RECOVER_DB = db;
const code = await main(['import', source, file], undefined, false);
clearInterval(timer);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ code, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: peakHeap / 1e6 }));
