package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "5"})
	for _, t := range []time.Duration{time.Second, 250 * time.Millisecond} {
		if _, err := p.WaitTimeout(t); err != nil {
			fmt.Println(err)
			fmt.Println(err.(*subprocess.TimeoutExpired).Timeout.Seconds())
		}
	}
	p.Kill()
	p.Wait()
}
