package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func boom() any {
	panic("RuntimeError: nobody looks")
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for range 3 {
		fs = append(fs, ex.Submit(boom))
	}
	ex.Shutdown(true, false)
	var d []string
	for _, f := range fs {
		if f.Done() {
			d = append(d, "True")
		} else {
			d = append(d, "False")
		}
	}
	fmt.Println("done", "["+strings.Join(d, ", ")+"]")
}
