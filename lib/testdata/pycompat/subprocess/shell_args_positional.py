import subprocess

r = subprocess.run(['echo "$0|$1|$2"', "zero", "one", "two words"], shell=True, capture_output=True, text=True)
print(repr(r.stdout), r.args)
r = subprocess.run("echo $((6 * 7)) && echo second", shell=True, capture_output=True, text=True)
print(repr(r.stdout))
print(r)
