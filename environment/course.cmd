@echo off
rem An nbgrader course folder from the graded lessons, or an nbgrader command run in one.
rem Twin of environment/course.sh (docs/assignments.md).
call "%~dp0launcher.cmd" course %*
