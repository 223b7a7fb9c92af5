package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p1, _ := subprocess.NewPopen([]string{"printf", "cherry\napple\nbanana\n"}, subprocess.Options{Stdout: subprocess.PIPE})
	p2, _ := subprocess.NewPopen([]string{"sort"}, subprocess.Options{StdinFrom: p1.StdoutPipe, Stdout: subprocess.PIPE})
	p1.StdoutPipe.Close()
	out, _, _ := p2.Communicate()
	fmt.Print(string(out))
	fmt.Println(p1.Wait(), p2.Returncode())
}
