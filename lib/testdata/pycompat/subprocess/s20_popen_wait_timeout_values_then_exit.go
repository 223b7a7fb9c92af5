package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func none(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "sleep 0.3; exit 4"})
	for _, t := range []time.Duration{0, 10 * time.Millisecond, -time.Second} {
		_, err := p.WaitTimeout(t)
		var e *subprocess.TimeoutExpired
		if errors.As(err, &e) {
			fmt.Println("TimeoutExpired", e.Timeout.Seconds(), none(p.Returncode()))
		}
	}
	rc, _ := p.WaitTimeout(30 * time.Second)
	fmt.Println(rc, none(p.Returncode()), none(p.Poll()))
	q, _ := subprocess.NewPopen([]string{"sleep", "5"})
	if _, err := q.WaitTimeout(50 * time.Millisecond); err != nil {
		fmt.Println(err)
	}
	q.Kill()
	q.Wait()
}
