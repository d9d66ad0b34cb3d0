// Group verification: arrows move between crops, Space unticks/ticks one, Enter confirms every ticked value.
(() => {
  'use strict';
  const boxes = () => Array.from(document.querySelectorAll('#crops input[type="checkbox"]'));
  const first = boxes()[0];
  if (first) first.focus();
  document.addEventListener('keydown', (e) => {
    if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'checkbox') return;
    const all = boxes();
    const i = all.indexOf(e.target);
    const perRow = Math.max(1, Math.round(document.getElementById('crops').clientWidth / (all[0].closest('li').offsetWidth || 1)));
    const moves = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: perRow, ArrowUp: -perRow };
    if (e.key in moves) {
      e.preventDefault();
      const next = all[Math.max(0, Math.min(all.length - 1, i + moves[e.key]))];
      next.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      document.getElementById('group-form').requestSubmit();
    }
  });
})();
