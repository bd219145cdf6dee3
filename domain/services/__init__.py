"""Services: small functions that take a unit of work and plain values and apply the rules."""
