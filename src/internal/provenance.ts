/**
 * The one way every widget says where a claim comes from (see src/core/provenance.ts):
 * "Research finding: …", "Example from …" or "The tool's own reading, not a research
 * finding". Shared texts (id prefix `common`, loaded with every widget), so the three
 * provenances read the same in all four widgets.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Provenance, SourceId } from '../core/provenance.js';

/** How each shared source is named in a credit line. */
export function sourceNames(): Record<SourceId, string> {
  return {
    inch: msg('the INCh research project (2014–2018)', { id: 'common.src.inch', desc: 'Integrated Networks to combat Child poverty, UAntwerpen, UGent, ULiège. Used after "Research finding:" or "Example from".' }),
    'kinderen-eerst': msg('the federal “Kinderen eerst” study of 57 local platforms (2014–2015)', { id: 'common.src.kinderen-eerst', desc: 'Keep the Dutch name "Kinderen eerst" (French: "Les enfants d’abord"). A study by the federal public service Social Integration.' }),
    'demos-2014': msg('the Demos talk on local networks for leisure participation (2014)', { id: 'common.src.demos-2014', desc: 'Demos: a Flemish centre for participation and democracy.' }),
    samen: msg('this tool', { id: 'common.src.samen' }),
  };
}

/**
 * The credit line as plain text, e.g. for a list item or an announcement.
 * @param provenance finding, example or the tool's own reading.
 * @param source who is credited: a shared source id or an already translated name.
 */
export function provenanceText(provenance: Provenance, source?: SourceId | string): string {
  const names = sourceNames();
  const name = source === undefined ? '' : (names as Record<string, string>)[source] ?? source;
  if (provenance === 'reading' || !name) return msg('The tool’s own reading, not a research finding.', { id: 'common.provenance.reading' });
  return provenance === 'finding'
    ? msg(str`Research finding: ${name}.`, { id: 'common.provenance.finding' })
    : msg(str`Example from ${name}.`, { id: 'common.provenance.example' });
}

/**
 * The credit line as a small muted line under a claim (class `source`, which
 * baseStyles already styles), with the provenance as a class for themes.
 */
export function provenance(kind: Provenance, source?: SourceId | string): TemplateResult {
  return html`<span class="source provenance provenance-${kind}">${provenanceText(kind, source)}</span>`;
}
