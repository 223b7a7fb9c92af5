package main

import (
	"fmt"
	"os"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func nap(t float64, code int) {
	time.Sleep(time.Duration(t * float64(time.Second)))
	os.Exit(code)
}

func show(v any) string {
	if v == nil {
		return "None"
	}
	return fmt.Sprint(v)
}

func main() {
	multiprocessing.Main(nap)
	p := &multiprocessing.Process{Target: nap, Args: []any{0.3, 3}}
	fmt.Println(show(p.ExitCode()), pyBool(p.IsAlive()), p.GetName())
	p.Start()
	fmt.Println(show(p.ExitCode()), pyBool(p.IsAlive()))
	p.Join()
	fmt.Println(show(p.ExitCode()), pyBool(p.IsAlive()))
	q := &multiprocessing.Process{Target: nap, Args: []any{0.0, 0}, Name: "zero"}
	q.Start()
	q.Join()
	fmt.Println(q.GetName(), show(q.ExitCode()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
