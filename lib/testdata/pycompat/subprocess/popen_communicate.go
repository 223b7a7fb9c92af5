package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sort"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	out, errb, _ := p.Communicate("pear\napple\nfig\n")
	e := "None"
	if errb != nil {
		e = string(errb)
	}
	fmt.Println("'"+strings.ReplaceAll(string(out), "\n", "\\n")+"'", e)
	fmt.Println(p.Returncode())
}
