// spawnSync, execSync, execFileSync: the child runs to its end while this
// process waits (nothing else runs meanwhile: the timer fires after).
var cp = require('child_process');
setTimeout(function () { console.log('timer after the sync calls'); }, 0);
var r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
console.log('spawnSync:', r.status, r.signal, JSON.stringify(r.stdout.toString()), JSON.stringify(r.stderr.toString()),
  r.output.length, r.output[0], typeof r.pid);
var r2 = cp.spawnSync('cat', { input: 'fed to stdin', encoding: 'utf8' });
console.log('input:', JSON.stringify(r2.stdout), r2.status);
var r3 = cp.spawnSync('sleep', ['5'], { timeout: 100 });
console.log('timeout:', r3.status, r3.signal, r3.error && r3.error.code, r3.error && r3.error.message);
var r4 = cp.spawnSync('nonexistent-ts-sync');
console.log('missing:', r4.error.code, r4.error.message, r4.error.syscall, r4.error.path, r4.status);
console.log('execSync:', JSON.stringify(cp.execSync('echo hello | tr a-z A-Z').toString()));
console.log('execFileSync:', JSON.stringify(cp.execFileSync('printf', ['%s-%s', 'a', 'b'], { encoding: 'utf8' })));
try {
  cp.execSync('exit 4', { stdio: 'pipe' });
} catch (e) {
  console.log('execSync throws:', e.status, JSON.stringify(e.message), e.signal);
}
try {
  cp.execFileSync('sh', ['-c', 'echo oops >&2; exit 1'], { stdio: 'pipe' });
} catch (e) {
  console.log('execFileSync throws:', e.status, JSON.stringify(e.message), JSON.stringify(e.stderr.toString()));
}
var r5 = cp.spawnSync('sh', ['-c', 'head -c 100 /dev/zero; sleep 5'], { maxBuffer: 10 });
console.log('maxBuffer:', r5.error && r5.error.code, r5.signal, r5.stdout.length);
