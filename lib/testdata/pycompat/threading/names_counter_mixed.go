package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func job() {}

func main() {
	var names []string
	start := func(t *threading.Thread) {
		t.Start()
		t.Join()
		names = append(names, "'"+t.Name+"'")
	}
	start(&threading.Thread{})
	start(&threading.Thread{Name: "fixed"})
	start(&threading.Thread{})
	start(&threading.Thread{Target: job})
	start(&threading.Thread{Target: job, Name: "x"})
	start(&threading.Thread{Target: job})
	tm := threading.NewTimer(time.Millisecond, job)
	tm.Start()
	tm.Join()
	names = append(names, "'"+tm.Name+"'")
	start(&threading.Thread{Target: job})
	fmt.Printf("[%s]\n", strings.Join(names, ", "))
}
