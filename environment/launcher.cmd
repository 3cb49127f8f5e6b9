@echo off
rem Windows: finds a Python 3 and runs environment\launcher.py with the arguments given (lab.cmd,
rem test.cmd, execute.cmd and course.cmd call this). launcher.py then finds a supported Python
rem (3.11, 3.12 or 3.13) and a JDK 17 or newer, or says in one sentence which one is needed.
setlocal
set "LAUNCHER=%~dp0launcher.py"
if defined WORKBOOK_PYTHON goto chosen
where py >nul 2>nul && goto py
where python >nul 2>nul && goto python
echo [workbook] error: no Python was found on PATH; the workbook needs Python 3.11, 3.12 or 3.13 (https://www.python.org/downloads/) 1>&2
exit /b 1
:chosen
"%WORKBOOK_PYTHON%" "%LAUNCHER%" %*
exit /b %errorlevel%
:py
py -3 "%LAUNCHER%" %*
exit /b %errorlevel%
:python
python "%LAUNCHER%" %*
exit /b %errorlevel%
