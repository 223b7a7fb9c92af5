import subprocess

for code in (0, 1, 2, 127, 255, 256, 257):
    r = subprocess.run(["sh", "-c", "exit %d" % code])
    print(code, r.returncode)
print(subprocess.call(["false"]), subprocess.call(["true"]))
print(subprocess.call("exit 42", shell=True))
