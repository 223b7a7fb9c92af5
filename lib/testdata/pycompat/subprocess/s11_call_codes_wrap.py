import subprocess

print([subprocess.call(["sh", "-c", "exit %d" % i]) for i in (0, 1, 42, 255, 256, 257)])
print(subprocess.call("exit 9", shell=True))
