package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func child(goEv *multiprocessing.Event, back *multiprocessing.Queue) {
	for r := range 3 {
		goEv.Wait()
		goEv.Clear()
		back.Put(fmt.Sprintf("('round', %d, %s)", r, pyBool(goEv.IsSet())))
	}
}

func main() {
	multiprocessing.Main(child)
	goEv := multiprocessing.NewEvent()
	back := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: child, Args: []any{goEv, back}}
	p.Start()
	for range 3 {
		goEv.Set()
		v, _ := back.GetTimeout(30 * time.Second)
		fmt.Println(v)
	}
	p.Join()
	fmt.Println("exitcode", p.ExitCode(), "event set:", pyBool(goEv.IsSet()))
}
