"""onrecord: news pages in, an on-the-record ledger out.

Stages (one package each): ``sources`` → ``extract`` → ``analyze`` → ``store`` → ``ledger``,
with ``cli`` as a thin layer on top. ``models`` holds the records passed between them.
"""

__version__ = "0.1.0"
