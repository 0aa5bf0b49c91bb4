package it.pianozona.core.framework;

/**
 * A rule that asks for a section of the plan's {@code contents}. The keys of a framework's section
 * rules, with the national ones, are the sections a plan of that framework may declare: the closed
 * list an unknown key is checked against and that {@code pianozona schema --framework} publishes.
 *
 * @since 0.1
 */
public interface ContentsSection {

  /** The contents key the rule asks for, such as {@code monitoring} or {@code needsAnalysis}. */
  String contentsKey();
}
