import subprocess

r = subprocess.run(["sh", "-c", 'echo "$0|$1|$2|$#"', "prog", "one two", "it's"], capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run("for w in \"a b\" c; do echo [$w]; done", shell=True, capture_output=True, text=True)
print(r.stdout.split())
r = subprocess.run(["echo", "$HOME", "*", "a;b"], capture_output=True, text=True)
print(r.stdout, end="")
