package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func slow() {
	time.Sleep(30 * time.Second)
}

func none(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func main() {
	multiprocessing.Main(slow)
	p := &multiprocessing.Process{Target: slow}
	p.Start()
	p.JoinTimeout(50 * time.Millisecond)
	fmt.Println(none(p.ExitCode()), pyBool(p.IsAlive()))
	p.Terminate()
	p.Join()
	fmt.Println(p.ExitCode())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
