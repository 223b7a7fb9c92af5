import subprocess

e = subprocess.CalledProcessError(2, ["grep", "x", "file"], output=b"partial", stderr=b"grep: file: No such file")
print(e)
print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
e = subprocess.CalledProcessError(-9, "sleep 100")
print(e)
e = subprocess.CalledProcessError(1, ["false"])
print(e, e.output, e.stderr)
t = subprocess.TimeoutExpired(["sleep", "9"], 1.5, output=b"o")
print(t, t.timeout, t.output, t.stdout, t.stderr)
