// Slack mrkdwn as DOM nodes. Text only ever becomes text nodes: nothing is parsed as HTML.
"use strict";

(function () {
  const INLINE = /`([^`\n]+)`|<([^<>\n]+)>|(?<![\w*])\*(?!\s)([^*\n]+?)\*(?![\w*])|(?<![\w_])_(?!\s)([^_\n]+?)_(?![\w_])|(?<![\w~])~(?!\s)([^~\n]+?)~(?![\w~])/g;
  const EMOJI = {
    white_check_mark: "\u2705", warning: "\u26a0\ufe0f", x: "\u274c", wave: "\ud83d\udc4b",
    bar_chart: "\ud83d\udcca", tada: "\ud83c\udf89", information_source: "\u2139\ufe0f",
    hourglass: "\u231b", lock: "\ud83d\udd12", bell: "\ud83d\udd14", memo: "\ud83d\udcdd",
  };

  // Slack escapes exactly these three; everything else arrives as it is.
  function unescape(text) {
    return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  }

  function emoji(text) {
    return text.replace(/:([a-z0-9_+-]+):/g, (whole, name) => EMOJI[name] || whole);
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function formatDate(seconds, format, fallback) {
    const when = new Date(Number(seconds) * 1000);
    if (Number.isNaN(when.getTime())) return fallback;
    if (format.includes("{time}")) return when.toLocaleString();
    return when.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
  }

  function entity(inner, ctx) {
    const [target, label] = splitOnce(inner, "|");
    if (target.startsWith("@")) {
      const name = (ctx.userName && ctx.userName(target.slice(1))) || label || target.slice(1);
      return el("span", "mention", "@" + name);
    }
    if (target.startsWith("#")) {
      const name = label || (ctx.channelName && ctx.channelName(target.slice(1))) || target.slice(1);
      return el("span", "mention channel-mention", "#" + name);
    }
    if (target.startsWith("!date^")) {
      const [, seconds, format] = target.split("^");
      return el("time", "date", formatDate(seconds, format || "", unescape(label || "")));
    }
    if (target.startsWith("!subteam^")) return el("span", "mention", unescape(label || "@group"));
    if (target.startsWith("!")) return el("span", "mention", "@" + target.slice(1));
    const url = unescape(target);
    if (/^(https?:|mailto:)/i.test(url)) {
      const link = el("a", "link", unescape(label || url));
      link.href = url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      return link;
    }
    return document.createTextNode(unescape("<" + inner + ">"));
  }

  function splitOnce(text, separator) {
    const at = text.indexOf(separator);
    return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + 1)];
  }

  function inline(text, ctx, parent) {
    let position = 0;
    for (const match of text.matchAll(INLINE)) {
      if (match.index > position) parent.append(emoji(unescape(text.slice(position, match.index))));
      if (match[1] !== undefined) parent.append(el("code", "inline-code", unescape(match[1])));
      else if (match[2] !== undefined) parent.append(entity(match[2], ctx));
      else {
        const tag = match[3] !== undefined ? "strong" : match[4] !== undefined ? "em" : "s";
        const node = el(tag);
        inline(match[3] ?? match[4] ?? match[5], ctx, node);
        parent.append(node);
      }
      position = match.index + match[0].length;
    }
    if (position < text.length) parent.append(emoji(unescape(text.slice(position))));
  }

  function lines(text, ctx, parent) {
    const all = text.split("\n");
    let quote = null;
    all.forEach((line, index) => {
      if (line.startsWith("&gt; ") || line === "&gt;") {
        if (!quote) {
          quote = el("blockquote");
          parent.append(quote);
        } else quote.append(el("br"));
        inline(line.replace(/^&gt; ?/, ""), ctx, quote);
        return;
      }
      quote = null;
      inline(line, ctx, parent);
      if (index < all.length - 1) parent.append(el("br"));
    });
  }

  // `ctx` may name users and channels: {userName(id), channelName(id)}.
  function render(text, ctx) {
    const root = el("div", "mrkdwn");
    const source = String(text || "");
    let position = 0;
    for (const match of source.matchAll(/```([\s\S]*?)```/g)) {
      if (match.index > position) lines(source.slice(position, match.index).replace(/\n$/, ""), ctx || {}, root);
      root.append(el("pre", "code-block", unescape(match[1].replace(/^\n/, "").replace(/\n$/, ""))));
      position = match.index + match[0].length;
    }
    if (position < source.length) lines(source.slice(position).replace(/^\n/, ""), ctx || {}, root);
    return root;
  }

  function plain(text) {
    return emoji(String(text || ""));
  }

  window.Mrkdwn = { render, plain, unescape };
})();
