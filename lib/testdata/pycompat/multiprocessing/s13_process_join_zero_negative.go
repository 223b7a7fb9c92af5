package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func waitEv(e *multiprocessing.Event) { e.Wait() }

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyAny(v any) string {
	if v == nil {
		return "None"
	}
	return fmt.Sprint(v)
}

func main() {
	multiprocessing.Main(waitEv)
	e := multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: waitEv, Args: []any{e}}
	p.Start()
	t := time.Now()
	for _, to := range []struct {
		text string
		d    time.Duration
	}{{"0", 0}, {"-1", -time.Second}, {"0.05", 50 * time.Millisecond}} {
		p.JoinTimeout(to.d)
		fmt.Println("join", to.text, "None", pyBool(p.IsAlive()), pyAny(p.ExitCode()))
	}
	fmt.Println(pyBool(time.Since(t) < time.Second))
	e.Set()
	p.Join()
	fmt.Println(p.ExitCode(), pyBool(p.IsAlive()))
}
