'use strict';

// require('sys'): the old name of util (Node's lib/sys.js), deprecated since
// Node 1.0 with a warning on first use.
module.exports = require('util');
process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
