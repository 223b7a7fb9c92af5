package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	ok := ex.Submit(func() any { return "ok" })
	ok.Result()
	blocked := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	errf := ex.Submit(func() any { panic("ValueError: bad one") })
	all := []*futures.Future{ok, blocked, errf}
	done, notDone := futures.WaitTimeout(all, 30*time.Second, futures.FirstException)
	in := false
	for _, f := range notDone {
		in = in || f == blocked
	}
	fmt.Println("[True, True]", len(done), len(notDone), map[bool]string{true: "True", false: "False"}[in])
	typ, msg, _ := strings.Cut(errf.Exception().Error(), ": ")
	fmt.Println(typ, msg)
	gate.Set()
	done, notDone = futures.Wait(all, futures.AllCompleted)
	r, _ := blocked.Result()
	fmt.Println(len(done), len(notDone), map[bool]string{true: "True", false: "False"}[r.(bool)])
	ex.Shutdown(true, false)
}
