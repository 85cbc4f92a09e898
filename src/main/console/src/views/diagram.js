// A BPMN model rendered by bpmn-js with a run's element states as markers and rework
// badges. The model XML comes from the server (the very files the application deploys).
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { getText } from '../api.js';
import { ALL_MARKERS, decorations, reworkLabel } from '../diagram-state.js';
import { h } from '../dom.js';

const models = new Map();

/** The BPMN XML of a deployed process, fetched once per page load. */
function model(bpmnProcessId) {
  if (!models.has(bpmnProcessId)) {
    const xml = getText(`/api/v1/models/${encodeURIComponent(bpmnProcessId)}`, 'application/xml');
    xml.catch(() => models.delete(bpmnProcessId));
    models.set(bpmnProcessId, xml);
  }
  return models.get(bpmnProcessId);
}

export class ProcessDiagram {
  /**
   * @param container the element bpmn-js draws into
   * @param onElementClick called with the clicked element's id and BPMN type
   */
  constructor(container, onElementClick = () => {}) {
    this.viewer = new NavigatedViewer({ container });
    this.decorated = [];
    this.viewer.get('eventBus').on('element.click', (event) => onElementClick(event.element.id, event.element.type));
  }

  /** Draws the model of bpmnProcessId; callers asking at once share one import. */
  show(bpmnProcessId) {
    if (this.shown?.processId !== bpmnProcessId) {
      const shown = (async () => {
        await this.viewer.importXML(await model(bpmnProcessId));
        this.decorated = [];
        this.viewer.get('canvas').zoom('fit-viewport');
      })();
      shown.catch(() => { if (this.shown?.done === shown) this.shown = null; });
      this.shown = { processId: bpmnProcessId, done: shown };
    }
    return this.shown.done;
  }

  /** Replaces the state markers and rework badges with those of elements (GET …/diagram). */
  apply(elements) {
    const canvas = this.viewer.get('canvas');
    const registry = this.viewer.get('elementRegistry');
    const overlays = this.viewer.get('overlays');
    for (const id of this.decorated) {
      ALL_MARKERS.forEach((marker) => canvas.removeMarker(id, marker));
    }
    overlays.remove({ type: 'rework' });
    this.decorated = [];
    for (const { elementId, marker, visits, reworkAttempts } of decorations(elements)) {
      if (!registry.get(elementId)) continue; // an element of an older model version
      this.decorated.push(elementId);
      if (marker) canvas.addMarker(elementId, marker);
      const label = reworkLabel(reworkAttempts);
      if (label) {
        overlays.add(elementId, 'rework', {
          position: { top: -12, right: 12 },
          html: h('span', { class: 'rework-badge', testid: 'rework-badge', title: `${visits} visits` }, label),
        });
      }
    }
  }

  destroy() {
    this.viewer.destroy();
  }
}
