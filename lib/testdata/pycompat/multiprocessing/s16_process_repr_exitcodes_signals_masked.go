package main

import (
	"fmt"
	"os"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sleeper(ev *multiprocessing.Event) {
	ev.Set()
	time.Sleep(60 * time.Second)
}

func exits(code int) { os.Exit(code) }

func show(p *multiprocessing.Process) {
	fmt.Println(regexp.MustCompile(`(pid|parent)=\d+`).ReplaceAllString(p.String(), "$1=N"))
}

func main() {
	multiprocessing.Main(sleeper, exits)
	ev := multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: sleeper, Args: []any{ev}, Name: "sleepy"}
	show(p)
	p.Start()
	ev.Wait()
	show(p)
	p.Terminate()
	p.Join()
	show(p)
	ev.Clear()
	k := &multiprocessing.Process{Target: sleeper, Args: []any{ev}, Name: "killed", Daemon: true}
	k.Start()
	ev.Wait()
	k.Kill()
	k.Join()
	show(k)
	for _, code := range []int{0, 5} {
		e := &multiprocessing.Process{Target: exits, Args: []any{code}, Name: fmt.Sprintf("exit%d", code)}
		e.Start()
		e.Join()
		show(e)
	}
}
