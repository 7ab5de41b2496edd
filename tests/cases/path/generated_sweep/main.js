// A deterministic sweep: pseudo-random paths built from awkward pieces
// ('/', '\\', '..', 'C:', '//', ':'...), every function of both flavours.
var path = require('path');
var seed = 7;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
var atoms = ['/', '\\', '.', '..', 'a', 'bc', 'C:', 'c:', '//', '\\\\', 'x.y', '.z', ':', 'CON', 'srv', '...', 'a.', '?'];
function gen() { var n = rnd(6); var s = ''; for (var i = 0; i < n; i++) s += atoms[rnd(atoms.length)]; return s; }
// Results like relative() depend on the depth of the current directory:
// run from / so that the output is the same wherever the tests live.
process.chdir('/');
var cwd = process.cwd();
var wcwd = cwd.replace(/\//g, '\\');
function clean(v) { return JSON.stringify(v).split(JSON.stringify(wcwd).slice(1, -1)).join('<wcwd>').split(cwd).join('<cwd>'); }
for (var k = 0; k < 120; k++) {
  var p = gen(), q = gen(), r = gen();
  ['posix', 'win32'].forEach(function (fl) {
    var P = path[fl];
    console.log(fl + ' ' + JSON.stringify([p, q, r]) + ' ' + clean([P.normalize(p), P.isAbsolute(p), P.dirname(p),
      P.basename(p), P.extname(p), P.basename(p, q), P.parse(p), P.format(P.parse(p)), P.join(p, q, r),
      P.resolve(p, q, r), P.relative(p, q), P.toNamespacedPath(q)]));
  });
}
