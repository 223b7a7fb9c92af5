import subprocess, os

r = subprocess.run(["sh", "-c", "pwd; echo \"$FOO-$BAR\"; env | grep -c '^FOO='"], cwd="/",
                   env={"FOO": "foo", "BAR": "bar", "PATH": os.environ["PATH"]}, capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
r = subprocess.run("echo $((6*7)) $0", shell=True, capture_output=True, text=True)
print(r)
