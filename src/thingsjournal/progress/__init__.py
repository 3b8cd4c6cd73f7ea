"""Programme progress, the CPL year and coverage, capability ratings over time."""
