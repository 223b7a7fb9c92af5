import subprocess

print(repr(subprocess.getoutput("echo hello; echo world")))
print(subprocess.getstatusoutput("echo out; echo err >&2; exit 3"))
print(subprocess.getstatusoutput("printf 'no newline'"))
print(subprocess.getstatusoutput("exit 255"))
print(repr(subprocess.getoutput("printf 'a\\n\\n\\n'")))
