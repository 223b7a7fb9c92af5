package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func bad() {
	panic(errors.New("ZeroDivisionError: division by zero"))
}

func main() {
	t := &threading.Thread{Target: bad, Name: "calc"}
	t.Start()
	t.Join()
	fmt.Println("alive after failure:", map[bool]string{true: "True", false: "False"}[t.IsAlive()])
	t2 := &threading.Thread{Target: func() { panic(errors.New("IndexError: list index out of range")) }, Name: "index"}
	t2.Start()
	t2.Join()
	fmt.Println("main goes on")
}
