package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { panic("KeyError: 'gone'") })
	futures.Wait([]*futures.Future{f}, futures.AllCompleted)
	fmt.Println(pyBool(f.Done()), pyBool(f.Cancelled()), pyBool(f.Running()), pyBool(f.Cancel()))
	if _, err := f.Result(); err != nil {
		fmt.Println(err)
	}
	_, msg, _ := strings.Cut(f.Exception().Error(), ": ")
	fmt.Println(`"` + msg + `"`)
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
