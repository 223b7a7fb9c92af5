package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func fail(n int) {
	panic(fmt.Sprintf("RuntimeError: failure %d", n))
}

func main() {
	for i := range 2 {
		t := &threading.Thread{Target: func() { fail(i) }, Name: fmt.Sprintf("job-%d", i)}
		t.Start()
		t.Join()
	}
	fmt.Println("still running")
}
