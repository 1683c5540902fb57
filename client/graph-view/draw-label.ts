// Canvas label and hover drawing that read well on both themes: text with a halo, and a rounded
// card behind a hovered node's label.

import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { CanvasColors } from "../../shared/palette.js";
import type { DisplayEdge, DisplayNode } from "./build-display-graph.js";

type DrawLabel = NodeLabelDrawingFunction<DisplayNode, DisplayEdge>;

export function createDrawLabel(colors: CanvasColors): DrawLabel {
  return (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${data.forceLabel ? 600 : 500} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 4;
    const y = data.y + size / 3;
    context.lineJoin = "round";
    context.lineWidth = 4;
    context.strokeStyle = colors.labelHalo;
    context.strokeText(data.label, x, y);
    context.fillStyle = colors.label;
    context.fillText(data.label, x, y);
  };
}

export function createDrawHover(colors: CanvasColors, cardColor: string): DrawLabel {
  const drawLabel = createDrawLabel(colors);
  return (context, data, settings) => {
    const size = settings.labelSize;
    context.font = `600 ${size}px ${settings.labelFont}`;
    const label = data.label ?? "";
    const width = context.measureText(label).width;
    const height = size + 10;
    const left = data.x - data.size - 4;
    const top = data.y - height / 2;
    const right = data.x + data.size + 10 + width;
    context.beginPath();
    context.roundRect(left, top, right - left, height, height / 2);
    context.fillStyle = cardColor;
    context.shadowColor = "rgba(0,0,0,0.35)";
    context.shadowBlur = 12;
    context.fill();
    context.shadowBlur = 0;
    context.beginPath();
    context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
    context.fillStyle = data.color;
    context.fill();
    drawLabel(context, { ...data, forceLabel: true }, settings);
  };
}
