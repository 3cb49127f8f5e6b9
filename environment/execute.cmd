@echo off
rem Makes the student editions from source/ and executes them in place (all, or the lessons
rem given, relative to the workbook folder). Twin of environment/execute.sh.
call "%~dp0launcher.cmd" execute %*
