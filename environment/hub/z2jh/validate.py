"""Checks environment/hub/z2jh/values.yaml against the Zero to JupyterHub chart's own schema, as
`helm install` does: the chart's default values.yaml with ours merged over it (maps merged, lists
replaced, null removes a key), validated against jupyterhub/values.schema.yaml.

    python environment/hub/z2jh/validate.py CHART_DIR     # CHART_DIR: the chart's jupyterhub/ folder
"""
import pathlib
import sys

import jsonschema
import yaml

VALUES = pathlib.Path(__file__).resolve().parent / "values.yaml"


def merged(base, over):
    """Helm's merge of user values over a chart's defaults."""
    if not isinstance(base, dict) or not isinstance(over, dict):
        return over
    out = dict(base)
    for key, value in over.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merged(base.get(key), value)
    return out


def main(chart: pathlib.Path) -> int:
    schema = yaml.safe_load((chart / "values.schema.yaml").read_text())
    defaults = yaml.safe_load((chart / "values.yaml").read_text())
    values = merged(defaults, yaml.safe_load(VALUES.read_text()))
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(values), key=lambda e: list(e.path))
    for e in errors:
        print(f"{'.'.join(map(str, e.path)) or '(top)'}: {e.message}")
    print(f"{VALUES.name}: {'valid' if not errors else f'{len(errors)} errors'} against {chart / 'values.schema.yaml'}")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(pathlib.Path(sys.argv[1])))
