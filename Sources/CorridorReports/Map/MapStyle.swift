/// The map's own style sheet, inside its SVG, so that it looks the same wherever it is shown.
///
/// Selectors start with `svg.corridor-map` so that they win over a page's `svg .label` and
/// the like.
enum MapStyle {
  static let sheet = """
    <style>
    svg.corridor-map .cm-sea { fill: #dce9f2; }
    svg.corridor-map .cm-land { fill: #f5f3ee; }
    svg.corridor-map .cm-member { fill: #ece2c6; }
    svg.corridor-map .cm-border { fill: none; stroke: #8c8c8c; stroke-width: 0.6; stroke-dasharray: 3 1.2; }
    svg.corridor-map .cm-coast { fill: none; stroke: #7ea3bf; stroke-width: 0.6; }
    svg.corridor-map .cm-frame { fill: none; stroke: #666; stroke-width: 0.8; }
    svg.corridor-map .cm-area { fill: none; stroke: #222; stroke-width: 0.8; stroke-dasharray: 2 1.5; }
    svg.corridor-map .cm-letterbox { fill: #fff; stroke: #666; stroke-width: 0.8; }
    svg.corridor-map .cm-rail { stroke: #1f4e79; stroke-linecap: round; }
    svg.corridor-map .cm-road { stroke: #c0392b; stroke-linecap: round; }
    svg.corridor-map .cm-water { stroke: #2e86c1; stroke-dasharray: 4 2; }
    svg.corridor-map .cm-transfer { stroke: #7a7a7a; stroke-linecap: round; }
    svg.corridor-map .cm-gained { stroke: #1a9850; stroke-linecap: round; }
    svg.corridor-map .cm-lost { stroke: #d7301f; stroke-linecap: round; }
    svg.corridor-map .m-city { fill: #222; stroke: #fff; stroke-width: 0.6; }
    svg.corridor-map .m-sea_port { fill: #2e86c1; stroke: #fff; stroke-width: 0.8; }
    svg.corridor-map .m-hub { fill: #6a3d9a; stroke: #fff; stroke-width: 0.6; }
    svg.corridor-map .m-checkpoint { fill: #e39b2d; stroke: #333; stroke-width: 0.5; }
    svg.corridor-map .m-gauge_change { fill: #fff; stroke: #333; stroke-width: 1; }
    svg.corridor-map .m-junction { fill: #666; }
    svg.corridor-map .m-consolidation { fill: #b5179e; stroke: #fff; stroke-width: 1; fill-opacity: 0.85; }
    svg.corridor-map text { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
    svg.corridor-map text.label { font-size: 8px; fill: #1b1b1b; stroke: #fff; stroke-width: 2.2px; stroke-linejoin: round; paint-order: stroke; }
    svg.corridor-map text.cm-letter { font-weight: bold; stroke: none; }
    svg.corridor-map .leader { stroke: #444; stroke-width: 0.5; fill: none; }
    svg.corridor-map text.cm-title { font-size: 9px; font-weight: bold; }
    svg.corridor-map text.cm-legend { font-size: 8px; fill: #333; }
    svg.corridor-map text.cm-credit { font-size: 7px; fill: #666; }
    </style>
    """
}
