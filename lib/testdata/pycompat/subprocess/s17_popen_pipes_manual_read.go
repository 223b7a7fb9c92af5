package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE})
	io.WriteString(p.StdinPipe, "line1\nline2\n")
	p.StdinPipe.Close()
	b, _ := io.ReadAll(p.StdoutPipe)
	fmt.Println("b'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'")
	p.StdoutPipe.Close()
	fmt.Println(p.Wait(), "['"+strings.Join(p.Args, "', '")+"']")
	p, _ = subprocess.NewPopen([]string{"sh", "-c", "exit 7"}, subprocess.Options{Stdout: subprocess.DEVNULL, Stderr: subprocess.DEVNULL})
	n := map[bool]string{true: "None", false: "pipe"}
	fmt.Println(n[p.StdoutPipe == nil], n[p.StderrPipe == nil], n[p.StdinPipe == nil], p.Wait())
}
