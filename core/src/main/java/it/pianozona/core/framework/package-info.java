/**
 * The service-provider interface for regional frameworks: catalogues, rules, scoring criteria,
 * dated parameters, and the registry that discovers them and picks one for a plan.
 */
package it.pianozona.core.framework;
