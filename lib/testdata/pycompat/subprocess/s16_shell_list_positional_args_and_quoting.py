import subprocess

r = subprocess.run(["echo \"$0|$1|$2\"", "zero", "one two", "three"], shell=True, capture_output=True, text=True)
print(repr(r.stdout), r.args)
r = subprocess.run("echo 'single quoted $HOME' \"x  y\"", shell=True, capture_output=True, text=True)
print(repr(r.stdout))
print(subprocess.run(["printf", "%s|", "a b", "", "c"], capture_output=True, text=True).stdout)
print(subprocess.run("exit 300", shell=True).returncode)
