/** National reference data: the ISTAT list of comuni, shipped with the library. */
package it.pianozona.core.reference;
