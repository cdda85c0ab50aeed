// stepper.js: each figure sequence of a page (a div of class "stepper")
// shows one step at a time, with Previous and Next buttons above it; the
// left and right arrow keys step too while the sequence has the focus.
// Without this script every step stays on the page, one after the other.
"use strict";

function makeButton(text) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = text;
  return button;
}

function makeStepper(stepper) {
  const steps = Array.from(stepper.querySelectorAll("figure"));
  if (steps.length < 2) return;
  const previous = makeButton("\u2190 Previous");
  const next = makeButton("Next \u2192");
  const where = document.createElement("span");
  where.setAttribute("aria-live", "polite");
  const controls = document.createElement("p");
  controls.className = "stepper-controls";
  controls.append(previous, " ", where, " ", next);
  steps[0].before(controls);
  let current = 0;
  function show(index) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach((step, i) => { step.hidden = i !== current; });
    where.textContent = `Step ${current + 1} of ${steps.length}`;
    previous.disabled = current === 0;
    next.disabled = current === steps.length - 1;
  }
  previous.addEventListener("click", () => show(current - 1));
  next.addEventListener("click", () => show(current + 1));
  stepper.tabIndex = 0;
  stepper.addEventListener("keydown", (event) => {
    if (event.key === "ArrowLeft") show(current - 1);
    else if (event.key === "ArrowRight") show(current + 1);
    else return;
    event.preventDefault();
  });
  show(0);
}

document.querySelectorAll(".stepper").forEach(makeStepper);
