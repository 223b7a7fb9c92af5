import subprocess

r = subprocess.run(["echo \"$0 got $1 and $2\"", "script", "one", "two"], shell=True, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run("echo $((6 * 7))", shell=True, capture_output=True, text=True)
print(r.stdout.strip(), r.args)
