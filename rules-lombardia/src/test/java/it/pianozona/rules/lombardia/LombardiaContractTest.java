package it.pianozona.rules.lombardia;

import it.pianozona.core.model.Region;
import it.pianozona.tck.RegionContract;

/** Lombardia passes the contract every region passes, golden scenarios included. */
class LombardiaContractTest extends RegionContract {

  @Override
  protected Region region() {
    return Region.LOMBARDIA;
  }

  @Override
  protected String regionPackage() {
    return "it.pianozona.rules.lombardia";
  }
}
