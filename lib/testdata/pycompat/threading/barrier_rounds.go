package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var b = threading.NewBarrier(3, nil)
var lock threading.Lock
var log []string

func w(i int) {
	for r := 0; r < 3; r++ {
		lock.Acquire()
		log = append(log, fmt.Sprint(r))
		lock.Release()
		b.Wait()
	}
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: func() { w(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("[" + strings.Join(log, ", ") + "]")
	fmt.Println(pyBool(b.Broken()), b.NWaiting())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
