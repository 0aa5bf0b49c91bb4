/**
 * The Piano di Zona as immutable values: plan, ambito, comuni, money, interventions, governance.
 */
package it.pianozona.core.model;
