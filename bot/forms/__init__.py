"""Reading submitted forms into plain values, and running the changes they ask for."""
