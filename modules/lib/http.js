'use strict';

// The http module (Node's lib/http.js): HTTP/1.1 servers and clients on net.
// The parts are in _http_common (the llhttp parser), _http_incoming
// (IncomingMessage), _http_outgoing (OutgoingMessage), _http_server (Server,
// ServerResponse, STATUS_CODES), _http_client (ClientRequest) and
// _http_agent (Agent, the connection pool). With --trace, every parsed
// message head is recorded (http.request, http.response) on the socket's
// handle id, next to the socket's net.read and net.write events.

var common = require('_http_common');
var incoming = require('_http_incoming');
var outgoing = require('_http_outgoing');
var server = require('_http_server');
var client = require('_http_client');
var agent = require('_http_agent');

var ClientRequest = client.ClientRequest;
var Server = server.Server;

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  var req = request(url, options, cb);
  req.end();
  return req;
}

var maxHeaderSize = 16384;

module.exports = {
  _connectionListener: server._connectionListener,
  METHODS: common.methods.slice(),
  STATUS_CODES: server.STATUS_CODES,
  Agent: agent.Agent,
  ClientRequest: ClientRequest,
  IncomingMessage: incoming.IncomingMessage,
  OutgoingMessage: outgoing.OutgoingMessage,
  Server: Server,
  ServerResponse: server.ServerResponse,
  createServer: createServer,
  validateHeaderName: outgoing.validateHeaderName,
  validateHeaderValue: outgoing.validateHeaderValue,
  get: get,
  request: request,
  setMaxIdleHTTPParsers: function (max) { (void max); },
  maxHeaderSize: maxHeaderSize
};

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get: function () { return agent.globalAgent; },
  set: function (value) { agent.globalAgent = value; }
});
