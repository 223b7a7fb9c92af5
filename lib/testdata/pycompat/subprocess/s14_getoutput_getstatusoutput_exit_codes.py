import subprocess

print(repr(subprocess.getoutput("echo hi; exit 3")))
print(subprocess.getstatusoutput("echo out; echo err >&2; exit 7"))
print(subprocess.getstatusoutput("printf 'no newline'"))
print(subprocess.getstatusoutput("printf 'two\\n\\n'"))
print(subprocess.getstatusoutput("kill -9 $$"))
