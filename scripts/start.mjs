#!/usr/bin/env node
// `npm start`: install if needed, build the kiosk, serve it on localhost.
// The kiosk runs on its embedded defaults: the demo workroom config, IndexedDB storage and the
// starter content — no server to install.
import { spawnSync, spawn } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const lock = 'package-lock.json'
const installed = 'node_modules/.package-lock.json'
if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  console.log('Installing dependencies (npm ci)…')
  run(npm, ['ci', '--no-audit', '--no-fund'])
}

console.log('Building the kiosk…')
run(npx, ['vite', 'build', '--logLevel', 'warn'])

const port = process.env.PORT ?? '4173'
console.log(`\nWorkroom kiosk: http://localhost:${port}/  (Ctrl+C to stop)\n`)
const server = spawn(npx, ['vite', 'preview', '--port', port, '--host', '127.0.0.1'], { stdio: 'inherit' })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig))
server.on('exit', (code) => process.exit(code ?? 0))
