package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p1, _ := subprocess.NewPopen([]string{"printf", "pear\napple\nfig\napple\n"}, subprocess.Options{Stdout: subprocess.PIPE})
	p2, _ := subprocess.NewPopen([]string{"sort"}, subprocess.Options{StdinFrom: p1.StdoutPipe, Stdout: subprocess.PIPE})
	p3, _ := subprocess.NewPopen([]string{"uniq", "-c"}, subprocess.Options{StdinFrom: p2.StdoutPipe, Stdout: subprocess.PIPE, Text: true})
	p1.StdoutPipe.Close()
	p2.StdoutPipe.Close()
	out, errb, _ := p3.Communicate()
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(l)
		lines = append(lines, "['"+strings.Join(f, "', '")+"']")
	}
	es := "None"
	if errb != nil {
		es = string(errb)
	}
	fmt.Printf("[%s] %s\n", strings.Join(lines, ", "), es)
	fmt.Println(p1.Wait(), p2.Wait(), p3.Returncode())
}
