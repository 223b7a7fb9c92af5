package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "0.3"})
	if _, err := p.WaitTimeout(10 * time.Millisecond); err != nil {
		fmt.Println("TimeoutExpired:", err)
	}
	fmt.Println(pyNone(p.Poll()))
	code, _ := p.WaitTimeout(10 * time.Second)
	fmt.Println(code, p.Returncode())
}

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}
