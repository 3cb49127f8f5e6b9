"""Sphinx settings of the static book (environment/book/build.py builds it; environment/book.sh runs that).

One book per edition, English in en/ and Chinese in zh/ of the site, made from the committed,
executed notebooks by MyST-NB (nothing is executed). WORKBOOK_BOOK_EDITION says which edition.
Formulas are typeset by MathJax 3 from the site's own mathjax/ folder, search is Sphinx's own
(jieba splits Chinese words): the site reads offline and loads nothing from elsewhere.
"""
import os

EDITION = os.environ.get("WORKBOOK_BOOK_EDITION", "en")
WORDS = {
    "en": {"project": "Neural networks, cell by cell", "language": "en", "other": "zh", "other_name": "中文版",
           "search": "Search the workbook…"},
    "zh": {"project": "神经网络，逐格运行", "language": "zh_CN", "other": "en", "other_name": "English",
           "search": "搜索本书…"},
}[EDITION]

project = WORDS["project"]
author = "the workbook's authors"
copyright = "code MIT, text and figures CC BY 4.0"
language = WORDS["language"]
html_search_language = "zh" if EDITION == "zh" else "en"
if EDITION == "zh":  # the course's Chinese terms (the glossary's and terms-zh.txt's), whole words in the search index
    html_search_options = {"dict": os.environ.get("WORKBOOK_BOOK_TERMS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "terms-zh.txt"))}
root_doc = "index"
extensions = ["myst_nb", "sphinx.ext.mathjax"]
exclude_patterns = ["_build", "**.ipynb_checkpoints"]
templates_path = [os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")]

# The notebooks are shown with the outputs they were committed with.
nb_execution_mode = "off"
nb_render_markdown_format = "myst"      # text/markdown outputs (the traces) with their formulas
nb_ipywidgets_js = {}                   # no widget JavaScript from elsewhere
myst_enable_extensions = ["dollarmath", "amsmath"]
myst_heading_anchors = 3
# a Java stack trace is shown as plain text; the lesson-10 flowchart's Mermaid source as code
suppress_warnings = ["mystnb.unknown_mime_type", "myst.header", "misc.highlighting_failure"]

# MathJax from the site's own folder (build.py copies it there from django-static-mathjax).
mathjax_path = "../../mathjax/tex-chtml.js"

html_theme = "sphinx_book_theme"
html_title = WORDS["project"]
html_copy_source = False
html_show_sourcelink = False
html_context = {"default_mode": "light", "edition": EDITION, "other_edition": WORDS["other"], "other_edition_name": WORDS["other_name"]}
html_sidebars = {"**": ["navbar-logo.html", "edition-switch.html", "search-button-field.html", "sbt-sidebar-nav.html"]}
html_theme_options = {
    "home_page_in_toc": True,
    "use_download_button": False,
    "use_fullscreen_button": False,
    "search_bar_text": WORDS["search"],
    "show_toc_level": 2,
}
