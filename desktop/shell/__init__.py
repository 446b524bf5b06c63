"""The Qt platform shell: task runner, single instance, crash handling, Qt log routing."""
