import subprocess

r = subprocess.run(["echo", "a b", "c'd", 'e"f'], capture_output=True, text=True)
print(r.args)
print(r.stdout, end="")
print(r)
r = subprocess.run("echo 'quoted arg'", shell=True, capture_output=True)
print(r.args, r)
