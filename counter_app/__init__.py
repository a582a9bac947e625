"""counter_app: the front-office system of Dinas Tenaga Kerja Kabupaten Mojokerto."""

__version__ = "0.1.0"
