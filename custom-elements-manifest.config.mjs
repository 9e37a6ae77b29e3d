// Custom Elements Manifest (`npm run analyze`): the root custom-elements.json (Storybook's docs
// and controls read it) and one per package (packages/<p>/custom-elements.json, published with
// the package and named by its "customElements" field, with paths pointing into dist/).
import { writeFileSync, existsSync } from 'node:fs'
import { posix } from 'node:path'

/**
 * Our elements register through `defineElement('wr-x', WrX)` (a guarded customElements.define),
 * which the analyzer does not know: record those calls as definitions, like define() calls.
 */
function defineElementCalls() {
  return {
    name: 'workroom-define-element',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return
      const [tag, cls] = node.arguments
      if (!tag || !ts.isStringLiteral(tag) || !cls || !ts.isIdentifier(cls)) return
      const imported = context.imports?.find((i) => i.name === cls.text && !i.isBareModuleSpecifier)
      const module = imported
        ? posix.join(posix.dirname(moduleDoc.path), imported.importPath).replace(/\.js$/, '.ts')
        : moduleDoc.path
      moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration: { name: cls.text, module } }]
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) if (d.kind === 'class' && d.tagName) d.customElement = true
      }
    },
  }
}

/** Splits the root manifest by package and rewrites each package's own paths to its built files. */
function perPackageManifests() {
  return {
    name: 'workroom-per-package-manifests',
    packageLinkPhase({ customElementsManifest }) {
      const byPackage = new Map()
      for (const mod of customElementsManifest.modules) {
        const p = mod.path.match(/^packages\/([^/]+)\/src\//)?.[1]
        if (!p) continue
        byPackage.set(p, [...(byPackage.get(p) ?? []), mod])
      }
      for (const [p, modules] of byPackage) {
        // Only packages that ship elements (not the DOM-free rule engine).
        if (!existsSync(`packages/${p}/package.json`) || !modules.some((m) => m.declarations?.some((d) => d.customElement))) continue
        const own = new RegExp(`packages/${p}/src/([^"]+?)\\.ts"`, 'g')
        const json = JSON.stringify({ ...customElementsManifest, modules }, null, 2).replace(own, 'dist/$1.js"')
        writeFileSync(`packages/${p}/custom-elements.json`, json + '\n')
      }
    },
  }
}

export default {
  globs: ['packages/*/src/**/*.ts', 'kiosk/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.d.ts', '**/locales/**', '**/node_modules/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [defineElementCalls(), perPackageManifests()],
}
