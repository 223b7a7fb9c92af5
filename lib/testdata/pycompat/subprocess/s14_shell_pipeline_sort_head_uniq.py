import subprocess

out = subprocess.check_output("printf 'pear\\napple\\nfig\\napple\\n' | sort | uniq -c | sort -rn | head -2", shell=True, text=True)
print([line.split() for line in out.splitlines()])
r = subprocess.run("printf 'b\\na\\n' | sort", shell=True, capture_output=True)
print(r.stdout, r.returncode)
r = subprocess.run("false | true", shell=True)
print("pipeline status is the last command's:", r.returncode)
