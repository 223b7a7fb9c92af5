package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func job(kind string) string {
	switch kind {
	case "value":
		panic("ValueError: bad value")
	case "zero":
		panic("ZeroDivisionError: integer division or modulo by zero")
	}
	return strings.ToUpper(kind)
}

func main() {
	multiprocessing.Main(job)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for _, k := range []string{"ok", "value", "zero"} {
		fs = append(fs, ex.Submit(job, k))
	}
	for _, f := range fs {
		if e := f.Exception(); e != nil {
			name, msg, _ := strings.Cut(e.Error(), ": ")
			fmt.Println(name, msg)
		} else {
			r, _ := f.Result()
			fmt.Println("ok", r)
		}
	}
	ex.Shutdown(true, false)
}
