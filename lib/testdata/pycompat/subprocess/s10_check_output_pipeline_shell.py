import subprocess

out = subprocess.check_output("printf 'b\\na\\nc\\na\\n' | sort | uniq -c | sort -rn", shell=True, text=True)
print([line.split() for line in out.splitlines()])
n = subprocess.check_output("seq 1 100 | wc -l", shell=True)
print(int(n), type(n).__name__)
try:
    subprocess.check_output("echo partial; false", shell=True)
except subprocess.CalledProcessError as e:
    print(e, e.output)
