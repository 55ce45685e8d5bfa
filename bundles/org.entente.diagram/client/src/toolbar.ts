/*
 * The HTML toolbar above the diagram (outside the SVG) and the side panel with filters and legend.
 * It only talks to the server through the callbacks given to it.
 */
import { GraphState } from './entente-controller';

export interface ToolbarCallbacks {
    setYear(year: number): void;
    setFilter(filter: string, visible: boolean): void;
    setLayout(algorithm: string): void;
    autoLayout(): void;
    fit(): void;
    exportAs(format: 'svg' | 'png'): void;
}

const YEAR_DEBOUNCE_MS = 250;

function byId<T extends HTMLElement>(id: string): T {
    const element = document.getElementById(id);
    if (!element) {
        throw new Error(`Missing element #${id} in index.html`);
    }
    return element as T;
}

/** Capitalises the first letter and splits camelCase: `nonAggression` -> `Non aggression`. */
export function humanize(text: string): string {
    const spaced = text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ');
    return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

export class Toolbar {
    readonly yearSlider = byId<HTMLInputElement>('entente-year');
    readonly yearLabel = byId<HTMLSpanElement>('entente-year-label');
    readonly layoutSelect = byId<HTMLSelectElement>('entente-layout');
    readonly autoLayoutButton = byId<HTMLButtonElement>('entente-autolayout');
    readonly fitButton = byId<HTMLButtonElement>('entente-fit');
    readonly exportSvgButton = byId<HTMLButtonElement>('entente-export-svg');
    readonly exportPngButton = byId<HTMLButtonElement>('entente-export-png');
    readonly sidebarButton = byId<HTMLButtonElement>('entente-toggle-sidebar');
    readonly filterPanel = byId<HTMLDivElement>('entente-filters');
    readonly status = byId<HTMLSpanElement>('entente-status');

    protected yearTimer?: ReturnType<typeof setTimeout>;
    protected lastSentYear?: number;
    protected filterKeys = '';
    protected draggingYear = false;

    constructor(protected readonly callbacks: ToolbarCallbacks) {
        this.yearSlider.addEventListener('input', () => {
            this.draggingYear = true;
            this.yearLabel.textContent = this.yearSlider.value;
            clearTimeout(this.yearTimer);
            this.yearTimer = setTimeout(() => this.sendYear(), YEAR_DEBOUNCE_MS);
        });
        this.yearSlider.addEventListener('change', () => {
            this.draggingYear = false;
            clearTimeout(this.yearTimer);
            this.sendYear();
        });
        this.layoutSelect.addEventListener('change', () => this.callbacks.setLayout(this.layoutSelect.value));
        this.autoLayoutButton.addEventListener('click', () => this.callbacks.autoLayout());
        this.fitButton.addEventListener('click', () => this.callbacks.fit());
        this.exportSvgButton.addEventListener('click', () => this.callbacks.exportAs('svg'));
        this.exportPngButton.addEventListener('click', () => this.callbacks.exportAs('png'));
        // In a narrow window (an editor beside the text) the diagram gets the room; the Filters button opens the panel.
        if (window.innerWidth < 1000) {
            document.body.classList.add('entente-sidebar-collapsed');
            this.sidebarButton.setAttribute('aria-pressed', 'false');
        }
        this.sidebarButton.addEventListener('click', () => {
            const collapsed = document.body.classList.toggle('entente-sidebar-collapsed');
            this.sidebarButton.setAttribute('aria-pressed', String(!collapsed));
            window.dispatchEvent(new Event('resize'));
        });
        this.filterPanel.addEventListener('change', event => {
            const target = event.target;
            if (target instanceof HTMLInputElement && target.dataset.filter) {
                this.callbacks.setFilter(target.dataset.filter, target.checked);
            }
        });
    }

    protected sendYear(): void {
        const year = Number(this.yearSlider.value);
        if (!isFinite(year) || year === this.lastSentYear) {
            return;
        }
        this.lastSentYear = year;
        this.callbacks.setYear(year);
    }

    setStatus(text: string, kind: 'connecting' | 'connected' | 'error'): void {
        this.status.textContent = text;
        this.status.dataset.state = kind;
    }

    update(state: GraphState): void {
        this.updateYear(state);
        if (state.layout) {
            if (![...this.layoutSelect.options].some(option => option.value === state.layout)) {
                const option = document.createElement('option');
                option.value = state.layout;
                option.textContent = humanize(state.layout);
                this.layoutSelect.appendChild(option);
            }
            this.layoutSelect.value = state.layout;
        }
        this.updateFilters(state);
    }

    protected updateYear(state: GraphState): void {
        const { year, firstYear, lastYear } = state;
        if (firstYear !== undefined && lastYear !== undefined && lastYear >= firstYear) {
            this.yearSlider.min = String(firstYear);
            this.yearSlider.max = String(lastYear);
            this.yearSlider.disabled = false;
            byId('entente-year-min').textContent = String(firstYear);
            byId('entente-year-max').textContent = String(lastYear);
        }
        if (year !== undefined) {
            this.lastSentYear = year;
            if (!this.draggingYear) {
                this.yearSlider.value = String(year);
                this.yearLabel.textContent = String(year);
            }
        }
    }

    protected updateFilters(state: GraphState): void {
        const keys = [...state.filters.keys()].sort();
        const signature = JSON.stringify(keys.map(key => [key, state.filterLabels.get(key) ?? '']));
        if (signature !== this.filterKeys) {
            this.filterKeys = signature;
            this.renderFilters(keys, state);
        }
        for (const input of this.filterPanel.querySelectorAll<HTMLInputElement>('input[data-filter]')) {
            const visible = state.filters.get(input.dataset.filter!);
            if (visible !== undefined) {
                input.checked = visible;
            }
        }
    }

    protected renderFilters(keys: string[], state: GraphState): void {
        this.filterPanel.replaceChildren();
        if (keys.length === 0) {
            const empty = document.createElement('p');
            empty.className = 'entente-empty';
            empty.textContent = 'No filters';
            this.filterPanel.appendChild(empty);
            return;
        }
        const groups = new Map<string, string[]>();
        for (const key of keys) {
            const dot = key.indexOf('.');
            const group = dot > 0 ? key.substring(0, dot) : 'other';
            if (!groups.has(group)) {
                groups.set(group, []);
            }
            groups.get(group)!.push(key);
        }
        for (const [group, groupKeys] of groups) {
            const fieldset = document.createElement('fieldset');
            fieldset.className = 'entente-filter-group';
            fieldset.dataset.group = group;
            const legend = document.createElement('legend');
            legend.textContent = humanize(group);
            fieldset.appendChild(legend);
            for (const key of groupKeys) {
                const label = document.createElement('label');
                label.className = 'entente-filter';
                const input = document.createElement('input');
                input.type = 'checkbox';
                input.dataset.filter = key;
                input.checked = state.filters.get(key) ?? true;
                const text = document.createElement('span');
                const name = key.substring(key.indexOf('.') + 1);
                text.textContent = state.filterLabels.get(key) ?? humanize(name);
                label.append(input, text);
                fieldset.appendChild(label);
            }
            this.filterPanel.appendChild(fieldset);
        }
    }
}
