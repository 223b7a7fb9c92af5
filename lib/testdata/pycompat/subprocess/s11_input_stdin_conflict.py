import subprocess

try:
    subprocess.run(["cat"], input="x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.run(["cat"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
print(subprocess.run(["cat"], input="ok", capture_output=True, text=True).stdout)
