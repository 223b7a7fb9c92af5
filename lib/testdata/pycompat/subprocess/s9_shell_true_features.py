import subprocess

r = subprocess.run("for i in 1 2 3; do printf $i; done; echo", shell=True, capture_output=True, text=True)
print(repr(r.stdout), r.args)
r = subprocess.run("echo $HOME_S9_UNSET-default", shell=True, capture_output=True, text=True)
print(repr(r.stdout))
print(subprocess.run("exit 42", shell=True).returncode)
