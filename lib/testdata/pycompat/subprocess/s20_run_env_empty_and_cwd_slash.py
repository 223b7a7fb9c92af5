import subprocess

r = subprocess.run(["/bin/sh", "-c", "echo [$HOME] [$FOO]; pwd"], env={}, cwd="/", capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run(["/bin/sh", "-c", "echo $FOO-$BAR"], env={"FOO": "1", "BAR": "two words"}, capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run("echo $0 $1 $2", shell=True, capture_output=True, text=True)
print(repr(r.stdout))
