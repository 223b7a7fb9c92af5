package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func boom(kind int) any {
	switch kind {
	case 1:
		panic("AppError: app failed")
	case 2:
		panic("ZeroDivisionError: division by zero")
	}
	panic("OSError: io")
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	for _, k := range []int{1, 2, 3} {
		err := ex.Submit(func() any { return boom(k) }).Exception()
		typ, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println(typ, msg, pyBool(err != nil))
	}
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
