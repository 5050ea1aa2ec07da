/** The five seed roadmaps as roadmap JSON text: no dependencies, no model, only the documents. */
module org.eduroadmap.seeds {
  exports org.eduroadmap.seeds;
}
