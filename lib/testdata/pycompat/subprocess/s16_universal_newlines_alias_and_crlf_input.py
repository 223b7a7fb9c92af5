import subprocess

r = subprocess.run(["printf", "a\\r\\nb\\rc\\n"], stdout=subprocess.PIPE, universal_newlines=True)
print(repr(r.stdout), r.stdout.splitlines())
r = subprocess.run(["printf", "a\\r\\nb\\rc\\n"], stdout=subprocess.PIPE)
print(r.stdout, r.stdout.splitlines())
r = subprocess.run(["od", "-An", "-c"], input="x\r\ny\n", capture_output=True, text=True)
print(r.stdout.split())
