// An empty script: measures start-up and the runtime's base memory.
