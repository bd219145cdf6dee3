// Block Kit as Slack draws it: layout blocks, interactive elements and modal inputs.
// Every string from a view goes into textContent or a form control's value, never into HTML.
"use strict";

(function () {
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function textOf(object, ctx) {
    if (!object) return el("span");
    if (object.type === "mrkdwn" && !object.verbatim) return Mrkdwn.render(object.text, ctx.names);
    if (object.type === "mrkdwn") return el("span", "verbatim", Mrkdwn.unescape(object.text || ""));
    return el("span", "plain", Mrkdwn.plain(object.text));
  }

  function plainString(object) {
    return object ? String(object.text || "") : "";
  }

  function optionState(option) {
    if (!option) return null;
    const copy = { text: option.text, value: option.value };
    if (option.description) copy.description = option.description;
    return copy;
  }

  // -- buttons and confirmation ---------------------------------------------------------------

  function button(element, blockId, ctx) {
    const node = el("button", "bk-button" + (element.style ? " bk-" + element.style : ""));
    node.type = "button";
    node.append(textOf(element.text, ctx));
    node.dataset.actionId = element.action_id || "";
    if (element.url && /^https?:/i.test(element.url)) node.title = element.url;
    node.addEventListener("click", async () => {
      if (element.confirm && !(await ctx.confirm(element.confirm))) return;
      ctx.onAction({
        type: "button",
        action_id: element.action_id,
        block_id: blockId,
        text: element.text,
        value: element.value,
        style: element.style,
      });
    });
    return node;
  }

  // An overflow menu: a "…" button that lists its options; choosing one sends
  // block_actions with the chosen option, as Slack does (after its confirm, if any).
  function overflow(element, blockId, ctx) {
    const box = el("div", "bk-overflow");
    const toggle = el("button", "bk-button bk-overflow-button", "\u22ef");
    toggle.type = "button";
    toggle.setAttribute("aria-label", "More actions");
    toggle.setAttribute("aria-haspopup", "menu");
    toggle.setAttribute("aria-expanded", "false");
    toggle.dataset.actionId = element.action_id || "";
    const menu = el("ul", "bk-options bk-overflow-menu");
    menu.setAttribute("role", "menu");
    menu.hidden = true;
    const close = () => {
      menu.hidden = true;
      toggle.setAttribute("aria-expanded", "false");
      document.removeEventListener("mousedown", outside, true);
      document.removeEventListener("keydown", escape, true);
    };
    const outside = (event) => { if (!box.contains(event.target)) close(); };
    const escape = (event) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      close();
      toggle.focus();
    };
    (element.options || []).forEach((option) => {
      const item = el("li", "bk-option", plainString(option.text));
      item.setAttribute("role", "menuitem");
      item.tabIndex = -1;
      item.addEventListener("click", async () => {
        close();
        if (element.confirm && !(await ctx.confirm(element.confirm))) return;
        ctx.onAction({ type: "overflow", action_id: element.action_id, block_id: blockId, selected_option: optionState(option) });
      });
      menu.append(item);
    });
    toggle.addEventListener("click", () => {
      if (!menu.hidden) { close(); return; }
      menu.hidden = false;
      toggle.setAttribute("aria-expanded", "true");
      document.addEventListener("mousedown", outside, true);
      document.addEventListener("keydown", escape, true);
    });
    box.append(toggle, menu);
    return box;
  }

  // -- inputs ---------------------------------------------------------------------------------

  function nativeSelect(options, groups, placeholder, initialValue) {
    const select = el("select", "bk-select");
    const empty = el("option", "", placeholder || "Select an item");
    empty.value = "";
    select.append(empty);
    const byValue = new Map();
    const add = (parent, option) => {
      const node = el("option", "", plainString(option.text));
      node.value = option.value;
      byValue.set(option.value, option);
      parent.append(node);
    };
    (options || []).forEach((option) => add(select, option));
    (groups || []).forEach((group) => {
      const node = el("optgroup");
      node.label = plainString(group.label);
      (group.options || []).forEach((option) => add(node, option));
      select.append(node);
    });
    if (initialValue !== undefined && initialValue !== null) select.value = initialValue;
    return { select, byValue };
  }

  function staticSelect(element, blockId, ctx, dispatch) {
    const initial = element.initial_option ? element.initial_option.value : "";
    const { select, byValue } = nativeSelect(element.options, element.option_groups, plainString(element.placeholder), initial);
    const state = () => ({ type: element.type, selected_option: optionState(byValue.get(select.value)) });
    if (dispatch) select.addEventListener("change", () => ctx.onAction({ action_id: element.action_id, block_id: blockId, ...state() }));
    const restore = (value) => { select.value = value.selected_option ? value.selected_option.value : ""; };
    return { node: select, state, focus: select, restore };
  }

  function multiStaticSelect(element) {
    const initial = new Set((element.initial_options || []).map((o) => o.value));
    const { select, byValue } = nativeSelect(element.options, element.option_groups, null);
    select.multiple = true;
    select.firstChild.remove();
    for (const option of select.options) option.selected = initial.has(option.value);
    const state = () => ({
      type: element.type,
      selected_options: [...select.selectedOptions].map((o) => optionState(byValue.get(o.value))),
    });
    const restore = (value) => {
      const wanted = new Set((value.selected_options || []).map((o) => o.value));
      for (const option of select.options) option.selected = wanted.has(option.value);
    };
    return { node: select, state, focus: select, restore };
  }

  function externalSelect(element, blockId, ctx, dispatch) {
    const box = el("div", "bk-combobox");
    const input = el("input", "bk-input");
    input.type = "search";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.placeholder = plainString(element.placeholder) || "Type to search";
    const list = el("ul", "bk-options");
    list.setAttribute("role", "listbox");
    list.hidden = true;
    box.append(input, list);
    let chosen = element.initial_option || null;
    if (chosen) input.value = plainString(chosen.text);
    const minimum = element.min_query_length === undefined ? 3 : element.min_query_length;
    let timer = null;
    let asked = 0;

    const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); };
    const show = (options, groups) => {
      list.replaceChildren();
      const all = [...(options || []), ...(groups || []).flatMap((g) => g.options || [])];
      if (!all.length) list.append(el("li", "bk-no-options", "No results"));
      all.forEach((option) => {
        const item = el("li", "bk-option", plainString(option.text));
        item.setAttribute("role", "option");
        item.tabIndex = -1;
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          chosen = option;
          input.value = plainString(option.text);
          close();
          if (dispatch) ctx.onAction({ type: element.type, action_id: element.action_id, block_id: blockId, selected_option: optionState(chosen) });
        });
        list.append(item);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    };
    const search = () => {
      const query = chosen && input.value === plainString(chosen.text) ? "" : input.value;
      if (query.length < minimum) { close(); return; }
      const ticket = ++asked;
      ctx.onSuggest({ action_id: element.action_id, block_id: blockId }, query).then((answer) => {
        if (ticket === asked && document.activeElement === input) show(answer.options, answer.option_groups);
      });
    };
    input.addEventListener("input", () => {
      if (chosen && input.value !== plainString(chosen.text)) chosen = null;
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    input.addEventListener("focus", search);
    input.addEventListener("blur", () => setTimeout(close, 100));
    const state = () => ({ type: element.type, selected_option: optionState(chosen) });
    const restore = (value) => {
      chosen = value.selected_option || null;
      input.value = chosen ? plainString(chosen.text) : "";
    };
    return { node: box, state, focus: input, restore };
  }

  function textInput(element) {
    const input = element.multiline ? el("textarea", "bk-input") : el("input", "bk-input");
    if (!element.multiline) input.type = "text";
    if (element.multiline) input.rows = 3;
    if (element.max_length) input.maxLength = element.max_length;
    input.placeholder = plainString(element.placeholder);
    input.value = element.initial_value || "";
    const restore = (value) => { input.value = value.value || ""; };
    return { node: input, state: () => ({ type: element.type, value: input.value || null }), focus: input, restore };
  }

  function numberInput(element) {
    const input = el("input", "bk-input");
    input.type = "text";
    input.inputMode = element.is_decimal_allowed ? "decimal" : "numeric";
    input.placeholder = plainString(element.placeholder);
    input.value = element.initial_value === undefined ? "" : String(element.initial_value);
    const restore = (value) => { input.value = value.value || ""; };
    return { node: input, state: () => ({ type: element.type, value: input.value.trim() || null }), focus: input, restore };
  }

  function choices(element, blockId, kind) {
    const group = el("div", "bk-choices");
    group.setAttribute("role", kind === "radio" ? "radiogroup" : "group");
    const initial = new Set(
      kind === "radio"
        ? element.initial_option ? [element.initial_option.value] : []
        : (element.initial_options || []).map((o) => o.value)
    );
    const boxes = [];
    const name = "bk-" + blockId + "-" + element.action_id;
    (element.options || []).forEach((option, index) => {
      const label = el("label", "bk-choice");
      const input = el("input");
      input.type = kind;
      input.name = name;
      input.value = String(index);
      input.checked = initial.has(option.value);
      label.append(input, textOf(option.text, { names: {} }));
      if (option.description) label.append(el("span", "bk-choice-description", plainString(option.description)));
      boxes.push([input, option]);
      group.append(label);
    });
    const picked = () => boxes.filter(([input]) => input.checked).map(([, option]) => optionState(option));
    const state = () =>
      kind === "radio"
        ? { type: element.type, selected_option: picked()[0] || null }
        : { type: element.type, selected_options: picked() };
    const restore = (value) => {
      const chosen = value.selected_options || (value.selected_option ? [value.selected_option] : []);
      const wanted = new Set(chosen.map((o) => o.value));
      boxes.forEach(([input, option]) => { input.checked = wanted.has(option.value); });
    };
    return { node: group, state, focus: boxes.length ? boxes[0][0] : null, restore };
  }

  function conversationSelect(element, ctx, key, initialKey) {
    const options = (ctx.channels || []).map((c) => ({ text: { type: "plain_text", text: "#" + c.name }, value: c.id }));
    const { select } = nativeSelect(options, null, plainString(element.placeholder) || "Select a channel", element[initialKey] || "");
    const restore = (value) => { select.value = value[key] || ""; };
    return { node: select, state: () => ({ type: element.type, [key]: select.value || null }), focus: select, restore };
  }

  function dateInput(element, type, initialKey, key) {
    const input = el("input", "bk-input");
    input.type = type;
    input.value = element[initialKey] || "";
    const restore = (value) => { input.value = value[key] || ""; };
    return { node: input, state: () => ({ type: element.type, [key]: input.value || null }), focus: input, restore };
  }

  function inputElement(element, blockId, ctx, dispatch) {
    switch (element.type) {
      case "plain_text_input": return textInput(element);
      case "number_input": return numberInput(element);
      case "static_select": return staticSelect(element, blockId, ctx, dispatch);
      case "multi_static_select": return multiStaticSelect(element);
      case "external_select": return externalSelect(element, blockId, ctx, dispatch);
      case "checkboxes": return choices(element, blockId, "checkbox");
      case "radio_buttons": return choices(element, blockId, "radio");
      case "conversations_select": return conversationSelect(element, ctx, "selected_conversation", "initial_conversation");
      case "channels_select": return conversationSelect(element, ctx, "selected_channel", "initial_channel");
      case "datepicker": return dateInput(element, "date", "initial_date", "selected_date");
      case "timepicker": return dateInput(element, "time", "initial_time", "selected_time");
      default: return { node: el("div", "bk-unsupported", "(" + element.type + " is not drawn by the sandbox)"), state: () => null };
    }
  }

  // -- blocks ---------------------------------------------------------------------------------

  function section(block, ctx) {
    const node = el("div", "bk-section");
    const body = el("div", "bk-section-body");
    if (block.text) body.append(textOf(block.text, ctx));
    if (block.fields) {
      const fields = el("div", "bk-fields");
      block.fields.forEach((field) => {
        const cell = el("div", "bk-field");
        cell.append(textOf(field, ctx));
        fields.append(cell);
      });
      body.append(fields);
    }
    node.append(body);
    if (block.accessory) node.append(accessory(block.accessory, block.block_id, ctx));
    return node;
  }

  function accessory(element, blockId, ctx) {
    if (element.type === "button") return button(element, blockId, ctx);
    if (element.type === "image") return el("span", "bk-image-alt", element.alt_text || "");
    if (element.type === "overflow") return overflow(element, blockId, ctx);
    const drawn = inputElement(element, blockId, ctx, true);
    return drawn.node;
  }

  function input(block, ctx) {
    const node = el("div", "bk-input-block");
    node.dataset.blockId = block.block_id || "";
    const label = el("label", "bk-label");
    label.append(el("span", "", plainString(block.label)));
    if (block.optional) label.append(el("span", "bk-optional", " (optional)"));
    node.append(label);
    const element = block.element || {};
    const drawn = inputElement(element, block.block_id, ctx, Boolean(block.dispatch_action));
    if (drawn.focus) {
      const id = "bk-" + Math.random().toString(36).slice(2);
      drawn.focus.id = id;
      label.htmlFor = id;
    }
    node.append(drawn.node);
    const error = el("div", "bk-error");
    error.setAttribute("role", "alert");
    error.hidden = true;
    node.append(error);
    if (block.hint) node.append(el("div", "bk-hint", plainString(block.hint)));
    // Like Slack, views.update keeps what the user entered in an input whose ids stay the same.
    const kept = ((ctx.previous || {})[block.block_id] || {})[element.action_id];
    if (kept && kept.type === element.type && drawn.restore) drawn.restore(kept);
    ctx.inputs.push({
      blockId: block.block_id,
      actionId: element.action_id,
      state: drawn.state,
      required: !block.optional,
    });
    return node;
  }

  function actions(block, ctx) {
    const node = el("div", "bk-actions");
    (block.elements || []).forEach((element) => {
      if (element.type === "button") node.append(button(element, block.block_id, ctx));
      else if (element.type === "overflow") node.append(overflow(element, block.block_id, ctx));
      else node.append(inputElement(element, block.block_id, ctx, true).node);
    });
    return node;
  }

  function context(block, ctx) {
    const node = el("div", "bk-context");
    (block.elements || []).forEach((element) => {
      node.append(element.type === "image" ? el("span", "bk-image-alt", element.alt_text || "") : textOf(element, ctx));
    });
    return node;
  }

  function block(item, ctx) {
    switch (item.type) {
      case "section": return section(item, ctx);
      case "header": return el("h3", "bk-header", Mrkdwn.plain(plainString(item.text)));
      case "divider": return el("hr", "bk-divider");
      case "context": return context(item, ctx);
      case "actions": return actions(item, ctx);
      case "input": return input(item, ctx);
      case "image": return el("div", "bk-image-alt", item.alt_text || "");
      default: return el("div", "bk-unsupported", "(" + item.type + " block)");
    }
  }

  // ctx: {names, channels, onAction(action), onSuggest(element, query) -> Promise, confirm(obj) -> Promise<bool>}
  function render(blocks, ctx) {
    const root = el("div", "bk-blocks");
    const full = { ...ctx, inputs: [] };
    (blocks || []).forEach((item) => {
      const node = block(item, full);
      if (item.block_id) node.dataset.blockId = item.block_id;
      root.append(node);
    });
    // Slack's client refuses to submit while a required input is empty.
    root.missing = () =>
      full.inputs.filter((entry) => entry.required && isEmpty(entry.state())).map((entry) => entry.blockId);
    root.values = () => {
      const values = {};
      full.inputs.forEach((entry) => {
        if (!entry.blockId || !entry.actionId) return;
        const value = entry.state();
        if (value) (values[entry.blockId] = values[entry.blockId] || {})[entry.actionId] = value;
      });
      return values;
    };
    return root;
  }

  function isEmpty(value) {
    if (!value) return true;
    const { type, ...rest } = value;
    return Object.values(rest).every((v) => v === null || v === "" || (Array.isArray(v) && !v.length));
  }

  // Field errors from `response_action: errors`, shown under their inputs; the messages
  // whose block is not an input of this view are returned (Slack would refuse them).
  function showErrors(root, errors) {
    const placed = new Set();
    root.querySelectorAll(".bk-input-block").forEach((node) => {
      placed.add(node.dataset.blockId);
      const message = (errors || {})[node.dataset.blockId];
      const error = node.querySelector(".bk-error");
      error.textContent = message || "";
      error.hidden = !message;
      node.classList.toggle("bk-has-error", Boolean(message));
    });
    return Object.entries(errors || {}).filter(([block]) => !placed.has(block)).map(([block, text]) => block + ": " + text);
  }

  window.BlockKit = { render, showErrors, textOf };
})();
