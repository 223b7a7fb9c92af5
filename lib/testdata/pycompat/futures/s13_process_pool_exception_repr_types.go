package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func divide(a, b int) int {
	if b == 0 {
		panic("ZeroDivisionError: integer division or modulo by zero")
	}
	return a / b
}

func short(f *futures.Future) string {
	return regexp.MustCompile(`#\d+`).ReplaceAllString(f.String(), "")
}

func main() {
	multiprocessing.Main(divide)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	fs := []*futures.Future{ex.Submit(divide, 7, 2), ex.Submit(divide, 1, 0)}
	futures.Wait(fs, futures.AllCompleted)
	for _, f := range fs {
		if e := f.Exception(); e != nil {
			name, msg, _ := strings.Cut(e.Error(), ": ")
			fmt.Println(short(f), name, msg)
		} else {
			fmt.Println(short(f), "None", "None")
		}
	}
	ex.Shutdown(true, false)
}
