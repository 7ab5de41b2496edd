// The os module's exports and the types/relations of their values (only
// things that are the same on every Linux machine are printed).
var os = require('os');
console.log('keys:', Object.keys(os).join(','));
console.log('EOL:', JSON.stringify(os.EOL), 'devNull:', os.devNull);
console.log('arch === process.arch:', os.arch() === process.arch, 'platform:', os.platform() === process.platform);
console.log('type:', os.type(), 'endianness:', os.endianness());
console.log('release/version/machine are strings:', typeof os.release(), typeof os.version(), typeof os.machine(),
  os.release().length > 0, os.machine().length > 0);
console.log('hostname string:', typeof os.hostname(), os.hostname().length > 0);
console.log('homedir absolute:', os.homedir().charAt(0) === '/');
var tmp = os.tmpdir();
console.log('tmpdir:', typeof tmp, tmp.length === 1 || tmp.charAt(tmp.length - 1) !== '/');
var total = os.totalmem();
var free = os.freemem();
console.log('memory:', typeof total, typeof free, free > 0, free <= total, Number.isInteger(total));
var up = os.uptime();
console.log('uptime:', typeof up, up > 0);
var load = os.loadavg();
console.log('loadavg:', Array.isArray(load), load.length, load.every(function (n) { return typeof n === 'number' && n >= 0; }));
var cpus = os.cpus();
console.log('cpus:', Array.isArray(cpus), cpus.length > 0);
var c = cpus[0];
console.log('cpu fields:', Object.keys(c).join(','), Object.keys(c.times).join(','), typeof c.model, typeof c.speed);
console.log('parallelism:', typeof os.availableParallelism(), os.availableParallelism() >= 1);
console.log('toPrimitive:', String(os.arch) === os.arch(), '' + os.platform === os.platform(),
  String(os.hostname) === os.hostname(), String(os.endianness) === 'LE', +os.totalmem === os.totalmem());
console.log('priority:', typeof os.getPriority(), os.getPriority() === os.getPriority(0));
var eolDesc = Object.getOwnPropertyDescriptor(os, 'EOL');
console.log('EOL writable:', eolDesc.writable, 'enumerable:', eolDesc.enumerable);
os.EOL = 'x';
console.log('EOL after assignment:', JSON.stringify(os.EOL));
var cDesc = Object.getOwnPropertyDescriptor(os, 'constants');
console.log('constants configurable:', cDesc.configurable, 'enumerable:', cDesc.enumerable);
function tryIt(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
tryIt('getPriority("x")', function () { return os.getPriority('x'); });
tryIt('getPriority(1.5)', function () { return os.getPriority(1.5); });
tryIt('setPriority(0, 100)', function () { return os.setPriority(0, 100); });
tryIt('setPriority("a")', function () { return os.setPriority('a'); });
