/** Validation results: findings with severity, exact location and legal basis, and reports. */
package it.pianozona.core.validation;
