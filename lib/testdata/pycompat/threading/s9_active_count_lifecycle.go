package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func main() {
	fmt.Println(threading.ActiveCount())
	var ts []*threading.Thread
	for range 3 {
		ts = append(ts, &threading.Thread{Target: gate.Wait})
	}
	fmt.Println(threading.ActiveCount())
	for _, t := range ts {
		t.Start()
	}
	fmt.Println(threading.ActiveCount(), len(threading.Enumerate()))
	gate.Set()
	for _, t := range ts {
		t.Join()
	}
	e := threading.Enumerate()
	fmt.Println(threading.ActiveCount(), pyBool(len(e) == 1 && e[0] == threading.MainThread()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
