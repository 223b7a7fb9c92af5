import subprocess

for kw in (dict(input="x", stdin=subprocess.PIPE), dict(capture_output=True, stdout=subprocess.PIPE), dict(capture_output=True, stderr=subprocess.DEVNULL)):
    try:
        subprocess.run(["cat"], **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    subprocess.check_output(["cat"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
print(repr(subprocess.check_output(["cat"], input="abc", text=True)))
