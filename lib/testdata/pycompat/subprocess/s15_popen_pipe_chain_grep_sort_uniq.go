package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	words := "pear\napple\nfig\napple\nplum\npear\napple\n"
	p1, _ := subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	p2, _ := subprocess.NewPopen([]string{"sort"}, subprocess.Options{StdinFrom: p1.StdoutPipe, Stdout: subprocess.PIPE, Text: true})
	p3, _ := subprocess.NewPopen([]string{"uniq", "-c"}, subprocess.Options{StdinFrom: p2.StdoutPipe, Stdout: subprocess.PIPE, Text: true})
	io.WriteString(p1.StdinPipe, words)
	p1.StdinPipe.Close()
	out, _, _ := p3.Communicate()
	var parts []string
	for _, line := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
		parts = append(parts, "['"+strings.Join(strings.Fields(line), "', '")+"']")
	}
	fmt.Println("[" + strings.Join(parts, ", ") + "]")
	fmt.Println(p1.Wait(), p2.Wait(), p3.Returncode())
}
