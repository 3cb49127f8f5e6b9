@echo off
rem Re-executes notebooks in place (all, or the paths given, relative to the workbook folder).
rem Twin of environment/execute.sh.
call "%~dp0launcher.cmd" execute %*
