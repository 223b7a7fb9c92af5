package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "0.2"})
	fmt.Println(pyNone(p.Poll()), pyNone(p.Returncode()))
	fmt.Println(p.Wait())
	fmt.Println(pyNone(p.Poll()), pyNone(p.Returncode()))
	q, _ := subprocess.NewPopen([]string{"sh", "-c", "exit 4"})
	fmt.Println(q.Wait())
}

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}
