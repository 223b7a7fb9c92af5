package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func none(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "0.2"})
	fmt.Println(none(p.Poll()), none(p.Returncode()))
	fmt.Println(p.Wait(), none(p.Poll()), none(p.Returncode()))
	q, _ := subprocess.NewPopen([]string{"sh", "-c", "exit 3"})
	q.Wait()
	fmt.Println(none(q.Returncode()), none(q.Poll()))
}
