/**
 * pianozona core: the domain model of the Piano di Zona, the plan document format, the validation
 * and scoring engine, the national rules and the interface regional frameworks implement.
 */
module it.pianozona.core {
  requires transitive com.google.common;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires org.slf4j;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.compress;
  requires com.fasterxml.aalto;

  exports it.pianozona.core;
  exports it.pianozona.core.model;
  exports it.pianozona.core.framework;
  exports it.pianozona.core.validation;
  exports it.pianozona.core.scoring;
  exports it.pianozona.core.criteria;
  exports it.pianozona.core.national;
  exports it.pianozona.core.reference;
  exports it.pianozona.core.text;
  exports it.pianozona.core.io;
  exports it.pianozona.core.config;
  exports it.pianozona.core.scenario;
  exports it.pianozona.core.templates;

  uses it.pianozona.core.framework.FrameworkProvider;
}
