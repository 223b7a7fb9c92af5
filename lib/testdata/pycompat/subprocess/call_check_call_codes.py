import subprocess

print(subprocess.call(["sh", "-c", "exit 4"]), subprocess.call("exit 0", shell=True))
print(subprocess.call(["sh", "-c", "kill -15 $$"]))
print(subprocess.check_call(["true"]))
for cmd in (["sh", "-c", "exit 9"], ["sh", "-c", "kill -9 $$"]):
    try:
        subprocess.check_call(cmd)
    except subprocess.CalledProcessError as e:
        print(e.returncode, e.output, e)
