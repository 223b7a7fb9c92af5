import subprocess

commands = [
    ["echo", "alpha beta"],
    ["sh", "-c", "exit 9"],
    ["printf", "%s-%s", "x", "y"],
    ["sh", "-c", "echo err >&2; echo out"],
    ["false"],
]
for cmd in commands:
    r = subprocess.run(cmd, capture_output=True, text=True)
    first = r.stdout.split()[0] if r.stdout.split() else None
    print(cmd[0], r.returncode, first, len(r.stderr))
