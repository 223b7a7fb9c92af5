package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "sleep 0.1; exit 6"})
	polls := 0
	for p.Poll() == nil {
		polls++
		time.Sleep(10 * time.Millisecond)
	}
	b := "False"
	if polls > 0 {
		b = "True"
	}
	fmt.Println(b, p.Returncode(), p.Poll(), p.Wait())
	r, _ := subprocess.Run([]string{"true"})
	if err := r.CheckReturncode(); err == nil {
		fmt.Println("None", r.Returncode)
	}
}
