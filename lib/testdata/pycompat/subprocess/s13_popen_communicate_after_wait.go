package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func b(x []byte) string { return "b'" + strings.ReplaceAll(string(x), "\n", `\n`) + "'" }

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo small; echo err >&2; exit 5"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.PIPE})
	fmt.Println("wait:", p.Wait())
	out, errb, _ := p.Communicate()
	fmt.Println(b(out), b(errb), p.Returncode())
	out, errb, _ = p.Communicate()
	fmt.Printf("(%s, %s)\n", b(out), b(errb))
}
