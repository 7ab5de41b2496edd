// emitKeypressEvents: each key read from the stream becomes a keypress
// (character, key) event; escape sequences (arrows, F1, Alt+x) have no
// character of their own, only a name and modifiers.
var readline = require('readline');
var EventEmitter = require('events');
var s = new EventEmitter();
readline.emitKeypressEvents(s);
s.on('keypress', function (ch, key) { console.log(JSON.stringify(ch), JSON.stringify(key)); });
['a', 'B', ' ', '\r', '\n', '\t', '\x7f', '\x03', '\x1b[A', '\x1b[1;5C', '\x1b[3~', '\x1bOP', '\x1bx', '7', '!', 'é', 'ab'].forEach(function (k) {
  s.emit('data', Buffer.from(k));
});
