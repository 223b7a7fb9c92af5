package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := &threading.Barrier{Parties: 2, Timeout: 50 * time.Millisecond}
	if _, err := b.Wait(); err != nil {
		fmt.Println("broken after timeout", pyBool(b.Broken()))
	}
	b.Reset()
	b2 := threading.NewBarrier(2, nil)
	if _, err := b2.WaitTimeout(50 * time.Millisecond); err != nil {
		fmt.Println("broken after wait timeout", pyBool(b2.Broken()))
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
