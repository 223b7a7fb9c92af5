package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "sleep 0.3; exit 5"})
	polls := 0
	for p.Poll() == nil {
		polls++
		time.Sleep(50 * time.Millisecond)
	}
	fmt.Println("exit:", p.Returncode(), "polled at least once:", map[bool]string{true: "True", false: "False"}[polls > 0])
	fmt.Println(p.Poll(), p.Wait())
}
