import subprocess

r = subprocess.run(["printf", "%s-%s", "a b", "c"], capture_output=True, text=True)
print(r.stdout, r.args, len(r.args))
print(subprocess.run(["sh", "-c", "echo $#", "zero", "1", "2", "3"], capture_output=True, text=True).stdout.strip())
