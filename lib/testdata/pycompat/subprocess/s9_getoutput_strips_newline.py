import subprocess

print(repr(subprocess.getoutput("printf 'a\\n\\n'")))
print(repr(subprocess.getoutput("printf 'no newline'")))
print(repr(subprocess.getoutput("echo err >&2")))
print(repr(subprocess.getoutput("true")))
