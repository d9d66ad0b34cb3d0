// Queue: N opens the oldest document, J/K move through the rows, Enter opens the selected one.
(() => {
  'use strict';
  const rows = () => Array.from(document.querySelectorAll('#queue tbody tr[data-id]'));
  let index = -1;
  function mark(i) {
    const all = rows();
    if (!all.length) return;
    index = Math.max(0, Math.min(i, all.length - 1));
    all.forEach((r, k) => r.classList.toggle('selected', k === index));
    all[index].scrollIntoView({ block: 'nearest' });
  }
  document.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.ctrlKey || e.altKey || e.metaKey) return;
    if (e.key === 'n') location.href = '/review/next';
    else if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); mark(index + 1); }
    else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); mark(index - 1); }
    else if (e.key === 'Enter' && index >= 0) location.href = rows()[index].querySelector('a').href;
  });
})();
