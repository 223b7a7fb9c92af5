package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func job(i int) any {
	if i == 2 {
		panic(fmt.Sprintf("KeyError: %d", i))
	}
	return i
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for i := range 5 {
		fs = append(fs, ex.Submit(func() any { return job(i) }))
	}
	done, notDone := futures.Wait(fs, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	for _, f := range fs {
		if e := f.Exception(); e != nil {
			typ, msg, _ := strings.Cut(e.Error(), ": ")
			fmt.Println(pyBool(f.Done()), "None", typ, typ+"("+msg+")")
		} else {
			r, _ := f.Result()
			fmt.Println(pyBool(f.Done()), r, "-", "")
		}
	}
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
