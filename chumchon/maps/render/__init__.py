"""The poster-map renderer: plain Python, no Django.

`model` holds the data a map is drawn from; `render.render_map(spec, fmt, size)`
returns SVG, PDF or PNG bytes. Django code builds a `MapSpec` in chumchon.maps.adapter.
"""
