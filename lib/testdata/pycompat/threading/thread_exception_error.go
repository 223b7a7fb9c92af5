package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func work() {
	panic(errors.New("OSError: disk full"))
}

func main() {
	t := &threading.Thread{Target: work}
	t.Start()
	t.Join()
	t2 := &threading.Thread{Target: work}
	t2.Start()
	t2.Join()
	fmt.Println(t.Name, t2.Name)
}
