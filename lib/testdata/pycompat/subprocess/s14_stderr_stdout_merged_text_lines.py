import subprocess

out = subprocess.check_output("echo one; echo two >&2; echo three; echo four >&2", shell=True,
                              stderr=subprocess.STDOUT, text=True)
print(out.splitlines())
r = subprocess.run(["sh", "-c", "echo a; echo b >&2; exit 1"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r)
print(r.stderr is None)
