import subprocess
out = subprocess.check_output("printf 'b\\na\\nb\\nc\\n' | sort | uniq -c | sort -rn | head -1", shell=True, text=True)
print(out.split())
n = subprocess.run("ls / | wc -l", shell=True, capture_output=True, text=True)
print(int(n.stdout) > 3, n.returncode)
r = subprocess.run("false | true", shell=True)
print(r.returncode, r.args)
