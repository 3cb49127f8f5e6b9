# nbgrader settings for the workbook's Java notebooks. A course directory made by
# environment/course.sh loads this file from its own nbgrader_config.py; see docs/assignments.md.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from workbook_nbgrader import ExecuteInWorkbook  # noqa: E402
from nbgrader.converters import Autograde  # noqa: E402
from nbgrader.preprocessors import Execute  # noqa: E402

# Use the Java kernel installed in the workbook's .venv rather than a user-wide one.
os.environ.setdefault("JUPYTER_PREFER_ENV_PATH", "1")

c = get_config()  # noqa: F821 (provided by traitlets when it loads this file)

# The student version replaces each solution region with a line that fails clearly when run, so
# an unanswered exercise fails its test cell with the exercise's name (nn.grading.Exercise adds it).
c.ClearSolutions.code_stub = {
    "java": 'throw new UnsupportedOperationException("not answered yet: replace this line with your answer");',
    "python": "# YOUR CODE HERE\nraise NotImplementedError()",
}
# The regions themselves keep nbgrader's default markers, written as Java comments:
# // BEGIN SOLUTION ... // END SOLUTION and // BEGIN HIDDEN TESTS ... // END HIDDEN TESTS.

# A JVM kernel needs longer than nbgrader's 30 s defaults to start and to run its first cells.
c.Execute.timeout = 120
c.Execute.startup_timeout = 120

# Autograde runs submissions with the kernel started in notebooks/, where ../lib is the library.
# (nbgrader's own list, with Execute swapped; the timeouts above apply to the subclass too)
c.Autograde.autograde_preprocessors = [
    ExecuteInWorkbook if p is Execute else p
    for p in Autograde.class_traits()["autograde_preprocessors"].default()
]
