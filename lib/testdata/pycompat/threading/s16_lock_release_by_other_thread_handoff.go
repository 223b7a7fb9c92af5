package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var lock threading.Lock
	lock.Acquire()
	var log []string
	t := &threading.Thread{Target: func() {
		log = append(log, "('locked seen by thread', "+py(lock.Locked())+")")
		lock.Release()
		log = append(log, "('released by thread', "+py(lock.Locked())+")")
	}}
	t.Start()
	t.Join()
	fmt.Println("[" + strings.Join(log, ", ") + "]")
	fmt.Println("main can take it:", py(lock.AcquireTimeout(time.Second)))
	lock.Release()
}
