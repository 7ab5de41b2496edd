'use strict';

// readline's Interface (Node's lib/internal/readline/interface.js): turns a
// Readable of text (usually process.stdin) into 'line' events.
//
// HOW: the Interface listens to the input's 'data' and 'end'. Each chunk is
// decoded (a StringDecoder, so a character split across chunks is held back)
// and split at line endings: "\r\n", "\n", or a "\r" not followed by "\n".
// The text after the last ending waits in lineBuffer for the next chunk; at
// the input's 'end' it becomes the last line, then the Interface closes. A
// "\r" at the very end of a chunk may be the first half of a "\r\n" split
// across two chunks: when the next chunk starts with "\n" within crlfDelay
// ms, that "\n" is dropped (one line, not two).
//
// WHY it matters for the event loop: 'line' is emitted synchronously from
// the input's 'data' callback, so every line of one chunk is handled in the
// same poll-phase callback, before any nextTick or promise queued by the
// first line runs. The trace shows one stream read, then the lines.
//
// What differs from Node: terminal mode (output a TTY) does not switch the
// terminal to raw mode nor edit the line itself (no history, completion,
// cursor keys): the terminal's own line editing is used and the Interface
// reads whole lines as in non-terminal mode. The prompt is written plainly.

var EventEmitter = require('events');
var StringDecoder = require('string_decoder').StringDecoder;
var errors = require('internal/errors');
var validators = require('internal/validators');
var callbacks = require('internal/readline/callbacks');

var ERR_INVALID_ARG_VALUE = errors.codes.ERR_INVALID_ARG_VALUE;
var ERR_USE_AFTER_CLOSE = errors.registerCode('ERR_USE_AFTER_CLOSE', '%s was closed', Error);

var kMinCrlfDelay = 100;
var lineEnding = /\r?\n|\r(?!\n)/g;

// new Interface(input, output, completer, terminal), or new Interface(options)
// with options.input, output, completer, terminal, prompt, crlfDelay, signal.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);

  var prompt = '> ';
  var crlfDelay;
  var signal;
  if (input && input.input) {
    var options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    signal = options.signal;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.tabSize !== undefined) validators.validateInteger(options.tabSize, 'tabSize', 1, 4294967295);
    crlfDelay = options.crlfDelay;
    input = options.input;
    if (options.historySize !== undefined) {
      validators.validateNumber(options.historySize, 'historySize', 0);
    }
    this.historySize = options.historySize === undefined ? 30 : options.historySize;
    if (signal) validators.validateAbortSignal(signal, 'options.signal');
  } else {
    this.historySize = 30;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (terminal === undefined && output !== null && output !== undefined) {
    terminal = !!output.isTTY;
  }

  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;
  this.line = '';
  this.history = [];
  this.historyIndex = -1;
  this.input = input;
  this.output = output;
  this.completer = completer;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.terminal = !!terminal;
  if (this.terminal) this.cursor = 0;
  this._prompt = prompt;
  this._questionCallback = null;
  this._oldPrompt = prompt;
  this._lineBuffer = null;
  this._sawReturnAt = 0;
  this._decoder = new StringDecoder('utf8');

  var self = this;
  function ondata(data) { self._normalWrite(data); }
  function onend() {
    if (typeof self._lineBuffer === 'string' && self._lineBuffer.length > 0) {
      self.emit('line', self._lineBuffer);
    }
    self.close();
  }
  function onerror(err) { self.emit('error', err); }
  input.on('error', onerror);
  input.on('data', ondata);
  input.on('end', onend);
  this.once('close', function onSelfClose() {
    input.removeListener('data', ondata);
    input.removeListener('error', onerror);
    input.removeListener('end', onend);
  });

  if (signal) {
    var onAborted = function () { self.close(); };
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', function () { signal.removeEventListener('abort', onAborted); });
    }
  }

  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get: function () {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  }
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this._prompt;
};

Interface.prototype.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  this._writeToOutput(this._prompt);
};

// The shared part of question(): readline's takes a callback,
// readline/promises' returns a promise. query becomes the prompt; the next
// line goes to cb instead of a 'line' event.
Interface.prototype._question = function (query, cb) {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this._questionCallback) {
    this.prompt();
  } else {
    this._oldPrompt = this._prompt;
    this.setPrompt(query);
    this._questionCallback = cb;
    this.prompt();
  }
};

Interface.prototype._questionCancel = function () {
  if (this._questionCallback) {
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt);
    this.clearLine();
  }
};

Interface.prototype._onLine = function (line) {
  if (this._questionCallback) {
    var cb = this._questionCallback;
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype._writeToOutput = function (text) {
  validators.validateString(text, 'stringToWrite');
  if (this.output !== null && this.output !== undefined) this.output.write(text);
};

Interface.prototype.clearLine = function clearLine() {
  this._writeToOutput('\r\n');
  this.line = '';
  if (this.terminal) this.cursor = 0;
};

Interface.prototype.getCursorPos = function getCursorPos() {
  var text = this._prompt + this.line.slice(0, this.cursor || 0);
  var columns = this.columns;
  var cols = text.length;
  var rows = 0;
  if (columns !== Infinity && columns > 0) {
    rows = Math.floor(cols / columns);
    cols %= columns;
  }
  return { rows: rows, cols: cols };
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  this.closed = true;
  this.emit('close');
};

// pause, resume and write still work after close() in Node 20 (only
// question() throws).
Interface.prototype.pause = function pause() {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

// write(data): as if data had been read from the input.
Interface.prototype.write = function write(d, key) {
  if (this.paused) this.resume();
  this._normalWrite(d);
};

Interface.prototype._normalWrite = function (b) {
  if (b === undefined) return;
  var string = this._decoder.write(b);
  if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
    if (string.charCodeAt(0) === 10) string = string.slice(1);
    this._sawReturnAt = 0;
  }
  lineEnding.lastIndex = 0;
  var match = lineEnding.exec(string);
  if (match === null) {
    // No line ending in this chunk: keep it for the next one.
    if (string) this._lineBuffer = this._lineBuffer ? this._lineBuffer + string : string;
    return;
  }
  if (this._lineBuffer) {
    string = this._lineBuffer + string;
    this._lineBuffer = null;
    lineEnding.lastIndex = 0;
    match = lineEnding.exec(string);
  }
  this._sawReturnAt = string.charCodeAt(string.length - 1) === 13 ? Date.now() : 0;
  // Cut every line first: a 'line' listener may read or change lastIndex.
  var lines = [];
  var start = 0;
  while (match !== null) {
    lines.push(string.slice(start, match.index));
    start = lineEnding.lastIndex;
    match = lineEnding.exec(string);
  }
  this._lineBuffer = string.slice(start);
  for (var i = 0; i < lines.length; i++) this._onLine(lines[i]);
};

// Redraws the prompt and the current line (old code calls it directly).
Interface.prototype._refreshLine = function () {
  callbacks.cursorTo(this.output, 0);
  callbacks.clearScreenDown(this.output);
  this._writeToOutput(this._prompt + this.line);
};

module.exports = {
  Interface: Interface,
  kMinCrlfDelay: kMinCrlfDelay
};
