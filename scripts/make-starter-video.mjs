#!/usr/bin/env node
// `node scripts/make-starter-video.mjs`: remakes the starter pack's short video from the
// project's own picture set (no outside assets): each panel of the phone-scam picture story is
// drawn in Chromium, held for 9 s, encoded with ffmpeg (Debian's `ffmpeg` package) as a small
// H.264 file without sound, and captioned in zh-Hans and en from the panels' own words. Updates
// the media entry's size in the pack. Needs /usr/bin/chromium (or CHROME_PATH) and ffmpeg.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { chromeFlags, chromePath } from './lib/chromium.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const content = join(root, 'packages/education/src/content')
const packFile = join(content, 'starter.zh-Hans-en.json')
const STORY = 'case-phone-scam'
const MEDIA = 'scam-call-video'
const SECONDS_PER_PANEL = 9

const pack = JSON.parse(readFileSync(packFile, 'utf8'))
const story = pack.cases.find((c) => c.id === STORY)
const media = pack.media.find((m) => m.id === MEDIA)
const tmp = mkdtempSync(join(tmpdir(), 'workroom-video-'))
try {
  // A page that draws each panel's picture at 640×480 with its number.
  const entry = join(tmp, 'frames.ts')
  writeFileSync(
    entry,
    `import { render, html } from 'lit'
import { picture, loadPictures } from '@workroom/core/illustrations'
await loadPictures()
const ids = ${JSON.stringify(story.panels.map((p) => p.picture))}
render(html\`\${ids.map((id, i) => html\`<div class="f" id="f\${i}">\${picture(id, id)}<span>\${i + 1}</span></div>\`)}\`, document.body)
;(window as any).ready = true`,
  )
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, conditions: ['source'], nodePaths: [join(root, 'node_modules')], tsconfig: join(root, 'tsconfig.json'), logLevel: 'silent' })
  const css = 'body{margin:0}.f{position:relative;width:640px;height:480px}.f svg{width:640px;height:480px;display:block}.f span{position:absolute;left:16px;top:16px;width:44px;height:44px;border-radius:50%;background:#0b5cad;color:#fff;font:700 26px/44px sans-serif;text-align:center}'
  const page = `<!doctype html><meta charset=utf-8><style>${css}</style><body><script type=module>${out.outputFiles[0].text.replaceAll('</script', '<\\/script')}</script>`
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags })
  const tab = await browser.newPage({ viewport: { width: 640, height: 480 } })
  await tab.setContent(page)
  await tab.waitForFunction('window.ready')
  for (let i = 0; i < story.panels.length; i++) await (await tab.$(`#f${i}`)).screenshot({ path: join(tmp, `frame${i}.png`) })
  await browser.close()

  const mp4 = join(content, media.src)
  execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-framerate', `1/${SECONDS_PER_PANEL}`, '-i', join(tmp, 'frame%d.png'), '-vf', 'fps=10,format=yuv420p', '-c:v', 'libx264', '-preset', 'veryslow', '-tune', 'stillimage', '-crf', '28', '-movflags', '+faststart', '-an', mp4])
  execFileSync('cp', [join(tmp, 'frame0.png'), join(content, media.poster)])
  const stamp = (s) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`
  for (const track of media.captions) {
    const cues = story.panels.map((p, i) => `${i + 1}\n${stamp(i * SECONDS_PER_PANEL)} --> ${stamp((i + 1) * SECONDS_PER_PANEL)}\n${p.text[track.lang]}\n`)
    writeFileSync(join(content, track.src), `WEBVTT\n\n${cues.join('\n')}`)
  }
  media.bytes = statSync(mp4).size
  media.seconds = story.panels.length * SECONDS_PER_PANEL
  writeFileSync(packFile, `${JSON.stringify(pack, null, 1)}\n`)
  console.log(`${media.src}: ${(media.bytes / 1024).toFixed(1)} KB, ${media.seconds} s, captions ${media.captions.map((c) => c.lang).join(' + ')}`)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
