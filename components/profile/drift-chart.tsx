import { DIMENSION_LABELS, isOrdinal, optionsOf, snapOrdinal, type Dimension } from "@/lib/personality/atoms";
import type { DriftSeries } from "@/lib/personality/drift-series";
import { optionWords } from "./preference-estimate";
import { RelativeTime } from "./relative-time";

const WINDOW = 20;
// Narrow on purpose: at phone width the chart is drawn a little above its size, so its labels stay readable.
const W = 280;
const H = 116;
const PLOT = { left: 76, right: 272, top: 20, bottom: 108 };

/** A series value on the 0..1 scale the chart draws: ordinal values as they are, categories by index. */
function unit(dim: Dimension, value: number): number {
  return isOrdinal(dim) ? value : value / (optionsOf(dim).length - 1);
}
const yOf = (u: number) => PLOT.bottom - u * (PLOT.bottom - PLOT.top);
const xOf = (i: number) => PLOT.left + (i * (PLOT.right - PLOT.left)) / (WINDOW - 1);

/** "exhaustive" for an ordinal value (the nearest option), the category's name for a categorical index. */
function valueWords(dim: Dimension, value: number): string {
  const key = isOrdinal(dim) ? optionsOf(dim)[snapOrdinal(dim, value)]! : optionsOf(dim)[value]!;
  return optionWords(dim, key);
}

/** The chart as one sentence: its aria-label and its visible caption. */
export function describeSeries(dim: Dimension, s: DriftSeries): string {
  const n = s.values.length;
  const ordinal = isOrdinal(dim);
  const parts = [`${DIMENSION_LABELS[dim]}: your last ${n} ${n === 1 ? "signal" : "signals"}`];
  if (s.windowMean !== null) {
    parts.push(
      ordinal
        ? `average ${s.windowMean.toFixed(2)} (${valueWords(dim, s.windowMean)})`
        : `mostly ${valueWords(dim, s.windowMean)}`,
    );
  }
  parts.push(
    s.reference === null
      ? "no long-run reference yet"
      : ordinal
        ? `long-run reference ${s.reference.toFixed(2)} (${valueWords(dim, s.reference)})`
        : `long-run mostly ${valueWords(dim, s.reference)}`,
  );
  if (s.driftIndex !== null) {
    const ago = n - 1 - s.driftIndex;
    parts.push(ago === 0 ? "drift fired on the latest signal" : `drift fired ${ago} ${ago === 1 ? "signal" : "signals"} ago`);
  }
  return `${parts.join("; ")}.`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What the last drift moved, in words: where the feedback went, how many signals and separate sessions (the
 * detector's sittings) carried it, and the detector's score against its bar. Null before any drift.
 */
export function describeFlag(dim: Dimension, s: DriftSeries): string | null {
  const f = s.flag;
  if (!f) return null;
  const label = DIMENSION_LABELS[dim];
  const score = `evidence score ${f.value.toFixed(1)}, where drift starts at ${f.threshold.toFixed(1)}`;
  if (!isOrdinal(dim)) {
    return `What moved: ${label} went from mostly ${valueWords(dim, f.from)} to mostly ${valueWords(dim, f.to)}, ${valueWords(dim, f.to)} in ${f.signals} of your last ${WINDOW} signals (${score}).`;
  }
  const from = valueWords(dim, f.from);
  const to = valueWords(dim, f.to);
  const where = from === to ? `moved ${f.direction === "up" ? "up" : "down"} within ${from}` : `moved from ${from} toward ${to}`;
  const sessions = f.sittings === null ? "" : ` in ${plural(f.sittings, "separate session")}`;
  return `What moved: ${label} ${where} (${f.from.toFixed(2)} → ${f.to.toFixed(2)}), carried by ${plural(f.signals, "signal")}${sessions} (${score}).`;
}

/** The option rows the chart labels: every ordinal option; for categories, only those that appear. */
function rows(dim: Dimension, s: DriftSeries): { u: number; label: string }[] {
  const options = optionsOf(dim);
  if (isOrdinal(dim)) return options.map((key, i) => ({ u: i / (options.length - 1), label: optionWords(dim, key) }));
  const used = new Set([...s.values, ...(s.windowMean === null ? [] : [s.windowMean]), ...(s.reference === null ? [] : [s.reference])]);
  return [...used].sort((a, b) => a - b).map((i) => ({ u: unit(dim, i), label: optionWords(dim, options[i]!) }));
}

/**
 * Why a dimension is (or is not) drifting, drawn from the aggregator's state: the last 20 signals as dots, the
 * short-window mean (dashed), the long-run reference (solid), and a marker on the signal where drift fired.
 * An image with a summarising label, and the same sentence as a visible caption for everyone else.
 */
export function DriftChart({
  dim,
  series,
  lastDriftAt,
  now,
}: {
  dim: Dimension;
  series: DriftSeries;
  lastDriftAt: string | null;
  now: string;
}) {
  const summary = describeSeries(dim, series);
  const moved = describeFlag(dim, series);
  const mean = series.windowMean === null ? null : yOf(unit(dim, series.windowMean));
  const reference = series.reference === null ? null : yOf(unit(dim, series.reference));
  return (
    <figure data-testid={`drift-chart-${dim}`} className="min-w-0">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full max-w-[22rem] overflow-visible"
        data-testid={`drift-chart-${dim}-svg`}
      >
        {rows(dim, series).map((r) => (
          <g key={r.label}>
            <line x1={PLOT.left} x2={PLOT.right} y1={yOf(r.u)} y2={yOf(r.u)} className="stroke-zinc-200 dark:stroke-zinc-700" strokeWidth={1} />
            <text x={PLOT.left - 6} y={yOf(r.u)} dy="0.32em" textAnchor="end" className="fill-zinc-500 text-[11px] dark:fill-zinc-400">
              {r.label}
            </text>
          </g>
        ))}
        {series.driftIndex !== null && (
          <g data-testid={`drift-chart-${dim}-marker`}>
            <line
              x1={xOf(series.driftIndex)}
              x2={xOf(series.driftIndex)}
              y1={PLOT.top - 8}
              y2={PLOT.bottom + 4}
              className="stroke-rose-500 dark:stroke-rose-400"
              strokeWidth={1.5}
              strokeDasharray="2 2"
            />
            <text x={xOf(series.driftIndex)} y={PLOT.top - 11} textAnchor="middle" className="fill-rose-600 text-[10px] font-medium dark:fill-rose-300">
              drift
            </text>
          </g>
        )}
        {reference !== null && (
          <line x1={PLOT.left} x2={PLOT.right} y1={reference} y2={reference} className="stroke-amber-500 dark:stroke-amber-400" strokeWidth={2} />
        )}
        {mean !== null && (
          <line
            x1={PLOT.left}
            x2={PLOT.right}
            y1={mean}
            y2={mean}
            className="stroke-brand-600 dark:stroke-brand-100"
            strokeWidth={2}
            strokeDasharray="6 4"
          />
        )}
        {series.values.map((value, i) => (
          <circle
            key={i}
            cx={xOf(i)}
            cy={yOf(unit(dim, value))}
            r={i === series.driftIndex ? 4.5 : 3.5}
            className={
              i === series.driftIndex
                ? "fill-rose-500 stroke-white dark:fill-rose-400 dark:stroke-zinc-900"
                : "fill-brand-500/80 stroke-white dark:fill-brand-100/80 dark:stroke-zinc-900"
            }
            strokeWidth={1}
          />
        ))}
      </svg>
      <figcaption className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        {summary}
        {lastDriftAt && series.driftIndex === null && (
          <>
            {" "}
            Drift last fired <RelativeTime iso={lastDriftAt} serverNow={now} />.
          </>
        )}
        {moved && (
          <span data-testid={`drift-chart-${dim}-flag`} className="mt-1 block text-zinc-700 dark:text-zinc-300">
            {moved}
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/** The chart's key, shown once above a group of charts. */
export function DriftChartLegend() {
  const item = "inline-flex items-center gap-1.5";
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400" aria-label="Chart key">
      <li className={item}>
        <svg aria-hidden viewBox="0 0 10 10" className="size-2.5">
          <circle cx="5" cy="5" r="4" className="fill-brand-500 dark:fill-brand-100" />
        </svg>
        recent signals
      </li>
      <li className={item}>
        <svg aria-hidden viewBox="0 0 20 4" className="h-1 w-5">
          <line x1="0" x2="20" y1="2" y2="2" strokeWidth="2" strokeDasharray="5 3" className="stroke-brand-600 dark:stroke-brand-100" />
        </svg>
        recent average
      </li>
      <li className={item}>
        <svg aria-hidden viewBox="0 0 20 4" className="h-1 w-5">
          <line x1="0" x2="20" y1="2" y2="2" strokeWidth="2" className="stroke-amber-500 dark:stroke-amber-400" />
        </svg>
        long-run reference
      </li>
      <li className={item}>
        <svg aria-hidden viewBox="0 0 4 12" className="h-3 w-1">
          <line x1="2" x2="2" y1="0" y2="12" strokeWidth="1.5" strokeDasharray="2 2" className="stroke-rose-500 dark:stroke-rose-400" />
        </svg>
        where drift fired
      </li>
    </ul>
  );
}
