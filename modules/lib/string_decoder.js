'use strict';

// string_decoder (Node's lib/string_decoder.js and src/string_decoder.cc):
// turns a stream of Buffers into strings without splitting a character that
// straddles two chunks.
//
// HOW: write(buf) decodes all it can and keeps the bytes of an incomplete
// character at the end of the chunk (at most 4) in a small state Buffer:
//   [0..4)  the incomplete character's bytes (lastChar is a view of them),
//   [4]     how many bytes are still missing (lastNeed),
//   [5]     how many are held (lastTotal = held + missing).
// The next write first completes that character (for utf8: stopping early
// if a byte that cannot continue it arrives, which then decodes as U+FFFD),
// then decodes the rest. What is held back, per encoding:
//   utf8      the bytes of a multi-byte character that has not ended (from
//             its lead byte: 2, 3 or 4 bytes long); a chunk that ends in
//             bytes that cannot be completed is decoded as is (U+FFFD);
//   utf16le   an odd last byte, or a high surrogate (2 bytes) waiting for
//             its low half;
//   base64    the last length % 3 bytes, so that output has no '=' inside;
//   latin1, ascii, hex: nothing (every byte stands alone).
// end() decodes whatever is held (utf8: U+FFFD; utf16le: an odd byte is
// dropped) and resets. The decoding itself is the buffer binding's.
//
// This is the same algorithm as Node's C++ decoder, step for step, so that
// the strings, lastNeed and lastTotal agree with Node's for every input.

var Buffer = require('buffer').Buffer;
var binding = internalBinding('buffer');
var encoding = require('internal/buffer/encoding');
var codes = require('internal/errors').codes;

var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_THIS = codes.ERR_INVALID_THIS;
var ERR_UNKNOWN_ENCODING = codes.ERR_UNKNOWN_ENCODING;

var kState = Symbol('kNativeDecoder');
var kMissing = 4;
var kBuffered = 5;
var kEncodingField = 6;
var kSize = 7;

var UTF8 = encoding.UTF8;
var UCS2 = encoding.UCS2;
var BASE64 = encoding.BASE64;
var BASE64URL = encoding.BASE64URL;

var objectToString = Object.prototype.toString;

function normalize(enc) {
  var name = encoding.normalizeEncoding(enc);
  if (name === undefined) {
    if (Buffer.isEncoding === encoding.originalIsEncoding || !Buffer.isEncoding(enc)) {
      throw new ERR_UNKNOWN_ENCODING(enc);
    }
    return enc;
  }
  return name;
}

function StringDecoder(enc) {
  this.encoding = normalize(enc);
  this[kState] = Buffer.alloc(kSize);
  this[kState][kEncodingField] = encoding.encodingId(this.encoding) || UTF8;
}

// The bytes of any ArrayBufferView as a Uint8Array.
function bytesOf(view) {
  if (objectToString.call(view) === '[object Uint8Array]') return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function decode(state, buf) {
  var id = state[kEncodingField];
  var nread = buf.length;
  if (id !== UTF8 && id !== UCS2 && id !== BASE64 && id !== BASE64URL) {
    return binding.slice(buf, id, 0, nread);
  }
  var start = 0;
  var prepend = '';
  var i;

  // Complete the character held from the previous chunk.
  if (state[kMissing] > 0) {
    if (id === UTF8) {
      // A byte that is not a continuation byte ends the held character
      // early: it is decoded as it is (U+FFFD) and the byte starts anew.
      for (i = 0; i < nread && i < state[kMissing]; ++i) {
        if ((buf[i] & 0xC0) !== 0x80) {
          state[kMissing] = 0;
          binding.copy(buf, state, state[kBuffered], 0, i);
          state[kBuffered] += i;
          start += i;
          nread -= i;
          break;
        }
      }
    }
    var found = Math.min(nread, state[kMissing]);
    binding.copy(buf, state, state[kBuffered], start, found);
    start += found;
    nread -= found;
    state[kMissing] -= found;
    state[kBuffered] += found;
    if (state[kMissing] === 0) {
      prepend = binding.slice(state, id, 0, state[kBuffered]);
      state[kBuffered] = 0;
    }
  }

  if (nread === 0) return prepend;

  // Hold back an incomplete character at the end of this chunk.
  var end = start + nread;
  if (id === UTF8 && (buf[end - 1] & 0x80)) {
    for (i = nread - 1; ; --i) {
      var b = buf[start + i];
      state[kBuffered]++;
      if ((b & 0xC0) === 0x80) {
        // A continuation byte: keep looking for the lead byte, unless this
        // cannot be a character (4 or more of them, or no lead in the chunk).
        if (state[kBuffered] >= 4 || i === 0) {
          state[kBuffered] = 0;
          break;
        }
      } else {
        if ((b & 0xE0) === 0xC0) {
          state[kMissing] = 2;
        } else if ((b & 0xF0) === 0xE0) {
          state[kMissing] = 3;
        } else if ((b & 0xF8) === 0xF0) {
          state[kMissing] = 4;
        } else {
          state[kBuffered] = 0;  // not a lead byte of a valid length
          break;
        }
        if (state[kBuffered] >= state[kMissing]) {
          // The character is complete (or too long, hence invalid anyway).
          state[kMissing] = 0;
          state[kBuffered] = 0;
        }
        state[kMissing] -= state[kBuffered];
        break;
      }
    }
  } else if (id === UCS2) {
    if (nread % 2 === 1) {
      state[kBuffered] = 1;
      state[kMissing] = 1;
    } else if ((buf[end - 1] & 0xFC) === 0xD8) {
      state[kBuffered] = 2;
      state[kMissing] = 2;
    }
  } else if (id === BASE64 || id === BASE64URL) {
    state[kBuffered] = nread % 3;
    if (state[kBuffered] > 0) state[kMissing] = 3 - state[kBuffered];
  }

  var held = state[kBuffered];
  if (held > 0) {
    nread -= held;
    binding.copy(buf, state, 0, start + nread, held);
  }
  var body = nread > 0 ? binding.slice(buf, id, start, start + nread) : '';
  return prepend + body;
}

function flush(state) {
  var id = state[kEncodingField];
  if (id === UCS2 && state[kBuffered] % 2 === 1) {
    // A single trailing byte is dropped.
    state[kMissing]--;
    state[kBuffered]--;
  }
  if (state[kBuffered] === 0) return '';
  var ret = binding.slice(state, id, 0, state[kBuffered]);
  state[kMissing] = 0;
  state[kBuffered] = 0;
  return ret;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kState]) throw new ERR_INVALID_THIS('StringDecoder');
  return decode(this[kState], bytesOf(buf));
};

StringDecoder.prototype.end = function end(buf) {
  var ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kState][kBuffered] > 0) ret += flush(this[kState]);
  return ret;
};

// Legacy and undocumented: decodes buf from offset on, forgetting any held
// character.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kState][kMissing] = 0;
  this[kState][kBuffered] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get: function () { return this[kState].subarray(0, 4); }
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get: function () { return this[kState][kMissing]; }
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get: function () { return this[kState][kBuffered] + this[kState][kMissing]; }
  }
});

exports.StringDecoder = StringDecoder;
