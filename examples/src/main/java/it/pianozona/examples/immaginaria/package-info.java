/** A FICTIONAL region, to show how a region is written and found. */
package it.pianozona.examples.immaginaria;
