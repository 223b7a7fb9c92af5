import subprocess
args = ["printf", "%s|", "with space", "star*", "$HOME", "semi;colon", "quote'd"]
r = subprocess.run(args, capture_output=True, text=True)
print(r.stdout)
print(subprocess.run("printf '%s|' *.nonexistent-s12", shell=True, capture_output=True, text=True).stdout)
