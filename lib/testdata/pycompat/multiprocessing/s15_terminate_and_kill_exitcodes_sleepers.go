package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sleeper(ev *multiprocessing.Event) {
	ev.Set()
	time.Sleep(60 * time.Second)
}

func main() {
	multiprocessing.Main(sleeper)
	for _, how := range []string{"terminate", "kill"} {
		ev := multiprocessing.NewEvent()
		p := &multiprocessing.Process{Target: sleeper, Args: []any{ev}, Name: how}
		p.Start()
		ev.Wait()
		if how == "terminate" {
			p.Terminate()
		} else {
			p.Kill()
		}
		p.Join()
		fmt.Println(p.GetName(), p.ExitCode(), map[bool]string{true: "True", false: "False"}[p.IsAlive()])
	}
}
