package it.pianozona.rules.puglia;

import it.pianozona.core.model.Region;
import it.pianozona.tck.RegionContract;

/** Puglia passes the contract every region passes, golden scenarios included. */
class PugliaContractTest extends RegionContract {

  @Override
  protected Region region() {
    return Region.PUGLIA;
  }

  @Override
  protected String regionPackage() {
    return "it.pianozona.rules.puglia";
  }
}
