var util = require('util');
console.log(util._extend({ a: 1 }, { b: 2, c: 3 }), util._extend({ a: 1 }, null), util._extend({ a: 1 }, 'str'));
console.log(util.stripVTControlCharacters('\u001b[1m\u001b[31mbold red\u001b[39m\u001b[22m'));
try { util.stripVTControlCharacters(5); } catch (e) { console.log(e.code, e.message); }
console.log(JSON.stringify(util.toUSVString('ok \ud800 lone \udc00')));
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-111), util.getSystemErrorName(-99999));
try { util.getSystemErrorName(2); } catch (e) { console.log(e.code, e.message); }
try { util.getSystemErrorName('x'); } catch (e) { console.log(e.code, e.message); }
console.log(typeof util.TextEncoder, typeof util.TextDecoder);
console.log(new util.TextDecoder().decode(new util.TextEncoder().encode('héllo')));
console.log(util.inspect === require('util').inspect, typeof util.debuglog, util.debug === util.debuglog);
var dbg = util.debuglog('mysection');
console.log(dbg.enabled);
dbg('not printed %d', 1);
console.log(util.styleText('red', 'plain because not a tty'));
try { util.styleText('nocolor', 'x'); } catch (e) { console.log(e.code); }
console.log(util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }), util.isDeepStrictEqual({ a: 1 }, { a: '1' }));
console.log(typeof util.format, typeof util.formatWithOptions, typeof util.inspect.custom);
