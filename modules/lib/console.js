'use strict';

// The global console: a Console on process.stdout and process.stderr.

var Console = require('internal/console/constructor').Console;

var globalConsole = new Console({ stdout: process.stdout, stderr: process.stderr });
globalConsole.Console = Console;

module.exports = globalConsole;
