package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(4, nil)
	var errs []string
	var lock threading.Lock
	w := func() {
		if _, err := b.Wait(); err != nil {
			lock.Acquire()
			errs = append(errs, "'broken'")
			lock.Release()
		}
	}
	var ts []*threading.Thread
	for range 3 {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for b.NWaiting() < 3 {
	}
	b.Abort()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("["+strings.Join(errs, ", ")+"]", pyBool(b.Broken()), b.NWaiting())
	b.Reset()
	fmt.Println(pyBool(b.Broken()), b.Parties)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
