'use strict';

// The url module (Node's lib/url.js): the WHATWG URL API from internal/url,
// and the legacy API, url.parse / url.format / url.resolve, which predates
// the URL Standard and keeps its own (lenient, RFC 1808-era) rules:
//
//   url.parse('http://user:pw@Host.com:8080/p/a/t/h?query=string#hash')
//   -> Url { protocol: 'http:', slashes: true, auth: 'user:pw',
//            host: 'host.com:8080', port: '8080', hostname: 'host.com',
//            hash: '#hash', search: '?query=string', query: 'query=string',
//            pathname: '/p/a/t/h', path: '/p/a/t/h?query=string', href: ... }
//
// Backslashes before the query become slashes, whitespace around the input
// goes, the host ends at the first of / ? # (or at a character no host may
// hold, which starts the path instead), the hostname is lower-cased and made
// ASCII (Punycode), and characters that are unsafe in a URL are escaped.
// The rules below follow Node's function by function, with its quirks.

var internalUrl = require('internal/url');
var querystring = require('querystring');
var internalQs = require('internal/querystring');
var idna = require('internal/idna');
var errors = require('internal/errors');
var validators = require('internal/validators');

var URL = internalUrl.URL;
var unsafeProtocol = internalUrl.unsafeProtocol;
var hostlessProtocol = internalUrl.hostlessProtocol;
var slashedProtocol = internalUrl.slashedProtocol;
var ERR_INVALID_ARG_TYPE = errors.codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_URL = errors.registerCode('ERR_INVALID_URL', 'Invalid URL', TypeError);

function has(set, key) {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(set, key);
}

function invalidUrl(input) {
  var err = new ERR_INVALID_URL();
  err.input = input;
  return err;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

var protocolPattern = /^[a-z0-9.+-]+:/i;
var portPattern = /:[0-9]*$/;
var hostPattern = /^\/\/[^@/]+@[^@/]+/;
// A plain path ('/a/b?c'), which needs none of the work below.
var simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
var hostnameMaxLen = 255;

// Characters a hostname made by toASCII must not hold (an IPv6 one may hold
// [ ] and :).
var forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
var forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  var urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function isIpv6Hostname(hostname) {
  return hostname.charAt(0) === '[' && hostname.charAt(hostname.length - 1) === ']';
}

function isWhitespace(code) {
  return code < 33 || code === 0xA0 || code === 0xFEFF;
}

// Trims the input and turns backslashes into slashes up to the first ? or #.
// Returns [rest, hasHash, hasAt]: whether there is a '#' anywhere, and an
// '@' before the first ? or #.
function cleanLegacyInput(url) {
  var start = 0;
  var end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  var rest = start === 0 && end === url.length ? url : url.slice(start, end);
  var split = rest.search(splitChars);
  var head = split === -1 ? rest : rest.slice(0, split);
  if (head.indexOf('\\') !== -1) {
    rest = head.replace(backslashes, '/') + (split === -1 ? '' : rest.slice(split));
  }
  return [rest, rest.indexOf('#') !== -1, head.indexOf('@') !== -1];
}

var splitChars = /[?#]/;
var backslashes = /\\/g;

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validators.validateString(url, 'url');
  var cleaned = cleanLegacyInput(url);
  var rest = cleaned[0];

  if (!slashesDenoteHost && !cleaned[1] && !cleaned[2]) {
    var simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  var proto = protocolPattern.exec(rest);
  var lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // '//host/...' has a host when there is a protocol, when asked to, or
  // when it reads as user@host.
  var slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charAt(0) === '/' && rest.charAt(1) === '/';
    if (slashes && !(proto && has(hostlessProtocol, lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!has(hostlessProtocol, lowerProto) && (slashes || (proto && !has(slashedProtocol, proto)))) {
    rest = this.parseAuthorityAndHost(rest, url);
  }

  // Escape what RFC 2396 calls delimiters and unwise characters (and ').
  if (!has(unsafeProtocol, lowerProto)) rest = autoEscapeStr(rest);

  var questionIdx = -1;
  var hashIdx = -1;
  for (var i = 0; i < rest.length; i++) {
    var ch = rest.charAt(i);
    if (ch === '#') {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (ch === '?' && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    if (hashIdx === -1) {
      this.search = rest.slice(questionIdx);
      this.query = rest.slice(questionIdx + 1);
    } else {
      this.search = rest.slice(questionIdx, hashIdx);
      this.query = rest.slice(questionIdx + 1, hashIdx);
    }
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }

  var firstIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (has(slashedProtocol, lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  // http.request reads path.
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');

  this.href = this.format();
  return this;
};

// Reads auth@host:port from the front of `rest`; returns what follows.
// The host ends at the first / ? #; before the last '@' anything goes
// (that is the auth); a character no host may hold ends the host and
// starts the path.
Url.prototype.parseAuthorityAndHost = function (rest, url) {
  var hostEnd = -1;
  var atSign = -1;
  var nonHost = -1;
  for (var i = 0; i < rest.length; i++) {
    switch (rest.charAt(i)) {
      case '\t':
      case '\n':
      case '\r':
        // The WHATWG parser drops these; so does this one.
        rest = rest.slice(0, i) + rest.slice(i + 1);
        i -= 1;
        break;
      case ' ':
      case '"':
      case '%':
      case "'":
      case ';':
      case '<':
      case '>':
      case '\\':
      case '^':
      case '`':
      case '{':
      case '|':
      case '}':
        if (nonHost === -1) nonHost = i;
        break;
      case '#':
      case '/':
      case '?':
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case '@':
        atSign = i;
        nonHost = -1;
        break;
    }
    if (hostEnd !== -1) break;
  }
  var start = 0;
  if (atSign !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    this.host = rest.slice(start);
    rest = '';
  } else {
    this.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }

  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  var hostname = this.hostname;
  var ipv6Hostname = isIpv6Hostname(hostname);
  if (!ipv6Hostname) rest = splitInvalidHostname(this, rest, hostname, url);

  if (this.hostname.length > hostnameMaxLen) {
    this.hostname = '';
  } else {
    this.hostname = this.hostname.toLowerCase();
  }

  if (this.hostname !== '') {
    if (ipv6Hostname) {
      if (forbiddenHostCharsIpv6.test(this.hostname)) throw invalidUrl(url);
    } else {
      var ascii = idna.toASCII(this.hostname);
      this.hostname = ascii === null ? '' : ascii;
      // toASCII must not have made a hostname that is empty or that holds
      // what the loop above keeps out of one.
      if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) throw invalidUrl(url);
    }
  }

  this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');

  // The hostname loses the brackets; host keeps them.
  if (ipv6Hostname) {
    this.hostname = this.hostname.slice(1, -1);
    if (rest.charAt(0) !== '/') rest = '/' + rest;
  }
  return rest;
};

var warnInvalidPort = true;

// A hostname holding / \ # ? or : is cut there, the rest going to the path
// (a ':' there means an invalid port, which only earns a warning).
function splitInvalidHostname(self, rest, hostname, url) {
  for (var i = 0; i < hostname.length; i++) {
    var ch = hostname.charAt(i);
    if (ch === '/' || ch === '\\' || ch === '#' || ch === '?' || ch === ':') {
      if (warnInvalidPort && ch === ':') {
        process.emitWarning('The URL ' + url + ' is invalid. Future versions of Node.js will throw an error.',
          'DeprecationWarning', 'DEP0170');
        warnInvalidPort = false;
      }
      self.hostname = hostname.slice(0, i);
      return '/' + hostname.slice(i) + rest;
    }
  }
  return rest;
}

var autoEscapes = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D'
};

function autoEscapeStr(rest) {
  if (!/[\t\n\r "'<>\\^`{|}]/.test(rest)) return rest;
  return rest.replace(/[\t\n\r "'<>\\^`{|}]/g, function (ch) { return autoEscapes[ch]; });
}

// 'host.com:8080' -> port '8080', hostname 'host.com'.
Url.prototype.parseHost = function parseHost() {
  var host = this.host;
  var port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

// Characters auth keeps as they are: A-Z a-z 0-9 ! - . _ ~ ' ( ) * :
var noEscapeAuth = internalQs.makeNoEscape(internalQs.ALNUM + "!-._~'()*:");

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    var fragment = true;
    var unicode = false;
    var search = true;
    var auth = true;
    if (options) {
      validators.validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return internalUrl.formatURL(urlObject, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

Url.prototype.format = function format() {
  var auth = this.auth || '';
  if (auth) auth = internalQs.encodeStr(auth, noEscapeAuth, internalQs.hexTable) + '@';
  var protocol = this.protocol || '';
  var pathname = this.pathname || '';
  var hash = this.hash || '';
  var host = '';
  var query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.indexOf(':') !== -1 && !isIpv6Hostname(this.hostname) ?
      '[' + this.hostname + ']' : this.hostname);
    if (this.port) host += ':' + this.port;
  }

  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  var search = this.search || (query && ('?' + query)) || '';

  if (protocol && protocol.charAt(protocol.length - 1) !== ':') protocol += ':';

  pathname = pathname.replace(/[#?]/g, function (ch) { return ch === '#' ? '%23' : '%3F'; });

  // Only the slashed protocols get '//' (not mailto:, xmpp:, ...), unless
  // the URL had them.
  if (this.slashes || has(slashedProtocol, protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.slice(0, 4) === 'file') {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
  if (search && search.charAt(0) !== '?') search = '?' + search;
  return protocol + host + pathname + search + hash;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function assign(target, source) {
  var keys = Object.keys(source);
  for (var i = 0; i < keys.length; i++) target[keys[i]] = source[keys[i]];
  return target;
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// Resolves `relative` against this URL as a browser resolves a link
// (RFC 1808 with Node's adjustments), step by step as Node does.
Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    var rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  var result = assign(new Url(), this);

  // The hash always comes from the relative URL, even '' removes it.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // '//host/path' keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    var keys = Object.keys(relative);
    for (var k = 0; k < keys.length; k++) {
      if (keys[k] !== 'protocol') result[keys[k]] = relative[keys[k]];
    }
    if (has(slashedProtocol, result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: a known one must have a host (file: drops it), and
    // anything else is taken as absolute.
    if (!has(slashedProtocol, relative.protocol)) {
      assign(result, relative);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !has(hostlessProtocol, relative.protocol)) {
      var relPathParts = (relative.pathname || '').split('/');
      while (relPathParts.length && !(relative.host = relPathParts.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPathParts[0] !== '') relPathParts.unshift('');
      if (relPathParts.length < 2) relPathParts.unshift('');
      result.pathname = relPathParts.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  var isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  var isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  var mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  var removeAllDots = mustEndAbs;
  var srcPath = (result.pathname && result.pathname.split('/')) || [];
  var relPath = (relative.pathname && relative.pathname.split('/')) || [];
  var noLeadingSlashes = result.protocol && !has(slashedProtocol, result.protocol);

  // A URL without slashes ('mailto:a@b'): its host is the first path part,
  // so that '..' can climb to it.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') {
        srcPath[0] = result.host;
      } else {
        srcPath.unshift(result.host);
      }
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') {
          relPath[0] = relative.host;
        } else {
          relPath.unshift(relative.host);
        }
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  var authInHost;
  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path: it replaces the last segment.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query ('?foo').
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      // 'mailto:local1@domain1' can leave the auth in the host.
      authInHost = result.host && result.host.indexOf('@') > 0 && result.host.split('@');
      if (authInHost) {
        result.auth = authInHost.shift();
        result.host = result.hostname = authInHost.shift();
      }
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  // A path that ends in . or .. gets a trailing slash; one that ends in
  // anything else does not.
  var last = srcPath.slice(-1)[0];
  var hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Drop '.', and '..' with the segment before it; `up` counts the '..'
  // that climb above the root.
  var up = 0;
  for (var i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }

  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }

  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');

  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  var isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  // Put the host back.
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
    if (authInHost) {
      result.auth = authInHost.shift();
      result.host = result.hostname = authInHost.shift();
    }
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (!srcPath.length) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = srcPath.join('/');
  }

  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

function pathToFileURL(path, options) {
  validators.validateString(path, 'path');
  return internalUrl.pathToFileURL(path, options);
}

module.exports = {
  // The legacy API.
  Url: Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // The WHATWG API.
  URL: URL,
  URLSearchParams: internalUrl.URLSearchParams,
  domainToASCII: internalUrl.domainToASCII,
  domainToUnicode: internalUrl.domainToUnicode,

  // Utilities.
  pathToFileURL: pathToFileURL,
  fileURLToPath: internalUrl.fileURLToPath,
  urlToHttpOptions: internalUrl.urlToHttpOptions
};
