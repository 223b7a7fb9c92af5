package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func try(label string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			msg := fmt.Sprint(e)
			if label != "" {
				msg = strings.TrimPrefix(msg, "RuntimeError: ")
			}
			fmt.Println(label + msg)
		}
	}()
	f()
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: "svc"}
	f := ex.Submit(func() any { return "ok" })
	ex.Shutdown(true, false)
	r, _ := f.Result()
	fmt.Println(r, map[bool]string{true: "True", false: "False"}[f.Done()])
	for attempt := 0; attempt < 2; attempt++ {
		try("", func() { ex.Submit(func() any { return "late" }) })
	}
	ex.Shutdown(true, false)
	fmt.Println("second shutdown fine")
	try("map: ", func() {
		_, err := ex.Map(func(x any) any { return fmt.Sprint(x) }, []any{1, 2})
		if err != nil {
			fmt.Println("map err:", err)
		}
	})
}
