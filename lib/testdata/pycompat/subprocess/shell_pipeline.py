import subprocess

r = subprocess.run("printf 'b\\na\\nc\\n' | sort | head -2", shell=True, capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
print(r.args)
r = subprocess.run("exit 7", shell=True)
print(r.returncode, r)
r = subprocess.run(["echo $0-$1", "first", "second"], shell=True, capture_output=True, text=True)
print(repr(r.stdout))
