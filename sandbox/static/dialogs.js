// Modals and confirmation dialogs, drawn from the view the app sent.
"use strict";

(function () {
  const REQUIRED = "Please complete this required field.";

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // A modal: title and close cross, its blocks, any problem, the close and submit buttons.
  // `previous` holds what the user entered when this view is an update of the one shown.
  function modal(view, call, blockContext, previous) {
    const dialog = el("div", "modal");
    dialog.setAttribute("role", "dialog");
    dialog.setAttribute("aria-modal", "true");
    dialog.setAttribute("aria-labelledby", "modal-title");
    dialog.dataset.viewId = view.id;
    dialog.dataset.callbackId = view.callback_id || "";
    const header = el("header", "modal-header");
    const title = el("h2", "modal-title", Mrkdwn.plain(view.title && view.title.text));
    title.id = "modal-title";
    const cross = el("button", "modal-x", "×");
    cross.type = "button";
    cross.setAttribute("aria-label", "Close");
    header.append(title, cross);
    const context = { ...blockContext({ view_id: view.id }, () => body.values()), previous };
    const body = BlockKit.render(view.blocks, context);
    body.classList.add("modal-body");
    const problem = el("p", "modal-problem");
    problem.setAttribute("role", "alert");
    const footer = el("footer", "modal-footer");
    const close = el("button", "bk-button", (view.close && view.close.text) || "Cancel");
    close.type = "button";
    const shut = () => call("close", { view_id: view.id, values: body.values() });
    close.addEventListener("click", shut);
    cross.addEventListener("click", shut);
    footer.append(close);
    if (view.submit) {
      const submit = el("button", "bk-button bk-primary modal-submit", view.submit.text);
      submit.type = "button";
      submit.addEventListener("click", async () => {
        const missing = body.missing();
        if (missing.length) {
          BlockKit.showErrors(body, Object.fromEntries(missing.map((block) => [block, REQUIRED])));
          return;
        }
        submit.disabled = true;
        problem.textContent = "";
        try {
          const answer = await call("submit", { view_id: view.id, values: body.values() });
          if (answer.error) problem.textContent = answer.error;
        } finally {
          submit.disabled = false;
        }
      });
      footer.append(submit);
    }
    dialog.append(header, body, problem, footer);
    return dialog;
  }

  // A `confirm` object as Slack asks it: resolves true when confirmed.
  function confirm(object, layer, names) {
    return new Promise((resolve) => {
      const box = el("div", "confirm");
      box.setAttribute("role", "alertdialog");
      box.setAttribute("aria-modal", "true");
      box.append(el("h2", "modal-title", Mrkdwn.plain(object.title && object.title.text) || "Are you sure?"));
      box.append(BlockKit.textOf(object.text, { names }));
      const deny = el("button", "bk-button", (object.deny && object.deny.text) || "Cancel");
      const yes = el("button", "bk-button " + (object.style === "danger" ? "bk-danger" : "bk-primary"), (object.confirm && object.confirm.text) || "Yes");
      const done = (answer) => { layer.hidden = true; layer.replaceChildren(); resolve(answer); };
      deny.addEventListener("click", () => done(false));
      yes.addEventListener("click", () => done(true));
      const footer = el("footer", "modal-footer");
      footer.append(deny, yes);
      box.append(footer);
      layer.replaceChildren(box);
      layer.hidden = false;
      yes.focus();
    });
  }

  window.Dialogs = { modal, confirm };
})();
