package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "5"})
	if _, err := p.WaitTimeout(100 * time.Millisecond); err != nil {
		fmt.Println(err)
	}
	if p.Poll() == nil {
		fmt.Println("None")
	}
	p.Kill()
	fmt.Println(p.Wait())
}
