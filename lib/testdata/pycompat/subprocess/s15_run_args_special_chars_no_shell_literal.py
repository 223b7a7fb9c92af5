import subprocess

args = ["printf", "%s|", "$HOME", "*", "a b", "'q'", "semi;colon", ""]
r = subprocess.run(args, capture_output=True, text=True)
print(r.stdout)
print(r.args == args, r.returncode)
r = subprocess.run(["sh", "-c", 'printf "%s|" "$@"', "sh", "x y", "*"], capture_output=True, text=True)
print(r.stdout)
