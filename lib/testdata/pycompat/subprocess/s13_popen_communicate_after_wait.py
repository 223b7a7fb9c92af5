import subprocess

p = subprocess.Popen(["sh", "-c", "echo small; echo err >&2; exit 5"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print("wait:", p.wait())
out, err = p.communicate()
print(out, err, p.returncode)
print(p.communicate())
