// What old county CMS pages load before anything else: prototype extensions (Prototype.js and
// MooTools style, all enumerable), an AMD loader (RequireJS style) and a jQuery global.
Object.prototype.extend = function (source) {
  for (var k in source) this[k] = source[k]
  return this
}
Object.prototype.toJSONString = function () {
  return JSON.stringify(this)
}
Array.prototype.remove = function (item) {
  var i = this.indexOf(item)
  if (i >= 0) this.splice(i, 1)
  return this
}
Array.prototype.each = function (fn) {
  for (var i = 0; i < this.length; i++) fn(this[i], i)
}
Array.prototype.contains = function (item) {
  return this.indexOf(item) >= 0
}
String.prototype.format = function () {
  var args = arguments
  return this.replace(/\{(\d+)\}/g, function (m, i) {
    return args[i]
  })
}
String.prototype.trimAll = function () {
  return this.replace(/\s+/g, '')
}
Function.prototype.delay = function (ms) {
  setTimeout(this, ms)
}

var modules = {}
window.define = function (name, deps, factory) {
  if (typeof name !== 'string') {
    factory = deps
    deps = name
    name = 'anonymous'
  }
  if (typeof deps === 'function') factory = deps
  modules[name] = typeof factory === 'function' ? factory() : factory
}
window.define.amd = { jQuery: true }
window.require = function (deps, callback) {
  if (callback) callback.apply(null, deps.map(function (d) { return modules[d] }))
}

window.jQuery = window.$ = function (selector) {
  var nodes = typeof selector === 'string' ? document.querySelectorAll(selector) : [selector]
  return {
    length: nodes.length,
    ready: function (fn) {
      document.addEventListener('DOMContentLoaded', fn)
    },
    on: function (type, fn) {
      for (var i = 0; i < nodes.length; i++) nodes[i].addEventListener(type, fn)
    },
  }
}
window.jQuery.fn = {}
window.jQuery.extend = function (a, b) {
  for (var k in b) a[k] = b[k]
  return a
}
window.$(document).ready(function () {
  window.$(".search button").on('click', function () {})
})
