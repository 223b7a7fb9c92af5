import subprocess

out = subprocess.check_output(["echo", "checked"])
print(out)
try:
    subprocess.check_output(["sh", "-c", "echo oops; exit 1"])
except subprocess.CalledProcessError as e:
    print(e, e.output)
print(subprocess.call(["sh", "-c", "exit 6"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
