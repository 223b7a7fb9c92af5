package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func work() {}

func main() {
	worker := &threading.Thread{Target: work}
	timer := threading.NewTimer(0, work)
	fmt.Println(worker.GetName(), "|", timer.GetName())
}
