package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"echo hi; exit 2"}, subprocess.Options{Shell: true, Stdout: subprocess.PIPE, Text: true})
	fmt.Println(p, p.Args[0])
	out, _, _ := p.Communicate()
	fmt.Printf("'%s' None %v\n", strings.ReplaceAll(string(out), "\n", `\n`), p)
	q, _ := subprocess.NewPopen([]string{"echo", "a b", "c"}, subprocess.Options{Stdout: subprocess.DEVNULL})
	q.Wait()
	fmt.Println(q)
}
