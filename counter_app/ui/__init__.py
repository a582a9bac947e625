"""PySide6 screens, dialogs, the task runner and the main window shell."""
