/**
 * Stage 2 of the pipeline: the synthetic world built from a scenario and a seed — zones and postcodes, merchants,
 * consumers, businesses and their supply links — held in columnar primitive arrays (no object per consumer).
 * Same scenario and seed, same world: every component draws from its own stream derived by {@link
 * io.hubscope.world.SeedDeriver}. Entry point: {@link io.hubscope.world.WorldBuilder#build}.
 */
package io.hubscope.world;
