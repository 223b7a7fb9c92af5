package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = strings.Cut
var _ = time.Second
var _ threading.Lock

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for _, d := range []int{2, 0, 3} {
		fs = append(fs, ex.Submit(func() any {
			if d == 0 {
				panic("ZeroDivisionError: integer division or modulo by zero")
			}
			return fmt.Sprintf("(%d, %d)", 7/d, 7%d)
		}))
	}
	for _, f := range fs {
		if e := f.ExceptionTimeout(30 * time.Second); e != nil {
			typ, msg, _ := strings.Cut(e.Error(), ": ")
			fmt.Println(typ, msg)
		} else {
			r, _ := f.Result()
			fmt.Println("None", r)
		}
	}
	ex.Shutdown(true, false)
}
