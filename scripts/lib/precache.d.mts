export interface PrecacheFile {
  url: string
  bytes: number
}
export function precacheList(dist: string): { files: PrecacheFile[]; total: number; media: PrecacheFile[]; mediaBytes: number }
