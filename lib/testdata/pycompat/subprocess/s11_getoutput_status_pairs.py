import subprocess

print(repr(subprocess.getoutput("printf 'a\\nb\\n\\n'")))
print(subprocess.getstatusoutput("echo fine"))
print(subprocess.getstatusoutput("echo bad >&2; exit 3"))
print(subprocess.getstatusoutput("kill -9 $$"))
