package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var c = &threading.Local{Init: func(l *threading.Local) { l.Set("n", 0) }}
var out []string

func work(k int) {
	for range k {
		c.Set("n", c.Get("n").(int)+1)
	}
	out = append(out, fmt.Sprintf("(%d, %d)", k, c.Get("n")))
}

func main() {
	for _, k := range []int{2, 5} {
		t := &threading.Thread{Target: func() { work(k) }}
		t.Start()
		t.Join()
	}
	c.Set("n", c.Get("n").(int)+10)
	fmt.Printf("[%s, %s] %v\n", out[0], out[1], c.Get("n"))
}
