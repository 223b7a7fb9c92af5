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
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for i := range 4 {
		fs = append(fs, ex.Submit(func() any {
			if gate.WaitTimeout(30 * time.Second) {
				return i * 3
			}
			return false
		}))
	}
	ex.Shutdown(false, false)
	var d []string
	for _, f := range fs {
		d = append(d, pyBool(f.Done()))
	}
	fmt.Println("[" + strings.Join(d, ", ") + "]")
	gate.Set()
	var rs []string
	for _, f := range fs {
		r, _ := f.ResultTimeout(30 * time.Second)
		rs = append(rs, fmt.Sprint(r))
	}
	fmt.Println("[" + strings.Join(rs, ", ") + "]")
	func() {
		defer func() { fmt.Println(recover()) }()
		ex.Submit(func() any { return nil })
	}()
	threading.JoinAll()
}
