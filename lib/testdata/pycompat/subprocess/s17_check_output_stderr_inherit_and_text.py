import subprocess

out = subprocess.check_output(["sh", "-c", "echo out; echo hidden >&2"], stderr=subprocess.DEVNULL)
print(out)
out = subprocess.check_output(["sh", "-c", "echo a; echo b >&2"], stderr=subprocess.STDOUT, text=True)
print(out.splitlines())
print(subprocess.check_output("printf ''", shell=True), subprocess.check_output("printf ''", shell=True, text=True) == "")
