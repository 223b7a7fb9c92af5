import subprocess

print(repr(subprocess.getoutput("echo a; echo b >&2")))
print(subprocess.getstatusoutput("echo a; exit 3"))
print(subprocess.getstatusoutput("exit 0"))
print(subprocess.getstatusoutput("kill -9 $$"))
print(subprocess.getstatusoutput("printf 'x\\n\\n\\n'"))
print(subprocess.getstatusoutput("no_such_cmd_s10 2>/dev/null"))
