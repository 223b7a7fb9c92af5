import subprocess

print(subprocess.check_call(["true"]))
for cmd in (["false"], ["sh", "-c", "exit 9"]):
    try:
        subprocess.check_call(cmd)
    except subprocess.CalledProcessError as e:
        print(e, e.output, e.stderr)
print(subprocess.call(["sh", "-c", "exit 9"]))
print(subprocess.call("exit 7", shell=True))
