package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func bad() {
	panic(errors.New("ValueError: bad value 42"))
}

func main() {
	t := &threading.Thread{Target: bad, Name: "calc"}
	t.Start()
	t.Join()
	fmt.Println("main continues", pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
