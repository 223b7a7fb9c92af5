package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var e threading.Event
var out []string

func w(i int) {
	r := "False"
	if e.WaitTimeout(10 * time.Second) {
		r = "True"
	}
	out = append(out, fmt.Sprintf("(%d, %s)", i, r))
}

func main() {
	e.Set()
	for i := range 3 {
		t := &threading.Thread{Target: func() { w(i) }}
		t.Start()
		t.Join()
	}
	fmt.Printf("[%s]\n", strings.Join(out, ", "))
}
