import subprocess

print(repr(subprocess.getoutput("echo hello")))
print(repr(subprocess.getoutput("printf 'a\\nb\\n\\n'")))
print(repr(subprocess.getoutput("echo out; echo err >&2")))
print(repr(subprocess.getoutput("true")))
print(repr(subprocess.getoutput("printf 'no newline'")))
