package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var caught []string
var lock threading.Lock

func hook(args threading.ExceptHookArgs) {
	lock.Acquire()
	defer lock.Release()
	_, msg, _ := strings.Cut(fmt.Sprint(args.ExcValue), ": ")
	caught = append(caught, fmt.Sprintf("('%s', '%s')", args.Thread.GetName(), msg))
}

func fail(i int) {
	if i%2 == 1 {
		panic(fmt.Sprintf("RuntimeError: odd %d", i))
	}
}

func main() {
	threading.ExceptHook = hook
	var ts []*threading.Thread
	for i := range 6 {
		ts = append(ts, &threading.Thread{Target: func() { fail(i) }, Name: fmt.Sprintf("w%d", i)})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(caught)
	fmt.Println("[" + strings.Join(caught, ", ") + "]")
	fmt.Println(threading.ActiveCount())
}
