import { describe, expect, it } from "vitest";
import { renderLineChart } from "../../bench/render-line-chart.js";

describe("renderLineChart", () => {
  it("draws one marker per positive point, hollow for lower bounds, with escaped names", () => {
    const svg = renderLineChart({
      title: "t <1>",
      xLabel: "n",
      yLabel: "s",
      series: [
        {
          name: "a & b",
          color: "#f00",
          points: [
            { x: 1000, y: 0.5 },
            { x: 2000, y: 1.5 },
          ],
        },
        {
          name: "c",
          color: "#00f",
          points: [
            { x: 1000, y: 30, lowerBound: true },
            { x: 0, y: 1 },
          ],
        },
      ],
    });
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    expect(svg).toContain('fill="#fff" stroke="#00f"');
    expect(svg).toContain("a &amp; b");
    expect(svg).toContain("t &lt;1&gt;");
    expect(svg).not.toContain("NaN");
  });

  it("places larger values higher and further right on log axes", () => {
    const svg = renderLineChart({
      title: "",
      xLabel: "",
      yLabel: "",
      series: [
        {
          name: "s",
          color: "#000",
          points: [
            { x: 10, y: 1 },
            { x: 1000, y: 100 },
          ],
        },
      ],
    });
    const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(circles).toHaveLength(2);
    expect(circles[1]![0]!).toBeGreaterThan(circles[0]![0]!);
    expect(circles[1]![1]!).toBeLessThan(circles[0]![1]!);
  });

  it("widens for a long legend and keeps the plot where it was", () => {
    const chart = (name: string) =>
      renderLineChart({
        title: "",
        xLabel: "",
        yLabel: "",
        series: [{ name, color: "#000", points: [{ x: 10, y: 1 }] }],
      });
    const widthOf = (svg: string) => Number(/<svg [^>]*width="([\d.]+)"/.exec(svg)![1]);
    const plotOf = (svg: string) => /<rect x="70" y="40" width="([\d.]+)"/.exec(svg)![1];
    const short = chart("s");
    const long = chart("a series name of fifty characters, for the legend");
    expect(widthOf(short)).toBe(640);
    // 38 px of swatch and margins plus ~7 px per character must fit right of the plot.
    expect(widthOf(long) - 70 - Number(plotOf(long))).toBeGreaterThanOrEqual(38 + 50 * 7);
    expect(plotOf(long)).toBe(plotOf(short));
  });

  it("is deterministic", () => {
    const options = {
      title: "x",
      xLabel: "n",
      yLabel: "s",
      series: [{ name: "s", color: "#000", points: [{ x: 3, y: 7 }] }],
    };
    expect(renderLineChart(options)).toBe(renderLineChart(options));
  });
});
