#!/usr/bin/env node
// Node 22.1+ caches compiled code between runs (start-up): in <os tmpdir>/node-compile-cache, or
// where NODE_COMPILE_CACHE points; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Node 20 has no cache.
// The bundle is imported afterwards (dynamically), so that it is compiled with the cache on.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/bundle/main.js');
