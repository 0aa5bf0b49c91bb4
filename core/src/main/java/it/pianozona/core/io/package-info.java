/**
 * Documents: plans in YAML and JSON, framework and national data files, read with located errors
 * and written back losslessly. The only package that knows Jackson.
 */
package it.pianozona.core.io;
