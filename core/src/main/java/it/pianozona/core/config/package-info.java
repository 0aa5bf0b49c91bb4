/**
 * How a team tunes the checks to its office without forking them: rules turned off or re-graded,
 * dated parameters overridden, extra catalogues, the default language and accepted findings, read
 * from a project configuration file ({@code pianozona.yaml}) or built in code, and what each
 * evaluation changed because of them.
 */
package it.pianozona.core.config;
