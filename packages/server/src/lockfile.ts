// PGlite does not refuse a second process on the same data directory, and that process then
// silently loses writes. The service holds its own lock file, and knows a stale one (its process gone).
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'

export interface DirectoryLock {
  readonly path: string
  release(): void
}

export class DirectoryInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
    readonly since: string,
  ) {
    super(`The data directory ${dir} is in use by another process (pid ${pid}, since ${since}). Stop that process first, or start this one with another --data directory.`)
    this.name = 'DirectoryInUseError'
  }
}

interface LockInfo {
  pid: number
  host: string
  since: string
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes `<dir>/workroom.lock` (creating the directory), or throws DirectoryInUseError. */
export function acquireDirectoryLock(dir: string): DirectoryLock {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'workroom.lock')
  const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600)
      writeSync(fd, JSON.stringify(info) + '\n')
      closeSync(fd)
      let held = true
      const release = () => {
        if (!held) return
        held = false
        process.off('exit', release)
        try {
          const now = JSON.parse(readFileSync(path, 'utf8')) as LockInfo
          if (now.pid === process.pid) unlinkSync(path)
        } catch {
          // already gone
        }
      }
      process.on('exit', release)
      return { path, release }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    let other: LockInfo | undefined
    try {
      other = JSON.parse(readFileSync(path, 'utf8')) as LockInfo
    } catch {
      other = undefined // half-written or unreadable: treat as stale
    }
    // A lock from another machine (a shared disk) cannot be checked: never take it over.
    if (other && (other.host !== info.host || alive(other.pid))) throw new DirectoryInUseError(dir, other.pid, other.since)
    try {
      unlinkSync(path)
    } catch {
      // another starter removed it first; try again
    }
  }
  throw new DirectoryInUseError(dir, -1, 'unknown')
}
