//! One integration-test crate for the core (matklad, "Delete Cargo Integration Tests"):
//! tables of cases through one `check` helper per module.

mod analysis;
mod architecture;
mod errors;
mod experiment;
mod grid;
mod hessian;
mod limits;
mod network;
mod optimize;
mod parser;
mod polish;
mod properties;
mod quiz;
mod reference;
mod reference_table;
mod refine;
mod search;
mod series;
mod series_table;
