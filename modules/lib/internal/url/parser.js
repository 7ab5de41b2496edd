'use strict';

// The URL Standard's basic URL parser and URL serializer
// (https://url.spec.whatwg.org/#concept-basic-url-parser), which Node runs
// in C++ (ada). internal/url.js builds the URL class on these.
//
// HOW: parse() is the standard's state machine, one `case` per state, in
// the standard's order and with its step wording in the comments. It reads
// the input by UTF-16 code unit (`c`, from charCodeAt) with `pointer` into
// it; EOF is -1. The standard reads code points, but only percent-encoding
// can tell the difference, so the places that encode take a surrogate pair
// together (and a lone surrogate was made U+FFFD up front). Each state may
// move `pointer` back ("decrease pointer by 1") to hand the current code
// point to the next state. The record it fills (URLRecord) keeps every component already
// serialized: host is a string ('' for the empty host) or null, port a
// number or null, path an array of segments or a string for an opaque path
// ('mailto:x', 'javascript:...').
//
// The setters (url.host = ..., url.port = ...) run the same machine on the
// existing record with a "state override": the machine starts in that
// state, changes the record in place and stops where the component ends.
// As in Node, a setter whose value is invalid part way changes what it had
// already set ('http://a/' with host = 'b:99999' gets host 'b').

var percent = require('internal/url/percent');
var parseHost = require('internal/url/host').parseHost;

var EOF = -1;
var FAILURE = null;

var PATH_SET = percent.PATH;
var C0_CONTROL_SET = percent.C0_CONTROL;
var FRAGMENT_SET = percent.FRAGMENT;
var USERINFO_SET = percent.USERINFO;
var hexTable = require('internal/querystring').hexTable;

// The ASCII characters as one-character strings (a lookup is cheaper than
// String.fromCharCode in the per-character loop).
var ASCII = [];
for (var a = 0; a < 128; a++) ASCII.push(String.fromCharCode(a));

// Where a run of characters a state treats alike ends: the first match of
// `stop` (a global regexp) at or after `from`, else the end. (Callers
// search from the character after the current one, which they take
// whatever it is, so that a run is never empty.) The path's
// stops are what it encodes or what ends a segment; the authority's and
// the host's what they look at.
var pathStop = /[\u0000-\u0020"#<>?`{}\/\\\u007f-\uffff]/g;
var authorityStop = /[@\/?#\\]/g;
var hostStop = /[:\/?#\\[\]]/g;

function runEnd(stop, input, from) {
  stop.lastIndex = from;
  var m = stop.exec(input);
  return m === null ? input.length : m.index;
}

function nextQueryOrFragment(input, from) {
  for (var i = from; i < input.length; i++) {
    var c = input.charCodeAt(i);
    if (c === 63 || c === 35) return i;
  }
  return input.length;
}

// The code unit c at input[pointer], percent-encoded if `set` holds it; a
// high surrogate is taken with the low one after it (the caller then skips
// that one: the input is well-formed).
function encodeAt(input, pointer, c, set) {
  if (c < 0x80) return set[c] === 1 ? hexTable[c] : ASCII[c];
  if (c >= 0xD800 && c <= 0xDBFF) {
    c = 0x10000 + ((c - 0xD800) << 10) + (input.charCodeAt(pointer + 1) - 0xDC00);
  }
  return percent.encodeCodePoint(c, set);
}

var SCHEME_START = 1;
var SCHEME = 2;
var NO_SCHEME = 3;
var SPECIAL_RELATIVE_OR_AUTHORITY = 4;
var PATH_OR_AUTHORITY = 5;
var RELATIVE = 6;
var RELATIVE_SLASH = 7;
var SPECIAL_AUTHORITY_SLASHES = 8;
var SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
var AUTHORITY = 10;
var HOST = 11;
var HOSTNAME = 12;
var PORT = 13;
var FILE = 14;
var FILE_SLASH = 15;
var FILE_HOST = 16;
var PATH_START = 17;
var PATH = 18;
var OPAQUE_PATH = 19;
var QUERY = 20;
var FRAGMENT = 21;

// The special schemes and their default ports (file has none).
var specialSchemes = Object.create(null);
specialSchemes.ftp = 21;
specialSchemes.file = null;
specialSchemes.http = 80;
specialSchemes.https = 443;
specialSchemes.ws = 80;
specialSchemes.wss = 443;

function isSpecialScheme(scheme) {
  return specialSchemes[scheme] !== undefined;
}

function defaultPort(scheme) {
  return isSpecialScheme(scheme) ? specialSchemes[scheme] : null;
}

function URLRecord() {
  this.scheme = '';
  this.username = '';
  this.password = '';
  this.host = null;
  this.port = null;
  this.path = [];
  this.query = null;
  this.fragment = null;
}

URLRecord.prototype.isSpecial = function () {
  return isSpecialScheme(this.scheme);
};

URLRecord.prototype.hasOpaquePath = function () {
  return typeof this.path === 'string';
};

URLRecord.prototype.includesCredentials = function () {
  return this.username !== '' || this.password !== '';
};

// "Cannot have a username/password/port": no host, the empty host, or file.
URLRecord.prototype.cannotHaveCredentialsOrPort = function () {
  return this.host === null || this.host === '' || this.scheme === 'file';
};

URLRecord.prototype.clone = function () {
  var copy = new URLRecord();
  copy.scheme = this.scheme;
  copy.username = this.username;
  copy.password = this.password;
  copy.host = this.host;
  copy.port = this.port;
  copy.path = typeof this.path === 'string' ? this.path : this.path.slice();
  copy.query = this.query;
  copy.fragment = this.fragment;
  return copy;
};

// Shorten a URL's path: drop the last segment, except a file URL's lone
// drive letter ('file:///C:/..' stays at C:).
function shortenPath(url) {
  var path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isNormalizedWindowsDriveLetter(path[0])) return;
  path.pop();
}

// --- code point classes ---------------------------------------------------------

function isAsciiAlpha(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiDigit(c) {
  return c >= 48 && c <= 57;
}

function isAsciiAlphanumeric(c) {
  return isAsciiAlpha(c) || isAsciiDigit(c);
}

function lower(c) {
  return String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
}

// 'C:' or 'c|'.
function isWindowsDriveLetter(str) {
  return str.length === 2 && isAsciiAlpha(str.charCodeAt(0)) &&
    (str.charAt(1) === ':' || str.charAt(1) === '|');
}

function isNormalizedWindowsDriveLetter(str) {
  return str.length === 2 && isAsciiAlpha(str.charCodeAt(0)) && str.charAt(1) === ':';
}

// Does input[from..] start with a Windows drive letter ('C:', then nothing
// or one of / \ ? #)?
function startsWithWindowsDriveLetter(input, from) {
  if (input.length - from < 2) return false;
  var second = input.charCodeAt(from + 1);
  if (!isAsciiAlpha(input.charCodeAt(from)) || (second !== 58 && second !== 124)) return false;
  if (input.length - from === 2) return true;
  var third = input.charCodeAt(from + 2);
  return third === 47 || third === 92 || third === 63 || third === 35;
}

function isSingleDot(buffer) {
  return buffer === '.' || buffer.toLowerCase() === '%2e';
}

function isDoubleDot(buffer) {
  switch (buffer.toLowerCase()) {
    case '..':
    case '.%2e':
    case '%2e.':
    case '%2e%2e':
      return true;
  }
  return false;
}

// Leading and trailing C0 controls and spaces go; so do tabs and newlines
// anywhere.
function cleanInput(input) {
  var start = 0;
  var end = input.length;
  while (start < end && input.charCodeAt(start) <= 0x20) start++;
  while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
  return input.slice(start, end);
}

function removeTabsAndNewlines(input) {
  return /[\t\n\r]/.test(input) ? input.replace(/[\t\n\r]/g, '') : input;
}

// --- the basic URL parser -------------------------------------------------------------

// parse(input, base) -> URLRecord or null.
// parse(input, null, url, stateOverride) changes `url` (a setter); returns
// null when the standard says "return failure", else url.
function parse(input, base, url, stateOverride) {
  if (url === undefined) {
    url = new URLRecord();
    input = cleanInput(input);
  }
  input = percent.toWellFormed(removeTabsAndNewlines(input));
  var len = input.length;
  var state = stateOverride || SCHEME_START;
  var buffer = '';
  var atSignSeen = false;
  var insideBrackets = false;
  var passwordTokenSeen = false;
  var pointer = 0;

  for (;;) {
    var c = pointer < len && pointer >= 0 ? input.charCodeAt(pointer) : EOF;
    switch (state) {
      case SCHEME_START:
        if (isAsciiAlpha(c)) {
          buffer += lower(c);
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case SCHEME:
        if (isAsciiAlphanumeric(c) || c === 43 || c === 45 || c === 46) {
          buffer += lower(c);
        } else if (c === 58 /* : */) {
          if (stateOverride) {
            // A setter may not switch between special and not special, give
            // a URL with credentials or a port the file scheme, or take a
            // file URL with an empty host elsewhere.
            if (url.isSpecial() !== isSpecialScheme(buffer)) return url;
            if ((url.includesCredentials() || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (url.isSpecial() && base && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (url.isSpecial()) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (input.charCodeAt(pointer + 1) === 47 /* / */) {
            state = PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          // Not a scheme after all: start over without one.
          buffer = '';
          state = NO_SCHEME;
          pointer = -1;
        } else {
          return FAILURE;
        }
        break;

      case NO_SCHEME:
        if (!base || (base.hasOpaquePath() && c !== 35 /* # */)) {
          return FAILURE;
        } else if (base.hasOpaquePath() && c === 35) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          pointer--;
        } else {
          state = FILE;
          pointer--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 47 && input.charCodeAt(pointer + 1) === 47) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = RELATIVE;
          pointer--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 47) {
          state = AUTHORITY;
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        if (c === 47 || (url.isSpecial() && c === 92 /* \ */)) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 63 /* ? */) {
            url.query = '';
            state = QUERY;
          } else if (c === 35) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            pointer--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (url.isSpecial() && (c === 47 || c === 92)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 47) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        if (c === 47 && input.charCodeAt(pointer + 1) === 47) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 47 && c !== 92) {
          state = AUTHORITY;
          pointer--;
        }
        break;

      case AUTHORITY:
        if (c === 64 /* @ */) {
          // Everything before the last '@' is userinfo: an earlier '@'
          // belongs to it, encoded.
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          // The first ':' (ever) splits username from password.
          var colon = passwordTokenSeen ? -1 : buffer.indexOf(':');
          if (passwordTokenSeen) {
            url.password += percent.encodeString(buffer, USERINFO_SET);
          } else if (colon === -1) {
            url.username += percent.encodeString(buffer, USERINFO_SET);
          } else {
            passwordTokenSeen = true;
            url.username += percent.encodeString(buffer.slice(0, colon), USERINFO_SET);
            url.password += percent.encodeString(buffer.slice(colon + 1), USERINFO_SET);
          }
          buffer = '';
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (c === 92 && url.isSpecial())) {
          if (atSignSeen && buffer === '') return FAILURE;
          // Go back to the start of the host and parse it there.
          pointer -= buffer.length + 1;
          buffer = '';
          state = HOST;
        } else {
          // Up to the next character this state looks at.
          var authorityEnd = runEnd(authorityStop, input, pointer + 1);
          buffer += input.slice(pointer, authorityEnd);
          pointer = authorityEnd - 1;
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = FILE_HOST;
        } else if (c === 58 && !insideBrackets) {
          if (buffer === '' && stateOverride === HOST && !url.isSpecial()) {
            // Node (ada), not the standard: the host setter of a
            // non-special URL takes ':80' as an empty host and a port.
            url.host = '';
            state = PORT;
            break;
          }
          if (buffer === '') return FAILURE;
          if (stateOverride === HOSTNAME) return FAILURE;
          var hostWithPort = parseHost(buffer, !url.isSpecial());
          if (hostWithPort === null) return FAILURE;
          url.host = hostWithPort;
          buffer = '';
          state = PORT;
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (c === 92 && url.isSpecial())) {
          pointer--;
          if (url.isSpecial() && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (url.includesCredentials() || url.port !== null)) {
            return FAILURE;
          }
          var host = parseHost(buffer, !url.isSpecial());
          if (host === null) return FAILURE;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return url;
        } else if (c === 91 /* [ */ || c === 93 /* ] */) {
          insideBrackets = c === 91;
          buffer += String.fromCharCode(c);
        } else {
          var hostEnd = runEnd(hostStop, input, pointer + 1);
          buffer += input.slice(pointer, hostEnd);
          pointer = hostEnd - 1;
        }
        break;

      case PORT:
        if (isAsciiDigit(c)) {
          buffer += String.fromCharCode(c);
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (c === 92 && url.isSpecial()) ||
                   stateOverride) {
          if (buffer !== '') {
            var port = parseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = PATH_START;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === 47 || c === 92) {
          state = FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 63) {
            url.query = '';
            state = QUERY;
          } else if (c === 35) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, pointer)) {
              shortenPath(url);
            } else {
              url.path = [];
            }
            state = PATH;
            pointer--;
          }
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case FILE_SLASH:
        if (c === 47 || c === 92) {
          state = FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, pointer) && base.path.length > 0 &&
                isNormalizedWindowsDriveLetter(base.path[0])) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          pointer--;
        }
        break;

      case FILE_HOST:
        if (c === EOF || c === 47 || c === 92 || c === 63 || c === 35) {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            // 'file://C:/x': the drive letter is a path segment, and the
            // buffer carries it into the path state.
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = PATH_START;
          } else {
            var fileHost = parseHost(buffer, !url.isSpecial());
            if (fileHost === null) return FAILURE;
            if (fileHost === 'localhost') fileHost = '';
            url.host = fileHost;
            if (stateOverride) return url;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += String.fromCharCode(c);
        }
        break;

      case PATH_START:
        if (url.isSpecial()) {
          state = PATH;
          if (c !== 47 && c !== 92) pointer--;
        } else if (!stateOverride && c === 63) {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === 35) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          state = PATH;
          if (c !== 47) pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH:
        if (c === EOF || c === 47 || (c === 92 && url.isSpecial()) ||
            (!stateOverride && (c === 63 || c === 35))) {
          var slash = c === 47 || (c === 92 && url.isSpecial());
          if (isDoubleDot(buffer)) {
            // Node (ada) differs from the standard here: a '..' at the end
            // of a path that was already empty leaves a non-special URL's
            // path empty ('foo://h/..' is 'foo://h', not 'foo://h/').
            var hadSegments = url.path.length > 0;
            shortenPath(url);
            if (!slash && (hadSegments || url.isSpecial())) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = buffer.charAt(0) + ':';
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 63) {
            url.query = '';
            state = QUERY;
          }
          if (c === 35) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else if (c < 0x80 && PATH_SET[c] !== 1 && c !== 92) {
          // A run of characters that stay as they are, taken at once.
          var pathEnd = runEnd(pathStop, input, pointer + 1);
          buffer += input.slice(pointer, pathEnd);
          pointer = pathEnd - 1;
        } else {
          buffer += encodeAt(input, pointer, c, PATH_SET);
          if (c >= 0xD800 && c <= 0xDBFF) pointer++;
        }
        break;

      case OPAQUE_PATH:
        if (c === 63) {
          url.query = '';
          state = QUERY;
        } else if (c === 35) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          // Up to the next '?' or '#', encoded at once.
          var opaqueEnd = nextQueryOrFragment(input, pointer);
          url.path += percent.encodeString(input.slice(pointer, opaqueEnd), C0_CONTROL_SET);
          pointer = opaqueEnd - 1;
        }
        break;

      case QUERY:
        if ((!stateOverride && c === 35) || c === EOF) {
          url.query += percent.encodeString(buffer,
            url.isSpecial() ? percent.SPECIAL_QUERY : percent.QUERY);
          buffer = '';
          if (c === 35) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          // Up to the next '#' (or the end, for the search setter).
          var queryEnd = stateOverride ? len : input.indexOf('#', pointer);
          if (queryEnd === -1) queryEnd = len;
          buffer += input.slice(pointer, queryEnd);
          pointer = queryEnd - 1;
        }
        break;

      case FRAGMENT:
        // All the rest, encoded at once.
        if (c !== EOF) {
          url.fragment += percent.encodeString(input.slice(pointer), FRAGMENT_SET);
          pointer = len - 1;
        }
        break;
    }
    if (pointer >= len) break;
    pointer++;
  }
  return url;
}

// --- serializing --------------------------------------------------------------------

function serializePath(url) {
  if (url.hasOpaquePath()) return url.path;
  var out = '';
  for (var i = 0; i < url.path.length; i++) out += '/' + url.path[i];
  return out;
}

function serialize(url, excludeFragment) {
  var out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (url.includesCredentials()) {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  } else if (!url.hasOpaquePath() && url.path.length > 1 && url.path[0] === '') {
    // 'web+demo:/.//not-a-host/': keeps a path that starts with '//' from
    // reading as a host.
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

// The origin of a URL, serialized: 'https://example.com:8080' for the
// special schemes but file, the inner URL's for blob:http(s)..., else 'null'.
function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob':
      var inner = parse(serializePath(url), null);
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) {
        return serializeOrigin(inner);
      }
      return 'null';
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return url.scheme + '://' + url.host + (url.port !== null ? ':' + url.port : '');
  }
  return 'null';
}

// An opaque path loses its trailing spaces when the query and fragment that
// followed them go ('data:x  ?q' with search = '' is 'data:x').
function stripTrailingSpacesFromOpaquePath(url) {
  if (!url.hasOpaquePath() || url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

module.exports = {
  URLRecord: URLRecord,
  parse: parse,
  serialize: serialize,
  serializePath: serializePath,
  serializeOrigin: serializeOrigin,
  stripTrailingSpacesFromOpaquePath: stripTrailingSpacesFromOpaquePath,
  isSpecialScheme: isSpecialScheme,
  defaultPort: defaultPort,
  states: {
    SCHEME_START: SCHEME_START,
    HOST: HOST,
    HOSTNAME: HOSTNAME,
    PORT: PORT,
    PATH_START: PATH_START,
    QUERY: QUERY,
    FRAGMENT: FRAGMENT
  }
};
