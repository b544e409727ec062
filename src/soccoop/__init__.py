"""soccoop: records of inter-regional cooperation in social protection from Russian news."""

__version__ = "0.1.0"
