'use strict';

// What the HTTP server and client share (Node's lib/_http_common.js): the
// llhttp parser (internalBinding('http_parser'), modules/native/
// http_parser.cpp) with its three callbacks, a free list of parsers, and
// header-name and -value checks.
//
// The parser is fed each chunk a socket reads (parser.execute). Inside that
// call it calls back: onHeadersComplete makes the IncomingMessage and hands
// it to parser.onIncoming (the server's request handler or the client's
// response handler); onBody pushes body bytes into it; onMessageComplete
// pushes the end. So a request's 'request' event, its 'data' and its 'end'
// all happen inside the poll-phase callback that read the bytes (and the
// ticks after it). The parser records http.request / http.response /
// http.message.end with the socket's handle id.

var binding = internalBinding('http_parser');
var IncomingMessage = require('_http_incoming').IncomingMessage;

var HTTPParser = binding.HTTPParser;
var methods = binding.methods.slice();
var allMethods = methods.slice();
// Node 20's llhttp knows QUERY; Debian's llhttp 8 does not parse it, but the
// list is Node's.
methods.push('QUERY');
methods.sort();

function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url, statusCode,
                                 statusMessage, upgrade, shouldKeepAlive) {
  var parser = this;
  var socket = parser.socket;
  var incoming = parser.incoming = new IncomingMessage(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = versionMajor + '.' + versionMinor;
  incoming.url = url === undefined ? '' : url;
  incoming.upgrade = upgrade;
  var n = headers.length;
  if (parser.maxHeaderPairs > 0 && n > parser.maxHeaderPairs) n = parser.maxHeaderPairs;
  incoming._addHeaderLines(headers, n);
  if (typeof method === 'string') {
    incoming.method = method;
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return parser.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(b) {
  var stream = this.incoming;
  if (stream === null || stream === undefined) return;
  if (!stream._dumped) {
    var ret = stream.push(b);
    if (!ret) readStop(this.socket);
  }
}

function parserOnMessageComplete(trailers) {
  var parser = this;
  var stream = parser.incoming;
  if (stream !== null && stream !== undefined) {
    stream.complete = true;
    if (trailers !== undefined) stream._addHeaderLines(trailers, trailers.length);
    stream.push(null);
  }
  readStart(parser.socket);
}

// A small free list of parsers (Node keeps 1000 by default).
var freeParsers = [];
var maxFreeParsers = 1000;

function allocParser() {
  var parser = freeParsers.pop();
  if (parser === undefined) {
    parser = new HTTPParser();
    parser.onHeadersComplete = parserOnHeadersComplete;
    parser.onBody = parserOnBody;
    parser.onMessageComplete = parserOnMessageComplete;
    parser.socket = null;
    parser.incoming = null;
    parser.outgoing = null;
    parser.onIncoming = null;
    parser.maxHeaderPairs = 2000;
  }
  return parser;
}

var parsers = {
  alloc: allocParser,
  free: function (parser) {
    if (freeParsers.length < maxFreeParsers) freeParsers.push(parser);
  }
};

function cleanParser(parser) {
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = 2000;
  parser.onIncoming = null;
}

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser._consumed = false;
    cleanParser(parser);
    parser.remove = undefined;
    parsers.free(parser);
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

// A header name or method is checked on every setHeader/writeHead: the
// names already seen valid are remembered (a regular expression test costs
// ~3 us in Duktape, a property lookup a tenth of that).
var tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
var validTokens = Object.create(null);
var validTokenCount = 0;
function checkIsHttpToken(val) {
  if (validTokens[val] === true) return true;
  if (!tokenRegExp.test(val)) return false;
  if (validTokenCount < 1000) {
    validTokens[val] = true;
    validTokenCount++;
  }
  return true;
}

var headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer && parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = 'Parse Error: ' + err.reason;
}

function isLenient() {
  return false;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser: freeParser,
  methods: methods,
  allMethods: allMethods,
  parsers: parsers,
  HTTPParser: HTTPParser,
  isLenient: isLenient,
  prepareError: prepareError,
  readStart: readStart,
  readStop: readStop
};
