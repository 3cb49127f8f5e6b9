@echo off
rem Builds the static book of both editions into target\book\. Twin of environment/book.sh.
call "%~dp0launcher.cmd" book %*
