/**
 * Example programs, each runnable with one command from the README: validate a plan in ten lines,
 * build a plan in code, print a score's breakdown, compare the bundled plans, and a (fictional)
 * region of one's own found through {@link java.util.ServiceLoader}.
 */
package it.pianozona.examples;
