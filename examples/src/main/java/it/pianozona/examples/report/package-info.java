/** Reports people read and tools consume: HTML, Markdown and SARIF 2.1.0. */
package it.pianozona.examples.report;
