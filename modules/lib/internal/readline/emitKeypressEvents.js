'use strict';

// readline.emitKeypressEvents(stream) (Node's
// lib/internal/readline/emitKeypressEvents.js): makes a stream emit
// 'keypress' (sequence, key) for each key read from it, once someone listens
// to 'keypress'. key is { sequence, name, ctrl, meta, shift } as in Node.
//
// The decoding covers what a terminal sends for ordinary keys: printable
// characters, return/enter/tab/backspace/escape/space, Ctrl+letter, Alt+key
// (ESC before the key), and the CSI / SS3 sequences of arrows, home/end,
// insert/delete, page up/down and F1-F12 with their modifier parameter.
// Node's decoder is a generator that can wait for the rest of a sequence
// split across reads; this one decodes each read on its own.

var StringDecoder = require('string_decoder').StringDecoder;

var kDecoder = Symbol('keypress-decoder');
var kEscapeCodeTimeout = Symbol('escape-decode-timeout');

var csiNames = {
  A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home',
  P: 'f1', Q: 'f2', R: 'f3', S: 'f4', Z: 'tab',
  '1~': 'home', '2~': 'insert', '3~': 'delete', '4~': 'end', '5~': 'pageup', '6~': 'pagedown',
  '7~': 'home', '8~': 'end', '11~': 'f1', '12~': 'f2', '13~': 'f3', '14~': 'f4', '15~': 'f5',
  '17~': 'f6', '18~': 'f7', '19~': 'f8', '20~': 'f9', '21~': 'f10', '23~': 'f11', '24~': 'f12'
};

function makeKey(sequence, name, ctrl, meta, shift) {
  return { sequence: sequence, name: name, ctrl: !!ctrl, meta: !!meta, shift: !!shift };
}

// The key for one character ch (meta: an ESC came before it).
function charKey(ch, meta) {
  var seq = meta ? '\x1b' + ch : ch;
  if (ch === '\r') return makeKey(seq, 'return', false, meta);
  if (ch === '\n') return makeKey(seq, 'enter', false, meta);
  if (ch === '\t') return makeKey(seq, 'tab', false, meta);
  if (ch === '\b' || ch === '\x7f') return makeKey(seq, 'backspace', false, meta);
  if (ch === '\x1b') return makeKey(seq, 'escape', false, meta);
  if (ch === ' ') return makeKey(seq, 'space', false, meta);
  var code = ch.charCodeAt(0);
  if (code < 27) return makeKey(seq, String.fromCharCode(code + 96), true, meta);
  if (/^[0-9a-z]$/.test(ch)) return makeKey(seq, ch, false, meta);
  if (/^[A-Z]$/.test(ch)) return makeKey(seq, ch.toLowerCase(), false, meta, true);
  return makeKey(seq, undefined, false, meta);
}

// Splits a decoded string into [sequence, key] pairs.
function decodeKeys(s) {
  var out = [];
  var csi = /^\x1b(?:\[|O)([0-9;]*)([A-Za-z~])/;
  var i = 0;
  while (i < s.length) {
    var rest = s.slice(i);
    var m = csi.exec(rest);
    if (m !== null) {
      var params = m[1].split(';');
      var id = m[2] === '~' ? params[0] + '~' : m[2];
      var mod = params.length > 1 ? (parseInt(params[1], 10) || 1) - 1 : 0;
      var key = makeKey(m[0], csiNames[id] || 'undefined', mod & 4, mod & 10, mod & 1);
      if (csiNames[id] === undefined) key.name = undefined;
      // code: the sequence without ESC and modifier ('[1;5C' is '[C').
      var num = params[0];
      if (m[2] !== '~' && num === '1') num = '';
      key.code = m[0].charAt(1) + num + m[2];
      out.push([m[0], key]);
      i += m[0].length;
    } else if (rest.charAt(0) === '\x1b' && rest.length > 1) {
      out.push([rest.slice(0, 2), charKey(rest.charAt(1), true)]);
      i += 2;
    } else {
      out.push([rest.charAt(0), charKey(rest.charAt(0), false)]);
      i += 1;
    }
  }
  return out;
}

function emitKeypressEvents(stream, iface) {
  if (iface === undefined) iface = {};
  if (stream[kDecoder]) return;
  stream[kDecoder] = new StringDecoder('utf8');
  stream[kEscapeCodeTimeout] = iface.escapeCodeTimeout;

  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      var string = stream[kDecoder].write(input);
      if (!string) return;
      var keys = decodeKeys(string);
      for (var i = 0; i < keys.length; i++) {
        var sequence = keys[i][0];
        // An escape sequence has no character of its own: undefined.
        stream.emit('keypress', sequence.charAt(0) === '\x1b' ? undefined : sequence, keys[i][1]);
      }
    } else {
      // Nobody listening: stop decoding until someone listens again.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
