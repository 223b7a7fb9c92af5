import subprocess

ok = subprocess.run(["true"])
print(ok.check_returncode(), ok.args, ok.returncode)
bad = subprocess.run(["sh", "-c", "echo x; exit 9"], capture_output=True)
try:
    bad.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stderr)
print(bad)
