package it.pianozona.cli;

import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.framework.LepsInfo;
import it.pianozona.core.framework.NationalReference;
import it.pianozona.core.framework.Objective;
import it.pianozona.core.framework.ParticipationModel;
import it.pianozona.core.io.WorkbookWriter;
import it.pianozona.core.national.NationalRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The drop-down lists of a workbook, from a framework's catalogue and the national references. */
final class WorkbookLists {

  private WorkbookLists() {}

  static WorkbookWriter.Lists of(Framework framework) {
    NationalReference national = NationalRules.reference();
    Set<String> sources = new LinkedHashSet<>();
    national.fundingSources().stream().map(FundingSourceInfo::id).forEach(s -> sources.add(s.id()));
    framework.catalogue().fundingSources().stream()
        .map(FundingSourceInfo::id)
        .forEach(s -> sources.add(s.id()));
    Set<String> kinds = new LinkedHashSet<>();
    Set<String> bodies = new LinkedHashSet<>();
    for (ParticipationModel.Stage stage :
        framework.participation().map(ParticipationModel::stages).orElse(List.of())) {
      kinds.addAll(stage.kinds());
      bodies.addAll(stage.bodies());
    }
    return new WorkbookWriter.Lists(
        framework.catalogue().areaCodes(),
        framework.catalogue().objectives().stream().map(Objective::code).toList(),
        new ArrayList<>(sources),
        national.leps().stream().map(LepsInfo::id).toList(),
        new ArrayList<>(kinds),
        new ArrayList<>(bodies));
  }
}
