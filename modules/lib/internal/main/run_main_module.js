'use strict';

// Runs the main script (Node's lib/internal/main/run_main_module.js): the
// CommonJS loader resolves it, compiles it in the module wrapper and runs it.

var mainPath = internalBinding('process_methods').mainPath;
require('internal/modules/cjs/loader').Module.runMain(mainPath);
