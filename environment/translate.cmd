@echo off
rem The Chinese edition's translations (docs/translating.md). Twin of environment/translate.sh.
call "%~dp0launcher.cmd" translate %*
