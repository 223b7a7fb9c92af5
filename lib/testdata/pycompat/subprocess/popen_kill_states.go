package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "30"})
	fmt.Println(pyNone(p.Returncode()), pyNone(p.Poll()))
	p.Kill()
	w := p.Wait()
	fmt.Println(w, pyNone(p.Returncode()), pyNone(p.Poll()))
	fmt.Println(p)
}
