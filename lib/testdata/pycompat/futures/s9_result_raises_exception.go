package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func bad() any {
	panic("ValueError: bad value")
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(bad)
	if _, err := f.Result(); err != nil {
		fmt.Println(err)
	}
	typ, _, _ := strings.Cut(f.Exception().Error(), ":")
	fmt.Println(pyBool(f.Done()), pyBool(f.Cancelled()), typ)
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
