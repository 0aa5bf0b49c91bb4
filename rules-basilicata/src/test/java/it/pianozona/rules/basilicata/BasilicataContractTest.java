package it.pianozona.rules.basilicata;

import it.pianozona.core.model.Region;
import it.pianozona.tck.RegionContract;

/** Basilicata passes the contract every region passes, golden scenarios included. */
class BasilicataContractTest extends RegionContract {

  @Override
  protected Region region() {
    return Region.BASILICATA;
  }

  @Override
  protected String regionPackage() {
    return "it.pianozona.rules.basilicata";
  }
}
