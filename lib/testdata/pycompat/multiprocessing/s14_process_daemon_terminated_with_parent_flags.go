package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func forever(ready *multiprocessing.Event) {
	ready.Set()
	for {
		time.Sleep(100 * time.Millisecond)
	}
}

func main() {
	multiprocessing.Main(forever)
	ready := multiprocessing.NewEvent()
	d := &multiprocessing.Process{Target: forever, Args: []any{ready}, Daemon: true, Name: "background"}
	d.Start()
	ready.WaitTimeout(20 * time.Second)
	py := map[bool]string{true: "True", false: "False"}
	ec := "None"
	if c := d.ExitCode(); c != nil {
		ec = fmt.Sprint(c)
	}
	fmt.Println(d.GetName(), py[d.Daemon], py[d.IsAlive()], ec)
	d.Terminate()
	d.JoinTimeout(10 * time.Second)
	fmt.Println(py[d.IsAlive()], d.ExitCode())
	fmt.Println(py[len(multiprocessing.ActiveChildren()) == 0])
}
