package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var r threading.RLock
	var step, goOn threading.Event
	var out []string
	holder := func() {
		for range 3 {
			out = append(out, pyBool(r.TryAcquire()))
		}
		r.Release()
		r.Release()
		step.Set()
		goOn.Wait()
		r.Release()
	}
	t := &threading.Thread{Target: holder}
	t.Start()
	step.Wait()
	a := r.TryAcquire()
	fmt.Println("held one level by the thread; main tries:", pyBool(a), pyBool(r.AcquireTimeout(50*time.Millisecond)))
	goOn.Set()
	t.Join()
	b := r.AcquireTimeout(5 * time.Second)
	fmt.Printf("[[%s, %s, %s]] main now: %s %s\n", out[0], out[1], out[2], pyBool(b), pyBool(r.TryAcquire()))
	r.Release()
	r.Release()
}
