import subprocess

print(repr(subprocess.getoutput("printf 'a\\nb\\n\\n'")))
print(subprocess.getstatusoutput("echo out; echo err >&2; exit 3"))
print(subprocess.getstatusoutput("kill -9 $$"))
print(subprocess.getstatusoutput("true"))
print(repr(subprocess.getoutput("no-such-command-s17 2>/dev/null")))
