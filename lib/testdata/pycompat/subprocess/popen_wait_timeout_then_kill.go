package main

import (
	"errors"
	"fmt"
	"time"

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
	_, err := p.WaitTimeout(50 * time.Millisecond)
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(pyNone(p.Poll()))
	}
	p.Terminate()
	fmt.Println(p.Wait(), p.Poll())
}
