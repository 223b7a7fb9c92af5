import subprocess
print(subprocess.getstatusoutput("printf 'one\\ntwo\\n\\n'; exit 3"))
print(subprocess.getoutput("echo out; echo err 1>&2"))
print(subprocess.getstatusoutput("kill -9 $$"))
