// The dash of the dashed curve program: @sigma/edge-curve's fragment shader, patched to find how
// far along the curve a pixel lies and to leave the gaps transparent (the arrow head stays solid;
// the picking pass is not dashed, so a gap still picks its deal). Kept apart from the program so
// it can be tested without WebGL.

/** Dash and gap lengths in device pixels. */
export const DASH_PX = 7;
export const GAP_PX = 4;

const PARAMETER_FUNCTION = /* glsl */ `
float curveParameter(vec2 b0, vec2 b1, vec2 b2) {
  float a = det(b0, b2), b = 2.0 * det(b1, b0), d = 2.0 * det(b2, b1);
  float f = b * d - a * a;
  vec2 d21 = b2 - b1, d10 = b1 - b0, d20 = b2 - b0;
  vec2 gf = 2.0 * (b * d21 + d * d10 + a * d20);
  gf = vec2(gf.y, -gf.x);
  vec2 pp = -f * gf / dot(gf, gf);
  vec2 d0p = b0 - pp;
  float ap = det(d0p, d20), bp = 2.0 * det(d10, d0p);
  return clamp((ap + bp) / (2.0 * a + b + d), 0.0, 1.0);
}

void main(void) {`;

const DASH = /* glsl */ `
  #ifndef PICKING_MODE
  vec2 dashPoint = gl_FragCoord.xy;
  float chord = length(v_cpC - v_cpA);
  float along = curveParameter(v_cpA - dashPoint, v_cpB - dashPoint, v_cpC - dashPoint) * chord;
  float head = v_targetSize + v_thickness * u_lengthToThicknessRatio;
  if (along < chord - head && mod(along, ${(DASH_PX + GAP_PX).toFixed(1)}) > ${DASH_PX.toFixed(1)}) {
    gl_FragColor = transparent;
    return;
  }
  #endif
  float halfThickness = thickness / 2.0;`;

/** Patch the curve program's fragment shader; throws if the shader no longer reads as expected. */
export function dashFragmentShader(source: string): string {
  const anchors = ["void main(void) {", "float halfThickness = thickness / 2.0;"];
  for (const anchor of anchors) {
    if (source.split(anchor).length !== 2) {
      throw new Error(`dashFragmentShader: expected one "${anchor}" in the curve shader`);
    }
  }
  return source.replace(anchors[0]!, PARAMETER_FUNCTION).replace(anchors[1]!, DASH);
}
