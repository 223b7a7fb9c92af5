package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func alarm(msg string) {
	panic(fmt.Sprintf("KeyError: '%s'", msg))
}

func main() {
	t := threading.NewTimer(10*time.Millisecond, func() { alarm("late") })
	t.Start()
	t.Join()
	alive := "False"
	if t.IsAlive() {
		alive = "True"
	}
	fmt.Println("alive:", alive)
}
