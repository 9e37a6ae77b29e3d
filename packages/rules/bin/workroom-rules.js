#!/usr/bin/env node
// Runs the built CLI (npm run build makes dist/).
import("../dist/cli.js").catch((e) => {
  console.error(e.code === "ERR_MODULE_NOT_FOUND" ? "Run npm run build first." : e)
  process.exit(2)
})
