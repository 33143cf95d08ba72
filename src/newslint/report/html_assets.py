"""The HTML report's stylesheet and script, inlined into the page (it loads nothing)."""

STYLE = """
:root { --error: #b3261e; --warning: #9a6700; --info: #0b6aa2; --line: #d8d8d8; }
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line);
  padding: .6em 1.2em; z-index: 2; }
h1 { font-size: 1.3em; margin: 0; display: inline-block; margin-right: 1em; }
.summary { display: inline-block; margin: 0; color: #555; }
.filters { margin-top: .4em; display: flex; gap: 1em; flex-wrap: wrap; align-items: center; }
.filters select { max-width: 28em; }
main { padding: 0 1.2em 2em; }
.story { margin-top: 1.4em; }
.story h2 { font-size: 1.1em; border-bottom: 2px solid #333; padding-bottom: .2em; }
.finding { background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--info);
  border-radius: 4px; margin: .8em 0; padding: .5em .8em; }
.finding.sev-error { border-left-color: var(--error); }
.finding.sev-warning { border-left-color: var(--warning); }
.finding h3 { font-size: 1em; margin: 0 0 .3em; }
.badge { color: #fff; border-radius: 3px; padding: 0 .4em; font-size: .85em; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
.badge.info { background: var(--info); }
.code { font-family: ui-monospace, monospace; }
.rule { color: #555; font-weight: normal; }
.fixable { font-size: .8em; border: 1px solid #2e7d32; color: #2e7d32; border-radius: 3px;
  padding: 0 .3em; }
.message { margin: .2em 0 .5em; }
.passages { display: flex; gap: .6em; align-items: stretch; }
.passage { flex: 1 1 0; min-width: 0; border: 1px solid var(--line); border-radius: 4px;
  padding: .4em .6em; background: #fcfcfc; }
.passage.primary { background: #fffdf4; }
.meta { font-size: .85em; color: #444; }
.outlet { font-weight: 600; }
.where { font-family: ui-monospace, monospace; font-size: .8em; color: #777; }
blockquote { margin: .3em 0; font-family: Georgia, serif; }
mark.span { background: #fff1a8; }
mark.diff { background: #ff9f8f; font-weight: 600; }
.note { font-size: .85em; color: #555; margin: 0; }
details.more, details.why, details.articles { margin-top: .4em; }
details.more .passages { flex-wrap: wrap; }
details.more .passage { flex: 1 1 22em; }
.why-article ul { margin: .2em 0 .4em; font-family: ui-monospace, monospace; font-size: .82em; }
.kind { color: #777; }
#rule-docs { padding: 0 1.2em; color: #333; }
.rule-doc pre, #doc-body pre { white-space: pre-wrap; font: 14px/1.4 system-ui, sans-serif; }
dialog { max-width: 50em; }
footer { padding: 1em 1.2em; color: #888; font-size: .8em; }
.hidden { display: none; }
@media (max-width: 800px) { .passages { flex-direction: column; } }
"""

SCRIPT = """
(function () {
  const selects = Array.from(document.querySelectorAll('[data-filter]'));
  const findings = Array.from(document.querySelectorAll('.finding'));
  function apply() {
    const want = {};
    selects.forEach(s => { want[s.dataset.filter] = s.value; });
    let shown = 0;
    findings.forEach(f => {
      const articles = JSON.parse(f.dataset.articles);
      const ok = (!want.code || f.dataset.code === want.code)
        && (!want.severity || f.dataset.severity === want.severity)
        && (!want.article || articles.includes(want.article));
      f.classList.toggle('hidden', !ok);
      if (ok) shown += 1;
    });
    document.querySelectorAll('.story').forEach(s => {
      s.classList.toggle('hidden', !s.querySelector('.finding:not(.hidden)'));
    });
    document.getElementById('shown').textContent = shown + ' of ' + findings.length + ' shown';
  }
  selects.forEach(s => s.addEventListener('change', apply));
  apply();
  const dialog = document.getElementById('doc-dialog');
  document.querySelectorAll('a[data-doc]').forEach(a => a.addEventListener('click', e => {
    const doc = document.getElementById('doc-' + a.dataset.doc);
    if (!doc || !dialog.showModal) return;
    e.preventDefault();
    document.getElementById('doc-body').innerHTML = doc.innerHTML;
    dialog.showModal();
  }));
})();
"""
