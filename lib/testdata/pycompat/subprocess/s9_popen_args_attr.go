package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"echo", "x y"}, subprocess.Options{Stdout: subprocess.DEVNULL})
	p.Wait()
	fmt.Printf("['%s', '%s'] %v\n", p.Args[0], p.Args[1], p.Returncode())
	s, _ := subprocess.NewPopen([]string{"echo $((1+2))"}, subprocess.Options{Shell: true, Stdout: subprocess.PIPE, Text: true})
	out, _, _ := s.Communicate()
	fmt.Println(s.Args[0], "'"+strings.ReplaceAll(string(out), "\n", `\n`)+"'")
}
