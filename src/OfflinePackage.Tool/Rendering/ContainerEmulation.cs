using System.Collections.Generic;

namespace OfflinePackage.Tool.Rendering
{
    /// <summary>What makes headless Chromium look like the Nebula container to a page: a phone, its user agent, the JS bridge.</summary>
    internal static class ContainerEmulation
    {
        public const int ViewportWidth = 375;

        public const int ViewportHeight = 667;

        /// <summary>An Android WebView user agent with the tokens Nebula appends (pages sniff "NebulaSDK" and "AlipayClient").</summary>
        public const string UserAgent =
            "Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230901.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.0.0 Mobile Safari/537.36 " +
            "NebulaSDK/1.8.100112 Nebula mPaaSClient/10.2.3 AlipayClient/10.2.3 Language/zh-Hans";

        /// <summary>
        /// Runs before any script of the page: AlipayJSBridge whose call() is recorded and never answered (no native side
        /// here), and the AlipayJSBridgeReady event once the document is parsed, so pages that wait for the bridge go on.
        /// </summary>
        public const string BridgeScript = @"(() => {
  const calls = [];
  Object.defineProperty(window, '__offlinePackageBridgeCalls', { value: calls });
  const bridge = {
    call(name, params) {
      let text = '';
      try { text = params === undefined ? '' : JSON.stringify(params); } catch (e) { text = String(params); }
      calls.push({ name: String(name), params: (text || '').slice(0, 200) });
    },
    on() {}, off() {}, trigger() {}
  };
  window.AlipayJSBridge = bridge;
  const ready = () => setTimeout(() => document.dispatchEvent(new Event('AlipayJSBridgeReady')), 0);
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', ready, { once: true }); } else { ready(); }
})();";

        /// <summary>What the page shows: visible text and elements that paint (media, or a box with a background image).</summary>
        public const string VisibilityScript = @"(() => {
  const w = window.innerWidth, h = window.innerHeight;
  const shown = el => { const s = getComputedStyle(el); if (s.visibility === 'hidden' || s.display === 'none' || parseFloat(s.opacity) === 0) return false;
    const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < h && r.left < w; };
  let text = 0;
  const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { if (n.textContent.trim() && n.parentElement && shown(n.parentElement)) text += n.textContent.trim().length; }
  let elements = 0;
  for (const el of document.querySelectorAll('*')) {
    const media = /^(IMG|SVG|CANVAS|VIDEO|IFRAME|INPUT|BUTTON|SELECT|TEXTAREA|OBJECT|EMBED)$/i.test(el.tagName);
    if ((media || getComputedStyle(el).backgroundImage !== 'none') && el !== document.body && el !== document.documentElement && shown(el)) elements++;
  }
  return { text, elements };
})()";

        /// <summary>Launch flags known to work headless, as root, in containers, with nothing reaching the network by itself.</summary>
        public static IReadOnlyList<string> LaunchArguments(string userDataDir) => new[]
        {
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--user-data-dir=" + userDataDir,
        };
    }
}
