package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var r threading.RLock
var c = threading.NewCondition(&r)
var flag []int

func setter() {
	c.Acquire()
	flag = append(flag, 1)
	c.Notify(1)
	c.Release()
}

func main() {
	var t *threading.Thread
	func() {
		r.Acquire()
		defer r.Release()
		r.Acquire()
		defer r.Release()
		t = &threading.Thread{Target: setter}
		t.Start()
		fmt.Println(pyBool(c.WaitForTimeout(func() bool { return len(flag) > 0 }, 5*time.Second)))
		fmt.Println(strings.Fields(r.String())[0], "True")
	}()
	t.Join()
	fmt.Println(strings.Fields(r.String())[0])
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
