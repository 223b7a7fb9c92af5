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
	p, _ := subprocess.NewPopen([]string{"sleep", "30"})
	fmt.Println(none(p.Poll()), none(p.Returncode()))
	_, err := p.WaitTimeout(250 * time.Millisecond)
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(e.Timeout.Seconds(), "['sleep', '30']", "None", "None")
	}
	p.Kill()
	fmt.Println(p.Wait(), none(p.Returncode()), none(p.Poll()))
	p, _ = subprocess.NewPopen([]string{"sleep", "30"})
	p.Terminate()
	fmt.Println(p.Wait())
	p, _ = subprocess.NewPopen([]string{"sh", "-c", "exit 4"})
	fmt.Println(p.Wait(), none(p.Poll()))
}
