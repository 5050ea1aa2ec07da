package org.eduroadmap.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Real «Сроки» phrases from Russian education plans, labelled by hand: what share the library reads as
 * labelled (kind, occurrences in the row's period with policy NONE, time, zone, weekday notes).
 */
class RealTermsTest {

  @Test
  void read_realTerms_matchAtLeast99Percent() {
    RealTermCorpus corpus = RealTermCorpus.load("real-terms.tsv").orElseThrow();
    System.out.println("real-terms.tsv: " + corpus.report());
    assertThat(corpus.share()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void read_realTerms_neverLoseARow() {
    RealTermCorpus corpus = RealTermCorpus.load("real-terms.tsv").orElseThrow();
    for (RealTermCorpus.Result r : corpus.results()) {
      TermRule rule = TermReader.lenient().read(r.phrase());
      if (rule instanceof TermRule.Unparsed u) {
        assertThat(u.text()).isEqualTo(r.phrase());
        assertThat(u.reason()).isNotBlank();
      }
    }
  }

  @Test
  void read_holdoutTerms_holdTheirFloor() {
    Optional<RealTermCorpus> holdout = RealTermCorpus.load("real-terms-holdout.tsv");
    assumeTrue(holdout.isPresent(), "no held-out file");
    System.out.println("real-terms-holdout.tsv: " + holdout.get().report());
    assertThat(holdout.get().share()).isGreaterThanOrEqualTo(150.0 / 152); // the figure when issue 24 was done
  }

  @Test
  void read_holdoutTerms2_holdTheirFloor() {
    Optional<RealTermCorpus> holdout = RealTermCorpus.load("real-terms-holdout-2.tsv");
    assumeTrue(holdout.isPresent(), "no second held-out file");
    System.out.println("real-terms-holdout-2.tsv: " + holdout.get().report());
    assertThat(holdout.get().share()).isGreaterThanOrEqualTo(122.0 / 126); // the figure when issue 24 was done
  }

  @Test
  void read_holdoutTerms3_holdTheirFloor() {
    Optional<RealTermCorpus> holdout = RealTermCorpus.load("real-terms-holdout-3.tsv");
    assumeTrue(holdout.isPresent(), "no third held-out file");
    System.out.println("real-terms-holdout-3.tsv: " + holdout.get().report());
    assertThat(holdout.get().share()).isGreaterThanOrEqualTo(118.0 / 120); // the figure when issue 24 was done
  }

  @Test
  void read_holdoutTerms4_holdTheirFloor() {
    Optional<RealTermCorpus> holdout = RealTermCorpus.load("real-terms-holdout-4.tsv");
    assumeTrue(holdout.isPresent(), "no fourth held-out file");
    System.out.println("real-terms-holdout-4.tsv: " + holdout.get().report());
    assertThat(holdout.get().share()).isGreaterThanOrEqualTo(140.0 / 150); // the figure when issue 24 was done
  }
}
