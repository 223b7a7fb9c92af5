package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	wait := func() any { gate.Wait(); return true }
	fs := []*futures.Future{ex.Submit(wait), ex.Submit(func() any { panic("RuntimeError: early failure") }), ex.Submit(wait)}
	done, notDone := futures.Wait(fs, futures.FirstException)
	var msgs []string
	for _, f := range done {
		_, msg, _ := strings.Cut(f.Exception().Error(), ": ")
		msgs = append(msgs, "'"+msg+"'")
	}
	fmt.Println(len(done), len(notDone), pyStrs(msgs))
	gate.Set()
	ex.Shutdown(true, false)
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
