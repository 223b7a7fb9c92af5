import subprocess
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.CompletedProcess(["a", "b"], 0, "x"))
print(subprocess.CompletedProcess(["a"], 3, b"o", b"e"))
print(subprocess.TimeoutExpired(["x"], 2.5))
print(subprocess.TimeoutExpired("sleep 9", 3))
for code in (1, 255, -9, -15, -2, -200):
    print(subprocess.CalledProcessError(code, ["x", "y"]))
