@echo off
rem Runs every test (JUnit 5, then every notebook and the other tests with pytest), setting up
rem what is missing first. Extra arguments go to pytest (e.g. -k 01-mcp). Twin of environment/test.sh.
call "%~dp0launcher.cmd" test %*
