import subprocess

for code in (-1, 300, 128):
    print(code, subprocess.run(["sh", "-c", "exit %d" % code]).returncode)
