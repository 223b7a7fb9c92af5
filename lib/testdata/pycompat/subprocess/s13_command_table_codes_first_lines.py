import subprocess

cmds = [["echo", "hello", "world"], ["sh", "-c", "echo a; echo b; exit 3"], ["ls", "/nonexistent-dir-xyz"], ["true"], ["sh", "-c", "echo to-err >&2"]]
for cmd in cmds:
    r = subprocess.run(cmd, capture_output=True, text=True)
    first = (r.stdout.splitlines() or [""])[0]
    print(f"{' '.join(cmd)!r:45} rc={r.returncode} out={first!r} err={bool(r.stderr)}")
