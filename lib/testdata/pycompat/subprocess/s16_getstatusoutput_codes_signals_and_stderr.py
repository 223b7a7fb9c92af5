import subprocess

for cmd in ("exit 3", "echo out; echo err >&2", "kill -9 $$", "printf 'a\\nb\\n\\n'", "nosuchcommand_xyz 2>/dev/null"):
    print(repr(cmd), subprocess.getstatusoutput(cmd))
print(repr(subprocess.getoutput("echo one; echo two")))
