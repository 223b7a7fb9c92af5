package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = strings.Cut
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var caught []string
	var lock threading.Lock
	threading.ExceptHook = func(a threading.ExceptHookArgs) {
		typ, msg, _ := strings.Cut(fmt.Sprint(a.ExcValue), ": ")
		lock.Acquire()
		caught = append(caught, fmt.Sprintf("('%s', '%s')", typ, msg))
		lock.Release()
	}
	fail := func(n int) {
		if n%2 == 1 {
			panic(fmt.Sprintf("ValueError: odd %d", n))
		}
	}
	var ts []*threading.Thread
	for i := range 4 {
		ts = append(ts, &threading.Thread{Target: func() { fail(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(caught)
	var al []string
	for _, t := range ts {
		al = append(al, pyBool(t.IsAlive()))
	}
	fmt.Println("["+strings.Join(caught, ", ")+"]", "["+strings.Join(al, ", ")+"]")
}
