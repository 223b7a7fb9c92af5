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
	var inits []string
	var lock threading.Lock
	init := func(tag string) {
		lock.Acquire()
		inits = append(inits, fmt.Sprintf("('%s', '%s')", tag, threading.CurrentThread().GetName()))
		lock.Release()
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, Initializer: func() { init("t") }, ThreadNamePrefix: "w"}
	var rs []string
	for i := range 4 {
		r, _ := ex.Submit(func() any { return 1 << i }).Result()
		rs = append(rs, fmt.Sprint(r))
	}
	ex.Shutdown(true, false)
	fmt.Println("["+strings.Join(rs, ", ")+"]", "["+strings.Join(inits, ", ")+"]")
}
