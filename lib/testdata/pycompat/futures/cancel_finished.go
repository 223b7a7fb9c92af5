package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	ok := ex.Submit(func() any { return "ok" })
	bad := ex.Submit(func() any { panic("ZeroDivisionError: division by zero") })
	ok.Result()
	bad.Exception()
	ex.Shutdown(true, false)
	r, _ := ok.Result()
	fmt.Println(pyBool(ok.Cancel()), pyBool(ok.Cancelled()), pyBool(ok.Done()), r)
	name, _, _ := strings.Cut(bad.Exception().Error(), ":")
	fmt.Println(pyBool(bad.Cancel()), pyBool(bad.Cancelled()), pyBool(bad.Done()), name)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
