package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyBytes(b []byte) string {
	return "b'" + strings.ReplaceAll(string(b), "\n", "\\n") + "'"
}

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo out; echo err >&2; exit 2"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.PIPE})
	out, errb, _ := p.Communicate()
	fmt.Println(pyBytes(out), pyBytes(errb), p.Returncode())
	o, _ := subprocess.CheckOutput([]string{"sh", "-c", "echo text"}, subprocess.Options{Text: true})
	fmt.Println("'" + strings.ReplaceAll(string(o), "\n", "\\n") + "'")
	r, _ := subprocess.Run([]string{"cat"}, subprocess.Options{Input: "bytes in", CaptureOutput: true})
	fmt.Println(pyBytes(r.Stdout))
}
