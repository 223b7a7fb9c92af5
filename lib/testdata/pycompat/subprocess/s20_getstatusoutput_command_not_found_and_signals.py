import subprocess

status, out = subprocess.getstatusoutput("nonexistent-cmd-s20")
print(status, "not found" in out)
print(subprocess.getstatusoutput("kill -TERM $$"))
print(subprocess.getstatusoutput("printf 'a\\nb'; exit 1"))
print(repr(subprocess.getoutput("exit 3")))
