package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var log []string
var done threading.Event

func remind(i int) {
	log = append(log, fmt.Sprintf("reminder %d from %s", i, threading.CurrentThread().GetName()))
	if i < 3 {
		threading.NewTimer(10*time.Millisecond, func() { remind(i + 1) }).Start()
	} else {
		done.Set()
	}
}

func main() {
	threading.NewTimer(10*time.Millisecond, func() { remind(1) }).Start()
	done.Wait()
	fmt.Println(strings.Join(log, "\n"))
}
