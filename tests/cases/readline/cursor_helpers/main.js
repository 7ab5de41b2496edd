// The terminal helpers write ANSI escape sequences: readline.cursorTo,
// moveCursor, clearLine, clearScreenDown; with no stream or nothing to do
// they write nothing and return true. readline/promises' Readline queues
// them until commit(), and rollback() drops the queue.
var readline = require('readline');
var Readline = require('readline/promises').Readline;
var Writable = require('stream').Writable;

var out = [];
var sink = new Writable({ write: function (chunk, enc, cb) { out.push(String(chunk)); cb(); } });
function show(label) {
  console.log(label + ' ' + JSON.stringify(out).replace(/\\u001b/g, 'ESC'));
  out = [];
}

readline.cursorTo(sink, 3);
readline.cursorTo(sink, 3, 4);
readline.moveCursor(sink, -2, 3);
readline.moveCursor(sink, 5, -1);
readline.clearLine(sink, -1);
readline.clearLine(sink, 1);
readline.clearLine(sink, 0);
readline.clearScreenDown(sink);
show('helpers');
console.log(readline.cursorTo(null, 1), readline.moveCursor(sink, 0, 0), readline.clearLine(undefined, 0));
show('nothing');
try { readline.cursorTo(sink, NaN); } catch (e) { console.log(e.code + ': ' + e.message); }
try { readline.cursorTo(sink, undefined, 2); } catch (e) { console.log(e.code + ': ' + e.message); }

var r = new Readline(sink);
r.cursorTo(1).moveCursor(2, 3).clearLine(0).clearScreenDown();
show('queued');
r.rollback().cursorTo(0, 0);
r.commit().then(function (v) {
  show('committed (' + v + ')');
  try { r.clearLine(5); } catch (e) { console.log(e.code + ': ' + e.message); }
  try { r.cursorTo('a'); } catch (e) { console.log(e.code + ': ' + e.message); }
  try { new Readline({ write: function () {} }); } catch (e) { console.log(e.code); }
});
