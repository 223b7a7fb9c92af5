package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p1, _ := subprocess.NewPopen([]string{"printf", `pear\napple\nfig\napple\nkiwi\n`}, subprocess.Options{Stdout: subprocess.PIPE})
	p2, _ := subprocess.NewPopen([]string{"sort"}, subprocess.Options{StdinFrom: p1.StdoutPipe, Stdout: subprocess.PIPE})
	p3, _ := subprocess.NewPopen([]string{"uniq", "-c"}, subprocess.Options{StdinFrom: p2.StdoutPipe, Stdout: subprocess.PIPE, Text: true})
	p1.StdoutPipe.Close()
	p2.StdoutPipe.Close()
	out, _, _ := p3.Communicate()
	var rows []string
	for _, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		rows = append(rows, "['"+strings.Join(strings.Fields(line), "', '")+"']")
	}
	fmt.Println("[" + strings.Join(rows, ", ") + "]")
	fmt.Println(p1.Wait(), p2.Wait(), p3.Returncode())
}
