import subprocess

print(repr(subprocess.getoutput("echo one; echo two")))
print(subprocess.getstatusoutput("echo fine"))
print(subprocess.getstatusoutput("echo bad >&2; exit 3"))
print(subprocess.getstatusoutput("true"))
