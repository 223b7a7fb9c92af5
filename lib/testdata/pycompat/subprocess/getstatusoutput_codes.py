import subprocess

for cmd in ("exit 0", "echo fail; exit 3", "echo to stderr >&2; exit 1", "kill -9 $$", "no_such_command_xyz 2>/dev/null"):
    print(subprocess.getstatusoutput(cmd))
