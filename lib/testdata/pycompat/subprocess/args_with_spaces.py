import subprocess

r = subprocess.run(["printf", "[%s]\\n", "two words", "", "it's"], capture_output=True, text=True)
print(r.stdout, end="")
print(r.args)
print(r)
