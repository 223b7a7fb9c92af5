import subprocess

r = subprocess.run(["sh", "-c", "printf 'it'\"'\"'s'; echo e >&2"], capture_output=True)
print(r)
r = subprocess.run(["sh", "-c", "printf 'tab\\there'"], capture_output=True, text=True)
print(r)
