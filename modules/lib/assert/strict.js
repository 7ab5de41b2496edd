'use strict';

// require('assert/strict'): the strict assertion mode of the assert module,
// where equal/deepEqual/notEqual/notDeepEqual are the strict versions.

module.exports = require('assert').strict;
