import subprocess

out = subprocess.check_output(["sh", "-c", "echo a; echo b >&2; echo c"], stderr=subprocess.STDOUT, text=True)
print(repr(out))
out = subprocess.check_output(["sh", "-c", "echo kept; echo dropped >&2"], stderr=subprocess.DEVNULL)
print(out)
