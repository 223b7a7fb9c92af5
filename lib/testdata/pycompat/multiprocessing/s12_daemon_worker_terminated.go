package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func forever() {
	for {
		time.Sleep(10 * time.Millisecond)
	}
}

func show(v any) string {
	if v == nil {
		return "None"
	}
	return fmt.Sprint(v)
}

func main() {
	multiprocessing.Main(forever)
	w := &multiprocessing.Process{Target: forever}
	w.Daemon = true
	w.Start()
	fmt.Println(pyBool(w.IsAlive()), pyBool(w.Daemon), show(w.ExitCode()))
	w.Terminate()
	w.Join()
	fmt.Println(pyBool(w.IsAlive()), show(w.ExitCode()))
	k := &multiprocessing.Process{Target: forever, Daemon: true}
	k.Start()
	k.Kill()
	k.Join()
	var kids []string
	for _, c := range multiprocessing.ActiveChildren() {
		kids = append(kids, c.String())
	}
	fmt.Println(show(k.ExitCode()), "["+strings.Join(kids, ", ")+"]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
