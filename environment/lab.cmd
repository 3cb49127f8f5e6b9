@echo off
rem Opens the workbook in JupyterLab with the Java kernel, setting up what is missing first.
rem Extra arguments go to JupyterLab (e.g. --no-browser --port=8899). Twin of environment/lab.sh.
call "%~dp0launcher.cmd" lab %*
