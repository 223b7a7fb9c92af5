import subprocess

print(subprocess.getoutput("printf 'a b c\\nd e\\n' | wc -w").strip())
status, out = subprocess.getstatusoutput("ls /definitely/not/here")
print(status != 0, "No such file" in out)
print(subprocess.getstatusoutput("echo ' padded '"))
