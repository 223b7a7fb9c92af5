import subprocess

for e in [subprocess.CalledProcessError(2, ["ls", "x"]),
          subprocess.CalledProcessError(1, "make all", output=b"out", stderr=b"err"),
          subprocess.CalledProcessError(-9, ["sleep", "5"]),
          subprocess.CalledProcessError(-15, "server")]:
    print(str(e), "|", e.returncode, e.output, e.stderr)
t = subprocess.TimeoutExpired(["ping", "x"], 2.5)
print(str(t), t.output)
