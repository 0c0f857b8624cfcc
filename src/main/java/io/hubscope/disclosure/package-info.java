/**
 * Stage 5 of the pipeline: what each party receives. For every route the {@link
 * io.hubscope.disclosure.DisclosurePlanner} resolves the messages' senders and recipients and the transforms into
 * a precomputed {@link io.hubscope.disclosure.DisclosurePlan} (form of each field for each party, as byte codes),
 * which the engine applies per shipment; {@link io.hubscope.disclosure.DataFlowMatrix} summarises it per field and
 * party for people.
 */
package io.hubscope.disclosure;
