package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func noop() {}

func try(prefix string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			_, msg, _ := strings.Cut(fmt.Sprint(r), ": ")
			fmt.Println(prefix, msg)
		}
	}()
	f()
}

func main() {
	multiprocessing.Main(noop)
	p := &multiprocessing.Process{Target: noop}
	try("join before start:", p.Join)
	p.Start()
	try("start twice:", func() { p.Start() })
	p.Join()
	try("start after end:", func() { p.Start() })
	fmt.Println("exitcode:", p.ExitCode(), "alive:", map[bool]string{true: "True", false: "False"}[p.IsAlive()])
	p.Close()
	try("is_alive after close:", func() { p.IsAlive() })
	try("start after close:", func() { p.Start() })
	try("join after close:", p.Join)
}
