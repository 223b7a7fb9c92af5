package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func waitFor(ev *multiprocessing.Event) {
	ev.Wait()
}

func ec(p *multiprocessing.Process) string {
	if c := p.ExitCode(); c != nil {
		return fmt.Sprint(c)
	}
	return "None"
}

func main() {
	multiprocessing.Main(waitFor)
	py := map[bool]string{true: "True", false: "False"}
	ev := multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: waitFor, Args: []any{ev}}
	p.Start()
	p.JoinTimeout(300 * time.Millisecond)
	fmt.Println("after join(0.3):", py[p.IsAlive()], ec(p))
	ev.Set()
	p.Join()
	fmt.Println("after set:", py[p.IsAlive()], ec(p))
	p.Close()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		p.IsAlive()
	}()
}
