/** Internal machinery of pianozona; not an API, may change in any release. */
package it.pianozona.core.internal;
