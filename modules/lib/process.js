'use strict';

// require('process'): the process object itself (Node's lib/process.js).
module.exports = process;
