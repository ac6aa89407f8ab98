"""The one command line, `python bot.py COMMAND`: a module per command (`bot.cli.main`
lists them). Importing a command's module loads only what that command needs."""
