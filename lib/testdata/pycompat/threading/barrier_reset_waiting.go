package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var b = threading.NewBarrier(3, nil)
var out []string
var lock threading.Lock

func w() {
	r := "passed"
	if _, err := b.Wait(); err != nil {
		r = "broken"
	}
	lock.Acquire()
	out = append(out, r)
	lock.Release()
}

func list(xs []string) string {
	return "['" + strings.Join(xs, "', '") + "']"
}

func main() {
	var ts []*threading.Thread
	for range 2 {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for b.NWaiting() < 2 {
		time.Sleep(time.Millisecond)
	}
	b.Reset()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(list(out), pyBool(b.Broken()), b.NWaiting())
	ts = nil
	for range 3 {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(list(out[2:]))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
