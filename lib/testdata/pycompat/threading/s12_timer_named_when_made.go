package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func f() {}

func main() {
	t1 := threading.NewTimer(5*time.Second, f)
	t2 := &threading.Thread{Target: f}
	fmt.Println(t2.GetName())
	t3 := threading.NewTimer(5*time.Second, f)
	fmt.Println(t1.GetName(), t3.GetName())
	for _, t := range []*threading.Timer{t1, t3} {
		t.Cancel()
	}
}
