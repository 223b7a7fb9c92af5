package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "sleep 0.2; exit 7"})
	polls := 0
	for p.Poll() == nil {
		polls++
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println(pyBool(polls > 0), p.Returncode(), p.Poll(), p.Wait())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
