package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	data := strings.Repeat("x", 200000) + "\n"
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "cat; cat /dev/null; yes err | head -c 150000 >&2"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Stderr: subprocess.PIPE})
	out, errb, _ := p.Communicate(data)
	fmt.Printf("%d %d %v b'%s' b'%s'\n", len(out), len(errb), p.Returncode(), out[:3], strings.ReplaceAll(string(errb[:4]), "\n", `\n`))
}
