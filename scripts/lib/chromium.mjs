// The system Chromium every test tool uses (never a downloaded one): CHROME_PATH, else
// /usr/bin/chromium, with the headless flags known to work on our machines (see the tooling notes).
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium'
export const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
