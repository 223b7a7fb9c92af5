import subprocess

for code in (1, 2, -9, -15, -2, -100, 0):
    print(subprocess.CalledProcessError(code, ["prog", "arg"]))
print(subprocess.CalledProcessError(3, "make all"))
print(subprocess.TimeoutExpired(["sleep", "9"], 2.5))
print(subprocess.TimeoutExpired("sleep 9", 3))
