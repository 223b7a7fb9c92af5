import subprocess

for kw in ({"capture_output": True, "stdout": subprocess.PIPE}, {"capture_output": True, "stderr": subprocess.DEVNULL}):
    try:
        subprocess.run(["true"], **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    subprocess.run(["cat"], input="x", stdin=subprocess.DEVNULL)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
