import { describe, expect, it } from "vitest";
import { dashFragmentShader } from "../../../client/graph-view/dash-fragment-shader.js";

const SHADER = `precision highp float;
const vec4 transparent = vec4(0.0);
void main(void) {
  float dist = 0.0;
  float thickness = 1.0;
  float halfThickness = thickness / 2.0;
  gl_FragColor = transparent;
}`;

describe("dashFragmentShader", () => {
  it("adds the curve parameter and leaves the gaps transparent outside picking", () => {
    const dashed = dashFragmentShader(SHADER);
    expect(dashed.match(/float curveParameter\(/g)).toHaveLength(1);
    expect(dashed.match(/void main\(void\) \{/g)).toHaveLength(1);
    expect(dashed.indexOf("float curveParameter(")).toBeLessThan(dashed.indexOf("void main"));
    expect(dashed).toMatch(/#ifndef PICKING_MODE[\s\S]*mod\(along, 11\.0\) > 7\.0[\s\S]*#endif/);
    expect(dashed.match(/float halfThickness = thickness \/ 2\.0;/g)).toHaveLength(1);
  });

  it("refuses a shader it does not recognise", () => {
    expect(() => dashFragmentShader("void main(void) {}")).toThrow(/halfThickness/);
  });
});
