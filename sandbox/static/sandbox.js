// The sandbox page: a Slack-like client for one pretend workspace, talking to /sandbox/*.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const HISTORY_KEY = "mmbot-sandbox-history";
  const HISTORY_MAX = 50;

  const page = {
    user: localStorage.getItem("mmbot-sandbox-user") || "U0ANNA",
    place: { kind: "channel", id: "C0CONTACT" },
    data: null,
    version: null,
    poller: null,
    drawn: { place: "", user: "", count: 0, home: "", modal: "" },
    history: JSON.parse(sessionStorage.getItem(HISTORY_KEY) || "[]"),
    historyAt: -1,
    draft: "",
  };

  async function call(name, body, signal) {
    const response = await fetch("/sandbox/" + name, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ user: page.user, ...body }),
      signal,
    });
    if (!response.ok) throw new Error(name + ": HTTP " + response.status);
    return response.json();
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // -- names ---------------------------------------------------------------------------------

  const names = {
    userName(id) {
      const data = page.data;
      if (!data) return null;
      if (id === data.bot.id) return data.bot.name;
      const user = data.users.find((u) => u.id === id);
      return user ? user.name : null;
    },
    channelName(id) {
      const channel = page.data && page.data.channels.find((c) => c.id === id);
      return channel ? channel.name : null;
    },
  };

  function conversationId() {
    return page.place.kind === "channel" ? page.place.id : page.data.dm;
  }

  // -- polling -------------------------------------------------------------------------------

  async function poll() {
    const controller = new AbortController();
    page.poller = controller;
    let after = null;
    while (page.poller === controller) {
      try {
        const data = await call("state", { after }, controller.signal);
        if (page.poller !== controller) return;
        after = data.version;
        page.data = data;
        page.version = data.version;
        draw();
      } catch (error) {
        if (controller.signal.aborted) return;
        $("status").textContent = "The sandbox server is not answering; retrying…";
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  function restart() {
    if (page.poller) page.poller.abort();
    page.drawn = { place: "", user: "", count: 0, home: "", modal: "" };
    poll();
  }

  // -- drawing -------------------------------------------------------------------------------

  function draw() {
    $("status").textContent = "";
    drawSidebar();
    drawHeader();
    const placeKey = JSON.stringify(page.place) + page.user;
    const onHome = page.place.kind === "app" && page.place.tab === "home";
    $("messages").hidden = onHome;
    $("composer").hidden = onHome;
    $("home").hidden = !onHome;
    if (onHome) drawHome();
    else drawMessages(placeKey);
    drawModal();
  }

  function drawSidebar() {
    $("workspace-name").textContent = page.data.workspace;
    const list = $("channel-list");
    list.replaceChildren();
    page.data.channels.forEach((channel) => {
      const item = el("li");
      const link = el("button", "nav-item", "# " + channel.name);
      link.type = "button";
      link.dataset.channel = channel.id;
      if (page.place.kind === "channel" && page.place.id === channel.id) link.classList.add("active");
      link.addEventListener("click", () => go({ kind: "channel", id: channel.id }));
      item.append(link);
      list.append(item);
    });
    $("app-link").classList.toggle("active", page.place.kind === "app");
    const select = $("user-switch");
    if (!select.options.length) {
      page.data.users.forEach((user) => {
        const option = el("option", "", user.name + (user.admin ? " (administrator)" : " (member)"));
        option.value = user.id;
        select.append(option);
      });
    }
    select.value = page.user;
  }

  function drawHeader() {
    const inChannel = page.place.kind === "channel";
    const channel = inChannel && page.data.channels.find((c) => c.id === page.place.id);
    $("conversation-title").textContent = inChannel ? "# " + channel.name : page.data.bot.name;
    $("conversation-topic").textContent = inChannel ? channel.topic : "The app's Home tab and your messages with it.";
    $("app-tabs").hidden = inChannel;
    document.querySelectorAll("#app-tabs button").forEach((tab) => {
      tab.classList.toggle("active", !inChannel && tab.dataset.tab === page.place.tab);
    });
    $("report-controls").hidden = !(inChannel && page.place.id === "C0REPORTS");
    $("message-box").placeholder = inChannel ? "Message #" + channel.name + " — try /mmprofile help" : "Message mmbot — try /mmprofile help";
  }

  function drawMessages(placeKey) {
    const box = $("messages");
    const shown = page.data.messages.filter((m) => m.channel === conversationId());
    if (page.drawn.place !== placeKey) {
      box.replaceChildren();
      page.drawn.place = placeKey;
      page.drawn.count = 0;
      if (!shown.length) box.append(emptyHint());
    }
    if (shown.length === page.drawn.count) return;
    const empty = box.querySelector(".empty");
    if (empty) empty.remove();
    shown.slice(page.drawn.count).forEach((message) => box.append(messageNode(message)));
    page.drawn.count = shown.length;
    box.scrollTop = box.scrollHeight;
  }

  function emptyHint() {
    const hint = el("div", "empty");
    hint.append(el("p", "", "Nothing here yet. Try one of these in the message box below:"));
    const list = el("ul");
    ["/mmprofile help", "/mmprofile list all", "/mmprofile create", "/mmprofile assign", "/mmprofile report"].forEach((text) => {
      const item = el("li");
      const pick = el("button", "hint", text);
      pick.type = "button";
      pick.addEventListener("click", () => {
        $("message-box").value = text;
        $("message-box").focus();
      });
      item.append(pick);
      list.append(item);
    });
    hint.append(list);
    return hint;
  }

  function author(message) {
    if (message.user === "USLACKBOT") return "Slackbot";
    return names.userName(message.user) || message.user;
  }

  function messageNode(message) {
    const node = el("article", "message");
    node.dataset.ts = message.ts;
    if (message.ephemeral) node.classList.add("ephemeral");
    if (message.command) node.classList.add("command-echo");
    if (message.bot_id) node.classList.add("from-app");
    const name = author(message);
    const avatar = el("div", "avatar", name.slice(0, 1).toUpperCase());
    avatar.setAttribute("aria-hidden", "true");
    const content = el("div", "content");
    const meta = el("div", "meta");
    meta.append(el("span", "author", name));
    if (message.bot_id) meta.append(el("span", "badge", "APP"));
    const when = new Date(Number(message.ts.split(".")[0]) * 1000);
    meta.append(el("time", "time", when.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })));
    if (message.ephemeral) meta.append(el("span", "only-you", "Only visible to you"));
    content.append(meta);
    if (message.blocks && message.blocks.length) {
      content.append(BlockKit.render(message.blocks, blockContext({ channel: message.channel, ts: message.ts, ephemeral: Boolean(message.ephemeral) })));
    } else {
      content.append(Mrkdwn.render(message.text, names));
    }
    node.append(avatar, content);
    return node;
  }

  function drawHome() {
    const home = page.data.home;
    const key = home ? home.id + home.hash : "none";
    if (page.drawn.home === key) return;
    page.drawn.home = key;
    const box = $("home");
    box.replaceChildren();
    if (!home) {
      box.append(el("p", "empty", "Opening the Home tab…"));
      return;
    }
    box.append(BlockKit.render(home.blocks, blockContext({ view_id: home.id })));
  }

  function drawModal() {
    const layer = $("modal-layer");
    const top = page.data.modals[page.data.modals.length - 1];
    if (!top) {
      layer.hidden = true;
      layer.replaceChildren();
      page.drawn.modal = "";
      return;
    }
    const view = top.view;
    const key = view.id + view.hash;
    if (page.drawn.modal !== key) {
      const shown = layer.querySelector(".modal");
      const body = layer.querySelector(".modal-body");
      const previous = shown && shown.dataset.viewId === view.id && body ? body.values() : null;
      page.drawn.modal = key;
      layer.replaceChildren(Dialogs.modal(view, call, blockContext, previous));
      layer.hidden = false;
      const first = layer.querySelector("input, textarea, select");
      if (first) first.focus();
    }
    const stray = BlockKit.showErrors(layer, top.errors);
    const problem = layer.querySelector(".modal-problem");
    if (stray.length) problem.textContent = "Errors for blocks this form does not have: " + stray.join("; ");
  }

  function blockContext(where, values) {
    return {
      names,
      channels: page.data.channels,
      onAction: (action) => call("action", { action, where, values: values ? values() : {} }),
      onSuggest: (element, value) => call("suggest", { view_id: where.view_id, element, value, values: values ? values() : {} }),
      confirm: (object) => Dialogs.confirm(object, $("confirm-layer"), names),
    };
  }

  // -- navigation and the message box --------------------------------------------------------

  function go(place) {
    page.place = place;
    page.drawn.place = "";
    page.drawn.home = "";
    if (place.kind === "app" && place.tab === "home") call("home", {});
    if (page.data) draw();
  }

  function remember(text) {
    if (page.history[page.history.length - 1] !== text) page.history.push(text);
    page.history = page.history.slice(-HISTORY_MAX);
    sessionStorage.setItem(HISTORY_KEY, JSON.stringify(page.history));
    page.historyAt = -1;
  }

  function browseHistory(event) {
    const box = $("message-box");
    const up = event.key === "ArrowUp";
    if (!up && event.key !== "ArrowDown") return;
    const onFirstLine = !box.value.slice(0, box.selectionStart).includes("\n");
    const onLastLine = !box.value.slice(box.selectionEnd).includes("\n");
    if ((up && !onFirstLine) || (!up && !onLastLine) || !page.history.length) return;
    if (!up && page.historyAt === -1) return;
    event.preventDefault();
    if (page.historyAt === -1) {
      page.draft = box.value;
      page.historyAt = page.history.length;
    }
    page.historyAt += up ? -1 : 1;
    if (page.historyAt < 0) page.historyAt = 0;
    if (page.historyAt >= page.history.length) {
      page.historyAt = -1;
      box.value = page.draft;
    } else {
      box.value = page.history[page.historyAt];
    }
  }

  async function send(event) {
    event.preventDefault();
    const box = $("message-box");
    const text = box.value.trim();
    if (!text) return;
    box.value = "";
    remember(text);
    await call("send", { channel: conversationId(), text });
  }

  function start() {
    $("composer").addEventListener("submit", send);
    $("message-box").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey) send(event);
      else browseHistory(event);
    });
    $("user-switch").addEventListener("change", (event) => {
      page.user = event.target.value;
      localStorage.setItem("mmbot-sandbox-user", page.user);
      if (page.place.kind === "app" && page.place.tab === "home") call("home", {});
      restart();
    });
    $("app-link").addEventListener("click", () => go({ kind: "app", tab: "home" }));
    document.querySelectorAll("#app-tabs button").forEach((tab) => {
      tab.addEventListener("click", () => go({ kind: "app", tab: tab.dataset.tab }));
    });
    $("post-report").addEventListener("click", async () => {
      const answer = await call("report", {});
      $("report-result").textContent = answer.result;
    });
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !$("modal-layer").hidden && $("confirm-layer").hidden) {
        const close = $("modal-layer").querySelector(".modal-x");
        if (close) close.click();
      }
    });
    poll();
  }

  document.addEventListener("DOMContentLoaded", start);
})();
