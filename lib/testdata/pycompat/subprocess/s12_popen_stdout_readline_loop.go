package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "for i in 1 2 3; do echo line $i; done; echo err >&2"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.PIPE, Text: true})
	r := bufio.NewReader(p.StdoutPipe)
	var lines []string
	for {
		line, err := r.ReadString('\n')
		if line == "" && err != nil {
			break
		}
		lines = append(lines, "'"+strings.TrimRight(line, "\n")+"'")
	}
	errb, _ := io.ReadAll(p.StderrPipe)
	fmt.Println("["+strings.Join(lines, ", ")+"]", "'"+strings.ReplaceAll(string(errb), "\n", `\n`)+"'", p.Wait())
}
