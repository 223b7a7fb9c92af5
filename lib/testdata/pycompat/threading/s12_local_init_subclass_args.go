package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	conn := &threading.Local{Init: func(l *threading.Local) {
		l.Set("host", "db.local")
		l.Set("calls", 0)
	}}
	var seen []string
	var lock threading.Lock
	use := func() {
		conn.Set("calls", conn.Get("calls").(int)+1)
		lock.Acquire()
		seen = append(seen, fmt.Sprintf("('%s', %d)", conn.Get("host"), conn.Get("calls")))
		lock.Release()
	}
	var ts []*threading.Thread
	for range 3 {
		ts = append(ts, &threading.Thread{Target: use})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	conn.Set("calls", conn.Get("calls").(int)+10)
	fmt.Println("["+strings.Join(seen, ", ")+"]", conn.Get("calls"))
}
