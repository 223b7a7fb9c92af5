package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate, started threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	fs := []*futures.Future{ex.Submit(func() any { started.Set(); gate.Wait(); return "first" })}
	for i := range 5 {
		fs = append(fs, ex.Submit(func() any { return fmt.Sprint(i) }))
	}
	started.Wait()
	threading.NewTimer(50*time.Millisecond, gate.Set).Start()
	ex.Shutdown(true, true)
	var c []string
	done := 0
	for _, f := range fs {
		c = append(c, pyBool(f.Cancelled()))
		if f.Done() {
			done++
		}
	}
	fmt.Println("[" + strings.Join(c, ", ") + "]")
	r, _ := fs[0].Result()
	fmt.Println(r, done)
	defer func() {
		if r := recover(); r != nil {
			_, msg, _ := strings.Cut(fmt.Sprint(r), ": ")
			fmt.Println(msg)
		}
	}()
	ex.Submit(func() any { return "1" })
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
