import subprocess

r = subprocess.run(["cat"], input=b"raw", capture_output=True)
print(r.stdout, r.returncode)
r = subprocess.run(["cat"], input="txt", capture_output=True, text=True)
print(r.stdout, r.stderr == "")
r = subprocess.run(["sort"], input="c\nb\na\n", stdout=subprocess.PIPE, text=True)
print(r.stdout.split())
