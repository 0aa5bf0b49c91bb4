@echo off
rem pianozona: the command line, started faster than 'java -jar pianozona.jar' (see the
rem script 'pianozona' beside this one). JAVA_HOME chooses the JVM; PIANOZONA_JAVA_OPTS adds
rem JVM flags.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "SHORT=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
for %%a in (%*) do if "%%~a"=="batch" set "SHORT="
for %%a in (%*) do if "%%~a"=="serve" set "SHORT="
set "ARCHIVE="
if exist "%HERE%pianozona.jsa" set "ARCHIVE=-XX:SharedArchiveFile=%HERE%pianozona.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JAVA%" %ARCHIVE% %SHORT% %PIANOZONA_JAVA_OPTS% -jar "%HERE%pianozona.jar" %*
exit /b %ERRORLEVEL%
